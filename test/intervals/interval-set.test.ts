import { describe, expect, it } from 'vitest';
import { SlaInputError, SlaIntervalError } from '../../src/errors.js';
import { IntervalSet } from '../../src/intervals/interval-set.js';

const set = (...pairs: [number, number][]) => IntervalSet.of(pairs);
const pairsOf = (s: IntervalSet) => s.toArray().map(({ start, end }) => [start, end]);

describe('IntervalSet — issue 2 "sorted, disjoint, half-open [start, end) intervals"', () => {
  it('issue 2: built from any order; overlaps and adjacency merge; empty intervals vanish', () => {
    // [0,10) ∪ [5,20) overlap → [0,20); [20,30) touches → [0,30); [40,50) apart; [60,60) empty
    expect(pairsOf(set([40, 50], [20, 30], [5, 20], [0, 10], [60, 60]))).toEqual([
      [0, 30],
      [40, 50],
    ]);
    // a contained interval disappears into its container
    expect(pairsOf(set([0, 100], [10, 20]))).toEqual([[0, 100]]);
    expect(set([5, 5]).isEmpty).toBe(true);
  });

  it('objects { start, end } and ISO strings with offsets are accepted', () => {
    const s = IntervalSet.of([{ start: '2026-06-01T08:00:00+02:00', end: '2026-06-01T18:00:00+02:00' }]);
    expect(pairsOf(s)).toEqual([[Date.UTC(2026, 5, 1, 6), Date.UTC(2026, 5, 1, 16)]]);
    // 10 h = 36 000 000 ms
    expect(s.measure()).toBe(36_000_000);
  });

  it('issue 2: a reversed interval is an SlaIntervalError naming field[index]', () => {
    let caught: unknown;
    try {
      IntervalSet.of([[0, 10], [30, 20]], 'outages');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SlaIntervalError);
    expect((caught as Error).message).toContain('outages[1]');
  });

  it('bad elements are SlaInputErrors naming field[index] (.start / .end)', () => {
    expect(() => IntervalSet.of([[0, Number.NaN]], 'outages')).toThrow(/outages\[0\]\.end/);
    expect(() => IntervalSet.of([[0, 1], 'x' as never], 'outages')).toThrow(SlaInputError);
    expect(() => IntervalSet.of([['2026-06-01T08:00', 0]], 'outages')).toThrow(/outages\[0\]\.start/);
  });

  it('fromSortedBounds merges touching bounds and rejects unsorted or reversed ones', () => {
    expect(pairsOf(IntervalSet.fromSortedBounds([0, 10, 10, 20, 25, 30]))).toEqual([
      [0, 20],
      [25, 30],
    ]);
    expect(pairsOf(IntervalSet.fromSortedBounds([0, 10, 5, 8]))).toEqual([[0, 10]]);
    expect(() => IntervalSet.fromSortedBounds([10, 20, 0, 5], 'b')).toThrow(/b\[1\]\.start/);
    expect(() => IntervalSet.fromSortedBounds([10, 5], 'b')).toThrow(SlaIntervalError);
    expect(() => IntervalSet.fromSortedBounds([0, Number.POSITIVE_INFINITY], 'b')).toThrow(SlaInputError);
  });

  it('union: [0,10) ∪ [10,20) = [0,20); disjoint parts interleave in order', () => {
    expect(pairsOf(set([0, 10]).union(set([10, 20])))).toEqual([[0, 20]]);
    expect(pairsOf(set([0, 5], [20, 25]).union(set([10, 15], [24, 30])))).toEqual([
      [0, 5],
      [10, 15],
      [20, 30],
    ]);
    expect(set([1, 2]).union(IntervalSet.empty()).equals(set([1, 2]))).toBe(true);
    expect(IntervalSet.empty().union(set([1, 2])).equals(set([1, 2]))).toBe(true);
  });

  it('intersect: [0,10) ∩ [5,20) = [5,10); touching intervals share nothing', () => {
    expect(pairsOf(set([0, 10]).intersect(set([5, 20])))).toEqual([[5, 10]]);
    expect(set([0, 10]).intersect(set([10, 20])).isEmpty).toBe(true);
    // one long interval against several short ones
    expect(pairsOf(set([0, 100]).intersect(set([-5, 3], [10, 20], [95, 200])))).toEqual([
      [0, 3],
      [10, 20],
      [95, 100],
    ]);
  });

  it('subtract splits: [0,10) − [3,4) = [0,3) ∪ [4,10); one hole can cut two intervals', () => {
    expect(pairsOf(set([0, 10]).subtract(set([3, 4])))).toEqual([
      [0, 3],
      [4, 10],
    ]);
    expect(pairsOf(set([0, 5], [6, 10]).subtract(set([4, 7])))).toEqual([
      [0, 4],
      [7, 10],
    ]);
    // holes before, inside and past the end: [0,10) − {[-5,2), [3,4), [9,20)} = [2,3) ∪ [4,9)
    expect(pairsOf(set([0, 10]).subtract(set([-5, 2], [3, 4], [9, 20])))).toEqual([
      [2, 3],
      [4, 9],
    ]);
    expect(set([0, 10]).subtract(set([0, 10])).isEmpty).toBe(true);
    // subtracting a touching interval removes nothing
    expect(pairsOf(set([0, 10]).subtract(set([10, 20])))).toEqual([[0, 10]]);
  });

  it('clip keeps the part inside [from, to); to < from is an SlaIntervalError', () => {
    expect(pairsOf(set([0, 100]).clip(10, 20))).toEqual([[10, 20]]);
    expect(pairsOf(set([0, 5], [8, 12], [30, 40]).clip(3, 10))).toEqual([
      [3, 5],
      [8, 10],
    ]);
    expect(set([0, 100]).clip(50, 50).isEmpty).toBe(true);
    expect(() => set([0, 100]).clip(20, 10)).toThrow(SlaIntervalError);
  });

  it('complement gives the gaps inside [from, to)', () => {
    expect(pairsOf(set([2, 4]).complement(0, 10))).toEqual([
      [0, 2],
      [4, 10],
    ]);
    expect(pairsOf(IntervalSet.empty().complement(0, 10))).toEqual([[0, 10]]);
    expect(set([0, 10]).complement(0, 10).isEmpty).toBe(true);
    expect(() => set([0, 1]).complement(5, 0)).toThrow(SlaIntervalError);
  });

  it('measure sums lengths: [0,10) ∪ [20,25) = 15 ms', () => {
    expect(set([0, 10], [20, 25]).measure()).toBe(15);
    expect(IntervalSet.empty().measure()).toBe(0);
  });

  it('§0 half-open: contains(start) is true, contains(end) is false', () => {
    const s = set([0, 10], [20, 30]);
    expect(s.contains(0)).toBe(true);
    expect(s.contains(9)).toBe(true);
    expect(s.contains(10)).toBe(false);
    expect(s.contains(15)).toBe(false);
    expect(s.contains(20)).toBe(true);
    expect(s.contains(30)).toBe(false);
    expect(s.contains(-1)).toBe(false);
    expect(IntervalSet.empty().contains(0)).toBe(false);
  });

  it('equals compares covered instants, not how the set was written', () => {
    expect(set([0, 5], [5, 9]).equals(set([0, 9]))).toBe(true);
    expect(set([0, 5]).equals(set([0, 6]))).toBe(false);
    expect(set([0, 5]).equals(set([0, 5], [7, 8]))).toBe(false);
    expect(IntervalSet.empty().equals(set([3, 3]))).toBe(true);
  });

  it('size, start, end, iteration, toBounds and toJSON', () => {
    const s = set([7, 9], [0, 5]);
    expect(s.size).toBe(2);
    expect(s.start).toBe(0);
    expect(s.end).toBe(9);
    expect([...s]).toEqual([
      { start: 0, end: 5 },
      { start: 7, end: 9 },
    ]);
    expect(s.toBounds()).toEqual([0, 5, 7, 9]);
    expect(IntervalSet.empty().start).toBeUndefined();
    expect(JSON.parse(JSON.stringify(set([0, 1000])))).toEqual([{ start: '1970-01-01T00:00:00.000Z', end: '1970-01-01T00:00:01.000Z' }]);
  });

  it('is immutable: toBounds returns a copy', () => {
    const s = set([0, 5]);
    const bounds = s.toBounds();
    bounds[1] = 99;
    expect(s.end).toBe(5);
  });
});
