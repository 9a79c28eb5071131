/**
 * Properties of series metrics (fast-check, 1000 runs each): the
 * percentile is the smallest point with at least p % of the points at or
 * below it (the nearest-rank definition, checked by counting); the mean is
 * exactly the sum over the count; raising a point never lowers either;
 * results do not depend on the process TZ.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod, type SeriesPoint, seriesMetric } from '../../src/index.js';
import { expectSameUnderEveryTz } from './helpers.js';

const ORIGIN = Date.UTC(2026, 5, 1);
const period = AvailabilityPeriod.between(ORIGIN, ORIGIN + 86_400_000);
/** Values in hundredths (e.g. 12 345 = "123.45"), written as decimal strings. */
const centsArb = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 60 });
const percentileArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((tenths) => (tenths / 10).toFixed(1)));
const pointsOf = (cents: readonly number[]): SeriesPoint[] => cents.map((c, i) => ({ at: ORIGIN + i * 1000, value: (c / 100).toFixed(2) }));

describe('series metric properties (1000 runs each)', () => {
  it('the percentile is the smallest point with at least p % of the points at or below it', () => {
    fc.assert(
      fc.property(centsArb, percentileArb, (cents, p) => {
        const result = seriesMetric({ period, points: pointsOf(cents), statistic: 'percentile', percentile: p, bound: 0 });
        // The chosen value, in cents (denominator 1 or a power of ten).
        const value = Number((result.exact?.numerator ?? 0n) * 100n / (result.exact?.denominator ?? 1n));
        expect(cents).toContain(value);
        // p in tenths of a percent; "at least p % of n" is 1000 × count ≥ tenths × n.
        const tenths = Math.round(Number(p) * 10);
        const atOrBelow = cents.filter((c) => c <= value).length;
        const below = cents.filter((c) => c < value).length;
        expect(1000 * atOrBelow).toBeGreaterThanOrEqual(tenths * cents.length);
        // Smallest such point: fewer than p % are strictly below (or it is the minimum).
        if (below > 0) expect(1000 * below).toBeLessThan(tenths * cents.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('the mean is exactly Σ / n', () => {
    fc.assert(
      fc.property(centsArb, (cents) => {
        const { exact } = seriesMetric({ period, points: pointsOf(cents), statistic: 'mean', bound: 0 });
        const sum = cents.reduce((a, b) => a + b, 0);
        // exact = sum / (100 n)  ⇔  numerator × 100 n = sum × denominator.
        expect((exact?.numerator ?? 0n) * 100n * BigInt(cents.length)).toBe(BigInt(sum) * (exact?.denominator ?? 0n));
      }),
      { numRuns: 1000 },
    );
  });

  it('raising one point never lowers the mean nor a percentile', () => {
    fc.assert(
      fc.property(centsArb, percentileArb, fc.nat(), fc.integer({ min: 1, max: 5000 }), (cents, p, which, raise) => {
        const raised = cents.slice();
        const i = which % cents.length;
        raised[i] = (raised[i] as number) + raise;
        for (const options of [{ statistic: 'mean' as const }, { statistic: 'percentile' as const, percentile: p }]) {
          const before = seriesMetric({ period, points: pointsOf(cents), bound: 0, ...options }).exact;
          const after = seriesMetric({ period, points: pointsOf(raised), bound: 0, ...options }).exact;
          if (before === undefined || after === undefined) throw new Error('points expected');
          expect(after.numerator * before.denominator >= before.numerator * after.denominator).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the same result under TZ=UTC, Pacific/Chatham and America/Santiago', () => {
    expectSameUnderEveryTz(fc.tuple(centsArb, percentileArb), ([cents, p]) => seriesMetric({ period, points: pointsOf(cents), statistic: 'percentile', percentile: p, bound: '500.5' }));
  });
});
