import { SlaInputError } from '../errors.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { type BatchSummary, BatchTally, policyKinds } from './batch-summary.js';
import { ClockTimeline } from './clock-timeline.js';
import { DistinctIds } from './distinct-ids.js';
import { metricCycles } from './metric-cycles.js';
import { type PauseAudit, type PauseAuditOptions, auditParsed, maxPauseOf } from './pause-audit.js';
import { ResponsePolicy } from './response-policy.js';
import { type MetricKind, TicketPolicy, type TicketPolicyOptions } from './ticket-policy.js';
import { type ParsedEvent, type ParsedTicket, type SimpleFields, type Ticket, type TicketInput, checkNow, parseTicketEvents, readSimpleTicket, ticketIterable } from './ticket.js';
import { ClockStatus, type TicketStatus } from './ticket-status.js';

/**
 * One metric of a ticket at `now`: its cycles, each a {@link TicketStatus}
 * (for a cycle, `openedAt` is the cycle's start and `respondedAt` its stop:
 * the agent reply, or for `resolution` the entry into a stop status).
 *
 * @example
 * ```ts
 * const nextReply = clock.status(ticket, now).metrics.nextReply;
 * nextReply?.current?.state;  // the running or last cycle: "running", "paused", "met" or "missed"
 * nextReply?.cycles.length;   // cycles started by `now`
 * nextReply?.missedCycles;    // of which missed
 * ```
 */
export interface MetricStatus {
  readonly metric: MetricKind;
  /** The running cycle, else the last one; `null` when no cycle has started (a cyclic metric before its first start). */
  readonly current: TicketStatus | null;
  /** Every cycle started by `now`, in order (one for `firstResponse` and `resolution`). */
  readonly cycles: readonly TicketStatus[];
  /** How many cycles are `missed`. */
  readonly missedCycles: number;
}

/**
 * A ticket's clocks at `now`: one {@link MetricStatus} per metric of the
 * policy that applies to it (a metric with no target for a priority the
 * ticket has had is left out).
 *
 * @example
 * ```ts
 * const status: TicketMetrics = clock.status(ticket, now);
 * status.metrics.resolution?.current?.dueAt; // epoch ms
 * ```
 */
export interface TicketMetrics {
  readonly id: string;
  /** The priority in force at `now`. */
  readonly priority: string;
  readonly now: number;
  readonly openedAt: number;
  readonly metrics: Readonly<Partial<Record<MetricKind, MetricStatus>>>;
}

/**
 * What {@link TicketClock.evaluate} returns: every ticket's metrics in input
 * order, and per metric a {@link BatchSummary} by priority. For a cyclic
 * metric the counts are over cycles (each cycle is one target met or
 * missed); for `resolution` the percentiles are of business time to resolve.
 *
 * @example
 * ```ts
 * const { summary } = clock.evaluate(tickets, now);
 * summary.nextReply?.byPriority.p1?.missed; // next-reply cycles of P1 tickets that missed
 * ```
 */
export interface MetricsBatchResult {
  readonly tickets: readonly TicketMetrics[];
  readonly summary: Readonly<Partial<Record<MetricKind, BatchSummary>>>;
}

/**
 * The clocks a helpdesk runs on each ticket — first response, resolution,
 * next reply, periodic update (see {@link MetricKind}) — driven by the
 * ticket's events, including the helpdesk's `status` changes and public
 * `message`s, on the contract's calendars. Each cycle of each metric is one
 * response clock (the rules of {@link ResponseTimeClock}: due at the
 * earliest instant the counted business time reaches the target; met iff
 * stopped at or before the due instant; pauses never count).
 *
 * A {@link TicketClock} of a {@link ResponsePolicy} alone runs its
 * `firstResponse` metric, and gives the statuses a {@link ResponseTimeClock}
 * gives.
 *
 * @example
 * ```ts
 * const always = BusinessCalendar.always('UTC');
 * const clock = new TicketClock({
 *   metrics: {
 *     firstResponse: { priorities: { p1: { target: 'PT1H', calendar: always } } },
 *     resolution: { priorities: { p1: { target: 'PT4H', calendar: always } } },
 *   },
 *   statuses: { runOn: ['open'], pauseOn: ['pending'], stopOn: ['solved'] },
 * });
 * const status = clock.status({
 *   id: 'T-1', priority: 'p1',
 *   events: [
 *     { type: 'open', at: '2026-07-04T03:00:00Z' },
 *     { type: 'message', at: '2026-07-04T03:30:00Z', author: 'agent' },
 *     { type: 'status', at: '2026-07-04T04:00:00Z', status: 'pending' },
 *     { type: 'status', at: '2026-07-04T05:00:00Z', status: 'open' },
 *     { type: 'status', at: '2026-07-04T06:30:00Z', status: 'solved' },
 *   ],
 * }, '2026-07-05T00:00:00Z');
 * status.metrics.firstResponse?.current?.state;     // "met" (30 min)
 * status.metrics.resolution?.current?.elapsedMs;    // 9000000 (03:00–04:00 + 05:00–06:30 = 2.5 h)
 * new Date(status.metrics.resolution?.current?.dueAt ?? 0).toISOString(); // "2026-07-04T08:00:00.000Z" (4 h + 1 h pending)
 * ```
 */
export class TicketClock {
  /** The policy the clock applies. */
  readonly policy: TicketPolicy;
  /** Scratch record the shortcut tickets are read into. */
  readonly #simple: SimpleFields = { id: '', priority: '', openedAt: 0, respondedAt: null };

  /**
   * A clock for a policy, policy options (validated here), or a
   * {@link ResponsePolicy} (its `firstResponse` metric alone).
   *
   * @example
   * ```ts
   * const clock = new TicketClock(new ResponsePolicy({ priorities: { p1: { target: 'PT1H', calendar: always } } }));
   * clock.policy.metrics; // ["firstResponse"]
   * ```
   */
  constructor(policy: TicketPolicy | TicketPolicyOptions | ResponsePolicy) {
    this.policy = policy instanceof TicketPolicy ? policy : new TicketPolicy(policy instanceof ResponsePolicy ? { metrics: { firstResponse: policy } } : policy);
  }

  /**
   * The ticket's metrics at `now`. Throws {@link SlaInputError} on a
   * malformed ticket or a `now` before the opening, {@link SlaEventError}
   * (naming the ticket, the event index and the field) on inconsistent
   * events — a message whose author is neither `customer` nor `agent`, a
   * status change before the open, a status some metric does not map
   * (unless the policy's `unmappedStatus` is `run`) — and
   * {@link SlaHorizonError} when a calendar does not reach a target within
   * its horizon.
   *
   * @example
   * ```ts
   * clock.status({ id: 'T-2', priority: 'p1', events: [{ type: 'open', at: 0 }, { type: 'message', at: 1, author: 'bot' }] }, 2);
   * // throws SlaEventError: ticket T-2 events[1].author: expected the author "customer" or "agent", got {…}
   * ```
   */
  status(ticket: TicketInput, now: InstantInput): TicketMetrics {
    return this.#status(ticket, toInstant(now, 'now'));
  }

  /**
   * Every ticket's metrics at `now` (in input order) and, per metric, a
   * summary by priority (counts by state over cycles, nearest-rank median
   * and 90th percentile of business time to stop). Ticket ids must be
   * distinct.
   *
   * @example
   * ```ts
   * const { tickets, summary } = clock.evaluate([ticket], '2026-07-05T00:00:00Z');
   * summary.resolution?.byPriority.p1?.met; // 1
   * ```
   */
  evaluate(tickets: Iterable<TicketInput>, now: InstantInput): MetricsBatchResult {
    const at = toInstant(now, 'now');
    const tallies = new Map<MetricKind, BatchTally>();
    for (const kind of this.policy.metrics) tallies.set(kind, new BatchTally(policyKinds(this.policy.metric(kind)?.policy as ResponsePolicy)));
    const statuses: TicketMetrics[] = [];
    const ids = new DistinctIds(Array.isArray(tickets) ? tickets.length : 0);
    for (const ticket of ticketIterable(tickets)) {
      const status = this.#status(ticket, at);
      ids.add(status.id);
      for (const [kind, metric] of Object.entries(status.metrics) as [MetricKind, MetricStatus][]) {
        for (const cycle of metric.cycles) (tallies.get(kind) as BatchTally).add(cycle, statuses.length);
      }
      statuses.push(status);
    }
    const summary: Partial<Record<MetricKind, BatchSummary>> = {};
    for (const [kind, tally] of tallies) summary[kind] = tally.summary();
    return { tickets: statuses, summary };
  }

  /**
   * Audit a ticket's pauses at `now` against the policy's pause clause
   * (its status maps): every pause the clause does not allow — the clock
   * paused while the ticket waited on the agent, a customer message while
   * paused with the pause going on, a pause longer than
   * `options.maxPauseMs` — per metric and cycle, with the business time it
   * removed from that clock (see {@link PauseFindingKind}). A pause outside
   * every cycle of a metric removes nothing from it and is not reported
   * for it; time in a stop status is no pause. Throws what
   * {@link TicketClock.status} throws, and {@link SlaInputError} naming
   * `options.maxPauseMs` on a bad limit.
   *
   * @example
   * ```ts
   * // Paused right after the opening (the customer spoke last), resumed 1 h later: 1 h removed from both clocks.
   * const audit = clock.auditPauses({ id: 'T-3', priority: 'p1', events: [
   *   { type: 'open', at: '2026-07-04T03:00:00Z' },
   *   { type: 'status', at: '2026-07-04T03:10:00Z', status: 'pending' },
   *   { type: 'status', at: '2026-07-04T04:10:00Z', status: 'open' },
   * ] }, '2026-07-04T05:00:00Z');
   * audit.findings.map((f) => [f.metric, f.kind, f.removedMs]); // [["firstResponse", "waiting-on-agent", 3600000], ["resolution", "waiting-on-agent", 3600000]]
   * ```
   */
  auditPauses(ticket: TicketInput, now: InstantInput, options?: PauseAuditOptions): PauseAudit {
    const at = toInstant(now, 'now');
    const maxPauseMs = maxPauseOf(options);
    return auditParsed(this.policy, this.#parse(ticket, at), at, maxPauseMs);
  }

  /** A ticket of either form, validated against the policy, known by `now`. */
  #parse(input: TicketInput, now: number): ParsedTicket {
    const simple = this.#simple;
    let ticket: ParsedTicket;
    if (readSimpleTicket(input, this.policy, simple)) {
      const open: ParsedEvent = { type: 'open', at: simple.openedAt, priority: simple.priority, index: 0 };
      const events = simple.respondedAt === null ? [open] : [open, { type: 'respond', at: simple.respondedAt, priority: undefined, index: 1 } as const];
      ticket = { id: simple.id, openedAt: simple.openedAt, events };
    } else {
      ticket = parseTicketEvents(simple.id, input as Ticket, this.policy, this.policy);
    }
    checkNow(now, ticket.id, ticket.openedAt);
    return ticket;
  }

  #status(input: TicketInput, now: number): TicketMetrics {
    const ticket = this.#parse(input, now);
    const metrics: Partial<Record<MetricKind, MetricStatus>> = {};
    for (const kind of this.policy.metrics) {
      const metric = this.policy.metric(kind);
      if (metric === undefined) continue;
      const cycles = metricCycles(ticket, metric, now);
      if (cycles === null) continue;
      const statuses = cycles.map((cycle) => ClockStatus.of(new ClockTimeline(cycle, metric.policy, now), metric.policy));
      metrics[kind] = {
        metric: kind,
        current: statuses[statuses.length - 1] ?? null,
        cycles: statuses,
        missedCycles: statuses.reduce((missed, cycle) => missed + (cycle.state === 'missed' ? 1 : 0), 0),
      };
    }
    return { id: ticket.id, priority: priorityAt(ticket, now), now, openedAt: ticket.openedAt, metrics };
  }
}

/** The priority in force at `now`: the opening's, or the last reprioritisation's by then. */
function priorityAt(ticket: ParsedTicket, now: number): string {
  let priority = (ticket.events[0] as ParsedEvent).priority as string;
  for (const event of ticket.events) {
    if (event.at > now) break;
    if (event.type === 'reprioritise') priority = event.priority as string;
  }
  return priority;
}
