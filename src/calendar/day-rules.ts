/**
 * The per-day rules of a leaf calendar, between its weekly hours and its
 * open intervals: holidays (whole-day and part-day), closed dates, special
 * hours on given dates and rules relative to holidays ("the day before a
 * public holiday closes one hour early"). Evaluated once per local year
 * when the year's index is built; nothing here runs on a query's hot path.
 *
 * Which rule decides a local day, most specific first:
 * 1. `specialHours` for that date: its hours, whatever else applies (a
 *    holiday with special hours is open those hours).
 * 2. `closedDates`, or a whole-day holiday of a provider (not listed in
 *    `ignoreHolidays`): closed the whole local day.
 * 3. The first `relativeDays` rule (in the order given) that reaches the
 *    day: the weekly hours, shortened.
 * 4. The weekly hours.
 * Then, under `partDayHolidays: 'partial'`, a part-day holiday closes its
 * hours of the day on top.
 * @internal
 * @module
 */
import { SlaInputError } from '../errors.js';
import { checkKnownKeys } from '../ids.js';
import { IntervalSet } from '../intervals/interval-set.js';
import { MS_PER_MINUTE, formatDayNumber, isoWeekday, parseLocalDate, yearFromDays } from '../time/civil.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { type LocalRange, localDayOf, localRangeIntervals, parseLocalRange, startOfLocalDay } from '../time/local-ranges.js';
import type { TimeZone } from '../time/zone.js';
import type { HolidayProvider } from './holidays.js';
import { type ParsedWeek, parseRanges } from './weekly-schedule.js';

/**
 * Opening hours of one local date, replacing its weekly hours (`[]` closes
 * it). Ranges as in a {@link WeeklySchedule}: `HH:MM-HH:MM`, overnight when
 * the end is not after the start, belonging to the date they start on.
 *
 * @example
 * ```ts
 * const christmasEve: SpecialHours = { date: '2026-12-24', hours: ['09:00-13:00'] };
 * ```
 */
export interface SpecialHours {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** That date's opening hours; `[]` for closed. */
  readonly hours: readonly string[];
}

/**
 * A rule for the days near each holiday of the calendar: the day
 * `offsetDays` away from a holiday (`-1`: the day before) closes early by
 * `closeEarly`, or keeps only its hours inside `hours`. Rules only ever
 * shorten a day:
 * - "holidays" are the calendar's whole-day holidays from its providers
 *   (after `ignoreHolidays`), not `closedDates` nor `specialHours` dates;
 * - a day that is itself closed (a holiday, a closed date) or has
 *   `specialHours` is left as it is;
 * - `closeEarly` (whole minutes, local clock) moves the end of the day's
 *   last range earlier; a range it empties is removed (the rest of the
 *   day keeps its hours);
 * - `hours` keeps the parts of the day's weekly hours inside these ranges;
 * - when several rules reach one day, the first in the list decides.
 *
 * @example
 * ```ts
 * const eve: RelativeDayRule = { relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT1H' };
 * ```
 */
export interface RelativeDayRule {
  /** What the offset counts from; only `'holiday'`. */
  readonly relativeTo: 'holiday';
  /** Local days from the holiday: −14 … 14, not 0 (`-1` is the day before). */
  readonly offsetDays: number;
  /** How much earlier the day's last range ends (exactly one of `closeEarly`, `hours`). */
  readonly closeEarly?: DurationInput;
  /** The ranges of the day's weekly hours kept (exactly one of `closeEarly`, `hours`). */
  readonly hours?: readonly string[];
}

/**
 * How a calendar reads part-day holidays ({@link HolidayProvider.partDaysInYear}):
 * `'full-day'` (default, as before) closes the whole date, `'partial'`
 * closes only the holiday's hours, `'ignore'` does not close anything.
 *
 * @example
 * ```ts
 * new BusinessCalendar({ zone: 'Europe/Berlin', week, holidays: 'DE', holidayTypes: ['public', 'bank'], partDayHolidays: 'partial' });
 * // 24 Dec closes from 14:00 only
 * ```
 */
export type PartDayHolidays = 'full-day' | 'partial' | 'ignore';

/** Largest |offsetDays| of a relative rule. @example `MAX_OFFSET_DAYS; // 14` */
export const MAX_OFFSET_DAYS = 14;

/** The source of a closed day from the calendar's own `closedDates`. */
const CLOSED_DATES = 'closedDates';

const PART_DAY_MODES: readonly PartDayHolidays[] = ['full-day', 'partial', 'ignore'];

/** A validated relative rule: either minutes to cut from the end, or ranges to keep. @internal */
export interface ParsedRelativeRule {
  readonly offsetDays: number;
  readonly closeEarlyMinutes: number;
  readonly keep: readonly LocalRange[] | undefined;
}

/** Validate `specialHours`: dates once each, valid ranges. @internal */
export function parseSpecialHours(list: readonly SpecialHours[] | undefined, field: string): Map<number, readonly LocalRange[]> {
  const special = new Map<number, readonly LocalRange[]>();
  if (list === undefined) return special;
  if (!Array.isArray(list)) throw new SlaInputError(field, list, 'an array of { date: "YYYY-MM-DD", hours: ["HH:MM-HH:MM", …] }');
  list.forEach((entry, i) => {
    if (entry === null || typeof entry !== 'object') throw new SlaInputError(`${field}[${i}]`, entry, '{ date: "YYYY-MM-DD", hours: ["HH:MM-HH:MM", …] }');
    checkKnownKeys(entry, SPECIAL_HOURS_KEYS, `${field}[${i}]`);
    const day = checkDate(entry.date, `${field}[${i}].date`);
    if (special.has(day)) throw new SlaInputError(`${field}[${i}].date`, entry.date, 'a date given once (it is already listed)');
    special.set(day, parseRanges(entry.hours, `${field}[${i}].hours`));
  });
  return special;
}

const SPECIAL_HOURS_KEYS: ReadonlySet<string> = new Set<keyof SpecialHours>(['date', 'hours']);
const RELATIVE_DAY_KEYS: ReadonlySet<string> = new Set<keyof RelativeDayRule>(['relativeTo', 'offsetDays', 'closeEarly', 'hours']);

/** Validate `relativeDays`. @internal */
export function parseRelativeDays(list: readonly RelativeDayRule[] | undefined, field: string): ParsedRelativeRule[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new SlaInputError(field, list, 'an array of { relativeTo: "holiday", offsetDays, closeEarly | hours }');
  return list.map((rule, i) => {
    const at = `${field}[${i}]`;
    if (rule === null || typeof rule !== 'object') throw new SlaInputError(at, rule, '{ relativeTo: "holiday", offsetDays, closeEarly | hours }');
    checkKnownKeys(rule, RELATIVE_DAY_KEYS, at);
    if (rule.relativeTo !== 'holiday') throw new SlaInputError(`${at}.relativeTo`, rule.relativeTo, '"holiday"');
    const offset = rule.offsetDays;
    if (!Number.isInteger(offset) || offset === 0 || Math.abs(offset) > MAX_OFFSET_DAYS) {
      throw new SlaInputError(`${at}.offsetDays`, offset, `a whole number of days from −${MAX_OFFSET_DAYS} to ${MAX_OFFSET_DAYS}, not 0 (−1 is the day before the holiday)`);
    }
    const hasCut = rule.closeEarly !== undefined;
    if (hasCut === (rule.hours !== undefined)) throw new SlaInputError(at, rule, 'exactly one of closeEarly (a duration) or hours (ranges to keep)');
    if (!hasCut) return { offsetDays: offset, closeEarlyMinutes: 0, keep: parseRanges(rule.hours, `${at}.hours`) };
    const ms = toDurationMs(rule.closeEarly as DurationInput, `${at}.closeEarly`);
    if (ms === 0 || ms % MS_PER_MINUTE !== 0) throw new SlaInputError(`${at}.closeEarly`, rule.closeEarly, 'a positive whole number of minutes (e.g. "PT1H")');
    return { offsetDays: offset, closeEarlyMinutes: ms / MS_PER_MINUTE, keep: undefined };
  });
}

/** Validate `partDayHolidays`. @internal */
export function parsePartDayHolidays(mode: PartDayHolidays | undefined, field: string): PartDayHolidays {
  if (mode === undefined) return 'full-day';
  if (!PART_DAY_MODES.includes(mode)) throw new SlaInputError(field, mode, `one of ${PART_DAY_MODES.map((m) => `"${m}"`).join(', ')}`);
  return mode;
}

/** A closed local day and why (see `ClosedDay` in business-calendar.ts). @internal */
export interface ClosedDate {
  readonly day: number;
  readonly source: string;
  /** The holiday's name, when its provider gives one (`HolidayProvider.nameOf`). */
  readonly name?: string;
}

/** What the day rules of a leaf calendar are made of. @internal */
export interface DayRulesInput {
  readonly tz: TimeZone;
  readonly week: ParsedWeek;
  readonly providers: readonly HolidayProvider[];
  readonly closed: ReadonlySet<number>;
  readonly ignored: ReadonlySet<number>;
  readonly special: ReadonlyMap<number, readonly LocalRange[]>;
  readonly relative: readonly ParsedRelativeRule[];
  readonly partDays: PartDayHolidays;
}

/** The holidays of local days `firstDay … lastDay`: whole closed days by source, and part-day closures. */
interface Holidays {
  readonly whole: Map<number, string>;
  readonly part: Map<number, LocalRange[]>;
}

/**
 * A leaf calendar's day rules: its closed days (for explanations) and its
 * open intervals (for the year index), from the weekly hours and every
 * per-day rule, in the precedence of the module comment.
 * @internal
 */
export class DayRules {
  readonly #input: DayRulesInput;

  constructor(input: DayRulesInput) {
    this.#input = input;
  }

  /** Whole closed local days overlapping [from, to), in date order: holidays, closed dates, special hours `[]`. */
  closedDates(from: number, to: number): ClosedDate[] {
    const firstDay = localDayOf(this.#input.tz, from);
    const lastDay = localDayOf(this.#input.tz, to - 1);
    const closed = this.#closed(this.#holidays(firstDay, lastDay), firstDay, lastDay);
    const named = this.#input.providers.filter((provider) => typeof provider.nameOf === 'function');
    if (named.length === 0) return closed;
    return closed.map((date) => {
      const name = named.find((provider) => provider.id === date.source)?.nameOf?.(formatDayNumber(date.day));
      return name === undefined ? date : { ...date, name };
    });
  }

  /** The open time in [from, to) from the weekly hours and the day rules (not `extraOpen`). */
  openIntervals(from: number, to: number): IntervalSet {
    const { tz, week, special, relative } = this.#input;
    // An overnight range of the day before `from` may run into it.
    const firstDay = localDayOf(tz, from) - 1;
    const lastDay = localDayOf(tz, to - 1);
    // Whole-day closures cover their own local day only, so holidays are needed from `from`'s day on
    // (no earlier year is asked for), or MAX_OFFSET_DAYS around it for the relative rules.
    const reach = relative.length > 0 ? MAX_OFFSET_DAYS : 0;
    const holidays = this.#holidays(firstDay + 1 - reach, lastDay + reach);
    const weekly = (day: number) => week[isoWeekday(day) - 1] ?? [];
    const shortened = new Map<number, readonly LocalRange[]>();
    for (const rule of relative) {
      for (const [holiday, source] of holidays.whole) {
        const day = holiday + rule.offsetDays;
        if (source === CLOSED_DATES || day < firstDay || day > lastDay || shortened.has(day) || special.has(day) || holidays.whole.has(day)) continue;
        shortened.set(day, shorten(weekly(day), rule));
      }
    }
    const open = localRangeIntervals(tz, (day) => special.get(day) ?? shortened.get(day) ?? weekly(day), from, to);
    const bounds: number[] = [];
    for (const { day } of this.#closed(holidays, firstDay, lastDay)) bounds.push(startOfLocalDay(tz, day), startOfLocalDay(tz, day + 1));
    const parts = holidays.part.size === 0 ? IntervalSet.empty() : localRangeIntervals(tz, (day) => (special.has(day) ? [] : (holidays.part.get(day) ?? [])), from, to);
    return open.subtract(IntervalSet.fromSortedBounds(bounds)).subtract(parts).clip(from, to);
  }

  /** The whole closed days of `firstDay … lastDay`, in order: a date with special hours is closed only when they are `[]`. */
  #closed(holidays: Holidays, firstDay: number, lastDay: number): ClosedDate[] {
    const { special } = this.#input;
    const byDay = new Map<number, string>();
    for (const [day, source] of holidays.whole) if (day >= firstDay && day <= lastDay && !special.has(day)) byDay.set(day, source);
    for (const [day, ranges] of special) if (ranges.length === 0 && day >= firstDay && day <= lastDay) byDay.set(day, 'specialHours');
    return [...byDay].map(([day, source]) => ({ day, source })).sort((a, b) => a.day - b.day);
  }

  #holidays(firstDay: number, lastDay: number): Holidays {
    const { providers, ignored, partDays } = this.#input;
    const whole = new Map<number, string>();
    const part = new Map<number, LocalRange[]>();
    for (let year = yearFromDays(firstDay); year <= yearFromDays(lastDay); year++) {
      for (const provider of providers) {
        const partial = new Map<number, LocalRange>();
        if (partDays !== 'full-day' && typeof provider.partDaysInYear === 'function') {
          for (const holiday of provider.partDaysInYear(year)) {
            const field = `holidays(${provider.id}).partDaysInYear(${year})`;
            const day = checkProviderDate(holiday?.date, field);
            partial.set(day, parseLocalRange(holiday.from, holiday.to, `${field}.from`, `${field}.to`));
          }
        }
        for (const date of provider.datesInYear(year)) {
          const day = checkProviderDate(date, `holidays(${provider.id}).datesInYear(${year})`);
          if (day < firstDay || day > lastDay || ignored.has(day)) continue;
          const range = partial.get(day);
          if (range === undefined) {
            if (!whole.has(day)) whole.set(day, provider.id);
          } else if (partDays === 'partial') {
            part.set(day, [...(part.get(day) ?? []), range]);
          }
        }
      }
    }
    // ignoreHolidays lists the providers' holidays to work on; it does not reopen the user's own closedDates.
    for (const day of this.#input.closed) if (day >= firstDay && day <= lastDay && !whole.has(day)) whole.set(day, CLOSED_DATES);
    // A whole closed day needs no part-day closure.
    for (const day of whole.keys()) part.delete(day);
    return { whole, part };
  }
}

/** The weekly ranges of a day, shortened by a relative rule. */
function shorten(ranges: readonly LocalRange[], rule: ParsedRelativeRule): readonly LocalRange[] {
  if (rule.keep !== undefined) {
    const kept: LocalRange[] = [];
    for (const range of ranges) {
      for (const keep of rule.keep) {
        const start = Math.max(range.startMinute, keep.startMinute);
        const end = Math.min(range.endMinute, keep.endMinute);
        if (end > start) kept.push({ startMinute: start, endMinute: end, text: `${range.text} ∩ ${keep.text}` });
      }
    }
    return kept;
  }
  if (ranges.length === 0) return ranges;
  let last = 0;
  ranges.forEach((range, i) => {
    if (range.endMinute > (ranges[last] as LocalRange).endMinute) last = i;
  });
  const cut = ranges[last] as LocalRange;
  const end = cut.endMinute - rule.closeEarlyMinutes;
  const others = ranges.filter((_, i) => i !== last);
  return end > cut.startMinute ? [...others, { startMinute: cut.startMinute, endMinute: end, text: `${cut.text} (closes early)` }] : others;
}

/** The day number of a `YYYY-MM-DD` date; {@link SlaInputError} naming `field` otherwise. @internal */
export function checkDate(date: unknown, field: string, expected = 'a local date YYYY-MM-DD'): number {
  const day = typeof date === 'string' ? parseLocalDate(date) : undefined;
  if (day === undefined) throw new SlaInputError(field, date, expected);
  return day;
}

function checkProviderDate(date: unknown, field: string): number {
  return checkDate(date, field, 'local dates YYYY-MM-DD');
}
