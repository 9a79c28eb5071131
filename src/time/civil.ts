/**
 * Proleptic Gregorian calendar arithmetic on "day numbers" (days since
 * 1970-01-01) and "wall milliseconds" (a local wall-clock time written as if
 * it were UTC). Pure integer arithmetic: no Date objects, no time zones.
 * Algorithms after Howard Hinnant, "chrono-compatible low-level date
 * algorithms".
 * @internal
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Day number of a civil date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Civil date of a day number. */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Year of a day number, without allocating. */
export function yearFromDays(dayNumber: number): number {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp < 10 ? 0 : 1);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD` of a day number. */
export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `YYYY-MM-DDTHH:MM[:SS[.mmm]]` of wall milliseconds (seconds shown only when non-zero). */
export function formatWall(wallMs: number): string {
  const dayNumber = Math.floor(wallMs / MS_PER_DAY);
  const inDay = wallMs - dayNumber * MS_PER_DAY;
  const hours = Math.floor(inDay / MS_PER_HOUR);
  const minutes = Math.floor((inDay % MS_PER_HOUR) / MS_PER_MINUTE);
  const seconds = Math.floor((inDay % MS_PER_MINUTE) / 1000);
  const millis = inDay % 1000;
  const time = `${pad(hours, 2)}:${pad(minutes, 2)}`;
  const tail = millis !== 0 ? `:${pad(seconds, 2)}.${pad(millis, 3)}` : seconds !== 0 ? `:${pad(seconds, 2)}` : '';
  return `${formatDayNumber(dayNumber)}T${time}${tail}`;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` string, or `undefined` when it is not a real date. */
export function parseLocalDate(text: string): number | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/** Minutes after midnight of `HH:MM` (`24:00` allowed), or `undefined`. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = TIME_PATTERN.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}
