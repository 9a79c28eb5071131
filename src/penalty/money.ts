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

const CURRENCY_EXPECTED = 'an ISO 4217 currency code such as "EUR" or "USD": three capital letters naming a currency the runtime knows';
let knownCurrencies: ReadonlySet<string> | undefined;

/**
 * An ISO 4217 currency code, checked: three capital letters (`"EUR"`,
 * `"USD"`, `"JPY"`) naming a currency the runtime's `Intl` knows. The rule
 * the CLI's `--currency` applies too (the CLI upper-cases its flag first;
 * the library takes the code as written). Throws {@link SlaInputError}
 * naming `field` (`currency` by default) on anything else: `"usd"`,
 * `"XYZ"`, `"€"`, a number.
 *
 * @example
 * ```ts
 * currencyCode('EUR');   // "EUR"
 * currencyCode('usd');   // throws SlaInputError: currency: expected an ISO 4217 currency code such as "EUR" or "USD" …, got "usd"
 * currencyCode('XYZ');   // throws SlaInputError (no such currency)
 * ```
 */
export function currencyCode(value: unknown, field = 'currency'): string {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value) || !knownCurrencies.has(value)) throw new SlaInputError(field, value, CURRENCY_EXPECTED);
  return value;
}

/**
 * The minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0, KWD 3), from
 * the runtime's `Intl.NumberFormat`. Throws {@link SlaInputError} naming
 * `field` as {@link currencyCode} does.
 *
 * @example
 * ```ts
 * currencyMinorDigits('JPY'); // 0
 * currencyMinorDigits('KWD'); // 3
 * ```
 */
export function currencyMinorDigits(value: unknown, field = 'currency'): number {
  const currency = currencyCode(value, field);
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
