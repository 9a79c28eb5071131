// Public exports of src/measurement (re-exported by src/index.ts): the measurement steps between
// observations and commitments — granularity, maintenance budget, weighting, request and series metrics.
export { type MeasuredDowntime, type MeasuredDowntimeOptions, measuredDowntime, measuredBase, downtimeRatio } from './measured-downtime.js';
export { type TimeReading, type AccountingDimension, type AccountingReading, TIME_READINGS, ACCOUNTING_DIMENSIONS, ownReading } from './accounting-reading.js';
export { type GranularityRule, type GranularityAlignment, type GranularityOptions, type GranularDowntime, applyGranularity } from './granularity.js';
export {
  type RequestCount,
  type RequestMetric,
  type ErrorRateComparison,
  type UnmonitoredInterval,
  type ExcusedInterval,
  type RequestAvailabilityOptions,
  type RequestAvailability,
  requestAvailability,
} from './request-metrics.js';
export { type WeightedIncident, type OverlappingAffected, type WeightingOptions, type WeightedAvailability, weightDowntime } from './weighted-downtime.js';
export {
  type BudgetPeriodKind,
  type MaintenanceBudgetOrder,
  type ExhaustingWindow,
  type MaintenanceBudgetOptions,
  type MaintenanceBudgetUse,
  type BudgetedWindow,
  type BudgetedDowntime,
  applyMaintenanceBudget,
} from './maintenance-budget.js';
export {
  type SeriesPoint,
  type SeriesStatistic,
  type BoundComparison,
  type SeriesPointsInMaintenance,
  type SeriesMetricOptions,
  type ExactValue,
  type SeriesMetricResult,
  seriesMetric,
} from './series-metrics.js';
