import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { TicketClock, type TicketEvent } from '../../src/clock/index.js';
import { DAY, MINUTE, ZONES, scheduleArbitrary, trickyInstantArbitrary } from '../calendar/arbitraries.js';

// Issue 10 properties, six zones of the foundation tests, random weekly schedules (15-minute grid).

/** One step of a random ticket: minutes after the previous event, and what happens. */
interface Step {
  readonly gap: number;
  readonly what: 'open' | 'new' | 'pending' | 'on-hold' | 'solved' | 'customer' | 'agent' | 'pause' | 'resume';
}

const stepArbitrary = (whats: readonly Step['what'][]): fc.Arbitrary<Step> =>
  fc.record({ gap: fc.integer({ min: 0, max: 3 * 24 * 60 }), what: fc.constantFrom(...whats) });

const caseArbitrary = (whats: readonly Step['what'][]) =>
  fc.record({
    zone: fc.constantFrom(...ZONES),
    week: scheduleArbitrary({ grid: 15, minLongest: 60 }),
    open: trickyInstantArbitrary,
    target: fc.integer({ min: 1, max: 40 * 60 }).map((minutes) => minutes * MINUTE),
    steps: fc.array(stepArbitrary(whats), { maxLength: 10 }),
    after: fc.integer({ min: 0, max: 5 * DAY }),
  });

/** The steps as ticket events (a `resume` only while paused by an event, a `pause` only while not), and the last instant. */
function eventsOf(open: number, steps: readonly Step[]): { events: TicketEvent[]; last: number } {
  const events: TicketEvent[] = [{ type: 'open', at: open }];
  let at = open;
  let paused = false;
  for (const step of steps) {
    at += step.gap * MINUTE;
    if (step.what === 'pause' || step.what === 'resume') {
      if (paused === (step.what === 'resume')) events.push({ type: step.what, at });
      paused = step.what === 'pause';
    } else if (step.what === 'customer' || step.what === 'agent') events.push({ type: 'message', at, author: step.what });
    else events.push({ type: 'status', at, status: step.what });
  }
  return { events, last: at };
}

function clockOf(zone: string, week: ConstructorParameters<typeof BusinessCalendar>[0]['week'], target: number, pauseOn: readonly string[]) {
  const calendar = new BusinessCalendar({ zone, week });
  const priorities = { p: { target, calendar } };
  const statuses = { runOn: ['open', 'new', ...['pending', 'on-hold'].filter((s) => !pauseOn.includes(s))], pauseOn, stopOn: ['solved'] };
  const clock = new TicketClock({ metrics: { firstResponse: { priorities }, resolution: { priorities }, nextReply: { priorities } }, statuses });
  return { calendar, clock };
}

describe('TicketClock properties (fast-check, six zones)', () => {
  it('property: a status map that pauses nothing gives the plain calendar clock: elapsed = calendar.elapsed(start, stop), due = calendar.due(start, target), for every cycle', () => {
    fc.assert(
      fc.property(caseArbitrary(['open', 'new', 'pending', 'customer', 'agent', 'solved']), ({ zone, week, open, target, steps, after }) => {
        // No pause, and no reopening after a stop (resolution's stop status would pause a reopened ticket).
        const firstSolved = steps.findIndex((s) => s.what === 'solved');
        const kept = firstSolved < 0 ? steps : steps.slice(0, firstSolved + 1);
        const { calendar, clock } = clockOf(zone, week, target, []);
        const { events, last } = eventsOf(open, kept);
        const status = clock.status({ id: 'T', priority: 'p', events }, last + after);
        const cycles = [...(status.metrics.firstResponse?.cycles ?? []), ...(status.metrics.resolution?.cycles ?? []), ...(status.metrics.nextReply?.cycles ?? [])];
        expect(cycles.length).toBeGreaterThanOrEqual(2);
        for (const cycle of cycles) {
          const stop = cycle.respondedAt ?? cycle.now;
          expect(cycle.elapsedMs).toBe(calendar.elapsed(cycle.openedAt, stop));
          expect(cycle.dueAt).toBe(calendar.due(cycle.openedAt, target));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('property: resolution elapsed ≤ wall time minus the time paused (pause events, pausing and stop statuses)', () => {
    fc.assert(
      fc.property(caseArbitrary(['open', 'new', 'pending', 'on-hold', 'solved', 'customer', 'agent', 'pause', 'resume']), ({ zone, week, open, target, steps, after }) => {
        const { clock } = clockOf(zone, week, target, ['pending', 'on-hold']);
        const { events, last } = eventsOf(open, steps);
        const now = last + after;
        const resolution = clock.status({ id: 'T', priority: 'p', events }, now).metrics.resolution?.current;
        const stop = resolution?.respondedAt ?? now;
        // Paused wall time in [open, stop): by a pause event, or in a pending, on-hold or solved status.
        let paused = 0;
        let byEvent = false;
        let status = 'open';
        let since = open;
        for (const event of events) {
          const until = Math.min(event.at as number, stop);
          if ((byEvent || status !== 'open') && until > since) paused += until - since;
          since = Math.max(since, until);
          if (event.type === 'pause') byEvent = true;
          if (event.type === 'resume') byEvent = false;
          if (event.type === 'status') status = event.status === 'new' ? 'open' : event.status;
        }
        if ((byEvent || status !== 'open') && stop > since) paused += stop - since;
        expect(resolution?.elapsedMs).toBeLessThanOrEqual(stop - open - paused);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: reopening resumes the resolution clock: it keeps what it counted up to the solve and adds at most the time since the reopening', () => {
    fc.assert(
      fc.property(caseArbitrary(['open', 'pending', 'solved', 'agent']), fc.integer({ min: 1, max: 2 * DAY }), ({ zone, week, open, target, steps, after }, reopenAfter) => {
        const { clock } = clockOf(zone, week, target, ['pending']);
        const { events, last } = eventsOf(open, [...steps, { gap: 0, what: 'solved' }]);
        const solved = clock.status({ id: 'T', priority: 'p', events }, last + after).metrics.resolution?.current;
        // Solved at `last`: the clock stopped there, whatever came after.
        expect(solved?.respondedAt).not.toBeNull();
        const reopened = [...events, { type: 'status', at: last + reopenAfter, status: 'open' } as TicketEvent];
        const later = clock.status({ id: 'T', priority: 'p', events: reopened }, last + reopenAfter + after).metrics.resolution?.current;
        // The reopened clock counts what it counted up to the solve, plus at most the wall time since the reopening.
        const more = (later?.elapsedMs ?? 0) - (solved?.elapsedMs ?? 0);
        expect(more).toBeGreaterThanOrEqual(0);
        expect(more).toBeLessThanOrEqual(after);
      }),
      { numRuns: 1000 },
    );
  });
});
