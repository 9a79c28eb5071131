import type { z } from 'zod';
import { SlaDefinitionError, type SlaError } from '../errors.js';
import { formatPath, issueMessage, reportedIssues } from './build-step.js';
import { Contract } from './contract.js';
import type { ContractIdsOf } from './contract-ids.js';
import { crossChecked } from './checked-definition.js';
import type { ContractTerms } from './schema.js';
import { contractSchemas } from './schema-access.js';

/**
 * Validate a contract definition (plain JSON data) and build its engine from
 * the public primitives. Every problem is reported with its JSON path
 * (`calendars.support.zone`, `penalties.tiers[2]`) in a
 * {@link SlaDefinitionError}: schema errors, dangling references (a priority
 * on an unknown calendar, a credit or termination right on an unknown
 * commitment), constructs that cannot apply together (granularity on a
 * request metric, a credit on a series), values the primitives reject
 * (unknown holiday region, overlapping credit tiers, a response target,
 * recording threshold or probe interval that is not a whole number of
 * milliseconds), overlapping versions (`versions[1].effectiveFrom`) and
 * each version's terms once patched (`versions[0].patch.…`) — all at
 * definition time, never at the first query. It never throws anything but
 * an {@link SlaError}, whatever the input (deep, shared or cyclic objects,
 * NaN or ±Infinity through numbers). Ids and record keys are never names of
 * `Object.prototype` (`__proto__`, `constructor`, `toString`, …): such a key
 * is reported at its path (`calendars.__proto__`), never dropped or read
 * through the prototype.
 *
 * The contract's ids are read from the definition's type
 * ({@link ContractIdsOf}), as zod infers a type from a schema: a definition
 * written in code (inline, or a variable `as const`) gives a contract whose
 * `due`, `calendar`, `clock`, `errorBudget`… take only its priorities,
 * calendars, regions, commitments (a typo does not compile, the editor
 * completes them); data read at run time (`JSON.parse`: `any`, or
 * `unknown`, or `ContractDefinition`) gives a `Contract` taking any string.
 * Validation is the same either way.
 *
 * @typeParam D - The definition's type: its ids become the contract's.
 * @throws {SlaDefinitionError} on any problem of the definition, with its JSON path.
 * @example
 * ```ts
 * const contract = defineContract({
 *   id: 'acme', name: 'ACME support',
 *   calendars: { support: { zone: 'Europe/Paris', week: { mon: ['09:00-18:00'], tue: ['09:00-18:00'] }, holidays: ['FR'] } },
 *   responses: { priorities: { urgent: { target: 'PT4H', calendar: 'support' } } },
 * });
 * new Date(contract.due('urgent', '2026-06-01T16:00:00+02:00').dueAt).toISOString();
 * // "2026-06-02T09:00:00.000Z" — 2 h on Monday, 2 h on Tuesday from 09:00
 * ```
 */
export function defineContract<const D>(input: D): Contract<ContractIdsOf<D>> {
  const parsed = contractSchemas().contractDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    throw schemaError(parsed.error.issues, '', '');
  }
  return new Contract<ContractIdsOf<D>>(crossChecked(parsed.data), versionTermsSchemaCheck);
}

/** One version's merged terms through the schema; errors under `prefix` (`versions[0].patch.`), said to be once patched. */
function versionTermsSchemaCheck(terms: unknown, prefix: string): ContractTerms {
  const parsed = contractSchemas().contractTermsSchema.safeParse(terms);
  if (parsed.success) return parsed.data;
  // A full `terms` is checked as written; a `patch` once merged into the terms before it.
  throw schemaError(parsed.error.issues, prefix, prefix.endsWith('.terms.') ? " (in this version's terms)" : " (in this version's terms, once patched)");
}

/** The schema's issues as one error, each at `prefix` + its path, its message followed by `note`. */
function schemaError(issues: readonly z.core.$ZodIssue[], prefix: string, note: string): SlaDefinitionError {
  return new SlaDefinitionError(reportedIssues(issues).map((issue) => ({ path: `${prefix}${formatPath(issue.path)}`.replace(/\.$/, ''), message: `${issueMessage(issue)}${note}` })));
}
