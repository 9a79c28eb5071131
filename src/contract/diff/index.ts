// Public exports of src/contract/diff (re-exported by src/index.ts): what-if between two contracts.
export { type RuleDifference, type RuleSide, type ReadingDifference } from './rule-differences.js';
export {
  type TicketVerdict,
  type MetricJudgement,
  type TicketJudgement,
  type TicketChangeKind,
  type TicketChange,
  type TicketDiffReport,
  type TicketDiffOptions,
  diffTickets,
} from './diff-tickets.js';
export {
  type CommitmentJudgement,
  type CreditJudgement,
  type CreditChange,
  type CommitmentChangeKind,
  type CommitmentChange,
  type AvailabilityDiffReport,
  diffAvailability,
} from './diff-availability.js';
