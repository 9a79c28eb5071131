import { SlaHorizonError, SlaInputError, SlaIntervalError } from '../errors.js';
import { checkKnownKeys } from '../ids.js';
import { type IntervalInput, IntervalSet } from '../intervals/interval-set.js';
import { formatDayNumber, isoWeekday, parseLocalDate, yearFromDays } from '../time/civil.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { type LocalRange, localDayOf, startOfLocalDay } from '../time/local-ranges.js';
import { CALENDAR_YEAR_RANGE, checkLocalDay } from '../time/year-range.js';
import { TimeZone } from '../time/zone.js';
import { type CalendarOperand, type Combination, type Operand, candidateClosedDays, combine, evaluate } from './calendar-expression.js';
import { CalendarYears, sharedRules } from './calendar-years.js';
import { DayRules, type ParsedRelativeRule, checkDate, type PartDayHolidays, type RelativeDayRule, type SpecialHours, parsePartDayHolidays, parseRelativeDays, parseSpecialHours } from './day-rules.js';
import { type HolidayProvider, dateHolidays } from './holidays.js';
import { type ParsedWeek, type WeeklySchedule, parseWeek, sameHours } from './weekly-schedule.js';
import type { YearIndex } from './year-index.js';

export { CALENDAR_YEAR_RANGE } from '../time/year-range.js';

/**
 * Default search horizon of `due`, `nextOpen`, `nextClose` (forwards) and
 * `before`, `previousOpen`, `previousClose` (backwards), in years.
 *
 * @example
 * ```ts
 * BusinessCalendar.always().horizonYears === DEFAULT_HORIZON_YEARS; // true (10)
 * ```
 */
export const DEFAULT_HORIZON_YEARS = 10;

/**
 * Default number of local years a calendar keeps indexed at once.
 *
 * @example
 * ```ts
 * new BusinessCalendar({ zone: 'UTC', week: { mon: ['09:00-17:00'] }, maxCachedYears: 8 }); // a tighter memory bound than the default 64
 * ```
 */
export const DEFAULT_MAX_CACHED_YEARS = 64;

/** Options of {@link BusinessCalendar}; any other key is refused. */
export interface BusinessCalendarOptions {
  /** IANA zone the schedule, holidays and local days are read in. */
  readonly zone: string;
  /** Opening hours per weekday. */
  readonly week: WeeklySchedule;
  /**
   * Whole local days closed: a {@link HolidayProvider}, a `date-holidays`
   * region code (`'FR'`, `'DE-RP'`), or several.
   */
  readonly holidays?: HolidayProvider | string | readonly (HolidayProvider | string)[];
  /** Extra whole local days closed (`YYYY-MM-DD`), e.g. company holidays. */
  readonly closedDates?: readonly string[];
  /** Holidays of the provider that are working days after all (`YYYY-MM-DD`). */
  readonly ignoreHolidays?: readonly string[];
  /**
   * Opening hours of given local dates, replacing the weekly hours there
   * (`hours: []` closes the date): short days, a Saturday opening. They win
   * over holidays and relative rules; a date may not be in `closedDates`
   * too. See {@link SpecialHours}.
   */
  readonly specialHours?: readonly SpecialHours[];
  /**
   * Rules for the days near each holiday, e.g. "the day before a public
   * holiday closes one hour early": `{ relativeTo: 'holiday', offsetDays: -1,
   * closeEarly: 'PT1H' }`. They only shorten days; see
   * {@link RelativeDayRule} for the exact rule.
   */
  readonly relativeDays?: readonly RelativeDayRule[];
  /**
   * How part-day holidays (24 Dec from 14:00 in DE, with holiday type
   * `bank`) close: `'full-day'` (default: the whole date, as before),
   * `'partial'` (only from the holiday's start to its end), `'ignore'`.
   */
  readonly partDayHolidays?: PartDayHolidays;
  /** Intervals open whatever the schedule and holidays say. */
  readonly extraOpen?: readonly IntervalInput[];
  /** How far `due`, `nextOpen`, `nextClose` search forwards and `before`, `previousOpen`, `previousClose` backwards. Default 10 (1–100). */
  readonly horizonYears?: number;
  /** Local years kept indexed at once (memory bound, shared by equal calendars). Default 64. */
  readonly maxCachedYears?: number;
  /** A name for explanations. */
  readonly name?: string;
}

/** The keys of {@link BusinessCalendarOptions}. */
const CALENDAR_OPTION_KEYS: ReadonlySet<string> = new Set<keyof BusinessCalendarOptions>([
  'zone', 'week', 'holidays', 'closedDates', 'ignoreHolidays', 'specialHours', 'relativeDays', 'partDayHolidays', 'extraOpen', 'horizonYears', 'maxCachedYears', 'name',
]);

/** A closed local day and why, from {@link BusinessCalendar.closedDays}. */
export interface ClosedDay {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** Holiday provider id, or `closedDates`. */
  readonly source: string;
  /** The holiday's name, when its provider gives one (an iCalendar closure's SUMMARY, else its UID). */
  readonly name?: string;
  /** Instant the local day starts. */
  readonly start: number;
  /** Instant the next local day starts. */
  readonly end: number;
}

type Builder = (from: number, to: number) => IntervalSet;
type ClosedDaysFn = (from: number, to: number) => ClosedDay[];

/**
 * The rules of a calendar built from a schedule: its indexed years and its
 * closed days. Interned (see {@link sharedRules}): equal calendars share one.
 */
interface Rules {
  readonly years: CalendarYears;
  readonly closedDays: ClosedDaysFn;
}

/** A leaf calendar's rules with its name, to share with a copy (`withHorizon`). */
interface LeafRules extends Rules {
  readonly name: string;
}

/** Internal construction path for derived calendars: a combination, or a leaf's rules with another horizon. */
class Derived {
  constructor(
    readonly zone: string,
    readonly horizonYears: number,
    readonly maxCachedYears: number,
    readonly shape: Combination | LeafRules,
  ) {}
}

function derivedOptions(...args: ConstructorParameters<typeof Derived>): BusinessCalendarOptions {
  return new Derived(...args) as unknown as BusinessCalendarOptions;
}

/**
 * Business time in a zone: when a service desk (or any clock) is open.
 * Immutable; answers every question from per-local-year indexes of open
 * intervals built once and cached, so `elapsed` and `due` cost a binary
 * search, and `elapsed` across many years adds running per-year totals
 * (O(1) per query once the years are known). Calendars built with equal
 * rules — zone, weekly hours, the same holiday providers (a region code
 * always gives the same one), closed dates, ignored holidays, extra open
 * intervals and `maxCachedYears`; not the name or the horizon — share those
 * indexes: a thousand tenant calendars on a few configurations build and
 * keep each local year once per configuration. Bounds of opening hours
 * that fall in a DST gap take effect at the gap's end; ambiguous ones at
 * the earlier instant (docs/concepts.md, "DST: two rules, both explicit").
 *
 * @example
 * ```ts
 * const support = new BusinessCalendar({
 *   zone: 'Europe/Berlin',
 *   week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00-18:00']),
 *   holidays: 'DE-RP',
 * });
 * const due = support.due('2026-05-29T16:00:00+02:00', { hours: 10 });
 * new Date(due).toISOString(); // "2026-06-01T14:00:00.000Z" (Mon 16:00 Berlin)
 * ```
 */
export class BusinessCalendar {
  /** IANA zone of the calendar. */
  readonly zone: string;
  /** Name used in explanations. */
  readonly name: string;
  /** Search horizon of `due`, `nextOpen`, `nextClose` and of `before`, `previousOpen`, `previousClose`, in years. */
  readonly horizonYears: number;
  readonly #tz: TimeZone;
  /** The local years' indexes: shared with every equal leaf calendar. */
  readonly #years: CalendarYears;
  readonly #closedDays: ClosedDaysFn;
  /** This calendar as an operand of `union`, `intersect`, `minus`: itself (a leaf) or its combination. */
  readonly #operand: CalendarOperand | Combination;
  readonly #maxCachedYears: number;

  /**
   * A calendar from a weekly schedule, holidays and exceptions.
   *
   * @throws {SlaInputError} naming the field on a bad option — among them an
   *   unknown key (`holiday` for `holidays`), which would otherwise be read
   *   as absent; the message lists the known keys.
   * @example
   * ```ts
   * const nightly = new BusinessCalendar({ zone: 'Europe/Paris', week: { sat: ['22:00-06:00'] } });
   * ```
   */
  constructor(options: BusinessCalendarOptions) {
    if ((options as unknown) instanceof Derived) {
      const { zone, horizonYears, maxCachedYears, shape } = options as unknown as Derived;
      this.#tz = TimeZone.of(zone);
      this.zone = zone;
      this.name = shape.name;
      this.horizonYears = horizonYears;
      this.#maxCachedYears = maxCachedYears;
      if ('operands' in shape) {
        this.#operand = shape;
        this.#years = new CalendarYears(this.#tz, (from, to) => evaluate(shape, from, to), maxCachedYears);
        // A closed day of a combined calendar is reported only when the combination really has
        // no open time that day (a DE-RP holiday is not closed in "support ∪ 24/7").
        this.#closedDays = (from, to) => candidateClosedDays(shape, from, to).filter((day) => this.openIntervals(day.start, day.end).isEmpty);
      } else {
        this.#operand = { kind: 'calendar', calendar: this };
        this.#years = shape.years;
        this.#closedDays = shape.closedDays;
      }
      return;
    }
    this.#operand = { kind: 'calendar', calendar: this };
    if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, 'calendar options { zone, week, … }');
    checkKnownKeys(options, CALENDAR_OPTION_KEYS, '');
    this.#tz = TimeZone.of(options.zone, 'zone');
    this.zone = options.zone;
    this.name = options.name ?? 'calendar';
    this.horizonYears = checkWhole(options.horizonYears ?? DEFAULT_HORIZON_YEARS, 'horizonYears', 1, 100);
    this.#maxCachedYears = checkWhole(options.maxCachedYears ?? DEFAULT_MAX_CACHED_YEARS, 'maxCachedYears', 3, 1000);
    const week = parseWeek(options.week, 'week');
    const extraOpen = IntervalSet.of(options.extraOpen ?? [], 'extraOpen');
    if (week.every((day) => day.length === 0) && extraOpen.isEmpty) {
      throw new SlaInputError('week', options.week, 'at least one opening range (or extraOpen intervals): this calendar never opens');
    }
    const providers = toProviders(options.holidays);
    const closed = new Set<number>();
    (options.closedDates ?? []).forEach((date, i) => closed.add(checkDate(date, `closedDates[${i}]`)));
    const ignored = new Set<number>();
    (options.ignoreHolidays ?? []).forEach((date, i) => ignored.add(checkDate(date, `ignoreHolidays[${i}]`)));
    const special = parseSpecialHours(options.specialHours, 'specialHours');
    (options.specialHours ?? []).forEach((entry, i) => {
      if (closed.has(checkDate(entry.date, `specialHours[${i}].date`))) throw new SlaInputError(`specialHours[${i}].date`, entry.date, 'a date not also in closedDates (give hours: [] to close it)');
    });
    const relative = parseRelativeDays(options.relativeDays, 'relativeDays');
    const partDays = parsePartDayHolidays(options.partDayHolidays, 'partDayHolidays');
    const tz = this.#tz;
    const days = new DayRules({ tz, week, providers, closed, ignored, special, relative, partDays });
    const closedDays: ClosedDaysFn = (from, to) =>
      days.closedDates(from, to).map(({ day, source, name }) => ({ date: formatDayNumber(day), source, ...(name === undefined ? {} : { name }), start: startOfLocalDay(tz, day), end: startOfLocalDay(tz, day + 1) }));
    const build: Builder = (from, to) => days.openIntervals(from, to).union(extraOpen).clip(from, to);
    const key = rulesKey(options.zone, week, providers, closed, ignored, extraOpen, this.#maxCachedYears, { special, relative, partDays });
    const rules = sharedRules<Rules>(key, () => ({ years: new CalendarYears(tz, build, this.#maxCachedYears), closedDays }));
    this.#years = rules.years;
    this.#closedDays = rules.closedDays;
  }

  /**
   * Open all the time (24/7). The zone only matters for local-year indexing
   * and day helpers.
   *
   * @example
   * ```ts
   * const always = BusinessCalendar.always('Europe/Paris');
   * always.elapsed('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00') / 3_600_000; // 743
   * ```
   */
  static always(zone = 'UTC', name = 'always'): BusinessCalendar {
    return new BusinessCalendar({ zone, name, week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], ['00:00-24:00']) });
  }

  /**
   * French *jours ouvrables*: Monday–Saturday, whole days, closed on French
   * public holidays (Europe/Paris unless given).
   *
   * @example
   * ```ts
   * const jo = BusinessCalendar.joursOuvrables();
   * jo.isBusinessDay('2026-05-02'); // true (a Saturday)
   * jo.isBusinessDay('2026-05-01'); // false (Fête du travail)
   * ```
   */
  static joursOuvrables(options: Partial<BusinessCalendarOptions> = {}): BusinessCalendar {
    return new BusinessCalendar({
      zone: 'Europe/Paris',
      holidays: 'FR',
      name: 'joursOuvrables',
      ...options,
      week: options.week ?? sameHours(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], ['00:00-24:00']),
    });
  }

  /**
   * French *jours ouvrés*: Monday–Friday, whole days, closed on French public
   * holidays (Europe/Paris unless given).
   *
   * @example
   * ```ts
   * BusinessCalendar.joursOuvres().isBusinessDay('2026-05-02'); // false (a Saturday)
   * ```
   */
  static joursOuvres(options: Partial<BusinessCalendarOptions> = {}): BusinessCalendar {
    return new BusinessCalendar({
      zone: 'Europe/Paris',
      holidays: 'FR',
      name: 'joursOuvres',
      ...options,
      week: options.week ?? sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['00:00-24:00']),
    });
  }

  /**
   * Open when this calendar or `other` is open. Keeps this calendar's zone
   * and horizon. Chains flatten: a union of unions is one union of distinct
   * calendars, a chain of any depth is evaluated without recursion, and the
   * name lists the operands, cut to `a ∪ b ∪ … (n calendars)` past 120
   * characters. Throws {@link SlaInputError} naming `other` when it is not a
   * BusinessCalendar.
   *
   * @example
   * ```ts
   * const day = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-12:00'] } });
   * const evening = new BusinessCalendar({ zone: 'UTC', week: { mon: ['18:00-20:00'] } });
   * day.union(evening).elapsed('2026-06-01T00:00Z', '2026-06-02T00:00Z') / 3_600_000; // 6
   * ```
   */
  union(other: BusinessCalendar): BusinessCalendar {
    return this.#combine('union', checkCalendar(other).#operand);
  }

  /**
   * Open when both calendars are open. Keeps this calendar's zone and
   * horizon; flattens like {@link BusinessCalendar.union} (`d.intersect(d)`
   * is `d`). Throws {@link SlaInputError} naming `other` when it is not a
   * BusinessCalendar.
   *
   * @example
   * ```ts
   * const office = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-18:00'] } });
   * const morning = new BusinessCalendar({ zone: 'UTC', week: { mon: ['06:00-10:00'] } });
   * office.intersect(morning).elapsed('2026-06-01T00:00Z', '2026-06-02T00:00Z') / 3_600_000; // 2
   * ```
   */
  intersect(other: BusinessCalendar): BusinessCalendar {
    return this.#combine('intersect', checkCalendar(other).#operand);
  }

  /**
   * Open when this calendar is open and `other` (a calendar or fixed
   * intervals) is not. Flattens: `a.minus(b).minus(c)` and
   * `a.minus(b.union(c))` are one `a − b − c`. Throws {@link SlaInputError}
   * naming `other` when it is neither.
   *
   * @example
   * ```ts
   * const office = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-18:00'] } });
   * const offsite = IntervalSet.of([['2026-06-01T12:00Z', '2026-06-01T14:00Z']]);
   * office.minus(offsite).elapsed('2026-06-01T00:00Z', '2026-06-02T00:00Z') / 3_600_000; // 8
   * ```
   */
  minus(other: BusinessCalendar | IntervalSet): BusinessCalendar {
    return this.#combine('minus', other instanceof IntervalSet ? { kind: 'intervals', set: other } : checkCalendar(other).#operand);
  }

  /**
   * The same calendar with another search horizon (years, 1–100).
   *
   * @example
   * ```ts
   * BusinessCalendar.always().withHorizon(30).horizonYears; // 30
   * ```
   */
  withHorizon(horizonYears: number): BusinessCalendar {
    const years = checkWhole(horizonYears, 'horizonYears', 1, 100);
    const shape = this.#operand.kind === 'calendar' ? { name: this.name, years: this.#years, closedDays: this.#closedDays } : this.#operand;
    return new BusinessCalendar(derivedOptions(this.zone, years, this.#maxCachedYears, shape));
  }

  /** `this kind right` as a new calendar: flat, whatever the depth of the chain (see calendar-expression.ts). */
  #combine(kind: Combination['kind'], right: Operand): BusinessCalendar {
    return new BusinessCalendar(derivedOptions(this.zone, this.horizonYears, this.#maxCachedYears, combine(kind, this.#operand, right)));
  }

  /**
   * Whether the calendar is open at instant `t`.
   *
   * @example
   * ```ts
   * support.isOpen('2026-06-01T09:00:00+02:00'); // true (Monday 09:00)
   * ```
   */
  isOpen(t: InstantInput): boolean {
    const at = toInstant(t, 't');
    const index = this.#years.at(at, 't');
    const i = index.indexAtOrBefore(at);
    return i >= 0 && at < (index.bounds[2 * i + 1] as number);
  }

  /**
   * The first instant at or after `t` at which the calendar is open (`t`
   * itself when open), or `null` when it does not open within the horizon.
   *
   * @example
   * ```ts
   * support.nextOpen('2026-05-30T10:00:00+02:00'); // Mon 2026-06-01 08:00 Berlin, as epoch ms
   * ```
   */
  nextOpen(t: InstantInput): number | null {
    const at = toInstant(t, 't');
    let index = this.#years.at(at, 't');
    const lastYear = index.year + this.horizonYears;
    let i = index.indexAtOrBefore(at);
    if (i >= 0 && at < (index.bounds[2 * i + 1] as number)) return at;
    i++;
    while (i >= index.count) {
      if (index.year + 1 > lastYear || index.year + 1 > CALENDAR_YEAR_RANGE.max) return null;
      index = this.#years.year(index.year + 1, 't');
      i = 0;
    }
    return index.bounds[2 * i] as number;
  }

  /**
   * The first instant at or after `t` at which an open period ends (the end
   * of the current one when open), or `null` when the calendar stays open
   * (or never opens) within the horizon.
   *
   * @example
   * ```ts
   * support.nextClose('2026-06-01T09:00:00+02:00'); // Mon 2026-06-01 18:00 Berlin, as epoch ms
   * ```
   */
  nextClose(t: InstantInput): number | null {
    const open = this.nextOpen(t);
    if (open === null) return null;
    let index = this.#years.at(open, 't');
    const lastYear = index.year + this.horizonYears;
    const i = index.indexAtOrBefore(open);
    let end = index.bounds[2 * i + 1] as number;
    // An open period may run across local-year boundaries: follow it.
    while (end === index.end) {
      if (index.year + 1 > lastYear || index.year + 1 > CALENDAR_YEAR_RANGE.max) return null;
      index = this.#years.year(index.year + 1, 't');
      if (index.count === 0 || (index.bounds[0] as number) !== end) break;
      end = index.bounds[1] as number;
    }
    return end;
  }

  /**
   * The last instant at or before `t` up to which the calendar was open —
   * the mirror of {@link BusinessCalendar.nextOpen} with time running
   * backwards: `t` itself when the calendar is open just before `t` (inside
   * an open period or exactly at its end), else the end of the last open
   * period before `t`; `null` when there is none within the horizon
   * (`horizonYears` local years back). An instant exactly at an opening is
   * not "open just before": it gives the end of the period before.
   * Throws {@link SlaInputError} naming `t` for a bad or out-of-range instant.
   *
   * @example
   * ```ts
   * const office = new BusinessCalendar({ zone: 'UTC', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:00']) });
   * new Date(office.previousClose('2016-01-23T13:14:00Z')!).toISOString(); // "2016-01-22T17:00:00.000Z" (Sat → Fri 17:00)
   * new Date(office.previousClose('2016-01-22T11:00:00Z')!).toISOString(); // "2016-01-22T11:00:00.000Z" (open: t itself)
   * ```
   */
  previousClose(t: InstantInput): number | null {
    const at = toInstant(t, 't');
    const index = this.#yearOfPeriodBefore(at, this.#firstYearBack(at));
    if (index === null) return null;
    const end = index.bounds[2 * index.indexBefore(at) + 1] as number;
    return end < at ? end : at;
  }

  /**
   * The start of the open period running just before `t` (`t` inside it or
   * exactly at its end), else of the last open period before `t` — the
   * mirror of {@link BusinessCalendar.nextClose} with time running
   * backwards; `null` when the calendar has been open since before the
   * horizon (`horizonYears` local years back) or never opened within it.
   * An instant exactly at an opening is not inside the period it opens
   * (as `nextClose` of a closing gives the next period's end): it gives the
   * start of the period before. Throws {@link SlaInputError} naming `t` for
   * a bad or out-of-range instant.
   *
   * @example
   * ```ts
   * const office = new BusinessCalendar({ zone: 'UTC', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:00']) });
   * new Date(office.previousOpen('2016-01-22T11:00:00Z')!).toISOString(); // "2016-01-22T09:00:00.000Z" (Fri, open)
   * new Date(office.previousOpen('2016-01-23T13:14:00Z')!).toISOString(); // "2016-01-22T09:00:00.000Z" (Sat → Fri's opening)
   * ```
   */
  previousOpen(t: InstantInput): number | null {
    const at = toInstant(t, 't');
    const firstYear = this.#firstYearBack(at);
    let index = this.#yearOfPeriodBefore(at, firstYear);
    if (index === null) return null;
    let start = index.bounds[2 * index.indexBefore(at)] as number;
    // An open period may run across local-year boundaries: follow it back.
    while (start === index.start) {
      if (index.year - 1 < firstYear) return null;
      index = this.#years.year(index.year - 1, 't');
      const last = index.count - 1;
      if (last < 0 || (index.bounds[2 * last + 1] as number) !== start) break;
      start = index.bounds[2 * last] as number;
    }
    return start;
  }

  /** The earliest local year a backward search from `at` may read: `horizonYears` back, not before the year range. */
  #firstYearBack(at: number): number {
    return Math.max(this.#years.at(at, 't').year - this.horizonYears, CALENDAR_YEAR_RANGE.min);
  }

  /** The year holding the last open period that starts before `at` (at `indexBefore(at)`), or null when none from `firstYear` on. */
  #yearOfPeriodBefore(at: number, firstYear: number): YearIndex | null {
    let index = this.#years.at(at, 't');
    while (index.indexBefore(at) < 0) {
      if (index.year - 1 < firstYear) return null;
      index = this.#years.year(index.year - 1, 't');
    }
    return index;
  }

  /**
   * The open time inside `[from, to)` as an {@link IntervalSet}.
   *
   * @example
   * ```ts
   * support.openIntervals('2026-06-01T00:00:00+02:00', '2026-06-02T00:00:00+02:00').toArray();
   * // [{ start: Mon 08:00 Berlin, end: Mon 18:00 Berlin }]
   * ```
   */
  openIntervals(from: InstantInput, to: InstantInput): IntervalSet {
    const start = toInstant(from, 'from');
    const end = toInstant(to, 'to');
    if (end < start) throw new SlaIntervalError('openIntervals', start, end);
    if (end === start) return IntervalSet.empty();
    const bounds: number[] = [];
    let index = this.#years.at(start, 'from');
    for (;;) {
      const b = index.bounds;
      for (let i = Math.max(0, index.indexAtOrBefore(start)); i < index.count; i++) {
        const s = b[2 * i] as number;
        const e = b[2 * i + 1] as number;
        if (s >= end) break;
        if (e <= start) continue;
        bounds.push(Math.max(s, start), Math.min(e, end));
      }
      if (index.end >= end) break;
      index = this.#years.year(index.year + 1, 'to');
    }
    return IntervalSet.fromSortedBounds(bounds);
  }

  /**
   * Business time (ms) in `[a, b)`: the open time of the calendar there.
   * Throws {@link SlaIntervalError} when `b < a`.
   *
   * @example
   * ```ts
   * support.elapsed('2026-05-29T16:00:00+02:00', '2026-06-01T16:00:00+02:00') / 3_600_000; // 10
   * ```
   */
  elapsed(a: InstantInput, b: InstantInput): number {
    const from = toInstant(a, 'from');
    const to = toInstant(b, 'to');
    if (to < from) throw new SlaIntervalError('elapsed', from, to);
    return this.#elapsed(from, to, 'from', 'to');
  }

  /** Open ms in [from, to), from <= to; `fromField` / `toField` name the bounds in range errors. */
  #elapsed(from: number, to: number, fromField: string, toField: string): number {
    const years = this.#years;
    const first = years.at(from, fromField);
    if (to <= first.end) return first.openBefore(to) - first.openBefore(from);
    // Reject an out-of-range end before building every year up to it.
    if (to > years.rangeEnd) years.year(CALENDAR_YEAR_RANGE.max + 1, toField);
    // The rest of the first year, the whole years between (running totals: O(1)), the start of the last.
    const last = years.at(to - 1, toField);
    return first.total - first.openBefore(from) + years.wholeYears(first.year + 1, last.year - 1, toField) + last.openBefore(to);
  }

  /**
   * The due instant: the earliest `d` with `elapsed(start, d) = target`
   * (docs/semantics.md §2). A clock started while closed accumulates from the
   * next opening; a target reached exactly at a closing is due at that
   * closing; a zero target is due at `start`. Throws
   * {@link SlaHorizonError} when not reached within the horizon.
   *
   * @example
   * ```ts
   * const due = support.due('2026-06-01T08:00:00+02:00', 'PT10H');
   * new Date(due).toISOString(); // "2026-06-01T16:00:00.000Z" — Mon 18:00 Berlin, not Tue 08:00
   * ```
   */
  due(start: InstantInput, target: DurationInput): number {
    const from = toInstant(start, 'start');
    const amount = targetMs(target);
    if (amount === 0) return from;
    let index = this.#years.at(from, 'start');
    const lastYear = index.year + this.horizonYears;
    let wanted = index.openBefore(from) + amount;
    while (wanted > index.total) {
      wanted -= index.total;
      if (index.year + 1 > lastYear || index.year + 1 > CALENDAR_YEAR_RANGE.max) {
        const bound = index.year + 1 > CALENDAR_YEAR_RANGE.max ? 'years' : 'horizon';
        throw new SlaHorizonError('target', this.horizonYears, `calendar "${this.name}" has ${amount - wanted} ms of ${amount} ms open time after ${new Date(from).toISOString()}`, bound);
      }
      index = this.#years.year(index.year + 1, 'start');
    }
    return index.instantAfterOpen(wanted);
  }

  /**
   * The latest start: the latest instant `s <= end` with
   * `elapsed(s, end) = target` — the mirror of {@link BusinessCalendar.due}
   * ("when must work start to finish by `end`"). Counting backwards from
   * `end`, closed time is skipped; when the target is used up exactly at an
   * opening, the answer is that opening (not the closing before it, which
   * gives the same elapsed time but is earlier). A zero target gives `end`
   * itself. Targets are read as `due` reads them (ms or ISO 8601 /
   * `{ hours }` durations; {@link SlaInputError} naming `target`
   * otherwise); {@link SlaInputError} names `end` for a bad or
   * out-of-range instant. Throws {@link SlaHorizonError} naming `target`
   * when the calendar does not have that much open time within
   * `horizonYears` local years before `end`.
   *
   * @example
   * ```ts
   * const office = new BusinessCalendar({ zone: 'America/Los_Angeles', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:00']) });
   * const start = office.before('2021-11-10T17:00:00-08:00', { hours: 4 });
   * new Date(start).toISOString(); // "2021-11-10T21:00:00.000Z" (Wed 13:00 PST)
   * ```
   */
  before(end: InstantInput, target: DurationInput): number {
    const to = toInstant(end, 'end');
    const amount = targetMs(target);
    if (amount === 0) return to;
    let index = this.#years.at(to, 'end');
    const firstYear = Math.max(index.year - this.horizonYears, CALENDAR_YEAR_RANGE.min);
    let wanted = index.openBefore(to) - amount;
    while (wanted < 0) {
      if (index.year - 1 < firstYear) {
        const bound = index.year - 1 < CALENDAR_YEAR_RANGE.min ? 'years' : 'horizon';
        throw new SlaHorizonError('target', this.horizonYears, `calendar "${this.name}" has ${amount + wanted} ms of ${amount} ms open time before ${new Date(to).toISOString()}`, bound);
      }
      index = this.#years.year(index.year - 1, 'end');
      wanted += index.total;
    }
    return index.instantBeforeOpen(wanted);
  }

  /**
   * Whether local date `date` (`YYYY-MM-DD`) has any open time. Throws
   * {@link SlaInputError} naming `date` when it is not a date of the local
   * years 1900–2300 ({@link CALENDAR_YEAR_RANGE}).
   *
   * @example
   * ```ts
   * support.isBusinessDay('2026-06-04'); // false (Fronleichnam in Rhineland-Palatinate)
   * ```
   */
  isBusinessDay(date: string): boolean {
    return this.#dayOpen(checkCalendarDate(date, 'date'), 'date');
  }

  /**
   * The local date `n` business days after `date` (before it when `n < 0`);
   * `n = 0` gives `date` itself. Throws {@link SlaHorizonError} beyond the
   * horizon, and {@link SlaInputError} naming `date` (not a date of the local
   * years 1900–2300) or `n` (the count walks out of them).
   *
   * @example
   * ```ts
   * support.addBusinessDays('2026-06-03', 1); // "2026-06-05" (skips Fronleichnam)
   * ```
   */
  addBusinessDays(date: string, n: number): string {
    let day = checkCalendarDate(date, 'date');
    if (!Number.isInteger(n)) throw new SlaInputError('n', n, 'a whole number of business days');
    const step = n < 0 ? -1 : 1;
    const limit = this.horizonYears * 366;
    let left = Math.abs(n);
    let walked = 0;
    while (left > 0) {
      day += step;
      if (++walked > limit) throw new SlaHorizonError('n', this.horizonYears, `${n} business days from ${date}`);
      // Walking out of the local years is the count's doing: the error names n.
      if (this.#dayOpen(day, 'n')) left--;
    }
    return formatDayNumber(day);
  }

  /**
   * Closed local days (holidays and `closedDates`) overlapping `[from, to)`,
   * for explanations. For a combined calendar: those of the calendars it is
   * built from (not of a subtracted side) on which the combination has no
   * open time. Throws {@link SlaInputError} naming `from` or `to`
   * when the range leaves the local years 1900–2300
   * ({@link CALENDAR_YEAR_RANGE}), like every other query.
   *
   * @example
   * ```ts
   * support.closedDays('2026-06-01T00:00:00+02:00', '2026-06-08T00:00:00+02:00').map((d) => d.date);
   * // ["2026-06-04"]
   * ```
   */
  closedDays(from: InstantInput, to: InstantInput): ClosedDay[] {
    const start = toInstant(from, 'from');
    const end = toInstant(to, 'to');
    if (end < start) throw new SlaIntervalError('closedDays', start, end);
    if (end === start) return [];
    // Holidays are computed year by year: the range bounds the work as it bounds every query.
    checkLocalDay(localDayOf(this.#tz, start), 'from', from);
    checkLocalDay(localDayOf(this.#tz, end - 1), 'to', to);
    return this.#closedDays(start, end);
  }

  /**
   * The instant local date `date` starts in this calendar's zone. Throws
   * {@link SlaInputError} naming `date` outside the local years 1900–2300.
   *
   * @example
   * ```ts
   * new Date(support.startOfDay('2026-06-01')).toISOString(); // "2026-05-31T22:00:00.000Z"
   * ```
   */
  startOfDay(date: string): number {
    return startOfLocalDay(this.#tz, checkCalendarDate(date, 'date'));
  }

  /**
   * The local date (`YYYY-MM-DD`) of instant `t` in this calendar's zone.
   * Throws {@link SlaInputError} naming `t` when that date is outside the
   * local years 1900–2300 (never a "10000-01-01" slakit could not read back).
   *
   * @example
   * ```ts
   * support.localDate('2026-05-31T22:30:00Z'); // "2026-06-01"
   * ```
   */
  localDate(t: InstantInput): string {
    return formatDayNumber(checkLocalDay(localDayOf(this.#tz, toInstant(t, 't')), 't', t));
  }

  #dayOpen(day: number, field: string): boolean {
    const start = startOfLocalDay(this.#tz, day);
    return this.#elapsed(start, startOfLocalDay(this.#tz, day + 1), field, field) > 0;
  }
}

/** A target of `due` / `before` in ms: a safe whole number of ms as is, anything else read as a duration naming `target`. */
function targetMs(target: DurationInput): number {
  return typeof target === 'number' && Number.isSafeInteger(target) && target >= 0 ? target : toDurationMs(target, 'target');
}

function checkWhole(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new SlaInputError(field, value, `a whole number from ${min} to ${max}`);
  return value;
}

/** The day number of local date `date`, which must be in the calendar's local years. */
function checkCalendarDate(date: string, field: string): number {
  return checkLocalDay(checkDate(date, field), field, date, 'a local date YYYY-MM-DD');
}

function checkCalendar(other: BusinessCalendar): BusinessCalendar {
  if (!(other instanceof BusinessCalendar)) throw new SlaInputError('other', other, 'a BusinessCalendar');
  return other;
}

function toProviders(holidays: BusinessCalendarOptions['holidays']): HolidayProvider[] {
  if (holidays === undefined) return [];
  const list = Array.isArray(holidays) ? holidays : [holidays];
  return list.map((item: HolidayProvider | string, i) => {
    if (typeof item === 'string') return dateHolidays(item);
    if (item !== null && typeof item === 'object' && typeof item.datesInYear === 'function') return item;
    throw new SlaInputError(`holidays[${i}]`, item, 'a region code such as "FR" or a HolidayProvider');
  });
}

/** A number per holiday provider object: rules are equal only with the very same providers. */
const providerIds = new WeakMap<HolidayProvider, number>();
let nextProviderId = 0;

function providerId(provider: HolidayProvider): number {
  let id = providerIds.get(provider);
  if (id === undefined) {
    id = nextProviderId++;
    providerIds.set(provider, id);
  }
  return id;
}

/**
 * The interning key of a leaf calendar's rules: everything its year indexes
 * and closed days are computed from. Providers count by identity (region
 * codes share one provider per region, see {@link dateHolidays}); dates and
 * hours by value, whatever order they were given in. The name and the
 * horizon are not rules: calendars differing only there share indexes.
 */
function rulesKey(
  zone: string,
  week: ParsedWeek,
  providers: readonly HolidayProvider[],
  closed: ReadonlySet<number>,
  ignored: ReadonlySet<number>,
  extraOpen: IntervalSet,
  maxCachedYears: number,
  { special, relative, partDays }: { special: ReadonlyMap<number, readonly LocalRange[]>; relative: readonly ParsedRelativeRule[]; partDays: PartDayHolidays },
): string {
  const ranges = (list: readonly LocalRange[]) => list.map((range) => `${range.startMinute}-${range.endMinute}`).join(',');
  const hours = week.map(ranges).join('|');
  const days = (set: ReadonlySet<number>) => [...set].sort((x, y) => x - y).join(',');
  const specialKey = [...special].sort(([x], [y]) => x - y).map(([day, list]) => `${day}:${ranges(list)}`).join(';');
  const relativeKey = relative.map((rule) => `${rule.offsetDays}:${rule.closeEarlyMinutes}:${rule.keep === undefined ? '' : ranges(rule.keep)}`).join(';');
  return JSON.stringify([zone, hours, providers.map(providerId), days(closed), days(ignored), extraOpen.toBounds(), maxCachedYears, specialKey, relativeKey, partDays]);
}


