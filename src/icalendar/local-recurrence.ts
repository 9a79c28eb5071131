import type ICAL from 'ical.js';
import { icalModule } from './ical-access.js';
import { SlaInputError } from '../errors.js';
import { IntervalSet } from '../intervals/interval-set.js';
import { MS_PER_DAY, civilFromDays, daysFromCivil } from '../time/civil.js';
import { checkLocalBound } from '../time/year-range.js';
import type { TimeZone } from '../time/zone.js';

/**
 * An RRULE as slakit read it (RFC 5545 §3.3.10). Opaque: slakit's own
 * iCalendar code expands it; `String(rule)` gives its text (e.g.
 * `"FREQ=WEEKLY;BYDAY=SU"`). The type hides the parser's, so that a
 * program's type check never reads the parser's type declarations.
 *
 * @example
 * ```ts
 * const { events } = readIcsEvents(text);
 * String(events[0]?.recurrence.rule); // "FREQ=WEEKLY;BYDAY=SU"
 * ```
 */
export interface RecurrenceRule {
  /** The rule as RFC 5545 text, e.g. `"FREQ=WEEKLY;BYDAY=SU"`. */
  toString(): string;
}

/**
 * A recurring local window: RFC 5545's DTSTART, length, RRULE, EXDATE and
 * RDATE read as *floating* wall-clock times (milliseconds of the local time
 * written as if UTC). ical.js expands the rule in floating time; the zone
 * turns each local start and end into instants with slakit's own rule (a
 * bound in a spring-forward gap is the gap's end, a bound in a fall-back
 * overlap the earlier instant; docs/semantics.md §1), never the library's.
 * @internal
 */
export interface LocalRecurrence {
  /** DTSTART, wall ms. */
  readonly startWall: number;
  /** Wall-clock length of each occurrence (DTEND − DTSTART, or DURATION), ms ≥ 0. */
  readonly lengthWall: number;
  /** DTSTART is a date (an all-day event). */
  readonly allDay: boolean;
  /** RRULE, when it recurs. */
  readonly rule?: RecurrenceRule;
  /** EXDATE: excluded starts, wall ms. */
  readonly exdates: ReadonlySet<number>;
  /** RDATE: extra starts, wall ms. */
  readonly rdates: readonly number[];
}

/** The RRULE parts RFC 5545 §3.3.10 defines; ical.js ignores any other, so slakit refuses them. */
const RULE_PARTS = new Set(['FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST']);

const RRULE_EXPECTED = 'an RFC 5545 RRULE such as "FREQ=DAILY" or "FREQ=MONTHLY;BYDAY=3SA" (FREQ required; parts FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST)';

/** Most occurrences one expansion walks (from DTSTART to the end of the range asked for). */
const MAX_OCCURRENCES = 1_000_000;

/**
 * An RRULE value (with or without the `RRULE:` prefix), checked: FREQ is
 * required and every part is one RFC 5545 defines. Throws
 * {@link SlaInputError} naming `field` and the value otherwise.
 * @internal
 */
export function parseRrule(text: unknown, field: string): ICAL.Recur {
  if (typeof text !== 'string') throw new SlaInputError(field, text, RRULE_EXPECTED);
  const value = text.trim().replace(/^RRULE:/i, '');
  const parts = value.split(';').map((part) => part.split('=')[0]?.toUpperCase() ?? '');
  if (!parts.includes('FREQ') || parts.some((part) => !RULE_PARTS.has(part))) throw new SlaInputError(field, text, RRULE_EXPECTED);
  try {
    return icalModule().Recur.fromString(value);
  } catch (error) {
    throw new SlaInputError(field, text, `${RRULE_EXPECTED}; ${(error as Error).message}`);
  }
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A local date `YYYY-MM-DD` or date-time `YYYY-MM-DDTHH:MM[:SS]` (no offset:
 * it is read in the window's zone) as wall ms. Throws {@link SlaInputError}
 * naming `field` for anything else, or outside the local years 1900–2300.
 * @internal
 */
export function parseLocalDateTime(text: unknown, field: string): { readonly wall: number; readonly allDay: boolean } {
  const match = typeof text === 'string' ? LOCAL_DATE_TIME.exec(text) : null;
  const expected = 'a local date "YYYY-MM-DD" or date-time "YYYY-MM-DDTHH:MM[:SS]" without offset (read in the zone)';
  if (match === null) throw new SlaInputError(field, text, expected);
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [number, number, number, number, number, number];
  const days = daysFromCivil(year, month, day);
  const civil = civilFromDays(days);
  const valid = month >= 1 && month <= 12 && civil.month === month && civil.day === day && hour < 24 && minute < 60 && second < 60;
  if (!valid) throw new SlaInputError(field, text, expected);
  const wall = days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  return { wall: checkLocalBound(wall, field, text), allDay: match[4] === undefined };
}

/** An ical.js time (floating or not) as wall ms: its fields, read as if UTC. @internal */
export function wallOfTime(time: ICAL.Time): number {
  return daysFromCivil(time.year, time.month, time.day) * MS_PER_DAY + (time.isDate ? 0 : ((time.hour * 60 + time.minute) * 60 + time.second) * 1000);
}

/**
 * `rule` with an UNTIL in UTC (`UNTIL=20260103T013000Z`, as RFC 5545 asks
 * when DTSTART has a zone) moved onto the wall clock of `tz`, where the
 * rule is expanded: the occurrence at that instant stays the last one.
 * @internal
 */
export function untilOnWallClock(rule: ICAL.Recur, tz: TimeZone): ICAL.Recur {
  const until = rule.until;
  if (until === null || until === undefined || until.isDate || until.zone !== icalModule().Timezone.utcTimezone) return rule;
  const moved = rule.clone();
  moved.until = floatingTime(tz.toWall(wallOfTime(until)), false);
  return moved;
}

/** Wall ms as a floating ical.js time (a date when `allDay`). */
function floatingTime(wall: number, allDay: boolean): ICAL.Time {
  const date = new Date(wall);
  return icalModule().Time.fromData({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    isDate: allDay,
  });
}

/**
 * The starts (wall ms, ascending, no repeats) of the occurrences whose local
 * range `[start, start + length)` meets `[fromWall, toWall)`; a zero-length
 * occurrence counts when its start is inside. EXDATE removes starts; RDATE
 * adds them.
 * @internal
 */
export function wallStarts(recurrence: LocalRecurrence, fromWall: number, toWall: number, field = 'rrule'): number[] {
  const starts = new Set<number>();
  const take = (start: number) => {
    const meets = start < toWall && (start + recurrence.lengthWall > fromWall || start >= fromWall);
    if (meets && !recurrence.exdates.has(start)) starts.add(start);
  };
  if (recurrence.rule === undefined) {
    take(recurrence.startWall);
  } else {
    const iterator = (recurrence.rule as ICAL.Recur).iterator(floatingTime(recurrence.startWall, recurrence.allDay));
    for (let count = 0; ; count++) {
      const next = iterator.next();
      if (!next) break;
      const start = wallOfTime(next);
      if (start >= toWall) break;
      if (count >= MAX_OCCURRENCES) throw new SlaInputError(field, recurrence.rule.toString(), `a rule with at most ${MAX_OCCURRENCES} occurrences before the end of the range asked for`);
      take(start);
    }
  }
  for (const start of recurrence.rdates) take(start);
  return [...starts].sort((a, b) => a - b);
}

/**
 * The occurrences of `recurrence` in zone `tz` inside `[from, to)` (epoch
 * ms): each local range `[start, start + length)` with both bounds resolved
 * by `fromWall(…, 'boundary')`, so a window lasts its real duration across
 * DST, as slakit's other local ranges do.
 * @internal
 */
export function recurrenceIntervals(recurrence: LocalRecurrence, tz: TimeZone, from: number, to: number, field = 'rrule'): IntervalSet {
  if (to <= from) return IntervalSet.empty();
  // Offsets are under a day: one day of margin on each side finds every occurrence that meets [from, to).
  const starts = wallStarts(recurrence, tz.toWall(from) - MS_PER_DAY, tz.toWall(to) + MS_PER_DAY, field);
  return IntervalSet.of(occurrenceBounds(recurrence, tz, starts).filter(([start, end]) => end > start).map(([start, end]) => ({ start, end }))).clip(from, to);
}

/** `[start, end]` instants of each wall start's occurrence. @internal */
export function occurrenceBounds(recurrence: LocalRecurrence, tz: TimeZone, starts: readonly number[]): [number, number][] {
  return starts.map((start) => [tz.fromWall(start, 'boundary'), tz.fromWall(start + recurrence.lengthWall, 'boundary')]);
}
