import { SlaInputError, formatInstant, formatLocal } from '../../index.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * An instant as a person reads it in `zone`: weekday, date, time (seconds
 * only when not zero) and the UTC offset, e.g. `Fri 2026-05-29 16:00 +02:00`.
 *
 * @example
 * ```ts
 * localText(1780063200000, 'Europe/Berlin'); // "Fri 2026-05-29 16:00 +02:00"
 * localText(Date.UTC(2400, 0, 1), 'Europe/Berlin'); // "2400-01-01T00:00:00.000Z (UTC)": outside 1900–2300 local
 * ```
 */
export function localText(ms: number, zone: string): string {
  // An instant outside the local years slakit reads (a helpdesk's due in 2400) is written in UTC rather than lost.
  let iso: string;
  try {
    iso = formatLocal(ms, zone); // 2026-05-29T16:00:00.000+02:00
  } catch (error) {
    if (error instanceof SlaInputError) return `${formatInstant(ms)} (UTC)`;
    throw error;
  }
  const date = iso.slice(0, 10);
  const seconds = iso.slice(16, 23);
  const time = seconds === ':00.000' ? iso.slice(11, 16) : seconds.endsWith('.000') ? iso.slice(11, 19) : iso.slice(11, 23);
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] as string;
  return `${weekday} ${date} ${time} ${iso.slice(23)}`;
}

/**
 * An instant in `zone` and in UTC: `Fri 2026-05-29 16:00 +02:00 (2026-05-29T14:00:00.000Z)`.
 *
 * @example
 * ```ts
 * bothTimes(1780063200000, 'Europe/Berlin');
 * ```
 */
export function bothTimes(ms: number, zone: string): string {
  return `${localText(ms, zone)} (${formatInstant(ms)})`;
}

/**
 * A duration for reports: `743 h`, `3 h 05 min`, `25 min`, `4 min 30 s`, `0`.
 *
 * @example
 * ```ts
 * hoursText(14_400_000); // "4 h"
 * hoursText(12_900_000); // "3 h 35 min"
 * ```
 */
export function hoursText(ms: number): string {
  if (ms === 0) return '0';
  const sign = ms < 0 ? '−' : '';
  const abs = Math.abs(ms);
  const hours = Math.floor(abs / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  const seconds = Math.floor((abs % MINUTE) / 1000);
  if (hours > 0 && minutes === 0 && seconds === 0) return `${sign}${hours} h`;
  if (hours > 0) return `${sign}${hours} h ${String(minutes).padStart(2, '0')} min${seconds ? ` ${seconds} s` : ''}`;
  if (minutes > 0) return `${sign}${minutes} min${seconds ? ` ${seconds} s` : ''}`;
  return `${sign}${(abs / 1000).toFixed(abs % 1000 === 0 ? 0 : 3)} s`;
}
