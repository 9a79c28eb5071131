/**
 * `ResponseTimeClock.evaluate` against its floor (issue 13): the `due` and
 * `elapsed` each ticket needs, called straight on the calendar. A batch of
 * seeded shortcut tickets on the workload calendar (two priorities, 10 h
 * and 30 h), 80 % answered within three days, the rest still open when
 * judged on 2029-06-01 — up to three and a half years after they opened.
 *
 * Four batches, interleaved round by round: the floor; the floor plus a
 * plain object literal with a status's sixteen data fields per ticket, kept
 * (what keeping a result per ticket costs any code); `status()` per ticket,
 * kept; `evaluate` (plus the duplicate-id check and the summary).
 * Explanations are never read, so never computed.
 */
import { ResponsePolicy, ResponseTimeClock, type SimpleTicket, type TicketStatus } from '../../src/index.js';
import { timeInterleaved, type Timing } from '../measure.js';
import { MS_PER_HOUR, seededRandom, seededStarts, workloadCalendar } from '../workload.js';

/** When the batch is judged: after every opening (the starts span 2026–2028). */
export const JUDGED_AT = Date.UTC(2029, 5, 1);
/** Share of tickets answered, and the longest answer delay. */
export const ANSWERED = 0.8;
const MAX_ANSWER_MS = 3 * 24 * MS_PER_HOUR;
const TARGETS = { critical: 10 * MS_PER_HOUR, other: 30 * MS_PER_HOUR } as const;
const SEED = 20_261_302;

export interface ClockBatchResult {
  readonly tickets: number;
  readonly answered: number;
  readonly rounds: number;
  /** `calendar.due(open, target) + calendar.elapsed(open, stop)` per ticket. */
  readonly floor: Timing;
  /** The floor plus a plain object with a status's data fields per ticket, kept. */
  readonly records: Timing;
  /** `clock.status(ticket, now)` per ticket, kept. */
  readonly statuses: Timing;
  /** `clock.evaluate(tickets, now)`. */
  readonly evaluate: Timing;
  /** Whether evaluate's statuses equal the floor's numbers (due instant and business time) for every ticket. */
  readonly agree: boolean;
}

export function runClockBatch(count: number, rounds: number): ClockBatchResult {
  const calendar = workloadCalendar();
  const clock = new ResponseTimeClock(
    new ResponsePolicy({ priorities: { critical: { target: TARGETS.critical, calendar }, other: { target: TARGETS.other, calendar } } }),
  );
  const opens = seededStarts(count);
  const random = seededRandom(SEED);
  const tickets: SimpleTicket[] = [];
  // The floor's inputs as typed arrays: the floor pays for the calendar only, not for reading tickets.
  const stops = new Float64Array(count);
  const targets = new Float64Array(count);
  let answered = 0;
  for (let i = 0; i < count; i++) {
    const openedAt = opens[i] as number;
    const priority = random() < 0.3 ? 'critical' : 'other';
    const respondedAt = random() < ANSWERED ? openedAt + Math.floor(random() * MAX_ANSWER_MS) : null;
    if (respondedAt !== null) answered++;
    tickets.push({ id: `T-${i + 1}`, priority, openedAt, respondedAt });
    stops[i] = respondedAt ?? JUDGED_AT;
    targets[i] = TARGETS[priority];
  }
  const due = new Float64Array(count);
  const elapsed = new Float64Array(count);
  const floor = () => {
    for (let i = 0; i < count; i++) {
      due[i] = calendar.due(opens[i] as number, targets[i] as number);
      elapsed[i] = calendar.elapsed(opens[i] as number, stops[i] as number);
    }
  };
  const records: object[] = new Array(count);
  const plain = () => {
    for (let i = 0; i < count; i++) {
      const ticket = tickets[i] as SimpleTicket;
      const targetMs = targets[i] as number;
      const dueAt = calendar.due(opens[i] as number, targetMs);
      const elapsedMs = calendar.elapsed(opens[i] as number, stops[i] as number);
      const respondedAt = (ticket.respondedAt ?? null) as number | null;
      const met = respondedAt === null ? (JUDGED_AT > dueAt ? false : null) : respondedAt <= dueAt;
      records[i] = {
        id: ticket.id,
        priority: ticket.priority,
        kind: 'contractual',
        state: met === null ? 'running' : met ? 'met' : 'missed',
        now: JUDGED_AT,
        openedAt: opens[i],
        respondedAt,
        dueAt,
        targetMs,
        elapsedMs,
        remainingMs: targetMs - elapsedMs,
        percentUsed: (100 * elapsedMs) / targetMs,
        met,
        breached: met === false,
        kpiMissed: false,
        zone: calendar.zone,
      };
    }
  };
  const kept: TicketStatus[] = new Array(count);
  const statuses = () => {
    for (let i = 0; i < count; i++) kept[i] = clock.status(tickets[i] as SimpleTicket, JUDGED_AT);
  };
  let batch: readonly TicketStatus[] = [];
  const evaluate = () => {
    batch = clock.evaluate(tickets, JUDGED_AT).tickets;
  };
  const timings = timeInterleaved([floor, plain, statuses, evaluate], count, rounds, 1) as [Timing, Timing, Timing, Timing];
  const agree = batch.length === count && batch.every((s, i) => s.dueAt === due[i] && s.elapsedMs === elapsed[i]);
  return { tickets: count, answered, rounds, floor: timings[0], records: timings[1], statuses: timings[2], evaluate: timings[3], agree };
}
