/**
 * `slakit/schema`: the contract definition format as zod schemas, and as a
 * JSON Schema.
 *
 * `defineContract` (from `slakit`) validates with these same schemas; import
 * this entry to compose them into your own zod schemas, to validate a part of
 * a definition (a calendar, a commitment) on its own, or to generate the JSON
 * Schema. The schemas live here, not in the main entry, so that
 * `import 'slakit'` does not load zod: in Node, zod is loaded at the first
 * `defineContract`; a bundle that never defines a contract leaves it out.
 *
 * @example
 * ```ts
 * import { calendarDefinitionSchema, contractJsonSchema } from 'slakit/schema';
 * calendarDefinitionSchema.safeParse({ always: true, zone: 'Europe/London' }).success; // true
 * contractJsonSchema().$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 *
 * @module
 */
export {
  contractDefinitionSchema,
  calendarDefinitionSchema,
  responseTargetSchema,
  maintenanceDefinitionSchema,
  commitmentDefinitionSchema,
  commitmentMetricSchema,
  commitmentScopeSchema,
  contractTermsSchema,
  versionDefinitionSchema,
  penaltyDefinitionSchema,
  deadlineDefinitionSchema,
  liveSupportBillingSchema,
  ambiguitySchema,
  noteSchema,
  type ContractDefinition,
  type CalendarDefinition,
  type MaintenanceDefinition,
  type CommitmentDefinition,
  type CommitmentMetricDefinition,
  type CommitmentScope,
  type ContractTerms,
  type VersionDefinitionJson,
  type PenaltyDefinition,
  type DeadlineDefinition,
  type LiveSupportBillingDefinition,
  type LimitDefinition,
  type Ambiguity,
  type ContractNote,
} from './contract/schema.js';
export { responseTargetValueSchema } from './contract/sections/response-target.js';
export { contractJsonSchema } from './contract/json-schema.js';
