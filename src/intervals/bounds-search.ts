/**
 * Index of the last interval whose start is `<= t` in flat, sorted bounds
 * `[s0, e0, s1, e1, …]`, or -1. The one binary search behind
 * `IntervalSet.contains` and the calendar's year index; allocation-free.
 * @internal
 */
export function lastStartAtOrBefore(bounds: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = (bounds.length >>> 1) - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((bounds[2 * mid] as number) <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
