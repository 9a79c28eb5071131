// Public exports of src/clock (re-exported by src/index.ts).
export {
  ResponsePolicy,
  type ResponsePolicyOptions,
  type ResponseTarget,
  type ResponseTargetKind,
  type ResolvedResponseTarget,
  type Reprioritisation,
  REPRIORITISATIONS,
  DEFAULT_WARNINGS,
  targetMsFrom,
} from './response-policy.js';
export {
  type TargetRuleInput,
  type TargetRuleName,
  type BusinessDaysReading,
  type OutsideHoursReading,
  type BeforeOpeningReading,
  type ParsedTargetRule,
  TargetRule,
  TARGET_RULES,
  BUSINESS_DAYS_READINGS,
  OUTSIDE_HOURS_READINGS,
  BEFORE_OPENING_READINGS,
  isTargetRule,
  targetRuleText,
} from './target-rule.js';
export { type TicketEvent, type Ticket, type SimpleTicket, type TicketInput, type MessageAuthor } from './ticket.js';
export { ResponseTimeClock } from './response-time-clock.js';
export { type TicketStatus, type ClockState, type WarningStatus } from './ticket-status.js';
export { type ExplanationSegment, type ExplanationReason } from './explanation.js';
export { type BatchResult, type BatchSummary, type PrioritySummary, nearestRank } from './batch-summary.js';
export {
  TicketPolicy,
  type TicketPolicyOptions,
  type MetricKind,
  type MetricOptions,
  type StatusMap,
  type UnmappedStatus,
  METRIC_KINDS,
} from './ticket-policy.js';
export { TicketClock, type MetricStatus, type TicketMetrics, type MetricsBatchResult } from './ticket-clock.js';
export { type PauseAudit, type PauseAuditOptions, type PauseFinding, type PauseFindingKind } from './pause-audit.js';
