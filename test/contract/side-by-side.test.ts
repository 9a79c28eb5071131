/**
 * Issue 12 §6, accounting side by side: one period under each reading of
 * maintenance downtime, downtime of an excluded cause and unmonitored time
 * (excluded / up / down), the contract's own reading first.
 *
 * Worked month: Letsignit, March 2026 in Europe/Paris = 743 h = 44 580 min
 * (31 × 24 h − 1 h at the spring-forward change). Probes every 5 min all
 * month, all up except:
 * - Tue 10 March 07:00–09:00 (+01:00) failed: 2 h down, of which 07:00–08:00
 *   inside the nightly window (23:00–08:00, §7) — M = 60 min excused — and
 *   08:00–09:00 counted — C = 60 min;
 * - no probe from Tue 17 March 12:00 to 15:00 (the 11:55 probe holds 5 min):
 *   U = 180 min unmonitored;
 * and a DDoS incident Thu 12 March 10:00–10:30 (§6 excludes DDoS): K = 30 min.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Incident, Probe } from '../../src/index.js';
import { letsignit } from '../../src/presets/letsignit/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MARCH_START = Date.parse('2026-03-01T00:00:00+01:00');
const MARCH_END = Date.parse('2026-04-01T00:00:00+02:00');

function marchProbes(): Probe[] {
  const failedFrom = Date.parse('2026-03-10T07:00:00+01:00');
  const failedTo = Date.parse('2026-03-10T09:00:00+01:00');
  const gapFrom = Date.parse('2026-03-17T12:00:00+01:00');
  const gapTo = Date.parse('2026-03-17T15:00:00+01:00');
  const probes: Probe[] = [];
  for (let at = MARCH_START; at < MARCH_END; at += 5 * MINUTE) {
    if (at >= gapFrom && at < gapTo) continue;
    probes.push({ at, ok: at < failedFrom || at >= failedTo });
  }
  return probes;
}

const ddos: Incident = { start: '2026-03-12T10:00:00+01:00', end: '2026-03-12T10:30:00+01:00', cause: 'ddos' };

describe('Contract.sideBySide (issue 12 §6)', () => {
  const report = letsignit().sideBySide({ period: '2026-03', probes: marchProbes(), incidents: [ddos], feeMinor: 100_000, currency: 'EUR' });
  const figures = report.rows.map((row) => [row.varies, row.reading[row.varies ?? 'maintenance'], row.report.commitments.map((c) => [c.id, c.availabilityPercent, c.met]), row.report.credit?.percent]);

  it("Letsignit's own reading: excused time leaves the period, unmonitored time is up", () => {
    expect(report.own).toEqual({ maintenance: 'excluded', excludedCauses: 'excluded', unmonitored: 'up' });
    expect(report.rows[0]?.own).toBe(true);
    expect(report.rows.filter((row) => row.own)).toHaveLength(1);
    expect(report.unvaried).toEqual([]);
  });

  it('every reading of March 2026, by hand (minutes: P 44 580, M 60, K 30, C 60, U 180)', () => {
    expect(figures).toEqual([
      // own: (44 580 − 90 − 60) / (44 580 − 90) = 44 430 / 44 490 = 99.86513…
      [null, 'excluded', [['server', '99.8651', false], ['application', '99.8651', true]], 0],
      // maintenance up: M stays as up time: (44 580 − 30 − 60) / (44 580 − 30) = 44 490 / 44 550 = 99.86531…
      ['maintenance', 'up', [['server', '99.8653', false], ['application', '99.8653', true]], 0],
      // maintenance down: M counted: (44 550 − 120) / 44 550 = 44 430 / 44 550 = 99.73063…
      ['maintenance', 'down', [['server', '99.7306', false], ['application', '99.7306', true]], 0],
      // excluded causes up: K up: (44 520 − 60) / 44 520 = 44 460 / 44 520 = 99.86522…
      ['excludedCauses', 'up', [['server', '99.8652', false], ['application', '99.8652', true]], 0],
      // excluded causes down: K counted: (44 520 − 90) / 44 520 = 44 430 / 44 520 = 99.79784…
      ['excludedCauses', 'down', [['server', '99.7978', false], ['application', '99.7978', true]], 0],
      // unmonitored excluded: U leaves too: (44 490 − 180 − 60) / (44 490 − 180) = 44 250 / 44 310 = 99.86459…
      ['unmonitored', 'excluded', [['server', '99.8645', false], ['application', '99.8645', true]], 0],
      // unmonitored down: U counted: (44 490 − 240) / 44 490 = 44 250 / 44 490 = 99.46055… → §7 row [99.4, 99.5): 3 %
      ['unmonitored', 'down', [['server', '99.4605', false], ['application', '99.4605', true]], 3],
    ]);
  });

  it('what a reading is worth in money: 3 % of a 1 000.00 EUR fee under unmonitored "down", nothing otherwise', () => {
    expect(report.rows.map((row) => row.report.creditTotal?.totalMinor)).toEqual([0, 0, 0, 0, 0, 0, 3_000]); // 3 % × 100 000 cents
  });

  it('exact figures: the own row counts 60 min of 44 490, the unmonitored-excluded row 60 of 44 310', () => {
    const own = report.rows[0]?.report.commitments[0];
    expect([own?.countedDowntimeMs, own?.baseMs]).toEqual([60 * MINUTE, 44_490 * MINUTE]);
    const excluded = report.rows[5]?.report.commitments[0];
    expect([excluded?.countedDowntimeMs, excluded?.baseMs]).toEqual([60 * MINUTE, 44_310 * MINUTE]);
  });

  it('a contract reading excused time as up (count-as-up) has the up row first and excluded as an alternative', () => {
    const up = letsignit({ excusedTime: 'count-as-up', unmonitored: 'down' }).sideBySide({ period: '2026-03', probes: marchProbes(), incidents: [ddos] });
    expect(up.own).toEqual({ maintenance: 'up', excludedCauses: 'up', unmonitored: 'down' });
    expect(up.rows.map((row) => (row.varies === null ? 'own' : `${row.varies}:${row.reading[row.varies]}`))).toEqual([
      'own',
      'maintenance:excluded',
      'maintenance:down',
      'excludedCauses:excluded',
      'excludedCauses:down',
      'unmonitored:excluded',
      'unmonitored:up',
    ]);
    // own: everything in the period, C + U counted: (44 580 − 240) / 44 580 = 44 340 / 44 580 = 99.46164…
    expect(up.rows[0]?.report.commitments[0]?.availabilityPercent).toBe('99.4616');
    // unmonitored up: (44 580 − 60) / 44 580 = 44 520 / 44 580 = 99.86540…
    expect(up.rows[6]?.report.commitments[0]?.availabilityPercent).toBe('99.8654');
  });
});

/** Random months of Letsignit incidents (no probes: the three kinds of time come from windows and causes). */
const incidentArb = fc
  .record({ start: fc.integer({ min: -DAY, max: 31 * DAY }), length: fc.integer({ min: 0, max: 10 * HOUR }), cause: fc.constantFrom('internal', 'ddos', 'external-network') })
  .map(({ start, length, cause }): Incident => ({ start: MARCH_START + start, end: MARCH_START + start + length, cause }));
const scenarioArb = fc.record({
  incidents: fc.array(incidentArb, { maxLength: 5 }),
  excusedTime: fc.constantFrom('remove-from-period' as const, 'count-as-up' as const),
});

/** a/b ≤ c/d for exact ratios of non-negative integers, 0/0 read as 1. */
function atMost(a: { numerator: string; denominator: string }, b: { numerator: string; denominator: string }): boolean {
  const [an, ad, bn, bd] = [a.numerator, a.denominator, b.numerator, b.denominator].map(BigInt) as [bigint, bigint, bigint, bigint];
  const [n1, d1] = ad === 0n ? [1n, 1n] : [an, ad];
  const [n2, d2] = bd === 0n ? [1n, 1n] : [bn, bd];
  return n1 * d2 <= n2 * d1;
}

describe('Contract.sideBySide properties (1000 runs)', () => {
  it("the contract's own row is exactly what Contract.availability reports for the same input", () => {
    fc.assert(
      fc.property(scenarioArb, ({ incidents, excusedTime }) => {
        const contract = letsignit({ excusedTime });
        const input = { period: '2026-03', incidents };
        expect(contract.sideBySide(input).rows[0]?.report).toEqual(contract.availability(input));
      }),
      { numRuns: 1000 },
    );
  });

  // Not down ≤ excluded: without the maintenance rule, a DDoS inside a window is excused by its cause instead (rules
  // take time in order), so reading maintenance as down can move time from the maintenance rule to the cause rule.
  it('for maintenance and excluded causes, excluded ≤ up and down ≤ up: keeping excused time as up time never lowers a figure', () => {
    fc.assert(
      fc.property(scenarioArb, ({ incidents, excusedTime }) => {
        const rows = letsignit({ excusedTime }).sideBySide({ period: '2026-03', incidents }).rows;
        for (const dimension of ['maintenance', 'excludedCauses'] as const) {
          const ratio = (value: string) => rows.find((row) => row.reading[dimension] === value && (row.own || row.varies === dimension))?.report.commitments[0]?.ratio;
          const [down, excluded, up] = [ratio('down'), ratio('excluded'), ratio('up')];
          expect(down && excluded && up).toBeTruthy();
          expect(atMost(excluded as NonNullable<typeof excluded>, up as NonNullable<typeof up>)).toBe(true);
          expect(atMost(down as NonNullable<typeof down>, up as NonNullable<typeof up>)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
