// A minutes column (Zendesk's "First reply time in minutes", UptimeRobot's "Duration (in mins.)")
// added to a start: a value too large for the supported local years (1900–2300) rejects its row,
// naming the export's column and slakit's, the value and what was expected; the other rows are used.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plusMinutes } from '../../../src/cli/imports/export-formats.js';
import { SlaInputError } from '../../../src/index.js';
import { scratch } from '../built-cli.js';
import { run, runJson } from '../in-process.js';

const MSP = join(import.meta.dirname, '../../../examples/contracts/msp-p1-p4.json');
const EXPECTED = 'a whole number of minutes (such as 45) giving an instant in the local years 1900–2300';

describe('plusMinutes: the minutes must give an instant in the local years 1900–2300', () => {
  // 2026-06-09 10:00 New York (EDT, UTC−4) = 14:00Z. The range ends at 2301-01-01T00:00 New York (EST, UTC−5)
  // = 05:00Z. Days 2026-06-09 → 2026-07-01: 22; → 2027-01-01: + 184 = 206; 2027 → 2301: 274 × 365 + 66 leap
  // days (69 multiples of 4 in 2028–2300, less 2100, 2200, 2300) = 100 076; total 100 282 days × 1 440 =
  // 144 406 080 min, less 9 h (14:00Z → 05:00Z) = 540 min: 144 405 540 min reach the end exactly.
  it('144 405 540 min from 2026-06-09 10:00 New York reach the end of the range, 2301-01-01T05:00Z; one more minute is refused', () => {
    expect(plusMinutes('2026-06-09T10:00:00', '144405540', 'America/New_York', 'respondedAt', 'First reply time in minutes')).toBe('2301-01-01T05:00:00.000Z');
    const error = catchError(() => plusMinutes('2026-06-09T10:00:00', '144405541', 'America/New_York', 'respondedAt', 'First reply time in minutes'));
    expect(error).toBeInstanceOf(SlaInputError);
    expect((error as SlaInputError).field).toBe('First reply time in minutes (respondedAt)');
    expect((error as SlaInputError).value).toBe('144405541');
    expect((error as SlaInputError).expected).toBe(EXPECTED);
  });

  it('a number too large for a double (400 digits), a decimal and a negative are refused the same way', () => {
    for (const minutes of ['9'.repeat(400), '12.5', '-5']) {
      const error = catchError(() => plusMinutes('2026-06-09T10:00:00', minutes, 'America/New_York', 'end', 'Duration (in mins.)'));
      expect(error).toBeInstanceOf(SlaInputError);
      expect((error as SlaInputError).message).toContain(`Duration (in mins.) (end): expected ${EXPECTED}`);
    }
  });
});

describe('--profile zendesk: a huge First reply time in minutes rejects its row only', () => {
  it('200 000 000 000 min (≈ 380 000 years) on line 3: rejected naming the column; line 2 is used (+45 min = 14:45Z); exit 1', async () => {
    const dir = scratch({
      'z.csv': 'ID,Priority,Created at,First reply time in minutes\n101,p1,2026-06-09 10:00:00,45\n102,p1,2026-06-09 10:00:00,200000000000\n',
    });
    const { code, json } = await runJson<{ tickets: { id: string; respondedAt: string | null }[]; rejected: { line: number; reason: string }[] }>([
      'tickets', join(dir, 'z.csv'), '--contract', MSP, '--profile', 'zendesk', '--zone', 'America/New_York', '--now', '2026-06-15T13:00:00Z',
    ]);
    expect(code).toBe(1);
    // 10:00 EDT = 14:00Z, + 45 min = 14:45Z.
    expect(json.tickets.map((t) => [t.id, t.respondedAt])).toEqual([['101', '2026-06-09T14:45:00.000Z']]);
    expect(json.rejected).toEqual([{ line: 3, reason: `First reply time in minutes (respondedAt): expected ${EXPECTED}, got "200000000000"` }]);
  });
});

describe('--profile uptimerobot: a huge Duration (in mins.) rejects its row only', () => {
  it('200 000 000 000 min on line 3: rejected naming Duration (in mins.) (end); the 90-minute Down row is used; exit 1', async () => {
    const dir = scratch({
      'logs.csv': 'Monitor,Event,Date-Time,Reason,Duration (in mins.)\napp,Down,2026-03-10 11:00:00,Timeout,90\napp,Down,2026-03-17 14:00:00,Timeout,200000000000\n',
    });
    const { code, stderr } = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', join(dir, 'logs.csv'), '--profile', 'uptimerobot', '--zone', 'Europe/Paris', '--unknown-causes', 'count']);
    expect(code).toBe(1);
    expect(stderr).toContain(`line 3: rejected: Duration (in mins.) (end): expected ${EXPECTED}, got "200000000000"`);
    expect(stderr).not.toContain('internal error');
    expect(stderr).not.toContain('line 2: rejected');
  });
});

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}
