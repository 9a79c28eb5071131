import type { ExactFraction } from '../availability/ratio.js';
import { checkChoice, checkObject, fieldPath } from '../contract/fields.js';
import { SlaInputError } from '../errors.js';
import type { IntervalSet } from '../intervals/interval-set.js';
import { MS_PER_DAY, civilFromDays, daysFromCivil } from '../time/civil.js';
import { durationText } from '../time/duration-text.js';
import { TimeZone } from '../time/zone.js';
import { truncatedDecimal } from './decimal.js';

/**
 * What one fee given to an evaluation pays for: a calendar `month`,
 * `quarter` or `year` (local, in the period's zone), or the evaluated
 * `period` itself (the fee is taken as given, whatever the period).
 *
 * @example
 * ```ts
 * const per: FeeUnit = 'month'; // --fee 1000.00 is the monthly fee
 * ```
 */
export type FeeUnit = 'month' | 'quarter' | 'year' | 'period';

/**
 * How a credit proportional to downtime prices the downtime when the
 * evaluated period spans several fee units (a quarter with a monthly fee):
 * `fee-unit` (default) — each unit's downtime at that unit's fee per ms
 * (30 min in July at 1 000.00 a month: 1 000.00 × 30 / 44 640 min);
 * `period` — the period's fee (the sum of its units' fees) spread evenly
 * over the period (3 × 1 000.00 × 30 / 132 480 min).
 *
 * @example
 * ```ts
 * const proration: FeeProration = 'fee-unit';
 * ```
 */
export type FeeProration = 'fee-unit' | 'period';

/**
 * Where a credit's fee comes from: the unit the fee given to an evaluation
 * (`feeMinor`, `--fee`) pays for, and for a proportional credit how the
 * downtime is priced. A longer period converts it exactly: a quarter's fee
 * is the fees of its three months, a period clipped to part of a month pays
 * that part of the month's fee (pro rata to the ms).
 *
 * @example
 * ```ts
 * const slack: FeeBasis = { per: 'month', proration: 'fee-unit' };
 * ```
 */
export interface FeeBasis {
  /** The unit the given fee pays for. */
  readonly per: FeeUnit;
  /** Proportional credits only: how downtime is priced over several units; default `fee-unit`. */
  readonly proration?: FeeProration | undefined;
}

/** The fee units. @internal */
export const FEE_UNITS: readonly FeeUnit[] = ['month', 'quarter', 'year', 'period'];
/** The prorations. @internal */
export const FEE_PRORATIONS: readonly FeeProration[] = ['fee-unit', 'period'];

/** A validated fee basis. @internal */
export interface CheckedFeeBasis {
  readonly per: FeeUnit;
  readonly proration: FeeProration;
}

/** The basis of a rule that states none: the fee given is the evaluated period's own. @internal */
export const FEE_PER_PERIOD: CheckedFeeBasis = { per: 'period', proration: 'fee-unit' };

/** Validate a fee basis at `path` (`remedies.credits[0].fee`); `proration` only where `prorates`. @internal */
export function checkFeeBasis(value: unknown, path: string, prorates: boolean): CheckedFeeBasis {
  if (value === undefined) return FEE_PER_PERIOD;
  const basis = checkObject(value as FeeBasis, path, '{ per: "month" | "quarter" | "year" | "period", proration? }');
  for (const key of Object.keys(basis)) {
    if (key !== 'per' && key !== 'proration') throw new SlaInputError(fieldPath(path, key), key, 'one of the fields per, proration');
  }
  const per = checkChoice(basis.per, fieldPath(path, 'per'), FEE_UNITS);
  if (basis.proration !== undefined && !prorates) throw new SlaInputError(fieldPath(path, 'proration'), basis.proration, 'no proration: only a proportional credit prorates its fee over the downtime');
  return { per, proration: checkChoice(basis.proration, fieldPath(path, 'proration'), FEE_PRORATIONS, 'fee-unit') };
}

/** A period as credits read it (an `AvailabilityPeriod` fits). @internal */
export interface FeePeriod {
  readonly start: number;
  readonly end: number;
  readonly zone?: string | undefined;
}

/** One fee unit overlapping a period: its full bounds. @internal */
interface FeeUnitSpan {
  readonly start: number;
  readonly end: number;
}

/** The local calendar units (months, quarters, years in the period's zone) overlapping `[start, end)`. @internal */
export function feeUnitsOf(period: FeePeriod, per: Exclude<FeeUnit, 'period'>): FeeUnitSpan[] {
  const zone = TimeZone.of(period.zone ?? 'UTC', 'period.zone');
  const months = per === 'month' ? 1 : per === 'quarter' ? 3 : 12;
  const first = civilFromDays(Math.floor(zone.toWall(period.start) / MS_PER_DAY));
  // Months since year 0 of the first unit's first month.
  let index = first.year * 12 + Math.floor((first.month - 1) / months) * months;
  const startOf = (m: number) => zone.fromWall(daysFromCivil(Math.floor(m / 12), (m % 12) + 1, 1) * MS_PER_DAY, 'boundary');
  const units: FeeUnitSpan[] = [];
  for (let start = startOf(index); start < period.end; index += months) {
    const end = startOf(index + months);
    if (end > period.start) units.push({ start, end });
    start = end;
  }
  return units;
}

/**
 * The fee of the evaluated period from the fee per unit, exact: the sum over
 * the units it overlaps of `fee × overlap / unit length` (a quarter with a
 * monthly fee: 3 × fee). @internal
 */
export function periodFee(fee: bigint, basis: CheckedFeeBasis, period: FeePeriod | undefined): ExactFraction {
  if (basis.per === 'period') return { n: fee, d: 1n };
  return sumOverUnits(basis.per, requirePeriod(period, basis), (unit, overlap) => ({ n: fee * BigInt(overlap), d: BigInt(unit.end - unit.start) }));
}

/**
 * The fee paid for the counted downtime under the `fee-unit` proration:
 * each unit's downtime × that unit's fee / its length. `downtime` locates
 * the downtime when the period spans several units; within one unit the
 * total `downtimeMs` is enough. @internal
 */
export function feeForDowntime(fee: bigint, basis: CheckedFeeBasis, period: FeePeriod, downtimeMs: number, downtime: IntervalSet | undefined): { amount: ExactFraction; words: string } {
  if (basis.per === 'period') return { amount: { n: fee * BigInt(downtimeMs), d: BigInt(period.end - period.start) }, words: `fee ${fee} × ${durationText(downtimeMs)} / ${durationText(period.end - period.start)}` };
  const units = feeUnitsOf(period, basis.per);
  if (units.length > 1 && downtime === undefined) {
    throw new SlaInputError('countedDowntime', downtime, `the counted downtime as intervals (the period spans ${units.length} ${basis.per}s, each priced at its own fee per ms)`);
  }
  const parts: string[] = [];
  const amount = sumOverUnits(basis.per, period, (unit, overlap) => {
    const ms = units.length === 1 || downtime === undefined ? downtimeMs : downtime.clip(Math.max(unit.start, period.start), Math.min(unit.end, period.end)).measure();
    if (ms > 0 || units.length === 1) parts.push(`fee ${fee} per ${basis.per} × ${durationText(ms)} / ${durationText(unit.end - unit.start)}`);
    return overlap > 0 ? { n: fee * BigInt(ms), d: BigInt(unit.end - unit.start) } : { n: 0n, d: 1n };
  });
  return { amount, words: parts.length === 0 ? `no counted downtime (fee ${fee} per ${basis.per})` : parts.join(' + ') };
}

/** `basis.per` in words: `the fee per month 100000 × 3 month(s) of the period = 300000`. @internal */
export function periodFeeWords(fee: bigint, basis: CheckedFeeBasis, period: FeePeriod | undefined, total: ExactFraction): string {
  if (basis.per === 'period') return `${fee}`;
  const units = feeUnitsOf(requirePeriod(period, basis), basis.per);
  return `${fee} per ${basis.per} over ${units.length} ${basis.per}(s) of the period = ${fractionText(total)}`;
}

function sumOverUnits(per: Exclude<FeeUnit, 'period'>, period: FeePeriod, term: (unit: FeeUnitSpan, overlapMs: number) => ExactFraction): ExactFraction {
  let sum: ExactFraction = { n: 0n, d: 1n };
  for (const unit of feeUnitsOf(period, per)) {
    const overlap = Math.min(unit.end, period.end) - Math.max(unit.start, period.start);
    const t = term(unit, overlap);
    sum = reduce({ n: sum.n * t.d + t.n * sum.d, d: sum.d * t.d });
  }
  return sum;
}

function requirePeriod(period: FeePeriod | undefined, basis: CheckedFeeBasis): FeePeriod {
  if (period === undefined) throw new SlaInputError('period', period, `the evaluated period (the fee is given per ${basis.per} and converts to the period's fee)`);
  const { start, end } = period;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) throw new SlaInputError('period', period, '{ start, end } epoch ms with start < end');
  return period;
}

/** `n / d` in lowest terms. @internal */
export function reduce(value: ExactFraction): ExactFraction {
  const divisor = gcd(value.n < 0n ? -value.n : value.n, value.d);
  return { n: value.n / divisor, d: value.d / divisor };
}

/** `"2"`, `"1.5"`, or `"1/3"` when the decimal does not end within 6 places. @internal */
export function fractionText(value: ExactFraction): string {
  const { n, d } = reduce(value);
  for (let digits = 0; digits <= 6; digits++) {
    if ((n * 10n ** BigInt(digits)) % d === 0n) return truncatedDecimal(n, d, digits);
  }
  return `${n}/${d}`;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? (a === 0n ? 1n : a) : gcd(b, a % b);
}
