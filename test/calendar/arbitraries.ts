/**
 * fast-check arbitraries shared by the calendar properties (issue 2) and the
 * differential test against the minute-stepping reference (issue 7).
 */
import fc from 'fast-check';
import type { Weekday, WeeklySchedule } from '../../src/calendar/weekly-schedule.js';

/** Zones the issue asks for: two EU zones, New York, Tokyo (no DST), Lord Howe (30-min DST), Chatham (+12:45/+13:45). */
export const ZONES = [
  'Europe/Paris',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
] as const;

export type Zone = (typeof ZONES)[number];

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Instants (minute-aligned) from 2000-01-01 to 2100-01-01 UTC. */
export const YEAR_2000 = Date.UTC(2000, 0, 1);
export const YEAR_2100 = Date.UTC(2100, 0, 1);

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A range as the schedule writes it, from a start minute and a length (1 … 1440 min). */
export function rangeText(start: number, length: number): string {
  if (length >= 1440) return '00:00-24:00';
  const end = start + length;
  return `${hhmm(start)}-${end === 1440 ? '24:00' : hhmm(end % 1440)}`;
}

interface ScheduleOptions {
  /** Range bounds are multiples of this many minutes. */
  readonly grid: number;
  /** Smallest length of the longest range, in minutes (keeps `due` within the horizon). */
  readonly minLongest?: number;
}

/** One local range: start on the grid, length on the grid; overnight and `00:00-24:00` included. */
function rangeArbitrary({ grid }: ScheduleOptions): fc.Arbitrary<{ start: number; length: number }> {
  const slots = 1440 / grid;
  const partial = fc
    .record({ start: fc.integer({ min: 0, max: slots - 1 }), length: fc.integer({ min: 1, max: slots - 1 }) })
    .map(({ start, length }) => ({ start: start * grid, length: length * grid }));
  return fc.oneof(
    { arbitrary: partial, weight: 9 },
    { arbitrary: fc.constant({ start: 0, length: 1440 }), weight: 1 },
  );
}

/** A random weekly schedule with at least one range. */
export function scheduleArbitrary(options: ScheduleOptions): fc.Arbitrary<WeeklySchedule> {
  const day = fc.array(rangeArbitrary(options), { minLength: 0, maxLength: 3 });
  return fc
    .tuple(day, day, day, day, day, day, day)
    .filter((days) => {
      const lengths = days.flat().map((r) => r.length);
      return lengths.length > 0 && Math.max(...lengths) >= (options.minLongest ?? 0);
    })
    .map((days) => {
      const week: { [day in Weekday]?: string[] } = {};
      const keys: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
      days.forEach((ranges, i) => {
        if (ranges.length > 0) week[keys[i] as Weekday] = ranges.map((r) => rangeText(r.start, r.length));
      });
      return week;
    });
}

/** A minute-aligned instant in 2000–2100. */
export const instantArbitrary: fc.Arbitrary<number> = fc
  .integer({ min: 0, max: (YEAR_2100 - YEAR_2000) / MINUTE })
  .map((minutes) => YEAR_2000 + minutes * MINUTE);

/**
 * A minute-aligned instant near something tricky, or anywhere in 2000–2100:
 * DST changes (late March/early April, late September to early November, in
 * both hemispheres), New Year, the May holidays of FR/DE.
 */
export const trickyInstantArbitrary: fc.Arbitrary<number> = fc.oneof(
  instantArbitrary,
  windowArbitrary(2, 20, 22), // 20 Mar – 11 Apr
  windowArbitrary(8, 20, 52), // 20 Sep – 10 Nov
  windowArbitrary(11, 20, 17), // 20 Dec – 5 Jan
  windowArbitrary(3, 28, 14), // 28 Apr – 11 May
);

function windowArbitrary(month: number, day: number, days: number): fc.Arbitrary<number> {
  return fc
    .record({ year: fc.integer({ min: 2000, max: 2098 }), minute: fc.integer({ min: 0, max: days * 1440 }) })
    .map(({ year, minute }) => Date.UTC(year, month, day) + minute * MINUTE);
}

/** Targets in ms up to 2,000 h: arbitrary ms, whole minutes, whole hours, short ones (for `due` and `before`). */
export const targetArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 2000 * HOUR }),
  fc.integer({ min: 0, max: 2000 * 60 }).map((m) => m * MINUTE),
  fc.integer({ min: 0, max: 2000 }).map((h) => h * HOUR),
  fc.integer({ min: 0, max: 3 * HOUR }),
);
