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

interface Pause {
  readonly start: number;
  readonly end: number;
  readonly detail: string;
}

/**
 * The explanation of a timeline: consecutive segments covering
 * `[openedAt, stop)`, split at pauses, reprioritisations (under
 * `from-change`), openings, closings and holidays. @internal
 */
export function explain(timeline: ClockTimeline): ExplanationSegment[] {
  const { phases, stop, ticket } = timeline;
  const pauses = pausesOf(timeline);
  const segments: ExplanationSegment[] = [];
  for (let p = 0; p < phases.length; p++) {
    const phase = phases[p] as ClockPhase;
    const from = Math.max(phase.from, ticket.openedAt);
    const to = Math.min(stop, phases[p + 1]?.from ?? stop);
    let cursor = from;
    for (const pause of pauses) {
      if (pause.end <= from || pause.start >= to) continue;
      if (pause.start > cursor) explainRunning(segments, phase, cursor, pause.start);
      push(segments, phase, Math.max(pause.start, from), Math.min(pause.end, to), 'paused', pause.detail);
      cursor = Math.min(pause.end, to);
    }
    if (cursor < to) explainRunning(segments, phase, cursor, to);
  }
  return segments;
}

function pausesOf(timeline: ClockTimeline): Pause[] {
  const { ticket, lastKnown, stop, respondedAt } = timeline;
  const pauses: Pause[] = [];
  let pausedAt = -1;
  for (let i = 1; i <= lastKnown; i++) {
    const event = ticket.events[i] as (typeof ticket.events)[number];
    if (event.type === 'pause') pausedAt = i;
    if (event.type === 'resume' && pausedAt >= 0) {
      const start = (ticket.events[pausedAt] as (typeof ticket.events)[number]).at;
      if (event.at > start) pauses.push({ start, end: event.at, detail: `paused by events[${pausedAt}], resumed by events[${event.index}]` });
      pausedAt = -1;
    }
  }
  if (pausedAt >= 0) {
    const start = (ticket.events[pausedAt] as (typeof ticket.events)[number]).at;
    const until = respondedAt === null ? 'not resumed by now' : 'still paused at the response';
    if (stop > start) pauses.push({ start, end: stop, detail: `paused by events[${pausedAt}], ${until}` });
  }
  return pauses;
}

function explainRunning(segments: ExplanationSegment[], phase: ClockPhase, from: number, to: number): void {
  const calendar = phase.target.calendar;
  const holidays = calendar.closedDays(from, to).sort((a, b) => a.start - b.start);
  let cursor = from;
  for (const open of calendar.openIntervals(from, to)) {
    if (open.start > cursor) explainClosed(segments, phase, holidays, cursor, open.start);
    push(segments, phase, open.start, open.end, 'open', `open hours of calendar "${calendar.name}"`);
    cursor = open.end;
  }
  if (cursor < to) explainClosed(segments, phase, holidays, cursor, to);
}

function explainClosed(segments: ExplanationSegment[], phase: ClockPhase, holidays: readonly ClosedDay[], from: number, to: number): void {
  const closed = `outside the opening hours of calendar "${phase.target.calendar.name}"`;
  let cursor = from;
  for (const day of holidays) {
    if (day.end <= cursor || day.start >= to) continue;
    if (day.start > cursor) push(segments, phase, cursor, day.start, 'closed', closed);
    const end = Math.min(day.end, to);
    push(segments, phase, Math.max(day.start, cursor), end, 'holiday', `holiday ${day.date} (${day.source})`, { date: day.date, source: day.source });
    cursor = end;
  }
  if (cursor < to) push(segments, phase, cursor, to, 'closed', closed);
}

function push(
  segments: ExplanationSegment[],
  phase: ClockPhase,
  start: number,
  end: number,
  reason: ExplanationReason,
  detail: string,
  holiday?: { date: string; source: string },
): void {
  if (end <= start) return;
  const { calendar, priority } = phase.target;
  const previous = segments[segments.length - 1];
  if (previous !== undefined && previous.end === start && previous.reason === reason && previous.detail === detail && previous.priority === priority) {
    segments[segments.length - 1] = segment(previous.start, end, previous.startLocal, calendar.zone, reason, priority, calendar.name, detail, holiday);
    return;
  }
  segments.push(segment(start, end, formatLocal(start, calendar.zone), calendar.zone, reason, priority, calendar.name, detail, holiday));
}

function segment(
  start: number,
  end: number,
  startLocal: string,
  zone: string,
  reason: ExplanationReason,
  priority: string,
  calendar: string,
  detail: string,
  holiday: { date: string; source: string } | undefined,
): ExplanationSegment {
  const base = { start, end, startLocal, endLocal: formatLocal(end, zone), durationMs: end - start, counted: reason === 'open', reason, priority, calendar, detail };
  return holiday === undefined ? base : { ...base, holiday };
}
