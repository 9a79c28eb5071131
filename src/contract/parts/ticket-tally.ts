import { BatchTally, type BatchSummary, policyKinds } from '../../clock/batch-summary.js';
import type { MetricKind, TicketMetrics, TicketStatus } from '../../clock/index.js';
import { SlaInputError } from '../../errors.js';
import type { ContractTicketStatus } from './responses.js';
import type { ContractTermsEngine } from './terms.js';

/**
 * A batch's summary made one status at a time: what {@link Contract.tickets}
 * returns as `summary` and `metrics` for the same tickets, without keeping
 * the statuses (counts per priority, and the business times to respond for
 * the percentiles).
 *
 * The priorities reported are those of every version that judged a status
 * (first seen first; the top-level terms when none was added), each metric's
 * over the same versions. `metrics` is there when a status was judged on
 * every metric (the contract has metrics, or the ticket had `status` or
 * `message` events); a status judged on the first response alone then counts
 * as its own first-response cycle.
 *
 * @example
 * ```ts
 * const tally = linkando().ticketTally();
 * tally.add(linkando().ticket({ id: 'T-1', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T09:00:00+02:00' }, '2026-06-02T00:00:00Z'));
 * tally.result().summary.byPriority.critical?.met; // 1
 * ```
 */
export class ContractTicketTally {
  readonly #engineOf: (version: string) => ContractTermsEngine | undefined;
  readonly #base: ContractTermsEngine;
  readonly #seen = new Set<ContractTermsEngine>();
  readonly #summary = new BatchTally(new Map());
  readonly #metrics = new Map<MetricKind, BatchTally>();
  #judgedMetrics = false;
  #count = 0;

  /** `engineOf`: the terms of a version by its name; `base`: the top-level terms. @internal */
  constructor(engineOf: (version: string) => ContractTermsEngine | undefined, base: ContractTermsEngine) {
    this.#engineOf = engineOf;
    this.#base = base;
  }

  /**
   * Count a status of {@link Contract.ticket} (judged at the `now` the
   * summary is for). An excluded ticket is not counted. Throws
   * {@link SlaInputError} naming `status.version` for a version the
   * contract does not have, and `status.priority` for a priority none of the
   * versions seen reports.
   */
  add(status: ContractTicketStatus): void {
    if (status.excluded) return;
    const engine = this.#engineOf(status.version);
    if (engine === undefined) throw new SlaInputError('status.version', status.version, 'a version of the contract that judged the status');
    this.#include(engine);
    const index = this.#count++;
    this.#summary.add(status, index);
    if (status.metrics === undefined) {
      this.#metrics.get('firstResponse')?.add(status, index);
      return;
    }
    this.#judgedMetrics = true;
    for (const [kind, metric] of Object.entries(status.metrics) as [MetricKind, NonNullable<TicketMetrics['metrics'][MetricKind]>][]) {
      const tally = this.#metrics.get(kind);
      if (tally !== undefined) for (const cycle of metric.cycles as readonly TicketStatus[]) tally.add(cycle, index);
    }
  }

  /** The summary of the statuses added so far, and one per metric when a status was judged on every metric. */
  result(): { readonly summary: BatchSummary; readonly metrics?: Partial<Record<MetricKind, BatchSummary>> } {
    if (this.#count === 0) {
      // No ticket: the top-level terms' priorities, and its metrics when it has some (as an empty batch reports).
      this.#include(this.#base);
      this.#judgedMetrics = this.#base.responses.hasMetrics;
    }
    const summary = this.#summary.summary();
    if (!this.#judgedMetrics) return { summary };
    const metrics: Partial<Record<MetricKind, BatchSummary>> = {};
    for (const [kind, tally] of this.#metrics) metrics[kind] = tally.summary();
    // A batch judged on every metric reports the first response over its cycles: one per ticket, the status itself.
    return { summary, metrics };
  }

  /** Report the priorities of `engine`'s terms too (once per version). */
  #include(engine: ContractTermsEngine): void {
    if (this.#seen.has(engine)) return;
    this.#seen.add(engine);
    const responses = engine.responses;
    const conflict = this.#summary.include(policyKinds(responses.clock(responses.regions[0]).policy));
    if (conflict !== undefined) {
      throw new SlaInputError(`${engine.name}: responses.priorities.${conflict.priority}.kind`, conflict.kind, `"${conflict.known}" as in an earlier version`);
    }
    for (const [kind, priorities] of responses.metricKinds()) {
      const tally = this.#metrics.get(kind);
      if (tally === undefined) this.#metrics.set(kind, new BatchTally(priorities));
      else tally.include(priorities);
    }
  }
}
