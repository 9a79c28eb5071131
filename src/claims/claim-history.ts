import { checkObject, checkWholeNumber } from '../contract/fields.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';
import { type Interval, type IntervalInput, IntervalSet } from '../intervals/interval-set.js';
import { durationText } from '../time/duration-text.js';
import { type InstantInput, formatInstant, toInstant } from '../time/instant.js';

/**
 * A claim made earlier, as JSON data: the downtime it credited, or, when
 * only the amount is known, the amount and the period it was for.
 *
 * @example
 * ```ts
 * const earlier: EarlierClaim = { id: 'C-1', creditedDowntime: [['2026-06-10T10:00:00Z', '2026-06-10T10:30:00Z']] };
 * const paid: EarlierClaim = { id: 'C-2', period: { start: '2026-06-01T00:00:00Z', end: '2026-07-01T00:00:00Z' }, amountMinor: 10_000 };
 * ```
 */
export interface EarlierClaim {
  /** The claim's id, for the report. */
  readonly id?: string | undefined;
  /** The downtime intervals it credited, `[start, end)`. */
  readonly creditedDowntime?: readonly IntervalInput[] | undefined;
  /** The period it was for (needed when only `amountMinor` is known). */
  readonly period?: { readonly start: InstantInput; readonly end: InstantInput } | undefined;
  /** The amount credited, minor units. */
  readonly amountMinor?: number | undefined;
  /** Where it is recorded. */
  readonly source?: SourceRef | undefined;
}

/**
 * Options of {@link applyClaimHistory}.
 *
 * @example
 * ```ts
 * const input: ClaimHistoryInput = { period: june, countedDowntime: downtime, earlier: [earlierClaim] };
 * ```
 */
export interface ClaimHistoryInput {
  /** The period claimed for now. */
  readonly period: { readonly start: number; readonly end: number };
  /** The counted downtime of the period (an `IntervalSet` or intervals). */
  readonly countedDowntime: IntervalSet | readonly IntervalInput[];
  /** The earlier claims, any period. */
  readonly earlier: readonly EarlierClaim[];
}

/**
 * What an earlier claim removed from the downtime claimed now.
 *
 * @example
 * ```ts
 * history.removedBy[0].removedMs; // 1800000
 * ```
 */
export interface RemovedByClaim {
  /** Index in `earlier`. */
  readonly index: number;
  /** The claim's id, when given. */
  readonly id?: string;
  /** Downtime removed because this claim credited it (not counted again for a later claim in the list). */
  readonly removedMs: number;
  /** The intervals removed. */
  readonly intervals: readonly Interval[];
}

/**
 * The downtime still creditable once earlier claims are taken into account.
 *
 * @example
 * ```ts
 * const { countedDowntimeMs, removedMs, alreadyCreditedMinor } = applyClaimHistory(input);
 * ```
 */
export interface ClaimHistoryResult {
  /** Counted downtime not credited before. */
  readonly countedDowntime: IntervalSet;
  /** Its length, ms. */
  readonly countedDowntimeMs: number;
  /** Downtime removed because an earlier claim credited it. */
  readonly removed: IntervalSet;
  /** Its length, ms. */
  readonly removedMs: number;
  /** What each earlier claim removed (claims that removed nothing are listed with 0). */
  readonly removedBy: readonly RemovedByClaim[];
  /** Amounts already credited for this very period by claims that give no intervals, minor units. */
  readonly alreadyCreditedMinor: number;
  /** What was done, in words. */
  readonly rule: string;
}

/**
 * Downtime already credited is not credited again: subtract the intervals
 * earlier claims credited from the period's counted downtime, and report
 * what each removed (overlapping earlier claims: the first in the list
 * gets the overlap). An earlier claim known only by its amount counts when
 * it was for this very period (same start and end): its amount is in
 * `alreadyCreditedMinor`, to deduct with {@link creditAfterHistory}; one
 * for another period that overlaps this one is refused, since the downtime
 * it paid for cannot be told. Throws {@link SlaInputError} naming
 * `earlier[i]`, `earlier[i].period`, `earlier[i].creditedDowntime[j]`.
 *
 * @example
 * ```ts
 * // June: 10:00–11:00 down on June 10; an earlier claim credited 10:00–10:30.
 * const history = applyClaimHistory({
 *   period: { start: Date.UTC(2026, 5, 1), end: Date.UTC(2026, 6, 1) },
 *   countedDowntime: [['2026-06-10T10:00:00Z', '2026-06-10T11:00:00Z']],
 *   earlier: [{ id: 'C-1', creditedDowntime: [['2026-06-10T10:00:00Z', '2026-06-10T10:30:00Z']] }],
 * });
 * history.countedDowntimeMs; // 1800000 (30 min left)
 * history.removedMs;         // 1800000
 * ```
 */
export function applyClaimHistory(input: ClaimHistoryInput): ClaimHistoryResult {
  checkObject(input, 'input', '{ period, countedDowntime, earlier }');
  const period = checkObject(input.period, 'period', '{ start, end } epoch ms');
  if (!Number.isSafeInteger(period.start) || !Number.isSafeInteger(period.end) || period.end <= period.start) throw new SlaInputError('period', period, '{ start, end } epoch ms with start < end');
  const counted = (input.countedDowntime instanceof IntervalSet ? input.countedDowntime : IntervalSet.of(input.countedDowntime, 'countedDowntime')).clip(period.start, period.end);
  if (!Array.isArray(input.earlier)) throw new SlaInputError('earlier', input.earlier, 'an array of earlier claims');
  let remaining = counted;
  let alreadyCreditedMinor = 0;
  const removedBy: RemovedByClaim[] = [];
  const paidFor: string[] = [];
  input.earlier.forEach((claim: EarlierClaim, index) => {
    const field = `earlier[${index}]`;
    checkObject(claim, field, '{ id?, creditedDowntime?, period?, amountMinor? }');
    const id = claim.id === undefined ? {} : { id: claim.id };
    if (claim.creditedDowntime !== undefined) {
      const credited = IntervalSet.of(claim.creditedDowntime, `${field}.creditedDowntime`);
      const removed = remaining.intersect(credited);
      remaining = remaining.subtract(credited);
      removedBy.push({ index, ...id, removedMs: removed.measure(), intervals: removed.toArray() });
      return;
    }
    if (claim.amountMinor === undefined) throw new SlaInputError(field, claim, 'creditedDowntime (the intervals it credited), or amountMinor with the period it was for');
    const amount = checkWholeNumber(claim.amountMinor, `${field}.amountMinor`, 0, Number.MAX_SAFE_INTEGER, 'a whole number of minor units');
    const claimed = checkObject(claim.period, `${field}.period`, '{ start, end }: the period a claim known only by its amount was for');
    const start = toInstant(claimed.start, `${field}.period.start`);
    const end = toInstant(claimed.end, `${field}.period.end`);
    removedBy.push({ index, ...id, removedMs: 0, intervals: [] });
    if (start === period.start && end === period.end) {
      alreadyCreditedMinor += amount;
      paidFor.push(`${claim.id ?? field} ${amount}`);
    } else if (start < period.end && period.start < end) {
      throw new SlaInputError(`${field}.period`, claim.period, `the claimed period [${formatInstant(period.start)}, ${formatInstant(period.end)}) exactly, or one that does not overlap it: a claim known only by its amount for another overlapping period cannot tell which downtime it paid for (give creditedDowntime)`);
    }
  });
  const removed = counted.subtract(remaining);
  const removedMs = removed.measure();
  const removedText = removedBy.filter((entry) => entry.removedMs > 0).map((entry) => `${entry.id ?? `earlier[${entry.index}]`} ${durationText(entry.removedMs)}`);
  return {
    countedDowntime: remaining,
    countedDowntimeMs: remaining.measure(),
    removed,
    removedMs,
    removedBy,
    alreadyCreditedMinor,
    rule: `counted downtime ${durationText(counted.measure())}, already credited ${durationText(removedMs)}${removedText.length === 0 ? '' : ` (${removedText.join(', ')})`}: ${durationText(remaining.measure())} left to credit${paidFor.length === 0 ? '' : `; already paid for this period: ${paidFor.join(', ')}`}`,
  };
}

/**
 * A credit less what earlier claims already paid for the same period, never
 * below 0.
 *
 * @example
 * ```ts
 * creditAfterHistory(30_000, { alreadyCreditedMinor: 10_000 }); // 20000
 * creditAfterHistory(5_000, { alreadyCreditedMinor: 10_000 });  // 0
 * ```
 */
export function creditAfterHistory(amountMinor: number, history: Pick<ClaimHistoryResult, 'alreadyCreditedMinor'>): number {
  const amount = checkWholeNumber(amountMinor, 'amountMinor', 0, Number.MAX_SAFE_INTEGER, 'a whole number of minor units');
  return Math.max(0, amount - history.alreadyCreditedMinor);
}
