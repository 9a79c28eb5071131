import { type AvailabilityValue, type ExactPercent, type PercentInput, formatPercent, parsePercent, toExactFraction } from '../availability/ratio.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';
import { creditAmountMinor } from './money.js';
import { type PercentBound, type PercentRange, comparePercents, describeRange, rangeContains } from './percent-range.js';

/**
 * One row of a credit table: an availability range and its credit.
 *
 * @example
 * ```ts
 * // Letsignit §7: "99.4% ~ 99.5% 3%", lower bound inclusive, upper exclusive.
 * const tier: PenaltyTier = { min: '99.4', max: '99.5', creditPercent: 3 };
 * ```
 */
export interface PenaltyTier {
  /** Lower bound, percent (`"99.4"`); omitted = no lower bound. */
  readonly min?: PercentInput | undefined;
  /** Default `true`: `A >= min`. */
  readonly minInclusive?: boolean | undefined;
  /** Upper bound, percent; omitted = no upper bound. */
  readonly max?: PercentInput | undefined;
  /** Default `false`: `A < max`. */
  readonly maxInclusive?: boolean | undefined;
  /** Credit, percent of the fee, 0–100. */
  readonly creditPercent: PercentInput;
  /** The table row this tier comes from. */
  readonly source?: SourceRef | undefined;
}

/**
 * What to do with an availability no tier covers: `error` (default: the
 * table is rejected at construction), `no-credit` (0 %), or
 * `lowest-adjacent` (the credit of the tier just below the gap — the
 * lower-availability neighbour; for a gap below every tier, the lowest tier).
 *
 * @example
 * ```ts
 * new PenaltyTable({ tiers: [{ min: '99.1', creditPercent: 0 }, { max: '99', creditPercent: 50 }], gapPolicy: 'lowest-adjacent' });
 * ```
 */
export type GapPolicy = 'error' | 'no-credit' | 'lowest-adjacent';

/**
 * Options of {@link PenaltyTable}.
 *
 * @example
 * ```ts
 * const options: PenaltyTableOptions = { capPercent: 50, tiers: [{ min: '99.5', creditPercent: 0 }, { max: '99.5', creditPercent: 10 }] };
 * ```
 */
export interface PenaltyTableOptions {
  /** The rows, in any order; they must not overlap. */
  readonly tiers: readonly PenaltyTier[];
  /** Cap on the credit of one period, percent (Letsignit §7: 50). */
  readonly capPercent?: PercentInput | undefined;
  /** Default `error`. */
  readonly gapPolicy?: GapPolicy | undefined;
  /** The clause the table comes from. */
  readonly source?: SourceRef | undefined;
}

/**
 * The credit for one availability, and why.
 *
 * @example
 * ```ts
 * table.creditFor({ numerator: 739, denominator: 743 });
 * // { percent: 3, tierIndex: 1, capped: false, inGap: false, explanation: "99.4616 % is in tiers[1] (99.4 % ≤ A < 99.5 %): 3 %" }
 * ```
 */
export interface CreditDecision {
  /** Credit, percent of the fee, after the cap. */
  readonly percent: number;
  /** Index of the tier applied (in the order given), or `null` in a gap with policy `no-credit`. */
  readonly tierIndex: number | null;
  /** Whether the cap lowered the tier's credit. */
  readonly capped: boolean;
  /** Whether the availability fell in a gap between tiers. */
  readonly inGap: boolean;
  /** The applied tier's source. */
  readonly source?: SourceRef;
  /** In words, e.g. `99.4616 % is in tiers[1] (99.4 % ≤ A < 99.5 %): 3 %`. */
  readonly explanation: string;
}

/**
 * A credit decision with its amount.
 *
 * @example
 * ```ts
 * table.credit({ numerator: 739, denominator: 743 }, 123_456).amountMinor; // 3704
 * ```
 */
export interface CreditAmount extends CreditDecision {
  /** The fee, integer minor units. */
  readonly feeMinor: number;
  /** `percent` of `feeMinor`, rounded half up to the minor unit. */
  readonly amountMinor: number;
}

interface Tier extends PercentRange {
  readonly index: number;
  readonly credit: ExactPercent;
  readonly source?: SourceRef;
}

interface Gap extends PercentRange {
  /** Tier applied with `lowest-adjacent`. */
  readonly fallback: Tier;
  /** The tiers just below and just above the gap, when there are. */
  readonly below?: Tier | undefined;
  readonly above?: Tier | undefined;
}

/**
 * An availability range no tier of a {@link PenaltyTable} covers (a table
 * has one only with a gap policy), with the tiers around it.
 *
 * @example
 * ```ts
 * const gap: TableGap = { range: '99 % ≤ A < 99.1 %', below: 5, above: 4 };
 * ```
 */
export interface TableGap {
  /** The range in words, e.g. `99 % ≤ A < 99.1 %`. */
  readonly range: string;
  /** Index (in the order given) of the tier just below, or null. */
  readonly below: number | null;
  /** Index of the tier just above, or null. */
  readonly above: number | null;
}

/**
 * A service-credit table: availability ranges with explicit bounds and
 * inclusivity, each giving a credit in percent of the fee, with an optional
 * cap. Tiers are decided on the exact ratio of integer milliseconds, never
 * on a rounded float (docs/semantics.md §3: with Letsignit's table 99.4 % exactly is
 * 3 %, 1 ms less is 6 %). Construction rejects overlapping tiers (naming
 * `tiers[i]`) and gaps (unless a {@link GapPolicy} is chosen).
 *
 * @example
 * ```ts
 * // Letsignit §7, lower bounds inclusive, upper exclusive, capped at 50 %.
 * const table = new PenaltyTable({
 *   capPercent: 50,
 *   tiers: [
 *     { min: '99.5', creditPercent: 0 },
 *     { min: '99.4', max: '99.5', creditPercent: 3 },
 *     { min: '99.35', max: '99.4', creditPercent: 6 },
 *     { min: '99.20', max: '99.35', creditPercent: 12 },
 *     { min: '99.10', max: '99.20', creditPercent: 25 },
 *     { max: '99.10', creditPercent: 50 },
 *   ],
 * });
 * table.creditFor({ numerator: 739, denominator: 743 }).percent; // 3 (99.4616 %)
 * table.credit({ numerator: 739, denominator: 743 }, 123_456).amountMinor; // 3704
 * ```
 */
export class PenaltyTable {
  /** Cap, percent, or `undefined`. */
  readonly capPercent: number | undefined;
  /** What an availability in a gap between tiers gets. */
  readonly gapPolicy: GapPolicy;
  /** The clause the table comes from. */
  readonly source?: SourceRef;
  readonly #tiers: readonly Tier[];
  readonly #gaps: readonly Gap[];
  readonly #cap: ExactPercent | undefined;

  /**
   * Validate and build a table; throws {@link SlaInputError} naming the
   * field (`tiers[2].min`, `tiers[3]` for an overlap, `tiers` for a gap,
   * `capPercent`, `gapPolicy`).
   *
   * @example
   * ```ts
   * new PenaltyTable({ tiers: [{ min: 99, creditPercent: 0 }, { max: '99.5', creditPercent: 10 }] });
   * // throws SlaInputError: tiers[1]: … overlaps tiers[0] …
   * ```
   */
  constructor(options: PenaltyTableOptions) {
    if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, '{ tiers, capPercent?, gapPolicy? }');
    const gapPolicy = options.gapPolicy ?? 'error';
    if (!['error', 'no-credit', 'lowest-adjacent'].includes(gapPolicy)) throw new SlaInputError('gapPolicy', gapPolicy, '"error", "no-credit" or "lowest-adjacent"');
    if (!Array.isArray(options.tiers) || options.tiers.length === 0) throw new SlaInputError('tiers', options.tiers, 'a non-empty array of tiers');
    this.gapPolicy = gapPolicy;
    this.#cap = options.capPercent === undefined ? undefined : parsePercent(options.capPercent, 'capPercent');
    this.capPercent = this.#cap === undefined ? undefined : Number(this.#cap.text);
    if (options.source !== undefined) this.source = options.source;
    this.#tiers = options.tiers.map((tier: PenaltyTier, i) => parseTier(tier, i));
    this.#gaps = findGaps(this.#tiers);
    const first = this.#gaps[0];
    if (first !== undefined && gapPolicy === 'error') {
      throw new SlaInputError('tiers', describeRange(first), `tiers covering every availability from 0 to 100 % (no row for ${describeRange(first)}), or a gapPolicy ("no-credit" or "lowest-adjacent")`);
    }
  }

  /**
   * The credit for an availability (an exact ratio, a result, or a number
   * from 0 to 1), after the cap.
   *
   * @example
   * ```ts
   * // 99.4 % of March 2026 (743 h = 2 674 800 000 ms) exactly, then 1 ms less.
   * table.creditFor({ numerator: 2_658_751_200, denominator: 2_674_800_000 }).percent; // 3
   * table.creditFor({ numerator: 2_658_751_199, denominator: 2_674_800_000 }).percent; // 6
   * ```
   */
  creditFor(availability: AvailabilityValue): CreditDecision {
    const a = toExactFraction(availability);
    const shown = `${formatPercent(availability)} %`;
    const tier = this.#tiers.find((candidate) => rangeContains(candidate, a));
    if (tier !== undefined) return this.#decide(tier, false, `${shown} is in tiers[${tier.index}] (${describeRange(tier)})`);
    const gap = this.#gaps.find((candidate) => rangeContains(candidate, a)) as Gap;
    if (this.gapPolicy === 'no-credit') {
      return { percent: 0, tierIndex: null, capped: false, inGap: true, explanation: `${shown} is in no tier (gap ${describeRange(gap)}): no credit (gapPolicy "no-credit")` };
    }
    return this.#decide(gap.fallback, true, `${shown} is in no tier (gap ${describeRange(gap)}): tiers[${gap.fallback.index}] applies (gapPolicy "lowest-adjacent")`);
  }

  /**
   * `percent` of a fee in integer minor units, rounded half up (see
   * {@link creditAmountMinor}).
   *
   * @example
   * ```ts
   * table.amountMinor(123_456, 3); // 3704
   * ```
   */
  amountMinor(feeMinor: number, percent: PercentInput): number {
    return creditAmountMinor(feeMinor, percent);
  }

  /**
   * The credit decision and its amount for a monthly fee in minor units.
   *
   * @example
   * ```ts
   * table.credit({ numerator: 739, denominator: 743 }, 10_000).amountMinor; // 300 (3 % of 100.00)
   * ```
   */
  credit(availability: AvailabilityValue, feeMinor: number): CreditAmount {
    const decision = this.creditFor(availability);
    return { ...decision, feeMinor, amountMinor: creditAmountMinor(feeMinor, decision.percent) };
  }

  /**
   * The availability ranges no tier covers, lowest first (empty unless the
   * table has a gap policy).
   *
   * @example
   * ```ts
   * new PenaltyTable({ tiers: [{ min: '99.1', creditPercent: 0 }, { max: '99', creditPercent: 50 }], gapPolicy: 'no-credit' }).gaps;
   * // [{ range: "99 % ≤ A < 99.1 %", below: 1, above: 0 }]
   * ```
   */
  get gaps(): readonly TableGap[] {
    return this.#gaps.map((gap) => ({ range: describeRange(gap), below: gap.below?.index ?? null, above: gap.above?.index ?? null }));
  }

  #decide(tier: Tier, inGap: boolean, why: string): CreditDecision {
    const capped = this.#cap !== undefined && comparePercents(tier.credit, this.#cap) > 0;
    const credit = capped ? (this.#cap as ExactPercent) : tier.credit;
    const explanation = `${why}: ${credit.text} %${capped ? ` (tier credit ${tier.credit.text} % capped at ${credit.text} %)` : ''}`;
    return { percent: Number(credit.text), tierIndex: tier.index, capped, inGap, ...(tier.source === undefined ? {} : { source: tier.source }), explanation };
  }
}

function parseTier(tier: PenaltyTier, index: number): Tier {
  const field = `tiers[${index}]`;
  if (tier === null || typeof tier !== 'object') throw new SlaInputError(field, tier, '{ min?, max?, minInclusive?, maxInclusive?, creditPercent }');
  const min = bound(tier.min, tier.minInclusive, true, `${field}.min`);
  const max = bound(tier.max, tier.maxInclusive, false, `${field}.max`);
  const credit = parsePercent(tier.creditPercent, `${field}.creditPercent`);
  if (min.value !== undefined && max.value !== undefined) {
    const c = comparePercents(min.value, max.value);
    if (c > 0 || (c === 0 && !(min.inclusive && max.inclusive))) {
      throw new SlaInputError(field, { min: tier.min, max: tier.max }, 'a non-empty range: min below max (or equal with both bounds inclusive)');
    }
  }
  return { index, min, max, credit, ...(tier.source === undefined ? {} : { source: tier.source }) };
}

function bound(value: PercentInput | undefined, inclusive: boolean | undefined, defaultInclusive: boolean, field: string): PercentBound {
  const flag = `${field}Inclusive`;
  if (inclusive !== undefined && typeof inclusive !== 'boolean') throw new SlaInputError(flag, inclusive, 'true or false');
  return { value: value === undefined ? undefined : parsePercent(value, field), inclusive: inclusive ?? defaultInclusive };
}

/** Sort tiers by lower bound, reject overlaps, list the gaps over 0–100 %. */
function findGaps(tiers: readonly Tier[]): Gap[] {
  const sorted = [...tiers].sort((a, b) => compareLower(a.min, b.min));
  const gaps: Gap[] = [];
  const lowest = sorted[0] as Tier;
  const zero = parsePercent('0', 'min');
  const hundred = parsePercent('100', 'max');
  if (lowest.min.value !== undefined && (comparePercents(lowest.min.value, zero) > 0 || !lowest.min.inclusive)) {
    gaps.push({ min: { value: zero, inclusive: true }, max: { value: lowest.min.value, inclusive: !lowest.min.inclusive }, fallback: lowest, above: lowest });
  }
  for (let k = 0; k + 1 < sorted.length; k++) {
    const below = sorted[k] as Tier;
    const above = sorted[k + 1] as Tier;
    const c = below.max.value === undefined || above.min.value === undefined ? 1 : comparePercents(below.max.value, above.min.value);
    if (c > 0 || (c === 0 && below.max.inclusive && above.min.inclusive)) {
      throw new SlaInputError(`tiers[${above.index}]`, describeRange(above), `a range that does not overlap tiers[${below.index}] (${describeRange(below)})`);
    }
    if (c < 0 || !(below.max.inclusive || above.min.inclusive)) {
      gaps.push({ min: { value: below.max.value, inclusive: !below.max.inclusive }, max: { value: above.min.value, inclusive: !above.min.inclusive }, fallback: below, below, above });
    }
  }
  const highest = sorted[sorted.length - 1] as Tier;
  if (highest.max.value !== undefined && (comparePercents(highest.max.value, hundred) < 0 || !highest.max.inclusive)) {
    gaps.push({ min: { value: highest.max.value, inclusive: !highest.max.inclusive }, max: { value: hundred, inclusive: true }, fallback: highest, below: highest });
  }
  return gaps;
}

/** Order lower bounds: unbounded first, then by value, inclusive before exclusive at the same value. */
function compareLower(a: PercentBound, b: PercentBound): number {
  if (a.value === undefined || b.value === undefined) return (a.value === undefined ? 0 : 1) - (b.value === undefined ? 0 : 1);
  return comparePercents(a.value, b.value) || (a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1);
}
