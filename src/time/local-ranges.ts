import { SlaInputError } from '../errors.js';
import { IntervalSet } from '../intervals/interval-set.js';
import { MS_PER_DAY, MS_PER_MINUTE, parseTimeOfDay } from './civil.js';
import { checkLocalDay } from './year-range.js';
import type { TimeZone } from './zone.js';

/**
 * A local time range within a day, in minutes after local midnight. When the
 * end is not after the start the range runs overnight into the next day, so
 * `endMinute` may exceed 1440 (`23:00`–`08:00` is 1380–1920).
 * @internal
 */
export interface LocalRange {
  readonly startMinute: number;
  readonly endMinute: number;
  /** `HH:MM–HH:MM`, for descriptions. */
  readonly text: string;
}

const TIME_EXPECTED = 'a local time "HH:MM" (00:00–23:59; "24:00" only as an end)';

/**
 * Parse a local `from`–`to` range. `to <= from` crosses midnight;
 * `to === from` is rejected as ambiguous (use `00:00`–`24:00` for a whole
 * day), like the ranges of a weekly schedule.
 * @internal
 */
export function parseLocalRange(from: unknown, to: unknown, fromField = 'from', toField = 'to'): LocalRange {
  const start = typeof from === 'string' ? parseTimeOfDay(from.trim()) : undefined;
  if (start === undefined || start === 1440) throw new SlaInputError(fromField, from, TIME_EXPECTED);
  const end = typeof to === 'string' ? parseTimeOfDay(to.trim()) : undefined;
  if (end === undefined) throw new SlaInputError(toField, to, TIME_EXPECTED);
  if (end === start) {
    throw new SlaInputError(toField, to, `a time different from ${fromField} ${JSON.stringify(from)}: equal bounds are ambiguous (use "00:00" to "24:00" for a whole day)`);
  }
  return { startMinute: start, endMinute: end > start ? end : end + 1440, text: `${(from as string).trim()}–${(to as string).trim()}` };
}

/**
 * Local day number (days since 1970-01-01 on the zone's wall clock) of
 * instant `t`.
 * @internal
 */
export function localDayOf(tz: TimeZone, t: number): number {
  return Math.floor(tz.toWall(t) / MS_PER_DAY);
}

/**
 * The instant local day `day` starts: its midnight, or the end of the DST
 * gap when midnight does not exist, so that local days tile time exactly.
 * @internal
 */
export function startOfLocalDay(tz: TimeZone, day: number): number {
  return tz.fromWall(day * MS_PER_DAY, 'boundary');
}

/**
 * The instants of the local ranges `rangesOn(day)` of every local day,
 * inside `[from, to)`. Bounds are resolved with `fromWall(…, 'boundary')`
 * (docs/semantics.md §1): a range lasts its real duration across DST changes
 * (Paris 23:00→08:00 is 8 h on the night of 2026-03-28/29 and 10 h on
 * 2026-10-24/25), and a bound inside a spring-forward gap takes effect at the
 * gap's end. This is where weekly schedules and recurring maintenance become
 * intervals; after it everything is epoch milliseconds. `[from, to)` must lie
 * in the local years of `CALENDAR_YEAR_RANGE` (an {@link SlaInputError}
 * naming `from` or `to` otherwise), so no query walks millennia day by day.
 * @internal
 */
export function localRangeIntervals(tz: TimeZone, rangesOn: (day: number) => readonly LocalRange[], from: number, to: number): IntervalSet {
  if (to <= from) return IntervalSet.empty();
  // A range that starts the day before `from` may run into it (overnight).
  const firstDay = checkLocalDay(localDayOf(tz, from), 'from', from) - 1;
  const lastDay = checkLocalDay(localDayOf(tz, to - 1), 'to', to);
  const bounds: number[] = [];
  let sorted = true;
  for (let day = firstDay; day <= lastDay; day++) {
    const midnight = day * MS_PER_DAY;
    const ranges = rangesOn(day);
    for (let r = 0; r < ranges.length; r++) {
      const range = ranges[r] as LocalRange;
      const start = tz.fromWall(midnight + range.startMinute * MS_PER_MINUTE, 'boundary');
      const end = tz.fromWall(midnight + range.endMinute * MS_PER_MINUTE, 'boundary');
      if (end <= start) continue;
      if (bounds.length > 0 && start < (bounds[bounds.length - 2] as number)) sorted = false;
      bounds.push(start, end);
    }
  }
  // Overnight ranges of one day may start after the next day's first range.
  return IntervalSet.fromSortedBounds(sorted ? bounds : sortedPairs(bounds)).clip(from, to);
}

/** Flat bounds `[s0, e0, s1, e1, …]` reordered by start. */
function sortedPairs(bounds: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < bounds.length; i += 2) pairs.push([bounds[i] as number, bounds[i + 1] as number]);
  return pairs.sort((a, b) => a[0] - b[0]).flat();
}
