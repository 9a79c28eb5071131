import { SlaInputError } from '../errors.js';
import { ownValue } from '../ids.js';
import { MS_PER_DAY, MS_PER_MINUTE, formatDayNumber, parseLocalDate } from '../time/civil.js';
import { dateHolidaysClass } from './date-holidays-source.js';
import { HOLIDAY_CORRECTIONS, type SourceHoliday } from './holiday-corrections.js';
import { holidayTableOf, tableHolidays } from './holiday-table.js';

/**
 * Where a calendar's holidays come from: for a local year, the local dates
 * (`YYYY-MM-DD`) that are whole closed days. Implement it to plug in your own
 * list; slakit asks once per year and caches the answer.
 *
 * @example
 * ```ts
 * const companyHolidays: HolidayProvider = {
 *   id: 'acme',
 *   datesInYear: (year) => [`${year}-12-24`, `${year}-12-31`],
 * };
 * ```
 */
export interface HolidayProvider {
  /** A short id for explanations (e.g. `date-holidays:DE-RP`). */
  readonly id: string;
  /** Local dates `YYYY-MM-DD` of the holidays of `year`. */
  datesInYear(year: number): Iterable<string>;
  /**
   * The holidays of `year` that last part of a day only (24 Dec from 14:00
   * in DE with type `bank`), each also listed by `datesInYear`. A calendar
   * reads them only with `partDayHolidays: 'partial'` or `'ignore'`; by
   * default a part-day holiday closes its whole day. Optional.
   */
  partDaysInYear?(year: number): Iterable<PartDayHoliday>;
  /**
   * The name of the holiday on a local date `YYYY-MM-DD` it lists (an
   * iCalendar closure's SUMMARY), for explanations; `undefined` when it has
   * none. Optional.
   */
  nameOf?(date: string): string | undefined;
}

/**
 * A holiday that closes part of a local day, from
 * {@link HolidayProvider.partDaysInYear}: closed from `from` to `to`
 * (local `HH:MM`; `to` may be `"24:00"`).
 *
 * @example
 * ```ts
 * const christmasEve: PartDayHoliday = { date: '2026-12-24', from: '14:00', to: '24:00' };
 * ```
 */
export interface PartDayHoliday {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** Local time the closure starts, `HH:MM`. */
  readonly from: string;
  /** Local time the closure ends, `HH:MM` after `from`, `"24:00"` for the end of the day. */
  readonly to: string;
}

/** Options of {@link dateHolidays}. */
export interface DateHolidaysOptions {
  /** Holiday types that close the day. Default `['public']`. */
  readonly types?: readonly string[];
  /** Apply {@link HOLIDAY_CORRECTIONS}. Default `true`. */
  readonly corrections?: boolean;
}

/**
 * Holidays from the `date-holidays` package for a region: `'FR'`, `'DE-RP'`,
 * `'GB-ENG'`, `'US'`, `'JP'` (country, optionally `-` state). Type `public` by
 * default, with the documented {@link HOLIDAY_CORRECTIONS}. One provider per
 * region and options in a process: every call (and every calendar given the
 * region code) gets the same one, so each region's year is computed once and
 * shared (its date lists are frozen). Throws {@link SlaInputError} naming
 * `holidays.region` for a code date-holidays does not list (codes are looked
 * up as own keys: `'constructor'`, `'toString'`, `'FR-toString'` are unknown).
 * The regions the presets name (FR, DE-RP, DE-NW, US, JP, GB-ENG), with the
 * default options, are answered for 1970–2099 from tables generated from
 * date-holidays once a preset is built: the same lists, without loading
 * date-holidays; other years read it then (docs/bundle-size.md).
 *
 * @example
 * ```ts
 * const rp = dateHolidays('DE-RP');
 * [...rp.datesInYear(2026)].includes('2026-06-04'); // true (Fronleichnam)
 * ```
 */
export function dateHolidays(region: string, options: DateHolidaysOptions = {}): HolidayProvider {
  // Providers are shared per region and options: date-holidays costs about a
  // millisecond a year, so each region's year is computed once per process.
  // The cached lists are immutable, so sharing is unobservable.
  const key = sharingKey(region, options);
  const shared = key === undefined ? undefined : SHARED_PROVIDERS.get(key);
  if (shared) return shared;
  // A region a preset brought a table for (default options only) answers the table's years from it,
  // other years from date-holidays, loaded only then.
  const table = key === sharingKey(region, {}) ? holidayTableOf(region) : undefined;
  const provider = table === undefined ? dateHolidaysSource(region, options) : tableHolidays(table, () => dateHolidaysSource(region, options));
  if (key !== undefined) SHARED_PROVIDERS.set(key, provider);
  return provider;
}

const SHARED_PROVIDERS = new Map<string, HolidayProvider>();

/** Equal for equal region and options (types as a set, defaults filled in); undefined for options it cannot read. */
function sharingKey(region: string, options: DateHolidaysOptions): string | undefined {
  const types = options.types ?? ['public'];
  if (!Array.isArray(types) || !types.every((type) => typeof type === 'string')) return undefined;
  return JSON.stringify([region, [...new Set(types)].sort(), options.corrections !== false]);
}

/**
 * The holidays of a region read from date-holidays itself (never from a
 * table): what {@link dateHolidays} gives without a table, and what the
 * tables are generated from. Not shared. @internal
 */
export function dateHolidaysSource(region: string, options: DateHolidaysOptions): HolidayProvider {
  const [country, state, extra] = typeof region === 'string' ? region.split('-') : [];
  if (!country || extra !== undefined) throw new SlaInputError('holidays.region', region, 'a region code such as "FR", "DE-RP" or "GB-ENG"');
  const types = new Set(options.types ?? ['public']);
  const corrections = options.corrections === false ? [] : HOLIDAY_CORRECTIONS.filter((c) => c.country === country);
  // Asking date-holidays only for the types we read halves its cost per year. slakit reads each
  // holiday's local date and its length in days, never its instants: computing those in UTC skips
  // date-holidays' time-zone conversions (about 40 % of its cost) and changes no date, type,
  // substitute flag or length (compared on every region date-holidays lists, 1950–2250).
  const sourceOptions = { types: [...new Set([...types, ...corrections.flatMap((c) => c.sourceTypes)])], timezone: 'UTC' } as never;
  const Holidays = dateHolidaysClass(region);
  const source = new Holidays();
  // Own-property lookups: "constructor", "toString" or "__proto__" are no region codes.
  const known = source.getCountries('en') as Record<string, string> | undefined;
  if (ownValue(known, country) === undefined) throw new SlaInputError('holidays.region', region, 'a country code known to date-holidays (ISO 3166-1, e.g. "FR")');
  if (state !== undefined) {
    const states = source.getStates(country, 'en') as Record<string, string> | undefined;
    if (ownValue(states, state) === undefined) throw new SlaInputError('holidays.region', region, `a state of ${country} known to date-holidays (e.g. ${Object.keys(states ?? {}).slice(0, 3).join(', ') || 'none'})`);
    source.init(country, state, sourceOptions);
  } else {
    source.init(country, sourceOptions);
  }
  const cache = new Map<number, { readonly dates: readonly string[]; readonly partDays: readonly PartDayHoliday[] }>();
  const yearOf = (year: number) => {
    const cached = cache.get(year);
    if (cached) return cached;
    const dates = new Set<string>();
    const wholeDays = new Set<string>();
    const partDays: PartDayHoliday[] = [];
    for (const holiday of source.getHolidays(year) as (SourceHoliday & { start: Date; end: Date })[]) {
      if (!types.has(holiday.type) && !corrections.some((c) => c.include(holiday))) continue;
      const first = parseLocalDate(holiday.date.slice(0, 10));
      if (first === undefined) continue;
      // Computed in UTC (see above), so start and end are the local wall times.
      const minutes = Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_MINUTE);
      const startMinute = Math.round((holiday.start.getTime() - first * MS_PER_DAY) / MS_PER_MINUTE);
      // A holiday inside one local day that is not the whole day is a part-day holiday; it still
      // closes its whole date in datesInYear (the default reading), as it always has.
      if (minutes > 0 && startMinute >= 0 && startMinute + minutes <= 1440 && minutes < 1440) {
        partDays.push({ date: formatDayNumber(first), from: formatMinute(startMinute), to: formatMinute(startMinute + minutes) });
      }
      const days = Math.max(1, Math.round(minutes / 1440));
      for (let d = 0; d < days; d++) {
        dates.add(formatDayNumber(first + d));
        if (!(minutes < 1440 && days === 1)) wholeDays.add(formatDayNumber(first + d));
      }
    }
    // A date with a whole-day holiday too is a whole closed day, whatever the reading.
    const entry = {
      dates: Object.freeze([...dates].sort()),
      partDays: Object.freeze(partDays.filter((part) => !wholeDays.has(part.date)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
    };
    cache.set(year, entry);
    return entry;
  };
  return {
    id: `date-holidays:${region}`,
    datesInYear: (year: number): readonly string[] => yearOf(year).dates,
    partDaysInYear: (year: number): readonly PartDayHoliday[] => yearOf(year).partDays,
  };
}

function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * A fixed list of holiday dates (`YYYY-MM-DD`), validated.
 *
 * @example
 * ```ts
 * const closures = holidayList(['2026-12-24', '2026-12-31'], 'company');
 * [...closures.datesInYear(2026)]; // ["2026-12-24", "2026-12-31"]
 * ```
 */
export function holidayList(dates: Iterable<string>, id = 'list'): HolidayProvider {
  const byYear = new Map<number, string[]>();
  let index = 0;
  for (const date of dates) {
    if (typeof date !== 'string' || parseLocalDate(date) === undefined) throw new SlaInputError(`${id}[${index}]`, date, 'a local date YYYY-MM-DD');
    const year = Number(date.slice(0, 4));
    const list = byYear.get(year) ?? [];
    list.push(date);
    byYear.set(year, list);
    index++;
  }
  return { id, datesInYear: (year) => byYear.get(year) ?? [] };
}
