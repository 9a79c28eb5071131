import { AvailabilityPeriod, type AvailabilityResult } from '../availability/index.js';
import { parsePercent } from '../availability/ratio.js';
import { SlaInputError } from '../errors.js';

/** The verdict of a commitment judged on the mean of its monthly figures. @internal */
export interface MeanOfMonthsVerdict {
  readonly met: boolean;
  /**
   * Counted downtime that could still be added to the shortest measured
   * month and keep the mean at or above the target (negative: the excess),
   * floored to the ms.
   */
  readonly marginMs: number;
  /** The mean of the monthly availabilities, truncated to 4 decimals of a percent. */
  readonly availabilityPercent: string;
  /** The mean of the monthly availabilities, exact: `Σ nᵢ/dᵢ / k`. */
  readonly mean: { readonly numerator: bigint; readonly denominator: bigint };
  readonly monthly: readonly AvailabilityResult[];
}

/**
 * The local calendar months of a calendar period (a year gives 12, a quarter
 * 3, a month itself); throws {@link SlaInputError} for any other period.
 * @internal
 */
export function monthsOf(period: AvailabilityPeriod): AvailabilityPeriod[] {
  const zone = period.zone;
  const match = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/.exec(period.label);
  if (zone === undefined || match === null || !['year', 'quarter', 'month'].includes(period.kind)) {
    throw new SlaInputError('period', period.label, 'a calendar year, quarter or month ("2026", "2026-Q1", "2026-03"): the commitment averages monthly figures');
  }
  const year = Number(match[1]);
  const [first, count] = period.kind === 'month' ? [Number(match[2]), 1] : period.kind === 'quarter' ? [3 * Number(match[3]) - 2, 3] : [1, 12];
  return Array.from({ length: count }, (_, i) => AvailabilityPeriod.month(year, first + i, zone));
}

/**
 * Judge a target on the **mean of the monthly availabilities** (SiteKiosk
 * §1 option: "moyenne annuelle" read as the mean of twelve monthly figures),
 * exactly: with `nᵢ/dᵢ` the monthly ratios (`0/0` reads as 1) and `t` the
 * target, met iff `Σ nᵢ/dᵢ ≥ k·t`, compared in integers.
 * @internal
 */
export function judgeMeanOfMonths(monthly: readonly AvailabilityResult[], target: string): MeanOfMonthsVerdict {
  const percent = parsePercent(target, 'target');
  const fractions = monthly.map((r) => (r.ratio.denominator === 0 ? { n: 1n, d: 1n } : { n: BigInt(r.ratio.numerator), d: BigInt(r.ratio.denominator) }));
  const k = BigInt(fractions.length);
  const product = fractions.reduce((acc, f) => acc * f.d, 1n);
  const sum = fractions.reduce((acc, f) => acc + f.n * (product / f.d), 0n);
  // mean − t = excess / (100·scale·k·product)
  const excess = 100n * percent.scale * sum - k * percent.units * product;
  const measured = monthly.filter((r) => r.ratio.denominator > 0).map((r) => BigInt(r.ratio.denominator));
  const shortest = measured.length === 0 ? 0n : measured.reduce((a, b) => (b < a ? b : a));
  // Δ ms more downtime in a month of dⱼ ms lowers the mean by Δ/(k·dⱼ): Δmax = (mean − t)·k·dⱼ.
  const marginMs = floorDiv(excess * shortest, 100n * percent.scale * product);
  return { met: excess >= 0n, marginMs: Number(marginMs), availabilityPercent: formatMean(sum, k * product), mean: { numerator: sum, denominator: k * product }, monthly };
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** `numerator / denominator` as a percent truncated to 4 decimals. */
function formatMean(numerator: bigint, denominator: bigint): string {
  const digits = ((numerator * 100n * 10_000n) / denominator).toString().padStart(5, '0');
  return `${digits.slice(0, -4)}.${digits.slice(-4)}`;
}
