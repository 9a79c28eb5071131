/**
 * Random cases for the differential property of issue 7: the same calendar
 * declared twice, once as a {@link BusinessCalendar} (indexed engine) and
 * once as a {@link ReferenceCalendar} (minute stepping). Holidays reach the
 * reference straight from `date-holidays` (type `public`), not through
 * src/calendar/holidays.ts.
 */
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { type HolidayProvider, dateHolidays } from '../../src/calendar/holidays.js';
import type { WeeklySchedule } from '../../src/calendar/weekly-schedule.js';
import {
  DAY,
  MINUTE,
  ZONES,
  type Zone,
  scheduleArbitrary,
  trickyInstantArbitrary,
} from '../calendar/arbitraries.js';
import type { ReferenceCalendar } from './minute-stepping.js';

/** Holiday regions paired with zones (none for the others). */
const REGION_OF: Partial<Record<Zone, { country: string; state?: string; code: string }>> = {
  'Europe/Paris': { country: 'FR', code: 'FR' },
  'Europe/Berlin': { country: 'DE', state: 'RP', code: 'DE-RP' },
  'Asia/Tokyo': { country: 'JP', code: 'JP' },
};

const providers = new Map<string, HolidayProvider>();
const rawSources = new Map<string, Holidays>();
const rawYears = new Map<string, string[]>();

function providerFor(code: string): HolidayProvider {
  let provider = providers.get(code);
  if (!provider) {
    provider = dateHolidays(code);
    providers.set(code, provider);
  }
  return provider;
}

/** Public holidays of one year, read from date-holidays directly. */
export function rawPublicHolidays(zone: Zone, year: number): string[] {
  const region = REGION_OF[zone];
  if (!region) return [];
  const key = `${region.code}:${year}`;
  let dates = rawYears.get(key);
  if (!dates) {
    let source = rawSources.get(region.code);
    if (!source) {
      source = region.state ? new Holidays(region.country, region.state) : new Holidays(region.country);
      rawSources.set(region.code, source);
    }
    dates = (source.getHolidays(year) as { date: string; type: string }[]).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
    rawYears.set(key, dates);
  }
  return dates;
}

export interface DifferentialCase {
  readonly zone: Zone;
  readonly week: WeeklySchedule;
  readonly withHolidays: boolean;
  /** Minute-aligned start. */
  readonly start: number;
  /** Extra closed dates, as day offsets from the start's UTC date. */
  readonly closedOffsets: readonly number[];
  /** Whether to ignore the first holiday on or after the start's date (`ignoreHolidays`). */
  readonly ignoreFirstHoliday: boolean;
  /** Whether to list that ignored holiday in closedDates as well (closedDates win). */
  readonly closeIgnoredToo: boolean;
  /** An extra open interval as minute offsets from the start, or null. */
  readonly extraOpen: readonly [number, number] | null;
}

/**
 * Ranges on a 15-minute grid: Chatham's :45 and Lord Howe's :30 DST changes
 * fall on it, and so do bounds inside spring-forward gaps and inside
 * repeated (fall-back) hours.
 */
export const caseArbitrary: fc.Arbitrary<DifferentialCase> = fc.constantFrom(...ZONES).chain((zone) =>
  fc.record({
    zone: fc.constant(zone),
    week: scheduleArbitrary({ grid: 15 }),
    withHolidays: fc.boolean(),
    start: trickyInstantArbitrary,
    closedOffsets: fc.array(fc.integer({ min: -1, max: 10 }), { maxLength: 2 }),
    ignoreFirstHoliday: fc.boolean(),
    closeIgnoredToo: fc.boolean(),
    extraOpen: fc.option(
      fc.tuple(fc.integer({ min: -600, max: 5 * 1440 }), fc.integer({ min: 1, max: 2 * 1440 })).map(([from, length]) => [from, from + length] as const),
    ),
  }),
);

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The case as an engine calendar and as a reference calendar, with the same rules. */
export function calendarsOf(c: DifferentialCase): { calendar: BusinessCalendar; reference: ReferenceCalendar } {
  const year = new Date(c.start).getUTCFullYear();
  const region = REGION_OF[c.zone];
  const useHolidays = c.withHolidays && region !== undefined;
  const upcoming = [...rawPublicHolidays(c.zone, year), ...rawPublicHolidays(c.zone, year + 1)].filter((date) => date >= isoDate(c.start));
  const ignored = useHolidays && c.ignoreFirstHoliday ? upcoming.slice(0, 1) : [];
  const closedDates = [...c.closedOffsets.map((offset) => isoDate(c.start + offset * DAY)), ...(c.closeIgnoredToo ? ignored : [])];
  const extraOpen = c.extraOpen === null ? [] : [[c.start + c.extraOpen[0] * MINUTE, c.start + c.extraOpen[1] * MINUTE] as const];
  const calendar = new BusinessCalendar({
    zone: c.zone,
    week: c.week,
    ...(useHolidays ? { holidays: providerFor((region as { code: string }).code) } : {}),
    closedDates,
    ignoreHolidays: ignored,
    extraOpen,
  });
  // closed = closedDates ∪ (public holidays − ignoreHolidays)
  const closed = new Set<string>(closedDates);
  if (useHolidays) {
    for (let y = year - 1; y <= year + 1; y++) {
      for (const date of rawPublicHolidays(c.zone, y)) if (!ignored.includes(date)) closed.add(date);
    }
  }
  return { calendar, reference: { zone: c.zone, week: c.week, closedDates: closed, extraOpen } };
}

/**
 * Span lengths in minutes, short ones more often: the reference costs ~8 µs
 * per minute (one luxon reading), so the mean span is kept under a day: (10 × 180 + 6 × 720 + 11 520) / 17 ≈ 1 040 min; one case in 17 spans 2–14 days.
 */
export const spanMinutesArbitrary: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 6 * 60 }), weight: 10 },
  { arbitrary: fc.integer({ min: 0, max: 1440 }), weight: 6 },
  { arbitrary: fc.integer({ min: 2 * 1440, max: 14 * 1440 }), weight: 1 },
);
