import type { HolidayProvider } from '../calendar/holidays.js';
import { SlaInputError } from '../errors.js';
import { MS_PER_DAY, daysFromCivil, formatDayNumber } from '../time/civil.js';
import { type IcsEvent, readIcsEvents } from './ics-events.js';
import { type LocalRecurrence, parseLocalDateTime, parseRrule, wallStarts } from './local-recurrence.js';

/**
 * One closure given as data rather than iCalendar text: a whole local day
 * (or several), once or recurring.
 *
 * @example
 * ```ts
 * const christmas: ClosureEvent = { date: '2026-12-25', rrule: 'FREQ=YEARLY', summary: 'Christmas' };
 * const summerBreak: ClosureEvent = { date: '2026-08-03', days: 5 };
 * ```
 */
export interface ClosureEvent {
  /** First closed local date `YYYY-MM-DD`. */
  readonly date: string;
  /** Consecutive days closed from `date`; default 1. */
  readonly days?: number;
  /** RRULE value, e.g. `FREQ=YEARLY`: the closure recurs. */
  readonly rrule?: string;
  /** Excluded first dates (EXDATE), `YYYY-MM-DD`. */
  readonly exdate?: readonly string[];
  /** What it is, for explanations. */
  readonly summary?: string;
}

/**
 * A {@link HolidayProvider} from a closure feed: an iCalendar text whose
 * VEVENTs are all-day events (`DTSTART;VALUE=DATE`, with DTEND, DURATION,
 * RRULE, EXDATE, RDATE), or a list of {@link ClosureEvent}. Every local
 * date an occurrence covers is closed, as a holiday: a calendar's
 * `ignoreHolidays` reopens it and its `relativeDays` count it.
 * `nameOf(date)` names a closed date by the event that closes it (its
 * SUMMARY, else its UID; a {@link ClosureEvent}'s `summary`), so an
 * explanation reads `holiday 2027-03-25 Office move (closures[0])`. Throws
 * {@link SlaInputError} naming `field` (and the event's UID and line) for
 * a VEVENT that is not all-day (closures close whole local days) or that
 * cannot be read, and for a bad {@link ClosureEvent}.
 *
 * @example
 * ```ts
 * const feed = [
 *   'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//example//EN',
 *   'BEGIN:VEVENT', 'UID:xmas', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227', 'RRULE:FREQ=YEARLY', 'END:VEVENT',
 *   'END:VCALENDAR',
 * ].join('\r\n');
 * [...icsClosures(feed).datesInYear(2027)]; // ["2027-12-24", "2027-12-25", "2027-12-26"]
 * ```
 */
export function icsClosures(input: string | readonly ClosureEvent[], field = 'closures', id = field): HolidayProvider {
  const closures = typeof input === 'string' ? fromText(input, field) : fromEvents(input, field);
  // Per year: each closed local day (day number) and the name of the first closure covering it.
  const cache = new Map<number, ReadonlyMap<number, string | undefined>>();
  const closedIn = (year: number): ReadonlyMap<number, string | undefined> => {
    const cached = cache.get(year);
    if (cached) return cached;
    const first = daysFromCivil(year, 1, 1);
    const next = daysFromCivil(year + 1, 1, 1);
    const days = new Map<number, string | undefined>();
    for (const { recurrence, name } of closures) {
      for (const start of wallStarts(recurrence, first * MS_PER_DAY, next * MS_PER_DAY, field)) {
        const startDay = Math.floor(start / MS_PER_DAY);
        const endDay = Math.ceil((start + recurrence.lengthWall) / MS_PER_DAY);
        for (let day = Math.max(startDay, first); day < Math.min(endDay, next); day++) if (!days.has(day)) days.set(day, name);
      }
    }
    const sorted = new Map([...days].sort(([a], [b]) => a - b));
    cache.set(year, sorted);
    return sorted;
  };
  const datesCache = new Map<number, readonly string[]>();
  return {
    id,
    datesInYear(year: number): readonly string[] {
      const cached = datesCache.get(year);
      if (cached) return cached;
      const dates = Object.freeze([...closedIn(year).keys()].map(formatDayNumber));
      datesCache.set(year, dates);
      return dates;
    },
    nameOf(date: string): string | undefined {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
      if (match === null) return undefined;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      return closedIn(year).get(daysFromCivil(year, month, day));
    },
  };
}

/** A closure's recurrence and its name for explanations (the VEVENT's SUMMARY, else its UID; a {@link ClosureEvent}'s `summary`). */
interface NamedClosure {
  readonly recurrence: LocalRecurrence;
  readonly name: string | undefined;
}

function fromText(text: string, field: string): NamedClosure[] {
  const { events, rejected } = readIcsEvents(text);
  const first = rejected[0];
  if (first !== undefined) throw new SlaInputError(field, eventName(first.uid, first.line), `a readable VEVENT: ${first.reason}`);
  return events.map((event: IcsEvent) => {
    if (!event.recurrence.allDay) throw new SlaInputError(field, eventName(event.uid, event.line), 'an all-day VEVENT (DTSTART;VALUE=DATE): closures close whole local days');
    return { recurrence: event.recurrence, name: displayName(event.summary ?? event.uid) };
  });
}

function eventName(uid: string | undefined, line: number): string {
  return `VEVENT ${uid === undefined ? '' : `${uid} `}at line ${line}`;
}

function fromEvents(events: readonly ClosureEvent[], field: string): NamedClosure[] {
  if (!Array.isArray(events)) throw new SlaInputError(field, events, 'iCalendar text or a list of { date, days?, rrule?, exdate?, summary? }');
  return events.map((event, i) => {
    const at = `${field}[${i}]`;
    if (event === null || typeof event !== 'object') throw new SlaInputError(at, event, '{ date, days?, rrule?, exdate?, summary? }');
    const start = parseLocalDateTime(event.date, `${at}.date`);
    if (!start.allDay) throw new SlaInputError(`${at}.date`, event.date, 'a local date YYYY-MM-DD');
    const days = event.days ?? 1;
    if (!Number.isInteger(days) || days < 1 || days > 366) throw new SlaInputError(`${at}.days`, event.days, 'a whole number of days, 1–366');
    const exdateList: readonly string[] = event.exdate ?? [];
    if (!Array.isArray(exdateList)) throw new SlaInputError(`${at}.exdate`, event.exdate, 'a list of local dates YYYY-MM-DD');
    const exdates = new Set<number>(
      exdateList.map((date, j) => {
        const excluded = parseLocalDateTime(date, `${at}.exdate[${j}]`);
        if (!excluded.allDay) throw new SlaInputError(`${at}.exdate[${j}]`, date, 'a local date YYYY-MM-DD');
        return excluded.wall;
      }),
    );
    const rule = event.rrule === undefined ? undefined : parseRrule(event.rrule, `${at}.rrule`);
    const recurrence: LocalRecurrence = { startWall: start.wall, lengthWall: days * MS_PER_DAY, allDay: true, exdates, rdates: [], ...(rule === undefined ? {} : { rule }) };
    return { recurrence, name: typeof event.summary === 'string' && event.summary !== '' ? displayName(event.summary) : undefined };
  });
}

/** Longest closure name shown, in characters; a longer one is cut with "…". */
const MAX_NAME = 120;

/**
 * A closure's name as explanations and text reports show it, one line
 * whatever the feed says: control characters (a newline would start a
 * fake line of the report) and bidirectional overrides become spaces, runs
 * of spaces one, and a name past {@link MAX_NAME} characters is cut.
 */
function displayName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const line = name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  if (line === '') return undefined;
  return line.length > MAX_NAME ? `${line.slice(0, MAX_NAME - 1)}…` : line;
}

