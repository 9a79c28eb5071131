import type { ExactFraction } from '../availability/ratio.js';
import { MS_PER_HOUR } from '../time/civil.js';
import { durationText } from '../time/duration-text.js';

/**
 * How downtime becomes hours when a credit is stated "per hour", a reading
 * the contract text often leaves open:
 * - `exact`: pro rata to the millisecond (90 min is 1.5 h);
 * - `started-hours`: every started hour counts whole (90 min is 2 h,
 *   1 ms is 1 h);
 * - `whole-hours`: only completed hours count (90 min is 1 h, 59 min is 0 h).
 *
 * @example
 * ```ts
 * const reading: HourCounting = 'started-hours';
 * ```
 */
export type HourCounting = 'exact' | 'started-hours' | 'whole-hours';

/** The three {@link HourCounting} readings. @internal */
export const HOUR_COUNTINGS: readonly HourCounting[] = ['exact', 'started-hours', 'whole-hours'];

/** Hours of `ms` under a reading, as an exact fraction. @internal */
export function countHours(ms: number, reading: HourCounting): ExactFraction {
  if (reading === 'exact') return { n: BigInt(ms), d: BigInt(MS_PER_HOUR) };
  const whole = Math.floor(ms / MS_PER_HOUR);
  return { n: BigInt(reading === 'started-hours' && ms % MS_PER_HOUR !== 0 ? whole + 1 : whole), d: 1n };
}

/** `"1 h 30 min, pro rata"`, `"2 started hours"`, for a rule's words. @internal */
export function hoursText(ms: number, reading: HourCounting): string {
  if (reading === 'exact') return `${durationText(ms)}, pro rata`;
  const hours = countHours(ms, reading).n;
  return `${hours} ${reading === 'started-hours' ? 'started' : 'whole'} hour${hours === 1n ? '' : 's'} (${durationText(ms)})`;
}
