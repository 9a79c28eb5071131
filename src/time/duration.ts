import { SlaInputError } from '../errors.js';
import { ownValue } from '../ids.js';

/**
 * A length of (business) time: milliseconds, an object of units, or an ISO
 * 8601 duration without years or months (`PT10H`, `P1DT2H`). A day or week
 * here is 24 h or 168 h of *measured* time, never a calendar day.
 */
export type DurationInput =
  | number
  | string
  | {
      readonly weeks?: number;
      readonly days?: number;
      readonly hours?: number;
      readonly minutes?: number;
      readonly seconds?: number;
      readonly milliseconds?: number;
    };

/** Milliseconds per unit, largest first (the order ISO 8601 writes them in). */
const UNIT_MS: ReadonlyMap<string, number> = new Map([
  ['weeks', 604_800_000],
  ['days', 86_400_000],
  ['hours', 3_600_000],
  ['minutes', 60_000],
  ['seconds', 1000],
  ['milliseconds', 1],
]);

const UNITS = [...UNIT_MS.keys()].join(', ');

/**
 * ISO 8601 duration: each component a non-negative decimal (`.` or `,`);
 * no sign anywhere. Years and months are captured only to be refused.
 */
const ISO_DURATION = /^P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?!$)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** Units of the ISO groups after years and months, in order. */
const ISO_UNITS = ['weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

/** A finite non-negative number as JavaScript writes it: `0.1`, `1.5e-7`. */
const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

const EXPECTED = 'a non-negative duration: milliseconds, { hours, minutes, ... } or ISO 8601 such as "PT10H"';
const WHOLE_MS = 'a whole number of milliseconds, at most 2^53 - 1 (Number.MAX_SAFE_INTEGER)';

/**
 * Milliseconds of a duration. One rule for every form: each component is
 * non-negative (no mixed signs: `{ hours: 1, minutes: -30 }` and `PT1H-30M`
 * are errors, not 30 min) and contributes a whole number of milliseconds
 * (`{ milliseconds: 0.0004 }` and `PT0.0005S` are errors, not 0); a unit
 * object has only the keys weeks, days, hours, minutes, seconds,
 * milliseconds (own properties: `{ "constructor": 10 }` is an unknown unit).
 * Throws {@link SlaInputError} naming `field` (or `field.unit` for one
 * component) on any other input, including years and months (no fixed
 * length) and totals beyond `Number.MAX_SAFE_INTEGER`.
 *
 * @example
 * ```ts
 * toDurationMs('PT10H');                  // 36000000
 * toDurationMs({ hours: 1, minutes: 30 }); // 5400000
 * toDurationMs({ hours: 0.1 });            // 360000
 * toDurationMs(-1, 'target');              // throws SlaInputError: target: expected a non-negative duration…
 * toDurationMs({ hours: 1, minutes: -30 }, 'target'); // throws SlaInputError: target.minutes: …
 * ```
 */
export function toDurationMs(input: DurationInput, field = 'duration'): number {
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) throw new SlaInputError(field, input, `${EXPECTED} (${WHOLE_MS})`);
    return input + 0; // -0 → 0
  }
  if (typeof input === 'string') return isoDurationMs(input, field);
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) return unitsMs(input, field);
  throw new SlaInputError(field, input, EXPECTED);
}

function isoDurationMs(input: string, field: string): number {
  const match = ISO_DURATION.exec(input.trim());
  if (!match) throw new SlaInputError(field, input, `${EXPECTED} (non-negative components, no sign)`);
  const [, years, months, ...rest] = match;
  if (isNonZero(years) || isNonZero(months)) throw new SlaInputError(field, input, `${EXPECTED} (years and months have no fixed length)`);
  let total = 0;
  ISO_UNITS.forEach((unit, i) => {
    const text = rest[i];
    if (text === undefined) return;
    const [whole, fraction = ''] = text.split(/[.,]/) as [string, string?];
    const ms = decimalTimesUnit(whole + fraction, fraction.length, UNIT_MS.get(unit) as number);
    if (ms === undefined) throw new SlaInputError(field, input, `${EXPECTED} (${unit}: ${WHOLE_MS})`);
    total += ms;
  });
  if (!Number.isSafeInteger(total)) throw new SlaInputError(field, input, `${EXPECTED} (${WHOLE_MS})`);
  return total;
}

function unitsMs(input: object, field: string): number {
  const units = input as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(units)) {
    if (!UNIT_MS.has(key)) throw new SlaInputError(`${field}.${key}`, units[key], `a duration unit, one of ${UNITS}`);
  }
  let total = 0;
  for (const [unit, size] of UNIT_MS) {
    const value = ownValue(units, unit);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new SlaInputError(`${field}.${unit}`, value, 'a finite non-negative number (every component of a duration has the same sign)');
    }
    const ms = numberTimesUnit(value, size);
    if (ms === undefined) throw new SlaInputError(`${field}.${unit}`, value, `a number of ${unit} that is ${WHOLE_MS}`);
    total += ms;
  }
  if (!Number.isSafeInteger(total)) throw new SlaInputError(field, input, `${EXPECTED} (${WHOLE_MS})`);
  return total;
}

function isNonZero(text: string | undefined): boolean {
  return text !== undefined && /[1-9]/.test(text);
}

/** `value × size` ms when it is a whole, safe number of ms (exact, on the number's shortest decimal form). */
function numberTimesUnit(value: number, size: number): number | undefined {
  if (Number.isInteger(value)) {
    const ms = value * size;
    return Number.isSafeInteger(ms) ? ms + 0 : undefined;
  }
  const parts = NUMBER_TEXT.exec(String(value));
  if (!parts) return undefined;
  const [, whole = '', fraction = '', exponent = '0'] = parts;
  return decimalTimesUnit(whole + fraction, fraction.length - Number(exponent), size);
}

/** `digits × 10^-scale × size` when it is a whole, safe number of ms; exact (BigInt). */
function decimalTimesUnit(digits: string, scale: number, size: number): number | undefined {
  const product = BigInt(digits) * BigInt(size);
  const divisor = scale > 0 ? 10n ** BigInt(scale) : 1n;
  const multiplier = scale < 0 ? 10n ** BigInt(-scale) : 1n;
  if (product % divisor !== 0n) return undefined;
  const ms = (product / divisor) * multiplier;
  return ms <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ms) : undefined;
}
