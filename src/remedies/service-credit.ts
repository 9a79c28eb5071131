import { checkObject, fieldPath } from '../contract/fields.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';
import { roundMinor } from '../penalty/rounding.js';
import { type CheckedLimits, applyLimits, checkLimits } from './credit-limits.js';
import { type CompiledCreditKind, compileCreditKind, feeOf } from './credit-kinds.js';
import type { CreditInput, CreditKind, CreditResult, CreditRule } from './credit-rule.js';
import { truncatedDecimal } from './decimal.js';
import { fractionText } from './fee-basis.js';

/**
 * Options of {@link ServiceCredit}.
 *
 * @example
 * ```ts
 * new ServiceCredit(rule, { path: 'remedies.credits[0]' }); // errors name remedies.credits[0].multiplier …
 * ```
 */
export interface ServiceCreditOptions {
  /** JSON path of the rule in its definition, prefixed to every field an error names. Default: none. */
  readonly path?: string | undefined;
}

/**
 * One service-credit rule, validated once, computing the credit of any
 * period in exact integer arithmetic (BigInt products: no float ever touches
 * money or a verdict). Every result carries the rule in words with its
 * figures, its `source`, and whether the cap or the minimum changed it.
 * Construction throws {@link SlaInputError} naming the field (with
 * `options.path` prefixed); {@link ServiceCredit.credit} throws it naming
 * the missing or bad input field.
 *
 * @example
 * ```ts
 * // Slack: 10 × the fee paid for the downtime. 30 min down in July 2026 (44 640 min) at 1 000.00 USD:
 * // 10 × 100 000 cents × 30 / 44 640 = 672.04… cents → 672 (half up) = 6.72 USD.
 * const slack = new ServiceCredit({ type: 'proportional', multiplier: '10' });
 * const july = AvailabilityPeriod.month(2026, 7, 'UTC');
 * slack.credit({ feeMinor: 100_000, countedDowntimeMs: 30 * 60_000, period: july }).amountMinor; // 672 (6.72 USD)
 * // With the fee per month, the quarter's fee is 3 × 100 000; the July downtime is priced at July's fee per minute:
 * const monthly = new ServiceCredit({ type: 'proportional', multiplier: '10', fee: { per: 'month' } });
 * const q3 = AvailabilityPeriod.quarter(2026, 3, 'UTC');
 * const downtime = IntervalSet.of([[Date.UTC(2026, 6, 7, 10), Date.UTC(2026, 6, 7, 10, 30)]]);
 * monthly.credit({ feeMinor: 100_000, countedDowntimeMs: 30 * 60_000, countedDowntime: downtime, period: q3 }).amountMinor; // 672
 * ```
 */
export class ServiceCredit {
  /** The rule as given. */
  readonly definition: CreditRule;
  /** The rule's kind. */
  readonly kind: CreditKind;
  /** The rule's id, when given. */
  readonly id?: string;
  /** The clause, when given. */
  readonly source?: SourceRef;
  readonly #kind: CompiledCreditKind;
  readonly #limits: CheckedLimits;

  /**
   * Validate a rule; throws {@link SlaInputError} naming the field
   * (`multiplier`, `tiers[1]`, `capPercent`, `rounding`, …).
   *
   * @example
   * ```ts
   * new ServiceCredit({ type: 'proportional', multiplier: '-1' }); // throws SlaInputError: multiplier: …
   * ```
   */
  constructor(rule: CreditRule, options: ServiceCreditOptions = {}) {
    const path = options.path ?? '';
    checkObject(rule, path === '' ? 'rule' : path, 'a credit rule { type, … }');
    if (rule.id !== undefined && (typeof rule.id !== 'string' || rule.id === '')) throw new SlaInputError(fieldPath(path, 'id'), rule.id, 'a non-empty string');
    this.#kind = compileCreditKind(rule, path);
    this.#limits = checkLimits(rule, path);
    this.definition = rule;
    this.kind = rule.type;
    if (rule.id !== undefined) this.id = rule.id;
    if (rule.source !== undefined) this.source = rule.source;
  }

  /**
   * The credit for one period: the exact amount, rounded to the minor unit
   * by the rule's rounding, capped, then zeroed below the minimum.
   *
   * @example
   * ```ts
   * // AWS EC2, June 2026 (43 200 min), 10 min down: 43 190 / 43 200 = 99.97685 % → 10 % of 1 000.00 USD.
   * const aws = new ServiceCredit({ type: 'tiered', tiers: [{ min: '99.99', creditPercent: 0 }, { min: '99', max: '99.99', creditPercent: 10 }, { min: '95', max: '99', creditPercent: 30 }, { max: '95', creditPercent: 100 }] });
   * aws.credit({ feeMinor: 100_000, availability: { numerator: 43_190, denominator: 43_200 } }).amountMinor; // 10000
   * ```
   */
  credit(input: CreditInput): CreditResult {
    checkObject(input, 'input', '{ feeMinor?, availability?, countedDowntimeMs?, period?, incidentCount? }');
    const exact = this.#kind.amount(input);
    const rounding = this.#limits.rounding;
    const computed = roundMinor(exact.amount.n, exact.amount.d, rounding);
    const fee = input.feeMinor === undefined ? undefined : feeOf(input, this.#kind.fee, `a ${this.kind} credit`);
    const limited = applyLimits(computed, fee, this.#limits);
    const rule = `${exact.words} = ${truncatedDecimal(exact.amount.n, exact.amount.d, 4)} → ${computed} (${rounding})${limited.words}`;
    return {
      kind: this.kind,
      ...(this.id === undefined ? {} : { id: this.id }),
      amountMinor: limited.amountMinor,
      computedMinor: Number(computed),
      ...(input.feeMinor === undefined ? {} : { feeMinor: input.feeMinor }),
      ...(fee === undefined || this.#kind.fee.per === 'period' ? {} : { periodFee: fractionText(fee) }),
      ...(fee === undefined || fee.n === 0n ? {} : { percentOfFee: truncatedDecimal(BigInt(limited.amountMinor) * 100n * fee.d, fee.n, 4) }),
      capped: limited.capped,
      belowMinimum: limited.belowMinimum,
      rounding,
      rule,
      ...(this.source === undefined ? {} : { source: this.source }),
      ...(exact.tier === undefined ? {} : { tier: exact.tier }),
      ...(exact.serviceDays === undefined ? {} : { serviceDays: exact.serviceDays }),
    };
  }
}
