import type { AvailabilityRatio } from '../availability/ratio.js';
import { SlaInputError } from '../errors.js';
import { type Interval, IntervalSet } from '../intervals/interval-set.js';
import type { DurationInput } from '../time/duration.js';
import { type IntervalGrid, countCells, intervalGrid, touchedCells } from './interval-grid.js';
import { type MeasuredDowntime, checkDowntime, measuredBase } from './measured-downtime.js';

/**
 * When a whole interval counts as down: `touched` (default) if any instant
 * of it is counted downtime (a 4-minute outage 10:00:30–10:04:30 touches 5
 * one-minute intervals), `whole` only if every measured instant of it is.
 *
 * @example
 * ```ts
 * applyGranularity(downtime, { interval: { minutes: 1 }, rule: 'whole' });
 * ```
 */
export type GranularityRule = 'touched' | 'whole';

/**
 * Where the intervals start: `period` (default) — fixed lengths from the
 * period's start (local midnight of a calendar period), so a 1-minute grid
 * is the clock minutes; `incident` — from the first down instant of each
 * stretch of counted downtime, a new interval starting at the next down
 * instant not yet covered (the downtime rounded per outage).
 *
 * @example
 * ```ts
 * // A 6-minute outage 10:02–10:08 on a 5-minute grid:
 * // period:   touches [10:00, 10:05) and [10:05, 10:10) → 10 min; whole: none → 0 min
 * // incident: [10:02, 10:07) and [10:07, 10:12)          → 10 min; whole: [10:02, 10:07) → 5 min
 * ```
 */
export type GranularityAlignment = 'period' | 'incident';

/**
 * Options of {@link applyGranularity}; plain data, as a contract states it.
 *
 * @example
 * ```ts
 * const perMinute: GranularityOptions = { interval: 'PT1M' }; // touched, aligned on the period
 * ```
 */
export interface GranularityOptions {
  /** Length of one interval (`PT1M`, `{ minutes: 5 }`, ms); at least 1 ms. */
  readonly interval: DurationInput;
  /** Default `touched`. */
  readonly rule?: GranularityRule | undefined;
  /** Default `period`. */
  readonly alignment?: GranularityAlignment | undefined;
}

/**
 * Downtime counted in whole intervals, and the availability it gives.
 *
 * @example
 * ```ts
 * const granular: GranularDowntime = applyGranularity(measuredDowntime(result), { interval: { minutes: 1 } });
 * granular.badIntervals; // how many intervals count as down
 * ```
 */
export interface GranularDowntime {
  /** Length of one interval, ms. */
  readonly intervalMs: number;
  /** The rule applied. */
  readonly rule: GranularityRule;
  /** The alignment applied. */
  readonly alignment: GranularityAlignment;
  /** Counted downtime before rounding to intervals, ms. */
  readonly rawCountedMs: number;
  /** Counted downtime in whole intervals (their measured part), ms. */
  readonly countedDowntimeMs: number;
  /** How many intervals count as down. */
  readonly badIntervals: number;
  /** The measured parts of the intervals counted as down, merged, in time order. */
  readonly counted: readonly Interval[];
  /** `(|B| − countedDowntimeMs) / |B|`, `B` the measured time after excusing (see `measuredBase`). */
  readonly ratio: AvailabilityRatio;
  /** The input with `counted` replaced by the whole intervals, for the next step. */
  readonly downtime: MeasuredDowntime;
}

const RULES: readonly GranularityRule[] = ['touched', 'whole'];
const ALIGNMENTS: readonly GranularityAlignment[] = ['period', 'incident'];

/**
 * Count downtime in whole intervals (1 min, 5 min…): each interval counts
 * fully as down, or not at all, by `rule`. Works on the counted downtime,
 * after exclusions; excused and unmeasured instants never count, even
 * inside an interval that does (an interval's weight is its measured part,
 * so numerator and denominator stay integer ms, and the denominator is the
 * one of the raw availability).
 *
 * Guarantees: `touched` never counts less than the raw downtime, `whole`
 * never more.
 *
 * Throws {@link SlaInputError} naming `interval`, `rule`, `alignment` or
 * `downtime`.
 *
 * @example
 * ```ts
 * // June 2026 (43 200 min): an outage 10:00:30–10:04:30 touches 5 clock minutes.
 * const june = AvailabilityPeriod.month(2026, 6, 'UTC');
 * const result = computeAvailability({ period: june, incidents: [{ start: '2026-06-10T10:00:30Z', end: '2026-06-10T10:04:30Z' }] });
 * const granular = applyGranularity(measuredDowntime(result), { interval: { minutes: 1 } });
 * granular.badIntervals;           // 5
 * formatPercent(granular.ratio, 5); // "99.98842" (1 − 5/43 200, truncated)
 * ```
 */
export function applyGranularity(downtime: MeasuredDowntime, options: GranularityOptions): GranularDowntime {
  checkDowntime(downtime);
  if (options === null || typeof options !== 'object') throw new SlaInputError('granularity', options, '{ interval, rule?, alignment? }');
  const rule = options.rule ?? 'touched';
  if (!RULES.includes(rule)) throw new SlaInputError('rule', rule, '"touched" or "whole"');
  const alignment = options.alignment ?? 'period';
  if (!ALIGNMENTS.includes(alignment)) throw new SlaInputError('alignment', alignment, '"period" or "incident"');
  const grid = intervalGrid(downtime.period.start, downtime.period.end, options.interval, 'interval');
  const base = measuredBase(downtime);
  const { counted } = downtime;

  let bad: IntervalSet;
  let badIntervals: number;
  if (alignment === 'period') {
    // whole: an interval is down when no measured instant of it is up, i.e. it is not touched by the up time.
    bad = rule === 'touched' ? base.intersect(touchedCells(grid, counted)) : base.subtract(touchedCells(grid, base.subtract(counted)));
    badIntervals = countCells(grid, bad);
  } else {
    const cells = outageCells(grid, counted, rule);
    bad = base.intersect(cells.set);
    badIntervals = cells.count;
  }
  const countedDowntimeMs = bad.measure();
  const baseMs = base.measure();
  return {
    intervalMs: grid.lengthMs,
    rule,
    alignment,
    rawCountedMs: counted.measure(),
    countedDowntimeMs,
    badIntervals,
    counted: bad.toArray(),
    ratio: { numerator: baseMs - countedDowntimeMs, denominator: baseMs },
    downtime: { ...downtime, counted: bad },
  };
}

/** Intervals laid from each stretch's first down instant not yet covered: rounded up (`touched`) or down (`whole`). */
function outageCells(grid: IntervalGrid, counted: IntervalSet, rule: GranularityRule): { set: IntervalSet; count: number } {
  const bounds: number[] = [];
  let count = 0;
  let covered = Number.NEGATIVE_INFINITY;
  for (const { start, end } of counted) {
    if (end <= covered) continue;
    const from = Math.max(start, covered);
    const n = rule === 'touched' ? Math.ceil((end - from) / grid.lengthMs) : Math.floor((end - from) / grid.lengthMs);
    if (n === 0) continue;
    covered = Math.min(from + n * grid.lengthMs, grid.end);
    bounds.push(from, covered);
    count += n;
  }
  return { set: IntervalSet.fromSortedBounds(bounds), count };
}
