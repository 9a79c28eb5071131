import type { ResolvedMetric, StatusEffect } from './ticket-policy.js';
import type { ParsedEvent, ParsedTicket } from './ticket.js';

/**
 * One metric's cycles of a ticket as known at `now`, each written as a
 * ticket of its own in the events a {@link ClockTimeline} reads: `open` at
 * the cycle's start (with the priority then in force), `pause` / `resume`
 * where the clock stops and restarts counting (a `pause` event, a pausing
 * status, for `resolution` a stop status the ticket was reopened from),
 * `reprioritise`, and `respond` where the cycle stops. Each event keeps the
 * index of the ticket's event that caused it, so explanations name the
 * ticket's own events.
 *
 * Returns `null` when the metric does not apply: it has no target for a
 * priority the ticket has had by `now`. Events after `now` are not known.
 * See {@link MetricKind} for when each metric's cycles start and stop.
 * @internal
 */
export function metricCycles(ticket: ParsedTicket, metric: ResolvedMetric, now: number): ParsedTicket[] | null {
  const { kind, policy, statuses } = metric;
  const events = ticket.events;
  const cycles: ParsedTicket[] = [];
  let cycle: ParsedEvent[] | null = null;
  /** Whether the open cycle's last pause/resume paused it. */
  let cyclePaused = false;
  let priority = (events[0] as ParsedEvent).priority as string;
  let pausedByEvent = false;
  let effect: StatusEffect = 'run';
  /** The status event the ticket entered its current stop status with. */
  let stoppedBy: ParsedEvent | null = null;
  let replied = false;
  const start = (event: ParsedEvent): void => {
    cycle = [{ type: 'open', at: event.at, priority, index: event.index }];
    cyclePaused = false;
    cycles.push({ id: ticket.id, openedAt: event.at, events: cycle });
  };
  const stop = (event: ParsedEvent): void => {
    (cycle as ParsedEvent[]).push({ type: 'respond', at: event.at, priority: undefined, index: event.index });
    cycle = null;
  };
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as ParsedEvent;
    if (event.at > now) break;
    const agentReply = event.type === 'respond' || (event.type === 'message' && event.value === 'agent');
    const wasStopped = effect === 'stop';
    switch (event.type) {
      case 'open':
        if (!policy.has(priority)) return null;
        if (kind === 'firstResponse' || kind === 'resolution') start(event);
        break;
      case 'pause':
        pausedByEvent = true;
        break;
      case 'resume':
        pausedByEvent = false;
        break;
      case 'reprioritise':
        priority = event.priority as string;
        if (!policy.has(priority)) return null;
        if (cycle !== null) (cycle as ParsedEvent[]).push(event);
        break;
      case 'status':
        effect = statuses.get(event.value as string) ?? 'run';
        if (effect === 'stop' && !wasStopped) stoppedBy = event;
        if (effect !== 'stop') stoppedBy = null;
        break;
      default:
        break;
    }
    // Where cycles stop and start.
    if (kind !== 'resolution' && cycle !== null && (agentReply || (effect === 'stop' && !wasStopped))) stop(event);
    if (kind === 'nextReply' && cycle === null && replied && effect !== 'stop' && event.type === 'message' && event.value === 'customer') start(event);
    if (kind === 'periodicUpdate' && cycle === null && effect !== 'stop' && (agentReply || (replied && wasStopped && event.type === 'status'))) start(event);
    if (agentReply) replied = true;
    if (kind === 'firstResponse' && cycles.length > 0 && cycle === null) break;
    // Whether the open cycle counts from here.
    if (cycle !== null) {
      const paused = pausedByEvent || effect === 'pause' || effect === 'stop';
      if (paused !== cyclePaused) (cycle as ParsedEvent[]).push({ type: paused ? 'pause' : 'resume', at: event.at, priority: undefined, index: event.index });
      cyclePaused = paused;
    }
  }
  // A resolution whose ticket is in a stop status at `now` stopped when it entered it: what the cycle
  // lists from then on (the pause there, a later reprioritisation) gives way to the stop.
  if (kind === 'resolution' && stoppedBy !== null && cycle !== null) {
    const open = cycle as ParsedEvent[];
    const entered = (stoppedBy as ParsedEvent).index;
    while ((open[open.length - 1] as ParsedEvent).index >= entered) open.pop();
    stop(stoppedBy);
  }
  return cycles;
}
