import { SlaInputError, SlaIntervalError } from '../errors.js';
import { type InstantInput, formatInstant, toInstant } from '../time/instant.js';
import { lastStartAtOrBefore } from './bounds-search.js';

/** One half-open interval `[start, end)` in epoch milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** What {@link IntervalSet.of} accepts for one interval. */
export type IntervalInput =
  | readonly [InstantInput, InstantInput]
  | { readonly start: InstantInput; readonly end: InstantInput };

/**
 * An immutable, sorted set of disjoint half-open intervals `[start, end)` in
 * epoch milliseconds: the one algebra every slakit primitive reduces to.
 * Overlapping and adjacent intervals are merged; empty ones vanish.
 *
 * @example
 * ```ts
 * const open = IntervalSet.of([
 *   ['2026-06-01T08:00:00+02:00', '2026-06-01T18:00:00+02:00'],
 * ]);
 * const outage = IntervalSet.of([['2026-06-01T17:00:00+02:00', '2026-06-01T19:00:00+02:00']]);
 * open.intersect(outage).measure(); // 3600000 (one hour inside opening hours)
 * ```
 */
export class IntervalSet implements Iterable<Interval> {
  /** Flat bounds: start0, end0, start1, end1, … strictly increasing. */
  readonly #bounds: readonly number[];
  static readonly #empty: IntervalSet = new IntervalSet([]);

  private constructor(bounds: readonly number[]) {
    this.#bounds = bounds;
  }

  /** The empty set. @example `IntervalSet.empty().isEmpty; // true` */
  static empty(): IntervalSet {
    return IntervalSet.#empty;
  }

  /**
   * Build from any list of intervals, in any order: overlaps and adjacency
   * are merged; a reversed interval (end before start) throws
   * {@link SlaIntervalError} naming `field[index]`.
   *
   * @example
   * ```ts
   * IntervalSet.of([[0, 10], [5, 20], [20, 30], [40, 50]]).toArray();
   * // [{ start: 0, end: 30 }, { start: 40, end: 50 }]
   * ```
   */
  static of(intervals: Iterable<IntervalInput>, field = 'intervals'): IntervalSet {
    const pairs: [number, number][] = [];
    let index = 0;
    for (const interval of intervals) {
      const name = `${field}[${index}]`;
      let start: number;
      let end: number;
      if (Array.isArray(interval)) {
        start = toInstant(interval[0] as InstantInput, `${name}.start`);
        end = toInstant(interval[1] as InstantInput, `${name}.end`);
      } else if (interval !== null && typeof interval === 'object' && 'start' in interval && 'end' in interval) {
        const value = interval as { start: InstantInput; end: InstantInput };
        start = toInstant(value.start, `${name}.start`);
        end = toInstant(value.end, `${name}.end`);
      } else {
        throw new SlaInputError(name, interval, '[start, end] or { start, end }');
      }
      if (end < start) throw new SlaIntervalError(name, start, end);
      if (end > start) pairs.push([start, end]);
      index++;
    }
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return IntervalSet.#mergeSorted(pairs.flat());
  }

  /**
   * Build from flat, already sorted bounds (`[s0, e0, s1, e1, …]`) that may
   * touch or overlap; validated, then merged. Fast path for generated data.
   *
   * @example
   * ```ts
   * IntervalSet.fromSortedBounds([0, 10, 10, 20]).toArray(); // [{ start: 0, end: 20 }]
   * ```
   */
  static fromSortedBounds(bounds: ArrayLike<number>, field = 'bounds'): IntervalSet {
    for (let i = 0; i + 1 < bounds.length; i += 2) {
      const start = bounds[i] as number;
      const end = bounds[i + 1] as number;
      if (!Number.isFinite(start) || !Number.isFinite(end)) throw new SlaInputError(`${field}[${i / 2}]`, [start, end], 'finite epoch milliseconds');
      if (end < start) throw new SlaIntervalError(`${field}[${i / 2}]`, start, end);
      if (i > 0 && start < (bounds[i - 2] as number)) throw new SlaInputError(`${field}[${i / 2}].start`, start, 'bounds sorted by start');
    }
    return IntervalSet.#mergeSorted(bounds);
  }

  /** Merge valid flat bounds sorted by start: overlaps and adjacency join, empty intervals vanish. */
  static #mergeSorted(bounds: ArrayLike<number>): IntervalSet {
    const out: number[] = [];
    for (let i = 0; i + 1 < bounds.length; i += 2) appendMerged(out, bounds[i] as number, bounds[i + 1] as number);
    return out.length === 0 ? IntervalSet.#empty : new IntervalSet(out);
  }

  /** Number of disjoint intervals. @example `IntervalSet.of([[0, 1], [2, 3]]).size; // 2` */
  get size(): number {
    return this.#bounds.length / 2;
  }

  /** True when the set holds no time. @example `IntervalSet.empty().isEmpty; // true` */
  get isEmpty(): boolean {
    return this.#bounds.length === 0;
  }

  /** Earliest start, or `undefined` when empty. @example `IntervalSet.of([[5, 9]]).start; // 5` */
  get start(): number | undefined {
    return this.#bounds[0];
  }

  /** Latest end, or `undefined` when empty. @example `IntervalSet.of([[5, 9]]).end; // 9` */
  get end(): number | undefined {
    return this.#bounds[this.#bounds.length - 1];
  }

  /**
   * Total measure in milliseconds.
   *
   * @example
   * ```ts
   * IntervalSet.of([[0, 10], [20, 25]]).measure(); // 15
   * ```
   */
  measure(): number {
    let total = 0;
    const b = this.#bounds;
    for (let i = 0; i < b.length; i += 2) total += (b[i + 1] as number) - (b[i] as number);
    return total;
  }

  /**
   * Whether instant `t` lies in the set (`start <= t < end`).
   *
   * @example
   * ```ts
   * const set = IntervalSet.of([[0, 10]]);
   * set.contains(0);  // true
   * set.contains(10); // false — intervals are half-open
   * ```
   */
  contains(t: number): boolean {
    const i = lastStartAtOrBefore(this.#bounds, t);
    return i >= 0 && t < (this.#bounds[2 * i + 1] as number);
  }

  /**
   * Every instant in this set or `other`.
   *
   * @example
   * ```ts
   * IntervalSet.of([[0, 10]]).union(IntervalSet.of([[10, 20]])).toArray(); // [{ start: 0, end: 20 }]
   * ```
   */
  union(other: IntervalSet): IntervalSet {
    if (other.isEmpty) return this;
    if (this.isEmpty) return other;
    const a = this.#bounds;
    const b = other.#bounds;
    // Merge the two sorted bound lists straight into the result (no intermediate pairs).
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) {
        appendMerged(out, a[i] as number, a[i + 1] as number);
        i += 2;
      } else {
        appendMerged(out, b[j] as number, b[j + 1] as number);
        j += 2;
      }
    }
    return new IntervalSet(out);
  }

  /**
   * Every instant in both sets.
   *
   * @example
   * ```ts
   * IntervalSet.of([[0, 10]]).intersect(IntervalSet.of([[5, 20]])).toArray(); // [{ start: 5, end: 10 }]
   * ```
   */
  intersect(other: IntervalSet): IntervalSet {
    const a = this.#bounds;
    const b = other.#bounds;
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const start = Math.max(a[i] as number, b[j] as number);
      const end = Math.min(a[i + 1] as number, b[j + 1] as number);
      if (start < end) out.push(start, end);
      if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
      else j += 2;
    }
    return out.length === 0 ? IntervalSet.#empty : new IntervalSet(out);
  }

  /**
   * Every instant in this set and not in `other`.
   *
   * @example
   * ```ts
   * IntervalSet.of([[0, 10]]).subtract(IntervalSet.of([[3, 4]])).toArray();
   * // [{ start: 0, end: 3 }, { start: 4, end: 10 }]
   * ```
   */
  subtract(other: IntervalSet): IntervalSet {
    if (this.isEmpty || other.isEmpty) return this;
    const a = this.#bounds;
    const b = other.#bounds;
    const out: number[] = [];
    let j = 0;
    for (let i = 0; i < a.length; i += 2) {
      let start = a[i] as number;
      const end = a[i + 1] as number;
      while (j < b.length && (b[j + 1] as number) <= start) j += 2;
      let k = j;
      while (k < b.length && (b[k] as number) < end) {
        if ((b[k] as number) > start) out.push(start, b[k] as number);
        start = Math.max(start, b[k + 1] as number);
        if (start >= end) break;
        k += 2;
      }
      if (start < end) out.push(start, end);
    }
    return out.length === 0 ? IntervalSet.#empty : new IntervalSet(out);
  }

  /**
   * The part of the set inside `[from, to)`; throws {@link SlaIntervalError}
   * when `to < from`.
   *
   * @example
   * ```ts
   * IntervalSet.of([[0, 100]]).clip(10, 20).measure(); // 10
   * ```
   */
  clip(from: number, to: number): IntervalSet {
    if (to < from) throw new SlaIntervalError('clip', from, to);
    if (this.isEmpty) return this;
    if ((this.start as number) >= from && (this.end as number) <= to) return this;
    return this.intersect(to > from ? new IntervalSet([from, to]) : IntervalSet.#empty);
  }

  /**
   * The gaps of this set inside `[from, to)`: what is *not* covered there.
   *
   * @example
   * ```ts
   * IntervalSet.of([[2, 4]]).complement(0, 10).toArray(); // [{ start: 0, end: 2 }, { start: 4, end: 10 }]
   * ```
   */
  complement(from: number, to: number): IntervalSet {
    if (to < from) throw new SlaIntervalError('complement', from, to);
    return (to > from ? new IntervalSet([from, to]) : IntervalSet.#empty).subtract(this);
  }

  /**
   * Whether the two sets cover exactly the same instants.
   *
   * @example
   * ```ts
   * IntervalSet.of([[0, 5], [5, 9]]).equals(IntervalSet.of([[0, 9]])); // true
   * ```
   */
  equals(other: IntervalSet): boolean {
    const a = this.#bounds;
    const b = other.#bounds;
    return a.length === b.length && a.every((value, i) => value === b[i]);
  }

  /**
   * The intervals in order.
   *
   * @example
   * ```ts
   * for (const { start, end } of IntervalSet.of([[0, 5]])) console.log(start, end); // 0 5
   * ```
   */
  *[Symbol.iterator](): Iterator<Interval> {
    const b = this.#bounds;
    for (let i = 0; i < b.length; i += 2) yield { start: b[i] as number, end: b[i + 1] as number };
  }

  /** The intervals as an array. @example `IntervalSet.of([[0, 5]]).toArray(); // [{ start: 0, end: 5 }]` */
  toArray(): Interval[] {
    return [...this];
  }

  /**
   * Flat bounds `[s0, e0, s1, e1, …]` (a copy), for indexing.
   *
   * @example
   * ```ts
   * IntervalSet.of([[0, 5], [7, 9]]).toBounds(); // [0, 5, 7, 9]
   * ```
   */
  toBounds(): number[] {
    return [...this.#bounds];
  }

  /**
   * JSON form: intervals with ISO 8601 UTC instants.
   *
   * @example
   * ```ts
   * JSON.stringify(IntervalSet.of([[0, 1000]]));
   * // '[{"start":"1970-01-01T00:00:00.000Z","end":"1970-01-01T00:00:01.000Z"}]'
   * ```
   */
  toJSON(): { start: string; end: string }[] {
    return this.toArray().map(({ start, end }) => ({ start: formatInstant(start), end: formatInstant(end) }));
  }
}

/**
 * Append `[start, end)` to flat bounds `out` kept sorted by start: it joins
 * the last interval when they overlap or touch; an empty interval vanishes.
 */
function appendMerged(out: number[], start: number, end: number): void {
  if (end === start) return;
  const last = out.length - 1;
  if (last > 0 && start <= (out[last] as number)) {
    if (end > (out[last] as number)) out[last] = end;
  } else {
    out.push(start, end);
  }
}
