import { SlaInputError } from '../errors.js';

/**
 * An availability as an exact fraction of integer milliseconds:
 * `numerator / denominator` (available time over measured time). A zero
 * denominator (`0 / 0`) means every measured instant was excused: nothing
 * was left to measure, and slakit reads it as 100 %.
 *
 * @example
 * ```ts
 * // March 2026 in Europe/Paris is 743 h; one 4 h outage counted.
 * const ratio: AvailabilityRatio = { numerator: 739 * 3_600_000, denominator: 743 * 3_600_000 };
 * ```
 */
export interface AvailabilityRatio {
  /** Available milliseconds. */
  readonly numerator: number;
  /** Measured milliseconds (after removing excused time, by default). */
  readonly denominator: number;
}

/**
 * An availability (or any fraction from 0 to 1) in big integers, for
 * measures whose terms can pass 2^53: user-milliseconds of weighted
 * downtime, request counts summed over a year, a mean of error rates.
 * `0 / 0` reads as 100 %, as for {@link AvailabilityRatio}. Not in lowest
 * terms unless said: the terms keep their unit.
 *
 * @example
 * ```ts
 * // 1 000 users × 43 200 min, 100 users down for 600 min (user-minutes).
 * const ratio: ExactRatio = { numerator: 43_140_000n, denominator: 43_200_000n };
 * formatPercent(ratio, 5); // "99.86111"
 * ```
 */
export interface ExactRatio {
  /** Good units (available user-ms, good requests, …). */
  readonly numerator: bigint;
  /** All units measured. */
  readonly denominator: bigint;
}

/**
 * Anything carrying an exact availability in big integers as `ratio`, such
 * as the results of the request, weighted and series measures.
 *
 * @example
 * ```ts
 * const holder: HasExactRatio = { ratio: { numerator: 43_140_000n, denominator: 43_200_000n } };
 * ratioAtLeast(holder, '99.9'); // false (99.861 %)
 * ```
 */
export interface HasExactRatio {
  /** The exact availability. */
  readonly ratio: ExactRatio;
}

/**
 * An availability as slakit accepts it: an exact {@link AvailabilityRatio}
 * or {@link ExactRatio}, anything carrying one as `ratio` (an
 * `AvailabilityResult`), or a number from 0 to 1 read as the decimal it
 * prints as (`0.994` is exactly 99.4 %).
 *
 * @example
 * ```ts
 * ratioAtLeast(0.994, '99.4');                                   // true
 * ratioAtLeast({ numerator: 739, denominator: 743 }, '99.4');   // true
 * ratioAtLeast({ numerator: 739n, denominator: 743n }, '99.4'); // true
 * ```
 */
export type AvailabilityValue = AvailabilityRatio | ExactRatio | HasRatio | HasExactRatio | number;

/**
 * Anything carrying an exact availability as `ratio`, such as an
 * `AvailabilityResult`.
 *
 * @example
 * ```ts
 * const holder: HasRatio = computeAvailability({ period: AvailabilityPeriod.month(2026, 3, 'Europe/Paris') });
 * ```
 */
export interface HasRatio {
  /** The exact availability. */
  readonly ratio: AvailabilityRatio;
}

/**
 * A percentage from 0 to 100 as a decimal string (`"99.95"`, `"99.4 %"`) or
 * a number (`99.95`, read as the decimal it prints as). Compared exactly,
 * never as a float.
 *
 * @example
 * ```ts
 * const target: PercentInput = '99.95';
 * ```
 */
export type PercentInput = string | number;

/** A percentage as an exact decimal: `units / scale` percent. @internal */
export interface ExactPercent {
  readonly units: bigint;
  readonly scale: bigint;
  /** Normalised decimal text, e.g. `99.4`. */
  readonly text: string;
}

/** An exact non-negative fraction `n / d`, `d > 0`. @internal */
export interface ExactFraction {
  readonly n: bigint;
  readonly d: bigint;
}

const PERCENT_PATTERN = /^(\d{1,3})(?:\.(\d+))?\s*%?$/;
const FRACTION_PATTERN = /^(\d+)(?:\.(\d+))?$/;
const PERCENT_EXPECTED = 'a percentage from 0 to 100 as a decimal string such as "99.95" or a number';

/** Parse a percentage exactly; throws {@link SlaInputError} naming `field`. @internal */
export function parsePercent(input: unknown, field: string): ExactPercent {
  const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : typeof input === 'string' ? input.trim() : '';
  const match = PERCENT_PATTERN.exec(text);
  if (!match) throw new SlaInputError(field, input, PERCENT_EXPECTED);
  const whole = match[1] as string;
  const fraction = match[2] ?? '';
  const scale = 10n ** BigInt(fraction.length);
  const units = BigInt(whole + fraction);
  if (units > 100n * scale) throw new SlaInputError(field, input, PERCENT_EXPECTED);
  return { units, scale, text: fraction === '' ? String(Number(whole)) : `${String(Number(whole))}.${fraction}` };
}

/** An availability as an exact fraction of 1; `0 / 0` becomes `1 / 1`. @internal */
export function toExactFraction(value: AvailabilityValue, field = 'availability'): ExactFraction {
  if (typeof value === 'number') {
    const match = Number.isFinite(value) ? FRACTION_PATTERN.exec(String(value)) : null;
    if (!match || value > 1) throw new SlaInputError(field, value, 'an availability from 0 to 1 (e.g. 0.994), an { numerator, denominator } ratio or a result with a ratio');
    const fraction = match[2] ?? '';
    return { n: BigInt((match[1] as string) + fraction), d: 10n ** BigInt(fraction.length) };
  }
  const held = value !== null && typeof value === 'object' && 'ratio' in value ? value.ratio : value;
  if (held !== null && typeof held === 'object' && typeof held.numerator === 'bigint') return exactFractionOf(held as ExactRatio, value, field);
  const ratio = checkRatio(value as AvailabilityRatio | HasRatio, field);
  return ratio.denominator === 0 ? { n: 1n, d: 1n } : { n: BigInt(ratio.numerator), d: BigInt(ratio.denominator) };
}

function exactFractionOf(ratio: ExactRatio, value: unknown, field: string): ExactFraction {
  const { numerator, denominator } = ratio;
  if (typeof denominator !== 'bigint' || numerator < 0n || numerator > denominator) {
    throw new SlaInputError(field, value, 'an { numerator, denominator } ratio of big integers with 0 <= numerator <= denominator');
  }
  return denominator === 0n ? { n: 1n, d: 1n } : { n: numerator, d: denominator };
}

/** Validate an {@link AvailabilityRatio} (or a result holding one). @internal */
export function checkRatio(value: AvailabilityRatio | HasRatio, field = 'availability'): AvailabilityRatio {
  const ratio = value !== null && typeof value === 'object' && 'ratio' in value ? value.ratio : value;
  const expected = 'an { numerator, denominator } ratio of whole milliseconds with 0 <= numerator <= denominator';
  if (ratio === null || typeof ratio !== 'object') throw new SlaInputError(field, value, expected);
  const { numerator, denominator } = ratio as AvailabilityRatio;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || numerator > denominator) {
    throw new SlaInputError(field, ratio, expected);
  }
  return ratio as AvailabilityRatio;
}

/** Sign of `fraction × 100 − percent`. @internal */
export function compareExact(fraction: ExactFraction, percent: ExactPercent): -1 | 0 | 1 {
  const left = fraction.n * 100n * percent.scale;
  const right = percent.units * fraction.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Compare an availability with a percentage exactly (integer arithmetic on
 * the ms ratio, no float): -1 below, 0 equal, 1 above.
 *
 * @example
 * ```ts
 * // 99.4 % of March 2026 (743 h) is 2 658 751 200 ms available.
 * compareToPercent({ numerator: 2_658_751_200, denominator: 2_674_800_000 }, '99.4'); // 0
 * compareToPercent({ numerator: 2_658_751_199, denominator: 2_674_800_000 }, '99.4'); // -1
 * ```
 */
export function compareToPercent(availability: AvailabilityValue, percent: PercentInput): -1 | 0 | 1 {
  return compareExact(toExactFraction(availability), parsePercent(percent, 'percent'));
}

/**
 * Whether an availability reaches a percentage target, exactly.
 *
 * @example
 * ```ts
 * ratioAtLeast({ numerator: 739, denominator: 743 }, '99.4'); // true (99.4616 %)
 * ratioAtLeast({ numerator: 739, denominator: 743 }, '99.5'); // false
 * ```
 */
export function ratioAtLeast(availability: AvailabilityValue, percent: PercentInput): boolean {
  return compareToPercent(availability, percent) >= 0;
}

/**
 * An availability as a percentage string with `fractionDigits` decimals,
 * **truncated** (never rounded up, so a figure shown never exceeds the exact
 * one: 99.4999 % is not shown as 99.50 %).
 *
 * @example
 * ```ts
 * formatPercent({ numerator: 739, denominator: 743 }); // "99.4616"
 * formatPercent({ numerator: 739, denominator: 743 }, 2); // "99.46"
 * ```
 */
export function formatPercent(availability: AvailabilityValue, fractionDigits = 4): string {
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 20) throw new SlaInputError('fractionDigits', fractionDigits, 'a whole number from 0 to 20');
  const { n, d } = toExactFraction(availability);
  const scale = 10n ** BigInt(fractionDigits);
  const digits = ((n * 100n * scale) / d).toString().padStart(fractionDigits + 1, '0');
  if (fractionDigits === 0) return digits;
  return `${digits.slice(0, digits.length - fractionDigits)}.${digits.slice(digits.length - fractionDigits)}`;
}
