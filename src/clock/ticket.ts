import { SlaEventError, SlaInputError } from '../errors.js';
import { checkKnownKeys } from '../ids.js';
import { type InstantInput, formatInstant, isInstantMs, toInstant } from '../time/instant.js';

/**
 * One event of a ticket's life, as far as its response clock cares:
 * - `open` starts the clock (first event, exactly once; its optional
 *   `priority` must agree with the ticket's);
 * - `pause` / `resume` stop and restart counting (e.g. waiting for the
 *   customer); time in between never counts;
 * - `respond` is the stop event (first reply, first diagnosis); nothing may
 *   follow it;
 * - `reprioritise` changes the priority (see {@link Reprioritisation});
 * - `status` (a helpdesk's status change, e.g. `pending`, `solved`) and
 *   `message` (a public message by the `customer` or an `agent`) drive the
 *   clocks of a {@link TicketClock} through its policy's status maps; a
 *   {@link ResponseTimeClock} refuses them. Under a `TicketClock` a
 *   `respond` is an agent reply and events may follow it.
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
  | { readonly type: 'reprioritise'; readonly at: InstantInput; readonly priority: string }
  | { readonly type: 'status'; readonly at: InstantInput; readonly status: string }
  | { readonly type: 'message'; readonly at: InstantInput; readonly author: MessageAuthor };

/**
 * Who wrote a ticket's public message: the `customer` (the requester, or
 * anyone on their side) or an `agent` of the provider.
 *
 * @example
 * ```ts
 * const author: MessageAuthor = 'agent';
 * ```
 */
export type MessageAuthor = 'customer' | 'agent';

/** The authors a `message` event accepts. @internal */
export const MESSAGE_AUTHORS: readonly MessageAuthor[] = ['customer', 'agent'];

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
  /** Set on `status` (the status) and `message` (the author). */
  readonly value?: string;
}

/** A validated ticket. @internal */
export interface ParsedTicket {
  readonly id: string;
  readonly openedAt: number;
  /** `open` first; the priority of events[0] is the opening priority. */
  readonly events: readonly ParsedEvent[];
}

/** The event types of a {@link ResponseTimeClock}. */
const EVENT_TYPES: readonly TicketEvent['type'][] = ['open', 'pause', 'resume', 'respond', 'reprioritise'];
/** The event types of a {@link TicketClock}: also the helpdesk's `status` and `message`. */
const HELPDESK_EVENT_TYPES: readonly TicketEvent['type'][] = [...EVENT_TYPES, 'status', 'message'];

/**
 * What the event parser asks of a policy: its priorities.
 * @internal
 */
export interface PriorityBook {
  has(priority: string): boolean;
  describePriorities(): string;
}

/**
 * What the event parser asks of a policy that reads helpdesk events:
 * whether a status is one it maps (or lets run).
 * @internal
 */
export interface StatusBook {
  statusKnown(status: string): boolean;
  describeStatuses(): string;
}

/**
 * Validate a ticket of either form against the policy. Throws
 * {@link SlaInputError} on a malformed ticket and {@link SlaEventError}
 * (ticket id, event index, event, expectation) on inconsistent events.
 * @internal
 */
export function parseTicket(input: TicketInput, policy: PriorityBook): ParsedTicket {
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
export function readSimpleTicket(input: TicketInput, policy: PriorityBook, into: SimpleFields): boolean {
  const id = checkTicketShape(input, 'ticket', TICKET_KEYS);
  into.id = id;
  if ((input as Ticket).events !== undefined) return false;
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

/** The keys of a {@link TicketInput}. @internal */
export const TICKET_KEYS: ReadonlySet<string> = new Set(['id', 'priority', 'events', 'openedAt', 'respondedAt']);

/**
 * Check the form of a ticket and return its id: an object (else an
 * {@link SlaInputError} naming `field`) with a non-empty string `id`
 * (`<field>.id`), no key outside `known` (`ticket <id>.<key>`: a misspelled
 * `respondAt` would leave the ticket open), `events` an array when given
 * (`ticket <id>.events`), and not both forms: events and
 * `openedAt`/`respondedAt` (the open event is the opening). Allocates
 * nothing on a well-formed ticket.
 * @internal
 */
export function checkTicketShape(input: unknown, field: string, known: ReadonlySet<string>): string {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new SlaInputError(field, input, 'a ticket { id, priority, events } or { id, priority, openedAt, respondedAt? }');
  const ticket = input as { readonly id?: unknown; readonly events?: unknown; readonly openedAt?: unknown; readonly respondedAt?: unknown };
  const id = ticket.id;
  if (typeof id !== 'string' || id.length === 0) throw new SlaInputError(`${field}.id`, id, 'a non-empty string');
  checkKnownKeys(input, known, `ticket ${id}`);
  const events = ticket.events;
  if (events === undefined) return id;
  if (!Array.isArray(events)) throw new SlaInputError(`ticket ${id}.events`, events, 'an array of events { type, at, … }, "open" first');
  if (ticket.openedAt !== undefined || (ticket.respondedAt !== undefined && ticket.respondedAt !== null)) {
    throw new SlaInputError(`ticket ${id}`, input, 'either events or openedAt/respondedAt, not both (the "open" event is the opening, a "respond" or an agent message the response)');
  }
  return id;
}

/** An instant of ticket `id`; the field name `ticket <id>.<name>` is built only for an error. */
function ticketInstant(value: InstantInput, id: string, name: string): number {
  return isInstantMs(value) ? value + 0 : toInstant(value, `ticket ${id}.${name}`);
}

function openingPriority(id: string, priority: unknown, policy: PriorityBook): string {
  if (typeof priority !== 'string' || !policy.has(priority)) throw new SlaInputError(`ticket ${id}.priority`, priority, `a priority of the policy: ${policy.describePriorities()}`);
  return priority;
}

/**
 * Validate the events of an event-form ticket whose id `id` is already
 * checked (see {@link readSimpleTicket}). With `helpdesk` (a
 * {@link TicketClock}'s policy) `status` and `message` events are read too,
 * and a `respond` (an agent reply) may be followed by more events; without
 * it nothing may follow a `respond`.
 * @internal
 */
export function parseTicketEvents(id: string, ticket: Ticket, policy: PriorityBook, helpdesk: StatusBook | null = null): ParsedTicket {
  const events = ticket.events;
  if (!Array.isArray(events) || events.length === 0) throw new SlaInputError(`ticket ${id}.events`, events, 'a non-empty array of events, "open" first');
  const types = helpdesk === null ? EVENT_TYPES : HELPDESK_EVENT_TYPES;
  const parsed: ParsedEvent[] = [];
  let pausedBy = -1;
  let respondedBy = -1;
  let previous = Number.NEGATIVE_INFINITY;
  events.forEach((event: TicketEvent, index) => {
    const fail = (expected: string, field: string | null = null): never => {
      throw new SlaEventError(id, index, event, expected, field);
    };
    if (event === null || typeof event !== 'object') fail(`an event { type, at } with type ${types.map((t) => `"${t}"`).join(', ')}`);
    if (!types.includes(event.type)) fail(`one of ${types.map((t) => `"${t}"`).join(', ')}`, 'type');
    let at = 0;
    try {
      at = toInstant(event.at, 'at');
    } catch (error) {
      if (!(error instanceof SlaInputError)) throw error;
      fail(`"at": ${error.expected}`, 'at');
    }
    const type = event.type;
    if (index === 0 && type !== 'open') fail(`the first event to be "open" (a "${type}" before the open)`, 'type');
    if (index > 0 && type === 'open') fail('a single "open" event (events[0] opened the ticket)', 'type');
    if (respondedBy >= 0) fail(`no event after the "respond" of events[${respondedBy}] (the clock stopped there)`);
    if (index > 0 && at < previous) {
      const opened = parsed[0]?.at ?? previous;
      if (at < opened) fail(`a "${type}" at or after the open at ${formatInstant(opened)} (a ${type} before open)`, 'at');
      fail(`events in chronological order: at or after ${formatInstant(previous)} (events[${index - 1}])`, 'at');
    }
    let priority: string | undefined;
    let value: string | undefined;
    switch (type) {
      case 'open': {
        const own = (event as { priority?: unknown }).priority;
        if (own !== undefined && (typeof own !== 'string' || !policy.has(own))) fail(`a priority of the policy: ${policy.describePriorities()}`, 'priority');
        if (own !== undefined && ticket.priority !== undefined && own !== ticket.priority) fail(`the same priority as the ticket ("${ticket.priority}")`, 'priority');
        priority = openingPriority(id, ticket.priority ?? own, policy);
        break;
      }
      case 'pause':
        if (pausedBy >= 0) fail(`no "pause" while paused (paused by events[${pausedBy}])`, 'type');
        pausedBy = index;
        break;
      case 'resume':
        if (pausedBy < 0) fail('a "resume" only while paused (no "pause" before it)', 'type');
        pausedBy = -1;
        break;
      case 'respond':
        if (helpdesk === null) respondedBy = index;
        break;
      case 'reprioritise': {
        const next = (event as { priority?: unknown }).priority;
        if (typeof next !== 'string' || !policy.has(next)) fail(`a priority of the policy: ${policy.describePriorities()}`, 'priority');
        priority = next as string;
        break;
      }
      case 'status': {
        const status = (event as { status?: unknown }).status;
        if (typeof status !== 'string' || status === '') fail('a status name, a non-empty string', 'status');
        if (!(helpdesk as StatusBook).statusKnown(status as string)) fail((helpdesk as StatusBook).describeStatuses(), 'status');
        value = status as string;
        break;
      }
      case 'message': {
        const author = (event as { author?: unknown }).author;
        if (!MESSAGE_AUTHORS.includes(author as MessageAuthor)) fail(`the author ${MESSAGE_AUTHORS.map((a) => `"${a}"`).join(' or ')}`, 'author');
        value = author as string;
        break;
      }
    }
    previous = at;
    parsed.push(value === undefined ? { type, at, priority, index } : { type, at, priority, index, value });
  });
  return { id, openedAt: (parsed[0] as ParsedEvent).at, events: parsed };
}

/**
 * `tickets` itself when it is iterable; otherwise throws {@link SlaInputError}.
 * @internal
 */
export function ticketIterable(tickets: Iterable<TicketInput>): Iterable<TicketInput> {
  if (tickets === null || typeof tickets !== 'object' || typeof (tickets as Iterable<TicketInput>)[Symbol.iterator] !== 'function') {
    throw new SlaInputError('tickets', tickets, 'an iterable of tickets');
  }
  return tickets;
}

/**
 * Refuse a `now` before the opening of ticket `id`.
 * @internal
 */
export function checkNow(now: number, id: string, openedAt: number): void {
  if (now < openedAt) throw new SlaInputError('now', formatInstant(now), `an instant at or after the opening of ticket ${id} (${formatInstant(openedAt)})`);
}
