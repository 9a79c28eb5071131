/**
 * Cost of a local year the calendar has not seen: the first query in a new
 * year builds that year's index (holidays from date-holidays, weekly hours,
 * DST-resolved bounds, typed arrays). The holiday provider is wrapped with a
 * stopwatch so the time splits into date-holidays' share and slakit's own.
 */
import { dateHolidays, type HolidayProvider } from '../../src/index.js';
import { runChild } from '../child.js';
import { median } from '../measure.js';
import { MS_PER_HOUR, REGION, workloadCalendar } from '../workload.js';

/** Median milliseconds of one year build, split by who spends them. */
export interface YearBuildSplit {
  readonly total: number;
  readonly holidays: number;
  readonly own: number;
  /** The fastest build's total (least disturbed by other processes). */
  readonly fastest: number;
}

/** Where a year build's time goes (V8 CPU profile): self-time share per owner and the heaviest functions. */
export interface YearBuildProfile {
  readonly mode: 'cold' | 'warm';
  readonly shares: Readonly<Record<string, number>>;
  readonly top: readonly { readonly name: string; readonly share: number }[];
}

export interface YearBuildResult {
  readonly builds: number;
  /** CPU profiles of a cold first build and of 40 builds in a running process. */
  readonly profiles: readonly YearBuildProfile[];
  /** A new process's first calendar and first query (module code cold), median of a few child processes. */
  readonly coldProcess: YearBuildSplit & { readonly providerSetup: number };
  /** A fresh calendar (new holiday provider, new date-holidays instance) answering its first query. */
  readonly freshCalendar: YearBuildSplit & { readonly providerSetup: number };
  /** A calendar already in use, queried in a year it has not indexed yet. */
  readonly newYear: YearBuildSplit;
  /**
   * Another calendar of the same zone and region (other rules: its own
   * closed date) building the same years: the region's holidays and the
   * zone's offsets are already computed and shared, only slakit's own work
   * is left (issue 13).
   */
  readonly sharedYear: YearBuildSplit;
  /** `dateHolidays('DE-RP')` is one provider per process, and a year's list one frozen array: holidays are computed once per region and year. */
  readonly holidaysShared: boolean;
}

/** A holiday provider that times the calls made to it. */
export function stopwatchProvider(inner: HolidayProvider): HolidayProvider & { spent: number } {
  const provider = {
    id: inner.id,
    spent: 0,
    datesInYear(year: number): Iterable<string> {
      const t0 = performance.now();
      const dates = [...inner.datesInYear(year)];
      provider.spent += performance.now() - t0;
      return dates;
    },
  };
  return provider;
}

/** Mid-year instant of `year` (1 July 12:00 UTC): one query there builds exactly that year. */
export function midYear(year: number): number {
  return Date.UTC(year, 6, 1, 12);
}

/** One build: total ms and the part spent inside the holiday provider. */
export interface Build {
  readonly total: number;
  readonly holidays: number;
}

/** The build with the median total, split (a coherent triplet, unlike three separate medians). */
function medianBuild(builds: readonly Build[]): YearBuildSplit {
  const sorted = [...builds].sort((a, b) => a.total - b.total);
  const middle = sorted[Math.floor(sorted.length / 2)] as Build;
  return { total: middle.total, holidays: middle.holidays, own: middle.total - middle.holidays, fastest: (sorted[0] as Build).total };
}

const COLD_PROCESSES = 3;
/** Years used only to warm up; measured years stay below (2030 + 2 × builds ≤ 2260). */
const WARM_UP_YEARS = { from: 2260, to: 2290 } as const;

/** One year build in a fresh process (see year-build-cold.ts). */
function coldBuild(): Build & { setup: number } {
  return runChild<Build & { setup: number }>(new URL('./year-build-cold.ts', import.meta.url));
}

/** The years after `base` built one by one by `calendar` (which first builds `base`), each split by the time spent in `provider`. */
function nextYears(calendar: ReturnType<typeof workloadCalendar>, provider: ReturnType<typeof stopwatchProvider>, base: number, builds: number): Build[] {
  calendar.due(midYear(base), MS_PER_HOUR);
  const next: Build[] = [];
  for (let i = 1; i <= builds; i++) {
    const before = provider.spent;
    const t0 = performance.now();
    calendar.due(midYear(base + i), MS_PER_HOUR);
    next.push({ total: performance.now() - t0, holidays: provider.spent - before });
  }
  return next;
}

export function runYearBuild(builds: number): YearBuildResult {
  if (2030 + 2 * builds >= WARM_UP_YEARS.from) throw new Error(`year build: at most ${(WARM_UP_YEARS.from - 2031) >> 1} builds`);
  const cold = Array.from({ length: COLD_PROCESSES }, coldBuild);
  // Disjoint year ranges: the zone's offset tables and date-holidays keep per-year
  // caches across calendars, so a year measured twice would be measured cached.
  const freshFirst = 2030;
  const newYearBase = freshFirst + builds;
  // Warm the code paths (JIT, date-holidays' rule parsing) on years not measured.
  const warm = workloadCalendar({ maxCachedYears: 1000 });
  for (let year = WARM_UP_YEARS.from; year < WARM_UP_YEARS.to; year++) warm.due(midYear(year), MS_PER_HOUR);

  const fresh: Build[] = [];
  const setups: number[] = [];
  for (let i = 0; i < builds; i++) {
    const t0 = performance.now();
    const provider = stopwatchProvider(dateHolidays(REGION));
    setups.push(performance.now() - t0);
    const calendar = workloadCalendar({ holidays: provider });
    const t1 = performance.now();
    calendar.due(midYear(freshFirst + i), MS_PER_HOUR);
    fresh.push({ total: performance.now() - t1, holidays: provider.spent });
  }

  const provider = stopwatchProvider(dateHolidays(REGION));
  const next = nextYears(workloadCalendar({ holidays: provider, maxCachedYears: 1000 }), provider, newYearBase, builds);
  // Same provider (the shared date-holidays one inside the stopwatch), other rules: nothing interned, holidays cached.
  const shared = nextYears(workloadCalendar({ holidays: provider, closedDates: ['2026-12-24'], maxCachedYears: 1000 }), provider, newYearBase, builds);
  const profiles = (['cold', 'warm'] as const).map((mode) => runChild<YearBuildProfile>(new URL('./year-build-profile.ts', import.meta.url), { args: [mode] }));
  return {
    builds,
    profiles,
    coldProcess: { ...medianBuild(cold), providerSetup: median(cold.map((c) => c.setup)) },
    freshCalendar: { ...medianBuild(fresh), providerSetup: median(setups) },
    newYear: medianBuild(next),
    sharedYear: medianBuild(shared),
    holidaysShared: dateHolidays(REGION) === dateHolidays(REGION) && dateHolidays(REGION).datesInYear(newYearBase) === dateHolidays(REGION).datesInYear(newYearBase),
  };
}
