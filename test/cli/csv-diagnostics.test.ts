// CLI diagnostics (issue 15, kind 6): malformed quotes at the line their record starts on and
// the valid rows after them used; every rejection one line on stderr in every format; "-" is
// standard input; no observation is a usage error unless --no-downtime; a wrong --period is
// refused before any input is read.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, scratch, slakit } from './built-cli.js';
import { run, runJson } from './in-process.js';

const HOUR = 3_600_000;
const HEADER = 'id,priority,region,openedAt,respondedAt';
const ROW = (id: string) => `${id},p1,emea,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00`;

interface TicketsOutput {
  tickets: { id: string }[];
  rejected: { line: number; reason: string }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number };
}

function ticketFile(content: string): string {
  return join(scratch({ 't.csv': content }), 't.csv');
}

describe('malformed quotes', () => {
  it('an unclosed quote on line 3 is reported at line 3 (where its row starts); lines 4 and 5 are still rows', async () => {
    const file = ticketFile(`${HEADER}\n${ROW('LA-1')}\n"LA-2,p1,emea,2026-11-10T10:00:00+01:00,\n${ROW('LA-4')}\n${ROW('LA-5')}\n`);
    const { code, json } = await runJson<TicketsOutput>(['tickets', file, '--contract', 'lumapps']);
    expect(code).toBe(1);
    expect(json.rejected).toEqual([{ line: 3, reason: 'malformed CSV: the quote opened on line 3 (field 1) is never closed' }]);
    expect(json.tickets.map((t) => t.id)).toEqual(['LA-1', 'LA-4', 'LA-5']);
    // 4 rows read = 3 used + 1 rejected.
    expect(json.summary).toMatchObject({ rowsRead: 4, rowsUsed: 3, rowsRejected: 1 });
  });

  it('a bad quote rejects its own row only: the next valid row is used', async () => {
    const file = ticketFile(`${HEADER}\n"LA-1"x,p1,emea,2026-11-10T10:00:00+01:00,\n${ROW('LA-2')}\nLA-3,p"1,emea,2026-11-10T10:00:00+01:00,\n${ROW('LA-4')}\n`);
    const { json } = await runJson<TicketsOutput>(['tickets', file, '--contract', 'lumapps']);
    expect(json.rejected.map((r) => r.line)).toEqual([2, 4]);
    expect(json.tickets.map((t) => t.id)).toEqual(['LA-2', 'LA-4']);
    expect(json.summary).toMatchObject({ rowsRead: 4, rowsUsed: 2, rowsRejected: 2 });
  });
});

describe('line ends: a carriage return alone does not end a line', () => {
  it('an incident file with CR-only line ends is fatal (exit 2), not a header that swallows the 4 h outage into its optional id column (was 100 %, exit 0)', async () => {
    const file = join(scratch({ 'i.csv': 'start,end,cause,id\r2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,internal,INC-1\r' }), 'i.csv');
    const { code, stdout, stderr } = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file} line 1: the header holds a carriage return (CR) that does not end a line`);
    expect(stderr).toContain('lines must end with LF or CRLF');
  });

  it('a ticket export with CR-only line ends is fatal too (its optional region column swallowed the rows: 0 read, exit 0)', async () => {
    // region last: the header's last name would be "region\rLA-1", an ignored column
    const file = ticketFile('id,priority,openedAt,respondedAt,region\rLA-1,p1,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00,emea\r');
    const { code, stderr } = await run(['tickets', file, '--contract', 'lumapps']);
    expect(code).toBe(2);
    expect(stderr).toContain('line 1: the header holds a carriage return (CR)');
  });

  it('a CR inside a quoted field of a row is text, as before: the row is used', async () => {
    const file = ticketFile(`${HEADER},note\n${ROW('LA-1')},"two\rparts"\n`);
    const { code, json } = await runJson<TicketsOutput>(['tickets', file, '--contract', 'lumapps']);
    expect(code).toBe(0);
    expect(json.tickets.map((t) => t.id)).toEqual(['LA-1']);
  });
});

describe('rejections on stderr: one per line, in every format', () => {
  const file = (): string => ticketFile(`${HEADER}\nLA-1,p9,emea,2026-11-10T10:00:00+01:00,\nLA-2,p7,emea,2026-11-10T10:00:00+01:00,\n${ROW('LA-3')}\n`);
  const lines = (name: string): string[] => [
    `${name} line 2: rejected: priority: expected one of p1, p2 (contract lumapps), got "p9"`,
    `${name} line 3: rejected: priority: expected one of p1, p2 (contract lumapps), got "p7"`,
  ];

  it.each(['text', 'json', 'csv'])('tickets --format %s', async (format) => {
    const path = file();
    const result = await run(['tickets', path, '--contract', 'lumapps', '--format', format]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${lines(path).join('\n')}\n`);
  });

  it.each(['text', 'json', 'html'])('availability --format %s', async (format) => {
    const path = join(scratch({ 'i.csv': 'start,end,cause\n2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,internal\n2026-03-11,x,internal\nbad,2026-03-12T10:00:00+01:00,internal\n' }), 'i.csv');
    const result = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', path, '--format', format]);
    expect(result.code).toBe(1);
    const stderr = result.stderr.split('\n');
    expect(stderr).toHaveLength(3); // two lines and the final newline
    expect(stderr[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} line 3: rejected: start: `));
    expect(stderr[1]).toMatch(/ line 4: rejected: start: expected an ISO 8601 instant/);
    expect(stderr[2]).toBe('');
  });
});

describe('no observation, --no-downtime', () => {
  it('availability with neither --probes nor --incidents is a usage error (exit 2), not 100 %', async () => {
    const result = await run(['availability', '--contract', 'letsignit', '--period', '2026-03']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no downtime observation: give --probes and/or --incidents, or --no-downtime');
    // A maintenance file alone observes no downtime either.
    const maintenance = join(scratch({ 'm.csv': 'start,end\n2026-03-10T10:00:00+01:00,2026-03-10T11:00:00+01:00\n' }), 'm.csv');
    expect((await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--maintenance', maintenance])).code).toBe(2);
  });

  it('--no-downtime states it: 743 h of 743 h, 100 %, exit 0; with --incidents it is a contradiction (exit 2)', async () => {
    const { code, json } = await runJson<{ ratio: { numerator: number; denominator: number } }>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--no-downtime']);
    expect(code).toBe(0);
    expect(json.ratio).toEqual({ numerator: 743 * HOUR, denominator: 743 * HOUR });
    const incidents = join(scratch({ 'i.csv': 'start,end,cause\n' }), 'i.csv');
    const both = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--no-downtime', '--incidents', incidents]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--no-downtime contradicts --probes/--incidents');
  });
});

describe('a wrong --period is refused before any input is read', () => {
  it('letsignit commitments are monthly: --period 2026 is a usage error even with a missing probe file', async () => {
    const result = await run(['availability', '--contract', 'letsignit', '--period', '2026', '--probes', '/nonexistent/probes.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--period 2026: no commitment of contract letsignit is measured over such a period');
    expect(result.stderr).not.toContain('no such file');
  });

  it('a malformed period likewise', async () => {
    const result = await run(['availability', '--contract', 'letsignit', '--period', '2026-13', '--probes', '/nonexistent/probes.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--period');
    expect(result.stderr).not.toContain('no such file');
  });
});

describe('"-" is standard input (built CLI)', () => {
  beforeAll(ensureBuilt, 300_000);

  it('tickets - reads the export from stdin; rows are named "stdin"', () => {
    const result = slakit(['tickets', '-', '--contract', 'lumapps', '--format', 'json'], { input: `${HEADER}\n${ROW('LA-1')}\nLA-2,p9,emea,2026-11-10T10:00:00+01:00,\n` });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as TicketsOutput;
    expect(json.tickets.map((t) => t.id)).toEqual(['LA-1']);
    expect(result.stderr).toBe('stdin line 3: rejected: priority: expected one of p1, p2 (contract lumapps), got "p9"\n');
  });

  it('availability --incidents - reads incidents from stdin: one 4 h outage → (743 − 4) / 743', () => {
    const result = slakit(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', '-', '--format', 'json'], {
      input: 'start,end,cause\n2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,internal\n',
    });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { ratio: unknown }).ratio).toEqual({ numerator: 739 * HOUR, denominator: 743 * HOUR });
  });

  it('two inputs cannot both be standard input (exit 2)', () => {
    const result = slakit(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', '-', '--maintenance', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('standard input ("-") can feed one input file only');
  });
});

describe('every observation is read by a commitment, every commitment has its observation', () => {
  const requests = join(scratch({ 'r.csv': 'at,total,failed\n2026-09-10T10:00:00Z,1000,120\n' }), 'r.csv');

  it('letsignit (two downtime commitments) with --requests only: a usage error naming the file and the commitments, not 100 %', async () => {
    const result = await run(['availability', '--contract', 'letsignit', '--period', '2026-09', '--requests', requests]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`--requests ${requests}: no commitment reads request counts (contract letsignit: server (downtime), application (downtime))`);
  });

  it('a contract with request and downtime commitments: --requests alone leaves the downtime ones unobserved (exit 2)', async () => {
    const contract = join(scratch({ 'mixed.json': mixedContract() }), 'mixed.json');
    const result = await run(['availability', '--contract', contract, '--period', '2026-09', '--requests', requests]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no downtime observation: give --probes and/or --incidents, or --no-downtime');
    expect(result.stderr).toContain('contract mixed measures uptime in downtime (--requests holds request counts, not downtime)');
  });
});

/** A contract with one request commitment (99 % of 1-minute intervals) and one downtime commitment (99.9 %), monthly in UTC. */
function mixedContract(): string {
  return JSON.stringify({
    id: 'mixed',
    name: 'Mixed',
    calendars: {},
    availability: {
      zone: 'UTC',
      commitments: [
        { id: 'requests', target: '99', period: 'month', metric: { type: 'requests', metric: 'bad-intervals', interval: 'PT1M', errorRateThreshold: '5' } },
        { id: 'uptime', target: '99.9', period: 'month' },
      ],
    },
  });
}
