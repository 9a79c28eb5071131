import { SlaInputError, SlaIntervalError } from '../errors.js';
import { formatInstant, type InstantInput, toInstant } from '../time/instant.js';
import { TimeZone } from '../time/zone.js';
import { type IcsRejection, readIcsEvents } from './ics-events.js';
import { occurrenceBounds, wallStarts } from './local-recurrence.js';

/**
 * One occurrence of a VEVENT as a maintenance window, from {@link icsWindows}.
 *
 * @example
 * ```ts
 * const window: IcsWindow = { id: 'nightly@2026-03-29T01:00:00.000Z', uid: 'nightly', line: 4, start: 1774746000000, end: 1774747800000 };
 * ```
 */
export interface IcsWindow {
  /** `<UID>@<start, ISO UTC>`: unique per occurrence. */
  readonly id: string;
  /** The event's UID (or `line <n>`). */
  readonly uid: string;
  /** Line of the event's `BEGIN:VEVENT`. */
  readonly line: number;
  /** Start, epoch ms. */
  readonly start: number;
  /** End (exclusive), epoch ms. */
  readonly end: number;
  /** The event's SUMMARY. */
  readonly summary?: string;
}

/**
 * Options of {@link icsWindows}: the zone of floating times and the range.
 *
 * @example
 * ```ts
 * const march: IcsWindowsOptions = { zone: 'Europe/Paris', from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' };
 * ```
 */
export interface IcsWindowsOptions {
  /** IANA zone for floating times and all-day dates (events with a TZID or in UTC keep theirs). */
  readonly zone: string;
  /** Start of the range, inclusive. */
  readonly from: InstantInput;
  /** End of the range, exclusive. */
  readonly to: InstantInput;
}

/**
 * The windows of the VEVENTs of an iCalendar text that meet `[from, to)`,
 * each occurrence clipped to it, in start order. Each event is expanded
 * (RRULE, EXDATE, RDATE, RECURRENCE-ID) in its local wall time and each
 * occurrence `[start, start + length)` becomes instants with slakit's
 * rule for local bounds (docs/semantics.md §1): a bound in a
 * spring-forward gap is the gap's end, in a fall-back overlap the earlier
 * instant. `events` counts the VEVENTs read; each is used or in `rejected`
 * with its UID, line and reason (`events = used + rejected.length`).
 * Throws {@link SlaInputError} for a text that is not iCalendar, a bad
 * zone or range.
 *
 * @example
 * ```ts
 * const text = [
 *   'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//example//EN',
 *   'BEGIN:VEVENT', 'UID:nightly', 'DTSTART;TZID=Europe/Paris:20260301T023000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY', 'END:VEVENT',
 *   'END:VCALENDAR',
 * ].join('\r\n');
 * const { windows } = icsWindows(text, { zone: 'Europe/Paris', from: '2026-03-29T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00' });
 * windows.map((w) => [new Date(w.start).toISOString(), new Date(w.end).toISOString()]);
 * // [["2026-03-29T01:00:00.000Z", "2026-03-29T01:30:00.000Z"]]: 03:00–03:30 CEST (02:30 does not exist)
 * ```
 */
export function icsWindows(text: string, options: IcsWindowsOptions): { windows: IcsWindow[]; events: number; used: number; rejected: IcsRejection[] } {
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, '{ zone, from, to }');
  const defaultZone = TimeZone.of(options.zone, 'zone');
  const from = toInstant(options.from, 'from');
  const to = toInstant(options.to, 'to');
  if (to < from) throw new SlaIntervalError('from/to', from, to);
  const { events, rejected } = readIcsEvents(text);
  const windows: IcsWindow[] = [];
  let used = 0;
  for (const event of events) {
    const tz = event.zone === undefined ? defaultZone : TimeZone.of(event.zone);
    let bounds: [number, number][];
    try {
      const starts = wallStarts(event.recurrence, tz.toWall(from) - 86_400_000, tz.toWall(to) + 86_400_000, 'RRULE');
      bounds = occurrenceBounds(event.recurrence, tz, starts);
    } catch (error) {
      rejected.push({ uid: event.uid, line: event.line, reason: (error as Error).message });
      continue;
    }
    used++;
    for (const [start, end] of bounds) {
      const clippedStart = Math.max(start, from);
      const clippedEnd = Math.min(end, to);
      if (clippedEnd <= clippedStart && !(start === end && start >= from && start < to)) continue;
      windows.push({ id: `${event.uid}@${formatInstant(start)}`, uid: event.uid, line: event.line, start: clippedStart, end: Math.max(clippedStart, clippedEnd), ...(event.summary === undefined ? {} : { summary: event.summary }) });
    }
  }
  windows.sort((a, b) => a.start - b.start || a.end - b.end);
  rejected.sort((a, b) => a.line - b.line);
  return { windows, events: used + rejected.length, used, rejected };
}
