// slakit tickets --format json|csv writes its report as it reads (issue 13): the streamed document must be
// the one the whole report gave before — every ticket judged and kept, the contract's batch summary
// (Contract.tickets), one JSON.stringify(report, null, 2). A few hundred rows with met, missed and open
// tickets, rows rejected by the reader and by the contract, and (second file) events and a pause audit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { ticketsReport } from '../../src/cli/commands/tickets.js';
import { csvSource } from '../../src/cli/csv/csv-source.js';
import { csvLine } from '../../src/cli/render/csv-text.js';
import { rejectionNotes } from '../../src/cli/render/rows-text.js';
import { defineContract } from '../../src/index.js';
import { linkando } from '../../src/presets/linkando/index.js';
import { scratch } from './built-cli.js';
import { run } from './in-process.js';

const HOUR = 3_600_000;
const NOW = '2026-07-15T12:00:00Z';

/** A seeded pseudo-random sequence (LCG): the same files on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * 300 linkando rows opened over June 2026: answered within 0–40 h (met or missed: critical 10 h, other
 * 30 h of Mon–Fri 08–18 Berlin) or open at NOW; every 29th row a bad priority, every 31st a bad date,
 * every 37th a duplicate id, every 41st answered before it was opened, every 43rd a field short.
 */
function linkandoRows(): string {
  const random = sequence(13);
  const lines = ['id,priority,openedAt,respondedAt'];
  const start = Date.parse('2026-06-01T00:00:00Z');
  for (let i = 1; i <= 300; i++) {
    const opened = start + Math.floor(random() * 29 * 24) * HOUR;
    const answer = random() < 0.25 ? '' : new Date(opened + Math.floor(random() * 40) * HOUR).toISOString();
    const priority = i % 29 === 0 ? 'urgent' : random() < 0.5 ? 'critical' : 'other';
    const openedText = i % 31 === 0 ? 'yesterday' : new Date(opened).toISOString();
    const id = i % 37 === 0 ? `L-${i - 1}` : `L-${i}`;
    const responded = i % 41 === 0 ? new Date(opened - HOUR).toISOString() : answer;
    lines.push(i % 43 === 0 ? `${id},${priority},${openedText}` : `${id},${priority},${openedText},${responded}`);
  }
  return `${lines.join('\n')}\n`;
}

const mspDefinition = JSON.parse(readFileSync(new URL('../../examples/contracts/msp-p1-p4.json', import.meta.url), 'utf8')) as { responses: { statuses: { pauseOn?: string[] } } };
mspDefinition.responses.statuses.pauseOn = ['pending'];

/**
 * 200 msp-p1-p4 tickets (pending pauses the clocks) with 0–4 events each: agent and customer messages,
 * pending and open statuses, a resolved status; every 23rd ticket an event before its opening (the
 * contract refuses the ticket), every 19th event row for an unknown ticket, every 53rd a bad type.
 */
function mspFiles(): { tickets: string; events: string } {
  const random = sequence(1303);
  const tickets = ['id,priority,openedAt,respondedAt'];
  const events = ['ticketId,at,type,value'];
  const start = Date.parse('2026-06-01T12:00:00Z');
  const kinds = [
    ['message', 'agent'],
    ['message', 'customer'],
    ['status', 'pending'],
    ['status', 'open'],
    ['status', 'resolved'],
  ] as const;
  let eventRow = 0;
  for (let i = 1; i <= 200; i++) {
    const opened = start + Math.floor(random() * 30 * 24) * HOUR;
    const answered = random() < 0.3 ? '' : new Date(opened + Math.floor(random() * 30) * HOUR).toISOString();
    tickets.push(`M-${i},p${1 + Math.floor(random() * 4)},${new Date(opened).toISOString()},${answered}`);
    let at = i % 23 === 0 ? opened - 2 * HOUR : opened;
    const count = Math.floor(random() * 5);
    for (let e = 0; e < count; e++) {
      at += Math.floor(1 + random() * 20) * HOUR;
      const [type, value] = kinds[Math.floor(random() * kinds.length)] as (typeof kinds)[number];
      eventRow++;
      const ticketId = eventRow % 19 === 0 ? `X-${i}` : `M-${i}`;
      events.push(`${ticketId},${new Date(i % 23 === 0 && e === 0 ? opened - HOUR : at).toISOString()},${eventRow % 53 === 0 ? 'escalate' : type},${value}`);
    }
  }
  return { tickets: `${tickets.join('\n')}\n`, events: `${events.join('\n')}\n` };
}

const msp = mspFiles();
const dir = scratch({ 'linkando.csv': linkandoRows(), 'msp.json': JSON.stringify(mspDefinition), 'msp-tickets.csv': msp.tickets, 'msp-events.csv': msp.events });
const file = (name: string): string => join(dir, name);

describe('slakit tickets streams its JSON: the same document as the whole report gave', () => {
  it('linkando, 300 rows with --now (read, judged and written row by row): byte for byte, exit 1, the same rejected rows on stderr', async () => {
    const streamed = await run(['tickets', file('linkando.csv'), '--contract', 'linkando', '--now', NOW, '--format', 'json']);
    const whole = await ticketsReport(csvSource(file('linkando.csv')), linkando(), { now: Date.parse(NOW) });
    expect(streamed.stdout).toBe(`${JSON.stringify(whole.json, null, 2)}\n`);
    expect(streamed.code).toBe(1);
    expect(streamed.stderr).toBe(rejectionNotes(whole.files));
    // The file has what the test is for: met, missed and open tickets, and rows rejected for each reason.
    const { tickets, rejected, summary } = whole.json;
    expect(tickets.some((t) => t.met === true) && tickets.some((t) => t.met === false) && tickets.some((t) => t.respondedAt === null)).toBe(true);
    // 300 rows: urgent 10 (29·1…29·10), yesterday 9 (31·1…31·9), answered before 7 (41·1…41·7), a field short 6
    // (43·1…43·6; no two of these multiples meet below 300), and the duplicates 37·k of row 37·k − 1: 8, but for
    // 259 = 37·7, whose row 258 = 43·6 was rejected (its id never used): 7. 10 + 9 + 7 + 6 + 7 = 39.
    expect(rejected.length).toBe(39);
    expect(summary).toMatchObject({ rowsRead: 300, rowsUsed: 261, rowsRejected: 39 });
  });

  it('the same file without --now is read first (the latest instant decides it): --now is required, exit 2, nothing on stdout', async () => {
    const streamed = await run(['tickets', file('linkando.csv'), '--contract', 'linkando', '--format', 'json']);
    expect(streamed.code).toBe(2);
    expect(streamed.stdout).toBe('');
    expect(streamed.stderr).toContain('--now is required');
  });

  it('msp-p1-p4 with --events and --audit-pauses (rows and events held, tickets not): byte for byte, metrics and pause audit included', async () => {
    const args = ['tickets', file('msp-tickets.csv'), '--contract', file('msp.json'), '--events', file('msp-events.csv'), '--audit-pauses', '--max-pause', '12h', '--now', NOW, '--format', 'json'];
    const streamed = await run(args);
    const contract = defineContract(mspDefinition as never);
    const whole = await ticketsReport(csvSource(file('msp-tickets.csv')), contract, {
      now: Date.parse(NOW),
      events: csvSource(file('msp-events.csv')),
      audit: { maxPauseMs: 12 * HOUR },
    });
    expect(streamed.stdout).toBe(`${JSON.stringify(whole.json, null, 2)}\n`);
    expect(streamed.stderr).toBe(rejectionNotes(whole.files));
    expect(streamed.code).toBe(1);
    const { summary, pauseAudit, rejected } = whole.json;
    // 200 ticket rows, each either used or refused by the contract (those with an event before their opening).
    expect(summary.rowsRead).toBe(200);
    expect(summary.rowsUsed + summary.rowsRejected).toBe(200);
    expect(summary.rowsRejected).toBeGreaterThan(0);
    expect(Object.keys(summary.metrics ?? {})).toEqual(['firstResponse', 'resolution']);
    expect(pauseAudit?.findings.length).toBeGreaterThan(0);
    expect(rejected.some((row) => 'file' in row && row.file === file('msp-events.csv'))).toBe(true);
  });

  it('CSV: the header and one line per judged ticket, as the whole report listed them', async () => {
    const streamed = await run(['tickets', file('linkando.csv'), '--contract', 'linkando', '--now', NOW, '--format', 'csv']);
    const whole = await ticketsReport(csvSource(file('linkando.csv')), linkando(), { now: Date.parse(NOW) });
    const lines = whole.json.tickets.map((t) => csvLine([t.id, t.priority, t.region, t.target, t.version, t.openedAt, t.dueAt, t.respondedAt, t.met, t.businessElapsedMs]));
    expect(streamed.stdout).toBe(`${['id,priority,region,target,version,openedAt,dueAt,respondedAt,met,businessElapsedMs', ...lines].join('\n')}\n`);
    expect(streamed.code).toBe(1);
  });

  it('a file whose every row is rejected: "tickets": [] and an empty summary, as JSON.stringify writes them', async () => {
    const only = scratch({ 't.csv': 'id,priority,openedAt,respondedAt\nA,urgent,2026-06-01T08:00:00Z,\n' });
    const streamed = await run(['tickets', join(only, 't.csv'), '--contract', 'linkando', '--now', NOW, '--format', 'json']);
    const whole = await ticketsReport(csvSource(join(only, 't.csv')), linkando(), { now: Date.parse(NOW) });
    expect(streamed.stdout).toBe(`${JSON.stringify(whole.json, null, 2)}\n`);
    expect(streamed.stdout).toContain('"tickets": [],');
  });

  it('the report goes out in pieces of about 64 KiB, each after the output said it had room — never one string', async () => {
    const pieces: string[] = [];
    let waits = 0;
    const code = await runCli(['tickets', file('linkando.csv'), '--contract', 'linkando', '--now', NOW, '--format', 'json'], {
      report: (text) => pieces.push(text),
      note: () => {},
      ready: () => {
        waits++;
        return new Promise((resolve) => setImmediate(resolve));
      },
    });
    expect(code).toBe(1);
    const whole = await ticketsReport(csvSource(file('linkando.csv')), linkando(), { now: Date.parse(NOW) });
    expect(pieces.join('')).toBe(`${JSON.stringify(whole.json, null, 2)}\n`);
    // 260 tickets of about 300 characters each: more than one piece; none much above 64 KiB (65,536) plus one ticket.
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThan(65_536 + 2_000);
    expect(waits).toBeGreaterThan(0);
  });
});
