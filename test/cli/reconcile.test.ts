// slakit reconcile (issue 12 §2): the hand-computed export of test/contract/reconcile.test.ts through the CLI,
// on msp-p1-p4 (Mon–Fri 09:00–17:30 New York, US federal holidays; P2 2 h, P3 4 h; EDT = UTC−4), judged at
// 2026-09-10 00:00Z (every open ticket is overdue then, so breached).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReconcileJson } from '../../src/cli/commands/reconcile.js';
import { run, runJson } from './in-process.js';

const fixture = (name: string) => fileURLToPath(new URL(`./reconcile/${name}`, import.meta.url));
const MSP = fileURLToPath(new URL('../../examples/contracts/msp-p1-p4.json', import.meta.url));
const NOW = ['--now', '2026-09-10T00:00:00Z'];
const ARGS = ['reconcile', fixture('export.csv'), '--contract', MSP, '--events', fixture('events.csv'), ...NOW];
const HOUR = 3_600_000;

describe('slakit reconcile: one helpdesk mistake per row', async () => {
  const { code, json, stderr } = await runJson<ReconcileJson>(ARGS);
  const ticket = (id: string) => json.tickets.find((t) => t.id === id);

  it('exit 1 (rows rejected); 12 read = 8 used + 4 rejected, each with its line, column, value and expectation', () => {
    expect(code).toBe(1);
    expect(json.summary).toMatchObject({ rowsRead: 12, rowsUsed: 8, rowsRejected: 4 });
    expect(json.rejected.map((r) => r.line)).toEqual([10, 11, 12, 13]);
    expect(json.rejected[0]?.reason).toMatch(/^helpdeskDueAt: expected .*ISO 8601.*got "soon"/);
    expect(json.rejected[1]?.reason).toBe('helpdeskBreached: expected true, false, yes, no, 1 or 0, got "maybe"');
    expect(json.rejected[2]?.reason).toMatch(/^helpdeskDueAt\/helpdeskBreached: expected the helpdesk's due instant or breach flag \(both are empty\)/);
    expect(json.rejected[3]?.reason).toMatch(/^priority: expected one of p1, p2, p3, p4/);
    expect(stderr).toContain('line 13: rejected: priority');
  });

  it('summary: 8 tickets = 1 agree + 7 differ: zone 1, holiday 2, calendar 1, pause 1, target 1, unexplained 1', () => {
    expect(json.summary).toMatchObject({ tickets: 8, agree: 1, differ: 7, byCause: { zone: 1, holiday: 2, calendar: 1, pause: 1, target: 1, version: 0, unexplained: 1 } });
  });

  it('A-1 agrees: due Mon 07-06 11:30 EDT, answered 10:00, "no" breach', () => {
    expect(ticket('A-1')).toMatchObject({ agrees: true, cause: null, slakitDueAt: '2026-07-06T15:30:00.000Z', differenceMs: 0, slakitBreached: false, helpdeskBreached: false });
  });

  it('Z-1 zone: P3 opened 08:00 EDT, slakit 09:00 + 4 h = 17:00Z; in UTC hours 12:00Z + 4 h = 16:00Z', () => {
    expect(ticket('Z-1')).toMatchObject({ slakitDueAt: '2026-06-02T17:00:00.000Z', differenceMs: -HOUR, cause: { kind: 'zone', zone: 'UTC', recomputed: { dueAt: '2026-06-02T16:00:00.000Z' } } });
  });

  it('H-1 holiday: Thu 16:00 + 1.5 h, Fri 07-03 (observed Independence Day) reopened + 2.5 h = Fri 11:30, 72 h early', () => {
    expect(ticket('H-1')).toMatchObject({ differenceMs: -72 * HOUR, cause: { kind: 'holiday', holidays: [{ date: '2026-07-03', source: 'date-holidays:US' }] } });
  });

  it('C-1 calendar: 24/7, Thu 16:00 + 4 h = 20:00 EDT', () => {
    expect(ticket('C-1')).toMatchObject({ differenceMs: -87.5 * HOUR, cause: { kind: 'calendar', calendar: null } });
  });

  it('P-1 pause: P2 paused 10:30–14:00 is due 15:30 EDT; ignoring the pause 10:00 + 2 h = 12:00 EDT', () => {
    expect(ticket('P-1')).toMatchObject({ slakitDueAt: '2026-06-02T19:30:00.000Z', differenceMs: -3.5 * HOUR, cause: { kind: 'pause' } });
  });

  it('T-1 target: P3 judged as P2, 09:00 + 2 h = 11:00 EDT', () => {
    expect(ticket('T-1')).toMatchObject({ differenceMs: -2 * HOUR, cause: { kind: 'target', priority: 'p2', targetMs: 2 * HOUR } });
  });

  it('B-1 breach flag only ("YES"): answered Fri 12:00, met for slakit (due Mon), breached without the holiday (due Fri 11:30)', () => {
    expect(ticket('B-1')).toMatchObject({ helpdeskDueAt: null, differenceMs: null, slakitBreached: false, helpdeskBreached: true, cause: { kind: 'holiday', recomputed: { breached: true } } });
  });

  it('U-1 unexplained: both instants and the difference, 11:00:01 − 13:00 EDT = −7,199,000 ms', () => {
    expect(ticket('U-1')).toMatchObject({ helpdeskDueAt: '2026-06-02T15:00:01.000Z', slakitDueAt: '2026-06-02T17:00:00.000Z', differenceMs: -7_199_000, cause: { kind: 'unexplained', recomputed: null } });
  });
});

describe('slakit reconcile: text, version, columns and errors', () => {
  it('the text report: a line per ticket, the causes in words, the summary and the rows', async () => {
    const { code, stdout } = await run(ARGS);
    expect(code).toBe(1);
    expect(stdout).toContain('H-1: holiday — 2026-07-03 (date-holidays:US) open: the helpdesk lacks that holiday');
    expect(stdout).toContain('Summary: 8 ticket(s): 1 agree, 7 differ (zone 1, holiday 2, calendar 1, pause 1, target 1, version 0; unexplained 1)');
    expect(stdout).toContain('12 read = 8 used + 4 rejected');
    // Z-1: slakit Tue 13:00 EDT, helpdesk 12:00 EDT, 1 h early
    expect(stdout).toMatch(/Z-1 +p3 +Tue 2026-06-02 13:00 -04:00 +Tue 2026-06-02 12:00 -04:00 +−1 h +breached +— +zone/);
  });

  it('version: from 2026-09-01 P3 is 3 h; V-1 opened Mon 08-31 10:00 EDT is 14:00 under the opening version, 13:00 under the one at --now', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-reconcile-'));
    const amended = join(dir, 'msp-amended.json');
    const definition = JSON.parse(readFileSync(MSP, 'utf8'));
    delete definition.$schema;
    writeFileSync(amended, JSON.stringify({ ...definition, versions: [{ id: 'amendment-2026-09', effectiveFrom: '2026-09-01T00:00:00-04:00', patch: { responses: { priorities: { p3: { target: 'PT3H' } } } } }] }));
    const { code, json } = await runJson<ReconcileJson>(['reconcile', fixture('amended.csv'), '--contract', amended, ...NOW]);
    expect(code).toBe(0);
    expect(json.tickets[0]).toMatchObject({ version: 'initial', slakitDueAt: '2026-08-31T18:00:00.000Z', differenceMs: -HOUR, cause: { kind: 'version', version: 'amendment-2026-09', versionAt: 'now' } });
  });

  it('--due-column and --breach-column name the columns (";" detected); 1 and 0 are flags', async () => {
    const { code, json } = await runJson<ReconcileJson>(['reconcile', fixture('renamed.csv'), '--contract', MSP, ...NOW, '--due-column', 'SLA Due', '--breach-column', 'Breached?']);
    expect(code).toBe(0);
    expect(json.tickets.map((t) => [t.id, t.helpdeskBreached, t.cause?.kind ?? null])).toEqual([
      ['H-1', true, 'holiday'],
      ['A-1', false, null],
    ]);
  });

  it('neither helpdesk column in the header: exit 2 naming both', async () => {
    const { code, stderr } = await run(['reconcile', fixture('no-helpdesk.csv'), '--contract', MSP, ...NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('missing column: expected the helpdesk\'s due column "helpdeskDueAt" or breach column "helpdeskBreached"');
  });

  it('a named column that is missing is required: exit 2', async () => {
    const { code, stderr } = await run(['reconcile', fixture('export.csv'), '--contract', MSP, ...NOW, '--breach-column', 'Breached?']);
    expect(code).toBe(2);
    expect(stderr).toContain('missing column "Breached?"');
  });

  it('usage errors: a helpdesk column named like a ticket column, an unknown --helpdesk-zone', async () => {
    const clash = await run(['reconcile', fixture('export.csv'), '--contract', MSP, ...NOW, '--due-column', 'openedAt']);
    expect([clash.code, clash.stderr]).toEqual([2, expect.stringContaining('--due-column "openedAt": expected the name of a helpdesk column')]);
    const zone = await run(['reconcile', fixture('export.csv'), '--contract', MSP, ...NOW, '--helpdesk-zone', 'Mars/Base']);
    expect([zone.code, zone.stderr]).toEqual([2, expect.stringContaining('--helpdesk-zone: expected an IANA time zone')]);
  });

  it('--help gives the causes in order and an example', async () => {
    const { code, stdout } = await run(['reconcile', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/zone[\s\S]*holiday[\s\S]*calendar[\s\S]*pause[\s\S]*target[\s\S]*version/);
    expect(stdout).toContain('Example:\n  slakit reconcile export.csv --contract');
  });
});

describe('a helpdesk due outside the years slakit reads locally (reconcile trial F1)', () => {
  it('rejects that row, naming the column (read = used + rejected), and reports the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-far-'));
    const file = join(dir, 'far.csv');
    // G2: p2 opened Wed 2026-06-10 10:00 EDT, due 12:00 EDT (2 business hours); the helpdesk says 2400-01-01T00:00Z,
    // out of the local years 1900–2300 in every zone: a data error of that row, not of the report.
    writeFileSync(file, 'id,priority,openedAt,respondedAt,helpdeskDueAt\nG1,p2,2026-06-10T10:00:00-04:00,,2026-06-10T12:00:00-04:00\nG2,p2,2026-06-10T10:00:00-04:00,,2400-01-01T00:00:00Z\n');
    const { code, stdout, stderr } = await run(['reconcile', file, '--contract', MSP, '--now', '2026-07-10T00:00:00Z']);
    expect(code).toBe(1);
    expect(stderr).toContain('helpdeskDueAt: expected an instant in the local years 1900–2300, got "2400-01-01T00:00:00Z"');
    expect(stdout).toContain('G1');
    expect(stdout).not.toMatch(/G2 .*unexplained/);
  });
});
