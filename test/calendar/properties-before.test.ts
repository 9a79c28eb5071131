/**
 * Issue 10 §4, acceptance: fast-check properties (≥ 1,000 runs each) of the
 * backward queries over the random calendar pool of the foundation tests
 * (the six zones, overnight and 00:00-24:00 ranges, FR / DE-RP holidays,
 * combined calendars) and instants near DST changes and New Year.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetArbitrary, trickyInstantArbitrary } from './arbitraries.js';
import { calendarPool } from './pool.js';

const pool = calendarPool(32, 2026);
const entry = fc.integer({ min: 0, max: pool.length - 1 }).map((i) => pool[i] as (typeof pool)[number]);

const target = targetArbitrary;

const options = { numRuns: 1000 };

describe('BusinessCalendar.before / previousOpen / previousClose properties (issue 10 §4, 1000 runs each)', () => {
  it('issue 10: elapsed(before(t, d), t) === d', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, target, ({ calendar }, t, d) => {
        const s = calendar.before(t, d);
        expect(s).toBeLessThanOrEqual(t);
        expect(calendar.elapsed(s, t)).toBe(d);
      }),
      options,
    );
  });

  it('"latest instant": for d > 0 the calendar is open at before(t, d) and elapsed(s + 1, t) === d − 1', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, target.filter((d) => d > 0), ({ calendar }, t, d) => {
        const s = calendar.before(t, d);
        expect(calendar.isOpen(s)).toBe(true);
        expect(calendar.elapsed(s + 1, t)).toBe(d - 1);
      }),
      options,
    );
  });

  it('issue 10: before(due(s, d), d) >= s, with equality when s is open', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, target, ({ calendar }, s, d) => {
        const back = calendar.before(calendar.due(s, d), d);
        expect(back).toBeGreaterThanOrEqual(s);
        if (calendar.isOpen(s)) expect(back).toBe(s);
      }),
      options,
    );
  });

  it('due(before(t, d), d) <= t, with equality when the calendar is open just before t', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, target, ({ calendar }, t, d) => {
        const forth = calendar.due(calendar.before(t, d), d);
        expect(forth).toBeLessThanOrEqual(t);
        if (d > 0 && calendar.isOpen(t - 1)) expect(forth).toBe(t);
      }),
      options,
    );
  });

  it('before(before(t, a), b) === before(t, a + b)', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, target, target, ({ calendar }, t, a, b) => {
        expect(calendar.before(calendar.before(t, a), b)).toBe(calendar.before(t, a + b));
      }),
      options,
    );
  });

  it('issue 10: previousClose(t) <= t and previousOpen(t) <= t; they bracket the last open period', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, ({ calendar }, t) => {
        const close = calendar.previousClose(t);
        if (close === null) return;
        expect(close).toBeLessThanOrEqual(t);
        // nothing open in [close, t), open just before close
        expect(calendar.elapsed(close, t)).toBe(0);
        expect(calendar.isOpen(close - 1)).toBe(true);
        const open = calendar.previousOpen(t);
        if (open === null) return;
        expect(open).toBeLessThanOrEqual(t);
        expect(open).toBeLessThan(close);
        // all open in [open, close), closed just before open
        expect(calendar.elapsed(open, close)).toBe(close - open);
        expect(calendar.isOpen(open - 1)).toBe(false);
      }),
      options,
    );
  });

  it('previousClose(t) === t exactly when the calendar is open just before t (mirror of nextOpen(t) === t ⇔ open at t)', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, ({ calendar }, t) => {
        expect(calendar.previousClose(t) === t).toBe(calendar.isOpen(t - 1));
      }),
      options,
    );
  });
});
