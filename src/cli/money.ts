import { SlaInputError, currencyMinorDigits } from '../index.js';
import { type FeeUnit, feeUnitsOf, fractionText, periodFee } from '../remedies/fee-basis.js';
import { CliUsageError } from './cli-error.js';

/** The fee of `--fee` (per the contract's `fee.per`: monthly for most) in integer minor units of an ISO 4217 currency. */
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

/**
 * What `--fee` is for a contract, from its credits' `fee.per`: "the monthly
 * fee", "the quarterly fee", "the yearly fee", "the fee for the evaluated
 * period", or "the fee" when no credit reads one.
 *
 * @example
 * ```ts
 * feeNoun('month'); // "the monthly fee"
 * ```
 */
export function feeNoun(unit: FeeUnit | undefined): string {
  switch (unit) {
    case 'month':
      return 'the monthly fee';
    case 'quarter':
      return 'the quarterly fee';
    case 'year':
      return 'the yearly fee';
    case 'period':
      return 'the fee for the evaluated period';
    default:
      return 'the fee';
  }
}

/**
 * What a credit's percent is a share of, in words: `feeNoun(unit)` when the
 * evaluated period is exactly one fee unit (or the fee is per period),
 * otherwise the period's fee converted from it ("the period's fee, 3 ×
 * … = 3,000.00 USD" when `--fee` was given).
 *
 * @example
 * ```ts
 * feeShareText('month', { start: Date.UTC(2026, 6, 1), end: Date.UTC(2026, 9, 1), zone: 'UTC' }, { amountMinor: 100_000, currency: 'USD' });
 * // "the period's fee (3,000.00 USD: the monthly fee over the period)"
 * ```
 */
export function feeShareText(unit: FeeUnit | undefined, period: { readonly start: number; readonly end: number; readonly zone?: string | undefined }, fee: Pick<Fee, 'amountMinor' | 'currency'> | undefined): string {
  const noun = feeNoun(unit);
  if (unit === undefined || unit === 'period') return noun;
  const units = feeUnitsOf(period, unit);
  const whole = units.length === 1 && units[0]?.start === period.start && units[0]?.end === period.end;
  if (whole) return noun;
  if (fee === undefined) return `the period's fee (${noun} over the period)`;
  const total = periodFee(BigInt(fee.amountMinor), { per: unit, proration: 'fee-unit' }, period);
  const amount = total.n % total.d === 0n ? formatMoney(Number(total.n / total.d), fee.currency) : `${fractionText(total)} minor units of ${fee.currency}`;
  return `the period's fee (${amount}: ${noun} over the period)`;
}
