import type { AvailabilityPeriod } from '../../availability/availability-period.js';
import { type ClaimDeadline, type ClaimDeadlineRule, type ClaimEvent, claimDeadline } from '../../claims/claim-deadline.js';
import type { ClaimReport } from '../report.js';
import type { ContractTerms } from '../schema.js';
import { definitionStep } from './remedies.js';

/**
 * The claims part of one version's terms: the deadline rule (checked once
 * at definition time on a sample period) and the evidence a claim needs.
 * @internal
 */
export class ContractClaims {
  readonly #section: NonNullable<ContractTerms['claims']>;
  readonly #path: string;

  constructor(section: NonNullable<ContractTerms['claims']>, prefix: string) {
    this.#section = section;
    this.#path = `${prefix}claims.deadline`;
    const rule = section.deadline;
    if (rule !== undefined) definitionStep(() => claimDeadline(rule as ClaimDeadlineRule, { period: { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 1, 1) } }, { path: this.#path }));
  }

  /** The deadline of a claim about `event`, or null when the terms state no deadline rule. */
  deadline(event: ClaimEvent): ClaimDeadline | null {
    const rule = this.#section.deadline;
    return rule === undefined ? null : claimDeadline(rule as ClaimDeadlineRule, event, { path: this.#path });
  }

  /** The claim section of a period's report. */
  report(period: AvailabilityPeriod | { readonly start: number; readonly end: number; readonly label: string }): ClaimReport {
    return {
      deadline: this.deadline({ period }),
      evidence: (this.#section.evidence ?? []).map((item) => ({ id: item.id, description: item.description, ...(item.source === undefined ? {} : { source: item.source }) })),
      ...(this.#section.source === undefined ? {} : { source: this.#section.source }),
    };
  }
}
