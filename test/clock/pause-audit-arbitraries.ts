// Random helpdesk tickets for the pause-audit properties (issue 12 §3): valid event lists on the
// helpdesk policy of helpdesk-fixtures.ts (statuses new/open/on-hold/pending/solved, messages, pause/resume).
import fc from 'fast-check';
import type { Ticket, TicketEvent } from '../../src/clock/ticket.js';

const MINUTE = 60_000;
/** Mon 2026-06-01 08:00 Europe/Paris (CEST, UTC+2). */
export const ORIGIN = Date.parse('2026-06-01T08:00:00+02:00');

type Step = { gap: number; kind: 'customer' | 'agent' | 'new' | 'open' | 'on-hold' | 'pending' | 'solved' | 'pause' | 'resume' | 'respond' };

const stepArb = fc.record({
  gap: fc.integer({ min: 0, max: 30 * 60 }).map((minutes) => minutes * MINUTE),
  kind: fc.constantFrom<Step['kind']>('customer', 'agent', 'new', 'open', 'on-hold', 'pending', 'solved', 'pause', 'resume', 'respond'),
});

/** A ticket's events from random steps; a `pause` while paused by an event, or a `resume` while not, is dropped (the parser refuses them). */
export function ticketOf(id: string, steps: readonly Step[], withPauses = true): Ticket {
  const events: TicketEvent[] = [{ type: 'open', at: ORIGIN }];
  let at = ORIGIN;
  let paused = false;
  for (const step of steps) {
    at += step.gap;
    switch (step.kind) {
      case 'customer':
      case 'agent':
        events.push({ type: 'message', at, author: step.kind });
        break;
      case 'pause':
        if (!withPauses || paused) continue;
        paused = true;
        events.push({ type: 'pause', at });
        break;
      case 'resume':
        if (!paused) continue;
        paused = false;
        events.push({ type: 'resume', at });
        break;
      case 'respond':
        events.push({ type: 'respond', at });
        break;
      default:
        if (!withPauses && (step.kind === 'pending' || step.kind === 'on-hold')) continue;
        events.push({ type: 'status', at, status: step.kind });
    }
  }
  return { id, priority: 'p2', events };
}

/** A ticket and an instant to audit it at (0 to 3 days after its last event, or before it). */
export const auditCaseArb = fc.record({
  steps: fc.array(stepArb, { maxLength: 12 }),
  nowAfter: fc.integer({ min: -10 * 60, max: 3 * 24 * 60 }).map((minutes) => minutes * MINUTE),
  maxPauseHours: fc.option(fc.integer({ min: 0, max: 72 }), { nil: undefined }),
});

/** The audit instant of a case: after the opening, `nowAfter` from its last event. */
export function nowOf(ticket: Ticket, nowAfter: number): number {
  const last = ticket.events[ticket.events.length - 1]?.at as number;
  return Math.max(ORIGIN, last + nowAfter);
}
