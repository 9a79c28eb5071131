import { SlaInputError } from '../errors.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { type BatchResult, BatchTally, mergeBatches, policyKinds } from './batch-summary.js';
import { ClockTimeline } from './clock-timeline.js';
import { DistinctIds } from './distinct-ids.js';
import { ResponsePolicy, type ResponsePolicyOptions, type ResponseTargetKind } from './response-policy.js';
import { type SimpleFields, type SimpleTicket, type Ticket, type TicketEvent, type TicketInput, checkNow, parseTicketEvents, readSimpleTicket, ticketIterable } from './ticket.js';
import { ClockStatus, type TicketStatus } from './ticket-status.js';

/**
 * Response-time clocks for tickets, as Jira Service Management and Zendesk
 * SLA timers run them, on the contract's own calendars: a target per
 * priority, pauses, reprioritisation, warnings before the due instant, and an
 * explanation of what counted.
 *
 * Rules (docs/semantics.md §2 and §5): the due instant is the earliest instant at which
 * the counted business time reaches the target (a target reached exactly at
 * a closing is due at that closing); a response meets the target iff
 * `respondedAt <= dueAt`. Pauses never count. Reprioritisation follows the
 * policy's {@link Reprioritisation} rule. Events after `now` are not known
 * yet and are ignored (but still validated).
 *
 * Cost: a status is a handful of binary searches in the calendars' yearly
 * indexes (`elapsed`, `due`) per running stretch; no local-time arithmetic
 * unless the explanation is read.
 *
 * @example
 * ```ts
 * const support = new BusinessCalendar({
 *   zone: 'Europe/Berlin',
 *   week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00-18:00']),
 *   holidays: 'DE-RP',
 * });
 * const clock = new ResponseTimeClock(new ResponsePolicy({
 *   priorities: { critical: { target: { hours: 10 }, calendar: support } },
 * }));
 * const status = clock.status(
 *   { id: 'T-1', priority: 'critical', openedAt: '2026-05-29T16:00:00+02:00' },
 *   '2026-05-29T17:00:00+02:00',
 * );
 * new Date(status.dueAt).toISOString(); // "2026-06-01T14:00:00.000Z" (Mon 16:00 Berlin)
 * status.state;       // "running"
 * status.percentUsed; // 10
 * ```
 */
export class ResponseTimeClock {
  /** The policy the clock applies. */
  readonly policy: ResponsePolicy;
  readonly #kinds: ReadonlyMap<string, ResponseTargetKind>;
  /** Scratch record the shortcut tickets are read into, one after the other (see readSimpleTicket). */
  readonly #simple: SimpleFields = { id: '', priority: '', openedAt: 0, respondedAt: null };

  /**
   * A clock for a policy (or for policy options, validated here).
   *
   * @example
   * ```ts
   * const clock = new ResponseTimeClock({ priorities: { p1: { target: 'PT1H', calendar: nam, kind: 'kpi' } } });
   * ```
   */
  constructor(policy: ResponsePolicy | ResponsePolicyOptions) {
    this.policy = policy instanceof ResponsePolicy ? policy : new ResponsePolicy(policy);
    this.#kinds = policyKinds(this.policy);
  }

  /**
   * One batch from several, e.g. one per region, each evaluated on its own
   * clock: tickets concatenated in order, summary recomputed from all the
   * statuses (percentiles over all responses, never averaged), priorities
   * the union of the batches'. Ticket ids must be distinct across batches.
   *
   * @example
   * ```ts
   * const all = ResponseTimeClock.merge([
   *   emeaClock.evaluate(emeaTickets, now),
   *   namClock.evaluate(namTickets, now),
   * ]);
   * all.summary.byPriority.p1.medianResponseMs;
   * ```
   */
  static merge(results: readonly BatchResult[]): BatchResult {
    return mergeBatches(results);
  }

  /**
   * The event form of a shortcut ticket: `open`, then `respond` when
   * `respondedAt` is given.
   *
   * @example
   * ```ts
   * ResponseTimeClock.simpleTicket({ id: 'T-1', priority: 'p2', openedAt: 0, respondedAt: 60_000 }).events;
   * // [{ type: 'open', at: 0 }, { type: 'respond', at: 60000 }]
   * ```
   */
  static simpleTicket(ticket: SimpleTicket): Ticket {
    const events: TicketEvent[] = [{ type: 'open', at: ticket.openedAt }];
    if (ticket.respondedAt !== undefined && ticket.respondedAt !== null) events.push({ type: 'respond', at: ticket.respondedAt });
    return { id: ticket.id, priority: ticket.priority, events };
  }

  /**
   * The ticket's clock at `now`. Throws {@link SlaInputError} on a malformed
   * ticket or a `now` before the opening, {@link SlaEventError} (naming the
   * ticket and the event index) on inconsistent events, and
   * {@link SlaHorizonError} when the calendar does not reach the target
   * within its horizon.
   *
   * @example
   * ```ts
   * const status = clock.status({
   *   id: 'T-7', priority: 'critical',
   *   events: [
   *     { type: 'open', at: '2026-05-29T14:00:00+02:00' },
   *     { type: 'pause', at: '2026-05-29T16:00:00+02:00' },
   *   ],
   * }, '2026-05-30T12:00:00+02:00');
   * status.state;     // "paused"
   * status.elapsedMs; // 7200000 (Fri 14:00–16:00)
   * new Date(status.dueAt).toISOString(); // "2026-06-01T14:00:00.000Z": Mon 08:00 + the 8 h left
   * ```
   */
  status(ticket: TicketInput, now: InstantInput): TicketStatus {
    return this.#status(ticket, toInstant(now, 'now'));
  }

  /**
   * Every ticket's status at `now` (in input order) and a summary per
   * priority: counts by state, and the nearest-rank median and 90th
   * percentile of business time to respond over responded tickets. Ticket
   * ids must be distinct. The explanations are computed only when read.
   *
   * @example
   * ```ts
   * const { tickets, summary } = clock.evaluate(
   *   [
   *     { id: 'A', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T09:00:00+02:00' },
   *     { id: 'B', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00' },
   *   ],
   *   '2026-06-02T12:00:00+02:00',
   * );
   * summary.byPriority.critical.met;    // 1
   * summary.byPriority.critical.missed; // 1 (B: due Mon 18:00, still no response)
   * ```
   */
  evaluate(tickets: Iterable<TicketInput>, now: InstantInput): BatchResult {
    const at = toInstant(now, 'now');
    const statuses: TicketStatus[] = [];
    const tally = new BatchTally(this.#kinds);
    const ids = new DistinctIds(Array.isArray(tickets) ? tickets.length : 0);
    for (const ticket of ticketIterable(tickets)) {
      const status = this.#status(ticket, at);
      ids.add(status.id);
      tally.add(status, statuses.length);
      statuses.push(status);
    }
    return { tickets: statuses, summary: tally.summary() };
  }

  #status(input: TicketInput, now: number): TicketStatus {
    const simple = this.#simple;
    if (readSimpleTicket(input, this.policy, simple)) {
      checkNow(now, simple.id, simple.openedAt);
      return ClockStatus.simple(simple, this.policy.target(simple.priority), now, this.policy);
    }
    const ticket = parseTicketEvents(simple.id, input as Ticket, this.policy);
    checkNow(now, ticket.id, ticket.openedAt);
    return ClockStatus.of(new ClockTimeline(ticket, this.policy, now), this.policy);
  }
}
