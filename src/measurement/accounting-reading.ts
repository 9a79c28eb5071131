import type { ExcusedTime } from '../availability/compute-availability.js';
import type { ExcusedPart } from '../availability/explanation.js';
import { IntervalSet } from '../intervals/interval-set.js';
import type { MeasuredDowntime } from './measured-downtime.js';

/**
 * How one kind of time is accounted for in an availability figure:
 * - `excluded`: it leaves the period (neither up nor down);
 * - `up`: it stays in the period as up time;
 * - `down`: it stays in the period as downtime (nothing excuses it).
 *
 * @example
 * ```ts
 * const reading: TimeReading = 'up';
 * ```
 */
export type TimeReading = 'excluded' | 'up' | 'down';

/** The readings, in the order reports list them. @example `TIME_READINGS; // ["excluded", "up", "down"]` */
export const TIME_READINGS: readonly TimeReading[] = ['excluded', 'up', 'down'];

/**
 * The kinds of time a contract may account for in more than one way:
 * - `maintenance`: downtime inside a maintenance window the contract honours;
 * - `excludedCauses`: downtime of an excluded cause (a DDoS, the customer's network);
 * - `unmonitored`: time no probe covered.
 *
 * @example
 * ```ts
 * const dimension: AccountingDimension = 'unmonitored';
 * ```
 */
export type AccountingDimension = 'maintenance' | 'excludedCauses' | 'unmonitored';

/** The dimensions, in the order reports list them. @example `ACCOUNTING_DIMENSIONS[0]; // "maintenance"` */
export const ACCOUNTING_DIMENSIONS: readonly AccountingDimension[] = ['maintenance', 'excludedCauses', 'unmonitored'];

/**
 * A reading of each kind of time: what maintenance downtime, downtime of
 * an excluded cause and unmonitored time are worth in the figure.
 *
 * @example
 * ```ts
 * // Letsignit's own reading (its defaults): excused time leaves the period, unmonitored time is up.
 * const reading: AccountingReading = { maintenance: 'excluded', excludedCauses: 'excluded', unmonitored: 'up' };
 * ```
 */
export type AccountingReading = Readonly<Record<AccountingDimension, TimeReading>>;

/**
 * A contract's own reading: excused time (maintenance and excluded causes)
 * is `excluded` under `excusedTime: "remove-from-period"` (the default) and
 * `up` under `"count-as-up"`; unmonitored time follows the probes'
 * `unmonitored` (`up` by default, or `down`).
 *
 * @example
 * ```ts
 * ownReading('count-as-up', undefined); // { maintenance: "up", excludedCauses: "up", unmonitored: "up" }
 * ```
 */
export function ownReading(excusedTime: ExcusedTime | undefined, unmonitored: 'up' | 'down' | undefined): AccountingReading {
  const excused: TimeReading = excusedTime === 'count-as-up' ? 'up' : 'excluded';
  return { maintenance: excused, excludedCauses: excused, unmonitored: unmonitored ?? 'up' };
}

/**
 * The figure's sets under a reading, once the measurement steps that decide
 * *what* is excused have run (maintenance windows, excluded causes, the
 * maintenance budget, granularity): excused parts read `excluded` leave the
 * period, those read `up` stay in it as up time, and `unmonitored` time
 * read `excluded` leaves the period with whatever lay in it. The result's
 * `excusedTime` is `remove-from-period` with only the `excluded` parts
 * excused, so {@link downtimeRatio} gives the reading's figure.
 *
 * A `down` reading of maintenance or excluded causes is not applied here:
 * it is the absence of the rule, applied where the rules are (nothing is
 * excused, so nothing reaches this step); here it counts as `up` would for
 * any part still excused. A `down` reading of unmonitored time is the
 * probes' own `unmonitored: "down"`.
 * @internal
 */
export function applyReading(downtime: MeasuredDowntime, reading: AccountingReading, unmonitored: IntervalSet): MeasuredDowntime {
  const leaves = (part: ExcusedPart): boolean => (part.rule === 'maintenance' ? reading.maintenance : reading.excludedCauses) === 'excluded';
  let excusedParts = downtime.excusedParts.filter(leaves);
  let { measured, counted } = downtime;
  let excused = IntervalSet.of(excusedParts.map((part) => [part.start, part.end] as const));
  if (reading.unmonitored === 'excluded' && !unmonitored.isEmpty) {
    measured = measured.subtract(unmonitored);
    counted = counted.subtract(unmonitored);
    excused = excused.subtract(unmonitored);
    excusedParts = excusedParts.flatMap((part) => IntervalSet.of([[part.start, part.end]]).subtract(unmonitored).toArray().map((kept): ExcusedPart => ({ ...part, ...kept })));
  }
  return { ...downtime, excusedTime: 'remove-from-period', measured, excused, excusedParts, counted };
}
