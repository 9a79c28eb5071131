// Schema fragments of the contract model's new sections, for the contract schema to compose.
export { periodRuleSchema, serviceLifetimeSchema, periodDefinitionSchema, type PeriodRuleDefinition, type PeriodDefinitionJson } from './periods.js';
export { claimDeadlineRuleSchema, claimEvidenceSchema, claimsSectionSchema, earlierClaimSchema, type ClaimsSection, type ClaimDeadlineRuleDefinition, type EarlierClaimDefinition } from './claims.js';
export { creditRuleSchema, creditTotalSchema, terminationRuleSchema, remediesSectionSchema, type RemediesSection, type CreditRuleDefinition, type TerminationRuleDefinition } from './remedies.js';
export { versionsSchema } from './versions.js';
export { responseTargetValueSchema } from './response-target.js';
