/**
 * Issue 2, acceptance: fast-check properties (≥ 1,000 runs each) over random
 * schedules, the six zones and instants in 2000–2100 — the `elapsed`,
 * `isOpen`, `openIntervals`, `nextOpen` / `nextClose` half.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { DAY, HOUR, ZONES, instantArbitrary, scheduleArbitrary, trickyInstantArbitrary } from './arbitraries.js';
import { calendarPool } from './pool.js';

const pool = calendarPool(32, 7);
const entry = fc.integer({ min: 0, max: pool.length - 1 }).map((i) => pool[i] as (typeof pool)[number]);

/** Offsets in ms, up to ~1 year, arbitrary milliseconds. */
const offset = fc.oneof(fc.integer({ min: 0, max: 3 * DAY }), fc.integer({ min: 0, max: 400 * DAY }), fc.integer({ min: 0, max: 2 * HOUR }));

const options = { numRuns: 1000 };

describe('BusinessCalendar.elapsed / isOpen / openIntervals properties (issue 2, 1000 runs each)', () => {
  it('issue 2: elapsed is additive over a split point: elapsed(a, c) === elapsed(a, b) + elapsed(b, c)', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, offset, offset, ({ calendar }, a, x, y) => {
        const b = a + x;
        const c = b + y;
        expect(calendar.elapsed(a, c)).toBe(calendar.elapsed(a, b) + calendar.elapsed(b, c));
      }),
      options,
    );
  });

  it('issue 2: elapsed is monotone and bounded: a <= b <= c ⇒ elapsed(a, b) <= elapsed(a, c), elapsed(b, c) <= elapsed(a, c), 0 <= elapsed(a, b) <= b − a', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, offset, offset, ({ calendar }, a, x, y) => {
        const b = a + x;
        const c = b + y;
        const ab = calendar.elapsed(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(b - a);
        expect(ab).toBeLessThanOrEqual(calendar.elapsed(a, c));
        expect(calendar.elapsed(b, c)).toBeLessThanOrEqual(calendar.elapsed(a, c));
      }),
      options,
    );
  });

  it('issue 2: isOpen(t) iff openIntervals(t, t + 1) is non-empty (fresh random calendar each run)', () => {
    const fresh = fc.record({
      zone: fc.constantFrom(...ZONES),
      week: scheduleArbitrary({ grid: 1 }),
    });
    fc.assert(
      fc.property(fresh, trickyInstantArbitrary, fc.integer({ min: 0, max: 59_999 }), ({ zone, week }, minute, ms) => {
        const calendar = new BusinessCalendar({ zone, week });
        const t = minute + ms;
        expect(calendar.isOpen(t)).toBe(!calendar.openIntervals(t, t + 1).isEmpty);
        expect(calendar.isOpen(t)).toBe(calendar.nextOpen(t) === t);
      }),
      options,
    );
  });

  it('openIntervals(a, b).measure() === elapsed(a, b), and its intervals lie inside [a, b)', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, offset, ({ calendar }, a, x) => {
        const b = a + x;
        const open = calendar.openIntervals(a, b);
        expect(open.measure()).toBe(calendar.elapsed(a, b));
        if (!open.isEmpty) {
          expect(open.start).toBeGreaterThanOrEqual(a);
          expect(open.end).toBeLessThanOrEqual(b);
        }
      }),
      options,
    );
  });

  it('nextOpen / nextClose bracket the next open period: nothing open in [t, nextOpen), all open in [nextOpen, nextClose)', () => {
    fc.assert(
      fc.property(entry, instantArbitrary, ({ calendar }, t) => {
        const open = calendar.nextOpen(t);
        if (open === null) return;
        expect(open).toBeGreaterThanOrEqual(t);
        expect(calendar.isOpen(open)).toBe(true);
        expect(calendar.elapsed(t, open)).toBe(0);
        const close = calendar.nextClose(t);
        if (close === null) return;
        expect(close).toBeGreaterThan(open);
        expect(calendar.isOpen(close)).toBe(false);
        expect(calendar.elapsed(open, close)).toBe(close - open);
      }),
      options,
    );
  });
});
