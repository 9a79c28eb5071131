import { SlaInputError } from '../errors.js';
import { IntervalSet } from '../intervals/interval-set.js';
import { toInstant } from '../time/instant.js';
import { type IntervalGrid, cellCount, cellEnd, cellIndex, cellStart } from './interval-grid.js';
import type { ExcusedInterval, RequestCount } from './request-metrics.js';

// The interval-level machinery of the request metrics: rows read into grid intervals, interval sets.

/** Counts of one interval of the grid. @internal */
export interface Cell {
  readonly index: number;
  total: number;
  failed: number;
}

/** Requests of the measured intervals: summed in doubles while exact, in big integers beyond. @internal */
export function sumRequests(cells: readonly Cell[]): { total: bigint; failed: bigint } {
  let total = 0;
  let failed = 0;
  for (const cell of cells) {
    total += cell.total;
    failed += cell.failed;
  }
  if (Number.isSafeInteger(total)) return { total: BigInt(total), failed: BigInt(failed) };
  let bigTotal = 0n;
  let bigFailed = 0n;
  for (const cell of cells) {
    bigTotal += BigInt(cell.total);
    bigFailed += BigInt(cell.failed);
  }
  return { total: bigTotal, failed: bigFailed };
}

/** The intervals excused time removes: those it overlaps, or those wholly inside it. @internal */
export function excusedCellSet(grid: IntervalGrid, excused: IntervalSet, rule: ExcusedInterval): IntervalSet {
  const bounds: number[] = [];
  for (const { start, end } of excused) {
    if (rule === 'overlapping') {
      bounds.push(cellStart(grid, cellIndex(grid, start)), cellEnd(grid, cellIndex(grid, end - 1)));
      continue;
    }
    const firstIndex = cellStart(grid, cellIndex(grid, start)) === start ? cellIndex(grid, start) : cellIndex(grid, start) + 1;
    const lastIndex = end === grid.end ? cellCount(grid) - 1 : cellIndex(grid, end) - 1;
    if (lastIndex >= firstIndex) bounds.push(cellStart(grid, firstIndex), cellEnd(grid, lastIndex));
  }
  return IntervalSet.fromSortedBounds(bounds);
}

/** The union of the intervals of `cells` (in time order). @internal */
export function cellSet(grid: IntervalGrid, cells: readonly Cell[]): IntervalSet {
  const bounds: number[] = [];
  for (const cell of cells) bounds.push(cellStart(grid, cell.index), cellEnd(grid, cell.index));
  return IntervalSet.fromSortedBounds(bounds);
}

/**
 * Validate the rows and add them up per interval, in time order; rows
 * outside the period are left out (and counted in `notes`). Throws
 * {@link SlaInputError} naming `requests[i].field`. @internal
 */
export function readRequests(requests: readonly RequestCount[], grid: IntervalGrid, notes: string[]): Cell[] {
  if (!Array.isArray(requests)) throw new SlaInputError('requests', requests, 'an array of { at, total, failed }');
  const cells = new Map<number, Cell>();
  let outside = 0;
  requests.forEach((row: RequestCount, i) => {
    const field = `requests[${i}]`;
    if (row === null || typeof row !== 'object') throw new SlaInputError(field, row, '{ at, total, failed }');
    const at = toInstant(row.at, `${field}.at`);
    if (!Number.isSafeInteger(row.total) || row.total < 0) throw new SlaInputError(`${field}.total`, row.total, 'a whole number of requests >= 0');
    if (!Number.isSafeInteger(row.failed) || row.failed < 0 || row.failed > row.total) {
      throw new SlaInputError(`${field}.failed`, row.failed, `a whole number of failed requests from 0 to total (${row.total})`);
    }
    if (at < grid.origin || at >= grid.end) {
      outside++;
      return;
    }
    const index = cellIndex(grid, at);
    const cell = cells.get(index);
    if (cell === undefined) {
      cells.set(index, { index, total: row.total, failed: row.failed });
      return;
    }
    cell.total += row.total;
    cell.failed += row.failed;
    if (!Number.isSafeInteger(cell.total)) throw new SlaInputError(`${field}.total`, row.total, 'counts whose sum per interval stays below 2^53');
  });
  if (outside > 0) notes.push(`${outside} request row(s) outside the period ignored`);
  return [...cells.values()].sort((a, b) => a.index - b.index);
}
