import { SlaEventError, SlaInputError } from '../errors.js';
import { type InstantInput, formatInstant, isInstantMs, toInstant } from '../time/instant.js';
import type { ResponsePolicy } from './response-policy.js';

/**
 * One event of a ticket's life, as far as its response clock cares:
 * - `open` starts the clock (first event, exactly once; its optional
 *   `priority` must agree with the ticket's);
 * - `pause` / `resume` stop and restart counting (e.g. waiting for the
 *   customer); time in between never counts;
 * - `respond` is the stop event (first reply, first diagnosis); nothing may
 *   follow it;
 * - `reprioritise` changes the priority (see {@link Reprioritisation}).
 *
 * Instants are absolute: epoch ms, `Date`, or ISO 8601 with offset or `Z`.
 *
 * @example
 * ```ts
 * const events: TicketEvent[] = [
 *   { type: 'open', at: '2026-05-29T14:00:00+02:00' },
 *   { type: 'pause', at: '2026-05-29T16:00:00+02:00' },
 *   { type: 'resume', at: '2026-06-01T10:00:00+02:00' },
 *   { type: 'respond', at: '2026-06-01T11:00:00+02:00' },
 * ];
 * ```
 */
export type TicketEvent =
  | { readonly type: 'open'; readonly at: InstantInput; readonly priority?: string }
  | { readonly type: 'pause'; readonly at: InstantInput }
  | { readonly type: 'resume'; readonly at: InstantInput }
  | { readonly type: 'respond'; readonly at: InstantInput }
  | { readonly type: 'reprioritise'; readonly at: InstantInput; readonly priority: string };

/**
 * A ticket as a list of events in chronological order (equal instants
 * allowed, in list order).
 *
 * @example
 * ```ts
 * const ticket: Ticket = {
 *   id: 'T-1',
 *   priority: 'critical', // the priority at opening
 *   events: [{ type: 'open', at: '2026-06-01T08:00:00+02:00' }],
 * };
 * ```
 */
export interface Ticket {
  /** The ticket's id, named in every error about it. */
  readonly id: string;
  /** The priority at opening (a `reprioritise` event changes it later). */
  readonly priority: string;
  /** The events, `open` first. */
  readonly events: readonly TicketEvent[];
}

/**
 * The shortcut form of a ticket without pauses or reprioritisation: opened,
 * and perhaps responded.
 *
 * @example
 * ```ts
 * const ticket: SimpleTicket = {
 *   id: 'T-2',
 *   priority: 'other',
 *   openedAt: '2026-06-03T09:00:00+02:00',
 *   respondedAt: '2026-06-05T10:00:00+02:00',
 * };
 * ```
 */
export interface SimpleTicket {
  readonly id: string;
  readonly priority: string;
  readonly openedAt: InstantInput;
  /** The first response, when there was one. */
  readonly respondedAt?: InstantInput | null;
}

/**
 * What the clock accepts for a ticket: the event form or the shortcut form.
 *
 * @example
 * ```ts
 * const tickets: TicketInput[] = [
 *   { id: 'T-1', priority: 'critical', events: [{ type: 'open', at: 0 }] },
 *   { id: 'T-2', priority: 'other', openedAt: 0 },
 * ];
 * ```
 */
export type TicketInput = Ticket | SimpleTicket;

/** An event once validated: instant in epoch ms. @internal */
export interface ParsedEvent {
  readonly type: TicketEvent['type'];
  readonly at: number;
  /** Set on `open` (the opening priority) and `reprioritise`. */
  readonly priority: string | undefined;
  /** Index in the ticket's event list (the shortcut form numbers open 0, respond 1). */
  readonly index: number;
}

/** A validated ticket. @internal */
export interface ParsedTicket {
  readonly id: string;
  readonly openedAt: number;
  /** `open` first; the priority of events[0] is the opening priority. */
  readonly events: readonly ParsedEvent[];
}

const EVENT_TYPES: readonly TicketEvent['type'][] = ['open', 'pause', 'resume', 'respond', 'reprioritise'];

/**
 * Validate a ticket of either form against the policy. Throws
 * {@link SlaInputError} on a malformed ticket and {@link SlaEventError}
 * (ticket id, event index, event, expectation) on inconsistent events.
 * @internal
 */
export function parseTicket(input: TicketInput, policy: ResponsePolicy): ParsedTicket {
  const simple: SimpleFields = { id: '', priority: '', openedAt: 0, respondedAt: null };
  if (!readSimpleTicket(input, policy, simple)) return parseTicketEvents(simple.id, input as Ticket, policy);
  const { id, priority, openedAt, respondedAt } = simple;
  const open: ParsedEvent = { type: 'open', at: openedAt, priority, index: 0 };
  if (respondedAt === null) return { id, openedAt, events: [open] };
  return { id, openedAt, events: [open, { type: 'respond', at: respondedAt, priority: undefined, index: 1 }] };
}

/**
 * A shortcut ticket once validated, written into a record the caller owns
 * and reuses: a batch reads a million shortcut tickets without allocating.
 * @internal
 */
export interface SimpleFields {
  id: string;
  priority: string;
  openedAt: number;
  respondedAt: number | null;
}

/**
 * Validate the id and the form of `input`; for a shortcut ticket also its
 * priority and instants, into `into`, and return `true`. For the event form
 * write only `into.id` and return `false`: then {@link parseTicketEvents}
 * reads the events. Throws what {@link parseTicket} throws.
 * @internal
 */
export function readSimpleTicket(input: TicketInput, policy: ResponsePolicy, into: SimpleFields): boolean {
  if (input === null || typeof input !== 'object') throw new SlaInputError('ticket', input, 'a ticket { id, priority, events } or { id, priority, openedAt, respondedAt? }');
  const id = input.id;
  if (typeof id !== 'string' || id.length === 0) throw new SlaInputError('ticket.id', id, 'a non-empty string');
  into.id = id;
  const hasEvents = 'events' in input && input.events !== undefined;
  if (hasEvents && 'openedAt' in input && input.openedAt !== undefined) {
    throw new SlaInputError(`ticket ${id}`, input, 'either events or openedAt/respondedAt, not both');
  }
  if (hasEvents) return false;
  const ticket = input as SimpleTicket;
  const priority = openingPriority(id, ticket.priority, policy);
  const openedAt = ticketInstant(ticket.openedAt, id, 'openedAt');
  let respondedAt: number | null = null;
  if (ticket.respondedAt !== undefined && ticket.respondedAt !== null) {
    respondedAt = ticketInstant(ticket.respondedAt, id, 'respondedAt');
    if (respondedAt < openedAt) {
      throw new SlaInputError(`ticket ${id}.respondedAt`, ticket.respondedAt, `an instant at or after openedAt ${formatInstant(openedAt)} (a respond before open)`);
    }
  }
  into.priority = priority;
  into.openedAt = openedAt;
  into.respondedAt = respondedAt;
  return true;
}

/** An instant of ticket `id`; the field name `ticket <id>.<name>` is built only for an error. */
function ticketInstant(value: InstantInput, id: string, name: string): number {
  return isInstantMs(value) ? value + 0 : toInstant(value, `ticket ${id}.${name}`);
}

function openingPriority(id: string, priority: unknown, policy: ResponsePolicy): string {
  if (typeof priority !== 'string' || !policy.has(priority)) throw new SlaInputError(`ticket ${id}.priority`, priority, `a priority of the policy: ${policy.describePriorities()}`);
  return priority;
}

/**
 * Validate the events of an event-form ticket whose id `id` is already
 * checked (see {@link readSimpleTicket}).
 * @internal
 */
export function parseTicketEvents(id: string, ticket: Ticket, policy: ResponsePolicy): ParsedTicket {
  const events = ticket.events;
  if (!Array.isArray(events) || events.length === 0) throw new SlaInputError(`ticket ${id}.events`, events, 'a non-empty array of events, "open" first');
  const parsed: ParsedEvent[] = [];
  let pausedBy = -1;
  let respondedBy = -1;
  let previous = Number.NEGATIVE_INFINITY;
  events.forEach((event: TicketEvent, index) => {
    const fail = (expected: string): never => {
      throw new SlaEventError(id, index, event, expected);
    };
    if (event === null || typeof event !== 'object' || !EVENT_TYPES.includes(event.type)) {
      fail(`an event { type, at } with type ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}`);
    }
    let at = 0;
    try {
      at = toInstant(event.at, 'at');
    } catch (error) {
      if (!(error instanceof SlaInputError)) throw error;
      fail(`"at": ${error.expected}`);
    }
    const type = event.type;
    if (index === 0 && type !== 'open') fail(`the first event to be "open" (a "${type}" before the open)`);
    if (index > 0 && type === 'open') fail('a single "open" event (events[0] opened the ticket)');
    if (respondedBy >= 0) fail(`no event after the "respond" of events[${respondedBy}] (the clock stopped there)`);
    if (index > 0 && at < previous) {
      const opened = parsed[0]?.at ?? previous;
      if (type === 'respond' && at < opened) fail(`a "respond" at or after the open at ${formatInstant(opened)} (a respond before open)`);
      fail(`events in chronological order: at or after ${formatInstant(previous)} (events[${index - 1}])`);
    }
    let priority: string | undefined;
    switch (type) {
      case 'open': {
        const own = (event as { priority?: unknown }).priority;
        if (own !== undefined && (typeof own !== 'string' || !policy.has(own))) fail(`a priority of the policy: ${policy.describePriorities()}`);
        if (own !== undefined && ticket.priority !== undefined && own !== ticket.priority) fail(`the same priority as the ticket ("${ticket.priority}")`);
        priority = openingPriority(id, ticket.priority ?? own, policy);
        break;
      }
      case 'pause':
        if (pausedBy >= 0) fail(`no "pause" while paused (paused by events[${pausedBy}])`);
        pausedBy = index;
        break;
      case 'resume':
        if (pausedBy < 0) fail('a "resume" only while paused (no "pause" before it)');
        pausedBy = -1;
        break;
      case 'respond':
        respondedBy = index;
        break;
      case 'reprioritise': {
        const next = (event as { priority?: unknown }).priority;
        if (typeof next !== 'string' || !policy.has(next)) fail(`a priority of the policy: ${policy.describePriorities()}`);
        priority = next as string;
        break;
      }
    }
    previous = at;
    parsed.push({ type, at, priority, index });
  });
  return { id, openedAt: (parsed[0] as ParsedEvent).at, events: parsed };
}
