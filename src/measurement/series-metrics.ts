import { type AvailabilityOptions, toPeriod } from '../availability/compute-availability.js';
import { type PercentInput, parsePercent } from '../availability/ratio.js';
import { SlaInputError } from '../errors.js';
import { type IntervalInput, IntervalSet } from '../intervals/interval-set.js';
import type { MaintenanceWindow } from '../maintenance/maintenance-window.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { type Decimal, compareDecimals, decimalOf } from './decimal.js';
import { ratioToNumber } from './exact-arithmetic.js';
import { excusedTimeIn } from './excused-time.js';

/**
 * One measurement of a series (latency in ms, packet loss in %, throughput):
 * the value is read as the decimal it is written as (`0.1` is exactly one
 * tenth), a number or a decimal string (`"12.5"`, `"1e-3"`).
 *
 * @example
 * ```ts
 * const point: SeriesPoint = { at: '2026-06-10T10:00:00Z', value: 182.5 };
 * ```
 */
export interface SeriesPoint {
  /** When it was measured: epoch ms, ISO 8601 with offset, or a `Date`. */
  readonly at: InstantInput;
  /** The value: a finite number or a decimal string. */
  readonly value: number | string;
}

/**
 * The statistic of a series over the period: `mean` (arithmetic mean of
 * the points) or `percentile` (nearest-rank, see {@link seriesMetric}).
 *
 * @example
 * ```ts
 * seriesMetric({ period, points, statistic: 'percentile', percentile: 95, bound: 200 });
 * ```
 */
export type SeriesStatistic = 'mean' | 'percentile';

/**
 * How the statistic must compare with the bound: `at-most` (default:
 * latency, packet loss) or `at-least` (throughput).
 *
 * @example
 * ```ts
 * seriesMetric({ period, points, statistic: 'mean', bound: 100, comparison: 'at-least' });
 * ```
 */
export type BoundComparison = 'at-most' | 'at-least';

/**
 * Options of {@link seriesMetric}; plain data apart from the period and
 * maintenance windows.
 *
 * @example
 * ```ts
 * const options: SeriesMetricOptions = {
 *   period: AvailabilityPeriod.month(2026, 6, 'UTC'),
 *   points: [{ at: '2026-06-10T10:00:00Z', value: 182.5 }],
 *   statistic: 'percentile',
 *   percentile: 95,
 *   bound: 200,
 * };
 * ```
 */
export interface SeriesMetricOptions {
  /** The measurement period: points outside it are ignored. */
  readonly period: AvailabilityOptions['period'];
  /** The points, in any order. */
  readonly points: readonly SeriesPoint[];
  /** `mean` or `percentile`. */
  readonly statistic: SeriesStatistic;
  /** For `percentile`: 0–100, exact decimal (`95`, `"99.9"`). Refused for `mean`. */
  readonly percentile?: PercentInput | undefined;
  /** The bound, a number or decimal string, in the series' unit. */
  readonly bound: number | string;
  /** Default `at-most`. */
  readonly comparison?: BoundComparison | undefined;
  /** Maintenance windows: points inside them are ignored (unless `pointsInMaintenance` is `included`). */
  readonly maintenance?: readonly MaintenanceWindow[] | undefined;
  /**
   * Points measured inside a maintenance window: `excluded` (default: left
   * out, counted in `ignored.maintenance` and said in a note) or `included`
   * (judged like any other point; the windows are then not read).
   */
  readonly pointsInMaintenance?: SeriesPointsInMaintenance | undefined;
  /** Other excused time: points inside it are ignored. */
  readonly excused?: IntervalSet | readonly IntervalInput[] | undefined;
}

/**
 * Whether a series' points measured inside a maintenance window count:
 * `excluded` (default) or `included`.
 *
 * @example
 * ```ts
 * seriesMetric({ period, points, statistic: 'mean', bound: 200, maintenance, pointsInMaintenance: 'included' });
 * ```
 */
export type SeriesPointsInMaintenance = 'excluded' | 'included';

/**
 * An exact rational value, possibly negative: `numerator / denominator`,
 * `denominator > 0`.
 *
 * @example
 * ```ts
 * const oneThird: ExactValue = { numerator: 1n, denominator: 3n };
 * ```
 */
export interface ExactValue {
  /** Signed numerator. */
  readonly numerator: bigint;
  /** Positive denominator. */
  readonly denominator: bigint;
}

/**
 * The statistic of a series over a period against its bound, exact.
 *
 * @example
 * ```ts
 * const { met, value, rank } = seriesMetric(options);
 * ```
 */
export interface SeriesMetricResult {
  /** The statistic used. */
  readonly statistic: SeriesStatistic;
  /** The percentile, normalised (`"95"`), for `percentile`. */
  readonly percentile: string | undefined;
  /** The comparison used. */
  readonly comparison: BoundComparison;
  /** The bound, normalised decimal text. */
  readonly bound: string;
  /** Points used (inside the period, not excused). */
  readonly points: number;
  /** Points left out: outside the period, or inside excused time. */
  readonly ignored: {
    /** Outside the period. */
    readonly outsidePeriod: number;
    /** Inside maintenance or other excused time. */
    readonly excused: number;
    /** Of `excused`, those inside a maintenance window (each also said in `notes`). */
    readonly maintenance: number;
  };
  /** For `percentile`: the 1-based rank of the value in the sorted points (nearest rank). */
  readonly rank: number | undefined;
  /** The statistic, exact; undefined without points. */
  readonly exact: ExactValue | undefined;
  /** The statistic as a number, for display only. */
  readonly value: number | undefined;
  /** Whether the bound is kept; undefined without points (nothing to judge). */
  readonly met: boolean | undefined;
  /** Headroom to the bound, exact: `bound − value` (`at-most`) or `value − bound` (`at-least`); negative when missed. */
  readonly margin: ExactValue | undefined;
  /** Edge cases met, in words. */
  readonly notes: readonly string[];
}

/**
 * A commitment on a measured series (latency, packet loss, throughput):
 * the mean, or a percentile, of the points in the period compared with a
 * bound (`≤` by default, `≥` with `comparison: 'at-least'`).
 *
 * Exactness: each value is read as the decimal it is written as (a number
 * as it prints: `0.1` is one tenth, not the binary double next to it) and
 * the mean is an exact fraction (the sum is formed over a common power of
 * ten), so no rounding error accumulates and `mean = bound` is decided
 * exactly.
 *
 * Percentile definition: **nearest rank**, the one SLAs mean — the
 * smallest point such that at least p % of the points are at or below it:
 * the value of rank `⌈p / 100 × n⌉` (1-based) in ascending order, rank 1
 * for p = 0. It is always one of the points (no interpolation). For
 * example with 10 points the p90 is the 9th smallest and the p95 the 10th.
 *
 * Points outside the period or inside excused time are ignored (counted in
 * `ignored`; those inside maintenance windows also in `ignored.maintenance`
 * and a note). To count the points measured during maintenance, pass no
 * `maintenance`. With no point left, `met` and the value are undefined, with
 * a note.
 *
 * Throws {@link SlaInputError} naming `points[i].at`, `points[i].value`,
 * `statistic`, `percentile` (missing for `percentile`, given for `mean`, or
 * outside 0–100), `bound`, `comparison` or `pointsInMaintenance`.
 *
 * @example
 * ```ts
 * // p90 latency of 10 points (100, 110, …, 190 ms) against 180 ms: rank ⌈0.9 × 10⌉ = 9 → 180 ms → met.
 * const points = Array.from({ length: 10 }, (_, i) => ({ at: Date.UTC(2026, 5, 10, 10, i), value: 100 + 10 * i }));
 * const p90 = seriesMetric({ period: AvailabilityPeriod.month(2026, 6, 'UTC'), points, statistic: 'percentile', percentile: 90, bound: 180 });
 * [p90.rank, p90.value, p90.met]; // [9, 180, true]
 * ```
 */
export function seriesMetric(options: SeriesMetricOptions): SeriesMetricResult {
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, 'series metric options { period, points, statistic, bound, … }');
  const period = toPeriod(options.period);
  const { statistic } = options;
  if (statistic !== 'mean' && statistic !== 'percentile') throw new SlaInputError('statistic', statistic, '"mean" or "percentile"');
  const comparison = options.comparison ?? 'at-most';
  if (comparison !== 'at-most' && comparison !== 'at-least') throw new SlaInputError('comparison', comparison, '"at-most" or "at-least"');
  const percentile = checkPercentile(options.percentile, statistic);
  const bound = decimalOf(options.bound, 'bound');
  const pointsInMaintenance = options.pointsInMaintenance ?? 'excluded';
  if (pointsInMaintenance !== 'excluded' && pointsInMaintenance !== 'included') throw new SlaInputError('pointsInMaintenance', pointsInMaintenance, '"excluded" or "included"');
  const inMaintenance = pointsInMaintenance === 'included' ? IntervalSet.empty() : excusedTimeIn({ maintenance: options.maintenance }, period.start, period.end);
  const excused = excusedTimeIn({ excused: options.excused }, period.start, period.end).union(inMaintenance);

  if (!Array.isArray(options.points)) throw new SlaInputError('points', options.points, 'an array of { at, value }');
  const values: Decimal[] = [];
  let outsidePeriod = 0;
  let excusedCount = 0;
  let maintenanceCount = 0;
  options.points.forEach((point: SeriesPoint, i) => {
    const field = `points[${i}]`;
    if (point === null || typeof point !== 'object') throw new SlaInputError(field, point, '{ at, value }');
    const at = toInstant(point.at, `${field}.at`);
    const value = decimalOf(point.value, `${field}.value`);
    if (at < period.start || at >= period.end) outsidePeriod++;
    else if (excused.contains(at)) {
      excusedCount++;
      if (inMaintenance.contains(at)) maintenanceCount++;
    }
    else values.push(value);
  });

  const notes: string[] = [];
  if (maintenanceCount > 0) notes.push(`${maintenanceCount} point(s) inside maintenance windows ignored`);
  let exact: ExactValue | undefined;
  let rank: number | undefined;
  if (values.length === 0) {
    notes.push('no point in the period: nothing to judge');
  } else if (statistic === 'mean') {
    exact = mean(values);
  } else {
    const sorted = values.sort(compareDecimals);
    const p = percentile as NonNullable<typeof percentile>;
    // ⌈units / (100 × scale) × n⌉, exactly; at least 1.
    const hundred = 100n * p.scale;
    const r = Number((p.units * BigInt(sorted.length) + hundred - 1n) / hundred);
    rank = Math.max(1, r);
    const chosen = sorted[rank - 1] as Decimal;
    exact = { numerator: chosen.n, denominator: chosen.d };
  }
  const margin = exact === undefined ? undefined : comparison === 'at-most' ? difference(bound, exact) : difference(exact, bound);
  return {
    statistic,
    percentile: percentile?.text,
    comparison,
    bound: bound.text,
    points: values.length,
    ignored: { outsidePeriod, excused: excusedCount, maintenance: maintenanceCount },
    rank,
    exact,
    value: exact === undefined ? undefined : ratioToNumber(exact),
    met: margin === undefined ? undefined : margin.numerator >= 0n,
    margin,
    notes,
  };
}

function checkPercentile(percentile: PercentInput | undefined, statistic: SeriesStatistic) {
  if (statistic === 'mean') {
    if (percentile !== undefined) throw new SlaInputError('percentile', percentile, 'no percentile: the statistic is "mean"');
    return undefined;
  }
  if (percentile === undefined) throw new SlaInputError('percentile', percentile, 'a percentile from 0 to 100 such as 95 or "99.9" for the "percentile" statistic');
  return parsePercent(percentile, 'percentile');
}

/** Exact mean: the sum over the largest power of ten among the denominators, divided by the count. */
function mean(values: readonly Decimal[]): ExactValue {
  let d = 1n;
  for (const value of values) if (value.d > d) d = value.d;
  let sum = 0n;
  for (const value of values) sum += value.n * (d / value.d);
  return { numerator: sum, denominator: d * BigInt(values.length) };
}

function difference(a: ExactValue | Decimal, b: ExactValue | Decimal): ExactValue {
  const [an, ad] = 'n' in a ? [a.n, a.d] : [a.numerator, a.denominator];
  const [bn, bd] = 'n' in b ? [b.n, b.d] : [b.numerator, b.denominator];
  return { numerator: an * bd - bn * ad, denominator: ad * bd };
}
