// slakit — service-level agreements as code. The public surface, by concept.

// Errors
export { SlaError, SlaInputError, SlaZoneError, SlaIntervalError, SlaHorizonError, SlaDefinitionError, SlaEventError, describeValue } from './errors.js';

// Time: instants, zones, durations
export { type InstantInput, toInstant, formatInstant, formatLocal } from './time/instant.js';
export { type DurationInput, toDurationMs } from './time/duration.js';
export { TimeZone, type GapResolution } from './time/zone.js';

// Intervals
export { IntervalSet, type Interval, type IntervalInput } from './intervals/interval-set.js';

// Calendars
export {
  BusinessCalendar,
  type BusinessCalendarOptions,
  type ClosedDay,
  CALENDAR_YEAR_RANGE,
  DEFAULT_HORIZON_YEARS,
  DEFAULT_MAX_CACHED_YEARS,
} from './calendar/business-calendar.js';
export { type WeeklySchedule, type Weekday, WEEKDAYS, sameHours } from './calendar/weekly-schedule.js';
export { type HolidayProvider, type PartDayHoliday, type DateHolidaysOptions, dateHolidays, holidayList } from './calendar/holidays.js';
export { registerDateHolidays, type DateHolidaysClass } from './calendar/date-holidays-source.js';
export { type SpecialHours, type RelativeDayRule, type PartDayHolidays } from './calendar/day-rules.js';
export { HOLIDAY_CORRECTIONS, type HolidayCorrection, type SourceHoliday } from './calendar/holiday-corrections.js';

// Provenance
export { type SourceRef } from './contract/provenance.js';

// Maintenance windows
export * from './maintenance/index.js';
export * from './icalendar/index.js';

// Availability: probes, incidents, periods, budgets
export * from './availability/index.js';

// Measurement: granularity, maintenance budget, weighting, request and series metrics
export * from './measurement/index.js';

// Service credits and commitments
export * from './penalty/index.js';

// Remedies: credits of every kind, caps per period and across sources, termination rights
export * from './remedies/index.js';

// Claims: deadlines, claim history
export * from './claims/index.js';

// Periods as data: calendar, fiscal, rolling, explicit, service lifetime
export * from './periods/index.js';

// Contract versions: effective dates, merge patches, periods that span an amendment
export * from './versions/index.js';

// Response-time clocks
export * from './clock/index.js';

// Contracts as data
export type {
  ContractDefinition,
  CalendarDefinition,
  MaintenanceDefinition,
  CommitmentDefinition,
  CommitmentMetricDefinition,
  CommitmentScope,
  ContractTerms,
  VersionDefinitionJson,
  PenaltyDefinition,
  DeadlineDefinition,
  LiveSupportBillingDefinition,
  LimitDefinition,
  Ambiguity,
  ContractNote,
} from './contract/schema.js';
export { defineContract } from './contract/define-contract.js';
export { type ContractIds, type ContractIdsOf } from './contract/contract-ids.js';
export * from './contract/lint/index.js';
export * from './contract/diff/index.js';
export * from './contract/reconcile/index.js';
export { type CommitmentIncident, commitmentIncidents } from './contract/commitment-incidents.js';
export { claimPack, claimPackOf, type ClaimPackData } from './contract/claim-pack.js';
export {
  Contract,
  type ContractTicket,
  type ContractTicketStatus,
  type ContractTicketMetrics,
  type ContractBatchResult,
  type ContractTicketTally,
  type TicketOptions,
  type TicketVersion,
  type DueAnswer,
  type ContractAvailabilityInput,
  type ByCommitment,
  type ContractAvailabilityReport,
  type CommitmentReport,
  type CommitmentData,
  type SeriesCommitmentReport,
  type CreditReport,
  type CreditTotalReport,
  type ClaimReport,
  type VersionReport,
  type TerminationReport,
  type ContractErrorBudgetInput,
  type ContractErrorBudgetReport,
  type CommitmentBudgetReport,
  type SideBySideReport,
  type ReadingRow,
  type ExactRatioJson,
  type RatioUnit,
} from './contract/contract.js';
export { calendarDayDeadline, type CalendarDayDeadline } from './contract/deadline.js';
export { LiveSupportBilling, type LiveSupportSession, type LiveSupportCharge } from './contract/billing.js';
