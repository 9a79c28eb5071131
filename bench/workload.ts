/**
 * The benchmark workload of issue 7, defined once: the calendar every
 * library is configured with, and the seeded random inputs every library is
 * fed. Same seed, same inputs, on every machine.
 */
import { type BusinessCalendarOptions, BusinessCalendar, dateHolidays, sameHours } from '../src/index.js';

/** IANA zone of the workload calendar. */
export const ZONE = 'Europe/Berlin';
/** date-holidays region of the workload calendar. */
export const REGION = 'DE-RP';
/** Opening hours, Monday to Friday, local time. */
export const OPEN_FROM_HOUR = 8;
export const OPEN_TO_HOUR = 18;
/** The same hours as `HH:MM` text, for libraries configured with strings. */
export const OPEN_FROM = '08:00';
export const OPEN_TO = '18:00';
/** Local years whose holidays every peer is configured with (starts span 2026–2028; due and pairs run into 2029). */
export const HOLIDAY_YEARS = [2026, 2027, 2028, 2029] as const;
/** Random instants are drawn from [2026-01-01T00:00, 2029-01-01T00:00) Europe/Berlin. */
export const RANGE_FROM = Date.UTC(2025, 11, 31, 23); // 2026-01-01T00:00+01:00
export const RANGE_TO = Date.UTC(2028, 11, 31, 23); // 2029-01-01T00:00+01:00
/** Business-hour targets of issue 7. */
export const TARGET_HOURS = [1, 10, 30, 200] as const;
/** Longest `elapsed` pair: 365 days. */
export const MAX_PAIR_SPAN = 365 * 86_400_000;
/** Seeds of the two input streams. */
export const STARTS_SEED = 20_260_101;
export const PAIRS_SEED = 20_270_101;

export const MS_PER_HOUR = 3_600_000;

/** The workload calendar through slakit's public API (options override the defaults, e.g. a timed holiday provider). */
export function workloadCalendar(options: Partial<BusinessCalendarOptions> = {}): BusinessCalendar {
  return new BusinessCalendar({
    zone: ZONE,
    week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], [`${OPEN_FROM}-${OPEN_TO}`]),
    holidays: REGION,
    ...options,
  });
}

/** DE-RP public holidays (local dates) of `years` (default 2026–2029), from slakit's `dateHolidays('DE-RP')`: every peer gets this list. */
export function holidayDates(years: readonly number[] = HOLIDAY_YEARS): string[] {
  const provider = dateHolidays(REGION);
  return years.flatMap((year) => [...provider.datesInYear(year)]);
}

/** mulberry32: a small, fast, seeded PRNG with uniform output in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` start instants (integer epoch ms), uniform over the range. Any prefix is the same for every count. */
export function seededStarts(count: number): Float64Array {
  const random = seededRandom(STARTS_SEED);
  const starts = new Float64Array(count);
  for (let i = 0; i < count; i++) starts[i] = RANGE_FROM + Math.floor(random() * (RANGE_TO - RANGE_FROM));
  return starts;
}

/** `count` pairs [from, to): from uniform over the range, to = from + uniform [0, 365 days). */
export function seededPairs(count: number): { from: Float64Array; to: Float64Array } {
  const random = seededRandom(PAIRS_SEED);
  const from = new Float64Array(count);
  const to = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    from[i] = RANGE_FROM + Math.floor(random() * (RANGE_TO - RANGE_FROM));
    to[i] = (from[i] as number) + Math.floor(random() * MAX_PAIR_SPAN);
  }
  return { from, to };
}

/** How many inputs each part of the benchmark uses. */
export interface Sizes {
  /** Starts fed to slakit and the bare index (per target). */
  readonly starts: number;
  /** Starts fed to the day-walking peers (the first N of the same sequence). */
  readonly peerStarts: number;
  /** Pairs fed to slakit and the bare index. */
  readonly pairs: number;
  /** Pairs fed to the peers that can measure business time. */
  readonly peerPairs: number;
  /** Measured rounds for the fast engines (median reported). */
  readonly rounds: number;
  /** Fresh years built in the year-build section. */
  readonly yearBuilds: number;
  /** Tickets per `ResponseTimeClock.evaluate` batch (issue 13). */
  readonly tickets: number;
  /** Rows of the CLI benchmarks' CSV files: probes for `availability`, tickets for `tickets` (issue 13). */
  readonly cliRows: number;
  /** Rounds of each CLI command and its floor (median reported). */
  readonly cliRounds: number;
  /** Fresh processes per cold-start case (median reported; issue 13 asks for at least 7). */
  readonly coldStartRuns: number;
  /** Probe files given to one `availability` command on worker threads, and rows per file. */
  readonly workerFiles: number;
  readonly workerRowsPerFile: number;
}

export const FULL_SIZES: Sizes = { starts: 100_000, peerStarts: 2_000, pairs: 100_000, peerPairs: 200, rounds: 15, yearBuilds: 100, tickets: 200_000, cliRows: 1_000_000, cliRounds: 3, coldStartRuns: 9, workerFiles: 4, workerRowsPerFile: 250_000 };
export const QUICK_SIZES: Sizes = { starts: 20_000, peerStarts: 300, pairs: 20_000, peerPairs: 40, rounds: 5, yearBuilds: 10, tickets: 20_000, cliRows: 100_000, cliRounds: 1, coldStartRuns: 7, workerFiles: 4, workerRowsPerFile: 25_000 };
