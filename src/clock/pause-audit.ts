import { SlaInputError } from '../errors.js';
import type { SourceRef } from '../contract/provenance.js';
import { IntervalSet } from '../intervals/interval-set.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { ClockTimeline } from './clock-timeline.js';
import { metricCycles } from './metric-cycles.js';
import type { MetricKind, ResolvedMetric, StatusEffect, TicketPolicy } from './ticket-policy.js';
import type { ParsedEvent, ParsedTicket } from './ticket.js';

/**
 * Why a pause is flagged (see {@link PauseFinding}):
 * - `waiting-on-agent`: the clock was paused while the ticket waited on the
 *   agent, not the customer — the last word before the pause was the
 *   customer's (the opening, or a customer message, with no agent reply
 *   since), or the pause is a `pause` event while the ticket's status is
 *   one the status map runs the clock in. Flagged from the pause until the
 *   agent replies (or the status leaves the running statuses), or the
 *   pause ends.
 * - `customer-replied`: a customer message arrived while paused and the
 *   pause went on: flagged from the message to the end of the pause.
 * - `too-long`: the pause lasted longer than the limit (`maxPauseMs`, wall
 *   time): the time beyond the limit is flagged.
 *
 * @example
 * ```ts
 * const kind: PauseFindingKind = 'customer-replied';
 * ```
 */
export type PauseFindingKind = 'waiting-on-agent' | 'customer-replied' | 'too-long';

/**
 * Options of a pause audit.
 *
 * @example
 * ```ts
 * const options: PauseAuditOptions = { maxPauseMs: 48 * 3_600_000 }; // flag what a pause lasts beyond 48 h
 * ```
 */
export interface PauseAuditOptions {
  /**
   * The longest pause allowed, in wall-clock ms (a duration: ms, `PT48H`,
   * `{ hours: 48 }`); without it, no `too-long` finding. The contract
   * model has no pause limit: the audit asks it.
   */
  readonly maxPauseMs?: DurationInput | undefined;
}

/**
 * One pause the status map's pause clause does not allow, on one cycle of
 * one metric, with the business time it removed from that clock. Instants
 * are epoch ms; business times are exact ms on the calendar(s) the cycle
 * counts on (its target's, per phase under `from-change`).
 *
 * @example
 * ```ts
 * const finding: PauseFinding = audit.findings[0];
 * [finding.metric, finding.kind, finding.removedMs]; // ["resolution", "customer-replied", 7200000]
 * ```
 */
export interface PauseFinding {
  readonly metric: MetricKind;
  /** The cycle of the metric (0 for `firstResponse` and `resolution`). */
  readonly cycle: number;
  readonly kind: PauseFindingKind;
  /** For `waiting-on-agent`: what shows it (`customer-spoke-last`, `status-runs`, or both). */
  readonly reasons: readonly ('customer-spoke-last' | 'status-runs')[];
  /** The pause, `[start, end)`, inside the cycle: `end` is the resume, the cycle's stop or `now` (`ongoing`). */
  readonly pause: { readonly start: number; readonly end: number; readonly ongoing: boolean };
  /** The part of the pause flagged, `[start, end)`. */
  readonly flagged: { readonly start: number; readonly end: number };
  /** Business ms of the whole pause on the cycle's calendar: what the pause kept off the clock. */
  readonly pauseMs: number;
  /** Business ms of the flagged part: what the pause removed from the clock that the clause does not allow. At most `pauseMs`. */
  readonly removedMs: number;
  /** Indices in the ticket's `events` of the events involved: the pause's start, the message or status at fault, the resume. */
  readonly events: readonly number[];
  /** The finding in words. */
  readonly explanation: string;
  /** The pause clause: the source of the status map the metric reads (contracts only, when it cites one). */
  readonly source?: SourceRef;
}

/**
 * A ticket's pause audit at `now`: the findings, in metric, cycle and time
 * order, and per metric the business time removed without the clause's
 * leave (the union of the findings' flagged parts: findings may overlap).
 *
 * @example
 * ```ts
 * const audit: PauseAudit = clock.auditPauses(ticket, now);
 * audit.removedMs.resolution; // 7200000
 * ```
 */
export interface PauseAudit {
  readonly id: string;
  readonly now: number;
  readonly findings: readonly PauseFinding[];
  /** Per metric with findings: business ms removed, the union of its findings' flagged parts. */
  readonly removedMs: Readonly<Partial<Record<MetricKind, number>>>;
}

/** The limit of a pause audit's options in ms, or `null`; throws {@link SlaInputError} naming `options.maxPauseMs`. @internal */
export function maxPauseOf(options: PauseAuditOptions | undefined): number | null {
  if (options === undefined) return null;
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, '{ maxPauseMs? }');
  for (const key of Object.keys(options)) if (key !== 'maxPauseMs') throw new SlaInputError(`options.${key}`, key, 'a pause audit option: "maxPauseMs"');
  return options.maxPauseMs === undefined ? null : toDurationMs(options.maxPauseMs, 'options.maxPauseMs');
}

/** A stretch of a ticket in which a metric's pause clause holds: a `pause` event or a pausing status (not a stop). */
interface PauseStretch {
  readonly start: number;
  /** The resume, or `now` when still paused. */
  readonly end: number;
  /** Index of the event that began it, and of the one that ended it (`null`: still paused at `now`). */
  readonly begin: number;
  readonly finish: number | null;
}

/** A flagged part of a stretch, before it is clipped to a cycle. */
interface Flag {
  readonly kind: PauseFindingKind;
  readonly reasons: PauseFinding['reasons'];
  readonly start: number;
  readonly end: number;
  readonly events: readonly number[];
  readonly why: string;
}

/**
 * The pause audit of a validated ticket under a policy (see
 * {@link TicketClock.auditPauses}). @internal
 */
export function auditParsed(policy: TicketPolicy, ticket: ParsedTicket, now: number, maxPauseMs: number | null): PauseAudit {
  const findings: PauseFinding[] = [];
  const removedMs: Partial<Record<MetricKind, number>> = {};
  for (const kind of policy.metrics) {
    const metric = policy.metric(kind) as ResolvedMetric;
    const cycles = metricCycles(ticket, metric, now);
    if (cycles === null) continue;
    const flags = pauseStretches(ticket, metric.statuses, now).map((stretch) => ({ stretch, flags: flagsOf(ticket, metric.statuses, stretch, maxPauseMs) }));
    if (flags.every((entry) => entry.flags.length === 0)) continue;
    let removed = 0;
    cycles.forEach((cycle, index) => {
      const timeline = new ClockTimeline(cycle, metric.policy, now);
      const [from, to] = [cycle.openedAt, timeline.stop];
      let union = IntervalSet.empty();
      for (const { stretch, flags: own } of flags) {
        const start = Math.max(stretch.start, from);
        const end = Math.min(stretch.end, to);
        if (start >= end) continue;
        const pauseMs = businessTime(timeline, start, end);
        for (const flag of own) {
          const flaggedStart = Math.max(flag.start, start);
          const flaggedEnd = Math.min(flag.end, end);
          if (flaggedStart >= flaggedEnd) continue;
          union = union.union(IntervalSet.fromSortedBounds([flaggedStart, flaggedEnd]));
          findings.push({
            metric: kind,
            cycle: index,
            kind: flag.kind,
            reasons: flag.reasons,
            pause: { start, end, ongoing: stretch.finish === null && end === now },
            flagged: { start: flaggedStart, end: flaggedEnd },
            pauseMs,
            removedMs: businessTime(timeline, flaggedStart, flaggedEnd),
            events: flag.events,
            explanation: flag.why,
          });
        }
      }
      for (const { start, end } of union) removed += businessTime(timeline, start, end);
    });
    if (findings.some((finding) => finding.metric === kind)) removedMs[kind] = removed;
  }
  return { id: ticket.id, now, findings, removedMs };
}

/**
 * The stretches of a ticket known at `now` in which a metric's clock is
 * paused by its pause clause: from a `pause` event or the entry into a
 * pausing status, until neither holds; time in a stop status is no pause
 * (the ticket is solved), and cuts a stretch.
 */
function pauseStretches(ticket: ParsedTicket, statuses: ReadonlyMap<string, StatusEffect>, now: number): PauseStretch[] {
  const stretches: PauseStretch[] = [];
  let byEvent = false;
  let effect: StatusEffect = 'run';
  let open: { start: number; begin: number } | null = null;
  for (const event of ticket.events) {
    if (event.at > now) break;
    if (event.type === 'pause') byEvent = true;
    else if (event.type === 'resume') byEvent = false;
    else if (event.type === 'status') effect = statuses.get(event.value as string) ?? 'run';
    else continue;
    const paused = effect !== 'stop' && (byEvent || effect === 'pause');
    if (paused && open === null) open = { start: event.at, begin: event.index };
    else if (!paused && open !== null) {
      if (event.at > open.start) stretches.push({ start: open.start, end: event.at, begin: open.begin, finish: event.index });
      open = null;
    }
  }
  if (open !== null && now > open.start) stretches.push({ start: open.start, end: now, begin: open.begin, finish: null });
  return stretches;
}

/** The flagged parts of one pause stretch, each with its kind, its events and why. */
function flagsOf(ticket: ParsedTicket, statuses: ReadonlyMap<string, StatusEffect>, stretch: PauseStretch, maxPauseMs: number | null): Flag[] {
  const events = ticket.events;
  const { start, end, begin, finish } = stretch;
  const ends = finish === null ? [begin] : [begin, finish];
  const inside = events.filter((event) => event.index > begin && event.at < end && (finish === null || event.index < finish));
  const flags: Flag[] = [];
  // Waiting on the agent: the customer spoke last, or a pause event while the status runs the clock.
  const lastWord = [...events.slice(0, begin)].reverse().find((event) => event.type === 'open' || event.type === 'respond' || event.type === 'message');
  const customerLast = lastWord !== undefined && (lastWord.type === 'open' || (lastWord.type === 'message' && lastWord.value === 'customer'));
  const status = [...events.slice(0, begin)].reverse().find((event) => event.type === 'status');
  const beganBy = events[begin] as ParsedEvent;
  const statusRuns = beganBy.type === 'pause' && status !== undefined && statuses.get(status.value as string) === 'run';
  if (customerLast || statusRuns) {
    const reply = customerLast ? inside.find(isAgentReply) : undefined;
    const leaves = statusRuns ? inside.find((event) => event.type === 'status' && statuses.get(event.value as string) !== 'run') : undefined;
    const until = Math.max(customerLast ? (reply?.at ?? end) : start, statusRuns ? (leaves?.at ?? end) : start);
    const reasons: ('customer-spoke-last' | 'status-runs')[] = [...(customerLast ? ['customer-spoke-last' as const] : []), ...(statusRuns ? ['status-runs' as const] : [])];
    const involved = [...(customerLast ? [(lastWord as ParsedEvent).index] : []), ...(statusRuns ? [(status as ParsedEvent).index] : []), begin, ...[reply, leaves].flatMap((e) => (e === undefined ? [] : [e.index]))];
    const why = [
      customerLast ? `${lastWord?.type === 'open' ? 'the ticket was opened' : 'the customer wrote'} (events[${lastWord?.index}]) and no agent replied before the pause (events[${begin}])${reply === undefined ? '' : `; the agent replied at events[${reply.index}]`}` : '',
      statusRuns ? `paused (events[${begin}]) while the status "${status?.value}" (events[${status?.index}]) runs the clock${leaves === undefined ? '' : `; the status changed at events[${leaves.index}]`}` : '',
    ].filter((text) => text !== '');
    if (until > start) flags.push({ kind: 'waiting-on-agent', reasons, start, end: until, events: sortedUnique([...involved, ...ends.slice(1)]), why: `waiting on the agent, not the customer: ${why.join('; ')}` });
  }
  // A customer message while paused, and the pause went on.
  const message = inside.find((event) => event.type === 'message' && event.value === 'customer');
  if (message !== undefined && message.at < end) {
    flags.push({ kind: 'customer-replied', reasons: [], start: message.at, end, events: sortedUnique([begin, message.index, ...ends.slice(1)]), why: `the customer wrote while paused (events[${message.index}]) and the pause went on${finish === null ? ' until now' : ` until events[${finish}]`}` });
  }
  // A pause longer than the limit.
  if (maxPauseMs !== null && end - start > maxPauseMs) {
    flags.push({ kind: 'too-long', reasons: [], start: start + maxPauseMs, end, events: sortedUnique(ends), why: `the pause (events[${begin}]) lasted ${end - start} ms${finish === null ? ' so far' : ''}, more than the limit of ${maxPauseMs} ms` });
  }
  return flags;
}

function isAgentReply(event: ParsedEvent): boolean {
  return event.type === 'respond' || (event.type === 'message' && event.value === 'agent');
}

function sortedUnique(indices: readonly number[]): number[] {
  return [...new Set(indices)].sort((a, b) => a - b);
}

/** Business ms in `[start, end)` on a cycle's calendars: each phase's target calendar over its part (one phase unless `from-change`). */
function businessTime(timeline: ClockTimeline, start: number, end: number): number {
  const phases = timeline.phases;
  let total = 0;
  for (let p = 0; p < phases.length; p++) {
    const phase = phases[p] as (typeof phases)[number];
    const from = Math.max(start, p === 0 ? Number.NEGATIVE_INFINITY : phase.from);
    const to = Math.min(end, phases[p + 1]?.from ?? Number.POSITIVE_INFINITY);
    if (from < to) total += phase.target.calendar.elapsed(from, to);
  }
  return total;
}
