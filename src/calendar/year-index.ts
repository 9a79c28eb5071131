import { lastStartAtOrBefore } from '../intervals/bounds-search.js';

/**
 * A calendar's open time in one local year, as typed arrays: interval bounds
 * and the prefix sum of open time before each interval. `elapsed` and `due`
 * become binary searches plus arithmetic.
 *
 * Memory: 24 bytes per open interval (two Float64 bounds, one Float64 prefix
 * sum) plus ~200 bytes of object overhead: a Mon–Fri 08:00–18:00 year (~255
 * intervals) takes ~6 KB; a 24/7 year (one interval) ~0.2 KB.
 * @internal
 */
export class YearIndex {
  /** Local year. */
  readonly year: number;
  /** Instant the local year starts (inclusive). */
  readonly start: number;
  /** Instant the next local year starts (exclusive). */
  readonly end: number;
  /** Flat bounds s0, e0, s1, e1 … inside [start, end). */
  readonly bounds: Float64Array;
  /** cumulative[i] = open ms before interval i. */
  readonly cumulative: Float64Array;
  /** Open ms in the whole year. */
  readonly total: number;

  constructor(year: number, start: number, end: number, bounds: readonly number[]) {
    this.year = year;
    this.start = start;
    this.end = end;
    this.bounds = Float64Array.from(bounds);
    const count = bounds.length / 2;
    this.cumulative = new Float64Array(count);
    let sum = 0;
    for (let i = 0; i < count; i++) {
      this.cumulative[i] = sum;
      sum += (bounds[2 * i + 1] as number) - (bounds[2 * i] as number);
    }
    this.total = sum;
  }

  /** Number of open intervals. */
  get count(): number {
    return this.cumulative.length;
  }

  /** Index of the last interval whose start is <= t, or -1. */
  indexAtOrBefore(t: number): number {
    return lastStartAtOrBefore(this.bounds, t);
  }

  /** Open ms in [start, t), for t in [start, end]. */
  openBefore(t: number): number {
    const i = this.indexAtOrBefore(t);
    if (i < 0) return 0;
    const s = this.bounds[2 * i] as number;
    const e = this.bounds[2 * i + 1] as number;
    return (this.cumulative[i] as number) + (t < e ? t - s : e - s);
  }

  /** Earliest instant x with openBefore(x) === amount, for 0 < amount <= total. */
  instantAfterOpen(amount: number): number {
    const i = lastPrefixBelow(this.cumulative, amount, false);
    return (this.bounds[2 * i] as number) + (amount - (this.cumulative[i] as number));
  }

  /**
   * Latest instant x with openBefore(x) === amount, for 0 <= amount < total:
   * inside the last interval whose prefix sum is <= amount (its start when
   * equal), never in the closed gap before it.
   */
  instantBeforeOpen(amount: number): number {
    const i = lastPrefixBelow(this.cumulative, amount, true);
    return (this.bounds[2 * i] as number) + (amount - (this.cumulative[i] as number));
  }

  /** Index of the last interval whose start is < t (strictly), or -1: the period running just before t, or the last one before it. */
  indexBefore(t: number): number {
    const i = this.indexAtOrBefore(t);
    return i >= 0 && (this.bounds[2 * i] as number) === t ? i - 1 : i;
  }
}

/** Index of the last prefix sum < amount (<= amount when `orEqual`), 0 when none; allocation-free. */
function lastPrefixBelow(cumulative: Float64Array, amount: number, orEqual: boolean): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const sum = cumulative[mid] as number;
    if (sum < amount || (orEqual && sum === amount)) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
