/**
 * IntervalSet algebra against a bitmap model: on the integers 0 … 63 a set is
 * a 64-cell boolean array, and union / intersect / subtract / complement /
 * clip / measure / contains / equals are cell-wise operations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalSet } from '../../src/intervals/interval-set.js';

const SIZE = 64;

const pairs = fc.array(
  fc.tuple(fc.integer({ min: 0, max: SIZE }), fc.integer({ min: 0, max: SIZE })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
  { maxLength: 8 },
);

function bitmap(list: readonly (readonly [number, number])[]): boolean[] {
  const cells = new Array<boolean>(SIZE).fill(false);
  for (const [a, b] of list) for (let i = a; i < b; i++) cells[i] = true;
  return cells;
}

function bitmapOf(set: IntervalSet): boolean[] {
  return bitmap(set.toArray().map(({ start, end }) => [start, end]));
}

/** Canonical form: sorted, disjoint, non-adjacent, non-empty. */
function isCanonical(set: IntervalSet): boolean {
  const b = set.toBounds();
  for (let i = 0; i < b.length; i += 2) {
    if (!((b[i] as number) < (b[i + 1] as number))) return false;
    if (i > 0 && !((b[i - 1] as number) < (b[i] as number))) return false;
  }
  return true;
}

const options = { numRuns: 1000 };

describe('IntervalSet properties (bitmap model, 1000 runs each)', () => {
  it('issue 2: of() merges into the canonical form covering exactly the listed cells', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const set = IntervalSet.of(list);
        expect(isCanonical(set)).toBe(true);
        expect(bitmapOf(set)).toEqual(bitmap(list));
        expect(set.measure()).toBe(bitmap(list).filter(Boolean).length);
      }),
      options,
    );
  });

  it('issue 2: union / intersect / subtract are cell-wise or / and / and-not, in canonical form', () => {
    fc.assert(
      fc.property(pairs, pairs, (x, y) => {
        const a = IntervalSet.of(x);
        const b = IntervalSet.of(y);
        const ma = bitmap(x);
        const mb = bitmap(y);
        const union = a.union(b);
        const intersection = a.intersect(b);
        const difference = a.subtract(b);
        expect(bitmapOf(union)).toEqual(ma.map((v, i) => v || (mb[i] as boolean)));
        expect(bitmapOf(intersection)).toEqual(ma.map((v, i) => v && (mb[i] as boolean)));
        expect(bitmapOf(difference)).toEqual(ma.map((v, i) => v && !(mb[i] as boolean)));
        expect(isCanonical(union) && isCanonical(intersection) && isCanonical(difference)).toBe(true);
        // |A ∪ B| + |A ∩ B| = |A| + |B|
        expect(union.measure() + intersection.measure()).toBe(a.measure() + b.measure());
      }),
      options,
    );
  });

  it('issue 2: clip / complement / contains / equals agree with the model', () => {
    fc.assert(
      fc.property(pairs, pairs, fc.integer({ min: 0, max: SIZE }), fc.integer({ min: 0, max: SIZE }), (x, y, p, q) => {
        const [from, to] = [Math.min(p, q), Math.max(p, q)];
        const a = IntervalSet.of(x);
        const ma = bitmap(x);
        const inWindow = (i: number) => i >= from && i < to;
        expect(bitmapOf(a.clip(from, to))).toEqual(ma.map((v, i) => v && inWindow(i)));
        expect(bitmapOf(a.complement(from, to))).toEqual(ma.map((v, i) => !v && inWindow(i)));
        for (let i = -1; i <= SIZE; i++) expect(a.contains(i)).toBe(i >= 0 && i < SIZE && (ma[i] as boolean));
        const b = IntervalSet.of(y);
        expect(a.equals(b)).toBe(JSON.stringify(ma) === JSON.stringify(bitmap(y)));
      }),
      options,
    );
  });
});
