import { type IntervalInput, IntervalSet } from '../intervals/interval-set.js';
import { type MaintenanceWindow, maintenanceIntervals } from '../maintenance/maintenance-window.js';

/** Where excused time comes from in the request and series measures. @internal */
export interface ExcusedSources {
  /** Maintenance windows. */
  readonly maintenance?: readonly MaintenanceWindow[] | undefined;
  /** Other excused time. */
  readonly excused?: IntervalSet | readonly IntervalInput[] | undefined;
}

/**
 * Excused time inside `[from, to)`: maintenance windows and other excused
 * intervals; throws `SlaInputError` naming `maintenance[i]` or
 * `excused[i]`. @internal
 */
export function excusedTimeIn(sources: ExcusedSources, from: number, to: number): IntervalSet {
  let excused = sources.maintenance === undefined ? IntervalSet.empty() : maintenanceIntervals(sources.maintenance, from, to).intervals;
  if (sources.excused !== undefined) excused = excused.union(sources.excused instanceof IntervalSet ? sources.excused : IntervalSet.of(sources.excused as readonly IntervalInput[], 'excused'));
  return excused.clip(from, to);
}
