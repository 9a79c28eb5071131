/**
 * Series metrics (issue 14, construct 11): a commitment on a measured
 * series (latency, packet loss, throughput) — mean or nearest-rank
 * percentile of the points in the period against a bound, exact.
 */
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod, MaintenanceWindow, type SeriesPoint, seriesMetric } from '../../src/index.js';
import { expectInputError } from '../presets/helpers.js';

const june = AvailabilityPeriod.month(2026, 6, 'UTC');
const minute = (i: number) => Date.UTC(2026, 5, 10, 10, i);
/** 10 latency points: 100, 110, …, 190 ms, in shuffled order. */
const latencies: SeriesPoint[] = [130, 190, 100, 160, 120, 180, 110, 170, 150, 140].map((value, i) => ({ at: minute(i), value }));
const percentile = (p: number | string, bound: number | string = 1000) => seriesMetric({ period: june, points: latencies, statistic: 'percentile', percentile: p, bound });

describe('nearest-rank percentile: rank ⌈p/100 × n⌉ of the sorted points', () => {
  it.each([
    [90, 9, 180], // ⌈0.9 × 10⌉ = 9
    [95, 10, 190], // ⌈9.5⌉ = 10
    [50, 5, 140], // ⌈5⌉ = 5
    [0, 1, 100], // rank 1 by definition
    [100, 10, 190],
    ['99.9', 10, 190], // ⌈9.99⌉ = 10
    ['10.01', 2, 110], // ⌈1.001⌉ = 2
  ])('p%s of 10 points → rank %i → %i ms', (p, rank, value) => {
    const result = percentile(p);
    expect(result.rank).toBe(rank);
    expect(result.exact).toEqual({ numerator: BigInt(value), denominator: 1n });
  });

  it('p90 ≤ 180 ms is met with margin 0; p90 ≤ 179.99 ms is missed by 0.01 ms', () => {
    const atBound = percentile(90, 180);
    expect(atBound.met).toBe(true);
    expect(atBound.margin?.numerator).toBe(0n);
    const below = percentile(90, '179.99');
    expect(below.met).toBe(false);
    // 179.99 − 180 = −1/100.
    expect(below.margin).toEqual({ numerator: -1n, denominator: 100n });
    expect(below.bound).toBe('179.99');
  });

  it('p99.9 of 1 000 points 1…1 000 → rank ⌈999⌉ = 999 → 999', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ at: june.start + i * 1000, value: 1000 - i }));
    const result = seriesMetric({ period: june, points, statistic: 'percentile', percentile: '99.9', bound: 999 });
    expect([result.rank, result.value, result.met]).toEqual([999, 999, true]);
  });
});

describe('mean, exact: values are read as the decimals they print as', () => {
  it('mean of 0.1 and 0.2 is exactly 0.15: ≤ 0.15 met (in floats (0.1 + 0.2) / 2 = 0.15000000000000002 would miss)', () => {
    const points = [
      { at: minute(0), value: 0.1 },
      { at: minute(1), value: 0.2 },
    ];
    const result = seriesMetric({ period: june, points, statistic: 'mean', bound: 0.15 });
    expect(result.met).toBe(true);
    expect(result.margin?.numerator).toBe(0n);
    // 0.3 / 2 over the common denominator 10: 3 / 20.
    expect(result.exact).toEqual({ numerator: 3n, denominator: 20n });
  });

  it('mean of 0, 0, 1 is 1/3: ≤ 0.3333 missed, ≤ 0.33334 met', () => {
    const points = [0, 0, 1].map((value, i) => ({ at: minute(i), value }));
    expect(seriesMetric({ period: june, points, statistic: 'mean', bound: '0.3333' }).met).toBe(false);
    expect(seriesMetric({ period: june, points, statistic: 'mean', bound: '0.33334' }).met).toBe(true);
  });

  it('packet loss as decimal strings, with exponents: mean of "0.5", "1e-1", "0.25e1" = 3.1 / 3', () => {
    const points = ['0.5', '1e-1', '0.25e1'].map((value, i) => ({ at: minute(i), value }));
    const result = seriesMetric({ period: june, points, statistic: 'mean', bound: 1 });
    // 0.5 + 0.1 + 2.5 = 3.1 → 31/10 / 3 = 31/30 > 1.
    expect(result.exact).toEqual({ numerator: 31n, denominator: 30n });
    expect(result.met).toBe(false);
  });

  it('"at-least" (throughput): mean of 90 and 110 is 100 → ≥ 100 met, ≥ 100.0001 missed', () => {
    const points = [90, 110].map((value, i) => ({ at: minute(i), value }));
    expect(seriesMetric({ period: june, points, statistic: 'mean', bound: 100, comparison: 'at-least' }).met).toBe(true);
    expect(seriesMetric({ period: june, points, statistic: 'mean', bound: '100.0001', comparison: 'at-least' }).met).toBe(false);
  });
});

describe('which points count', () => {
  it('points outside the period or inside maintenance are ignored and counted', () => {
    const maintenance = [MaintenanceWindow.adHoc({ id: 'upgrade', windows: [{ start: minute(0), end: minute(2) }] })];
    const points = [
      { at: minute(0), value: 1000 }, // inside maintenance
      { at: minute(1), value: 1000 }, // inside maintenance
      { at: minute(2), value: 100 },
      { at: '2026-07-01T00:00:00Z', value: 1000 }, // the period's end is exclusive
    ];
    const result = seriesMetric({ period: june, points, statistic: 'mean', bound: 100, maintenance });
    expect(result.points).toBe(1);
    expect(result.ignored).toEqual({ outsidePeriod: 1, excused: 2, maintenance: 2 });
    expect(result.met).toBe(true);
  });

  it('no point: nothing to judge — met and the value are undefined, with a note', () => {
    const result = seriesMetric({ period: june, points: [], statistic: 'percentile', percentile: 95, bound: 200 });
    expect([result.met, result.value, result.rank]).toEqual([undefined, undefined, undefined]);
    expect(result.notes).toEqual(['no point in the period: nothing to judge']);
  });
});

describe('bad input is a typed error naming the field', () => {
  const base = { period: june, points: latencies, statistic: 'mean' as const, bound: 200 };
  it.each([
    ['a value that is not a number', { points: [latencies[0], { at: minute(1), value: 'fast' }] }, 'points[1].value'],
    ['NaN', { points: [{ at: minute(1), value: Number.NaN }] }, 'points[0].value'],
    ['an instant without offset', { points: [{ at: '2026-06-10T10:00', value: 1 }] }, 'points[0].at'],
    ['a percentile for the mean', { percentile: 95 }, 'percentile'],
    ['no percentile for a percentile', { statistic: 'percentile' }, 'percentile'],
    ['a percentile above 100', { statistic: 'percentile', percentile: 101 }, 'percentile'],
    ['an unknown statistic', { statistic: 'median' }, 'statistic'],
    ['no bound', { bound: undefined }, 'bound'],
    ['an absurd exponent', { bound: '1e999' }, 'bound'],
    ['an unknown comparison', { comparison: 'below' }, 'comparison'],
  ])('%s → %s', (_name, change, field) => {
    expectInputError(() => seriesMetric({ ...base, ...change } as never), field);
  });
});
