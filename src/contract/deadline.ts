import { SlaInputError } from '../errors.js';
import { MS_PER_DAY, formatDayNumber, parseLocalDate } from '../time/civil.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { checkLocalDay } from '../time/year-range.js';
import { TimeZone } from '../time/zone.js';
import type { SourceRef } from './provenance.js';

/** A calendar-day deadline, from {@link calendarDayDeadline}. */
export interface CalendarDayDeadline {
  /** Local date the count starts from (day 0). */
  readonly fromDate: string;
  /** Calendar days allowed. */
  readonly days: number;
  /** The last local day on which the action is still in time. */
  readonly lastDay: string;
  /** Exclusive bound: the local midnight after `lastDay`. An action at `t` is in time iff `t < endsAt`. */
  readonly endsAt: number;
  /** IANA zone the days are counted in. */
  readonly zone: string;
  /** Where the rule comes from, when known. */
  readonly source?: SourceRef;
}

/**
 * A deadline of `days` calendar days after `from` (docs/semantics.md §2: "jours"
 * with no qualifier are calendar days in the contract's zone; the deadline is
 * the end of that local day). `from` is an instant (its local date in `zone`
 * is day 0) or a local date `YYYY-MM-DD`. Throws {@link SlaInputError}
 * naming `zone`, `days` (not a whole number from 0 to 36600, or a last day
 * past the local year 2300) or `from` (not a date or instant of the local
 * years 1900–2300).
 *
 * @example
 * ```ts
 * // Letsignit §11: data downloadable for 90 days after the end of contract.
 * const d = calendarDayDeadline({ from: '2026-12-31', days: 90, zone: 'Europe/Paris' });
 * d.lastDay;                         // "2027-03-31"
 * new Date(d.endsAt).toISOString();  // "2027-03-31T22:00:00.000Z" (local midnight, CEST)
 * ```
 */
export function calendarDayDeadline(options: {
  readonly from: InstantInput;
  readonly days: number;
  readonly zone: string;
  readonly source?: SourceRef;
}): CalendarDayDeadline {
  const tz = TimeZone.of(options.zone, 'zone');
  if (!Number.isInteger(options.days) || options.days < 0 || options.days > 36_600) {
    throw new SlaInputError('days', options.days, 'a whole number of calendar days from 0 to 36600');
  }
  const fromDay = checkLocalDay(
    typeof options.from === 'string' && parseLocalDate(options.from) !== undefined
      ? (parseLocalDate(options.from) as number)
      : Math.floor(tz.toWall(toInstant(options.from, 'from')) / MS_PER_DAY),
    'from',
    options.from,
    'a local date or an instant',
  );
  const lastDay = checkLocalDay(fromDay + options.days, 'days', options.days, `a number of days whose last day (from ${formatDayNumber(fromDay)}) is`);
  return {
    fromDate: formatDayNumber(fromDay),
    days: options.days,
    lastDay: formatDayNumber(lastDay),
    endsAt: tz.fromWall((lastDay + 1) * MS_PER_DAY, 'boundary'),
    zone: options.zone,
    ...(options.source ? { source: options.source } : {}),
  };
}
