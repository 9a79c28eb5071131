/**
 * The explanation as slakit first computed it (issue 13: kept as the
 * reference of the differential test): for each running stretch, every
 * closed day of the calendar is compared with every gap between openings,
 * which is quadratic in the stretch's length. Obviously correct, slow for a
 * ticket open for years; src/clock/explanation.ts must give the same
 * segments in time linear in their number. The pauses come from the same
 * `pausesOf` (not what this reference checks).
 */
import type { ClosedDay } from '../../src/calendar/business-calendar.js';
import type { ClockPhase, ClockTimeline } from '../../src/clock/clock-timeline.js';
import { type ExplanationReason, type ExplanationSegment, pausesOf } from '../../src/clock/explanation.js';
import { formatLocal } from '../../src/time/instant.js';

/**
 * The explanation of a timeline: consecutive segments covering
 * `[openedAt, stop)`, split at pauses, reprioritisations (under
 * `from-change`), openings, closings and holidays.
 */
export function eagerExplanation(timeline: ClockTimeline): ExplanationSegment[] {
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
    push(segments, phase, Math.max(day.start, cursor), end, 'holiday', `holiday ${day.date}${day.name === undefined ? '' : ` ${day.name}`} (${day.source})`, { date: day.date, source: day.source });
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
