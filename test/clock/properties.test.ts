import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { type Reprioritisation, ResponseTimeClock, type Ticket, type TicketEvent } from '../../src/clock/index.js';
import { HOUR, joursOuvrables, linkandoSupport, lumappsNam, signinappCritical, signinappSupport } from './fixtures.js';

const DAY = 24 * HOUR;
const CALENDARS: readonly BusinessCalendar[] = [linkandoSupport, lumappsNam, joursOuvrables, signinappSupport, signinappCritical];
const FIRST = Date.UTC(2026, 0, 1);
const LAST = Date.UTC(2028, 0, 1);

function clockFor(calendar: BusinessCalendar, targetMs: number, reprioritisation: Reprioritisation = 'recompute-from-open'): ResponseTimeClock {
  return new ResponseTimeClock({ priorities: { p: { target: targetMs, calendar } }, reprioritisation });
}

const calendarArb = fc.integer({ min: 0, max: CALENDARS.length - 1 }).map((i) => CALENDARS[i] as BusinessCalendar);
const openArb = fc.integer({ min: FIRST, max: LAST });
const targetArb = fc.integer({ min: 1, max: 60 * HOUR });
/** Pause/resume instants as increasing offsets from the opening: pairs (pause, resume), a trailing pause stays paused. */
const pausesArb = fc.array(fc.integer({ min: 0, max: 3 * DAY }), { maxLength: 6 }).map((gaps) => {
  let at = 0;
  return gaps.map((gap) => (at += gap));
});

function ticketWithPauses(open: number, boundaries: readonly number[], keep: (pair: number) => boolean = () => true): Ticket {
  const events: TicketEvent[] = [{ type: 'open', at: open }];
  for (let i = 0; i < boundaries.length; i += 2) {
    if (!keep(i / 2)) continue;
    events.push({ type: 'pause', at: open + (boundaries[i] as number) });
    if (i + 1 < boundaries.length) events.push({ type: 'resume', at: open + (boundaries[i + 1] as number) });
  }
  return { id: 'P', priority: 'p', events };
}

describe('ResponseTimeClock properties (fast-check)', () => {
  it('property: with no pauses, dueAt equals calendar.due(open, target) at any now and with any response', () => {
    fc.assert(
      fc.property(calendarArb, openArb, targetArb, fc.integer({ min: 0, max: 20 * DAY }), fc.option(fc.integer({ min: 0, max: 20 * DAY })), (calendar, open, target, nowOffset, respondOffset) => {
        const respondedAt = respondOffset === null ? null : open + respondOffset;
        const status = clockFor(calendar, target).status({ id: 'T', priority: 'p', openedAt: open, respondedAt }, open + nowOffset);
        expect(status.dueAt).toBe(calendar.due(open, target));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: pausing never moves dueAt earlier (more pauses → due at or later)', () => {
    fc.assert(
      fc.property(calendarArb, openArb, targetArb, pausesArb, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 12 * DAY }), (calendar, open, target, boundaries, mask, nowOffset) => {
        const clock = clockFor(calendar, target);
        const now = open + nowOffset;
        const all = clock.status(ticketWithPauses(open, boundaries), now);
        const some = clock.status(ticketWithPauses(open, boundaries, (pair) => mask[pair] === true), now);
        const none = clock.status({ id: 'P', priority: 'p', openedAt: open }, now);
        expect(all.dueAt).toBeGreaterThanOrEqual(some.dueAt);
        expect(some.dueAt).toBeGreaterThanOrEqual(none.dueAt);
        expect(all.elapsedMs).toBeLessThanOrEqual(some.elapsedMs);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: percentUsed is monotone in now while the clock runs (pauses included)', () => {
    fc.assert(
      fc.property(calendarArb, openArb, targetArb, pausesArb, fc.integer({ min: 0, max: 12 * DAY }), fc.integer({ min: 0, max: 3 * DAY }), (calendar, open, target, boundaries, first, step) => {
        const clock = clockFor(calendar, target);
        const ticket = ticketWithPauses(open, boundaries);
        const earlier = clock.status(ticket, open + first);
        const later = clock.status(ticket, open + first + step);
        expect(later.percentUsed).toBeGreaterThanOrEqual(earlier.percentUsed);
        expect(later.elapsedMs - earlier.elapsedMs).toBeLessThanOrEqual(step);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: met iff respondedAt <= dueAt, and a met response used at most the target', () => {
    fc.assert(
      fc.property(calendarArb, openArb, targetArb, pausesArb, fc.integer({ min: 0, max: 12 * DAY }), (calendar, open, target, boundaries, respondOffset) => {
        const base = ticketWithPauses(open, boundaries);
        const last = (base.events[base.events.length - 1] as TicketEvent).at as number;
        const respondedAt = Math.max(last, open + respondOffset);
        const status = clockFor(calendar, target).status({ ...base, events: [...base.events, { type: 'respond', at: respondedAt }] }, respondedAt + DAY);
        expect(status.met).toBe(respondedAt <= status.dueAt);
        if (status.met) expect(status.elapsedMs).toBeLessThanOrEqual(target);
        else expect(status.elapsedMs).toBeGreaterThanOrEqual(target);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: warnings are reached in order, by the due instant', () => {
    fc.assert(
      fc.property(calendarArb, openArb, targetArb, pausesArb, fc.integer({ min: 0, max: 12 * DAY }), (calendar, open, target, boundaries, nowOffset) => {
        const status = clockFor(calendar, target).status(ticketWithPauses(open, boundaries), open + nowOffset);
        const instants = status.warnings.map((w) => w.at);
        expect([...instants].sort((a, b) => a - b)).toEqual(instants);
        expect(instants.every((at) => at <= status.dueAt)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: from-change without a reprioritisation equals recompute-from-open', () => {
    fc.assert(
      fc.property(calendarArb, openArb, targetArb, pausesArb, fc.integer({ min: 0, max: 12 * DAY }), (calendar, open, target, boundaries, nowOffset) => {
        const ticket = ticketWithPauses(open, boundaries);
        const a = clockFor(calendar, target).status(ticket, open + nowOffset);
        const b = clockFor(calendar, target, 'from-change').status(ticket, open + nowOffset);
        expect([b.dueAt, b.elapsedMs, b.state]).toEqual([a.dueAt, a.elapsedMs, a.state]);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: the explanation tiles [openedAt, stop) and its counted segments sum to elapsedMs (both rules)', () => {
    const reprioritisations: Reprioritisation[] = ['recompute-from-open', 'from-change'];
    fc.assert(
      fc.property(calendarArb, calendarArb, openArb, pausesArb, fc.integer({ min: 0, max: 12 * DAY }), fc.integer({ min: 0, max: 12 * DAY }), fc.integer({ min: 0, max: 1 }), (first, second, open, boundaries, changeOffset, nowOffset, rule) => {
        const clock = new ResponseTimeClock({
          priorities: { p: { target: 10 * HOUR, calendar: first }, q: { target: 30 * HOUR, calendar: second } },
          reprioritisation: reprioritisations[rule] as Reprioritisation,
        });
        const base = ticketWithPauses(open, boundaries);
        const events = [...base.events, { type: 'reprioritise', at: open + changeOffset, priority: 'q' } as const].sort((x, y) => (x.at as number) - (y.at as number));
        const ticket: Ticket = { ...base, events: [events.find((e) => e.type === 'open') as TicketEvent, ...events.filter((e) => e.type !== 'open')] };
        const now = open + Math.max(nowOffset, 0);
        const status = clock.status(ticket, now);
        const segments = status.explanation;
        let cursor = open;
        let counted = 0;
        for (const segment of segments) {
          expect(segment.start).toBe(cursor);
          expect(segment.end).toBeGreaterThan(segment.start);
          cursor = segment.end;
          if (segment.counted) counted += segment.durationMs;
        }
        expect(cursor).toBe(segments.length === 0 ? open : now);
        expect(counted).toBe(status.elapsedMs);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: identical results under any process TZ (explanations and warnings included)', () => {
    const zones = ['Pacific/Chatham', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Kiritimati', 'Europe/Dublin'];
    const original = process.env.TZ;
    try {
      // The harness really switches the process zone (Node re-reads TZ on assignment).
      process.env.TZ = 'Pacific/Chatham';
      const chatham = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
      process.env.TZ = 'UTC';
      expect([chatham, new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()]).toEqual([-825, 0]);
      fc.assert(
        fc.property(calendarArb, openArb, targetArb, pausesArb, fc.integer({ min: 0, max: 12 * DAY }), fc.constantFrom(...zones), (calendar, open, target, boundaries, nowOffset, zone) => {
          const ticket = ticketWithPauses(open, boundaries);
          const clock = clockFor(calendar, target);
          process.env.TZ = 'UTC';
          const inUtc = JSON.stringify(clock.status(ticket, open + nowOffset));
          process.env.TZ = zone;
          const elsewhere = JSON.stringify(clock.status(ticket, open + nowOffset));
          expect(elsewhere).toBe(inUtc);
        }),
        { numRuns: 1000 },
      );
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
