// Public exports of src/remedies: service credits of every kind, caps, totals, termination rights.
export {
  type CreditKind,
  type CreditLimits,
  type TieredCreditRule,
  type ProportionalCreditRule,
  type LostTimeCreditRule,
  type PerIncidentCreditRule,
  type ServiceDaysCreditRule,
  type CreditRule,
  type CreditInput,
  type CreditResult,
} from './credit-rule.js';
export { type DecimalInput } from './decimal.js';
export { type FeeBasis, type FeeUnit, type FeeProration } from './fee-basis.js';
export { type HourCounting } from './hour-counting.js';
export { ServiceCredit, type ServiceCreditOptions } from './service-credit.js';
export { combineCredits, type CapAllocation, type CreditTotalOptions, type CreditShare, type CreditTotal } from './combine-credits.js';
export { evaluateTermination, type TerminationRule, type TerminationBase, type PeriodVerdict, type TerminationResult } from './termination.js';
