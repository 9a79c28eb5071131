import { type AvailabilityOptions, type AvailabilityResult, toPeriod } from '../availability/compute-availability.js';
import { type ExactPercent, type ExactRatio, type PercentInput, parsePercent } from '../availability/ratio.js';
import { SlaInputError } from '../errors.js';
import { type Interval, type IntervalInput, IntervalSet } from '../intervals/interval-set.js';
import type { MaintenanceWindow } from '../maintenance/maintenance-window.js';
import type { DurationInput } from '../time/duration.js';
import type { InstantInput } from '../time/instant.js';
import { type Fraction, ratioToNumber, sumFractions } from './exact-arithmetic.js';
import { excusedTimeIn } from './excused-time.js';
import { type IntervalGrid, cellCount, cellEnd, cellStart, countCells, intervalGrid } from './interval-grid.js';
import { type Cell, cellSet, excusedCellSet, readRequests, sumRequests } from './request-cells.js';

/**
 * Request counts observed in one interval: `at` names the interval (any
 * instant inside it, usually its start); several rows for one interval add
 * up.
 *
 * @example
 * ```ts
 * const minute: RequestCount = { at: '2026-09-10T10:00:00Z', total: 1000, failed: 51 };
 * ```
 */
export interface RequestCount {
  /** An instant inside the interval: epoch ms, ISO 8601 with offset, or a `Date`. */
  readonly at: InstantInput;
  /** Requests (executions) in the interval: a whole number >= 0. */
  readonly total: number;
  /** Failed requests among them: a whole number from 0 to `total`. */
  readonly failed: number;
}

/**
 * How request counts become an availability:
 *
 * - `bad-intervals` (default): an interval is bad when its error rate
 *   `failed / total` is above `errorRateThreshold`; availability = good
 *   intervals / measured intervals (each weighted by its length in ms, so a
 *   period's shorter last interval weighs less).
 * - `mean-error-rate`: 100 % − the mean of the intervals' error rates (each
 *   weighted by its length in ms).
 * - `success-ratio`: successful / total requests over the period, whatever
 *   the interval.
 *
 * @example
 * ```ts
 * requestAvailability({ period, requests, interval: 'PT1M', metric: 'success-ratio' });
 * ```
 */
export type RequestMetric = 'bad-intervals' | 'mean-error-rate' | 'success-ratio';

/**
 * When an error rate equal to the threshold is bad: `above` (default: a 5 %
 * threshold makes 50 of 1 000 good, 51 bad) or `at-or-above` (50 of 1 000
 * is bad; a 100 % threshold then means "all requests failed").
 *
 * @example
 * ```ts
 * requestAvailability({ period, requests, interval: 'PT5M', errorRateThreshold: '100', thresholdComparison: 'at-or-above' });
 * ```
 */
export type ErrorRateComparison = 'above' | 'at-or-above';

/**
 * What an interval with no data (no row, or `total` 0) is: `excluded`
 * (default: it leaves the measured intervals — nothing was observed, so
 * nothing is claimed), `good` or `bad`. The success ratio has no intervals
 * and ignores it.
 *
 * @example
 * ```ts
 * requestAvailability({ period, requests, interval: 'PT1M', errorRateThreshold: '5', unmonitored: 'bad' });
 * ```
 */
export type UnmonitoredInterval = 'excluded' | 'good' | 'bad';

/**
 * Which intervals excused time (maintenance) removes: `overlapping`
 * (default: any interval sharing an instant with excused time — its counts
 * mix excused and measured requests) or `inside` (only intervals wholly
 * inside excused time).
 *
 * @example
 * ```ts
 * requestAvailability({ period, requests, interval: 'PT1M', errorRateThreshold: '5', maintenance: [nightly], excusedIntervals: 'inside' });
 * ```
 */
export type ExcusedInterval = 'overlapping' | 'inside';

/**
 * Options of {@link requestAvailability}; plain data apart from the period
 * and maintenance windows.
 *
 * @example
 * ```ts
 * const options: RequestAvailabilityOptions = {
 *   period: AvailabilityPeriod.month(2026, 9, 'UTC'),
 *   requests: [{ at: '2026-09-10T10:00:00Z', total: 1000, failed: 51 }],
 *   interval: { minutes: 1 },
 *   errorRateThreshold: '5',
 * };
 * ```
 */
export interface RequestAvailabilityOptions {
  /** The measurement period. */
  readonly period: AvailabilityOptions['period'];
  /** Counts per interval, in any order; rows outside the period are ignored (and said in `notes`). */
  readonly requests: readonly RequestCount[];
  /** Length of one interval (`PT1M`, `{ minutes: 5 }`, ms), laid from the period's start. */
  readonly interval: DurationInput;
  /** Default `bad-intervals`. */
  readonly metric?: RequestMetric | undefined;
  /** Error-rate threshold in percent (`"5"`); required by `bad-intervals`, refused by the others. */
  readonly errorRateThreshold?: PercentInput | undefined;
  /** Default `above`. */
  readonly thresholdComparison?: ErrorRateComparison | undefined;
  /** Default `excluded`. */
  readonly unmonitored?: UnmonitoredInterval | undefined;
  /** Maintenance windows: their time is excused. */
  readonly maintenance?: readonly MaintenanceWindow[] | undefined;
  /** Other excused time (e.g. an excluded cause's incidents). */
  readonly excused?: IntervalSet | readonly IntervalInput[] | undefined;
  /** Default `overlapping`. */
  readonly excusedIntervals?: ExcusedInterval | undefined;
}

/**
 * The availability measured from request counts, exact, and how each
 * interval was classed.
 *
 * @example
 * ```ts
 * const measured: RequestAvailability = requestAvailability(options);
 * ratioAtLeast(measured, '99.9');
 * ```
 */
export interface RequestAvailability {
  /** The metric used. */
  readonly metric: RequestMetric;
  /** The period `[start, end)`, epoch ms, and its label. */
  readonly period: AvailabilityResult['period'];
  /** Length of one interval, ms. */
  readonly intervalMs: number;
  /** How many intervals of each kind; `measured = good + bad`. */
  readonly intervals: {
    /** Every interval of the period. */
    readonly total: number;
    /** Removed as excused. */
    readonly excused: number;
    /** Not excused, with no data. */
    readonly unmonitored: number;
    /** Counted in the figure (monitored, plus unmonitored unless `excluded`). */
    readonly measured: number;
    /** Measured and good. */
    readonly good: number;
    /** Measured and bad (`bad-intervals`; 0 for the other metrics). */
    readonly bad: number;
  };
  /** Length of the measured intervals, ms. */
  readonly measuredMs: number;
  /** Requests in the intervals that are not excused. */
  readonly requests: {
    /** All requests. */
    readonly total: bigint;
    /** Failed requests. */
    readonly failed: bigint;
  };
  /**
   * The exact availability: good ms / measured ms (`bad-intervals`),
   * `(Σ ms − Σ ms × failed/total) / Σ ms` over measured intervals
   * (`mean-error-rate`), successful / total requests (`success-ratio`).
   * `0 / 0` (nothing measured) reads as 100 %.
   */
  readonly ratio: ExactRatio;
  /** `ratio` as a number, for display only. */
  readonly availability: number;
  /** The bad monitored intervals, merged, in time order. */
  readonly bad: readonly Interval[];
  /** The unmonitored intervals (not excused), merged, in time order. */
  readonly unmonitoredIntervals: readonly Interval[];
  /** What was done to the input, in words. */
  readonly notes: readonly string[];
}

const METRICS: readonly RequestMetric[] = ['bad-intervals', 'mean-error-rate', 'success-ratio'];
const COMPARISONS: readonly ErrorRateComparison[] = ['above', 'at-or-above'];
const UNMONITORED: readonly UnmonitoredInterval[] = ['excluded', 'good', 'bad'];
const EXCUSED: readonly ExcusedInterval[] = ['overlapping', 'inside'];

/**
 * Availability from request counts per interval (`at, total, failed`), by
 * one of three metrics ({@link RequestMetric}). Intervals are fixed lengths
 * from the period's start; a row goes to the interval holding its `at`.
 * Intervals with no data follow `unmonitored` (default: excluded from the
 * measured intervals); intervals touching excused time follow
 * `excusedIntervals` (default: excluded when they overlap it). Every
 * comparison is exact (big-integer cross products), never a float.
 *
 * Throws {@link SlaInputError} naming `requests[i].at`, `requests[i].total`,
 * `requests[i].failed` (not a whole number, or above `total`), or the
 * option at fault (`interval`, `metric`, `errorRateThreshold`, …); a
 * threshold that classes every interval alike (100 % with `above`, 0 % with
 * `at-or-above`) is refused too.
 *
 * @example
 * ```ts
 * // September 2026 (43 200 min), 1-minute intervals, bad above 5 % errors.
 * const measured = requestAvailability({
 *   period: AvailabilityPeriod.month(2026, 9, 'UTC'),
 *   interval: { minutes: 1 },
 *   errorRateThreshold: '5',
 *   unmonitored: 'good',
 *   requests: [
 *     { at: '2026-09-10T10:00:00Z', total: 1000, failed: 50 }, // 5 %: not above 5 %, good
 *     { at: '2026-09-10T10:01:00Z', total: 1000, failed: 51 }, // 5.1 %: bad
 *   ],
 * });
 * measured.intervals.bad;            // 1
 * formatPercent(measured.ratio, 5); // "99.99768" (1 − 1/43 200)
 * ```
 */
export function requestAvailability(options: RequestAvailabilityOptions): RequestAvailability {
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, 'request metric options { period, requests, interval, … }');
  const period = toPeriod(options.period);
  const metric = choice(options.metric, METRICS, 'metric');
  const comparison = choice(options.thresholdComparison, COMPARISONS, 'thresholdComparison');
  const unmonitored = choice(options.unmonitored, UNMONITORED, 'unmonitored');
  const excusedRule = choice(options.excusedIntervals, EXCUSED, 'excusedIntervals');
  const threshold = checkThreshold(options.errorRateThreshold, metric, comparison);
  const grid = intervalGrid(period.start, period.end, options.interval, 'interval');
  const notes: string[] = [];

  const excusedCells = excusedCellSet(grid, excusedTimeIn(options, period.start, period.end), excusedRule);
  const cells = readRequests(options.requests, grid, notes);
  const monitored = cells.filter((cell) => cell.total > 0 && !excusedCells.contains(cellStart(grid, cell.index)));
  const monitoredSet = cellSet(grid, monitored);
  const unmonitoredSet = IntervalSet.fromSortedBounds([grid.origin, grid.end]).subtract(excusedCells).subtract(monitoredSet);

  const total = cellCount(grid);
  const excusedCount = countCells(grid, excusedCells);
  const unmonitoredCount = total - excusedCount - monitored.length;
  const unmonitoredMs = unmonitoredSet.measure();
  const requests = sumRequests(monitored);

  const withUnmonitored = unmonitored !== 'excluded';
  let measuredMs = monitoredSet.measure() + (withUnmonitored ? unmonitoredMs : 0);
  let measuredCount = monitored.length + (withUnmonitored ? unmonitoredCount : 0);
  let badCells: Cell[] = [];
  let ratio: ExactRatio;
  if (metric === 'bad-intervals') {
    const isBad = errorRateTest(threshold as ExactPercent, comparison);
    badCells = monitored.filter((cell) => isBad(cell.failed, cell.total));
    const badMs = badCells.reduce((sum, cell) => sum + cellEnd(grid, cell.index) - cellStart(grid, cell.index), 0) + (unmonitored === 'bad' ? unmonitoredMs : 0);
    ratio = { numerator: BigInt(measuredMs - badMs), denominator: BigInt(measuredMs) };
  } else if (metric === 'mean-error-rate') {
    ratio = meanErrorRateRatio(grid, monitored, measuredMs, unmonitored === 'bad' ? unmonitoredMs : 0);
  } else {
    if (withUnmonitored) notes.push(`the success ratio counts requests, not intervals: unmonitored "${unmonitored}" does not apply`);
    measuredMs = monitoredSet.measure();
    measuredCount = monitored.length;
    ratio = { numerator: requests.total - requests.failed, denominator: requests.total };
  }
  if (ratio.denominator === 0n) notes.push('nothing measured: availability taken as 100 %');
  const badCount = badCells.length + (metric === 'bad-intervals' && unmonitored === 'bad' ? unmonitoredCount : 0);
  return {
    metric,
    period: { start: period.start, end: period.end, label: period.label },
    intervalMs: grid.lengthMs,
    intervals: { total, excused: excusedCount, unmonitored: unmonitoredCount, measured: measuredCount, good: measuredCount - badCount, bad: badCount },
    measuredMs,
    requests,
    ratio,
    availability: ratioToNumber(ratio),
    bad: cellSet(grid, badCells).toArray(),
    unmonitoredIntervals: unmonitoredSet.toArray(),
    notes,
  };
}

/**
 * Whether `failed / total` is above (or at) `units / (100 × scale)`, exactly:
 * in doubles while both cross products stay below 2^53 (where products of
 * integers are exact), in big integers beyond.
 */
function errorRateTest(percent: ExactPercent, comparison: ErrorRateComparison): (failed: number, total: number) => boolean {
  const hundredScale = 100n * percent.scale;
  const hundredScaleNumber = Number(hundredScale);
  const unitsNumber = Number(percent.units);
  const strict = comparison === 'above';
  return (failed, total) => {
    const left = failed * hundredScaleNumber;
    const right = unitsNumber * total;
    if (left > Number.MAX_SAFE_INTEGER || right > Number.MAX_SAFE_INTEGER) {
      const bigLeft = BigInt(failed) * hundredScale;
      const bigRight = percent.units * BigInt(total);
      return strict ? bigLeft > bigRight : bigLeft >= bigRight;
    }
    return strict ? left > right : left >= right;
  };
}

/** `1 − Σ ms × failed/total / Σ ms`, exact: terms grouped by `total`, then summed as fractions. */
function meanErrorRateRatio(grid: IntervalGrid, monitored: readonly Cell[], measuredMs: number, allBadMs: number): ExactRatio {
  const byTotal = new Map<number, bigint>();
  for (const cell of monitored) {
    const weighted = BigInt(cellEnd(grid, cell.index) - cellStart(grid, cell.index)) * BigInt(cell.failed);
    byTotal.set(cell.total, (byTotal.get(cell.total) ?? 0n) + weighted);
  }
  const terms: Fraction[] = [...byTotal].map(([total, n]) => ({ n, d: BigInt(total) }));
  terms.push({ n: BigInt(allBadMs), d: 1n }); // unmonitored intervals read as bad: error rate 100 %
  const errors = sumFractions(terms);
  const denominator = BigInt(measuredMs) * errors.d;
  return { numerator: denominator - errors.n, denominator };
}

function choice<T extends string>(value: T | undefined, allowed: readonly T[], field: string): T {
  if (value === undefined) return allowed[0] as T;
  if (!allowed.includes(value)) throw new SlaInputError(field, value, allowed.map((option) => `"${option}"`).join(', ').replace(/, ([^,]*)$/, ' or $1'));
  return value;
}

function checkThreshold(threshold: PercentInput | undefined, metric: RequestMetric, comparison: ErrorRateComparison): ExactPercent | undefined {
  const percent = threshold === undefined ? undefined : parsePercent(threshold, 'errorRateThreshold');
  const problem = thresholdProblem(percent, metric, comparison);
  if (problem !== undefined) throw new SlaInputError('errorRateThreshold', threshold, problem);
  return percent;
}

/**
 * What an error-rate threshold should have been, in words, when it does
 * not suit the metric: missing for `bad-intervals`, given for another
 * metric, or one that classes every interval alike (100 % with `above`,
 * 0 % with `at-or-above`). Undefined when it suits. Shared with the JSON
 * schema, so both say the same. @internal
 */
export function thresholdProblem(percent: ExactPercent | undefined, metric: RequestMetric, comparison: ErrorRateComparison): string | undefined {
  if (metric !== 'bad-intervals') return percent === undefined ? undefined : `no threshold: the ${metric} metric does not class intervals as bad`;
  if (percent === undefined) return 'an error-rate threshold in percent such as "5" for the bad-intervals metric';
  if (comparison === 'above' && percent.units === 100n * percent.scale) {
    return 'a threshold below 100 with thresholdComparison "above" (no error rate is above 100 %; "all requests failed" is 100 with "at-or-above")';
  }
  if (comparison === 'at-or-above' && percent.units === 0n) {
    return 'a threshold above 0 with thresholdComparison "at-or-above" (every error rate is at or above 0 %; "any failure" is 0 with "above")';
  }
  return undefined;
}

