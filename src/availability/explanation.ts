import type { SourceRef } from '../contract/provenance.js';
import { type Interval, IntervalSet } from '../intervals/interval-set.js';
import type { AdHocVerdict } from '../maintenance/ad-hoc.js';
import type { MaintenanceAttribution } from '../maintenance/maintenance-window.js';
import type { MergedIncident, ResolvedIncident } from './incidents.js';
import { type RecordingThresholdStrictness, isRecorded, notRecordedReason } from './recording-threshold.js';

/**
 * Why part of an incident does not count as downtime.
 *
 * @example
 * ```ts
 * result.incidents[0]?.excused.map((part) => part.rule); // e.g. ["maintenance", "cause"]
 * ```
 */
export type ExcusedRule = 'maintenance' | 'cause' | 'outside-measured-time';

/**
 * One part of an incident that does not count, and the rule that says so.
 *
 * @example
 * ```ts
 * // An outage 22:00–00:00 Paris against Letsignit's nightly window:
 * // { start: 23:00, end: 00:00, rule: "maintenance", by: "nightly" }
 * ```
 */
export interface ExcusedPart {
  /** Epoch ms. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
  /** `maintenance` (inside a window), `cause` (an excluded cause), `outside-measured-time` (the measured calendar is closed). */
  readonly rule: ExcusedRule;
  /** The maintenance window (or announced window) id, the cause, or the measured calendar's name. */
  readonly by: string;
  /** The clause of the maintenance window, when it has one. */
  readonly source?: SourceRef;
}

/**
 * One merged incident and what became of it: recorded or not (recording
 * threshold), counted parts, excused parts with the rule and window or cause
 * that excused each.
 *
 * `countedMs + excusedMs + outsideMeasuredMs + outsidePeriodMs` is the
 * incident's whole length when it is recorded. `excusedMs` sums the
 * `maintenance` and `cause` parts only (the `X` of the availability formula, docs/semantics.md §3), so the
 * sums over incidents equal the result's `countedDowntimeMs` and `excusedMs`.
 *
 * @example
 * ```ts
 * const [incident] = computeAvailability({ period, incidents, maintenance }).incidents;
 * console.log(incident?.recorded, incident?.countedMs, incident?.excused, incident?.notExcusedBy);
 * ```
 */
export interface IncidentExplanation {
  /** Start of the merged incident (not clipped to the period). */
  readonly start: number;
  /** End of the merged incident (not clipped to the period). */
  readonly end: number;
  /** `end - start`: the length the recording threshold is applied to. */
  readonly durationMs: number;
  /** Distinct causes of the incidents merged. */
  readonly causes: readonly string[];
  /** Ids of the incidents merged. */
  readonly ids: readonly string[];
  /** False when below the recording threshold (see `recordingThresholdStrictness`): nothing of it counts. */
  readonly recorded: boolean;
  /** Why it was not recorded. */
  readonly reason?: string;
  /** Counted downtime (`C`), ms. */
  readonly countedMs: number;
  /** Excused by maintenance or cause (`X`), ms. */
  readonly excusedMs: number;
  /** Inside the period but outside the measured calendar's open time, ms. */
  readonly outsideMeasuredMs: number;
  /** Outside the period, ms. */
  readonly outsidePeriodMs: number;
  /** The counted parts. */
  readonly counted: readonly Interval[];
  /** The parts that do not count, each with its rule, in time order. */
  readonly excused: readonly ExcusedPart[];
  /** Announced maintenance windows overlapping the incident that did not excuse it, and why. */
  readonly notExcusedBy: readonly {
    /** Id of the announced window. */
    readonly by: string;
    /** Why it does not excuse. */
    readonly reason: string;
  }[];
}

/** A set of instants excused by one rule. @internal */
export interface ExcuseRule {
  readonly rule: ExcusedRule;
  readonly by: string;
  readonly intervals: IntervalSet;
  readonly source?: SourceRef;
}

/** The excusing rules in precedence order: maintenance windows (in the order given), then excluded causes (in the order given). @internal */
export function excuseRules(maintenance: readonly MaintenanceAttribution[], incidents: readonly ResolvedIncident[], excludedCauses: readonly string[]): ExcuseRule[] {
  const rules: ExcuseRule[] = maintenance.map((part) => ({ rule: 'maintenance', by: part.by, intervals: part.intervals, ...(part.source === undefined ? {} : { source: part.source }) }));
  for (const cause of excludedCauses) {
    const intervals = IntervalSet.of(incidents.filter((incident) => incident.cause === cause).map((incident) => [incident.start, incident.end] as const));
    if (!intervals.isEmpty) rules.push({ rule: 'cause', by: cause, intervals });
  }
  return rules;
}

/** What {@link explainIncidents} needs. @internal */
export interface ExplainInput {
  readonly merged: readonly MergedIncident[];
  readonly from: number;
  readonly to: number;
  readonly measured: IntervalSet;
  readonly measuredName: string;
  readonly recordingThresholdMs: number;
  /** Default `at-least`. */
  readonly recordingThresholdStrictness?: RecordingThresholdStrictness;
  readonly rules: readonly ExcuseRule[];
  readonly rejected: readonly AdHocVerdict[];
}

/**
 * Split every merged incident touching the period into counted and excused
 * parts. A moment goes to the first rule that covers it: outside measured
 * time, then maintenance windows in the order given, then excluded causes.
 * @internal
 */
export function explainIncidents(input: ExplainInput): { incidents: IncidentExplanation[]; countedMs: number; excusedMs: number } {
  const { from, to, measured, recordingThresholdMs, recordingThresholdStrictness: strictness } = input;
  const touching = input.merged.filter((incident) => incident.start < to && incident.end > from);
  const recorded = touching.filter((incident) => isRecorded(incident.end - incident.start, recordingThresholdMs, strictness));
  const inPeriod = IntervalSet.fromSortedBounds(recorded.flatMap((incident) => [incident.start, incident.end])).clip(from, to);
  let remaining = inPeriod.intersect(measured);
  const parts: ExcusedPart[] = [];
  const outside = inPeriod.subtract(measured);
  for (const { start, end } of outside) parts.push({ start, end, rule: 'outside-measured-time', by: input.measuredName });
  let excusedMs = 0;
  for (const rule of input.rules) {
    const excused = remaining.intersect(rule.intervals);
    if (excused.isEmpty) continue;
    excusedMs += excused.measure();
    for (const { start, end } of excused) parts.push({ start, end, rule: rule.rule, by: rule.by, ...(rule.source === undefined ? {} : { source: rule.source }) });
    remaining = remaining.subtract(rule.intervals);
  }
  const countedMs = remaining.measure();

  // Each part lies inside exactly one recorded incident: hand it over by binary search.
  const partsOf = recorded.map(() => [] as ExcusedPart[]);
  const countedOf = recorded.map(() => [] as Interval[]);
  for (const part of parts) partsOf[indexOf(recorded, part.start)]?.push(part);
  for (const interval of remaining) countedOf[indexOf(recorded, interval.start)]?.push(interval);

  let r = 0;
  const incidents = touching.map((incident): IncidentExplanation => {
    const durationMs = incident.end - incident.start;
    const outsidePeriodMs = durationMs - (Math.min(incident.end, to) - Math.max(incident.start, from));
    const base = { start: incident.start, end: incident.end, durationMs, causes: incident.causes, ids: incident.ids, outsidePeriodMs, notExcusedBy: notExcusedBy(incident, input) };
    if (!isRecorded(durationMs, recordingThresholdMs, strictness)) {
      const reason = notRecordedReason(durationMs, recordingThresholdMs, strictness);
      return { ...base, recorded: false, reason, countedMs: 0, excusedMs: 0, outsideMeasuredMs: 0, counted: [], excused: [] };
    }
    const excused = (partsOf[r] ?? []).sort((a, b) => a.start - b.start);
    const counted = countedOf[r] ?? [];
    r++;
    let excusedHere = 0;
    let outsideMeasuredMs = 0;
    for (const part of excused) {
      if (part.rule === 'outside-measured-time') outsideMeasuredMs += part.end - part.start;
      else excusedHere += part.end - part.start;
    }
    const countedHere = counted.reduce((sum, interval) => sum + interval.end - interval.start, 0);
    return { ...base, recorded: true, countedMs: countedHere, excusedMs: excusedHere, outsideMeasuredMs, counted, excused };
  });
  return { incidents, countedMs, excusedMs };
}

function indexOf(incidents: readonly MergedIncident[], t: number): number {
  let lo = 0;
  let hi = incidents.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((incidents[mid] as MergedIncident).start <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function notExcusedBy(incident: MergedIncident, input: ExplainInput): { by: string; reason: string }[] {
  return input.rejected
    .filter((verdict) => verdict.start < Math.min(incident.end, input.to) && verdict.end > Math.max(incident.start, input.from))
    .map((verdict) => ({ by: verdict.id, reason: verdict.reason }));
}
