/**
 * The workload calendar's open intervals computed independently of slakit,
 * with luxon: each local day Mon–Fri that is not a holiday is open
 * 08:00–18:00 Europe/Berlin. Used by the bare index (built once) and the
 * naive day walk (per call).
 */
import { DateTime } from 'luxon';
import { OPEN_FROM_HOUR, OPEN_TO_HOUR, ZONE } from '../workload.js';

/** The open interval [open, close) of a local day, or undefined when it is closed. */
export function openIntervalOf(day: DateTime, holidays: ReadonlySet<string>): [number, number] | undefined {
  if (day.weekday > 5 || holidays.has(day.toISODate() as string)) return undefined;
  return [day.set({ hour: OPEN_FROM_HOUR }).toMillis(), day.set({ hour: OPEN_TO_HOUR }).toMillis()];
}

/** Local midnight (start of day) of instant `t` in the workload zone. */
export function localDayOf(t: number): DateTime {
  return DateTime.fromMillis(t, { zone: ZONE }).startOf('day');
}
