import { SlaInputError } from '../errors.js';

/**
 * How an exact amount is rounded to a whole minor unit (cent):
 * - `half-up` (default): half a cent and more rounds up (0.5 → 1, 0.49 → 0);
 * - `half-even` (banker's rounding): exactly half a cent goes to the even
 *   cent (0.5 → 0, 1.5 → 2), anything else to the nearest;
 * - `down`: towards zero (0.99 → 0);
 * - `up`: away from zero (0.01 → 1).
 *
 * Credits are never negative, so "towards zero" and "floor" agree.
 *
 * @example
 * ```ts
 * roundMinor(6_720_430n, 10_000n, 'half-up'); // 672n (672.0430 cents)
 * roundMinor(5n, 2n, 'half-even');            // 2n  (2.5 → 2)
 * ```
 */
export type RoundingRule = 'half-up' | 'half-even' | 'down' | 'up';

/**
 * The four {@link RoundingRule} names, for validation and messages.
 *
 * @example
 * ```ts
 * ROUNDING_RULES.includes('half-even'); // true
 * ```
 */
export const ROUNDING_RULES: readonly RoundingRule[] = ['half-up', 'half-even', 'down', 'up'];

/**
 * `numerator / denominator` minor units rounded to a whole minor unit by
 * `rule`, in exact integer arithmetic (no float ever touches money).
 * `numerator >= 0`, `denominator > 0`; throws {@link SlaInputError} naming
 * `rounding` on an unknown rule.
 *
 * @example
 * ```ts
 * // Slack: 10 × 1 000.00 USD × 30 min / 44 640 min = 3 000 000 000 / 446 400 cents = 672.04… cents
 * roundMinor(3_000_000_000n, 4_464_000n, 'half-up'); // 672n
 * roundMinor(3n, 2n, 'half-even');                 // 2n (1.5 → 2)
 * roundMinor(1n, 100n, 'up');                      // 1n
 * ```
 */
export function roundMinor(numerator: bigint, denominator: bigint, rule: RoundingRule = 'half-up'): bigint {
  const quotient = numerator / denominator;
  const twiceRemainder = 2n * (numerator % denominator);
  switch (rule) {
    case 'half-up':
      return twiceRemainder >= denominator ? quotient + 1n : quotient;
    case 'half-even':
      if (twiceRemainder === denominator) return quotient % 2n === 0n ? quotient : quotient + 1n;
      return twiceRemainder > denominator ? quotient + 1n : quotient;
    case 'down':
      return quotient;
    case 'up':
      return twiceRemainder > 0n ? quotient + 1n : quotient;
    default:
      throw new SlaInputError('rounding', rule, `one of ${ROUNDING_RULES.map((name) => `"${name}"`).join(', ')}`);
  }
}

/**
 * Split `totalMinor` in proportion to `weights`, in whole minor units that
 * add up to `totalMinor` exactly (largest-remainder method: each share is
 * first rounded down, then the units left go one each to the largest
 * remainders, the earlier index first on a tie). A zero total weight gives
 * zero shares. Throws {@link SlaInputError} naming `totalMinor` or
 * `weights[i]` on a negative or fractional value.
 *
 * @example
 * ```ts
 * apportionMinor(100, [1, 1, 1]); // [34, 33, 33] (33.33… each; the first remainder wins the tie)
 * apportionMinor(1000, [3, 1]);   // [750, 250]
 * ```
 */
export function apportionMinor(totalMinor: number, weights: readonly (number | bigint)[]): number[] {
  if (!Number.isSafeInteger(totalMinor) || totalMinor < 0) throw new SlaInputError('totalMinor', totalMinor, 'a non-negative whole number of minor units');
  const exact = weights.map((weight, i) => {
    const value = typeof weight === 'bigint' ? weight : Number.isSafeInteger(weight) ? BigInt(weight) : -1n;
    if (value < 0n) throw new SlaInputError(`weights[${i}]`, weight, 'a non-negative whole number');
    return value;
  });
  const sum = exact.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return exact.map(() => 0);
  const total = BigInt(totalMinor);
  const shares = exact.map((weight) => (total * weight) / sum);
  let left = total - shares.reduce((a, b) => a + b, 0n);
  const byRemainder = exact
    .map((weight, index) => ({ index, remainder: (total * weight) % sum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (left === 0n) break;
    shares[index] = (shares[index] as bigint) + 1n;
    left -= 1n;
  }
  return shares.map(Number);
}
