import { SlaInputError } from '../errors.js';
import type { IntervalSet } from '../intervals/interval-set.js';
import { MS_PER_DAY, daysFromCivil } from '../time/civil.js';
import { startOfLocalDay } from '../time/local-ranges.js';
import { CALENDAR_YEAR_RANGE, inLocalYears, isCalendarYear } from '../time/year-range.js';
import type { TimeZone } from '../time/zone.js';
import { YearIndex } from './year-index.js';
import { YearTotals } from './year-totals.js';

/** The mean Gregorian year (365.2425 days), in ms. */
const MS_PER_MEAN_YEAR = 365.2425 * MS_PER_DAY;

/**
 * The indexed local years of one calendar's rules: each year's
 * {@link YearIndex}, built on first use from `build` and kept (at most
 * `maxCachedYears` at once, oldest dropped first), the running totals of
 * open time per year (kept for every year ever built), and the instants
 * the local years start.
 *
 * Immutable data behind a cache: calendars with equal rules may share one
 * (see {@link sharedRules}); the answers never depend on who built a year.
 * @internal
 */
export class CalendarYears {
  readonly #tz: TimeZone;
  readonly #build: (from: number, to: number) => IntervalSet;
  readonly #maxCachedYears: number;
  readonly #years = new Map<number, YearIndex>();
  readonly #starts = new Map<number, number>();
  readonly #totals = new YearTotals();
  #last: YearIndex | undefined;
  #previous: YearIndex | undefined;
  #rangeEnd = Number.NaN;

  constructor(tz: TimeZone, build: (from: number, to: number) => IntervalSet, maxCachedYears: number) {
    this.#tz = tz;
    this.#build = build;
    this.#maxCachedYears = maxCachedYears;
  }

  /** The index of the local year holding `t`; `field` names `t` if that year is out of range. */
  at(t: number, field: string): YearIndex {
    const last = this.#last;
    if (last !== undefined && t >= last.start && t < last.end) return last;
    // Queries that span a year boundary alternate between two years.
    const previous = this.#previous;
    if (previous !== undefined && t >= previous.start && t < previous.end) {
      this.#previous = last;
      this.#last = previous;
      return previous;
    }
    // A year of mean Gregorian length is right but within a couple of days of New Year (leap days
    // drift, zone offsets): there the year starts decide, one step at a time.
    let year = 1970 + Math.floor(t / MS_PER_MEAN_YEAR);
    const cached = this.#years.get(year);
    if (cached !== undefined && t >= cached.start && t < cached.end) return this.#use(cached);
    while (t < this.yearStart(year)) year--;
    while (t >= this.yearStart(year + 1)) year++;
    return this.year(year, field);
  }

  /** The index of local year `year`; `field` names the argument when it is out of range. */
  year(year: number, field: string): YearIndex {
    let index = this.#years.get(year);
    if (index === undefined) {
      if (!isCalendarYear(year)) throw new SlaInputError(field, `local year ${year}`, inLocalYears('an instant'));
      const start = this.yearStart(year);
      const end = this.yearStart(year + 1);
      index = new YearIndex(year, start, end, this.#build(start, end).toBounds());
      this.#totals.record(year, index.total);
      if (this.#years.size >= this.#maxCachedYears) {
        const oldest = this.#years.keys().next().value as number;
        this.#years.delete(oldest);
      }
      this.#years.set(year, index);
    }
    return this.#use(index);
  }

  /**
   * Open ms of the whole local years `from` … `to` (0 when `from > to`):
   * O(1) from the running totals once every year of the run has been
   * built; the first time, the missing years are built.
   */
  wholeYears(from: number, to: number, field: string): number {
    const known = this.#totals.between(from, to);
    if (!Number.isNaN(known)) return known;
    for (let year = from; year <= to; year++) if (!this.#totals.has(year)) this.year(year, field);
    return this.#totals.between(from, to);
  }

  /** The instant the local years end: the start of the year after {@link CALENDAR_YEAR_RANGE}. */
  get rangeEnd(): number {
    if (Number.isNaN(this.#rangeEnd)) this.#rangeEnd = this.yearStart(CALENDAR_YEAR_RANGE.max + 1);
    return this.#rangeEnd;
  }

  /** The instant local year `year` starts (its first local day's start). */
  yearStart(year: number): number {
    let start = this.#starts.get(year);
    if (start === undefined) {
      start = startOfLocalDay(this.#tz, daysFromCivil(year, 1, 1));
      this.#starts.set(year, start);
    }
    return start;
  }

  #use(index: YearIndex): YearIndex {
    if (this.#last !== index) {
      this.#previous = this.#last;
      this.#last = index;
    }
    return index;
  }
}

/** Interned rules by key; a rule set lives as long as a calendar uses it. */
const interned = new Map<string, WeakRef<object>>();
const forget = new FinalizationRegistry<string>((key) => {
  const ref = interned.get(key);
  if (ref !== undefined && ref.deref() === undefined) interned.delete(key);
});

/**
 * The rules interned under `key`, created by `create` when no live
 * calendar holds them. Calendars whose rules have the same key (zone,
 * weekly hours, holiday providers, closed dates, ignored holidays, extra
 * open intervals, cache size) answer from the same year indexes, so a
 * thousand tenants on a few configurations build and keep each local year
 * once per configuration, not once per tenant. Held weakly: when the last
 * calendar using them is collected, so are they.
 * @internal
 */
export function sharedRules<T extends object>(key: string, create: () => T): T {
  const existing = interned.get(key)?.deref();
  if (existing !== undefined) return existing as T;
  const rules = create();
  interned.set(key, new WeakRef(rules));
  forget.register(rules, key);
  return rules;
}
