import { SlaInputError } from '../errors.js';
import { AvailabilityPeriod } from './availability-period.js';
import { type AvailabilityRatio, type ExactPercent, type HasRatio, type PercentInput, checkRatio, parsePercent } from './ratio.js';

/**
 * What a downtime budget is computed from; see {@link downtimeBudget}.
 *
 * @example
 * ```ts
 * downtimeBudget(30 * 86_400_000, '99.9').allowedMs; // 2592000 (43 min 12 s)
 * ```
 */
export type BudgetBase = number | AvailabilityPeriod | AvailabilityRatio | HasRatio;

/**
 * How much counted downtime a target allows, how much was used, and what is
 * left (negative when over budget).
 *
 * @example
 * ```ts
 * const { allowedMs, usedMs, remainingMs, met } = downtimeBudget(result, '99.5');
 * ```
 */
export interface DowntimeBudget {
  /** The target, normalised (`"99.5"`). */
  readonly target: string;
  /** The measured time the target applies to, ms. */
  readonly baseMs: number;
  /** `floor(baseMs × (100 − target) / 100)`: the most counted downtime that still meets the target. */
  readonly allowedMs: number;
  /** Counted downtime, ms (0 when the base is a duration or a period). */
  readonly usedMs: number;
  /** `allowedMs − usedMs`; negative when the target is missed. */
  readonly remainingMs: number;
  /** Whether the target is met (`usedMs <= allowedMs`). */
  readonly met: boolean;
}

/**
 * The downtime budget of a target over measured time: a duration in ms, an
 * {@link AvailabilityPeriod} (measured 24/7), or an availability ratio /
 * result (its denominator is the measured time, `denominator − numerator`
 * the counted downtime used).
 *
 * Rounding: `allowedMs` is **floored** to the millisecond — it is the largest
 * whole number of ms of downtime that still meets the target exactly, so
 * `usedMs <= allowedMs` iff the availability is at least the target.
 *
 * @example
 * ```ts
 * // 99 % of March 2026 in Europe/Paris (743 h): 1 % of 2 674 800 000 ms.
 * downtimeBudget(AvailabilityPeriod.month(2026, 3, 'Europe/Paris'), '99').allowedMs; // 26748000 (7 h 25 min 48 s)
 * // SiteKiosk §1: 99.5 % of the leap year 2028 (8 784 h).
 * downtimeBudget(AvailabilityPeriod.year(2028, 'Europe/Berlin'), '99.5').allowedMs; // 158112000 (43 h 55 min 12 s)
 * ```
 */
export function downtimeBudget(base: BudgetBase, target: PercentInput): DowntimeBudget {
  const percent = parsePercent(target, 'target');
  let baseMs: number;
  let usedMs = 0;
  if (typeof base === 'number') {
    if (!Number.isSafeInteger(base) || base < 0) throw new SlaInputError('measuredMs', base, 'a non-negative whole number of milliseconds');
    baseMs = base;
  } else if (base instanceof AvailabilityPeriod) {
    baseMs = base.durationMs;
  } else {
    const ratio = checkRatio(base, 'availability');
    baseMs = ratio.denominator;
    usedMs = ratio.denominator - ratio.numerator;
  }
  const allowedMs = allowedDowntime(baseMs, percent);
  return { target: percent.text, baseMs, allowedMs, usedMs, remainingMs: allowedMs - usedMs, met: usedMs <= allowedMs };
}

/** `floor(baseMs × (100 − p) / 100)`, exactly. @internal */
export function allowedDowntime(baseMs: number, percent: ExactPercent): number {
  const hundred = 100n * percent.scale;
  return Number((BigInt(baseMs) * (hundred - percent.units)) / hundred);
}
