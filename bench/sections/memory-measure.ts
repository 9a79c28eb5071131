/**
 * Child process entry of the memory section (run with `--expose-gc`).
 * Bytes retained per newly indexed local year, twice:
 * - `list`: holidays from a precomputed `holidayList` — what slakit itself
 *   keeps (index typed arrays, index object, year-start cache, the zone's
 *   per-year offset table);
 * - `dateHolidays`: the default `holidays: 'DE-RP'` path — plus the
 *   provider's per-year date cache and date-holidays' own caches.
 * Disjoint year ranges, so no cache is shared between the two. Prints JSON.
 */
import { dateHolidays, holidayList } from '../../src/index.js';
import { settledUsage } from '../heap.js';
import { MS_PER_HOUR, REGION, workloadCalendar } from '../workload.js';
import { midYear } from './year-build.js';

const YEARS = 100;
const LIST_FIRST = 2041;
const DATE_HOLIDAYS_FIRST = LIST_FIRST + YEARS;

/** Bytes retained per year while `calendar` indexes `YEARS` years from `first`. */
async function perYear(calendar: ReturnType<typeof workloadCalendar>, first: number): Promise<{ arrayBuffers: number; heap: number; meanIntervals: number }> {
  calendar.due(midYear(first - 1), MS_PER_HOUR); // construction and a first year outside the measurement
  const before = await settledUsage();
  for (let i = 0; i < YEARS; i++) calendar.due(midYear(first + i), MS_PER_HOUR);
  const after = await settledUsage();
  const span = calendar.openIntervals(Date.parse(`${first}-01-01T00:00:00+01:00`), Date.parse(`${first + YEARS}-01-01T00:00:00+01:00`));
  return { arrayBuffers: (after.arrayBuffers - before.arrayBuffers) / YEARS, heap: (after.heapUsed - before.heapUsed) / YEARS, meanIntervals: span.size / YEARS };
}

// Compile the year-build code first (optimized code is heap too), on a calendar dropped before measuring.
let warm: ReturnType<typeof workloadCalendar> | undefined = workloadCalendar({ maxCachedYears: 1000 });
for (let year = 2260; year < 2290; year++) warm.due(midYear(year), MS_PER_HOUR);
warm = undefined;

const source = dateHolidays(REGION);
const dates: string[] = [];
for (let year = LIST_FIRST - 1; year < LIST_FIRST + YEARS; year++) dates.push(...source.datesInYear(year));
const list = await perYear(workloadCalendar({ holidays: holidayList(dates, 'DE-RP list'), maxCachedYears: 1000 }), LIST_FIRST);
const withDateHolidays = await perYear(workloadCalendar({ maxCachedYears: 1000 }), DATE_HOLIDAYS_FIRST);
process.stdout.write(JSON.stringify({ yearsMeasured: YEARS, list, dateHolidays: withDateHolidays }));
