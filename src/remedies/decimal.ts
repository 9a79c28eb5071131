import type { ExactFraction } from '../availability/ratio.js';
import { SlaInputError } from '../errors.js';

/**
 * A non-negative decimal as a contract writes it: a string (`"10"`,
 * `"0.5"`) or a number read as the decimal it prints as (`0.1` is exactly
 * one tenth). Compared and multiplied exactly, never as a float.
 *
 * @example
 * ```ts
 * const multiplier: DecimalInput = '10'; // Slack: ten times the amount paid for the downtime
 * ```
 */
export type DecimalInput = string | number;

/** An exact decimal `n / d` with its normalised text. @internal */
export interface ExactDecimal extends ExactFraction {
  readonly text: string;
}

const DECIMAL_PATTERN = /^(\d{1,15})(?:\.(\d{1,15}))?$/;

/** Parse a non-negative decimal exactly; throws {@link SlaInputError} naming `field`. @internal */
export function parseDecimal(input: unknown, field: string, expected = 'a non-negative decimal such as "10" or "0.5"'): ExactDecimal {
  const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : typeof input === 'string' ? input.trim() : '';
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw new SlaInputError(field, input, expected);
  const whole = BigInt(match[1] as string);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const d = 10n ** BigInt(fraction.length);
  return { n: whole * d + (fraction === '' ? 0n : BigInt(fraction)), d, text: fraction === '' ? whole.toString() : `${whole}.${fraction}` };
}

/** `n / d` as a decimal string with `digits` decimals, truncated (never rounded up). @internal */
export function truncatedDecimal(n: bigint, d: bigint, digits: number): string {
  const scaled = ((n * 10n ** BigInt(digits)) / d).toString().padStart(digits + 1, '0');
  return digits === 0 ? scaled : `${scaled.slice(0, scaled.length - digits)}.${scaled.slice(scaled.length - digits)}`;
}
