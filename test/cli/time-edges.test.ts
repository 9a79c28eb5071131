// Times at the edges (issue 15, second pass): UTC offsets with seconds (local mean times) are read
// and written to the second, on flags and in CSV columns.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from './built-cli.js';
import { runJson } from './in-process.js';

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
