import type ICAL from 'ical.js';
import { icalModule } from './ical-access.js';
import { SlaInputError } from '../errors.js';
import { MS_PER_DAY } from '../time/civil.js';
import { TimeZone } from '../time/zone.js';
import { type LocalRecurrence, parseRrule, untilOnWallClock, wallOfTime } from './local-recurrence.js';

/**
 * One VEVENT of an iCalendar text, read: its UID, where it is, its zone and
 * its recurrence in local wall time. Produced by {@link readIcsEvents}.
 *
 * @example
 * ```ts
 * const { events } = readIcsEvents(text);
 * events[0]?.uid;  // "nightly@example.com"
 * events[0]?.zone; // "Europe/Paris" (from DTSTART;TZID=Europe/Paris)
 * ```
 */
export interface IcsEvent {
  /** UID, or `line <n>` when the event has none. */
  readonly uid: string;
  /** 1-based line of its `BEGIN:VEVENT` in the text. */
  readonly line: number;
  /** SUMMARY, unescaped. */
  readonly summary?: string;
  /**
   * The IANA zone its local times are read in: DTSTART's TZID, `UTC` for a
   * time in UTC (`…Z`), none for a floating time or an all-day date (the
   * caller's zone applies).
   */
  readonly zone?: string;
  /** DTSTART, length, RRULE, EXDATE, RDATE in wall time. @internal */
  readonly recurrence: LocalRecurrence;
}

/**
 * A VEVENT that cannot be used, and why (names the property and value).
 *
 * @example
 * ```ts
 * const rejection: IcsRejection = { uid: 'x@example.com', line: 12, reason: 'TZID "W. Europe Standard Time" is not an IANA zone' };
 * ```
 */
export interface IcsRejection {
  /** UID, when the event has one. */
  readonly uid?: string;
  /** 1-based line of its `BEGIN:VEVENT`. */
  readonly line: number;
  /** Why, naming the property and value. */
  readonly reason: string;
}

/**
 * Read the VEVENTs of an iCalendar text (RFC 5545): every event is either
 * in `events` or in `rejected` with its UID, line and reason, never silently
 * dropped. Times are kept as local wall times with the zone of DTSTART's
 * TZID (an IANA name; VTIMEZONE blocks are not read: slakit applies its own
 * zone rules), UTC for `…Z`, or none (floating times, all-day dates).
 * The length is DTEND − DTSTART or DURATION in wall-clock time (default: a
 * day for a date, zero for a date-time). An event with RECURRENCE-ID
 * replaces that occurrence of its master (same UID). Rejected: a TZID that
 * is not an IANA zone, DTEND in another zone than DTSTART, DTEND before
 * DTSTART, both DTEND and DURATION, a bad RRULE, STATUS:CANCELLED.
 * Throws {@link SlaInputError} naming `ics` when the text is not iCalendar
 * at all.
 *
 * @example
 * ```ts
 * const text = [
 *   'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//example//EN',
 *   'BEGIN:VEVENT', 'UID:nightly', 'DTSTART;TZID=Europe/Paris:20260301T023000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY', 'END:VEVENT',
 *   'END:VCALENDAR',
 * ].join('\r\n');
 * const { events, rejected } = readIcsEvents(text);
 * [events.length, rejected.length]; // [1, 0]
 * ```
 */
export function readIcsEvents(text: string): { events: IcsEvent[]; rejected: IcsRejection[] } {
  if (typeof text !== 'string') throw new SlaInputError('ics', text, 'iCalendar text (RFC 5545)');
  const lines = unfoldedLines(text);
  const first = lines.find((line) => line.text.trim() !== '');
  if (first === undefined || !/^BEGIN:VCALENDAR$/i.test(first.text.trim())) throw new SlaInputError('ics', text.slice(0, 40), 'iCalendar text (RFC 5545) starting with BEGIN:VCALENDAR');
  const events: IcsEvent[] = [];
  const rejected: IcsRejection[] = [];
  const overrides: { uid: string; wall: number }[] = [];
  // Each VEVENT is parsed alone, so one bad event (ical.js throws on a bad RRULE) rejects only itself.
  for (const block of veventBlocks(lines)) {
    const uidLine = block.lines.find((line) => /^UID[:;]/i.test(line));
    const uid = uidLine === undefined ? undefined : uidLine.slice(uidLine.indexOf(':') + 1).trim() || undefined;
    try {
      if (!block.closed) throw new Error('BEGIN:VEVENT without END:VEVENT');
      for (const line of block.lines) if (/^RRULE[:;]/i.test(line)) parseRrule(line.slice(line.indexOf(':') + 1), 'RRULE');
      const ical = icalModule();
      const vevent = new ical.Component(ical.parse(['BEGIN:VCALENDAR', ...block.lines, 'END:VCALENDAR'].join('\r\n')) as unknown[]).getFirstSubcomponent('vevent');
      if (vevent === null) throw new Error('no VEVENT');
      // The UID as ical.js unescapes it (the raw line serves only to name a rejected event).
      const parsedUid = vevent.getFirstPropertyValue('uid');
      const { event, recurrenceId } = readEvent(vevent, typeof parsedUid === 'string' && parsedUid !== '' ? parsedUid : `line ${block.line}`, block.line);
      if (recurrenceId !== undefined) overrides.push({ uid: event.uid, wall: recurrenceId });
      events.push(event);
    } catch (error) {
      rejected.push({ ...(uid === undefined ? {} : { uid }), line: block.line, reason: (error as Error).message });
    }
  }
  // An override (RECURRENCE-ID) takes the place of its master's occurrence.
  for (const { uid, wall } of overrides) {
    const master = events.find((event) => event.uid === uid && event.recurrence.rule !== undefined);
    if (master) (master.recurrence.exdates as Set<number>).add(wall);
  }
  return { events, rejected };
}

/** Content lines with folding undone (RFC 5545 §3.1: a line break followed by a space or tab continues the line), each with its first line number. */
function unfoldedLines(text: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const last = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last !== undefined) last.text += raw.slice(1);
    else lines.push({ text: raw, line: i + 1 });
  });
  return lines;
}

/** The VEVENT blocks (their content lines, BEGIN and END included) with the line of their BEGIN. */
function veventBlocks(lines: readonly { text: string; line: number }[]): { line: number; lines: string[]; closed: boolean }[] {
  const blocks: { line: number; lines: string[]; closed: boolean }[] = [];
  let current: { line: number; lines: string[]; closed: boolean } | undefined;
  for (const { text, line } of lines) {
    const content = text.trim();
    if (current === undefined) {
      if (/^BEGIN:VEVENT$/i.test(content)) current = { line, lines: [content], closed: false };
      continue;
    }
    if (/^BEGIN:VEVENT$/i.test(content) || /^END:VCALENDAR$/i.test(content)) {
      blocks.push(current);
      current = /^BEGIN:VEVENT$/i.test(content) ? { line, lines: [content], closed: false } : undefined;
      continue;
    }
    if (content !== '') current.lines.push(text);
    if (/^END:VEVENT$/i.test(content)) {
      current.closed = true;
      blocks.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) blocks.push(current);
  return blocks;
}

interface TimeValue {
  readonly wall: number;
  readonly zone: string | undefined;
  readonly allDay: boolean;
}

function readEvent(vevent: ICAL.Component, uid: string, line: number): { event: IcsEvent; recurrenceId: number | undefined } {
  if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') throw new Error('STATUS:CANCELLED: the event is cancelled');
  const startProperty = vevent.getFirstProperty('dtstart');
  if (!startProperty) throw new Error('DTSTART: missing');
  const start = timeValue(startProperty, 'DTSTART');
  const endProperty = vevent.getFirstProperty('dtend');
  const durationValue = vevent.getFirstPropertyValue('duration') as ICAL.Duration | null;
  if (endProperty && durationValue) throw new Error('DTEND and DURATION: give one of them, not both');
  const lengthWall = endProperty ? lengthFromEnd(start, timeValue(endProperty, 'DTEND')) : durationValue ? lengthFromDuration(durationValue) : start.allDay ? MS_PER_DAY : 0;
  const ruleValue = vevent.getFirstProperty('rrule');
  if (vevent.getAllProperties('rrule').length > 1) throw new Error('RRULE: more than one; give one rule per event');
  const parsedRule = ruleValue ? (ruleValue.getFirstValue() as ICAL.Recur) : undefined;
  // A floating or all-day rule has no zone: its UNTIL is read on the wall clock as written.
  const rule = parsedRule !== undefined && start.zone !== undefined ? untilOnWallClock(parsedRule, TimeZone.of(start.zone)) : parsedRule;
  const exdates = new Set(dateList(vevent, 'exdate', start));
  const rdates = dateList(vevent, 'rdate', start);
  const recurrenceProperty = vevent.getFirstProperty('recurrence-id');
  const recurrenceId = recurrenceProperty ? sameZoneWall(timeValue(recurrenceProperty, 'RECURRENCE-ID'), start, 'RECURRENCE-ID') : undefined;
  const summary = vevent.getFirstPropertyValue('summary');
  const recurrence: LocalRecurrence = { startWall: start.wall, lengthWall, allDay: start.allDay, exdates, rdates, ...(rule === undefined ? {} : { rule }) };
  const event: IcsEvent = {
    uid,
    line,
    recurrence,
    ...(typeof summary === 'string' ? { summary } : {}),
    ...(start.zone === undefined ? {} : { zone: start.zone }),
  };
  return { event, recurrenceId };
}

/** A DTSTART-like property as wall ms and its zone; a TZID must be an IANA zone. */
function timeValue(property: ICAL.Property, name: string): TimeValue {
  const values = property.getValues() as unknown[];
  return timeOf(values[0], property, name);
}

function timeOf(value: unknown, property: ICAL.Property, name: string): TimeValue {
  if (!(value instanceof icalModule().Time)) throw new Error(`${name}: expected a date or date-time, got ${JSON.stringify(property.toICALString())}`);
  const tzid = property.getParameter('tzid');
  let zone: string | undefined;
  if (typeof tzid === 'string') {
    try {
      zone = TimeZone.of(tzid, name).name;
    } catch {
      throw new Error(`${name}: TZID "${tzid}" is not an IANA zone (such as Europe/Paris); slakit reads zones by their IANA name`);
    }
  } else if (value.zone === icalModule().Timezone.utcTimezone) {
    zone = 'UTC';
  }
  return { wall: wallOfTime(value), zone: value.isDate ? undefined : zone, allDay: value.isDate };
}

function lengthFromEnd(start: TimeValue, end: TimeValue): number {
  if (end.allDay !== start.allDay || end.zone !== start.zone) {
    throw new Error(`DTEND: in ${describeZone(end)}, DTSTART in ${describeZone(start)}; give both in the same zone and form`);
  }
  if (end.wall < start.wall) throw new Error('DTEND: before DTSTART');
  return end.wall - start.wall;
}

function describeZone(time: TimeValue): string {
  return time.allDay ? 'a date' : time.zone === undefined ? 'floating time' : time.zone;
}

/** A DURATION as wall-clock length: weeks and days as days of the wall clock, hours to seconds as themselves. */
function lengthFromDuration(duration: ICAL.Duration): number {
  if (duration.isNegative) throw new Error(`DURATION: negative (${duration.toString()})`);
  return ((((duration.weeks * 7 + duration.days) * 24 + duration.hours) * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
}

/** EXDATE or RDATE values (every property, every value) as wall ms in DTSTART's zone. */
function dateList(vevent: ICAL.Component, name: 'exdate' | 'rdate', start: TimeValue): number[] {
  const label = name.toUpperCase();
  return vevent.getAllProperties(name).flatMap((property) =>
    (property.getValues() as unknown[]).map((value) => sameZoneWall(timeOf(value, property, label), start, label)),
  );
}

/** A time's wall ms on DTSTART's clock: the same zone, or UTC converted into DTSTART's zone. */
function sameZoneWall(time: TimeValue, start: TimeValue, name: string): number {
  if (time.allDay === start.allDay && time.zone === start.zone) return time.wall;
  if (time.zone === 'UTC' && start.zone !== undefined && !start.allDay) return TimeZone.of(start.zone).toWall(time.wall);
  throw new Error(`${name}: in ${describeZone(time)}, DTSTART in ${describeZone(start)}; give them in the same zone`);
}
