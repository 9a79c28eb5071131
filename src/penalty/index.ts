// Public exports of src/penalty (re-exported by src/index.ts).
export {
  PenaltyTable,
  type TableGap,
  type PenaltyTier,
  type PenaltyTableOptions,
  type GapPolicy,
  type CreditDecision,
  type CreditAmount,
} from './penalty-table.js';
export { creditAmountMinor, currencyCode, currencyMinorDigits } from './money.js';
export { type Commitment, type CommitmentResult, evaluateCommitment } from './commitment.js';
export { type RoundingRule, ROUNDING_RULES, roundMinor, apportionMinor } from './rounding.js';
