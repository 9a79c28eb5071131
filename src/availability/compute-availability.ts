import { BusinessCalendar } from '../calendar/business-calendar.js';
import { SlaInputError } from '../errors.js';
import { checkKnownKeys } from '../ids.js';
import { type Interval, IntervalSet } from '../intervals/interval-set.js';
import { type AdHocVerdict, unexcusedWindowNote } from '../maintenance/ad-hoc.js';
import { durationText } from '../time/duration-text.js';
import { type MaintenanceWindow, maintenanceIntervals } from '../maintenance/maintenance-window.js';
import { toDurationMs } from '../time/duration.js';
import type { InstantInput } from '../time/instant.js';
import { AvailabilityPeriod } from './availability-period.js';
import { type IncidentExplanation, excuseRules, explainIncidents } from './explanation.js';
import { type Incident, type ResolvedIncident, mergeResolved, resolveIncidents } from './incidents.js';
import { type Probe, type ProbeOptions, type ProbeSeries, probesToIncidents } from './probes.js';
import type { AvailabilityRatio } from './ratio.js';
import { type RecordingThresholdStrictness, checkStrictness } from './recording-threshold.js';

/**
 * What excused time does to the formula (docs/semantics.md §3):
 * `remove-from-period` (default) gives `(|P| − |X| − |C|) / (|P| − |X|)`,
 * `count-as-up` gives `(|P| − |C|) / |P|`.
 *
 * @example
 * ```ts
 * computeAvailability({ period: AvailabilityPeriod.month(2026, 3, 'Europe/Paris'), excusedTime: 'count-as-up' });
 * ```
 */
export type ExcusedTime = 'remove-from-period' | 'count-as-up';

/**
 * Options of {@link computeAvailability}.
 *
 * @example
 * ```ts
 * // Letsignit §5–§7.
 * const options: AvailabilityOptions = {
 *   period: AvailabilityPeriod.month(2026, 3, 'Europe/Paris'),
 *   probes: [],
 *   probeOptions: { interval: { minutes: 5 }, latencyThresholdMs: 30_000 },
 *   recordingThresholdMs: 300_000,
 *   excludedCauses: ['external-network', 'ddos'],
 *   maintenance: [MaintenanceWindow.daily({ id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '08:00' })],
 * };
 * ```
 */
export interface AvailabilityOptions {
  /** The measurement period `P` (a local calendar month by default in contracts). */
  readonly period:
    | AvailabilityPeriod
    | {
        /** First instant of the period. */
        readonly start: InstantInput;
        /** End of the period (exclusive). */
        readonly end: InstantInput;
      };
  /** Incidents from any source; merged with the probe-derived ones. */
  readonly incidents?: readonly Incident[] | undefined;
  /** Probe results; need `probeOptions`. */
  readonly probes?: readonly Probe[] | ProbeSeries | undefined;
  /** Probe interval, latency threshold, unmonitored policy (`from`/`to` are the period's). */
  readonly probeOptions?: Omit<ProbeOptions, 'from' | 'to'> | undefined;
  /** Merged incidents shorter than this are not recorded (Letsignit §5: 300 000). Default 0. */
  readonly recordingThresholdMs?: number | undefined;
  /** `at-least` (default: an incident of exactly the threshold is recorded) or `more-than` (it is not). */
  readonly recordingThresholdStrictness?: RecordingThresholdStrictness | undefined;
  /** Causes whose incidents excuse the time they cover (Letsignit §6: `external-network`, `ddos`). */
  readonly excludedCauses?: readonly string[] | undefined;
  /** Maintenance windows excusing downtime inside them. */
  readonly maintenance?: readonly MaintenanceWindow[] | undefined;
  /** Measure only the open time of this calendar inside the period (Linkando: support hours). Default: the whole period. */
  readonly measuredCalendar?: BusinessCalendar | undefined;
  /** Default `remove-from-period`. */
  readonly excusedTime?: ExcusedTime | undefined;
}

/**
 * The availability over a period and why: every merged incident with its
 * counted and excused parts and the rule (maintenance window, cause, measured
 * calendar) behind each.
 *
 * @example
 * ```ts
 * const result = computeAvailability({ period: AvailabilityPeriod.month(2026, 3, 'Europe/Paris') });
 * `${formatPercent(result)} %`; // "100.0000 %"
 * for (const incident of result.incidents) console.log(incident.ids, incident.countedMs, incident.excused);
 * ```
 */
export interface AvailabilityResult {
  /** The period `[start, end)`. */
  readonly period: {
    /** Epoch ms. */
    readonly start: number;
    /** Epoch ms, exclusive. */
    readonly end: number;
    /** The period's label, e.g. `2026-03`. */
    readonly label: string;
  };
  /** The formula used for excused time. */
  readonly excusedTime: ExcusedTime;
  /** `|P|`: the whole period, or the measured calendar's open time inside it. */
  readonly measuredMs: number;
  /** `|X|`: recorded downtime excused by maintenance or an excluded cause. */
  readonly excusedMs: number;
  /** `|C| = |D| − |X|`: recorded downtime that counts. */
  readonly countedDowntimeMs: number;
  /** Measured time no probe covered (0 without probes); counted as up unless `unmonitored: 'down'`. */
  readonly unmonitoredMs: number;
  /** `ratio` as a number; 1 when `ratio` is `0 / 0` (everything excused). */
  readonly availability: number;
  /** The exact availability in integer ms. */
  readonly ratio: AvailabilityRatio;
  /** Every merged incident touching the period, in time order. */
  readonly incidents: readonly IncidentExplanation[];
  /** The unmonitored measured intervals. */
  readonly unmonitored: readonly Interval[];
  /** Announced maintenance windows in the period that do not excuse (e.g. notice too short). */
  readonly rejectedMaintenance: readonly AdHocVerdict[];
  /** What was done to the input and any edge case met, in words. */
  readonly notes: readonly string[];
}

/** Every key of {@link AvailabilityOptions}: any other is refused (a misspelled key would read as absent). */
const AVAILABILITY_OPTION_KEYS: ReadonlySet<string> = new Set(
  Object.keys({
    period: true,
    incidents: true,
    probes: true,
    probeOptions: true,
    recordingThresholdMs: true,
    recordingThresholdStrictness: true,
    excludedCauses: true,
    maintenance: true,
    measuredCalendar: true,
    excusedTime: true,
  } satisfies Record<keyof AvailabilityOptions, true>),
);

/**
 * Availability over a period (docs/semantics.md §3, *Incidents* and
 * *Availability*):
 *
 * 1. incidents (given, and derived from probes) are merged (union);
 * 2. a merged incident shorter than `recordingThresholdMs` is dropped, on its
 *    **whole** length before any clipping (a 10-min outage with 3 min inside
 *    the period is recorded, and 3 min count); with
 *    `recordingThresholdStrictness: 'more-than'` one of exactly the threshold
 *    is dropped too;
 * 3. `D` = recorded incidents clipped to the period and to the measured
 *    calendar's open time; `X` = the part of `D` inside a maintenance window
 *    or covered by an incident of an excluded cause; `C = D − X`;
 * 4. availability = `(|P| − |X| − |C|) / (|P| − |X|)`, or with
 *    `excusedTime: 'count-as-up'` `(|P| − |C|) / |P|`.
 *
 * When every measured instant is excused the ratio is `0 / 0`, reported as
 * availability 1 with a note. A period with no measured time throws
 * {@link SlaInputError}. Parts of an incident go to the first rule that
 * covers them: outside measured time, then maintenance windows in the order
 * given, then excluded causes in the order given.
 *
 * @example
 * ```ts
 * // Letsignit, March 2026 (743 h), one 4 h outage: 1 − 4/743 = 99.4616 %.
 * const result = computeAvailability({
 *   period: AvailabilityPeriod.month(2026, 3, 'Europe/Paris'),
 *   incidents: [{ start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00' }],
 * });
 * result.ratio;        // { numerator: 739 h, denominator: 743 h } in ms
 * result.availability; // 0.99461641…
 * ```
 */
export function computeAvailability(options: AvailabilityOptions): AvailabilityResult {
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, 'availability options { period, incidents?, … }');
  checkKnownKeys(options, AVAILABILITY_OPTION_KEYS, 'options');
  const period = toPeriod(options.period);
  const { start: from, end: to } = period;
  const excusedTime = options.excusedTime ?? 'remove-from-period';
  if (excusedTime !== 'remove-from-period' && excusedTime !== 'count-as-up') throw new SlaInputError('excusedTime', excusedTime, '"remove-from-period" or "count-as-up"');
  const recordingThresholdMs = options.recordingThresholdMs === undefined ? 0 : toDurationMs(options.recordingThresholdMs, 'recordingThresholdMs');
  const recordingThresholdStrictness = checkStrictness(options.recordingThresholdStrictness);
  const excludedCauses = checkCauses(options.excludedCauses);
  const calendar = options.measuredCalendar;
  if (calendar !== undefined && !(calendar instanceof BusinessCalendar)) throw new SlaInputError('measuredCalendar', calendar, 'a BusinessCalendar');

  const measured = calendar === undefined ? IntervalSet.fromSortedBounds([from, to]) : calendar.openIntervals(from, to);
  const measuredMs = measured.measure();
  if (measuredMs === 0) {
    throw calendar === undefined
      ? new SlaInputError('period', period.label, 'a period with some measured time')
      : new SlaInputError('measuredCalendar', calendar.name, `a calendar open at some time in the period ${period.label}`);
  }

  const notes: string[] = [];
  const incidents: ResolvedIncident[] = resolveIncidents(options.incidents ?? []);
  let unmonitored = IntervalSet.empty();
  if (options.probes !== undefined) {
    if (options.probeOptions === undefined) throw new SlaInputError('probeOptions', undefined, 'the probe options (intervalMs or interval, …) when probes are given');
    const scan = probesToIncidents(options.probes, { ...options.probeOptions, from, to });
    incidents.push(...scan.incidents);
    unmonitored = scan.unmonitored.intersect(measured);
    notes.push(...scan.notes);
  }

  const coverage = maintenanceIntervals(options.maintenance ?? [], from, to);
  for (const verdict of coverage.rejected) notes.push(unexcusedWindowNote(verdict));
  const explained = explainIncidents({
    merged: mergeResolved(incidents),
    from,
    to,
    measured,
    measuredName: calendar?.name ?? 'period',
    recordingThresholdMs,
    recordingThresholdStrictness,
    rules: excuseRules(coverage.byWindow, incidents, excludedCauses),
    rejected: coverage.rejected,
  });
  const { countedMs, excusedMs } = explained;
  const ratio: AvailabilityRatio =
    excusedTime === 'count-as-up'
      ? { numerator: measuredMs - countedMs, denominator: measuredMs }
      : { numerator: measuredMs - excusedMs - countedMs, denominator: measuredMs - excusedMs };
  if (ratio.denominator === 0) notes.push(`all ${durationText(measuredMs)} of measured time is excused: nothing left to measure, availability taken as 100 %`);
  return {
    period: { start: from, end: to, label: period.label },
    excusedTime,
    measuredMs,
    excusedMs,
    countedDowntimeMs: countedMs,
    unmonitoredMs: unmonitored.measure(),
    availability: ratio.denominator === 0 ? 1 : ratio.numerator / ratio.denominator,
    ratio,
    incidents: explained.incidents,
    unmonitored: unmonitored.toArray(),
    rejectedMaintenance: coverage.rejected,
    notes,
  };
}

/** An {@link AvailabilityPeriod} from a period or `{ start, end }`; throws {@link SlaInputError} naming `period`. @internal */
export function toPeriod(period: AvailabilityOptions['period']): AvailabilityPeriod {
  if (period instanceof AvailabilityPeriod) return period;
  if (period === null || typeof period !== 'object' || !('start' in period) || !('end' in period)) {
    throw new SlaInputError('period', period, 'an AvailabilityPeriod or { start, end }');
  }
  return AvailabilityPeriod.between(period.start, period.end);
}

function checkCauses(causes: readonly string[] | undefined): readonly string[] {
  if (causes === undefined) return [];
  if (!Array.isArray(causes)) throw new SlaInputError('excludedCauses', causes, 'an array of causes such as ["external-network", "ddos"]');
  causes.forEach((cause, i) => {
    if (typeof cause !== 'string' || cause === '') throw new SlaInputError(`excludedCauses[${i}]`, cause, 'a non-empty cause');
  });
  return causes;
}
