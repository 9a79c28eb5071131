// Public exports of src/availability (re-exported by src/index.ts).
export { AvailabilityPeriod, type PeriodKind, type PeriodJson, type FiscalYearLabel, type FiscalYearRule } from './availability-period.js';
export { type Probe, type ProbeSeries, type ProbeOptions, type ProbeIncident, type ProbeIncidents, probesToIncidents } from './probes.js';
export { type Incident, type ResolvedIncident, type MergedIncident, DEFAULT_CAUSE, resolveIncidents, mergeIncidents } from './incidents.js';
export { type CauseReading, type CauseRule, type UnknownCauses, IncidentCauses } from './incident-causes.js';
export { type AvailabilityOptions, type AvailabilityResult, type ExcusedTime, computeAvailability } from './compute-availability.js';
export { type RecordingThresholdStrictness } from './recording-threshold.js';
export { type IncidentExplanation, type ExcusedPart, type ExcusedRule } from './explanation.js';
export { type AvailabilityRatio, type ExactRatio, type AvailabilityValue, type HasRatio, type HasExactRatio, type PercentInput, ratioAtLeast, compareToPercent, formatPercent } from './ratio.js';
export { type DowntimeBudget, type BudgetBase, downtimeBudget } from './downtime-budget.js';
export { type ErrorBudget, type ErrorBudgetOptions, type BurnRateAlert, type BurnAlertResult, type BurnWindow, type WindowTime, SRE_WORKBOOK_ALERTS, errorBudget } from './error-budget.js';
