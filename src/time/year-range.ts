import { SlaInputError } from '../errors.js';
import { MS_PER_DAY, daysFromCivil } from './civil.js';

/**
 * Local years slakit answers for: every query that reads local time (a
 * calendar, a maintenance rule, a local period, a deadline, a local date or
 * time written out) is limited to them, and so is every local date it
 * returns; outside them a query is a typed error naming the argument.
 *
 * The range is half-open in local time, `[1900-01-01T00:00, 2301-01-01T00:00)`,
 * like every interval slakit measures, and its end is a bound like any
 * other: the instant at local midnight of 2301-01-01 may end a query
 * (`elapsed(from, to)`, the period `2300-12`) and may be written
 * (`formatLocal` writes the exclusive end of `2300-12`, `2300-Q4` and
 * `2300` as `2301-01-01T00:00:00.000+01:00` in Paris), so that a report of
 * the last periods of the range reads back. An instant after it, or a local
 * date in 2301, is out of range.
 *
 * @example
 * ```ts
 * BusinessCalendar.always().elapsed('2400-01-01T00:00Z', '2400-01-02T00:00Z'); // throws SlaInputError: from: expected an instant in the local years 1900–2300
 * BusinessCalendar.always().localDate('9999-12-31T23:00:00Z');                 // throws SlaInputError: t: expected an instant in the local years 1900–2300 …
 * ```
 */
export const CALENDAR_YEAR_RANGE = { min: 1900, max: 2300 } as const;

/** Day numbers of the first and last local day of the range. */
const FIRST_DAY = daysFromCivil(CALENDAR_YEAR_RANGE.min, 1, 1);
const LAST_DAY = daysFromCivil(CALENDAR_YEAR_RANGE.max + 1, 1, 1) - 1;

/** Wall milliseconds (local time written as if UTC) of the end of the range, 2301-01-01T00:00 local. */
const END_WALL = (LAST_DAY + 1) * MS_PER_DAY;

/**
 * "an instant in the local years 1900–2300", the expectation a range error states.
 * @internal
 */
export function inLocalYears(what: string): string {
  return `${what} in the local years ${CALENDAR_YEAR_RANGE.min}–${CALENDAR_YEAR_RANGE.max}`;
}

/**
 * Whether local year `year` is in {@link CALENDAR_YEAR_RANGE}.
 * @internal
 */
export function isCalendarYear(year: number): boolean {
  return year >= CALENDAR_YEAR_RANGE.min && year <= CALENDAR_YEAR_RANGE.max;
}

/**
 * `day` (a local day number) when its year is in {@link CALENDAR_YEAR_RANGE};
 * otherwise throws {@link SlaInputError} naming `field` with `value`, the
 * argument as the caller gave it, and `what` it should have been.
 * @internal
 */
export function checkLocalDay(day: number, field: string, value: unknown, what = 'an instant'): number {
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) throw new SlaInputError(field, value, inLocalYears(what));
  return day;
}

/**
 * `wallMs` (the local wall time of `value`, written as if UTC) when slakit
 * may write it: a local time in {@link CALENDAR_YEAR_RANGE}, or exactly the
 * range's end, 2301-01-01T00:00 local (the exclusive end of the range's last
 * periods). Otherwise throws {@link SlaInputError} naming `field` with `value`.
 * @internal
 */
export function checkLocalBound(wallMs: number, field: string, value: unknown): number {
  if (!(wallMs >= FIRST_DAY * MS_PER_DAY && wallMs <= END_WALL)) {
    throw new SlaInputError(field, value, `${inLocalYears('an instant')} or their end, ${CALENDAR_YEAR_RANGE.max + 1}-01-01T00:00 local`);
  }
  return wallMs;
}
