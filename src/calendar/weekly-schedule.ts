import { SlaInputError } from '../errors.js';
import { type LocalRange, parseLocalRange } from '../time/local-ranges.js';

/** Days of the week, as keys of a {@link WeeklySchedule}. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * The days in ISO order (Monday first).
 *
 * @example
 * ```ts
 * WEEKDAYS.slice(0, 5); // ['mon', 'tue', 'wed', 'thu', 'fri']
 * ```
 */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Opening hours per weekday, as local `HH:MM-HH:MM` ranges. A range whose
 * end is not after its start runs overnight into the next day (`22:00-06:00`);
 * `00:00-24:00` is the whole day. Several ranges a day are allowed. A range
 * belongs to the day it starts on.
 *
 * @example
 * ```ts
 * const week: WeeklySchedule = {
 *   mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'],
 *   thu: ['08:00-18:00'], fri: ['08:00-12:00', '13:00-18:00'],
 *   sat: ['22:00-06:00'],
 * };
 * ```
 */
export type WeeklySchedule = { readonly [day in Weekday]?: readonly string[] };

/**
 * The same ranges on several days; throws {@link SlaInputError} naming
 * `days[i]` for anything but `mon` … `sun`.
 *
 * @example
 * ```ts
 * sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:00']);
 * // { mon: ['09:00-17:00'], tue: [...], ..., fri: [...] }
 * ```
 */
export function sameHours(days: readonly Weekday[], ranges: readonly string[]): WeeklySchedule {
  if (!Array.isArray(days)) throw new SlaInputError('days', days, `an array of weekdays (${WEEKDAYS.join(', ')})`);
  const week: { [day in Weekday]?: readonly string[] } = {};
  (days as readonly Weekday[]).forEach((day, i) => {
    // Only the seven weekday keys are ever written: "__proto__" would set the prototype, not a day.
    if (!WEEKDAYS.includes(day)) throw new SlaInputError(`days[${i}]`, day, `a weekday, one of ${WEEKDAYS.join(', ')}`);
    week[day] = ranges;
  });
  return week;
}

/** Ranges per weekday (index 0 = Monday). @internal */
export type ParsedWeek = readonly (readonly LocalRange[])[];

/** Validate and parse a schedule: index 0 = Monday. @internal */
export function parseWeek(week: WeeklySchedule, field = 'week'): ParsedWeek {
  if (week === null || typeof week !== 'object') throw new SlaInputError(field, week, 'an object keyed by mon … sun');
  for (const key of Object.keys(week)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) throw new SlaInputError(`${field}.${key}`, key, `a weekday key, one of ${WEEKDAYS.join(', ')}`);
  }
  return WEEKDAYS.map((day) => {
    return parseRanges(week[day] ?? [], `${field}.${day}`);
  });
}

/** Validate and parse one day's ranges (`["08:00-12:00", "13:00-18:00"]`); errors name `field[i]`. @internal */
export function parseRanges(ranges: unknown, field: string): readonly LocalRange[] {
  if (!Array.isArray(ranges)) throw new SlaInputError(field, ranges, 'an array of "HH:MM-HH:MM" ranges');
  return ranges.map((range, index) => parseRange(range, `${field}[${index}]`));
}

function parseRange(range: unknown, field: string): LocalRange {
  const expected = 'a local range "HH:MM-HH:MM" (e.g. "08:00-18:00", "22:00-06:00", "00:00-24:00")';
  const parts = typeof range === 'string' ? range.split('-') : [];
  if (parts.length !== 2) throw new SlaInputError(field, range, expected);
  return parseLocalRange(parts[0], parts[1], field, field);
}
