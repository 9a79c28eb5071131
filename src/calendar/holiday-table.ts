import type { HolidayProvider, PartDayHoliday } from './holidays.js';

/**
 * The holidays slakit reads from `date-holidays` for one region with the
 * default options (type `public`, the holiday corrections applied),
 * precomputed for the years `firstYear`…`firstYear + years.length - 1` by
 * `npm run generate:holidays` (scripts/generate-holidays.ts). `years[i]` is
 * the year `firstYear + i`: its closed dates as `MMDD`, four digits each, in
 * order; then, after a `|` when the year has any, its part-day holidays as
 * `MMDDhhmmhhmm` (date, from, to; `to` may be `2400`). A preset registers
 * the tables of the regions it names ({@link registerHolidayTable}), so its
 * calendars answer those years without loading `date-holidays`.
 *
 * @example
 * ```ts
 * const table: HolidayTable = { region: 'XX', firstYear: 2026, years: ['01011225|122414002400'] };
 * // 2026: 1 Jan and 25 Dec closed; 24 Dec closed from 14:00 to midnight (also a closed date: listed with the dates).
 * ```
 * @internal
 */
export interface HolidayTable {
  /** Region code, as `dateHolidays` takes it (`FR`, `DE-RP`). */
  readonly region: string;
  /** The first year of the table. */
  readonly firstYear: number;
  /** One entry per year from `firstYear`, encoded as above. */
  readonly years: readonly string[];
}

const TABLES = new Map<string, HolidayTable>();

/**
 * Answer region `table.region` (default options) from the table for its
 * years. Registering is idempotent and unobservable in the answers: a table
 * holds exactly what `date-holidays` gives (a test regenerates each one and
 * compares). @internal
 */
export function registerHolidayTable(...tables: readonly HolidayTable[]): void {
  for (const table of tables) TABLES.set(table.region, table);
}

/** The registered table of a region, if any. @internal */
export function holidayTableOf(region: string): HolidayTable | undefined {
  return typeof region === 'string' ? TABLES.get(region) : undefined;
}

/**
 * A provider answering the table's years from the table and any other year
 * from `outside` (created at the first such year: date-holidays, as
 * without a table). Its id is the date-holidays provider's
 * (`date-holidays:FR`): the answers are the same. @internal
 */
export function tableHolidays(table: HolidayTable, outside: () => HolidayProvider): HolidayProvider {
  const cache = new Map<number, { readonly dates: readonly string[]; readonly partDays: readonly PartDayHoliday[] }>();
  let fallback: HolidayProvider | undefined;
  const other = () => (fallback ??= outside());
  const yearOf = (year: number) => {
    const entry = table.years[year - table.firstYear];
    if (entry === undefined || !Number.isInteger(year)) return undefined;
    let decoded = cache.get(year);
    if (decoded === undefined) {
      decoded = decodeYear(year, entry);
      cache.set(year, decoded);
    }
    return decoded;
  };
  return {
    id: `date-holidays:${table.region}`,
    datesInYear: (year: number): Iterable<string> => yearOf(year)?.dates ?? other().datesInYear(year),
    partDaysInYear: (year: number): Iterable<PartDayHoliday> => yearOf(year)?.partDays ?? other().partDaysInYear?.(year) ?? [],
  };
}

/** One year's entry of a table as frozen lists (the date-holidays provider's shapes). @internal */
export function decodeYear(year: number, entry: string): { readonly dates: readonly string[]; readonly partDays: readonly PartDayHoliday[] } {
  const [dates = '', parts = ''] = entry.split('|');
  const day = (mmdd: string) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
  const time = (hhmm: string) => `${hhmm.slice(0, 2)}:${hhmm.slice(2, 4)}`;
  return {
    dates: Object.freeze(chunks(dates, 4).map(day)),
    partDays: Object.freeze(chunks(parts, 12).map((part) => Object.freeze({ date: day(part), from: time(part.slice(4, 8)), to: time(part.slice(8, 12)) }))),
  };
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/**
 * One year of a provider as a table entry (the inverse of the decoding
 * above): what `npm run generate:holidays` writes. @internal
 */
export function encodeYear(dates: Iterable<string>, partDays: Iterable<PartDayHoliday>): string {
  const mmdd = (date: string) => date.slice(5, 7) + date.slice(8, 10);
  const hhmm = (time: string) => time.replace(':', '');
  const parts = [...partDays].map((part) => `${mmdd(part.date)}${hhmm(part.from)}${hhmm(part.to)}`).join('');
  return [...dates].map(mmdd).join('') + (parts === '' ? '' : `|${parts}`);
}
