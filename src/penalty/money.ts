import { type PercentInput, parsePercent } from '../availability/ratio.js';
import { SlaInputError } from '../errors.js';
import { roundMinor } from './rounding.js';

/**
 * `percent` of a fee in integer minor units (cents), **rounded half up** on
 * the exact rational (`fee × percent / 100`): 0.5 cent and more round up to
 * the next cent, less rounds down. No float touches money: 1,234.56 EUR is
 * `123456`. Throws {@link SlaInputError} naming `feeMinor` on a negative or
 * fractional fee.
 *
 * @example
 * ```ts
 * creditAmountMinor(123_456, 3);     // 3704 (3 % of 1,234.56 EUR = 37.0368 EUR → 37.04 EUR)
 * creditAmountMinor(150, '0.5');     // 1 (0.75 cent → 1 cent)
 * creditAmountMinor(-1, 3);          // throws SlaInputError: feeMinor: …
 * ```
 */
export function creditAmountMinor(feeMinor: number, percent: PercentInput): number {
  if (!Number.isSafeInteger(feeMinor) || feeMinor < 0) throw new SlaInputError('feeMinor', feeMinor, 'a non-negative whole number of minor units (cents): 1,234.56 EUR is 123456');
  const exact = parsePercent(percent, 'percent');
  return Number(roundMinor(BigInt(feeMinor) * exact.units, 100n * exact.scale, 'half-up'));
}
