import type { SourceRef } from '../contract/provenance.js';
import { type Weekday, WEEKDAYS } from '../calendar/weekly-schedule.js';
import { SlaInputError } from '../errors.js';
import type { IntervalSet } from '../intervals/interval-set.js';
import { civilFromDays, daysInMonth, isoWeekday } from '../time/civil.js';
import { TimeZone } from '../time/zone.js';
import { type LocalRange, localRangeIntervals, parseLocalRange } from '../time/local-ranges.js';

/**
 * Options of {@link MaintenanceWindow.daily}.
 *
 * @example
 * ```ts
 * const options: DailyWindowOptions = { id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '08:00' };
 * ```
 */
export interface DailyWindowOptions {
  /** Stable id, named in explanations (e.g. `nightly`). */
  readonly id: string;
  /** IANA zone the local times are read in. */
  readonly zone: string;
  /** Local start `HH:MM`. */
  readonly from: string;
  /** Local end `HH:MM` (`24:00` allowed); not after `from` means the next day. */
  readonly to: string;
  /** The clause this window comes from. */
  readonly source?: SourceRef;
}

/**
 * Options of {@link MaintenanceWindow.weekly}.
 *
 * @example
 * ```ts
 * const options: WeeklyWindowOptions = { id: 'sunday-night', zone: 'Europe/Berlin', day: 'sun', from: '22:00', to: '02:00' };
 * ```
 */
export interface WeeklyWindowOptions {
  /** Stable id, named in explanations. */
  readonly id: string;
  /** IANA zone the local times are read in. */
  readonly zone: string;
  /** The weekday(s) the window starts on. */
  readonly day: Weekday | readonly Weekday[];
  /** Local start `HH:MM`; default `00:00`. */
  readonly from?: string;
  /** Local end `HH:MM`; default `24:00`; not after `from` means the next day. */
  readonly to?: string;
  /** The clause this window comes from. */
  readonly source?: SourceRef;
}

/**
 * Options of {@link MaintenanceWindow.monthlyNthWeekday}.
 *
 * @example
 * ```ts
 * // Letsignit §7: the whole third Saturday of each month.
 * const options: MonthlyNthWeekdayOptions = { id: 'third-saturday', zone: 'Europe/Paris', weekday: 'sat', nth: 3 };
 * ```
 */
export interface MonthlyNthWeekdayOptions {
  /** Stable id, named in explanations (e.g. `third-saturday`). */
  readonly id: string;
  /** IANA zone the local dates and times are read in. */
  readonly zone: string;
  /** The weekday. */
  readonly weekday: Weekday;
  /** Which one in the month: 1–5, or -1 for the last. A month without a 5th has no window. */
  readonly nth: 1 | 2 | 3 | 4 | 5 | -1;
  /** Local start `HH:MM`; default `00:00` (the whole day with the default `to`). */
  readonly from?: string;
  /** Local end `HH:MM`; default `24:00`; not after `from` means the next day. */
  readonly to?: string;
  /** The clause this window comes from. */
  readonly source?: SourceRef;
}

/** What a recurring rule contributes to a {@link MaintenanceWindow}. @internal */
export interface Recurrence {
  readonly description: string;
  readonly build: (from: number, to: number) => IntervalSet;
}

const ORDINALS = ['', '1st', '2nd', '3rd', '4th', '5th'];

/** @internal */
export function dailyRecurrence(options: DailyWindowOptions): Recurrence {
  const tz = TimeZone.of(options.zone, 'zone');
  const range = parseLocalRange(options.from, options.to);
  return recurrence(tz, range, `daily ${range.text}`, () => true);
}

/** @internal */
export function weeklyRecurrence(options: WeeklyWindowOptions): Recurrence {
  const tz = TimeZone.of(options.zone, 'zone');
  const days = typeof options.day === 'string' ? [options.day] : options.day;
  if (!Array.isArray(days) || days.length === 0) throw new SlaInputError('day', options.day, `a weekday (${WEEKDAYS.join(', ')}) or a non-empty list of them`);
  const isoDays = new Set(days.map((day, i) => isoWeekdayOf(day, Array.isArray(options.day) ? `day[${i}]` : 'day')));
  const range = parseLocalRange(options.from ?? '00:00', options.to ?? '24:00');
  return recurrence(tz, range, `weekly ${days.join(', ')} ${range.text}`, (day) => isoDays.has(isoWeekday(day)));
}

/** @internal */
export function monthlyNthWeekdayRecurrence(options: MonthlyNthWeekdayOptions): Recurrence {
  const tz = TimeZone.of(options.zone, 'zone');
  const weekday = isoWeekdayOf(options.weekday, 'weekday');
  const nth = options.nth;
  if (!(Number.isInteger(nth) && ((nth >= 1 && nth <= 5) || nth === -1))) throw new SlaInputError('nth', nth, '1, 2, 3, 4, 5, or -1 for the last');
  const range = parseLocalRange(options.from ?? '00:00', options.to ?? '24:00');
  const which = nth === -1 ? 'last' : ORDINALS[nth];
  return recurrence(tz, range, `${which} ${options.weekday} of each month ${range.text}`, (day) => {
    if (isoWeekday(day) !== weekday) return false;
    const date = civilFromDays(day);
    return nth === -1 ? date.day + 7 > daysInMonth(date.year, date.month) : Math.ceil(date.day / 7) === nth;
  });
}

function recurrence(tz: TimeZone, range: LocalRange, what: string, onDay: (day: number) => boolean): Recurrence {
  return { description: `${what} ${tz.name}`, build: (from, to) => localRangeIntervals(tz, (day) => (onDay(day) ? [range] : []), from, to) };
}

function isoWeekdayOf(day: unknown, field: string): number {
  const index = WEEKDAYS.indexOf(day as Weekday);
  if (index < 0) throw new SlaInputError(field, day, `a weekday, one of ${WEEKDAYS.join(', ')}`);
  return index + 1;
}
