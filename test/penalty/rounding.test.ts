/**
 * Rounding to the minor unit (roundMinor) and exact apportioning
 * (apportionMinor): hand-computed cases and fast-check properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlaInputError, apportionMinor, creditAmountMinor, roundMinor } from '../../src/index.js';

describe('roundMinor', () => {
  it('each rule on 2.5, 3.5, 2.4, 2.6 and 2 cents', () => {
    const cases: [bigint, bigint][] = [[5n, 2n], [7n, 2n], [12n, 5n], [13n, 5n], [2n, 1n]]; // 2.5, 3.5, 2.4, 2.6, 2
    expect(cases.map(([n, d]) => roundMinor(n, d, 'half-up'))).toEqual([3n, 4n, 2n, 3n, 2n]);
    expect(cases.map(([n, d]) => roundMinor(n, d, 'half-even'))).toEqual([2n, 4n, 2n, 3n, 2n]);
    expect(cases.map(([n, d]) => roundMinor(n, d, 'down'))).toEqual([2n, 3n, 2n, 2n, 2n]);
    expect(cases.map(([n, d]) => roundMinor(n, d, 'up'))).toEqual([3n, 4n, 3n, 3n, 2n]);
  });

  it('products beyond 2^53 stay exact: 9 007 199 254 740 993 × 3 / 2 = 13 510 798 882 111 489.5 → half-even …490', () => {
    // 2^53 + 1 = 9 007 199 254 740 993; × 3 = 27 021 597 764 222 979; / 2 = 13 510 798 882 111 489.5; the even neighbour is …490.
    expect(roundMinor(27_021_597_764_222_979n, 2n, 'half-even')).toBe(13_510_798_882_111_490n);
  });

  it('an unknown rule is a typed error naming rounding', () => {
    expect(() => roundMinor(1n, 2n, 'bankers' as 'up')).toThrow(SlaInputError);
  });

  it('creditAmountMinor keeps rounding half up (3 % of 1 234.56 = 37.0368 → 37.04)', () => {
    expect(creditAmountMinor(123_456, 3)).toBe(3704);
  });

  it('property: the rounded value is within one unit of the exact one, on the side the rule says (1000 runs)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const down = roundMinor(n, d, 'down');
        const up = roundMinor(n, d, 'up');
        expect(down * d <= n && n < (down + 1n) * d).toBe(true);
        expect(up - down).toBe(n % d === 0n ? 0n : 1n);
        for (const rule of ['half-up', 'half-even'] as const) {
          const r = roundMinor(n, d, rule);
          // |r − n/d| ≤ 1/2  ⇔  |2 r d − 2 n| ≤ d
          const gap = 2n * r * d - 2n * n;
          expect(gap <= d && -gap <= d).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('apportionMinor', () => {
  it('hand cases: 100 by 1:1:1 → 34, 33, 33; 1 000 by 3:1 → 750, 250; zero weights → zeros', () => {
    expect(apportionMinor(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportionMinor(1_000, [3, 1])).toEqual([750, 250]);
    expect(apportionMinor(10, [0, 0])).toEqual([0, 0]);
    // 10 by 1:2 → 3.33, 6.67: floors 3 + 6 = 9, the unit left goes to the larger remainder (index 1) → 3, 7.
    expect(apportionMinor(10, [1, 2])).toEqual([3, 7]);
  });

  it('property: shares add up to the total and each is within one unit of its exact share (1000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 5_000_000_000 }), { minLength: 1, maxLength: 8 }), (total, weights) => {
        const shares = apportionMinor(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(sum === 0 ? 0 : total);
        shares.forEach((share, i) => {
          if (sum === 0) return;
          const exact = (BigInt(total) * BigInt(weights[i] as number)) / BigInt(sum);
          expect(BigInt(share) === exact || BigInt(share) === exact + 1n).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
