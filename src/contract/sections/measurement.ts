import { describeValue } from '../../errors.js';
import { z } from 'zod';
import { type ExactPercent, type PercentInput, parsePercent } from '../../availability/ratio.js';
import type { ErrorRateComparison, RequestMetric } from '../../measurement/request-metrics.js';
import { thresholdProblem } from '../../measurement/request-metrics.js';
import { decimalValueSchema, percentValueSchema, positiveDurationValueSchema, durationValueSchema, sourceValueSchema, zoneValueSchema } from './value-schemas.js';

/**
 * JSON forms of the measurement steps, as zod schemas, for a contract
 * definition. Each parses to plain data whose fields are the options of the
 * matching library function (plus `source`), so a definition value can be
 * handed over as is: `granularity` → `applyGranularity`, `requestMetric` →
 * `requestAvailability`, `weighting` → `weightDowntime`,
 * `maintenanceBudget` → `applyMaintenanceBudget`, `seriesMetric` →
 * `seriesMetric`; `recordingThresholdStrictness` is the option of
 * `computeAvailability`. Issues carry the path of the offending field.
 */

/**
 * `"at-least"` (an incident of exactly the threshold is recorded) or `"more-than"` (it is not).
 *
 * @example
 * ```ts
 * recordingThresholdStrictnessSchema.safeParse('more-than').success; // true
 * ```
 */
export const recordingThresholdStrictnessSchema = z.enum(['at-least', 'more-than'], {
  error: (issue) => `expected "at-least" or "more-than", got ${describeValue(issue.input)}`,
});

/**
 * Downtime counted in whole intervals: `{ interval, rule?, alignment?, source? }`.
 *
 * @example
 * ```ts
 * granularitySchema.safeParse({ interval: 'PT1M', rule: 'touched' }).success;    // true
 * granularitySchema.safeParse({ interval: 'PT1M', rule: 'partly' }).success;     // false, path ["rule"]
 * ```
 */
export const granularitySchema = z.strictObject({
  interval: positiveDurationValueSchema,
  rule: z.enum(['touched', 'whole'], { error: (issue) => `expected "touched" or "whole", got ${describeValue(issue.input)}` }).optional(),
  alignment: z.enum(['period', 'incident'], { error: (issue) => `expected "period" or "incident", got ${describeValue(issue.input)}` }).optional(),
  source: sourceValueSchema.optional(),
});

/**
 * How request counts become an availability: `{ metric?, interval, errorRateThreshold?, thresholdComparison?, unmonitored?, excusedIntervals?, source? }`.
 * `errorRateThreshold` is required by `bad-intervals` (the default metric) and refused by the others.
 *
 * @example
 * ```ts
 * // A Downtime Minute: a minute whose error rate exceeds 5 %.
 * requestMetricSchema.safeParse({ interval: 'PT1M', errorRateThreshold: '5' }).success;                          // true
 * requestMetricSchema.safeParse({ metric: 'success-ratio', interval: 'PT1M', errorRateThreshold: '5' }).success; // false, path ["errorRateThreshold"]
 * ```
 */
export const requestMetricSchema = z.strictObject(requestMetricFields()).superRefine(checkRequestMetric);

/** The fields of {@link requestMetricSchema}, for schemas that embed them (a commitment's `metric`). @internal */
export function requestMetricFields() {
  return {
    metric: z
      .enum(['bad-intervals', 'mean-error-rate', 'success-ratio'], { error: (issue) => `expected "bad-intervals", "mean-error-rate" or "success-ratio", got ${describeValue(issue.input)}` })
      .optional(),
    interval: positiveDurationValueSchema,
    errorRateThreshold: percentValueSchema.optional(),
    thresholdComparison: z.enum(['above', 'at-or-above'], { error: (issue) => `expected "above" or "at-or-above", got ${describeValue(issue.input)}` }).optional(),
    unmonitored: z.enum(['excluded', 'good', 'bad'], { error: (issue) => `expected "excluded", "good" or "bad", got ${describeValue(issue.input)}` }).optional(),
    excusedIntervals: z.enum(['overlapping', 'inside'], { error: (issue) => `expected "overlapping" or "inside", got ${describeValue(issue.input)}` }).optional(),
    source: sourceValueSchema.optional(),
  };
}

/** The engine's own threshold rule, so the schema and `requestAvailability` say the same. @internal */
export function checkRequestMetric(
  metric: { readonly metric?: RequestMetric | undefined; readonly errorRateThreshold?: PercentInput | undefined; readonly thresholdComparison?: ErrorRateComparison | undefined },
  context: z.RefinementCtx,
): void {
  let threshold: ExactPercent | undefined;
  try {
    threshold = metric.errorRateThreshold === undefined ? undefined : parsePercent(metric.errorRateThreshold, 'errorRateThreshold');
  } catch {
    return; // the field's own issue says what is wrong with it
  }
  const problem = thresholdProblem(threshold, metric.metric ?? 'bad-intervals', metric.thresholdComparison ?? 'above');
  if (problem !== undefined) context.addIssue({ code: 'custom', path: ['errorRateThreshold'], message: `expected ${problem}` });
}

/**
 * Downtime weighted by the users it affects: `{ unit?, overlappingAffected?, source? }`.
 * The population is an input of each evaluation; incidents carry `affected`.
 *
 * @example
 * ```ts
 * weightingSchema.safeParse({ unit: 'licensed users', overlappingAffected: 'sum' }).success; // true
 * ```
 */
export const weightingSchema = z.strictObject(weightingFields());

/** The fields of {@link weightingSchema}, for schemas that embed them (a commitment's `metric`). @internal */
export function weightingFields() {
  return {
    /** What is counted (`licensed users`, `customers`), for reports. */
    unit: z.string().min(1).optional(),
    overlappingAffected: z.enum(['sum', 'max'], { error: (issue) => `expected "sum" or "max", got ${describeValue(issue.input)}` }).optional(),
    source: sourceValueSchema.optional(),
  };
}

/**
 * At most `budget` of maintenance downtime excused `per` local month, quarter or year:
 * `{ budget, per, zone?, order?, exhaustingWindow?, source? }` (`zone` defaults to the section's zone).
 *
 * @example
 * ```ts
 * maintenanceBudgetSchema.safeParse({ budget: 'PT10H', per: 'year' }).success; // true
 * maintenanceBudgetSchema.safeParse({ budget: 'PT10H' }).success;               // false, path ["per"]
 * ```
 */
export const maintenanceBudgetSchema = z.strictObject({
  budget: durationValueSchema,
  per: z.enum(['month', 'quarter', 'year'], { error: (issue) => `a maintenance budget needs the period it renews over: "month", "quarter" or "year", got ${describeValue(issue.input)}` }),
  zone: zoneValueSchema.optional(),
  order: z
    .enum(['earliest-first', 'shortest-first', 'longest-first'], { error: (issue) => `expected "earliest-first", "shortest-first" or "longest-first", got ${describeValue(issue.input)}` })
    .optional(),
  exhaustingWindow: z.enum(['split', 'counts'], { error: (issue) => `expected "split" or "counts", got ${describeValue(issue.input)}` }).optional(),
  source: sourceValueSchema.optional(),
});

/**
 * A commitment on a measured series: `{ statistic, percentile?, bound, comparison?, unit?, pointsInMaintenance?, source? }`;
 * `percentile` is required by `"percentile"` and refused by `"mean"`.
 *
 * @example
 * ```ts
 * seriesMetricSchema.safeParse({ statistic: 'percentile', percentile: 95, bound: 200, unit: 'ms' }).success; // true
 * seriesMetricSchema.safeParse({ statistic: 'percentile', bound: 200 }).success;                             // false, path ["percentile"]
 * ```
 */
export const seriesMetricSchema = z.strictObject(seriesMetricFields()).superRefine(checkSeriesMetric);

/** The fields of {@link seriesMetricSchema}, for schemas that embed them (a commitment's `metric`). @internal */
export function seriesMetricFields() {
  return {
    statistic: z.enum(['mean', 'percentile'], { error: (issue) => `expected "mean" or "percentile", got ${describeValue(issue.input)}` }),
    percentile: percentValueSchema.optional(),
    bound: decimalValueSchema,
    comparison: z.enum(['at-most', 'at-least'], { error: (issue) => `expected "at-most" or "at-least", got ${describeValue(issue.input)}` }).optional(),
    /** The series' unit (`ms`, `%`), for reports. */
    unit: z.string().min(1).optional(),
    /**
     * Points measured inside a maintenance window that excuses downtime: `excluded` (default: left out,
     * counted in the report's `ignored.excused` and `ignored.maintenance`) or `included` (judged like any other).
     */
    pointsInMaintenance: z
      .enum(['excluded', 'included'], { error: (issue) => `expected "excluded" or "included" (whether points measured inside a maintenance window are left out), got ${describeValue(issue.input)}` })
      .optional(),
    source: sourceValueSchema.optional(),
  };
}

/** `percentile` required by the `"percentile"` statistic and refused by `"mean"`. @internal */
export function checkSeriesMetric(series: { readonly statistic: 'mean' | 'percentile'; readonly percentile?: PercentInput | undefined }, context: z.RefinementCtx): void {
  if (series.statistic === 'percentile' && series.percentile === undefined) {
    context.addIssue({ code: 'custom', path: ['percentile'], message: 'the "percentile" statistic needs a percentile from 0 to 100, such as 95' });
  }
  if (series.statistic === 'mean' && series.percentile !== undefined) {
    context.addIssue({ code: 'custom', path: ['percentile'], message: 'the "mean" statistic has no percentile: remove it' });
  }
}

/** Granularity in a contract definition. */
export type GranularityDefinition = z.infer<typeof granularitySchema>;
/** A request metric in a contract definition. */
export type RequestMetricDefinition = z.infer<typeof requestMetricSchema>;
/** Weighting in a contract definition. */
export type WeightingDefinition = z.infer<typeof weightingSchema>;
/** A maintenance budget in a contract definition. */
export type MaintenanceBudgetDefinition = z.infer<typeof maintenanceBudgetSchema>;
/** A series metric in a contract definition. */
export type SeriesMetricDefinition = z.infer<typeof seriesMetricSchema>;
/** A recording-threshold strictness in a contract definition. */
export type RecordingThresholdStrictnessDefinition = z.infer<typeof recordingThresholdStrictnessSchema>;
