import { Duration } from 'luxon';
import { SlaInputError } from '../errors.js';

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

const UNIT_MS = {
  weeks: 604_800_000,
  days: 86_400_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1000,
  milliseconds: 1,
} as const;

/** The fractional digits of an ISO duration's seconds, e.g. "0005" in "PT0.0005S". */
const SECONDS_FRACTION = /[.,](\d+)S$/i;

const EXPECTED = 'a non-negative duration: milliseconds, { hours, minutes, ... } or ISO 8601 such as "PT10H"';

/**
 * Milliseconds of a duration; throws {@link SlaInputError} naming `field` on a
 * negative, fractional-millisecond, non-finite or calendar-relative
 * (years, months) duration.
 *
 * @example
 * ```ts
 * toDurationMs('PT10H');                  // 36000000
 * toDurationMs({ hours: 1, minutes: 30 }); // 5400000
 * toDurationMs(-1, 'target');              // throws SlaInputError: target: expected a non-negative duration…
 * ```
 */
export function toDurationMs(input: DurationInput, field = 'duration'): number {
  let ms: number;
  if (typeof input === 'number') {
    ms = input;
  } else if (typeof input === 'string') {
    const parsed = Duration.fromISO(input.trim());
    if (!parsed.isValid) throw new SlaInputError(field, input, EXPECTED);
    // luxon truncates a seconds fraction to whole milliseconds ("PT0.0005S" → 0):
    // reject it like the { seconds: 0.0005 } form instead of answering a silently wrong number.
    const secondsFraction = SECONDS_FRACTION.exec(input.trim())?.[1] ?? '';
    if (/[1-9]/.test(secondsFraction.slice(3))) throw new SlaInputError(field, input, `${EXPECTED} (a whole number of milliseconds)`);
    const units = parsed.toObject();
    if ((units.years ?? 0) !== 0 || (units.months ?? 0) !== 0 || (units.quarters ?? 0) !== 0) {
      throw new SlaInputError(field, input, `${EXPECTED} (years and months have no fixed length)`);
    }
    ms = sumUnits(units as Record<string, number | undefined>, field, input);
  } else if (input !== null && typeof input === 'object') {
    for (const key of Object.keys(input)) {
      if (!(key in UNIT_MS)) throw new SlaInputError(`${field}.${key}`, (input as Record<string, unknown>)[key], `one of ${Object.keys(UNIT_MS).join(', ')}`);
    }
    ms = sumUnits(input as Record<string, number | undefined>, field, input);
  } else {
    throw new SlaInputError(field, input, EXPECTED);
  }
  if (!Number.isFinite(ms) || ms < 0 || !Number.isInteger(ms)) throw new SlaInputError(field, input, EXPECTED);
  return ms;
}

function sumUnits(units: Record<string, number | undefined>, field: string, input: unknown): number {
  let total = 0;
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    const value = units[unit];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new SlaInputError(`${field}.${unit}`, value, 'a finite number');
    total += Math.round(value * size * 1000) / 1000;
  }
  if (!Number.isInteger(total)) throw new SlaInputError(field, input, `${EXPECTED} (a whole number of milliseconds)`);
  return total;
}
