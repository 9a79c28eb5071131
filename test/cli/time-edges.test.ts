// Times at the edges (issue 15, second pass): UTC offsets with seconds (local mean times) are read
// and written to the second, on flags and in CSV columns; the last periods of the local range
// (2300-12, 2300-Q4, 2300) are reported, their exclusive end 2301-01-01T00:00 local written out.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

describe('UTC offsets with seconds (local mean times)', () => {
  it('due --opened with +00:09:21 (Paris before 1911): read to the second, written back with the seconds', async () => {
    const { code, json } = await runJson<Record<string, unknown>>(['due', '--contract', 'letsignit', '--priority', 'escalation', '--opened', '1905-01-02T10:00:00+00:09:21']);
    expect(code).toBe(0);
    // 10:00:00 − 0:09:21 = 09:50:39Z (reading "+00:09" would have given 09:51:00Z)
    expect(json['openedAt']).toBe('1905-01-02T09:50:39.000Z');
    expect(json['openedAtLocal']).toBe('1905-01-02T10:00:00.000+00:09:21');
    // Mon 1905-01-02 (1905-01-01 is a Sunday: 1826 days after Mon 1900-01-01, 1826 mod 7 = 6) + 24 h of Mon–Sat → Tue 10:00 local
    expect(json['dueAt']).toBe('1905-01-03T09:50:39.000Z');
    expect(json['dueAtLocal']).toBe('1905-01-03T10:00:00.000+00:09:21');
  });

  it('a CSV column with −00:44:30 (Monrovia 1919–1972) is read to the second', async () => {
    const file = join(scratch({ 't.csv': 'id,priority,openedAt,respondedAt\nS-1,critical,1959-12-31T23:15:30-00:44:30,1960-01-01T00:30:00Z\n' }), 't.csv');
    const { code, json } = await runJson<{ tickets: { openedAt: string; dueAt: string; businessElapsedMs: number }[] }>(['tickets', file, '--contract', 'signinapp']);
    expect(code).toBe(0);
    // 23:15:30 + 0:44:30 = 24:00:00 → 1960-01-01 00:00Z; critical: 1 h of the 24/7 calendar → 01:00Z
    expect(json.tickets[0]?.openedAt).toBe('1960-01-01T00:00:00.000Z');
    expect(json.tickets[0]?.dueAt).toBe('1960-01-01T01:00:00.000Z');
    // responded 00:30Z: 30 min = 1 800 000 ms elapsed
    expect(json.tickets[0]?.businessElapsedMs).toBe(1_800_000);
  });
});

describe('the last periods of the local range, ending at 2301-01-01T00:00 local', () => {
  const incidents = () => join(scratch({ 'i.csv': 'start,end,cause\n2300-12-01T00:00:00Z,2300-12-01T01:00:00Z,internal\n' }), 'i.csv');
  // 2000-01-01 is a Saturday; to 2301-01-01: 301 × 365 + 73 leap days (2000…2300 by 4 is 76, less 2100, 2200, 2300) = 109 938 days,
  // 109 938 mod 7 = 3 → Saturday + 3 = Tuesday. Paris and Berlin in January are +01:00: 00:00 local = 23:00Z the day before.
  const END_LINE = '  to   Tue 2301-01-01 00:00 +01:00 (2300-12-31T23:00:00.000Z)';

  it.each([
    ['letsignit --period 2300-12', ['--contract', 'letsignit', '--period', '2300-12']],
    ['sitekiosk --period 2300', ['--contract', 'sitekiosk', '--period', '2300']],
    ['linkando quarterly --period 2300-Q4', ['--contract', 'linkando', '--option', 'availabilityPeriod=quarter', '--period', '2300-Q4']],
  ])('availability %s: the text report writes the period\'s end (exit 0, was exit 2 "ms: expected …")', async (_name, flags) => {
    const result = await run(['availability', ...flags, '--incidents', incidents()]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(END_LINE);
  });

  it('availability --period 2300-12 in JSON and HTML: the end is 2300-12-31T23:00Z', async () => {
    const { code, json } = await runJson<{ period: { start: string; end: string }; measuredMs: number }>(['availability', '--contract', 'letsignit', '--period', '2300-12', '--incidents', incidents()]);
    expect(code).toBe(0);
    expect(json.period).toEqual({ start: '2300-11-30T23:00:00.000Z', end: '2300-12-31T23:00:00.000Z' });
    // 31 days × 24 h = 744 h = 2 678 400 000 ms
    expect(json.measuredMs).toBe(2_678_400_000);
    const html = await run(['availability', '--contract', 'letsignit', '--period', '2300-12', '--incidents', incidents(), '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('2301-01-01 00:00 +01:00 (2300-12-31T23:00:00.000Z)');
  });

  it('a period past the range is refused up front, naming --period', async () => {
    const result = await run(['availability', '--contract', 'letsignit', '--period', '2301-01', '--incidents', incidents()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--period: year: expected a whole number from 1900 to 2300, got 2301');
  });
});

describe('instants out of the local years in every zone are refused under the name the user wrote', () => {
  it('--now 9999-… is a usage error naming --now, not a rejected row naming `to` for every ticket', async () => {
    const file = join(scratch({ 't.csv': 'id,priority,openedAt,respondedAt\nN-1,critical,2026-06-01T08:00:00Z,\n' }), 't.csv');
    const result = await run(['tickets', file, '--contract', 'signinapp', '--now', '9999-01-01T00:00:00Z']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--now: expected an instant in the local years 1900–2300, got "9999-01-01T00:00:00Z"');
  });

  it('an openedAt in 2301 rejects its row naming openedAt; the other row is judged', async () => {
    const file = join(scratch({ 't.csv': 'id,priority,openedAt,respondedAt\nN-1,critical,2301-06-01T08:00:00Z,\nN-2,critical,2026-06-01T08:00:00Z,2026-06-01T08:30:00Z\n' }), 't.csv');
    const result = await run(['tickets', file, '--contract', 'signinapp', '--now', '2026-07-01T00:00:00Z']);
    // one row read and rejected, one used: exit 1 (rows were rejected)
    expect(result.stderr).toContain('openedAt: expected an instant in the local years 1900–2300, got "2301-06-01T08:00:00Z"');
    expect(result.stderr).not.toContain('now');
    expect(result.stdout).toContain('N-2');
  });

  it('one ms after 2301-01-01T00:00 at UTC−12 (= 2301-01-01T12:00Z), the last end anywhere, is refused naming the flag', async () => {
    const late = await run(['due', '--contract', 'signinapp', '--priority', 'critical', '--opened', '2301-01-01T12:00:00.001Z']);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('--opened: expected an instant in the local years 1900–2300, got "2301-01-01T12:00:00.001Z"');
  });
});

describe('--out - is standard output', () => {
  it('writes the report to stdout and no file named "-"', async () => {
    const result = await run(['contracts', '--out', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('letsignit');
    expect(result.stderr).not.toContain('report written to');
  });
});

describe('--from/--to are read like every other date-time of the command line (attack 18, H2)', () => {
  const incidents = (): string => join(scratch({ 'i.csv': 'start,end,cause\n2026-03-01T15:00:00Z,2026-03-01T16:00:00Z,internal\n2026-03-02T00:00:00Z,2026-03-02T01:00:00Z,internal\n' }), 'i.csv');
  it('without offset, --zone says where: 2026-03-01T00:00 at UTC−12 is 12:00Z (not midnight in the contract zone, Paris)', async () => {
    const { code, json } = await runJson<{ period: { start: string; end: string } }>(['availability', '--contract', 'letsignit', '--from', '2026-03-01T00:00:00', '--to', '2026-03-02T00:00:00', '--zone', 'Etc/GMT+12', '--incidents', incidents()]);
    expect(code).toBe(0);
    // Etc/GMT+12 is UTC−12: local 00:00 = 12:00Z (read in Paris it was 2026-02-28T23:00Z)
    expect(json.period).toEqual({ start: '2026-03-01T12:00:00.000Z', end: '2026-03-02T12:00:00.000Z' });
  });
  it('without offset and without --zone: exit 2, naming --from and pointing at --zone', async () => {
    const result = await run(['availability', '--contract', 'letsignit', '--from', '2026-03-01T00:00:00', '--to', '2026-03-02T00:00:00Z', '--incidents', incidents()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--from: expected an ISO 8601 instant with an offset or Z');
    expect(result.stderr).toContain('give --zone <IANA zone>');
  });
  it('out of the local years everywhere: named --to, not raw epoch ms', async () => {
    const result = await run(['availability', '--contract', 'letsignit', '--from', '2026-03-01T00:00:00Z', '--to', '2301-01-01T12:00:00.001Z', '--incidents', incidents()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--to: expected an instant in the local years 1900–2300, got "2301-01-01T12:00:00.001Z"');
  });
});
