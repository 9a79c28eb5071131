import { SlaInputError } from '../errors.js';
import { checkId } from '../ids.js';
import type { ResponsePolicy, ResponseTargetKind } from './response-policy.js';
import type { TicketStatus } from './ticket-status.js';

/**
 * Counts and response-time percentiles of one priority in a batch.
 *
 * @example
 * ```ts
 * const critical: PrioritySummary = {
 *   kind: 'contractual', total: 3, met: 1, missed: 1, running: 1, paused: 0,
 *   responded: 2, medianResponseMs: 7200000, p90ResponseMs: 43200000,
 * };
 * ```
 */
export interface PrioritySummary {
  /** Contractual target or KPI. */
  readonly kind: ResponseTargetKind;
  /** Tickets whose priority (at `now`) is this one. */
  readonly total: number;
  readonly met: number;
  /** Missed, responded late or overdue without response (for a KPI: KPI misses). */
  readonly missed: number;
  /** Running and not overdue. */
  readonly running: number;
  /** Paused and not overdue. */
  readonly paused: number;
  /** Tickets with a response (by `now`): the population of the percentiles. */
  readonly responded: number;
  /** Median business time to respond (nearest rank), `null` with no response. */
  readonly medianResponseMs: number | null;
  /** 90th percentile of business time to respond (nearest rank), `null` with no response. */
  readonly p90ResponseMs: number | null;
}

/**
 * What {@link ResponseTimeClock.evaluate} returns: every ticket's status, in
 * input order, and a summary.
 *
 * @example
 * ```ts
 * const { tickets, summary } = clock.evaluate(allTickets, now);
 * summary.byPriority.critical.missed; // tickets that missed the critical target
 * ```
 */
export interface BatchResult {
  readonly tickets: readonly TicketStatus[];
  readonly summary: BatchSummary;
}

/**
 * Totals of a batch, and one {@link PrioritySummary} per priority of the
 * policy (every priority appears, with zeros when no ticket has it).
 *
 * @example
 * ```ts
 * const summary: BatchSummary = clock.evaluate(allTickets, now).summary;
 * summary.total === summary.met + summary.missed + summary.running + summary.paused; // true
 * ```
 */
export interface BatchSummary {
  readonly byPriority: Readonly<Record<string, PrioritySummary>>;
  readonly total: number;
  readonly met: number;
  readonly missed: number;
  readonly running: number;
  readonly paused: number;
}

/**
 * The nearest-rank percentile of ascending `sorted` values: the value at
 * 1-based rank `⌈p/100 × n⌉` (rank 1 when p = 0); `null` when empty. The
 * nearest-rank median of an even count is the lower middle value.
 *
 * @example
 * ```ts
 * nearestRank([1, 2, 3, 4], 50);  // 2 (rank ⌈2⌉ = 2)
 * nearestRank([1, 2, 3, 4], 90);  // 4 (rank ⌈3.6⌉ = 4)
 * nearestRank([], 50);            // null
 * ```
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  if (typeof p !== 'number' || !(p >= 0 && p <= 100)) throw new SlaInputError('p', p, 'a percentile from 0 to 100');
  const n = sorted.length;
  if (n === 0) return null;
  return sorted[rankIndex(n, p)] as number;
}

/** The 0-based index of the nearest rank `⌈p/100 × n⌉` (at least 1, at most n) among `n > 0` values. */
function rankIndex(n: number, p: number): number {
  return Math.min(n, Math.max(1, Math.ceil((p * n) / 100))) - 1;
}

/**
 * The nearest-rank median and 90th percentile of `values` (any order;
 * reordered in place): what {@link nearestRank} gives on the sorted values,
 * by selection — expected O(n), where a sort of a batch's responses was
 * O(n log n).
 */
function medianAndP90(values: Float64Array): { median: number | null; p90: number | null } {
  const n = values.length;
  if (n === 0) return { median: null, p90: null };
  const m = rankIndex(n, 50);
  const q = rankIndex(n, 90);
  const median = select(values, m, 0, n - 1);
  // Everything after index m is now ≥ the median: the 90th percentile (q ≥ m) is among them.
  return { median, p90: select(values, q, m, n - 1) };
}

/**
 * The value that belongs at index `k` of `values[lo..hi]` sorted ascending,
 * moved there, smaller ones before it, larger ones after (Hoare's FIND with a
 * median-of-three pivot; equal values split evenly). Past `rounds`
 * partitions, 2·log2(n) + 8 by default (a pathological order), the rest is
 * sorted instead. @internal
 */
export function select(values: Float64Array, k: number, lo: number, hi: number, rounds = 2 * Math.log2(hi - lo + 2) + 8): number {
  while (hi > lo) {
    if (rounds-- <= 0) {
      values.subarray(lo, hi + 1).sort();
      break;
    }
    const a = values[lo] as number;
    const b = values[(lo + hi) >>> 1] as number;
    const c = values[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] as number;
}

/** One priority's counts while a batch is tallied. */
interface PriorityCount {
  met: number;
  missed: number;
  running: number;
  paused: number;
  /** Business time to respond of the responded tickets, in input order. */
  readonly responses: number[];
}

/**
 * A batch's summary built one status at a time, while each status is
 * fresh in the cache (a million statuses are not read twice): counts by
 * state per priority and the responses of each priority, then the
 * percentiles in {@link BatchTally.summary}.
 * @internal
 */
export class BatchTally {
  readonly #kinds = new Map<string, ResponseTargetKind>();
  readonly #counts = new Map<string, PriorityCount>();
  readonly #totals: Omit<PriorityCount, 'responses'> = { met: 0, missed: 0, running: 0, paused: 0 };
  #total = 0;

  /** `kinds`: every priority to report, in order, with its kind. */
  constructor(kinds: ReadonlyMap<string, ResponseTargetKind>) {
    this.include(kinds);
  }

  /**
   * Report the priorities of `kinds` not yet reported too, after the others
   * (a batch of several terms: the union, first seen first). A priority
   * already reported keeps its kind; the kind `kinds` gives it is returned
   * when it differs (the caller decides whether that is an error).
   */
  include(kinds: ReadonlyMap<string, ResponseTargetKind>): { priority: string; kind: ResponseTargetKind; known: ResponseTargetKind } | undefined {
    let conflict: { priority: string; kind: ResponseTargetKind; known: ResponseTargetKind } | undefined;
    for (const [priority, kind] of kinds) {
      const known = this.#kinds.get(priority);
      if (known === undefined) {
        this.#kinds.set(priority, kind);
        this.#counts.set(priority, { met: 0, missed: 0, running: 0, paused: 0, responses: [] });
      } else if (known !== kind) conflict ??= { priority, kind, known };
    }
    return conflict;
  }

  /** Count `status`, the batch's ticket number `index` (named when its priority is not one of the kinds). */
  add(status: TicketStatus, index: number): void {
    const count = this.#counts.get(status.priority);
    if (count === undefined) throw new SlaInputError(`tickets[${index}].priority`, status.priority, `one of ${[...this.#kinds.keys()].map((k) => JSON.stringify(k)).join(', ')}`);
    const totals = this.#totals;
    switch (status.state) {
      case 'met':
        count.met++;
        totals.met++;
        break;
      case 'missed':
        count.missed++;
        totals.missed++;
        break;
      case 'running':
        count.running++;
        totals.running++;
        break;
      case 'paused':
        count.paused++;
        totals.paused++;
        break;
    }
    if (status.respondedAt !== null) count.responses.push(status.elapsedMs);
    this.#total++;
  }

  /** The summary of the statuses added so far. */
  summary(): BatchSummary {
    const byPriority: Record<string, PrioritySummary> = {};
    for (const [priority, count] of this.#counts) {
      const responses = new Float64Array(count.responses);
      const { median, p90 } = medianAndP90(responses);
      byPriority[priority] = {
        kind: this.#kinds.get(priority) as ResponseTargetKind,
        total: count.met + count.missed + count.running + count.paused,
        met: count.met,
        missed: count.missed,
        running: count.running,
        paused: count.paused,
        responded: responses.length,
        medianResponseMs: median,
        p90ResponseMs: p90,
      };
    }
    return { byPriority, total: this.#total, ...this.#totals };
  }
}

/**
 * Summarise statuses per priority (`kinds`: every priority to report, in
 * order, with its kind): counts by state and the nearest-rank median and
 * 90th percentile of business time to respond (`elapsedMs` of responded
 * tickets: business time on the priority's calendar, pauses excluded).
 * @internal
 */
export function summarise(kinds: ReadonlyMap<string, ResponseTargetKind>, statuses: readonly TicketStatus[]): BatchSummary {
  const tally = new BatchTally(kinds);
  statuses.forEach((status, index) => tally.add(status, index));
  return tally.summary();
}

/** The priorities of a policy with their kinds, in order. @internal */
export function policyKinds(policy: ResponsePolicy): Map<string, ResponseTargetKind> {
  return new Map(policy.priorities.map((priority) => [priority, policy.target(priority).kind]));
}

/**
 * One batch from several (e.g. one per region, each on its own clock):
 * tickets concatenated in order, summary recomputed from the statuses (so
 * percentiles are over all responses, not averaged). Priorities are the
 * union of the batches' priorities; ids must be distinct across batches.
 * @internal
 */
export function mergeBatches(results: readonly BatchResult[]): BatchResult {
  if (!Array.isArray(results)) throw new SlaInputError('results', results, 'an array of BatchResult');
  const kinds = new Map<string, ResponseTargetKind>();
  const tickets: TicketStatus[] = [];
  const seen = new Set<string>();
  results.forEach((result: BatchResult, r) => {
    const valid = result !== null && typeof result === 'object' && Array.isArray(result.tickets) && typeof result.summary?.byPriority === 'object';
    if (!valid) throw new SlaInputError(`results[${r}]`, result, 'a BatchResult { tickets, summary }');
    for (const [priority, summary] of Object.entries(result.summary.byPriority)) {
      checkId(priority, `results[${r}].summary.byPriority.${priority}`);
      const known = kinds.get(priority);
      if (known !== undefined && known !== summary.kind) throw new SlaInputError(`results[${r}].summary.byPriority.${priority}.kind`, summary.kind, `"${known}" as in an earlier batch`);
      kinds.set(priority, summary.kind);
    }
    result.tickets.forEach((status, t) => {
      if (seen.has(status.id)) throw new SlaInputError(`results[${r}].tickets[${t}].id`, status.id, 'an id not used by an earlier ticket');
      seen.add(status.id);
      tickets.push(status);
    });
  });
  return { tickets, summary: summarise(kinds, tickets) };
}
