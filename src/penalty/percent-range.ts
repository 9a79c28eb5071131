import { type ExactFraction, type ExactPercent, compareExact } from '../availability/ratio.js';

/** One end of a range of percentages; `value` undefined means unbounded. @internal */
export interface PercentBound {
  readonly value: ExactPercent | undefined;
  readonly inclusive: boolean;
}

/** A range of availabilities `[min, max)` (or with other inclusivity), in percent. @internal */
export interface PercentRange {
  readonly min: PercentBound;
  readonly max: PercentBound;
}

/** Sign of `a − b` for two exact percentages. @internal */
export function comparePercents(a: ExactPercent, b: ExactPercent): -1 | 0 | 1 {
  const left = a.units * b.scale;
  const right = b.units * a.scale;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether availability `a` lies in `range`, exactly. @internal */
export function rangeContains(range: PercentRange, a: ExactFraction): boolean {
  const { min, max } = range;
  if (min.value !== undefined) {
    const c = compareExact(a, min.value);
    if (c < 0 || (c === 0 && !min.inclusive)) return false;
  }
  if (max.value !== undefined) {
    const c = compareExact(a, max.value);
    if (c > 0 || (c === 0 && !max.inclusive)) return false;
  }
  return true;
}

/** `99.4 % ≤ A < 99.5 %`, for messages. @internal */
export function describeRange(range: PercentRange): string {
  const { min, max } = range;
  const low = min.value === undefined ? '' : `${min.value.text} % ${min.inclusive ? '≤' : '<'} `;
  const high = max.value === undefined ? '' : ` ${max.inclusive ? '≤' : '<'} ${max.value.text} %`;
  return low === '' && high === '' ? 'any A' : `${low}A${high}`;
}
