import type { TicketEvent } from '../../clock/index.js';
import { SlaError, SlaInputError } from '../../errors.js';
import { durationText } from '../../time/duration-text.js';
import { formatInstant } from '../../time/instant.js';
import { TimeZone } from '../../time/zone.js';
import type { Contract, ContractTicket, ContractTicketStatus } from '../contract.js';
import { ALL_DAY, type OtherReading, PAUSES_RUN, WITHOUT_HOLIDAYS, hoursOf, inCalendarTime, inZone, readOtherwise, reopened } from './other-readings.js';

/**
 * The causes a difference with the helpdesk is put down to, in the order
 * they are tried: the first reading that reproduces the helpdesk's values
 * is the cause; `unexplained` when none does.
 *
 * @example
 * ```ts
 * RECONCILE_CAUSES[0]; // "zone"
 * ```
 */
export const RECONCILE_CAUSES = ['zone', 'holiday', 'calendar', 'pause', 'target', 'version', 'unexplained'] as const;

/**
 * One of {@link RECONCILE_CAUSES}.
 *
 * @example
 * ```ts
 * const kind: ReconcileCauseKind = 'holiday';
 * ```
 */
export type ReconcileCauseKind = (typeof RECONCILE_CAUSES)[number];

/**
 * A ticket's first-response due instant (epoch ms) and whether it is
 * breached: missed (answered late, or open and overdue at `now`), whatever
 * the target's kind.
 *
 * @example
 * ```ts
 * const verdict: ReconcileVerdict = { dueAt: Date.parse('2026-07-06T15:30:00Z'), breached: false };
 * ```
 */
export interface ReconcileVerdict {
  readonly dueAt: number;
  readonly breached: boolean;
}

/**
 * A closed day slakit counts and the helpdesk, by the `holiday` cause, does
 * not: its local date and where it comes from (a holiday provider such as
 * `date-holidays:US`, or `closedDates`).
 *
 * @example
 * ```ts
 * const day: ReconcileHoliday = { date: '2026-07-03', source: 'date-holidays:US' };
 * ```
 */
export interface ReconcileHoliday {
  readonly date: string;
  readonly source: string;
}

interface CauseFields {
  /** What the helpdesk did differently, in words. */
  readonly reading: string;
  /** slakit's due and verdict recomputed under that reading: the helpdesk's values exactly. */
  readonly recomputed: ReconcileVerdict;
}

/**
 * Why the helpdesk's values differ from slakit's: the one reading that
 * reproduces them (see {@link reconcileTickets}), with its parameters.
 *
 * - `zone`: the calendars' hours read in `zone` (UTC, a zone given in
 *   `options.zones`, or — tried after every other cause — the whole-hour UTC offset that the difference points
 *   to, as `Etc/GMT+5`);
 * - `holiday`: the `holidays` slakit closes reopened (one of them, else all of the calendars' holidays);
 * - `calendar`: 24/7 calendar hours (`calendar: null`) or the hours of the contract's calendar `calendar`;
 * - `pause`: the ticket's pauses ignored (pause and resume events dropped, pausing statuses run);
 * - `target`: the target of another `priority`, or (`priority: null`) the target's `targetMs` counted in calendar time;
 * - `version`: the contract `version` in force at the other instant (`versionAt`);
 * - `unexplained`: no reading does (`recomputed: null`).
 *
 * @example
 * ```ts
 * const cause: ReconcileCause = { kind: 'zone', zone: 'UTC', reading: 'the calendar hours read in UTC, not America/New_York', recomputed: { dueAt: 0, breached: false } };
 * ```
 */
export type ReconcileCause =
  | (CauseFields & { readonly kind: 'zone'; readonly zone: string })
  | (CauseFields & { readonly kind: 'holiday'; readonly holidays: readonly ReconcileHoliday[] })
  | (CauseFields & { readonly kind: 'calendar'; readonly calendar: string | null })
  | (CauseFields & { readonly kind: 'pause' })
  | (CauseFields & { readonly kind: 'target'; readonly priority: string | null; readonly targetMs: number })
  | (CauseFields & { readonly kind: 'version'; readonly version: string; readonly versionAt: 'opened' | 'now' })
  | { readonly kind: 'unexplained'; readonly reading: string; readonly recomputed: null };

/** The helpdesk's values of a row; `null` where it gives none. @internal */
export interface HelpdeskValues {
  readonly dueAt: number | null;
  readonly breached: boolean | null;
}

/** A status's due and breach verdict. @internal */
export function verdictOf(status: ContractTicketStatus): ReconcileVerdict {
  return { dueAt: status.dueAt, breached: status.met === false };
}

/** Whether a verdict has every value the helpdesk gives. @internal */
export function reproduces(verdict: ReconcileVerdict, helpdesk: HelpdeskValues): boolean {
  return (helpdesk.dueAt === null || helpdesk.dueAt === verdict.dueAt) && (helpdesk.breached === null || helpdesk.breached === verdict.breached);
}

/**
 * The cause of a difference: the first candidate reading, in the order of
 * {@link RECONCILE_CAUSES}, whose recomputed verdict reproduces every value
 * the helpdesk gives; `unexplained` when none does.
 * @internal
 */
export function causeOf(context: ReconcileContext, slakit: ReconcileVerdict): ReconcileCause {
  for (const candidate of candidates(context)) {
    let recomputed: ContractTicketStatus;
    try {
      recomputed = candidate.judge();
    } catch (error) {
      if (error instanceof SlaError) continue;
      throw error;
    }
    const verdict = verdictOf(recomputed);
    if (reproduces(verdict, context.helpdesk)) return candidate.cause(verdict, recomputed);
  }
  return { kind: 'unexplained', reading: unexplained(slakit, context.helpdesk), recomputed: null };
}

function unexplained(slakit: ReconcileVerdict, helpdesk: HelpdeskValues): string {
  const parts: string[] = [];
  if (helpdesk.dueAt !== null && helpdesk.dueAt !== slakit.dueAt) parts.push(`helpdesk due ${formatInstant(helpdesk.dueAt)}, slakit due ${formatInstant(slakit.dueAt)} (${helpdesk.dueAt - slakit.dueAt} ms)`);
  if (helpdesk.breached !== null && helpdesk.breached !== slakit.breached) parts.push(`helpdesk ${helpdesk.breached ? 'breached' : 'not breached'}, slakit ${slakit.breached ? 'breached' : 'not breached'}`);
  return `no single cause reproduces the helpdesk's values: ${parts.join('; ')}`;
}

/** What a candidate reading needs: the ticket, slakit's judgement of it, the options and the helpdesk's values. @internal */
export interface ReconcileContext {
  readonly contract: Contract;
  readonly ticket: ContractTicket;
  readonly status: ContractTicketStatus;
  readonly now: number;
  readonly versionAt: 'opened' | 'now';
  readonly zones: readonly string[];
  readonly helpdesk: HelpdeskValues;
}

interface Candidate {
  readonly judge: () => ContractTicketStatus;
  readonly cause: (recomputed: ReconcileVerdict, status: ContractTicketStatus) => ReconcileCause;
}

/** The ticket judged by the contract read otherwise (a reading slakit refuses explains nothing). */
function judgeOtherwise(context: ReconcileContext, reading: OtherReading, ticket: ContractTicket = context.ticket): () => ContractTicketStatus {
  return () => {
    const other = readOtherwise(context.contract, reading);
    if (other === null) throw new SlaInputError('reading', reading.key, 'a reading slakit can define');
    return other.ticket(ticket, context.now, { versionAt: context.versionAt });
  };
}

/** Every reading to try, in the documented order. */
function* candidates(context: ReconcileContext): Generator<Candidate> {
  yield* zoneCandidates(context, 'named');
  yield* holidayCandidates(context);
  yield* calendarCandidates(context);
  yield* pauseCandidates(context);
  yield* targetCandidates(context);
  yield* versionCandidates(context);
  // A whole-hour offset read off the difference itself fits many differences (a P2 judged on the P3 target, opened
  // before the day's opening, is also "2 h later"): it is tried after every concrete cause.
  yield* zoneCandidates(context, 'inferred');
}

const HOUR = 3_600_000;

function* zoneCandidates(context: ReconcileContext, which: 'named' | 'inferred'): Generator<Candidate> {
  const { status, helpdesk } = context;
  const named = new Set(['UTC', ...context.zones]);
  const zones = which === 'named' ? named : new Set<string>();
  if (which === 'inferred' && helpdesk.dueAt !== null) {
    // Hours read at UTC offset o' instead of o move a due by o − o': the difference points to o' = o − difference.
    const calendarZone = TimeZone.of(status.zone);
    for (const at of [status.openedAt, status.dueAt]) {
      const offset = calendarZone.offsetMs(at) - (helpdesk.dueAt - status.dueAt);
      if (offset % HOUR === 0 && offset >= -12 * HOUR && offset <= 14 * HOUR) zones.add(offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset / HOUR)}`);
    }
  }
  zones.delete(status.zone);
  if (which === 'inferred') for (const zone of named) zones.delete(zone);
  for (const zone of zones) {
    yield {
      judge: judgeOtherwise(context, inZone(zone)),
      cause: (recomputed) => ({ kind: 'zone', zone, reading: `the calendar hours read in ${zone}, not ${status.zone}`, recomputed }),
    };
  }
}

/** The most holidays tried one by one. */
const MAX_SINGLE_HOLIDAYS = 20;

function* holidayCandidates(context: ReconcileContext): Generator<Candidate> {
  const { contract, status } = context;
  // Only a day slakit closes between the opening and its due can move that due.
  let closed: ReconcileHoliday[];
  try {
    const calendar = contract.clock(status.region ?? undefined).policy.target(status.priority).calendar;
    closed = status.dueAt > status.openedAt ? calendar.closedDays(status.openedAt, status.dueAt).map((day) => ({ date: day.date, source: day.source })) : [];
  } catch (error) {
    if (error instanceof SlaError) return;
    throw error;
  }
  for (const day of closed.slice(0, MAX_SINGLE_HOLIDAYS)) {
    yield {
      judge: judgeOtherwise(context, reopened(day.date)),
      cause: (recomputed) => ({ kind: 'holiday', holidays: [day], reading: `${day.date} (${day.source}) open: the helpdesk lacks that holiday`, recomputed }),
    };
  }
  if (closed.length > 1) {
    yield {
      judge: judgeOtherwise(context, WITHOUT_HOLIDAYS),
      cause: (recomputed) => ({ kind: 'holiday', holidays: closed, reading: `no holiday: the helpdesk lacks ${closed.map((day) => `${day.date} (${day.source})`).join(', ')}`, recomputed }),
    };
  }
}

function* calendarCandidates(context: ReconcileContext): Generator<Candidate> {
  yield {
    judge: judgeOtherwise(context, ALL_DAY),
    cause: (recomputed) => ({ kind: 'calendar', calendar: null, reading: 'calendar hours (24/7): the helpdesk ignores business hours', recomputed }),
  };
  for (const id of context.contract.calendarIds) {
    yield {
      judge: judgeOtherwise(context, hoursOf(id)),
      cause: (recomputed) => ({ kind: 'calendar', calendar: id, reading: `the hours of calendar "${id}"`, recomputed }),
    };
  }
}

function* pauseCandidates(context: ReconcileContext): Generator<Candidate> {
  const events = context.ticket.events;
  if (events === undefined) return;
  const unpaused: ContractTicket = { ...context.ticket, events: events.filter((event) => event?.type !== 'pause' && event?.type !== 'resume') };
  yield {
    judge: judgeOtherwise(context, PAUSES_RUN, unpaused),
    cause: (recomputed) => ({ kind: 'pause', reading: "the ticket's pauses ignored: the helpdesk's clock ran through them", recomputed }),
  };
}

function* targetCandidates(context: ReconcileContext): Generator<Candidate> {
  const { contract, ticket, status, now, versionAt } = context;
  for (const priority of contract.priorities) {
    if (priority === ticket.priority) continue;
    const other: ContractTicket = { ...ticket, priority, ...(ticket.events === undefined ? {} : { events: ticket.events.map((event) => withOpeningPriority(event, priority)) }) };
    yield {
      judge: () => contract.ticket(other, now, { versionAt }),
      cause: (recomputed, judged) => ({ kind: 'target', priority, targetMs: judged.targetMs, reading: `the target of priority ${priority}, not ${ticket.priority}`, recomputed }),
    };
  }
  if (status.rule !== null) {
    yield {
      judge: judgeOtherwise(context, inCalendarTime(status.priority, status.targetMs)),
      cause: (recomputed) => ({ kind: 'target', priority: null, targetMs: status.targetMs, reading: `the target (${status.rule}: ${durationText(status.targetMs)} of business time) counted in calendar time`, recomputed }),
    };
  }
}

function withOpeningPriority(event: TicketEvent, priority: string): TicketEvent {
  return event?.type === 'open' && event.priority !== undefined ? { ...event, priority } : event;
}

function* versionCandidates(context: ReconcileContext): Generator<Candidate> {
  const { contract, ticket, status, now, versionAt } = context;
  if (contract.definition.versions === undefined) return;
  const other = versionAt === 'opened' ? 'now' : 'opened';
  yield {
    judge: () => {
      const judged = contract.ticket(ticket, now, { versionAt: other });
      if (judged.version === status.version) throw new SlaInputError('versionAt', other, 'another version than the one that judged the ticket');
      return judged;
    },
    cause: (recomputed, judged) => ({ kind: 'version', version: judged.version, versionAt: other, reading: `version ${judged.version} (the one in force ${other === 'now' ? 'at now' : 'when the ticket was opened'}), not ${status.version}`, recomputed }),
  };
}
