import { SlaInputError } from '../errors.js';
import { type Interval, IntervalSet } from '../intervals/interval-set.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';

/**
 * Fixed-length intervals `[origin + k × lengthMs, origin + (k + 1) × lengthMs)`
 * cut at `end`: the last one is shorter when the period is not a whole
 * number of intervals. @internal
 */
export interface IntervalGrid {
  readonly origin: number;
  readonly end: number;
  readonly lengthMs: number;
}

/** A grid over `[origin, end)`; throws {@link SlaInputError} naming `field` on a zero or bad length. @internal */
export function intervalGrid(origin: number, end: number, length: DurationInput, field: string): IntervalGrid {
  const lengthMs = toDurationMs(length, field);
  if (lengthMs === 0) throw new SlaInputError(field, length, 'a duration of at least 1 ms, such as { minutes: 1 }');
  return { origin, end, lengthMs };
}

/** Index of the interval holding instant `t`. @internal */
export function cellIndex(grid: IntervalGrid, t: number): number {
  return Math.floor((t - grid.origin) / grid.lengthMs);
}

/** Start of interval `k`. @internal */
export function cellStart(grid: IntervalGrid, k: number): number {
  return grid.origin + k * grid.lengthMs;
}

/** End of interval `k`, cut at the grid's end. @internal */
export function cellEnd(grid: IntervalGrid, k: number): number {
  return Math.min(grid.origin + (k + 1) * grid.lengthMs, grid.end);
}

/** Number of intervals in the grid. @internal */
export function cellCount(grid: IntervalGrid): number {
  return Math.ceil((grid.end - grid.origin) / grid.lengthMs);
}

/** The union of the grid's intervals that share an instant with `set` (clipped to the grid). @internal */
export function touchedCells(grid: IntervalGrid, set: IntervalSet): IntervalSet {
  const bounds: number[] = [];
  for (const { start, end } of set.clip(grid.origin, grid.end)) bounds.push(cellStart(grid, cellIndex(grid, start)), cellEnd(grid, cellIndex(grid, end - 1)));
  return IntervalSet.fromSortedBounds(bounds);
}

/** How many grid intervals share an instant with the sorted disjoint `intervals`. @internal */
export function countCells(grid: IntervalGrid, intervals: Iterable<Interval>): number {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const { start, end } of intervals) {
    const first = Math.max(cellIndex(grid, start), last + 1);
    const final = cellIndex(grid, end - 1);
    if (final >= first) count += final - first + 1;
    if (final > last) last = final;
  }
  return count;
}
