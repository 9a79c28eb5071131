/**
 * Issue 12 §1, what-if on a period: Letsignit §7 prints 99.4 % in two rows
 * ("99.4% ~ 99.5% 3%" and "99.35% ~ 99.4% 6%"). Default
 * `creditBounds: 'lower-inclusive'` reads 99.4 % as 3 %,
 * `'upper-inclusive'` as 6 %. The credit table is fed by the §5
 * application commitment (99 %, monthly).
 */
import { describe, expect, it } from 'vitest';
import { type CommitmentChange, diffAvailability } from '../../src/index.js';
import { letsignit, letsignitSources } from '../../src/presets/letsignit/index.js';

const A = letsignit();
const B = letsignit({ creditBounds: 'upper-inclusive' });
// June 2026 = 30 days = 720 h = 2 592 000 000 ms (no DST change). 0.6 % of it = 15 552 000 ms = 4 h 19 min 12 s.
// Tue 06-09 10:00–14:19:12 Paris is outside every maintenance window (nightly 23:00–08:00, third Saturday 06-20):
// counted in full, so A = 1 − 15 552 000 / 2 592 000 000 = 99.4 % exactly.
const AT_99_4 = [{ start: '2026-06-09T10:00:00+02:00', end: '2026-06-09T14:19:12+02:00', cause: 'internal' }];
const FEE = { feeMinor: 149_000, currency: 'EUR' }; // 1 490.00 EUR

describe('diffAvailability: Letsignit §7 shared bound 99.4 %, lower- vs upper-inclusive', () => {
  it('a month at exactly 99.4 %: only the application commitment changes, its credit 3 % → 6 % (4 470 → 8 940 minor units)', () => {
    const report = diffAvailability(A, B, { period: '2026-06', incidents: AT_99_4, ...FEE });
    // The server commitment (§4, 99.95 %) has the same figure and verdict and feeds no credit: not listed.
    expect(report.changes.map((c) => [c.id, c.changed])).toEqual([['application', ['credit']]]);
    const change = report.changes[0] as CommitmentChange;
    expect(change.a).toMatchObject({ evaluated: true, figure: '99.4000', met: true, ratio: { numerator: '2576448000', denominator: '2592000000' } });
    expect(change.b).toMatchObject({ evaluated: true, figure: '99.4000', met: true });
    // 3 % of 149 000 = 4 470; 6 % of 149 000 = 8 940; under the 50 % cap, paid in full.
    expect(change.credits).toHaveLength(1);
    expect(change.credits[0]).toMatchObject({
      id: 'credit',
      a: { tierPercent: 3, tierIndex: 1, percentOfFee: '3.0000', amountMinor: 4470, paidMinor: 4470, source: letsignitSources.creditTier3 },
      b: { tierPercent: 6, tierIndex: 2, percentOfFee: '6.0000', amountMinor: 8940, paidMinor: 8940, source: letsignitSources.creditTier6 },
    });
    expect(report.total).toMatchObject({ a: { totalMinor: 4470 }, b: { totalMinor: 8940 } });
  });

  it('says why: the rows\' bounds flip (each row with its §7 clause), and the reading creditBounds', () => {
    const report = diffAvailability(A, B, { period: '2026-06', incidents: AT_99_4 });
    const rules = (report.changes[0] as CommitmentChange).rules;
    // Six rows [min, max): the top row has only a min, the bottom row only a max, the four others both: 1 + 4 × 2 + 1 = 10 bounds.
    expect(rules.map((r) => [r.path, r.a.value, r.b.value])).toEqual([
      ['remedies.credits[0].tiers[0].minInclusive', true, false],
      ['remedies.credits[0].tiers[1].minInclusive', true, false],
      ['remedies.credits[0].tiers[1].maxInclusive', false, true],
      ['remedies.credits[0].tiers[2].minInclusive', true, false],
      ['remedies.credits[0].tiers[2].maxInclusive', false, true],
      ['remedies.credits[0].tiers[3].minInclusive', true, false],
      ['remedies.credits[0].tiers[3].maxInclusive', false, true],
      ['remedies.credits[0].tiers[4].minInclusive', true, false],
      ['remedies.credits[0].tiers[4].maxInclusive', false, true],
      ['remedies.credits[0].tiers[5].maxInclusive', false, true],
    ]);
    expect(rules[1]?.a.source).toEqual(letsignitSources.creditTier3);
    expect(rules[3]?.b.source).toEqual(letsignitSources.creditTier6);
    expect(report.readings.map((r) => [r.option, r.a, r.b, r.clause])).toEqual([['creditBounds', 'lower-inclusive', 'upper-inclusive', expect.stringContaining('§7')]]);
  });

  it('without a fee, the credit is compared by its percent (3 % → 6 %), amounts null', () => {
    const report = diffAvailability(A, B, { period: '2026-06', incidents: AT_99_4 });
    expect(report.changes[0]?.credits[0]).toMatchObject({ a: { tierPercent: 3, amountMinor: null }, b: { tierPercent: 6, amountMinor: null } });
    expect(report.total).toBeNull();
  });

  it('a month at 99.45 %: 3 % under both readings, nothing listed', () => {
    // 0.55 % of 720 h = 3.96 h = 3 h 57 min 36 s → 99.45 %, inside 99.4–99.5 whichever end is inclusive.
    const report = diffAvailability(A, B, { period: '2026-06', incidents: [{ start: '2026-06-09T10:00:00+02:00', end: '2026-06-09T13:57:36+02:00', cause: 'internal' }], ...FEE });
    expect([report.changes, report.total]).toEqual([[], null]);
  });

  it('another reading moves the figure: excused time counted as up (§4–§7, excusedTime) on a month with an excluded cause', () => {
    // 2 h of DDoS (excluded cause, excused) + 4 h 19 min 12 s internal on June 2026 (720 h):
    // remove-from-period: (720 h − 2 h − 4.32 h) / (720 h − 2 h) = 713.68 / 718 = 99.3983… % (truncated 99.3983) → 6 %;
    // count-as-up: (720 h − 4.32 h) / 720 h = 99.4 % → 3 %.
    const incidents = [...AT_99_4, { start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T12:00:00+02:00', cause: 'ddos' }];
    const report = diffAvailability(A, letsignit({ excusedTime: 'count-as-up' }), { period: '2026-06', incidents });
    expect(report.changes.map((c) => [c.id, c.changed, c.a.evaluated && c.a.figure, c.b.evaluated && c.b.figure])).toEqual([
      ['server', ['figure'], '99.3983', '99.4000'],
      ['application', ['figure', 'credit'], '99.3983', '99.4000'],
    ]);
    expect(report.changes[1]?.credits[0]).toMatchObject({ a: { tierPercent: 6 }, b: { tierPercent: 3 } });
    expect(report.changes[1]?.rules.map((r) => [r.path, r.a.value, r.b.value])).toEqual([['availability.excusedTime', 'remove-from-period', 'count-as-up']]);
  });

  it('a commitment evaluated on one side only is listed: the server commitment measured per quarter is skipped for a month', () => {
    const report = diffAvailability(A, letsignit({ serverPeriod: 'quarter' }), { period: '2026-06', incidents: AT_99_4 });
    expect(report.changes.map((c) => [c.id, c.changed, c.a.evaluated, c.b.evaluated])).toEqual([['server', ['evaluated'], true, false]]);
    expect(report.changes[0]?.rules.map((r) => [r.path, r.a.value, r.b.value])).toEqual([['availability.commitments[0].period', 'month', 'quarter']]);
  });

  it('a contract compared with itself lists nothing', () => {
    const report = diffAvailability(A, A, { period: '2026-06', incidents: AT_99_4, ...FEE });
    expect([report.changes, report.total, report.readings]).toEqual([[], null, []]);
  });
});
