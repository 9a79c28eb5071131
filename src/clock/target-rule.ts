import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { SlaHorizonError, SlaInputError } from '../errors.js';
import { checkKnownKeys } from '../ids.js';
import { MS_PER_DAY, MS_PER_MINUTE, formatDayNumber, isoWeekday, parseTimeOfDay, yearFromDays } from '../time/civil.js';
import { formatInstant } from '../time/instant.js';
import { checkLocalDay, isCalendarYear } from '../time/year-range.js';
import { localDayOf, startOfLocalDay } from '../time/local-ranges.js';
import { TimeZone } from '../time/zone.js';

/**
 * How a target that is not a duration reads its deadline, in business days
 * of the target's calendar (see {@link TargetRuleInput} for each rule with a
 * worked example, and docs/concepts.md, "Targets that are not durations"):
 * - `end-of-business-day`: the end of day 0, or of the `days`-th business
 *   day after it;
 * - `by-time`: local time `time` on the `days`-th business day after day 0;
 * - `cutoff`: the end of day 0 when opened before `cutoff` local time, else
 *   the end of the next business day;
 * - `business-days`: "`days` business days", in one of three
 *   {@link BusinessDaysReading}s.
 *
 * @example
 * ```ts
 * const rule: TargetRuleName = 'end-of-business-day';
 * ```
 */
export type TargetRuleName = 'end-of-business-day' | 'by-time' | 'cutoff' | 'business-days';

/**
 * The three readings of "N business days":
 * - `open-hours`: N × the open time of day 0, as business time (8 h days:
 *   2 business days = 16 business hours);
 * - `same-local-time`: the local time the clock starts at (the opening, or
 *   the next opening when opened while closed), N business days later; when
 *   the calendar is closed then, the next opening — in business time the
 *   same instant as the close before it, where the due instant is written
 *   (every due instant is the earliest instant the business time is
 *   reached, so a target reached at a closing is due at that closing);
 * - `end-of-day`: the end of the N-th business day after day 0 (the same
 *   deadline as `{ rule: 'end-of-business-day', days: N }`).
 *
 * @example
 * ```ts
 * const reading: BusinessDaysReading = 'same-local-time';
 * ```
 */
export type BusinessDaysReading = 'open-hours' | 'same-local-time' | 'end-of-day';

/**
 * Which day counts as day 0 for a ticket opened after the day's hours are
 * over (after its last close, or its cutoff) or on a day without open time:
 * - `ticket-date` (default): business days are counted from the local date
 *   the ticket was opened: "the next business day" of a ticket opened on
 *   Sunday is Monday, of one opened on Monday after the close is Tuesday;
 *   a deadline on that date itself ("end of the business day") moves to
 *   the next business day, since the date has no hours left;
 * - `next-business-day`: the ticket counts as opened at the next opening:
 *   the next business day is day 0, so "the next business day" of a ticket
 *   opened on Sunday is Tuesday.
 *
 * @example
 * ```ts
 * const reading: OutsideHoursReading = 'next-business-day';
 * ```
 */
export type OutsideHoursReading = 'ticket-date' | 'next-business-day';

/**
 * How a ticket opened on a business day before its first opening is read:
 * - `same-day` (default): in time for that day (opened 07:00, due at the
 *   end of that very business day);
 * - `outside-hours`: like a ticket opened outside hours (see
 *   {@link OutsideHoursReading}). Then a ticket opened at 08:59, before a
 *   09:00 opening, may be due a business day later than one opened at
 *   09:00: that is the reading, and the one case where a rule's deadline is
 *   not monotone in the opening.
 *
 * @example
 * ```ts
 * const reading: BeforeOpeningReading = 'outside-hours';
 * ```
 */
export type BeforeOpeningReading = 'same-day' | 'outside-hours';

/**
 * A response target that is not a duration, as JSON data. Words used:
 * - a **business day** is a local date of the target's calendar with open
 *   time;
 * - the **end** of a business day is its last close: the last instant of
 *   the local date at which the calendar is open (an open period running
 *   past midnight ends the day at midnight, so the end of a 24-hour day is
 *   the next local midnight);
 * - **day 0** is the local date the ticket was opened when that date is a
 *   business day and the ticket was opened before its end (before its
 *   `cutoff` for the `cutoff` rule; before its first opening counts as in
 *   time unless `beforeOpening: 'outside-hours'`); otherwise it follows
 *   `outsideHours` (default `ticket-date`: the deadline day is the
 *   `max(days, 1)`-th business day after the opening date;
 *   `next-business-day`: the next business day is day 0);
 * - the **N-th business day after** a date skips days without open time.
 *
 * Rules (worked examples on Mon–Fri 09:00–17:30 America/New_York):
 * - `{ rule: 'end-of-business-day' }`: opened Mon 10:00 → Mon 17:30;
 *   opened Mon 18:00 → Tue 17:30.
 * - `{ rule: 'end-of-business-day', days: 1 }`: opened Mon 2026-06-08
 *   10:00 → Tue 2026-06-09 17:30; opened Sat → Mon 17:30 (`ticket-date`)
 *   or Tue 17:30 (`next-business-day`).
 * - `{ rule: 'by-time', days: 1, time: '12:00' }`: opened Mon 15:00 → Tue
 *   12:00. `time` must fall inside the calendar's open hours on the due
 *   day (a deadline in closed time is not a business duration: refused
 *   when a ticket resolves to it). With `days: 0`, a ticket opened at or
 *   after `time` is due at `time` on the next business day.
 * - `{ rule: 'cutoff', cutoff: '15:00' }`: opened Mon 14:59 → Mon 17:30;
 *   opened Mon 15:00 → Tue 17:30.
 * - `{ rule: 'business-days', days: 2, reading: 'open-hours' }`: opened
 *   Mon 10:00 → 2 × 8.5 h = 17 business hours → Wed 10:00.
 * - `{ rule: 'business-days', days: 2, reading: 'same-local-time' }`:
 *   opened Mon 10:00 → Wed 10:00; opened Mon 18:00 (closed: the clock
 *   starts Tue 09:00) → Thu 09:00, in business time Wed 17:30, where it
 *   is due (the same as the `open-hours` reading: 17 business hours).
 * - `{ rule: 'business-days', days: 2, reading: 'end-of-day' }`: opened
 *   Mon 10:00 → Wed 17:30.
 *
 * @example
 * ```ts
 * const p4: TargetRuleInput = { rule: 'end-of-business-day', days: 1 };
 * const noon: TargetRuleInput = { rule: 'by-time', days: 1, time: '12:00', outsideHours: 'next-business-day' };
 * ```
 */
export type TargetRuleInput =
  | { readonly rule: 'end-of-business-day'; readonly days?: number; readonly outsideHours?: OutsideHoursReading; readonly beforeOpening?: BeforeOpeningReading }
  | { readonly rule: 'by-time'; readonly time: string; readonly days?: number; readonly outsideHours?: OutsideHoursReading; readonly beforeOpening?: BeforeOpeningReading }
  | { readonly rule: 'cutoff'; readonly cutoff: string; readonly beforeOpening?: BeforeOpeningReading }
  | {
      readonly rule: 'business-days';
      readonly days: number;
      readonly reading: BusinessDaysReading;
      readonly outsideHours?: OutsideHoursReading;
      readonly beforeOpening?: BeforeOpeningReading;
    };

/** The rule names, in documentation order. @example `TARGET_RULES.includes('cutoff'); // true` */
export const TARGET_RULES: readonly TargetRuleName[] = ['end-of-business-day', 'by-time', 'cutoff', 'business-days'];
/** The readings of "N business days". @example `BUSINESS_DAYS_READINGS[0]; // "open-hours"` */
export const BUSINESS_DAYS_READINGS: readonly BusinessDaysReading[] = ['open-hours', 'same-local-time', 'end-of-day'];
/** The readings of a ticket opened outside hours, default first. @example `OUTSIDE_HOURS_READINGS[0]; // "ticket-date"` */
export const OUTSIDE_HOURS_READINGS: readonly OutsideHoursReading[] = ['ticket-date', 'next-business-day'];
/** The readings of a ticket opened before the day's first opening, default first. @example `BEFORE_OPENING_READINGS[0]; // "same-day"` */
export const BEFORE_OPENING_READINGS: readonly BeforeOpeningReading[] = ['same-day', 'outside-hours'];

/** Largest `days` a rule accepts: about ten years of business days (the calendar's horizon bounds the search anyway). */
const MAX_DAYS = 3660;

type Deadline = ParsedTargetRule['deadline'];

/**
 * A validated rule (see {@link TargetRule.rule}), plain and frozen: the
 * input, and what it reads as.
 *
 * @example
 * ```ts
 * new TargetRule({ rule: 'cutoff', cutoff: '15:00' }, business).rule.minute; // 900 (15:00)
 * ```
 */
export interface ParsedTargetRule {
  /** The rule as given. */
  readonly input: TargetRuleInput;
  /** What the deadline is: a business day's `end`, a local `time` on it, or a `business-days` reading. */
  readonly deadline: 'end' | 'time' | 'open-hours' | 'same-local-time';
  /** Business days after day 0 (0 for the cutoff rule). */
  readonly days: number;
  /** Minutes after local midnight: the by-time deadline, or the cutoff; -1 when none. */
  readonly minute: number;
  /** Whether `minute` is a cutoff (the `cutoff` rule). */
  readonly isCutoff: boolean;
  /** How a ticket opened outside hours counts its days (default `ticket-date`). */
  readonly outsideHours: OutsideHoursReading;
  /** How a ticket opened before the day's first opening counts (default `same-day`). */
  readonly beforeOpening: BeforeOpeningReading;
  /** The rule in words, e.g. "end of the next business day". */
  readonly text: string;
}


const COMMON_KEYS = ['rule', 'days', 'outsideHours', 'beforeOpening'];
const KEYS: Readonly<Record<TargetRuleName, ReadonlySet<string>>> = {
  'end-of-business-day': new Set(COMMON_KEYS),
  'by-time': new Set([...COMMON_KEYS, 'time']),
  cutoff: new Set(['rule', 'cutoff', 'beforeOpening']),
  'business-days': new Set([...COMMON_KEYS, 'reading']),
};

/**
 * Whether a target value is a rule (an object with a `rule` key) rather
 * than a duration.
 *
 * @example
 * ```ts
 * isTargetRule({ rule: 'cutoff', cutoff: '15:00' }); // true
 * isTargetRule({ hours: 4 });                        // false
 * ```
 */
export function isTargetRule(value: unknown): value is TargetRuleInput {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'rule');
}

/**
 * Validate a rule target. Throws {@link SlaInputError} naming the field
 * under `field` (`priorities.p4.target.days`): an unknown rule or reading,
 * `days` negative, not whole or above 3660, a time that is not `HH:MM`
 * from 00:00 to 23:59, an unknown key.
 *
 * @example
 * ```ts
 * parseTargetRule({ rule: 'by-time', days: 1, time: '25:00' }, 'target');
 * // throws SlaInputError: target.time: expected a local time "HH:MM" from 00:00 to 23:59, got "25:00"
 * ```
 * @internal
 */
export function parseTargetRule(value: TargetRuleInput, field: string): ParsedTargetRule {
  if (!isTargetRule(value)) throw new SlaInputError(field, value, `a rule target { rule: ${TARGET_RULES.map((r) => `"${r}"`).join(' | ')}, … }`);
  const record = value as unknown as Record<string, unknown>;
  const rule = record['rule'];
  if (typeof rule !== 'string' || !(TARGET_RULES as readonly string[]).includes(rule)) {
    throw new SlaInputError(`${field}.rule`, rule, `one of ${TARGET_RULES.map((r) => `"${r}"`).join(', ')}`);
  }
  const name = rule as TargetRuleName;
  checkKnownKeys(value, KEYS[name], field);
  const days = name === 'cutoff' ? 0 : checkDays(record['days'], `${field}.days`, name === 'business-days' ? 1 : 0, name === 'business-days' ? undefined : 0);
  const outsideHours = checkReading(record['outsideHours'], `${field}.outsideHours`, OUTSIDE_HOURS_READINGS);
  const beforeOpening = checkReading(record['beforeOpening'], `${field}.beforeOpening`, BEFORE_OPENING_READINGS);
  let deadline: Deadline = 'end';
  let minute = -1;
  if (name === 'by-time') {
    deadline = 'time';
    minute = checkTime(record['time'], `${field}.time`);
  } else if (name === 'cutoff') {
    minute = checkTime(record['cutoff'], `${field}.cutoff`);
  } else if (name === 'business-days') {
    const reading = record['reading'];
    if (typeof reading !== 'string' || !(BUSINESS_DAYS_READINGS as readonly string[]).includes(reading)) {
      throw new SlaInputError(`${field}.reading`, reading, `one of ${BUSINESS_DAYS_READINGS.map((r) => `"${r}"`).join(', ')} (how "${days} business days" is read)`);
    }
    deadline = reading === 'end-of-day' ? 'end' : (reading as Deadline);
  }
  const parsed: ParsedTargetRule = { input: value, deadline, days, minute, isCutoff: name === 'cutoff', outsideHours, beforeOpening, text: ruleText(name, days, minute, record['reading'] as BusinessDaysReading) };
  return Object.freeze(parsed);
}

/**
 * A rule target in words, as explanations and reports write it. Throws
 * what {@link TargetRule}'s constructor throws on an invalid rule.
 *
 * @example
 * ```ts
 * targetRuleText({ rule: 'by-time', days: 1, time: '12:00' }); // "by 12:00 on the next business day"
 * ```
 */
export function targetRuleText(rule: TargetRuleInput): string {
  return parseTargetRule(rule, 'target').text;
}

function checkDays(value: unknown, field: string, min: number, fallback: number | undefined): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > MAX_DAYS) {
    throw new SlaInputError(field, value, `a whole number of business days from ${min} to ${MAX_DAYS}`);
  }
  return value;
}

function checkReading<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  if (value === undefined) return choices[0] as T;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) throw new SlaInputError(field, value, `one of ${choices.map((c) => `"${c}"`).join(', ')}`);
  return value as T;
}

function checkTime(value: unknown, field: string): number {
  const minute = typeof value === 'string' ? parseTimeOfDay(value) : undefined;
  if (minute === undefined || minute >= 1440) throw new SlaInputError(field, value, 'a local time "HH:MM" from 00:00 to 23:59');
  return minute;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** "the business day", "the next business day", "the 3rd next business day". */
function dayText(days: number): string {
  return days === 0 ? 'the business day' : days === 1 ? 'the next business day' : `the ${ordinal(days)} next business day`;
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function ruleText(name: TargetRuleName, days: number, minute: number, reading: BusinessDaysReading): string {
  switch (name) {
    case 'end-of-business-day':
      return `end of ${dayText(days)}`;
    case 'by-time':
      return `by ${hhmm(minute)} on ${dayText(days)}`;
    case 'cutoff':
      return `end of the business day if opened before ${hhmm(minute)}, else of the next`;
    case 'business-days': {
      const how = reading === 'open-hours' ? `${days} × the day's open hours` : reading === 'same-local-time' ? `the same local time ${days} business days later` : `end of ${dayText(days)}`;
      return `${days} business day${days === 1 ? '' : 's'} (${how})`;
    }
  }
}

/**
 * A rule target on its calendar: resolves, for a clock started at an
 * instant, the due instant and the business duration the clock then runs
 * on (`calendar.elapsed(start, due)`). Resolution uses the calendar's
 * queries on epoch ms and the zone's cached offset tables only: no luxon,
 * no allocation. Construction throws {@link SlaInputError} naming the bad
 * field under `field` (see {@link TargetRuleInput}); `dueFrom` throws
 * {@link SlaHorizonError} when no deadline lies within the calendar's
 * horizon, and {@link SlaInputError} naming `target.time` for a `by-time`
 * deadline in closed time.
 *
 * @example
 * ```ts
 * const business = new BusinessCalendar({ zone: 'America/New_York', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:30']), holidays: 'US' });
 * const p4 = new TargetRule({ rule: 'end-of-business-day', days: 1 }, business);
 * new Date(p4.dueFrom(Date.parse('2026-06-08T10:00:00-04:00'))).toISOString(); // "2026-06-09T21:30:00.000Z" (Tue 17:30 New York)
 * p4.targetMsFrom(Date.parse('2026-06-08T10:00:00-04:00')) / 3_600_000;         // 16 (7.5 h Mon + 8.5 h Tue)
 * p4.explain(Date.parse('2026-06-08T10:00:00-04:00')); // "end of the next business day: Tue 2026-06-09 17:30 America/New_York"
 * ```
 */
export class TargetRule {
  /** The validated rule. */
  readonly rule: ParsedTargetRule;
  /** The calendar whose business days the rule counts. */
  readonly calendar: BusinessCalendar;
  /** The rule in words, e.g. "end of the next business day". */
  readonly text: string;
  readonly #field: string;
  readonly #tz: TimeZone;
  /** Days searched for a business day before giving up (the calendar's horizon). */
  readonly #maxDays: number;

  /**
   * Validate `rule` (errors name `field.…`) and bind it to `calendar`.
   *
   * @example
   * ```ts
   * new TargetRule({ rule: 'cutoff', cutoff: '15:00' }, business).text; // "end of the business day if opened before 15:00, else of the next"
   * ```
   */
  constructor(rule: TargetRuleInput, calendar: BusinessCalendar, field = 'target') {
    this.rule = parseTargetRule(rule, field);
    this.#field = field;
    this.calendar = calendar;
    this.text = this.rule.text;
    this.#tz = TimeZone.of(calendar.zone);
    this.#maxDays = calendar.horizonYears * 366;
  }

  /**
   * The business ms the clock of a ticket started at `start` (epoch ms)
   * runs on: `calendar.elapsed(start, dueFrom(start))`, always > 0.
   *
   * @example
   * ```ts
   * p4.targetMsFrom(Date.parse('2026-06-08T10:00:00-04:00')); // 57600000 (16 h)
   * ```
   */
  targetMsFrom(start: number): number {
    const due = this.dueFrom(start);
    const ms = this.calendar.elapsed(start, due);
    // Every deadline is a close, an open instant or a local time checked to be open just before:
    // after `start`, with open time in between. A zero would make the ticket always missed.
    if (!(ms > 0)) throw new SlaInputError(this.#field, this.rule.input, `a rule whose deadline leaves business time after ${new Date(start).toISOString()} (got 0 ms)`);
    return ms;
  }

  /**
   * The deadline of a clock started at `start` (epoch ms): an instant after
   * `start`, epoch ms.
   *
   * @example
   * ```ts
   * new Date(p4.dueFrom(Date.parse('2026-06-06T10:00:00-04:00'))).toISOString(); // "2026-06-08T21:30:00.000Z" (Sat → Mon 17:30)
   * ```
   */
  dueFrom(start: number): number {
    const rule = this.rule;
    const calendar = this.calendar;
    // A rule resolves at the opening: an opening outside the supported years is named as such.
    checkLocalDay(localDayOf(this.#tz, start), 'openedAt', formatInstant(start));
    if (rule.deadline === 'same-local-time') {
      // The clock starts at the next opening; its local time, `days` business days later.
      const from = this.#nextOpen(start);
      const day = localDayOf(this.#tz, from);
      const wallTime = this.#tz.toWall(from) - day * MS_PER_DAY;
      const target = this.#tz.fromWall(this.#addBusinessDays(day, rule.days) * MS_PER_DAY + wallTime);
      // Closed then: the next opening, which in business time is the close before it; written at that close,
      // as every due instant is the earliest instant the business time is reached.
      return calendar.due(start, calendar.elapsed(start, target));
    }
    const opened = localDayOf(this.#tz, start);
    const inTime = this.#inTime(start, opened);
    if (rule.deadline === 'open-hours') {
      // The business day the clock starts on: the opening date when in time, else the next business day.
      const first = inTime ? opened : this.#addBusinessDays(opened, 1);
      return calendar.due(start, rule.days * this.#openMs(first));
    }
    // Day 0 when in time is the opening date. Outside hours, `ticket-date` counts from the opening
    // date but never keeps it as the deadline day (no hours left); `next-business-day` makes the next
    // business day day 0.
    const shift = inTime ? 0 : rule.outsideHours === 'next-business-day' || rule.days === 0 ? 1 : 0;
    const dueDay = this.#addBusinessDays(opened, rule.days + shift);
    if (rule.deadline === 'end') return this.#endOf(dueDay);
    let at = this.#localTime(dueDay, rule.minute);
    // `days: 0` opened at or after the time (or with no business time before it): the same time on the next business day.
    if (at <= start || calendar.elapsed(start, at) === 0) at = this.#localTime(this.#addBusinessDays(dueDay, 1), rule.minute);
    if (calendar.isOpen(at - 1)) return at;
    if (!calendar.isOpen(at)) {
      throw new SlaInputError(`${this.#field}.time`, hhmm(rule.minute), `a time inside the open hours of calendar "${calendar.name}" on ${formatDayNumber(localDayOf(this.#tz, at))}, from an opening to a close (a deadline in closed time is not a business duration)`);
    }
    // At an opening: in business time the same instant as the close before it, where it is due
    // (every due instant is the earliest instant its business time is reached).
    return calendar.due(start, calendar.elapsed(start, at));
  }

  /**
   * The rule and the deadline it resolved to from `start`, in words, in the
   * calendar's local time (for explanations; formats text).
   *
   * @example
   * ```ts
   * p4.explain(Date.parse('2026-06-08T10:00:00-04:00')); // "end of the next business day: Tue 2026-06-09 17:30 America/New_York"
   * ```
   */
  explain(start: number): string {
    const due = this.dueFrom(start);
    const wall = this.#tz.toWall(due);
    let day = Math.floor(wall / MS_PER_DAY);
    let time = new Date(wall).toISOString().slice(11, 16);
    // The end of a day open until midnight is written as that day's 24:00, not the next day's 00:00.
    if (wall === day * MS_PER_DAY && this.rule.deadline === 'end') {
      day--;
      time = '24:00';
    }
    const weekday = WEEKDAYS[isoWeekday(day) - 1] as string;
    return `${this.text}: ${weekday} ${formatDayNumber(day)} ${time} ${this.calendar.zone}`;
  }

  /**
   * Whether a clock started at `start` on local day `day` is in time for
   * that day: the day has open time and `start` is before its end (its
   * cutoff for the `cutoff` rule), and, under `beforeOpening:
   * 'outside-hours'`, at or after its first opening.
   */
  #inTime(start: number, day: number): boolean {
    const rule = this.rule;
    const open = this.#openMs(day);
    if (open === 0) return false;
    let limit = this.#endOf(day, open);
    if (rule.isCutoff) limit = Math.min(limit, this.#localTime(day, rule.minute));
    if (start >= limit) return false;
    return rule.beforeOpening === 'same-day' || this.#nextOpen(this.#startOf(day)) <= start;
  }

  #startOf(day: number): number {
    return startOfLocalDay(this.#tz, day);
  }

  /** Open ms of local day `day`. */
  #openMs(day: number): number {
    return this.calendar.elapsed(this.#startOf(day), this.#startOf(day + 1));
  }

  /** The last close of business day `day`: the earliest instant by which all of its open time has passed. */
  #endOf(day: number, open = this.#openMs(day)): number {
    return this.calendar.due(this.#startOf(day), open);
  }

  /** Local time `minute` on day `day` (a bound in a DST gap takes effect at the gap's end). */
  #localTime(day: number, minute: number): number {
    return this.#tz.fromWall(day * MS_PER_DAY + minute * MS_PER_MINUTE, 'boundary');
  }

  #nextOpen(t: number): number {
    const open = this.calendar.nextOpen(t);
    if (open === null) throw new SlaHorizonError(this.#field, this.calendar.horizonYears, `calendar "${this.calendar.name}" does not open after ${new Date(t).toISOString()}`);
    return open;
  }

  /** The `n`-th business day after local day `day` (`day` itself for 0). */
  #addBusinessDays(day: number, n: number): number {
    let current = day;
    let left = n;
    let walked = 0;
    while (left > 0) {
      current++;
      const beyond = !isCalendarYear(yearFromDays(current));
      if (beyond || ++walked > this.#maxDays) {
        throw new SlaHorizonError(this.#field, this.calendar.horizonYears, `${n} business days of calendar "${this.calendar.name}" after ${formatDayNumber(day)}`, beyond ? 'years' : 'horizon');
      }
      if (this.#openMs(current) > 0) left--;
    }
    return current;
  }
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
