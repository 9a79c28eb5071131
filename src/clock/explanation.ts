import type { ClosedDay } from '../calendar/business-calendar.js';
import { formatLocal } from '../time/instant.js';
import type { ClockPhase, ClockTimeline } from './clock-timeline.js';

/**
 * Why a stretch of a ticket's life did or did not count toward its response
 * clock. When several apply, the first wins: `paused` (between a pause and
 * its resume), `open` (the calendar is open: counted), `holiday` (a closed
 * local day of the calendar: a public holiday or a `closedDates` entry),
 * `closed` (outside opening hours).
 *
 * @example
 * ```ts
 * const reason: ExplanationReason = 'holiday';
 * ```
 */
export type ExplanationReason = 'open' | 'closed' | 'holiday' | 'paused';

/**
 * One stretch `[start, end)` of a ticket's explanation, in epoch ms and in
 * the local time of the calendar that measured it.
 *
 * @example
 * ```ts
 * const segment: ExplanationSegment = {
 *   start: 1780524000000, end: 1780610400000,
 *   startLocal: '2026-06-04T00:00:00.000+02:00', endLocal: '2026-06-05T00:00:00.000+02:00',
 *   durationMs: 86400000, counted: false, reason: 'holiday',
 *   priority: 'other', calendar: 'support',
 *   detail: 'holiday 2026-06-04 (date-holidays:DE-RP)',
 *   holiday: { date: '2026-06-04', source: 'date-holidays:DE-RP' },
 * };
 * ```
 */
export interface ExplanationSegment {
  readonly start: number;
  readonly end: number;
  /** `start` in the calendar's zone, ISO 8601 with offset. */
  readonly startLocal: string;
  /** `end` in the calendar's zone, ISO 8601 with offset. */
  readonly endLocal: string;
  /** `end - start`: real time, which is business time when `counted`. */
  readonly durationMs: number;
  /** Whether this stretch counts toward the target. */
  readonly counted: boolean;
  readonly reason: ExplanationReason;
  /** The priority whose calendar measured this stretch. */
  readonly priority: string;
  /** The name of that calendar. */
  readonly calendar: string;
  /** In words: which hours, which holiday, which events paused the clock. */
  readonly detail: string;
  /** The closed local day, on `holiday` segments. */
  readonly holiday?: { readonly date: string; readonly source: string };
}

/** A stretch during which the clock was paused. @internal */
export interface Pause {
  readonly start: number;
  readonly end: number;
  readonly detail: string;
}

/**
 * The explanation of a timeline: consecutive segments covering
 * `[openedAt, stop)`, split at pauses, reprioritisations (under
 * `from-change`), openings, closings and holidays. Cost linear in the
 * segments it returns: one pass over the pauses, the open intervals and the
 * closed days, each visited once per stretch it overlaps (never each
 * closed day for each gap). Computed only when a status's `explanation` is
 * read. @internal
 */
export function explain(timeline: ClockTimeline): ExplanationSegment[] {
  const { phases, stop, ticket } = timeline;
  const pauses = pausesOf(timeline);
  const out = new SegmentList();
  let firstPause = 0;
  for (let p = 0; p < phases.length; p++) {
    const phase = phases[p] as ClockPhase;
    const from = Math.max(phase.from, ticket.openedAt);
    const to = Math.min(stop, phases[p + 1]?.from ?? stop);
    // Pauses are ascending and disjoint, and so are phases: one that ended is never looked at again.
    while (firstPause < pauses.length && (pauses[firstPause] as Pause).end <= from) firstPause++;
    let cursor = from;
    for (let i = firstPause; i < pauses.length; i++) {
      const pause = pauses[i] as Pause;
      if (pause.start >= to) break;
      if (pause.start > cursor) explainRunning(out, phase, cursor, pause.start);
      out.add(phase, Math.max(pause.start, from), Math.min(pause.end, to), 'paused', pause.detail);
      cursor = Math.min(pause.end, to);
    }
    if (cursor < to) explainRunning(out, phase, cursor, to);
  }
  return out.segments;
}

/** The pauses of a timeline up to `stop`, ascending and disjoint, each with the events that opened and closed it. @internal */
export function pausesOf(timeline: ClockTimeline): Pause[] {
  const { ticket, lastKnown, stop, respondedAt } = timeline;
  const pauses: Pause[] = [];
  let pausedAt = -1;
  for (let i = 1; i <= lastKnown; i++) {
    const event = ticket.events[i] as (typeof ticket.events)[number];
    if (event.type === 'pause') pausedAt = i;
    if (event.type === 'resume' && pausedAt >= 0) {
      const start = (ticket.events[pausedAt] as (typeof ticket.events)[number]).at;
      if (event.at > start) pauses.push({ start, end: event.at, detail: `paused by events[${eventIndex(ticket.events, pausedAt)}], resumed by events[${event.index}]` });
      pausedAt = -1;
    }
  }
  if (pausedAt >= 0) {
    const start = (ticket.events[pausedAt] as (typeof ticket.events)[number]).at;
    const until = respondedAt === null ? 'not resumed by now' : 'still paused at the response';
    if (stop > start) pauses.push({ start, end: stop, detail: `paused by events[${eventIndex(ticket.events, pausedAt)}], ${until}` });
  }
  return pauses;
}

/** The index in the ticket's own event list of `events[position]` (a metric's cycle lists a subset of them). */
function eventIndex(events: readonly { readonly index: number }[], position: number): number {
  return (events[position] as { readonly index: number }).index;
}

/** `[from, to)` while the clock runs: open intervals, and between them closed hours and closed days. */
function explainRunning(out: SegmentList, phase: ClockPhase, from: number, to: number): void {
  const calendar = phase.target.calendar;
  const closedDays = calendar.closedDays(from, to).sort((a, b) => a.start - b.start);
  const openDetail = `open hours of calendar "${calendar.name}"`;
  const closedDetail = `outside the opening hours of calendar "${calendar.name}"`;
  let next = 0;
  let cursor = from;
  for (const open of calendar.openIntervals(from, to)) {
    if (open.start > cursor) next = explainClosed(out, phase, closedDays, next, cursor, open.start, closedDetail);
    out.add(phase, open.start, open.end, 'open', openDetail);
    cursor = open.end;
  }
  if (cursor < to) explainClosed(out, phase, closedDays, next, cursor, to, closedDetail);
}

/**
 * A gap `[from, to)` between openings: closed days (`days`, ascending by
 * start) as `holiday`, the rest as `closed`. Starts at `days[first]` and
 * returns where the next, later gap starts looking: the first day that may
 * still reach past `from` (a day holding extra open hours spans two gaps).
 */
function explainClosed(out: SegmentList, phase: ClockPhase, days: readonly ClosedDay[], first: number, from: number, to: number, closedDetail: string): number {
  let next = first;
  while (next < days.length && (days[next] as ClosedDay).end <= from) next++;
  let cursor = from;
  for (let i = next; i < days.length; i++) {
    const day = days[i] as ClosedDay;
    if (day.start >= to) break;
    // Days from operands in other zones (a combined calendar) may overlap: skip what is already explained.
    if (day.end <= cursor) continue;
    if (day.start > cursor) out.add(phase, cursor, day.start, 'closed', closedDetail);
    const end = Math.min(day.end, to);
    out.add(phase, Math.max(day.start, cursor), end, 'holiday', `holiday ${day.date}${day.name === undefined ? '' : ` ${day.name}`} (${day.source})`, { date: day.date, source: day.source });
    cursor = end;
  }
  if (cursor < to) out.add(phase, cursor, to, 'closed', closedDetail);
  return next;
}

/** Segments in time order; a stretch continuing the last one (same reason, detail, priority) extends it. */
class SegmentList {
  readonly segments: ExplanationSegment[] = [];

  add(phase: ClockPhase, start: number, end: number, reason: ExplanationReason, detail: string, holiday?: { date: string; source: string }): void {
    if (end <= start) return;
    const { calendar, priority } = phase.target;
    const segments = this.segments;
    const last = segments[segments.length - 1];
    const extends_ = last !== undefined && last.end === start && last.reason === reason && last.detail === detail && last.priority === priority;
    const from = extends_ ? last.start : start;
    const fromLocal = extends_ ? last.startLocal : formatLocal(start, calendar.zone);
    const base = { start: from, end, startLocal: fromLocal, endLocal: formatLocal(end, calendar.zone), durationMs: end - from, counted: reason === 'open', reason, priority, calendar: calendar.name, detail };
    const segment: ExplanationSegment = holiday === undefined ? base : { ...base, holiday };
    if (extends_) segments[segments.length - 1] = segment;
    else segments.push(segment);
  }
}
