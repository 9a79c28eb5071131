import { IANAZone } from 'luxon';
import { SlaZoneError } from '../errors.js';
import { MS_PER_DAY, MS_PER_MINUTE, daysFromCivil, yearFromDays } from './civil.js';

/**
 * How a local wall-clock time that does not exist (spring-forward gap) is
 * resolved:
 * - `compatible` (Temporal's rule, for points such as a ticket's local
 *   opening time): forward by the length of the gap — Paris 02:30 on
 *   2026-03-29 becomes 03:30 CEST;
 * - `boundary` (for bounds of local ranges such as opening hours or local
 *   days): the instant the gap ends — an opening at 02:30 takes effect at
 *   03:00 CEST, the first instant whose wall time is at or after 02:30.
 *
 * An ambiguous wall time (fall-back overlap) resolves to the earlier instant
 * in both modes.
 */
export type GapResolution = 'compatible' | 'boundary';

interface YearOffsets {
  /** The UTC year's first instant (inclusive). */
  readonly start: number;
  /** The next UTC year's first instant (exclusive). */
  readonly end: number;
  /** Instants at which the offset changes, ascending. */
  readonly at: number[];
  /** offsets[0] applies before at[0]; offsets[i + 1] from at[i]. Whole milliseconds (whole seconds, in fact). */
  readonly offsets: number[];
}

/**
 * A time zone's offsets, indexed per UTC year so that repeated conversions
 * are arithmetic plus a tiny search. Built once per zone and year from the
 * runtime's time-zone database (through luxon), then cached.
 *
 * @example
 * ```ts
 * const paris = TimeZone.of('Europe/Paris');
 * paris.offsetMinutes(Date.UTC(2026, 6, 1)); // 120
 * paris.offsetMs(Date.UTC(1905, 0, 1));      // 561000: Paris mean time, +00:09:21, until 1911
 * ```
 */
export class TimeZone {
  /** The IANA name, e.g. `Europe/Paris`. */
  readonly name: string;
  readonly #luxon: IANAZone;
  readonly #years = new Map<number, YearOffsets>();
  /** The table used last: consecutive conversions (a year build makes thousands) skip the map. */
  #lastTable: YearOffsets | undefined;
  static readonly #cache = new Map<string, TimeZone>();

  private constructor(name: string, luxonZone: IANAZone) {
    this.name = name;
    this.#luxon = luxonZone;
  }

  /**
   * The zone named `name`; throws {@link SlaZoneError} naming `field` when the
   * runtime does not know it.
   *
   * @example
   * ```ts
   * TimeZone.of('America/New_York').name; // "America/New_York"
   * TimeZone.of('Mars/Base', 'calendar.zone'); // throws SlaZoneError
   * ```
   */
  static of(name: string, field = 'zone'): TimeZone {
    if (typeof name !== 'string') throw new SlaZoneError(field, name);
    const cached = TimeZone.#cache.get(name);
    if (cached) return cached;
    if (!IANAZone.isValidZone(name)) throw new SlaZoneError(field, name);
    const zone = new TimeZone(name, IANAZone.create(name));
    TimeZone.#cache.set(name, zone);
    return zone;
  }

  /**
   * UTC offset at instant `t` (epoch ms) in whole milliseconds, e.g.
   * 3 600 000 for CET. Always a whole number of seconds; not always of
   * minutes: local mean times before standard time have seconds (Paris
   * +00:09:21 until 1911, Monrovia −00:44:30 until 1972).
   *
   * @example
   * ```ts
   * TimeZone.of('Europe/Paris').offsetMs(Date.UTC(2026, 0, 15));  // 3600000
   * TimeZone.of('Africa/Monrovia').offsetMs(Date.UTC(1960, 0, 1)); // -2670000 (−00:44:30)
   * ```
   */
  offsetMs(t: number): number {
    let table = this.#lastTable;
    if (table === undefined || t < table.start || t >= table.end) {
      table = this.#yearOffsets(yearFromDays(Math.floor(t / MS_PER_DAY)));
      this.#lastTable = table;
    }
    const at = table.at;
    let i = 0;
    while (i < at.length && (at[i] as number) <= t) i++;
    return table.offsets[i] as number;
  }

  /**
   * UTC offset in minutes at instant `t` (epoch ms), e.g. 60 for CET:
   * {@link TimeZone.offsetMs} / 60 000, so fractional for an offset with
   * seconds (9.35 for Paris's +00:09:21 before 1911). Compute with
   * `offsetMs`, which is exact.
   *
   * @example
   * ```ts
   * TimeZone.of('Europe/Paris').offsetMinutes(Date.UTC(2026, 0, 15)); // 60
   * ```
   */
  offsetMinutes(t: number): number {
    return this.offsetMs(t) / MS_PER_MINUTE;
  }

  /**
   * Wall milliseconds (the local wall-clock time written as if UTC) of `t`.
   *
   * @example
   * ```ts
   * const wall = TimeZone.of('Europe/Paris').toWall(Date.UTC(2026, 0, 15, 12));
   * new Date(wall).toISOString(); // "2026-01-15T13:00:00.000Z" — i.e. 13:00 local
   * ```
   */
  toWall(t: number): number {
    return t + this.offsetMs(t);
  }

  /**
   * The instant at which the wall clock reads `wallMs`, resolving DST gaps
   * and overlaps as described by {@link GapResolution}.
   *
   * @example
   * ```ts
   * const paris = TimeZone.of('Europe/Paris');
   * const wall = Date.UTC(2026, 2, 29, 2, 30); // 02:30, inside the spring-forward gap
   * new Date(paris.fromWall(wall)).toISOString();             // "2026-03-29T01:30:00.000Z" (03:30 CEST)
   * new Date(paris.fromWall(wall, 'boundary')).toISOString(); // "2026-03-29T01:00:00.000Z" (03:00 CEST)
   * ```
   */
  fromWall(wallMs: number, gap: GapResolution = 'compatible'): number {
    const before = this.offsetMs(wallMs - MS_PER_DAY);
    const after = this.offsetMs(wallMs + MS_PER_DAY);
    const early = wallMs - Math.max(before, after);
    const late = wallMs - Math.min(before, after);
    // Offsets never change twice within a week (see #yearOffsets): the same offset a day
    // before and a day after means one offset all along, and the wall time is valid.
    if (before === after) return early;
    const earlyValid = this.toWall(early) === wallMs;
    if (earlyValid) return early;
    const lateValid = this.toWall(late) === wallMs;
    if (lateValid) return late;
    // In a gap: the wall time is skipped. `compatible` reads it with the
    // offset in force before the gap; `boundary` takes the gap's end.
    const compatible = wallMs - before;
    if (gap === 'compatible') return compatible;
    return this.#transitionIn(Math.min(early, compatible), Math.max(late, compatible));
  }

  /** First instant in `(low, high]` whose offset differs from the offset at `low`. */
  #transitionIn(low: number, high: number): number {
    const base = this.offsetMs(low);
    let lo = low;
    let hi = high;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.offsetMs(mid) === base) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  /**
   * The tz database's offset at `t` in whole milliseconds. luxon gives
   * minutes, a float such as 19.5333… for +00:19:32; rounding its product
   * back to the millisecond gives the exact whole-second offset.
   */
  #luxonOffsetMs(t: number): number {
    return Math.round(this.#luxon.offset(t) * MS_PER_MINUTE);
  }

  #yearOffsets(year: number): YearOffsets {
    const cached = this.#years.get(year);
    if (cached) return cached;
    const start = daysFromCivil(year, 1, 1) * MS_PER_DAY;
    const end = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY;
    const at: number[] = [];
    const offsets: number[] = [this.#luxonOffsetMs(start)];
    let previous = offsets[0] as number;
    // Sample weekly, then find each change to the millisecond. Offsets in
    // the tz database change at most a few times a year and never twice
    // within a week in 1900–2300 for the zones slakit targets; a zone that
    // changed and changed back inside one week would be missed.
    const step = 7 * MS_PER_DAY;
    for (let sample = start + step; sample < end + step; sample += step) {
      const t = Math.min(sample, end);
      const current = this.#luxonOffsetMs(t);
      if (current === previous) continue;
      const change = this.#changeIn(sample - step, t, previous);
      if (change < end) {
        at.push(change);
        offsets.push(current);
      }
      previous = current;
    }
    const table = { start, end, at, offsets };
    this.#years.set(year, table);
    return table;
  }

  /**
   * The first instant in `(low, high]` whose offset is not `previous`, given
   * one change in between and `low` a whole minute. Changes happen on whole
   * minutes almost always: bisect the minutes first (14 luxon calls a week
   * instead of 30), confirm with one call, and bisect the milliseconds of
   * that minute only when the change is inside it.
   */
  #changeIn(low: number, high: number, previous: number): number {
    let lo = low / MS_PER_MINUTE;
    let hi = Math.ceil(high / MS_PER_MINUTE);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.#luxonOffsetMs(mid * MS_PER_MINUTE) === previous) lo = mid;
      else hi = mid;
    }
    const minute = Math.min(hi * MS_PER_MINUTE, high);
    if (this.#luxonOffsetMs(minute - 1) !== previous) return this.#bisect(Math.max(low, minute - MS_PER_MINUTE), minute, previous);
    return minute;
  }

  /** The first instant in `(lo, hi]` whose offset is not `previous` (offset at `lo` is `previous`, at `hi` not). */
  #bisect(low: number, high: number, previous: number): number {
    let lo = low;
    let hi = high;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.#luxonOffsetMs(mid) === previous) lo = mid;
      else hi = mid;
    }
    return hi;
  }
}
