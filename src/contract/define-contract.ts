import type { z } from 'zod';
import { SlaDefinitionError, type SlaError } from '../errors.js';
import { formatPath } from './build-step.js';
import { Contract } from './contract.js';
import { type ContractDefinition, contractDefinitionSchema } from './schema.js';

/** A definition problem: JSON path and message. */
interface DefinitionIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Validate a contract definition (plain JSON data) and build its engine from
 * the public primitives. Every problem is reported with its JSON path
 * (`calendars.support.zone`, `penalties.tiers[2]`) in a
 * {@link SlaDefinitionError}: schema errors, dangling references (a priority
 * on an unknown calendar), and values the primitives reject (unknown holiday
 * region, overlapping credit tiers, a response target, recording threshold
 * or probe interval that is not a whole number of milliseconds) — all at
 * definition time, never at the first query. It never throws anything but
 * an {@link SlaError}, whatever the input (deep, shared or cyclic objects,
 * NaN or ±Infinity through numbers). Ids and record keys are never names of
 * `Object.prototype` (`__proto__`, `constructor`, `toString`, …): such a key
 * is reported at its path (`calendars.__proto__`), never dropped or read
 * through the prototype.
 *
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
export function defineContract(input: unknown): Contract {
  const parsed = contractDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    throw new SlaDefinitionError(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issueMessage(issue) })));
  }
  const definition = parsed.data;
  const issues = checkReferences(definition);
  if (issues.length > 0) throw new SlaDefinitionError(issues);
  return new Contract(definition);
}

function checkReferences(definition: ContractDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const calendars = new Set(Object.keys(definition.calendars));
  const regions = definition.regions ?? {};
  for (const [id, region] of Object.entries(regions)) {
    if (!calendars.has(region.calendar)) issues.push({ path: `regions.${id}.calendar`, message: unknownRef('calendar', region.calendar, calendars) });
  }
  for (const [priority, target] of Object.entries(definition.responses?.priorities ?? {})) {
    if (target.calendar === '$region') {
      if (Object.keys(regions).length === 0) issues.push({ path: `responses.priorities.${priority}.calendar`, message: '"$region" needs a "regions" section' });
    } else if (!calendars.has(target.calendar)) {
      issues.push({ path: `responses.priorities.${priority}.calendar`, message: unknownRef('calendar', target.calendar, calendars) });
    }
  }
  const commitments = new Set<string>();
  (definition.availability?.commitments ?? []).forEach((commitment, i) => {
    if (commitments.has(commitment.id)) issues.push({ path: `availability.commitments[${i}].id`, message: `duplicate commitment id "${commitment.id}"` });
    commitments.add(commitment.id);
    if (commitment.measuredCalendar !== undefined && !calendars.has(commitment.measuredCalendar)) {
      issues.push({ path: `availability.commitments[${i}].measuredCalendar`, message: unknownRef('calendar', commitment.measuredCalendar, calendars) });
    }
  });
  const maintenanceIds = new Set<string>();
  (definition.availability?.maintenance ?? []).forEach((rule, i) => {
    if (maintenanceIds.has(rule.id)) issues.push({ path: `availability.maintenance[${i}].id`, message: `duplicate maintenance id "${rule.id}"` });
    maintenanceIds.add(rule.id);
  });
  if (definition.penalties) {
    if (!definition.availability) issues.push({ path: 'penalties', message: 'a credit table needs an "availability" section' });
    else if (!commitments.has(definition.penalties.commitment)) {
      issues.push({ path: 'penalties.commitment', message: unknownRef('commitment', definition.penalties.commitment, commitments) });
    } else {
      const fed = definition.availability.commitments.find((c) => c.id === definition.penalties?.commitment);
      if (fed?.aggregation === 'mean-of-months') {
        issues.push({ path: 'penalties.commitment', message: `commitment "${fed.id}" is a mean of monthly figures; a credit table needs a commitment measured over its whole period` });
      }
    }
  }
  const deadlineIds = new Set<string>();
  (definition.deadlines ?? []).forEach((deadline, i) => {
    if (deadlineIds.has(deadline.id)) issues.push({ path: `deadlines[${i}].id`, message: `duplicate deadline id "${deadline.id}"` });
    deadlineIds.add(deadline.id);
  });
  return issues;
}

/** A record key's own message ("\"toString\" cannot be used: …") rather than zod's "Invalid key in record". */
function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
}

function unknownRef(kind: string, value: string, known: ReadonlySet<string>): string {
  return `unknown ${kind} "${value}": expected one of ${[...known].map((k) => `"${k}"`).join(', ') || '(none defined)'}`;
}
