import { downtimeBudget } from '../availability/downtime-budget.js';
import { type AvailabilityRatio, type HasRatio, type PercentInput, formatPercent } from '../availability/ratio.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';

/**
 * An availability commitment: an id and a target percentage.
 *
 * @example
 * ```ts
 * const server: Commitment = { id: 'server', target: '99.95' }; // Letsignit §4
 * ```
 */
export interface Commitment {
  /** Stable id (e.g. `server`, `application`). */
  readonly id: string;
  /** Target, percent (`"99.95"`). */
  readonly target: PercentInput;
  /** The clause it comes from. */
  readonly source?: SourceRef | undefined;
}

/**
 * A commitment's verdict for one period.
 *
 * @example
 * ```ts
 * const { met, marginMs } = evaluateCommitment({ id: 'application', target: '99' }, result);
 * ```
 */
export interface CommitmentResult {
  /** The commitment's id. */
  readonly id: string;
  /** The target, normalised (`"99.95"`). */
  readonly target: string;
  /** Whether the availability is at least the target, exactly. */
  readonly met: boolean;
  /**
   * Counted downtime the period could still have had and met the target
   * (positive), or the excess over the budget (negative), in ms:
   * `allowedMs − usedMs`.
   */
  readonly marginMs: number;
  /** Most counted downtime that meets the target (floored to the ms). */
  readonly allowedMs: number;
  /** Counted downtime, ms. */
  readonly usedMs: number;
  /** The availability, truncated to 4 decimals of a percent (`"99.4616"`). */
  readonly availabilityPercent: string;
  /** The commitment's clause. */
  readonly source?: SourceRef;
}

/**
 * Met or missed, with the margin in ms — separately from any credit
 * (docs/semantics.md §4: Letsignit commits to 99.95 % and 99 % while credits start
 * below 99.5 %). `met` iff `marginMs >= 0` iff the exact ratio reaches the
 * target.
 *
 * @example
 * ```ts
 * // March 2026 (743 h), 4 h counted: 99 % allows 7 h 25 min 48 s.
 * const verdict = evaluateCommitment({ id: 'application', target: '99' }, { numerator: 739 * 3_600_000, denominator: 743 * 3_600_000 });
 * verdict.met;      // true
 * verdict.marginMs; // 12348000 (26 748 000 − 14 400 000: 3 h 25 min 48 s to spare)
 * ```
 */
export function evaluateCommitment(commitment: Commitment, availability: AvailabilityRatio | HasRatio): CommitmentResult {
  if (commitment === null || typeof commitment !== 'object') throw new SlaInputError('commitment', commitment, '{ id, target }');
  if (typeof commitment.id !== 'string' || commitment.id === '') throw new SlaInputError('commitment.id', commitment.id, 'a non-empty string');
  const budget = downtimeBudget(availability, commitment.target);
  return {
    id: commitment.id,
    target: budget.target,
    met: budget.met,
    marginMs: budget.remainingMs,
    allowedMs: budget.allowedMs,
    usedMs: budget.usedMs,
    availabilityPercent: formatPercent(availability),
    ...(commitment.source === undefined ? {} : { source: commitment.source }),
  };
}
