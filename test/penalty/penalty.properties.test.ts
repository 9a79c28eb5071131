/**
 * Properties of issue 3 for credits (fast-check, 1000 runs each): the credit
 * is non-increasing in availability and never above the cap; amounts are
 * whole minor units within [0, fee].
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AvailabilityRatio, PenaltyTable, creditAmountMinor } from '../../src/index.js';

const options = { numRuns: 1000 };

/** Letsignit §7 tiers (docs/semantics.md), with the cap as a parameter. */
function letsignit(capPercent: number): PenaltyTable {
  return new PenaltyTable({
    capPercent,
    tiers: [
      { min: '99.5', creditPercent: 0 },
      { min: '99.4', max: '99.5', creditPercent: 3 },
      { min: '99.35', max: '99.4', creditPercent: 6 },
      { min: '99.20', max: '99.35', creditPercent: 12 },
      { min: '99.10', max: '99.20', creditPercent: 25 },
      { max: '99.10', creditPercent: 50 },
    ],
  });
}

/** Ratios over one month of ms, concentrated near the tier bounds (98.9 % … 100 %). */
const MONTH = 2_674_800_000;
const ratioArb = fc.oneof(
  fc.integer({ min: 0, max: MONTH }),
  fc.integer({ min: Math.floor(MONTH * 0.989), max: MONTH }),
).map((numerator): AvailabilityRatio => ({ numerator, denominator: MONTH }));

describe('PenaltyTable properties (1000 runs each)', () => {
  it('issue 3: credit is non-increasing in availability', () => {
    const table = letsignit(50);
    fc.assert(
      fc.property(ratioArb, ratioArb, (a, b) => {
        const [low, high] = a.numerator <= b.numerator ? [a, b] : [b, a];
        expect(table.creditFor(low).percent).toBeGreaterThanOrEqual(table.creditFor(high).percent);
      }),
      options,
    );
  });

  it('issue 3: credit is never above the cap', () => {
    fc.assert(
      fc.property(ratioArb, fc.constantFrom(0, 5, 20, 50, 100), (ratio, cap) => {
        const credit = letsignit(cap).creditFor(ratio);
        expect(credit.percent).toBeLessThanOrEqual(cap);
        expect(credit.capped).toBe(credit.percent < [0, 3, 6, 12, 25, 50][credit.tierIndex as number]!);
      }),
      options,
    );
  });

  it('amounts are whole minor units in [0, fee], and within half a unit of the exact product', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (fee, basisPoints) => {
        const percent = (basisPoints / 100).toFixed(2); // "0.00" … "100.00"
        const amount = creditAmountMinor(fee, percent);
        expect(Number.isInteger(amount)).toBe(true);
        expect(amount).toBeGreaterThanOrEqual(0);
        expect(amount).toBeLessThanOrEqual(fee);
        // |amount − fee × bp / 10 000| ≤ 1/2, checked exactly: |10 000 × amount − fee × bp| ≤ 5 000.
        const error = BigInt(amount) * 10_000n - BigInt(fee) * BigInt(basisPoints);
        expect(error <= 5_000n && error >= -5_000n).toBe(true);
      }),
      options,
    );
  });
});
