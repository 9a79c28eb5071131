import type { AvailabilityResult, ExcusedTime } from '../availability/compute-availability.js';
import type { ExcusedPart } from '../availability/explanation.js';
import type { AvailabilityRatio } from '../availability/ratio.js';
import { BusinessCalendar } from '../calendar/business-calendar.js';
import { SlaInputError } from '../errors.js';
import { IntervalSet } from '../intervals/interval-set.js';

/**
 * The sets an availability is made of, in epoch ms, so the measurement
 * steps (maintenance budget, granularity, weighting) can each take one and
 * hand on the next: measured time, excused downtime with its rule, counted
 * downtime. Built from an `AvailabilityResult` by {@link measuredDowntime},
 * or by hand (plain data: any value with these fields).
 *
 * Invariants: `excused` and `counted` lie inside `measured` and do not
 * overlap. The availability is `(|B| − |counted|) / |B|` where `B` is
 * `measured − excused` (`remove-from-period`) or `measured` (`count-as-up`):
 * see {@link downtimeRatio}.
 *
 * @example
 * ```ts
 * const result = computeAvailability({ period: AvailabilityPeriod.month(2026, 6, 'UTC'), incidents });
 * const downtime: MeasuredDowntime = measuredDowntime(result);
 * downtime.counted.measure() === result.countedDowntimeMs; // true
 * ```
 */
export interface MeasuredDowntime {
  /** The period `[start, end)`, epoch ms, and its label. */
  readonly period: AvailabilityResult['period'];
  /** What excused time does to the formula (`remove-from-period` or `count-as-up`). */
  readonly excusedTime: ExcusedTime;
  /** Measured time: the whole period, or a calendar's open time in it, before anything is excused. */
  readonly measured: IntervalSet;
  /** Excused downtime (maintenance windows, excluded causes), inside `measured`. */
  readonly excused: IntervalSet;
  /** The excused parts with the rule and the window or cause behind each, in time order. */
  readonly excusedParts: readonly ExcusedPart[];
  /** Counted downtime, inside `measured`, outside `excused`. */
  readonly counted: IntervalSet;
}

/**
 * Options of {@link measuredDowntime}.
 *
 * @example
 * ```ts
 * const options: MeasuredDowntimeOptions = { measuredCalendar: support };
 * ```
 */
export interface MeasuredDowntimeOptions {
  /** The measured calendar the result was computed with, if any (the result holds only its length). */
  readonly measuredCalendar?: BusinessCalendar | undefined;
}

/**
 * The sets behind an availability result: measured time (the period, or
 * `measuredCalendar`'s open time in it), excused parts (maintenance and
 * cause rules, not `outside-measured-time`) and counted parts of every
 * incident.
 *
 * Throws {@link SlaInputError} naming `measuredCalendar` when the measured
 * time rebuilt does not have the result's `measuredMs` (a result computed
 * with a measured calendar needs the same calendar here), and naming
 * `result` when the value is not an availability result.
 *
 * @example
 * ```ts
 * const june = AvailabilityPeriod.month(2026, 6, 'UTC');
 * const result = computeAvailability({ period: june, incidents: [{ start: '2026-06-10T10:00:30Z', end: '2026-06-10T10:04:30Z' }] });
 * measuredDowntime(result).counted.toArray(); // [{ start: 1781085630000, end: 1781085870000 }]
 * ```
 */
export function measuredDowntime(result: AvailabilityResult, options: MeasuredDowntimeOptions = {}): MeasuredDowntime {
  if (!isResult(result)) throw new SlaInputError('result', result, 'an AvailabilityResult from computeAvailability');
  const calendar = options.measuredCalendar;
  if (calendar !== undefined && !(calendar instanceof BusinessCalendar)) throw new SlaInputError('measuredCalendar', calendar, 'a BusinessCalendar');
  const { start, end, label } = result.period;
  const measured = calendar === undefined ? IntervalSet.fromSortedBounds([start, end]) : calendar.openIntervals(start, end);
  if (measured.measure() !== result.measuredMs) {
    throw new SlaInputError(
      'measuredCalendar',
      calendar?.name,
      `the measured calendar the result was computed with (it measured ${result.measuredMs} ms; ${calendar === undefined ? 'the whole period' : 'this calendar'} is ${measured.measure()} ms)`,
    );
  }
  const excusedParts = result.incidents.flatMap((incident) => incident.excused.filter((part) => part.rule !== 'outside-measured-time')).sort((a, b) => a.start - b.start);
  return {
    period: { start, end, label },
    excusedTime: result.excusedTime,
    measured,
    excused: IntervalSet.of(excusedParts.map((part) => [part.start, part.end] as const)),
    excusedParts,
    counted: IntervalSet.of(result.incidents.flatMap((incident) => incident.counted.map((part) => [part.start, part.end] as const))),
  };
}

function isResult(value: unknown): value is AvailabilityResult {
  if (value === null || typeof value !== 'object') return false;
  const { incidents, period } = value as Partial<AvailabilityResult>;
  return Array.isArray(incidents) && period !== null && typeof period === 'object';
}

/**
 * The time availability is measured against: `measured − excused`
 * (`remove-from-period`) or `measured` (`count-as-up`).
 *
 * @example
 * ```ts
 * measuredBase(measuredDowntime(result)).measure() === result.ratio.denominator; // true
 * ```
 */
export function measuredBase(downtime: MeasuredDowntime): IntervalSet {
  checkDowntime(downtime);
  return downtime.excusedTime === 'count-as-up' ? downtime.measured : downtime.measured.subtract(downtime.excused);
}

/**
 * The availability of a {@link MeasuredDowntime}, exact in ms:
 * `(|B| − |counted|) / |B|` with `B` from {@link measuredBase}. Equals the
 * `ratio` of the result it was built from.
 *
 * @example
 * ```ts
 * // June 2026 (43 200 min), 10 min counted.
 * downtimeRatio(measuredDowntime(result)); // { numerator: 43 190 min, denominator: 43 200 min } in ms
 * ```
 */
export function downtimeRatio(downtime: MeasuredDowntime): AvailabilityRatio {
  const baseMs = measuredBase(downtime).measure();
  return { numerator: baseMs - downtime.counted.measure(), denominator: baseMs };
}

/** Validate a {@link MeasuredDowntime}; throws {@link SlaInputError} naming `downtime`. @internal */
export function checkDowntime(downtime: MeasuredDowntime): void {
  const expected = 'a MeasuredDowntime { period, excusedTime, measured, excused, excusedParts, counted }, e.g. from measuredDowntime(result)';
  if (
    downtime === null ||
    typeof downtime !== 'object' ||
    !(downtime.measured instanceof IntervalSet) ||
    !(downtime.excused instanceof IntervalSet) ||
    !(downtime.counted instanceof IntervalSet) ||
    !Array.isArray(downtime.excusedParts) ||
    (downtime.excusedTime !== 'remove-from-period' && downtime.excusedTime !== 'count-as-up')
  ) {
    throw new SlaInputError('downtime', downtime, expected);
  }
}
