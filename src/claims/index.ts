// Public exports of src/claims: claim deadlines and claim history.
export { type ClaimDeadlineRule, type ClaimEvent, type ClaimDeadline, claimDeadline, claimInTime } from './claim-deadline.js';
export { type EarlierClaim, type ClaimHistoryInput, type RemovedByClaim, type ClaimHistoryResult, applyClaimHistory, creditAfterHistory } from './claim-history.js';
