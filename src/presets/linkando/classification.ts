import type { SourceRef } from '../../contract/provenance.js';
import { SlaInputError } from '../../errors.js';
import { linkandoSources as sources } from './sources.js';

/**
 * The critical-case categories of Linkando Annex 1 ("Cas de support
 * critiques").
 *
 * @example
 * ```ts
 * const category: LinkandoCriticalCategory = 'login-failure';
 * ```
 */
export type LinkandoCriticalCategory = 'service-downtime' | 'functional-failure' | 'login-failure' | 'data-breach' | 'subjective-perception';

/**
 * What is known about a support case, for {@link classifyLinkandoCase}.
 * Absent fields are `false`.
 *
 * @example
 * ```ts
 * const facts: LinkandoCaseFacts = { functionalFailure: { neededWithinDays: 1 } };
 * ```
 */
export interface LinkandoCaseFacts {
  /** "Service Downtime": the SaaS product is not available. */
  readonly serviceDown?: boolean;
  /**
   * "Functional Failure": a partial function is unavailable; critical only
   * when it is needed at the time of the report (`0`) or within the 2 days
   * that follow (`neededWithinDays <= 2`).
   */
  readonly functionalFailure?: { readonly neededWithinDays: number };
  /** "Login Failure": users broadly cannot log in (not mere forgotten passwords). */
  readonly loginFailure?: boolean;
  /** "Data Breach": unauthorised access to data is suspected. */
  readonly dataBreachSuspected?: boolean;
  /** "Subjective Perception": an authorised contact perceives the case as critical. */
  readonly perceivedCritical?: boolean;
  /** The provider refused, with reasons, the subjective-perception case as critical. */
  readonly providerDowngraded?: boolean;
}

/**
 * The priority a case's facts suggest, with the categories that matched.
 *
 * @example
 * ```ts
 * classifyLinkandoCase({ serviceDown: true }).categories; // ["service-downtime"]
 * ```
 */
export interface LinkandoClassification {
  /** `critical` when a category matched, `other` otherwise. Advisory: the ticket's own priority counts. */
  readonly priority: 'critical' | 'other';
  /** The critical categories that matched. */
  readonly categories: readonly LinkandoCriticalCategory[];
  readonly reason: string;
  /** The clause of each matched category (or of "other cases"). */
  readonly sources: readonly SourceRef[];
}

const FUNCTIONAL_FAILURE_DAYS = 2;

/**
 * Annex 1 "Cas de support, catégories": suggest `critical` when a case is a
 * service downtime, a failure of a function needed within 2 days, a broad
 * login failure, a suspected data breach, or perceived as critical by an
 * authorised contact (unless the provider downgraded that perception);
 * `other` otherwise. Advisory only: the priority that counts is the one the
 * ticket carries.
 *
 * @example
 * ```ts
 * classifyLinkandoCase({ functionalFailure: { neededWithinDays: 2 } }).priority; // "critical"
 * classifyLinkandoCase({ functionalFailure: { neededWithinDays: 3 } }).priority; // "other"
 * ```
 */
export function classifyLinkandoCase(facts: LinkandoCaseFacts): LinkandoClassification {
  if (facts === null || typeof facts !== 'object') throw new SlaInputError('facts', facts, 'an object of case facts { serviceDown?, functionalFailure?, loginFailure?, … }');
  for (const key of ['serviceDown', 'loginFailure', 'dataBreachSuspected', 'perceivedCritical', 'providerDowngraded'] as const) {
    const value = facts[key];
    if (value !== undefined && typeof value !== 'boolean') throw new SlaInputError(`facts.${key}`, value, 'true or false');
  }
  const failure = facts.functionalFailure;
  if (failure !== undefined && (failure === null || typeof failure !== 'object' || !Number.isFinite(failure.neededWithinDays) || failure.neededWithinDays < 0)) {
    throw new SlaInputError('facts.functionalFailure.neededWithinDays', failure?.neededWithinDays, 'a non-negative number of days (0 = needed now)');
  }
  const matched: [LinkandoCriticalCategory, SourceRef][] = [];
  if (facts.serviceDown) matched.push(['service-downtime', sources.criticalServiceDowntime]);
  if (failure !== undefined && failure.neededWithinDays <= FUNCTIONAL_FAILURE_DAYS) matched.push(['functional-failure', sources.criticalFunctionalFailure]);
  if (facts.loginFailure) matched.push(['login-failure', sources.criticalLoginFailure]);
  if (facts.dataBreachSuspected) matched.push(['data-breach', sources.criticalDataBreach]);
  if (facts.perceivedCritical && !facts.providerDowngraded) matched.push(['subjective-perception', sources.criticalSubjectivePerception]);
  if (matched.length === 0) {
    const downgraded = facts.perceivedCritical && facts.providerDowngraded;
    return {
      priority: 'other',
      categories: [],
      reason: downgraded ? 'perceived as critical, but the provider downgraded it to "other" with reasons' : 'no critical category matched',
      sources: downgraded ? [sources.criticalDowngrade, sources.otherCases] : [sources.otherCases],
    };
  }
  const categories = matched.map(([category]) => category);
  return { priority: 'critical', categories, reason: `critical: ${categories.join(', ')}`, sources: matched.map(([, source]) => source) };
}
