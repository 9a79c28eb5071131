/**
 * `slakit/holidays`: region codes (`holidays: 'FR'`) in every runtime.
 *
 * Importing this entry gives slakit the `date-holidays` package, so that
 * calendars can name a region code in a browser bundle or on Node < 20.16
 * (Node ≥ 20.16 loads it on demand without this import). A calendar with a
 * plain holiday list needs neither.
 *
 * @example
 * ```ts
 * import 'slakit/holidays';
 * import { BusinessCalendar, sameHours } from 'slakit';
 * new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(['mon'], ['09:00-17:00']), holidays: 'FR' });
 * ```
 *
 * @module
 */
import Holidays from 'date-holidays';
import { registerDateHolidays } from './calendar/date-holidays-source.js';

registerDateHolidays(Holidays);

export { dateHolidays, type DateHolidaysOptions, type HolidayProvider } from './calendar/holidays.js';
export { registerDateHolidays, type DateHolidaysClass } from './calendar/date-holidays-source.js';
