// `slakit availability --incidents`: causes read by the library's rule (issue 15, kind 1).
// The CLI rejects exactly what the API refuses, with the same reason, and accepts every
// label where the contract excludes no cause.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlaInputError } from '../../src/errors.js';
import { letsignit } from '../../src/presets/letsignit/index.js';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const HOUR = 3_600_000;

interface Output {
  ratio: { numerator: number; denominator: number };
  countedDowntimeMs: number;
  excusedMs: number;
  credit: { percent: number } | null;
  rejected: { file: string; line: number; reason: string }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number };
}

/** An incident file with one 4 h outage, Tue 2026-03-10 10:00–14:00 Paris, of `cause`. */
function incidents(cause: string): string {
  return join(scratch({ 'i.csv': `start,end,cause\n2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,${cause}\n` }), 'i.csv');
}

describe('where the contract excludes causes (Letsignit §6)', () => {
  it('a "DDoS" row is rejected with the reason the API gives for incidents[0].cause (exit 1)', async () => {
    const file = incidents('DDoS');
    const { code, json } = await runJson<Output>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', file]);
    expect(code).toBe(1);
    let api: SlaInputError | undefined;
    try {
      letsignit().availability({ period: '2026-03', incidents: [{ start: 0, end: 1, cause: 'DDoS' }] });
    } catch (error) {
      api = error as SlaInputError;
    }
    expect(api).toBeInstanceOf(SlaInputError);
    expect(json.rejected).toEqual([{ file, line: 2, reason: `cause: expected ${api?.expected}, got "DDoS"` }]);
    expect(json.summary).toMatchObject({ rowsRead: 1, rowsUsed: 0, rowsRejected: 1 });
  });

  it('--cause-alias DDoS=ddos excuses it: (743 − 4) / (743 − 4), credit 0 %, exit 0', async () => {
    const { code, json } = await runJson<Output>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', incidents('DDoS'), '--cause-alias', 'DDoS=ddos']);
    expect(code).toBe(0);
    expect(json.ratio).toEqual({ numerator: 739 * HOUR, denominator: 739 * HOUR });
    expect(json.excusedMs).toBe(4 * HOUR);
    expect(json.credit?.percent).toBe(0);
  });

  it('--unknown-causes count counts it: (743 − 4) / 743 = 99.4616 % → 3 %, exit 0', async () => {
    const { code, json } = await runJson<Output>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', incidents('DDoS'), '--unknown-causes', 'count']);
    expect(code).toBe(0);
    expect(json.ratio).toEqual({ numerator: 739 * HOUR, denominator: 743 * HOUR });
    expect(json.credit?.percent).toBe(3);
  });

  it('bad flags are usage errors (exit 2) naming the flag: an alias onto an undeclared cause, no "=", an unknown policy', async () => {
    const file = incidents('DDoS');
    const onto = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', file, '--cause-alias', 'DDoS=DDOS']);
    expect(onto.code).toBe(2);
    expect(onto.stderr).toContain(`--cause-alias DDoS=DDOS: expected one of the contract's causes internal, external-network, ddos`);
    const malformed = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', file, '--cause-alias', 'DDoS']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--cause-alias expects label=cause');
    const policy = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', file, '--unknown-causes', 'ignore']);
    expect(policy.code).toBe(2);
    expect(policy.stderr).toContain('--unknown-causes must be error or count, got "ignore"');
  });
});

describe('where the contract excludes no cause, every label is downtime', () => {
  it('SiteKiosk: a "ddos" row is used and counted: (8 760 − 4) / 8 760 h over 2026, exit 0', async () => {
    const file = join(scratch({ 'i.csv': 'start,end,cause\n2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,ddos\n' }), 'i.csv');
    const { code, json } = await runJson<Output>(['availability', '--contract', 'sitekiosk', '--period', '2026', '--incidents', file]);
    expect(code).toBe(0);
    expect(json.rejected).toEqual([]);
    expect(json.ratio).toEqual({ numerator: 8756 * HOUR, denominator: 8760 * HOUR });
  });

  it('Linkando: a "ddos" row in support hours is counted: (220 − 4) / 220 h in March 2026 (22 weekdays × 10 h), exit 0', async () => {
    const { code, json } = await runJson<Output>(['availability', '--contract', 'linkando', '--period', '2026-03', '--incidents', incidents('ddos')]);
    expect(code).toBe(0);
    expect(json.countedDowntimeMs).toBe(4 * HOUR);
    expect(json.ratio).toEqual({ numerator: 216 * HOUR, denominator: 220 * HOUR });
  });

  it('an empty cause is still rejected (never defaulted)', async () => {
    const { code, json } = await runJson<Output>(['availability', '--contract', 'linkando', '--period', '2026-03', '--incidents', incidents('')]);
    expect(code).toBe(1);
    expect(json.rejected[0]?.reason).toBe('cause: expected a non-empty cause such as "internal", got ""');
  });
});
