import { CALENDAR_YEAR_RANGE, SlaInputError, formatInstant, formatLocal } from '../../index.js';
import { readInstant } from '../contract-source.js';

const SPACED = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2}(?:\.\d{1,3})?)?$/;

/**
 * An export's date-time without offset, `YYYY-MM-DD HH:MM[:SS[.sss]]` (a
 * space or `T` between date and time), as ISO 8601 local text
 * (`YYYY-MM-DDTHH:MM:SS[.sss]`); `''` stays `''`. Anything else is an
 * `SlaInputError` naming `column`.
 *
 * @example
 * ```ts
 * spacedDateTime('2026-06-09 10:00:00', 'openedAt'); // "2026-06-09T10:00:00"
 * ```
 */
export function spacedDateTime(text: string, column: string): string {
  if (text === '') return '';
  const match = SPACED.exec(text);
  if (match === null) throw new SlaInputError(column, text, 'a date-time such as 2026-06-09 10:00:00 (YYYY-MM-DD HH:MM[:SS])');
  return `${match[1]}T${match[2]}${match[3] ?? ':00'}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const JIRA = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}) (\d{1,2}):(\d{2}) ([AaPp][Mm])$/;

/**
 * A date-time in Jira's default format `dd/MMM/yy h:mm a` (`09/Jun/26 4:30
 * PM`; English month abbreviations, years 2000–2099) as ISO 8601 local text
 * (`2026-06-09T16:30`); `''` stays `''`. 12 AM is midnight, 12 PM noon. A
 * date that does not exist (`31/Apr/26`) or another format is an
 * `SlaInputError` naming `column`.
 *
 * @example
 * ```ts
 * jiraDateTime('09/Jun/26 4:30 PM', 'openedAt'); // "2026-06-09T16:30"
 * ```
 */
export function jiraDateTime(text: string, column: string): string {
  if (text === '') return '';
  const match = JIRA.exec(text);
  const month = match === null ? -1 : MONTHS.indexOf((match[2] as string).toLowerCase());
  const fail = (): never => {
    throw new SlaInputError(column, text, "a date-time in Jira's format dd/MMM/yy h:mm a, such as 09/Jun/26 4:30 PM");
  };
  if (match === null || month < 0) return fail();
  const day = Number(match[1]);
  const year = 2000 + Number(match[3]);
  const hour12 = Number(match[4]);
  const minute = Number(match[5]);
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth || hour12 < 1 || hour12 > 12 || minute > 59) return fail();
  const hour = (hour12 % 12) + ((match[6] as string).toLowerCase() === 'pm' ? 12 : 0);
  return `${year}-${pad(month + 1)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

const WHOLE = /^\d+$/;

/**
 * `start` (an export's local date-time, read in `zone`) plus `minutes` (a
 * whole number, `45`) as an ISO 8601 instant in UTC; `''` minutes give `''`
 * (no end yet). The minutes are added to the instant, not to the wall
 * clock, so a DST change in between does not shift the result. Minutes that
 * are not a whole number, or that give an instant outside the local years
 * slakit answers for (`CALENDAR_YEAR_RANGE`, 1900–2300, in `zone`), are an
 * `SlaInputError` naming `minutesColumn (column)`, e.g. `First reply time in
 * minutes (respondedAt)`; an empty start one naming `column`.
 *
 * @example
 * ```ts
 * plusMinutes('2026-06-09T10:00:00', '45', 'America/New_York', 'respondedAt', 'First reply time in minutes'); // "2026-06-09T14:45:00.000Z"
 * plusMinutes('2026-06-09T10:00:00', '200000000000', 'America/New_York', 'respondedAt', 'First reply time in minutes');
 * // SlaInputError: First reply time in minutes (respondedAt): expected a whole number of minutes (such as 45) giving an instant in the local years 1900–2300, got "200000000000"
 * ```
 */
export function plusMinutes(start: string, minutes: string, zone: string | undefined, column: string, minutesColumn: string): string {
  if (minutes === '') return '';
  const fail = (): never => {
    throw new SlaInputError(`${minutesColumn} (${column})`, minutes, `a whole number of minutes (such as 45) giving an instant in the local years ${CALENDAR_YEAR_RANGE.min}–${CALENDAR_YEAR_RANGE.max}`);
  };
  if (!WHOLE.test(minutes)) return fail();
  if (start === '') throw new SlaInputError(column, start, 'a start to add the minutes to (it is empty)');
  const at = readInstant(start, column, zone) + Number(minutes) * 60_000;
  try {
    formatLocal(at, zone ?? 'UTC'); // the range check: an instant whose local year is 1900–2300 (or their end)
  } catch (error) {
    if (error instanceof SlaInputError) return fail();
    throw error;
  }
  return formatInstant(at);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
