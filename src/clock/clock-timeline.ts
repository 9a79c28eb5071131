import { type ResolvedResponseTarget, type ResponsePolicy, targetMsFrom } from './response-policy.js';
import type { ParsedEvent, ParsedTicket } from './ticket.js';

/**
 * A stretch of the clock measured on one priority's target and calendar:
 * from `from` to the next phase's `from` (or forever). Under
 * `recompute-from-open` there is one phase, the current priority from the
 * opening; under `from-change` one per priority in force.
 * @internal
 */
export interface ClockPhase {
  readonly from: number;
  readonly target: ResolvedResponseTarget;
}

/**
 * A ticket's clock as known at `now`: events after `now` are not known yet
 * and are ignored. Everything is epoch ms; the calendars answer `elapsed`
 * and `due` by binary search, so building and querying a timeline never
 * touches local time. Each running stretch is measured once.
 * @internal
 */
export class ClockTimeline {
  readonly ticket: ParsedTicket;
  readonly now: number;
  /** Index of the last event known at `now`. */
  readonly lastKnown: number;
  readonly respondedAt: number | null;
  /** Where counting stopped: the response, or `now`. */
  readonly stop: number;
  /** Whether the clock was paused at `stop`. */
  readonly pausedAtStop: boolean;
  /** Flat bounds `[s0, e0, s1, e1, …]` of the running stretches inside `[openedAt, stop)`, ascending. */
  readonly running: readonly number[];
  /** Ascending by `from`; `phases[0].from` is the opening. */
  readonly phases: readonly ClockPhase[];
  /** The target of the priority in force at `stop` (the last phase's). */
  readonly target: ResolvedResponseTarget;
  /** That target in business ms for this ticket: a rule target resolved from the opening. */
  readonly targetMs: number;
  /** Business ms counted before the last phase (carried over under `from-change`). */
  readonly carried: number;
  /** Business ms counted in `[openedAt, stop)`. */
  readonly elapsed: number;
  /** Business ms of each running stretch inside the last phase: `parts[k]` for `running[2k], running[2k+1]`. */
  readonly #parts: readonly number[];

  constructor(ticket: ParsedTicket, policy: ResponsePolicy, now: number) {
    const events = ticket.events;
    const opening = policy.target((events[0] as ParsedEvent).priority as string);
    const running: number[] = [];
    const fromChange = policy.reprioritisation === 'from-change';
    const phases: ClockPhase[] = [{ from: ticket.openedAt, target: opening }];
    let target = opening;
    let runStart = ticket.openedAt;
    let paused = false;
    let respondedAt: number | null = null;
    let lastKnown = 0;
    for (let i = 1; i < events.length; i++) {
      const event = events[i] as ParsedEvent;
      if (event.at > now) break;
      lastKnown = i;
      if (event.type === 'pause') {
        if (event.at > runStart) running.push(runStart, event.at);
        paused = true;
      } else if (event.type === 'resume') {
        runStart = event.at;
        paused = false;
      } else if (event.type === 'respond') {
        respondedAt = event.at;
      } else if (event.type === 'reprioritise') {
        target = policy.target(event.priority as string);
        if (fromChange) phases.push({ from: event.at, target });
      }
    }
    const stop = respondedAt ?? now;
    if (!paused && stop > runStart) running.push(runStart, stop);
    if (!fromChange) phases[0] = { from: ticket.openedAt, target };
    this.ticket = ticket;
    this.now = now;
    this.lastKnown = lastKnown;
    this.respondedAt = respondedAt;
    this.stop = stop;
    this.pausedAtStop = paused;
    this.running = running;
    this.phases = phases;
    this.target = target;
    this.targetMs = targetMsFrom(target, ticket.openedAt);
    this.carried = phases.length === 1 ? 0 : countedBefore(running, phases, (phases[phases.length - 1] as ClockPhase).from);
    const floor = (phases[phases.length - 1] as ClockPhase).from;
    const calendar = target.calendar;
    const parts: number[] = [];
    let elapsed = this.carried;
    for (let i = 0; i < running.length; i += 2) {
      const end = running[i + 1] as number;
      const part = end <= floor ? 0 : calendar.elapsed(Math.max(running[i] as number, floor), end);
      parts.push(part);
      elapsed += part;
    }
    this.#parts = parts;
    this.elapsed = elapsed;
  }

  /**
   * The earliest instant, at or after the start of the last phase, at which
   * the counted business time reaches `amount` ms — with the clock running on
   * after `stop` (resumed there if it was paused).
   */
  instantReaching(amount: number): number {
    const { running, phases, stop } = this;
    const floor = (phases[phases.length - 1] as ClockPhase).from;
    const calendar = this.target.calendar;
    let counted = this.carried;
    if (counted >= amount) return floor;
    const parts = this.#parts;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k] as number;
      if (counted + part >= amount) return calendar.due(Math.max(running[2 * k] as number, floor), amount - counted);
      counted += part;
    }
    return calendar.due(Math.max(stop, floor), amount - counted);
  }
}

/** Business ms counted in the running stretches before `until`, each phase on its own calendar. */
function countedBefore(running: readonly number[], phases: readonly ClockPhase[], until: number): number {
  let total = 0;
  for (let p = 0; p < phases.length; p++) {
    const phase = phases[p] as ClockPhase;
    const phaseEnd = Math.min(until, phases[p + 1]?.from ?? Number.POSITIVE_INFINITY);
    const calendar = phase.target.calendar;
    for (let i = 0; i < running.length; i += 2) {
      const start = Math.max(running[i] as number, phase.from);
      const end = Math.min(running[i + 1] as number, phaseEnd);
      if (start < end) total += calendar.elapsed(start, end);
    }
  }
  return total;
}
