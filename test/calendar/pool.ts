/**
 * A pool of random calendars for the fast-check properties of issue 2, built
 * once per test file from a fixed seed and then chosen by index, so that each
 * calendar's per-year indexes are built once and reused across runs.
 */
import fc from 'fast-check';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { type HolidayProvider, dateHolidays } from '../../src/calendar/holidays.js';
import type { WeeklySchedule } from '../../src/calendar/weekly-schedule.js';
import { IntervalSet } from '../../src/intervals/interval-set.js';
import { DAY, YEAR_2000, YEAR_2100, ZONES, type Zone, scheduleArbitrary } from './arbitraries.js';

/** Targets reach 2 × 2 000 h; the sparsest pool calendar opens ≥ 4 h a week (≥ 3 h on a DST week), so 40 years suffice. */
export const POOL_HORIZON_YEARS = 40;

export interface PoolEntry {
  readonly calendar: BusinessCalendar;
  readonly description: string;
}

const providers = new Map<string, HolidayProvider>();
function shared(region: string): HolidayProvider {
  let provider = providers.get(region);
  if (!provider) {
    provider = dateHolidays(region);
    providers.set(region, provider);
  }
  return provider;
}

const HOLIDAYS: Partial<Record<Zone, string>> = { 'Europe/Paris': 'FR', 'Europe/Berlin': 'DE-RP' };

interface Spec {
  readonly zone: Zone;
  readonly week: WeeklySchedule;
  readonly withHolidays: boolean;
}

const specArbitrary: fc.Arbitrary<Spec> = fc.record({
  zone: fc.constantFrom(...ZONES),
  // 5-minute grid: bounds such as 02:45 (Chatham) and 02:15 (Lord Howe gap) occur
  week: scheduleArbitrary({ grid: 5, minLongest: 240 }),
  withHolidays: fc.boolean(),
});

function calendarOf(spec: Spec): BusinessCalendar {
  const region = HOLIDAYS[spec.zone];
  return new BusinessCalendar({
    zone: spec.zone,
    week: spec.week,
    ...(spec.withHolidays && region ? { holidays: shared(region) } : {}),
    horizonYears: POOL_HORIZON_YEARS,
    maxCachedYears: 300,
  });
}

/**
 * `size` random calendars (zone, schedule, sometimes FR / DE-RP holidays),
 * plus three derived ones: a union, a calendar minus random outages, and a
 * 24/7 calendar with a hole.
 */
export function calendarPool(size: number, seed: number): PoolEntry[] {
  const specs = fc.sample(specArbitrary, { numRuns: size, seed });
  const entries: PoolEntry[] = specs.map((spec) => ({
    calendar: calendarOf(spec),
    description: `${spec.zone} ${JSON.stringify(spec.week)}${spec.withHolidays ? ' +holidays' : ''}`,
  }));
  const [first, second] = entries;
  if (first && second) {
    entries.push({ calendar: first.calendar.union(second.calendar), description: `union of #0 and #1` });
    const outages = fc.sample(fc.integer({ min: YEAR_2000, max: YEAR_2100 }), { numRuns: 400, seed: seed + 1 }).map((t) => [t, t + (t % (3 * DAY))] as const);
    entries.push({ calendar: second.calendar.minus(IntervalSet.of(outages)), description: '#1 minus 400 random outages' });
  }
  entries.push({
    calendar: BusinessCalendar.always('Pacific/Chatham').withHorizon(POOL_HORIZON_YEARS).minus(IntervalSet.of([[Date.UTC(2050, 0, 1), Date.UTC(2050, 6, 1)]])),
    description: '24/7 Chatham minus the first half of 2050',
  });
  return entries;
}
