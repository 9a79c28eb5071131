import type { ExactRatio } from '../availability/ratio.js';

/** A non-negative fraction `n / d` in big integers, `d > 0`. @internal */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

/**
 * The exact sum of fractions, by a balanced tree of pairwise sums
 * (`a/b + c/d = (ad + cb) / bd`): the big products are formed between terms
 * of equal size, so a month of per-minute terms stays fast. Not reduced.
 * @internal
 */
export function sumFractions(terms: readonly Fraction[]): Fraction {
  if (terms.length === 0) return { n: 0n, d: 1n };
  let level: Fraction[] = terms.slice();
  while (level.length > 1) {
    const next: Fraction[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) {
      const a = level[i] as Fraction;
      const b = level[i + 1] as Fraction;
      next.push(a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d });
    }
    if (level.length % 2 === 1) next.push(level[level.length - 1] as Fraction);
    level = next;
  }
  return level[0] as Fraction;
}

/** Digits kept when an exact ratio becomes a display number. */
const DISPLAY_SCALE = 10n ** 17n;

/**
 * An exact ratio as a number for display (`0 / 0` is 1): computed on 17
 * digits so huge terms never overflow to `Infinity`/`NaN`. Never used for a
 * verdict. @internal
 */
export function ratioToNumber(ratio: ExactRatio): number {
  if (ratio.denominator === 0n) return 1;
  return Number((ratio.numerator * DISPLAY_SCALE) / ratio.denominator) / Number(DISPLAY_SCALE);
}

/** Sign of `a/b − c/d` for non-negative fractions with positive denominators. @internal */
export function compareFractions(a: bigint, b: bigint, c: bigint, d: bigint): -1 | 0 | 1 {
  const left = a * d;
  const right = c * b;
  return left < right ? -1 : left > right ? 1 : 0;
}
