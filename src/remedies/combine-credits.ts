import { checkChoice, checkObject, checkWholeNumber } from '../contract/fields.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';
import { apportionMinor } from '../penalty/rounding.js';
import { applyLimits, checkLimits } from './credit-limits.js';
import { feeOf } from './credit-kinds.js';
import type { CreditInput, CreditKind, CreditLimits, CreditResult } from './credit-rule.js';
import { checkFeeBasis } from './fee-basis.js';

/**
 * How a cap on the total is shared out when the credits exceed it:
 * `in-order` (default) pays the credits in the order given and cuts the
 * later ones; `pro-rata` cuts every credit in proportion to its amount
 * (whole minor units by the largest-remainder method, adding up to the cap
 * exactly).
 *
 * @example
 * ```ts
 * const allocation: CapAllocation = 'pro-rata';
 * ```
 */
export type CapAllocation = 'in-order' | 'pro-rata';

/**
 * Options of {@link combineCredits}: the cap across all credit sources of a
 * contract for one period (`capPercent` of `feeMinor`, `capMinor`, the
 * lower applies), and a minimum payable on the total (below it, every
 * credit becomes 0).
 *
 * @example
 * ```ts
 * // "Credits per invoice are capped at 100 % of the fee."
 * const options: CreditTotalOptions = { feeMinor: 200_000, capPercent: 100 };
 * ```
 */
export interface CreditTotalOptions extends Pick<CreditLimits, 'capPercent' | 'capMinor' | 'minimumMinor' | 'source' | 'fee'> {
  /** The fee the percent cap is a share of, minor units, per `fee.per` (default: the period's fee); needed with `capPercent`. */
  readonly feeMinor?: number | undefined;
  /** The evaluated period, when `fee.per` is a month, quarter or year (the fee converts to the period's). */
  readonly period?: CreditInput['period'];
  /** How a cut is shared; default `in-order`. */
  readonly allocation?: CapAllocation | undefined;
}

/**
 * One credit's part of a total.
 *
 * @example
 * ```ts
 * const [first] = combineCredits([a, b], { capMinor: 500 }).credits;
 * first.paidMinor; // what is paid of credit a
 * ```
 */
export interface CreditShare {
  /** Index in the list given. */
  readonly index: number;
  /** The credit's id, when it has one. */
  readonly id?: string;
  /** The credit's kind. */
  readonly kind: CreditKind;
  /** The credit's own amount (after its own cap and minimum). */
  readonly amountMinor: number;
  /** What is paid of it after the total's cap and minimum. */
  readonly paidMinor: number;
  /** `amountMinor − paidMinor`. */
  readonly cutMinor: number;
  /** The credit's clause. */
  readonly source?: SourceRef;
}

/**
 * The credits of one period combined under a cap across all sources.
 *
 * @example
 * ```ts
 * const total = combineCredits(results, { feeMinor: 200_000, capPercent: 100 });
 * total.totalMinor; // at most 200 000
 * ```
 */
export interface CreditTotal {
  /** The total paid, minor units. */
  readonly totalMinor: number;
  /** The sum of the credits before the total's cap and minimum. */
  readonly uncappedTotalMinor: number;
  /** Whether the cap lowered the total. */
  readonly capped: boolean;
  /** Whether the total was below the minimum payable and set to 0. */
  readonly belowMinimum: boolean;
  /** Each credit's share, in the order given. */
  readonly credits: readonly CreditShare[];
  /** Indices of the credits the cap or the minimum cut. */
  readonly cut: readonly number[];
  /** How the total was reached, in words. */
  readonly rule: string;
  /** The cap's clause, when given. */
  readonly source?: SourceRef;
}

/**
 * Combine several credits of one period (several commitments, several
 * kinds) under a cap across all credit sources, and report which credits
 * the cap cut and by how much. The total never exceeds the cap: the
 * percent cap is rounded down to the minor unit. Throws
 * {@link SlaInputError} naming the option, or `credits[i].amountMinor`.
 *
 * @example
 * ```ts
 * // Two credits of 1 500.00 and 1 000.00 USD, capped at 100 % of a 2 000.00 USD fee, in order:
 * const total = combineCredits(
 *   [{ kind: 'tiered', amountMinor: 150_000 }, { kind: 'per-incident', amountMinor: 100_000 }],
 *   { feeMinor: 200_000, capPercent: 100 },
 * );
 * total.totalMinor;                                    // 200000
 * total.credits.map((credit) => credit.paidMinor);     // [150000, 50000]
 * total.cut;                                           // [1]
 * ```
 */
export function combineCredits(
  credits: readonly (Pick<CreditResult, 'kind' | 'amountMinor'> & Partial<Pick<CreditResult, 'id' | 'source'>>)[],
  options: CreditTotalOptions = {},
): CreditTotal {
  if (!Array.isArray(credits)) throw new SlaInputError('credits', credits, 'an array of credit results');
  checkObject(options, 'options', '{ feeMinor?, fee?, period?, capPercent?, capMinor?, minimumMinor?, allocation? }');
  const allocation = checkChoice(options.allocation, 'allocation', ['in-order', 'pro-rata'] as const, 'in-order');
  const limits = checkLimits({ capPercent: options.capPercent, capMinor: options.capMinor, minimumMinor: options.minimumMinor }, '');
  const basis = checkFeeBasis(options.fee, 'fee', false);
  const fee = options.feeMinor === undefined ? undefined : feeOf({ feeMinor: options.feeMinor, period: options.period }, basis, 'a cap in percent of the fee');
  const amounts = credits.map((credit, i) => checkWholeNumber(credit?.amountMinor, `credits[${i}].amountMinor`, 0, Number.MAX_SAFE_INTEGER, 'a whole number of minor units'));
  const sum = amounts.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(sum)) throw new SlaInputError('credits', sum, 'a total below 2^53 minor units');
  const limited = applyLimits(BigInt(sum), fee, limits);
  const paid = limited.amountMinor === sum ? amounts : allocation === 'pro-rata' ? apportionMinor(limited.amountMinor, amounts) : payInOrder(limited.amountMinor, amounts);
  const shares = credits.map((credit, index): CreditShare => {
    const amountMinor = amounts[index] as number;
    const paidMinor = paid[index] as number;
    return {
      index,
      ...(credit.id === undefined ? {} : { id: credit.id }),
      kind: credit.kind,
      amountMinor,
      paidMinor,
      cutMinor: amountMinor - paidMinor,
      ...(credit.source === undefined ? {} : { source: credit.source }),
    };
  });
  const cut = shares.filter((share) => share.cutMinor > 0).map((share) => share.index);
  const names = shares.map((share) => share.id ?? `credits[${share.index}]`);
  const cutText = cut.length === 0 ? '' : ` (${allocation}; cut: ${cut.map((i) => `${names[i]} −${(shares[i] as CreditShare).cutMinor}`).join(', ')})`;
  return {
    totalMinor: limited.amountMinor,
    uncappedTotalMinor: sum,
    capped: limited.capped,
    belowMinimum: limited.belowMinimum,
    credits: shares,
    cut,
    rule: `total of ${credits.length} credit(s) = ${sum}${limited.words}${cutText}`,
    ...(options.source === undefined ? {} : { source: options.source }),
  };
}

function payInOrder(total: number, amounts: readonly number[]): number[] {
  let left = total;
  return amounts.map((amount) => {
    const paid = Math.min(amount, left);
    left -= paid;
    return paid;
  });
}
