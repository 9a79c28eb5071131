import { type AvailabilityPeriod, type AvailabilityResult, type Incident, type Probe, type ProbeSeries, computeAvailability, resolveIncidents } from '../../availability/index.js';
import type { ExactRatio } from '../../availability/ratio.js';
import type { BusinessCalendar } from '../../calendar/business-calendar.js';
import { SlaInputError } from '../../errors.js';
import { IntervalSet } from '../../intervals/interval-set.js';
import type { MaintenanceWindow } from '../../maintenance/index.js';
import { unexcusedWindowNote } from '../../maintenance/ad-hoc.js';
import { type AccountingReading, applyReading } from '../../measurement/accounting-reading.js';
import { applyGranularity } from '../../measurement/granularity.js';
import { applyMaintenanceBudget } from '../../measurement/maintenance-budget.js';
import { type MeasuredDowntime, downtimeRatio, measuredDowntime } from '../../measurement/measured-downtime.js';
import { type RequestCount, requestAvailability } from '../../measurement/request-metrics.js';
import { type SeriesMetricResult, type SeriesPoint, seriesMetric } from '../../measurement/series-metrics.js';
import { type WeightedIncident, weightDowntime } from '../../measurement/weighted-downtime.js';
import { ownValue } from '../../ids.js';
import { metricOf } from '../definition-checks.js';
import { type MeanOfMonthsVerdict, judgeMeanOfMonths, monthsOf } from '../mean-of-months.js';
import type { CommitmentReport, RatioUnit } from '../report.js';
import type { CommitmentDefinition, ContractTerms } from '../schema.js';

/**
 * One commitment's measurement pipeline (issue 14): incidents and probes →
 * `computeAvailability` (with the threshold's strictness) →
 * `measuredDowntime` → `applyMaintenanceBudget` → `applyGranularity` or
 * `weightDowntime`; request counts → `requestAvailability`; a series →
 * `seriesMetric`. The result keeps the sets, so a pro-rata split can
 * restrict it to a part of the period.
 * @internal
 */

type Section = NonNullable<ContractTerms['availability']>;

/** The data one commitment is measured from (causes already read). @internal */
export interface MeasureData {
  readonly incidents?: readonly WeightedIncident[] | undefined;
  readonly probes?: readonly Probe[] | ProbeSeries | undefined;
  readonly requests?: readonly RequestCount[] | undefined;
  readonly series?: Readonly<Record<string, readonly SeriesPoint[]>> | undefined;
  readonly population?: number | undefined;
  /** `byCommitment.<id>.` when the data is the commitment's own, else empty: prefixes input field names in errors. */
  readonly field: string;
  /** Whether probes were given for this commitment itself (not shared with the others). */
  readonly ownProbes: boolean;
}

/** What the pipeline of one availability section needs, validated once. @internal */
export interface MeasureContext {
  readonly section: Section;
  readonly recordingThresholdMs: number | undefined;
  readonly probeIntervalMs: number | undefined;
  readonly calendar: (id: string) => BusinessCalendar;
  readonly period: AvailabilityPeriod;
  readonly maintenance: readonly MaintenanceWindow[];
  readonly maintenanceUsedBeforeMs: number | undefined;
  /** Restrict the figure to `[start, end)` of the period (a part of a pro-rata split). */
  readonly restrict?: { readonly start: number; readonly end: number } | undefined;
  /** Account for excused and unmonitored time under this reading instead of the contract's (see `Contract.sideBySide`). */
  readonly reading?: AccountingReading | undefined;
}

/** A commitment measured in time or requests: its exact figure and how it was reached. @internal */
export interface TimeMeasure {
  readonly kind: 'time';
  readonly metric: CommitmentReport['metric'];
  readonly result: AvailabilityResult;
  readonly ratio: ExactRatio;
  readonly ratioUnit: RatioUnit;
  readonly baseMs: number;
  readonly countedDowntimeMs: number;
  /** The counted downtime, for claim history. */
  readonly counted: IntervalSet;
  /** Separate stretches of counted downtime (after granularity; merged bad intervals), for per-incident credits. */
  readonly incidentCount: number;
  readonly meanOfMonths?: MeanOfMonthsVerdict;
  readonly granularity?: CommitmentReport['granularity'];
  readonly maintenanceBudget?: CommitmentReport['maintenanceBudget'];
  readonly weighting?: CommitmentReport['weighting'];
  readonly requests?: CommitmentReport['requests'];
  readonly notes: readonly string[];
}

/** A commitment on a series. @internal */
export interface SeriesMeasure {
  readonly kind: 'series';
  readonly series: string;
  readonly result: SeriesMetricResult;
}

/** Measure one commitment over the context's period. @internal */
export function measureCommitment(commitment: CommitmentDefinition, all: MeasureData, given: MeasureContext): TimeMeasure | SeriesMeasure {
  const metric = metricOf(commitment);
  const data = observedOnly(commitment, all);
  const context = given.reading !== undefined && unreadable(commitment) !== null ? { ...given, reading: undefined } : given;
  const measure = metric === 'series' ? measureSeries(commitment, data, context) : metric === 'requests' ? measureRequests(commitment, data, context) : measureDowntime(commitment, data, context);
  const unexcused = unexcusedWindowNotes(context);
  if (unexcused.length === 0) return measure;
  return measure.kind === 'series' ? { ...measure, result: { ...measure.result, notes: [...measure.result.notes, ...unexcused] } } : { ...measure, notes: [...measure.notes, ...unexcused] };
}

/**
 * Why a commitment is measured under its contract's reading whatever
 * reading is asked (`null` when a reading applies to it): request and
 * series metrics read excused and unmonitored time by their own rules, and
 * a mean of months is judged month by month.
 * @internal
 */
export function unreadable(commitment: CommitmentDefinition): string | null {
  const metric = metricOf(commitment);
  if (metric === 'requests') return 'measured from request counts, which account for unmonitored and excused intervals by their own metric rules';
  if (metric === 'series') return 'a bound on a series, not a figure of time';
  if (commitment.aggregation === 'mean-of-months') return 'a mean of monthly figures';
  return null;
}

/**
 * A note per announced maintenance window of the period that excuses
 * nothing, with why: "maintenance window mnt-1 does not excuse: announced
 * 23 h before its start; the minimum notice is 24 h" or "…: not announced; …".
 */
function unexcusedWindowNotes(context: MeasureContext): string[] {
  const { start, end } = context.restrict ?? context.period;
  return context.maintenance.flatMap((window) => window.rejected(start, end)).map(unexcusedWindowNote);
}

function measureDowntime(commitment: CommitmentDefinition, data: MeasureData, context: MeasureContext): TimeMeasure {
  const { section, period } = context;
  const options = availabilityOptions(commitment, data, context, true);
  const result = computeAvailability({ period, ...options });
  const notes: string[] = [];
  if (commitment.aggregation === 'mean-of-months') {
    const verdict = judgeMeanOfMonths(monthsOf(period).map((month) => computeAvailability({ period: month, ...options })), String(commitment.target));
    return { ...timeFigures(result, measuredDowntime(result, measuredCalendar(commitment, context)), notes), ratio: verdict.mean, ratioUnit: 'mean-of-months', meanOfMonths: verdict };
  }
  let downtime = measuredDowntime(result, measuredCalendar(commitment, context));
  let maintenanceBudget: TimeMeasure['maintenanceBudget'];
  const budget = section.maintenanceBudget;
  if (budget !== undefined) {
    const budgeted = applyMaintenanceBudget(downtime, {
      budget: budget.budget,
      per: budget.per,
      zone: budget.zone ?? section.zone,
      ...(context.maintenanceUsedBeforeMs === undefined ? {} : { usedBeforeMs: context.maintenanceUsedBeforeMs }),
      ...(budget.order === undefined ? {} : { order: budget.order }),
      ...(budget.exhaustingWindow === undefined ? {} : { exhaustingWindow: budget.exhaustingWindow }),
    });
    downtime = budgeted.downtime;
    maintenanceBudget = { coveredMs: budgeted.coveredMs, excusedMs: budgeted.excusedMs, countedMs: budgeted.countedMs, budgets: budgeted.budgets, windows: budgeted.windows };
    if (budgeted.countedMs > 0) notes.push(`maintenance budget: ${budgeted.countedMs} ms of maintenance downtime over the budget counted`);
  }
  let granularity: TimeMeasure['granularity'];
  if (commitment.granularity !== undefined) {
    const granular = applyGranularity(downtime, commitment.granularity);
    downtime = granular.downtime;
    granularity = { intervalMs: granular.intervalMs, rule: granular.rule, alignment: granular.alignment, badIntervals: granular.badIntervals, rawCountedMs: granular.rawCountedMs };
  }
  if (context.restrict !== undefined) downtime = restrictDowntime(downtime, context.restrict.start, context.restrict.end);
  if (context.reading !== undefined) downtime = applyReading(downtime, context.reading, IntervalSet.of(result.unmonitored));
  const figures = timeFigures(result, downtime, notes);
  const extra = { ...(maintenanceBudget === undefined ? {} : { maintenanceBudget }), ...(granularity === undefined ? {} : { granularity }) };
  if (metric(commitment) !== 'weighted') return { ...figures, ...extra };
  const population = data.population;
  if (population === undefined) throw new SlaInputError(`${data.field}population`, population, `the number of users in the service (commitment "${commitment.id}" weighs downtime by the users affected)`);
  const weightingRule = commitment.metric?.type === 'weighted' ? commitment.metric : undefined;
  const weighted = weightDowntime(downtime, {
    incidents: data.incidents ?? [],
    population,
    ...(weightingRule?.overlappingAffected === undefined ? {} : { overlappingAffected: weightingRule.overlappingAffected }),
  });
  notes.push(...weighted.notes);
  return {
    ...figures,
    ...extra,
    metric: 'weighted',
    ratio: weighted.ratio,
    ratioUnit: 'user-ms',
    weighting: { population, userMs: String(weighted.userMs), downtimeUserMs: String(weighted.downtimeUserMs), incidents: weighted.incidents },
  };
}

function metric(commitment: CommitmentDefinition): string {
  return metricOf(commitment);
}

/** The figures of downtime in ms. */
function timeFigures(result: AvailabilityResult, downtime: MeasuredDowntime, notes: string[]): TimeMeasure {
  const ratio = downtimeRatio(downtime);
  return {
    kind: 'time',
    metric: 'downtime',
    result,
    ratio: { numerator: BigInt(ratio.numerator), denominator: BigInt(ratio.denominator) },
    ratioUnit: 'ms',
    baseMs: ratio.denominator,
    countedDowntimeMs: downtime.counted.measure(),
    counted: downtime.counted,
    incidentCount: downtime.counted.size,
    notes,
  };
}

function measureRequests(commitment: CommitmentDefinition, data: MeasureData, context: MeasureContext): TimeMeasure {
  const rule = commitment.metric?.type === 'requests' ? commitment.metric : undefined;
  if (rule === undefined) throw new SlaInputError('metric', commitment.metric, 'a request metric');
  if (data.ownProbes) throw new SlaInputError(`${data.field}probes`, 'probes', `request counts (requests) for commitment "${commitment.id}": it is measured by the ${rule.metric ?? 'bad-intervals'} request metric, which probes do not feed`);
  if (data.requests === undefined) {
    throw new SlaInputError(`${data.field}requests`, undefined, `request counts { at, total, failed } for commitment "${commitment.id}" (measured by the ${rule.metric ?? 'bad-intervals'} request metric${data.probes === undefined ? '' : '; probes do not feed it'})`);
  }
  const result = computeAvailability({ period: context.period, ...availabilityOptions(commitment, data, context, false) });
  const measured = requestAvailability({
    period: context.period,
    requests: data.requests,
    interval: rule.interval,
    ...(rule.metric === undefined ? {} : { metric: rule.metric }),
    ...(rule.errorRateThreshold === undefined ? {} : { errorRateThreshold: rule.errorRateThreshold }),
    ...(rule.thresholdComparison === undefined ? {} : { thresholdComparison: rule.thresholdComparison }),
    ...(rule.unmonitored === undefined ? {} : { unmonitored: rule.unmonitored }),
    ...(rule.excusedIntervals === undefined ? {} : { excusedIntervals: rule.excusedIntervals }),
    maintenance: context.maintenance,
    excused: excludedTime(data.incidents, context.section),
  });
  const badMetric = measured.metric === 'bad-intervals';
  const counted = badMetric ? IntervalSet.of(measured.bad.map((i) => [i.start, i.end] as const)).union(rule.unmonitored === 'bad' ? IntervalSet.of(measured.unmonitoredIntervals.map((i) => [i.start, i.end] as const)) : IntervalSet.empty()) : IntervalSet.empty();
  return {
    kind: 'time',
    metric: 'requests',
    result,
    ratio: measured.ratio,
    ratioUnit: measured.metric === 'bad-intervals' ? 'ms' : measured.metric === 'mean-error-rate' ? 'ms-rate' : 'requests',
    baseMs: measured.measuredMs,
    countedDowntimeMs: counted.measure(),
    counted,
    incidentCount: counted.size,
    requests: {
      metric: measured.metric,
      intervalMs: measured.intervalMs,
      intervals: measured.intervals,
      total: String(measured.requests.total),
      failed: String(measured.requests.failed),
      bad: measured.bad,
    },
    notes: measured.notes,
  };
}

function measureSeries(commitment: CommitmentDefinition, data: MeasureData, context: MeasureContext): SeriesMeasure {
  const rule = commitment.metric?.type === 'series' ? commitment.metric : undefined;
  if (rule === undefined) throw new SlaInputError('metric', commitment.metric, 'a series metric');
  const points = ownValue(data.series, rule.series);
  if (points === undefined) throw new SlaInputError(`${data.field}series.${rule.series}`, undefined, `the points { at, value } of series "${rule.series}" (commitment "${commitment.id}")`);
  const result = seriesMetric({
    period: context.period,
    points,
    statistic: rule.statistic,
    ...(rule.percentile === undefined ? {} : { percentile: rule.percentile }),
    bound: rule.bound,
    ...(rule.comparison === undefined ? {} : { comparison: rule.comparison }),
    // A maintenance budget limits excused downtime, not points: a window leaves its points out whole unless "included".
    ...(rule.pointsInMaintenance === undefined ? {} : { pointsInMaintenance: rule.pointsInMaintenance }),
    maintenance: context.maintenance,
    excused: excludedTime(data.incidents, context.section),
  });
  return { kind: 'series', series: rule.series, result };
}

/** The data of the kinds the commitment's `observations` lists (all of them when it lists none). */
function observedOnly(commitment: CommitmentDefinition, data: MeasureData): MeasureData {
  const listed = commitment.observations;
  if (listed === undefined) return data;
  return {
    ...data,
    incidents: listed.includes('incidents') ? data.incidents : undefined,
    probes: listed.includes('probes') ? data.probes : undefined,
    requests: listed.includes('requests') ? data.requests : undefined,
    series: listed.includes('series') ? data.series : undefined,
  };
}

/** The options of `computeAvailability` for a commitment; probes only for metrics measured from them. */
function availabilityOptions(commitment: CommitmentDefinition, data: MeasureData, context: MeasureContext, withProbes: boolean) {
  const { section, reading } = context;
  // A reading of a kind of time as down is the absence of the rule that excuses it; the others are applied by applyReading.
  const maintenance = reading?.maintenance === 'down' ? [] : context.maintenance;
  const excludedCauses = reading?.excludedCauses === 'down' ? undefined : section.excludedCauses;
  const unmonitored = reading === undefined ? section.probes?.unmonitored : reading.unmonitored === 'down' ? 'down' : 'up';
  return {
    ...(data.incidents ? { incidents: data.incidents as readonly Incident[] } : {}),
    ...(withProbes && data.probes ? { probes: data.probes } : {}),
    ...(withProbes && section.probes
      ? {
          probeOptions: {
            intervalMs: context.probeIntervalMs,
            ...(section.probes.latencyThresholdMs !== undefined ? { latencyThresholdMs: section.probes.latencyThresholdMs } : {}),
            ...(unmonitored ? { unmonitored } : {}),
          },
        }
      : {}),
    ...(context.recordingThresholdMs !== undefined ? { recordingThresholdMs: context.recordingThresholdMs } : {}),
    ...(section.recordingThresholdStrictness !== undefined ? { recordingThresholdStrictness: section.recordingThresholdStrictness } : {}),
    ...(excludedCauses ? { excludedCauses } : {}),
    maintenance,
    ...(commitment.measuredCalendar ? { measuredCalendar: context.calendar(commitment.measuredCalendar) } : {}),
    ...(section.excusedTime ? { excusedTime: section.excusedTime } : {}),
  };
}

function measuredCalendar(commitment: CommitmentDefinition, context: MeasureContext): { measuredCalendar?: BusinessCalendar } {
  return commitment.measuredCalendar === undefined ? {} : { measuredCalendar: context.calendar(commitment.measuredCalendar) };
}

/** Time covered by incidents of an excluded cause: excused for request and series metrics. */
function excludedTime(incidents: readonly Incident[] | undefined, section: Section): IntervalSet {
  const excluded = section.excludedCauses ?? [];
  if (incidents === undefined || excluded.length === 0) return IntervalSet.empty();
  return IntervalSet.of(resolveIncidents(incidents).filter((incident) => excluded.includes(incident.cause)).map((incident) => [incident.start, incident.end] as const));
}

/** The part of a measured downtime inside `[from, to)`: every set clipped. @internal */
export function restrictDowntime(downtime: MeasuredDowntime, from: number, to: number): MeasuredDowntime {
  return {
    ...downtime,
    measured: downtime.measured.clip(from, to),
    excused: downtime.excused.clip(from, to),
    excusedParts: downtime.excusedParts.filter((part) => part.end > from && part.start < to).map((part) => ({ ...part, start: Math.max(part.start, from), end: Math.min(part.end, to) })),
    counted: downtime.counted.clip(from, to),
  };
}
