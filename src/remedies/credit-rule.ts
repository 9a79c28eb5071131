import type { AvailabilityValue, PercentInput } from '../availability/ratio.js';
import type { SourceRef } from '../contract/provenance.js';
import type { CreditDecision, GapPolicy, PenaltyTier } from '../penalty/penalty-table.js';
import type { RoundingRule } from '../penalty/rounding.js';
import type { IntervalSet } from '../intervals/interval-set.js';
import type { DecimalInput } from './decimal.js';
import type { FeeBasis } from './fee-basis.js';
import type { HourCounting } from './hour-counting.js';

/**
 * The kinds of service credit: `tiered` (a table of availability ranges),
 * `proportional` (a multiple of the fee paid for the downtime), `lost-time`
 * (downtime × an hourly rate), `per-incident` (a fixed amount or percent
 * per qualifying incident) and `service-days` (days of service per hour of
 * downtime).
 *
 * @example
 * ```ts
 * const kind: CreditKind = 'proportional';
 * ```
 */
export type CreditKind = 'tiered' | 'proportional' | 'lost-time' | 'per-incident' | 'service-days';

/**
 * What every credit rule may add to its kind: a cap per period, a minimum
 * payable amount, the rounding rule, an id and the clause it comes from.
 * Order: the exact amount is rounded to the minor unit, then capped (the
 * cap itself rounded down, so it is never exceeded), then set to 0 if below
 * the minimum.
 *
 * @example
 * ```ts
 * const limits: CreditLimits = { capPercent: 100, minimumMinor: 100, rounding: 'half-up' };
 * ```
 */
export interface CreditLimits {
  /** Stable id, to name the credit in totals and reports. */
  readonly id?: string | undefined;
  /** Cap of one period's credit, percent of the fee (needs `feeMinor`). */
  readonly capPercent?: PercentInput | undefined;
  /** Cap of one period's credit, minor units. With `capPercent` too, the lower applies. */
  readonly capMinor?: number | undefined;
  /** A credit below this many minor units is not paid (0); equal is paid. */
  readonly minimumMinor?: number | undefined;
  /** Rounding to the minor unit; default `half-up`. */
  readonly rounding?: RoundingRule | undefined;
  /** The clause the credit comes from. */
  readonly source?: SourceRef | undefined;
  /**
   * What the fee given (`feeMinor`) pays for: `{ per: "month" }` makes it
   * the monthly fee, converted exactly to the evaluated period's fee (a
   * quarter: the fees of its 3 months). Default `{ per: "period" }`: the
   * fee given is the period's own. A contract definition must state it on
   * every credit that reads a fee.
   */
  readonly fee?: FeeBasis | undefined;
}

/**
 * A credit table: availability ranges, each a percent of the fee (the
 * {@link PenaltyTable} rows; its cap is `capPercent` of {@link CreditLimits}).
 *
 * @example
 * ```ts
 * // AWS EC2 region level: [99.0, 99.99) → 10 %, [95.0, 99.0) → 30 %, < 95.0 → 100 %.
 * const aws: TieredCreditRule = {
 *   type: 'tiered',
 *   tiers: [{ min: '99.99', creditPercent: 0 }, { min: '99', max: '99.99', creditPercent: 10 }, { min: '95', max: '99', creditPercent: 30 }, { max: '95', creditPercent: 100 }],
 * };
 * ```
 */
export interface TieredCreditRule extends CreditLimits {
  readonly type: 'tiered';
  /** The rows, in any order, not overlapping. */
  readonly tiers: readonly PenaltyTier[];
  /** What an availability no row covers gets; default `error`. */
  readonly gapPolicy?: GapPolicy | undefined;
}

/**
 * `multiplier × fee × counted downtime / period duration`: the fee paid for
 * the time the service was down, times a multiplier.
 *
 * @example
 * ```ts
 * const slack: ProportionalCreditRule = { type: 'proportional', multiplier: '10' };
 * ```
 */
export interface ProportionalCreditRule extends CreditLimits {
  readonly type: 'proportional';
  /** The multiple of the prorated fee, a non-negative decimal (`"10"`). */
  readonly multiplier: DecimalInput;
}

/**
 * `hourly rate × downtime`: the charge for the lost time.
 *
 * @example
 * ```ts
 * // A 24.00 USD/month Droplet billed 0.03571 USD an hour: 3.571 cents an hour.
 * const lostTime: LostTimeCreditRule = { type: 'lost-time', ratePerHourMinor: '3.571', hourCounting: 'started-hours' };
 * ```
 */
export interface LostTimeCreditRule extends CreditLimits {
  readonly type: 'lost-time';
  /** The hourly rate, minor units per hour, an exact decimal (`"3.571"` cents). */
  readonly ratePerHourMinor: DecimalInput;
  /** How downtime becomes hours; default `exact` (pro rata to the ms). */
  readonly hourCounting?: HourCounting | undefined;
}

/**
 * A fixed amount, or a percent of the fee, per qualifying incident (which
 * incidents qualify is the measurement's business: the input gives their
 * count). Exactly one of `amountMinor` and `creditPercent`.
 *
 * @example
 * ```ts
 * const perIncident: PerIncidentCreditRule = { type: 'per-incident', creditPercent: 5, capPercent: 25 };
 * ```
 */
export interface PerIncidentCreditRule extends CreditLimits {
  readonly type: 'per-incident';
  /** Credit per incident, minor units. */
  readonly amountMinor?: number | undefined;
  /** Credit per incident, percent of the fee. */
  readonly creditPercent?: PercentInput | undefined;
}

/**
 * `daysPerHour` days of service per hour of downtime, worth
 * `fee / days in the period` each (the local calendar days the period
 * covers: June is 30 days in any zone). `hourCounting` is required: "per
 * hour" may mean per started hour or per whole hour, and the text decides.
 *
 * @example
 * ```ts
 * const days: ServiceDaysCreditRule = { type: 'service-days', daysPerHour: 1, hourCounting: 'started-hours' };
 * ```
 */
export interface ServiceDaysCreditRule extends CreditLimits {
  readonly type: 'service-days';
  /** Days of service credited per hour of downtime, a non-negative decimal. */
  readonly daysPerHour: DecimalInput;
  /** How downtime becomes hours (no default). */
  readonly hourCounting: HourCounting;
}

/**
 * A service-credit rule as plain JSON data, one of the {@link CreditKind}s.
 *
 * @example
 * ```ts
 * const rule: CreditRule = { type: 'proportional', multiplier: '10', source: { document: 'https://slack.com/terms/service-level-agreement', section: 'Service credits', quote: '10 times the amount' } };
 * ```
 */
export type CreditRule = TieredCreditRule | ProportionalCreditRule | LostTimeCreditRule | PerIncidentCreditRule | ServiceDaysCreditRule;

/**
 * The facts one period's credit is computed from. Each kind reads only what
 * it needs and throws {@link SlaInputError} naming a missing field.
 *
 * | kind | needs |
 * | --- | --- |
 * | `tiered` | `availability`, `feeMinor` |
 * | `proportional` | `countedDowntimeMs`, `period`, `feeMinor` (`countedDowntime` when the period spans several fee units) |
 * | `lost-time` | `countedDowntimeMs` (`feeMinor` for `capPercent`) |
 * | `per-incident` | `incidentCount` (`feeMinor` for `creditPercent`) |
 * | `service-days` | `countedDowntimeMs`, `period`, `feeMinor` |
 *
 * @example
 * ```ts
 * const input: CreditInput = { feeMinor: 100_000, countedDowntimeMs: 30 * 60_000, period: AvailabilityPeriod.month(2026, 7, 'UTC') };
 * ```
 */
export interface CreditInput {
  /** The fee per the rule's `fee.per` (default: the period's fee), integer minor units (1 000.00 USD is `100000`). */
  readonly feeMinor?: number | undefined;
  /** The period's availability, exact (a ratio, a result, or a number 0–1). */
  readonly availability?: AvailabilityValue | undefined;
  /** Counted downtime of the period, ms. */
  readonly countedDowntimeMs?: number | undefined;
  /** The counted downtime as intervals (epoch ms): a proportional credit whose period spans several fee units prices each unit's part at its own fee. */
  readonly countedDowntime?: IntervalSet | undefined;
  /** The period the fee pays for (`start`/`end` epoch ms, `zone` for local days; an `AvailabilityPeriod` fits). */
  readonly period?: { readonly start: number; readonly end: number; readonly zone?: string | undefined } | undefined;
  /** Qualifying incidents in the period. */
  readonly incidentCount?: number | undefined;
}

/**
 * One credit, with how it was reached.
 *
 * @example
 * ```ts
 * const { amountMinor, rule, capped } = new ServiceCredit({ type: 'proportional', multiplier: '10' }).credit(input);
 * ```
 */
export interface CreditResult {
  /** The rule's kind. */
  readonly kind: CreditKind;
  /** The rule's id, when given. */
  readonly id?: string;
  /** The credit, integer minor units, after rounding, cap and minimum. */
  readonly amountMinor: number;
  /** The credit rounded to the minor unit, before the cap and the minimum. */
  readonly computedMinor: number;
  /** The fee, when given (per the rule's `fee.per`). */
  readonly feeMinor?: number;
  /** The evaluated period's fee converted from `feeMinor` when the rule's fee is per month, quarter or year: exact decimal or fraction text. */
  readonly periodFee?: string;
  /** `amountMinor` as a percent of the period's fee, truncated to 4 decimals (`"0.6720"`); absent without a fee. */
  readonly percentOfFee?: string;
  /** Whether the cap lowered the credit. */
  readonly capped: boolean;
  /** Whether the credit was below the minimum payable and set to 0. */
  readonly belowMinimum: boolean;
  /** The rounding rule applied. */
  readonly rounding: RoundingRule;
  /** The rule applied, in words, with the figures. */
  readonly rule: string;
  /** The clause, when given. */
  readonly source?: SourceRef;
  /** For `tiered`: the row applied. */
  readonly tier?: CreditDecision;
  /** For `service-days`: the days of service credited, exact decimal or fraction text (`"2"`, `"1/2"`). */
  readonly serviceDays?: string;
}
