import { SlaInputError, currencyMinorDigits } from '../index.js';
import { CliUsageError } from './cli-error.js';

/** A monthly fee in integer minor units of an ISO 4217 currency. */
export interface Fee {
  readonly amountMinor: number;
  readonly currency: string;
  /** Minor-unit digits of the currency (2 for EUR, 0 for JPY, 3 for KWD). */
  readonly digits: number;
}

const AMOUNT = /^(\d+)(?:\.(\d+))?$/;

/**
 * The minor-unit digits of an ISO 4217 currency, from the runtime's
 * `Intl.NumberFormat` (EUR 2, JPY 0, KWD 3), by the library's rule
 * (`currencyMinorDigits`); throws a usage error on a code the runtime does
 * not know.
 *
 * @example
 * ```ts
 * currencyDigits('JPY'); // 0
 * ```
 */
export function currencyDigits(currency: string, command: string): number {
  try {
    return currencyMinorDigits(currency);
  } catch (error) {
    if (error instanceof SlaInputError) throw new CliUsageError(`--currency: expected an ISO 4217 currency code such as EUR or USD, got "${currency}"`, command);
    throw error;
  }
}

/**
 * Parse `--fee` exactly, as a decimal string, never through a float:
 * `"1234.56"` EUR → 123456 minor units. More decimals than the currency has
 * are an error unless they are zeros (`"1234.560"` is fine, `"1234.567"` is
 * not); thousands separators are refused (`"1,234.56"` is ambiguous).
 *
 * @example
 * ```ts
 * parseFee('1234.56', 'EUR', 'availability').amountMinor; // 123456
 * parseFee('1500', 'JPY', 'availability').amountMinor;    // 1500
 * ```
 */
export function parseFee(amount: string, currencyFlag: string, command: string): Fee {
  const currency = currencyFlag.toUpperCase();
  const digits = currencyDigits(currency, command);
  const match = AMOUNT.exec(amount.trim());
  if (!match) throw new CliUsageError(`--fee: expected a non-negative amount, a plain decimal such as 1234.56 (no sign, no thousands separator), got "${amount}"`, command);
  const whole = match[1] as string;
  const fraction = match[2] ?? '';
  if (fraction.length > digits && /[^0]/.test(fraction.slice(digits))) {
    throw new CliUsageError(`--fee: ${currency} has ${digits} decimal(s); "${amount}" has more`, command);
  }
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.slice(0, digits).padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new CliUsageError(`--fee: "${amount}" is too large`, command);
  return { amountMinor: Number(minor), currency, digits };
}

/**
 * Minor units as a decimal amount with its currency, by string arithmetic
 * (`123456`, EUR → `"1,234.56 EUR"`).
 *
 * @example
 * ```ts
 * formatMoney(3704, 'EUR'); // "37.04 EUR"
 * ```
 */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = currencyDigits(currency, 'availability');
  const text = String(amountMinor).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${digits > 0 ? `${whole}.${text.slice(text.length - digits)}` : whole} ${currency}`;
}
