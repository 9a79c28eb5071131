/**
 * Child process entry of the tenants section (run with `--expose-gc`):
 * the memory of 1,000 tenant calendars, each queried in three local years
 * (2026–2028), measured with forced GCs from a baseline taken after the
 * imports and before any calendar, holiday source or zone table exists.
 *
 * Usage: node <tsx loader> bench/sections/tenants-measure.ts distinct|shared
 * - `distinct`: every tenant has its own closed dates, so no two calendars
 *   have equal rules and nothing but holidays and zone offsets is shared;
 * - `shared`: tenants pick one of the configurations (zone with its
 *   region's holidays × weekly hours), so equal calendars share their years.
 *
 * Prints `{ tenants, configurations, heapBytes, arrayBufferBytes, buildMs }` as JSON.
 */
import { BusinessCalendar, type WeeklySchedule } from '../../src/index.js';
import { settledUsage } from '../heap.js';
import { seededRandom } from '../workload.js';
import { TENANT_REGIONS, TENANT_WEEKS, TENANT_YEARS, TENANTS } from './tenants.js';

const SEED = 20_261_303;


/** Two company closing days of a tenant, from its number (distinct tenants, distinct pairs). */
function ownDates(tenant: number): string[] {
  const day = (n: number) => String(1 + (n % 28)).padStart(2, '0');
  return [`2027-12-${day(tenant)}`, `2026-0${1 + (Math.floor(tenant / 28) % 9)}-${day(tenant + 7)}`];
}

const mode = process.argv[2] === 'shared' ? 'shared' : 'distinct';
const random = seededRandom(SEED);
const specs = Array.from({ length: TENANTS }, (_, tenant) => {
  const [zone, region] = TENANT_REGIONS[Math.floor(random() * TENANT_REGIONS.length)] as (typeof TENANT_REGIONS)[number];
  const week = TENANT_WEEKS[Math.floor(random() * TENANT_WEEKS.length)] as WeeklySchedule;
  return { zone, region, week, tenant };
});
const before = await settledUsage();
const t0 = performance.now();
const calendars = specs.map(({ zone, region, week, tenant }) => {
  const calendar = new BusinessCalendar({ zone, week, holidays: region, name: `tenant-${tenant}`, ...(mode === 'distinct' ? { closedDates: ownDates(tenant) } : {}) });
  for (const year of TENANT_YEARS) calendar.due(Date.UTC(year, 6, 1, 12), 3_600_000);
  return calendar;
});
const buildMs = performance.now() - t0;
const after = await settledUsage();
const configurations = new Set(specs.map((s) => (mode === 'distinct' ? s.tenant : `${s.zone} ${TENANT_WEEKS.indexOf(s.week)}`))).size;
process.stdout.write(
  JSON.stringify({ tenants: calendars.length, configurations, heapBytes: after.heapUsed - before.heapUsed, arrayBufferBytes: after.arrayBuffers - before.arrayBuffers, buildMs }),
);
