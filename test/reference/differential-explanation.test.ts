/**
 * Issue 13, acceptance: the explanation computed lazily (on first read, in
 * time linear in its segments) equals the eager reference
 * (test/reference/eager-explanation.ts, the algorithm slakit first shipped)
 * on 1,000 random tickets — pauses, reprioritisations under both rules,
 * responses, tickets judged up to three years after opening — whatever the
 * process TZ.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { ClockTimeline } from '../../src/clock/clock-timeline.js';
import { ResponsePolicy, type Reprioritisation } from '../../src/clock/response-policy.js';
import { ResponseTimeClock } from '../../src/clock/response-time-clock.js';
import { type Ticket, type TicketEvent, parseTicket } from '../../src/clock/ticket.js';
import { HOUR, joursOuvrables, linkandoSupport, lumappsNam, signinappCritical, signinappSupport } from '../clock/fixtures.js';
import { eagerExplanation } from './eager-explanation.js';

const DAY = 24 * HOUR;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Extra open hours on holidays (Thu 2026-06-04, Fronleichnam; 2027-05-27 too): a closed day then spans two gaps. */
const holidayDuty = new BusinessCalendar({
  zone: 'Europe/Berlin',
  week: sameHours([...WEEKDAYS], ['08:00-18:00']),
  holidays: 'DE-RP',
  closedDates: ['2026-12-24', '2027-12-24'],
  extraOpen: [
    ['2026-06-04T10:00:00+02:00', '2026-06-04T12:00:00+02:00'],
    ['2027-05-27T10:00:00+02:00', '2027-05-27T12:00:00+02:00'],
  ],
  name: 'duty',
});
/** Berlin support ∪ New York support: closed days from two zones, which may overlap. */
const transatlantic = linkandoSupport.union(lumappsNam);

const CALENDARS: readonly BusinessCalendar[] = [linkandoSupport, lumappsNam, joursOuvrables, signinappSupport, signinappCritical, holidayDuty, transatlantic];
const RULES: readonly Reprioritisation[] = ['recompute-from-open', 'from-change'];
const ZONES = ['UTC', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago'];

const calendarArb = fc.integer({ min: 0, max: CALENDARS.length - 1 }).map((i) => CALENDARS[i] as BusinessCalendar);
const openArb = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });
/** Pause/resume instants as increasing offsets from the opening; a trailing pause stays paused. */
const pausesArb = fc.array(fc.integer({ min: 0, max: 20 * DAY }), { maxLength: 6 }).map((gaps) => {
  let at = 0;
  return gaps.map((gap) => (at += gap));
});
/** How long after the opening the ticket is judged: mostly days, sometimes years. */
const judgedAfterArb = fc.oneof(fc.integer({ min: 0, max: 30 * DAY }), fc.integer({ min: 0, max: 3 * 366 * DAY }));

function ticketOf(open: number, pauses: readonly number[], changeAt: number | null, respondAt: number | null): Ticket {
  const later: TicketEvent[] = [];
  for (let i = 0; i < pauses.length; i += 2) {
    later.push({ type: 'pause', at: open + (pauses[i] as number) });
    if (i + 1 < pauses.length) later.push({ type: 'resume', at: open + (pauses[i + 1] as number) });
  }
  if (changeAt !== null) later.push({ type: 'reprioritise', at: open + changeAt, priority: 'q' });
  // Stable sort: a reprioritisation at the instant of a pause stays after it.
  later.sort((a, b) => (a.at as number) - (b.at as number));
  const last = later.length === 0 ? open : (later[later.length - 1]?.at as number);
  if (respondAt !== null) later.push({ type: 'respond', at: Math.max(last, open + respondAt) });
  return { id: 'R', priority: 'p', events: [{ type: 'open', at: open }, ...later] };
}

describe('differential: lazy explanation vs the eager reference (issue 13)', () => {
  it('issue 13: status.explanation equals eagerExplanation(timeline) on 1000 random tickets, under any process TZ', () => {
    const original = process.env.TZ;
    try {
      fc.assert(
        fc.property(
          calendarArb,
          calendarArb,
          fc.constantFrom(...RULES),
          openArb,
          pausesArb,
          fc.option(fc.integer({ min: 0, max: 40 * DAY })),
          fc.option(fc.integer({ min: 0, max: 60 * DAY })),
          judgedAfterArb,
          fc.constantFrom(...ZONES),
          (first, second, rule, open, pauses, changeAt, respondAt, judgedAfter, zone) => {
            const policy = new ResponsePolicy({
              priorities: { p: { target: 10 * HOUR, calendar: first }, q: { target: 30 * HOUR, calendar: second } },
              reprioritisation: rule,
            });
            const ticket = ticketOf(open, pauses, changeAt, respondAt);
            const now = open + judgedAfter;
            process.env.TZ = 'UTC';
            const expected = eagerExplanation(new ClockTimeline(parseTicket(ticket, policy), policy, now));
            process.env.TZ = zone;
            const lazy = new ResponseTimeClock(policy).status(ticket, now).explanation;
            expect(lazy).toEqual(expected);
          },
        ),
        { numRuns: 1000 },
      );
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  }, 300_000);
});
