import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';
import { type LocalRecurrence, parseLocalDateTime, parseRrule, recurrenceIntervals, untilOnWallClock } from '../icalendar/local-recurrence.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { durationText } from '../time/duration-text.js';
import { TimeZone } from '../time/zone.js';
import type { Recurrence } from './recurrence.js';

/**
 * Options of {@link MaintenanceWindow.rrule}: an iCalendar recurrence
 * (RFC 5545 RRULE) of a local window.
 *
 * @example
 * ```ts
 * // Every day 02:30–03:30 Paris time, except 2026-12-25.
 * const options: RruleWindowOptions = {
 *   id: 'nightly', zone: 'Europe/Paris', start: '2026-01-01T02:30', duration: 'PT1H',
 *   rrule: 'FREQ=DAILY', exdate: ['2026-12-25T02:30'],
 * };
 * ```
 */
export interface RruleWindowOptions {
  /** Stable id, named in explanations. */
  readonly id: string;
  /** IANA zone the local times are read in. */
  readonly zone: string;
  /** The first occurrence's local start (DTSTART): `YYYY-MM-DDTHH:MM[:SS]`, or a date `YYYY-MM-DD` for whole days. */
  readonly start: string;
  /** Wall-clock length of each occurrence (`PT1H`, `{ hours: 1 }`, ms); default a day for a date start. Not with `end`. */
  readonly duration?: DurationInput;
  /** The first occurrence's local end (DTEND), same form as `start`; its distance from `start` is each occurrence's wall-clock length. Not with `duration`. */
  readonly end?: string;
  /** RRULE value, e.g. `FREQ=WEEKLY;BYDAY=SU` (the `RRULE:` prefix is optional). Without it the window happens once. */
  readonly rrule?: string;
  /** Excluded starts (EXDATE), local, in the form of `start`. */
  readonly exdate?: readonly string[];
  /** The clause this window comes from. */
  readonly source?: SourceRef;
}

/**
 * The recurrence of an {@link RruleWindowOptions}, validated: a bad field
 * is an {@link SlaInputError} naming it (`rrule`, `start`, `exdate[1]`, …).
 * @internal
 */
export function rruleRecurrence(options: RruleWindowOptions): Recurrence {
  const tz = TimeZone.of(options.zone, 'zone');
  const recurrence = rruleLocalRecurrence(options, tz);
  // The rule as the user wrote it (ical.js reorders its parts).
  const what = options.rrule === undefined ? `once ${options.start}` : `${options.rrule.trim().replace(/^RRULE:/i, '')} from ${options.start}`;
  const excluded = recurrence.exdates.size > 0 ? ` except ${recurrence.exdates.size} date(s)` : '';
  return { description: `${what} for ${durationText(recurrence.lengthWall)}${excluded} ${tz.name}`, build: (from, to) => recurrenceIntervals(recurrence, tz, from, to) };
}

/** The options' local recurrence (wall times), validated as {@link rruleRecurrence} says. @internal */
export function rruleLocalRecurrence(options: {
  readonly start: string;
  readonly duration?: DurationInput | undefined;
  readonly end?: string | undefined;
  readonly rrule?: string | undefined;
  readonly exdate?: readonly string[] | undefined;
}, tz: TimeZone): LocalRecurrence {
  const start = parseLocalDateTime(options.start, 'start');
  if (options.duration !== undefined && options.end !== undefined) throw new SlaInputError('end', options.end, 'no end when duration is given: give one of them');
  let lengthWall = start.allDay ? 86_400_000 : 0;
  if (options.duration !== undefined) lengthWall = toDurationMs(options.duration, 'duration');
  if (options.end !== undefined) {
    const end = parseLocalDateTime(options.end, 'end');
    if (end.allDay !== start.allDay || end.wall < start.wall) throw new SlaInputError('end', options.end, `a local ${start.allDay ? 'date' : 'date-time'} not before start ${JSON.stringify(options.start)}`);
    lengthWall = end.wall - start.wall;
  }
  if (lengthWall <= 0) throw new SlaInputError(options.end !== undefined ? 'end' : 'duration', options.end ?? options.duration, 'a window of positive length (give duration or end)');
  const rule = options.rrule === undefined ? undefined : untilOnWallClock(parseRrule(options.rrule, 'rrule'), tz);
  const exdateList = options.exdate ?? [];
  if (!Array.isArray(exdateList)) throw new SlaInputError('exdate', exdateList, 'a list of local starts');
  const exdates = new Set(
    exdateList.map((text, i) => {
      const excluded = parseLocalDateTime(text, `exdate[${i}]`);
      if (excluded.allDay !== start.allDay) throw new SlaInputError(`exdate[${i}]`, text, `a local ${start.allDay ? 'date' : 'date-time'}, like start`);
      return excluded.wall;
    }),
  );
  return { startWall: start.wall, lengthWall, allDay: start.allDay, exdates, rdates: [], ...(rule === undefined ? {} : { rule }) };
}
