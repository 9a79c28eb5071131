// CSV robustness: every bad row is listed with its 1-based file line (header =
// line 1) and a reason naming the column and the value; fatal input errors
// exit 2; rows read = rows used + rows rejected, always.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, scratch, slakit, slakitJson } from './built-cli.js';

beforeAll(ensureBuilt, 300_000);

interface TicketsOutput {
  tickets: { id: string; respondedAt: string | null; met: boolean | null }[];
  rejected: { line: number; reason: string }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number };
}

interface AvailabilityOutput {
  rejected: { file: string; line: number; reason: string }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number };
  countedDowntimeMs: number;
}

const HEADER = 'id,priority,region,openedAt,respondedAt';

function tickets(content: string | Buffer, ...flags: string[]): { code: number | null; json: TicketsOutput; stderr: string } {
  const dir = scratch({ 'tickets.csv': content });
  return slakitJson<TicketsOutput>(['tickets', join(dir, 'tickets.csv'), '--contract', 'lumapps', '--now', '2026-12-01T00:00:00Z', ...flags]);
}

function expectBooks(summary: TicketsOutput['summary'], read: number, used: number, rejected: number): void {
  expect(summary).toMatchObject({ rowsRead: read, rowsUsed: used, rowsRejected: rejected });
  expect(summary.rowsRead).toBe(summary.rowsUsed + summary.rowsRejected);
}

describe('bad CSV — fatal errors exit 2 and name the problem', () => {
  it('a missing column is fatal: exit 2, names the column and line 1', () => {
    const dir = scratch({ 'tickets.csv': 'id,priority,openedAt\nLA-1,p1,2026-11-10T10:00:00+01:00\n' });
    const run = slakit(['tickets', join(dir, 'tickets.csv'), '--contract', 'lumapps', '--now', '2026-12-01T00:00:00Z']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('line 1');
    expect(run.stderr).toContain('missing column "respondedAt"');
    expect(run.stdout).toBe('');
  });

  it('an empty file (0 bytes) is fatal: exit 2, "empty file" and the expected header', () => {
    const dir = scratch({ 'tickets.csv': '' });
    const run = slakit(['tickets', join(dir, 'tickets.csv'), '--contract', 'lumapps', '--now', '2026-12-01T00:00:00Z']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('empty file');
    expect(run.stderr).toContain('id,priority,openedAt,respondedAt');
  });

  it('a file of only a BOM and blank lines is empty too: exit 2', () => {
    const dir = scratch({ 'probes.csv': Buffer.from('\uFEFF\r\n\r\n   \r\n', 'utf8') });
    const run = slakit(['availability', '--contract', 'letsignit', '--period', '2026-03', '--probes', join(dir, 'probes.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('empty file');
  });

  it('a missing file is fatal: exit 2, names the file', () => {
    const run = slakit(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', '/nonexistent/incidents.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/nonexistent/incidents.csv: no such file');
  });

  it('a header with the same column twice is fatal', () => {
    const dir = scratch({ 'incidents.csv': 'start,end,cause,END\n' });
    const run = slakit(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', join(dir, 'incidents.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column "end" appears twice');
  });
});

describe('bad CSV — bad rows are rejected with their line, the rest is reported (exit 1)', () => {
  it('a bad date: rejected with line, column and value; the other rows judged', () => {
    const { code, json } = tickets(`${HEADER}\nLA-1,p1,emea,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00\nLA-2,p1,emea,2026-13-01T10:00:00+01:00,\nLA-3,p2,nam,2026-11-10T10:00:00-05:00,\n`);
    expect(code).toBe(1);
    expect(json.rejected).toHaveLength(1);
    expect(json.rejected[0]?.line).toBe(3);
    expect(json.rejected[0]?.reason).toContain('openedAt');
    expect(json.rejected[0]?.reason).toContain('"2026-13-01T10:00:00+01:00"');
    expect(json.tickets.map((t) => t.id)).toEqual(['LA-1', 'LA-3']);
    expectBooks(json.summary, 3, 2, 1);
  });

  it('a date without offset is a bad date (no zone given)', () => {
    const { code, json } = tickets(`${HEADER}\nLA-1,p1,emea,2026-11-10T10:00:00,\n`);
    expect(code).toBe(1);
    expect(json.rejected[0]).toMatchObject({ line: 2 });
    expect(json.rejected[0]?.reason).toContain('openedAt: expected an ISO 8601 instant with an offset or Z');
  });

  it('--zone reads date-times without offset as local time there', () => {
    // 10:00 Paris (+01:00 in November) = 09:00Z; p1 is 1 business hour → due 11:00 Paris = 10:00Z.
    const dir = scratch({ 'tickets.csv': `${HEADER}\nLA-1,p1,emea,2026-11-10T10:00:00,2026-11-10T10:30:00\n` });
    const { code, json } = slakitJson<{ tickets: { openedAt: string; dueAt: string }[] }>(['tickets', join(dir, 'tickets.csv'), '--contract', 'lumapps', '--zone', 'Europe/Paris']);
    expect(code).toBe(0);
    expect(json.tickets[0]).toMatchObject({ openedAt: '2026-11-10T09:00:00.000Z', dueAt: '2026-11-10T10:00:00.000Z' });
  });

  it('end before start: rejected naming end, its value and the start', () => {
    const dir = scratch({
      'incidents.csv': 'start,end,cause\n2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,internal\n2026-03-12T10:00:00+01:00,2026-03-12T09:00:00+01:00,internal\n',
    });
    const { code, json } = slakitJson<AvailabilityOutput>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', join(dir, 'incidents.csv')]);
    expect(code).toBe(1);
    expect(json.rejected).toEqual([
      { file: join(dir, 'incidents.csv'), line: 3, reason: 'end: expected an instant not before start (2026-03-12T10:00:00+01:00), got "2026-03-12T09:00:00+01:00"' },
    ]);
    // Only the first outage (4 h) counts.
    expect(json.countedDowntimeMs).toBe(4 * 3_600_000);
    expect(json.summary).toMatchObject({ rowsRead: 2, rowsUsed: 1, rowsRejected: 1 });
  });

  it('an unknown priority: rejected naming priority, the value and the allowed ones', () => {
    const { code, json } = tickets(`${HEADER}\nLA-1,p9,emea,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00\n`);
    expect(code).toBe(1);
    expect(json.rejected).toEqual([{ line: 2, reason: 'priority: expected one of p1, p2 (contract lumapps), got "p9"' }]);
    expectBooks(json.summary, 1, 0, 1);
  });

  it('an unknown region: rejected naming region and the value', () => {
    const { code, json } = tickets(`${HEADER}\nLA-1,p1,mars,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00\n`);
    expect(code).toBe(1);
    expect(json.rejected[0]?.line).toBe(2);
    expect(json.rejected[0]?.reason).toMatch(/^region: expected one of emea, nam, latam, apac .*got "mars"$/);
  });

  it('respondedAt before openedAt, a duplicate id and a wrong field count: each rejected with its line', () => {
    const { code, json } = tickets(
      `${HEADER}\nLA-1,p1,emea,2026-11-10T10:00:00+01:00,2026-11-10T09:00:00+01:00\nLA-2,p1,emea,2026-11-10T10:00:00+01:00,\nLA-2,p2,emea,2026-11-10T11:00:00+01:00,\nLA-4,p1,emea\n`,
    );
    expect(code).toBe(1);
    expect(json.rejected.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(json.rejected[0]?.reason).toContain('respondedAt');
    expect(json.rejected[1]?.reason).toBe('id: expected an id not already used (line 3 has it), got "LA-2"');
    expect(json.rejected[2]?.reason).toBe('3 field(s), the header has 5');
    expectBooks(json.summary, 4, 1, 3);
  });

  it('a malformed quote is rejected with its line; parsing goes on', () => {
    const { code, json } = tickets(`${HEADER}\nLA-1,p"1,emea,2026-11-10T10:00:00+01:00,\nLA-2,p1,emea,2026-11-10T10:00:00+01:00,\n`);
    expect(code).toBe(1);
    expect(json.rejected[0]?.line).toBe(2);
    expect(json.rejected[0]?.reason).toContain('malformed CSV');
    expect(json.tickets.map((t) => t.id)).toEqual(['LA-2']);
    expectBooks(json.summary, 2, 1, 1);
  });

  it('a bad probe value is rejected naming the column: ok must be true/false/1/0, latencyMs a number', () => {
    const dir = scratch({ 'probes.csv': 'at,ok,latencyMs\n2026-03-10T10:00:00Z,yes,100\n2026-03-10T10:05:00Z,true,fast\n2026-03-10T10:10:00Z,true,120\n' });
    const { code, json } = slakitJson<AvailabilityOutput>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--probes', join(dir, 'probes.csv')]);
    expect(code).toBe(1);
    expect(json.rejected.map((r) => [r.line, r.reason.split(':')[0]])).toEqual([
      [2, 'ok'],
      [3, 'latencyMs'],
    ]);
    expect(json.summary).toMatchObject({ rowsRead: 3, rowsUsed: 1, rowsRejected: 2 });
  });
});

describe('CSV encodings and layout', () => {
  it('a UTF-8 BOM before the header is skipped: the first column is found', () => {
    const { code, json } = tickets(Buffer.from(`\uFEFF${HEADER}\nLA-1,p1,emea,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00\n`, 'utf8'));
    expect(code).toBe(0);
    expect(json.tickets[0]?.id).toBe('LA-1');
    expectBooks(json.summary, 1, 1, 0);
  });

  it('CRLF line ends: no stray \\r in the last column (respondedAt parses), line numbers count CRLF lines', () => {
    const { code, json } = tickets(
      `${HEADER}\r\nLA-1,p1,emea,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00\r\nLA-2,p7,emea,2026-11-10T10:00:00+01:00,\r\nLA-3,p1,emea,2026-11-10T10:00:00+01:00,2026-11-10T12:00:00+01:00\r\n`,
    );
    expect(code).toBe(1);
    // 10:00 → due 11:00 (1 business hour): LA-1 met at 10:30, LA-3 missed at 12:00.
    expect(json.tickets.map((t) => [t.id, t.respondedAt, t.met])).toEqual([
      ['LA-1', '2026-11-10T09:30:00.000Z', true],
      ['LA-3', '2026-11-10T11:00:00.000Z', false],
    ]);
    expect(json.rejected).toEqual([{ line: 3, reason: 'priority: expected one of p1, p2 (contract lumapps), got "p7"' }]);
  });

  it('BOM + CRLF + blank lines: blank lines are not rows but keep their line numbers', () => {
    const content = `\uFEFF${HEADER}\r\n\r\nLA-1,p1,emea,2026-11-10T10:00:00+01:00,\r\n   \r\n,,,,\r\nLA-2,p1,emea,bad,\r\n`;
    const { code, json } = tickets(Buffer.from(content, 'utf8'));
    expect(code).toBe(1);
    // Lines: 1 header, 2 blank, 3 LA-1, 4 spaces, 5 separators only, 6 LA-2.
    expect(json.rejected.map((r) => r.line)).toEqual([6]);
    expectBooks(json.summary, 2, 1, 1);
  });

  it('extra columns are ignored; header names match case-insensitively', () => {
    const { code, json } = tickets(`ID,Priority,assignee,Region,OpenedAt,RespondedAt\nLA-1,p1,Ana,emea,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00\n`);
    expect(code).toBe(0);
    expect(json.tickets.map((t) => [t.id, t.met])).toEqual([['LA-1', true]]);
  });

  it('a quoted field may span lines; the next row keeps its real line number', () => {
    const { json } = tickets(`${HEADER}\n"LA-1\nsecond line",p1,emea,2026-11-10T10:00:00+01:00,\nLA-2,p3,emea,2026-11-10T10:00:00+01:00,\n`);
    expect(json.tickets.map((t) => t.id)).toEqual(['LA-1\nsecond line']);
    expect(json.rejected.map((r) => r.line)).toEqual([4]);
  });
});
