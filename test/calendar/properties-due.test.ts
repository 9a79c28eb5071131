/**
 * Issue 2, acceptance: fast-check properties (≥ 1,000 runs each) over random
 * schedules (incl. overnight and 00:00-24:00), the six zones and instants in
 * 2000–2100, targets up to ~2,000 h — the `due` half.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetArbitrary, trickyInstantArbitrary } from './arbitraries.js';
import { calendarPool } from './pool.js';

const pool = calendarPool(32, 2026);
const entry = fc.integer({ min: 0, max: pool.length - 1 }).map((i) => pool[i] as (typeof pool)[number]);

const target = targetArbitrary;

const options = { numRuns: 1000 };

describe('BusinessCalendar.due properties (issue 2, 1000 runs each)', () => {
  it('issue 2: elapsed(s, due(s, t)) === t', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, target, ({ calendar }, s, t) => {
        expect(calendar.elapsed(s, calendar.due(s, t))).toBe(t);
      }),
      options,
    );
  });

  it('issue 2: due(due(s, a), b) === due(s, a + b)', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, target, target, ({ calendar }, s, a, b) => {
        expect(calendar.due(calendar.due(s, a), b)).toBe(calendar.due(s, a + b));
      }),
      options,
    );
  });

  it('§0 "earliest instant": for t > 0, the calendar is open just before due(s, t) and elapsed(s, due − 1) === t − 1', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, target.filter((t) => t > 0), ({ calendar }, s, t) => {
        const d = calendar.due(s, t);
        expect(calendar.isOpen(d - 1)).toBe(true);
        expect(calendar.elapsed(s, d - 1)).toBe(t - 1);
      }),
      options,
    );
  });

  it('issue 2: due is monotone in the start: s1 <= s2 ⇒ due(s1, t) <= due(s2, t)', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, fc.integer({ min: 0, max: 90 * 24 * 60 }), target, ({ calendar }, s1, shiftMinutes, t) => {
        const s2 = s1 + shiftMinutes * 60_000;
        expect(calendar.due(s1, t)).toBeLessThanOrEqual(calendar.due(s2, t));
      }),
      options,
    );
  });

  it('issue 2: due is monotone in the target: t1 <= t2 ⇒ due(s, t1) <= due(s, t2)', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, target, target, ({ calendar }, s, a, b) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        expect(calendar.due(s, t1)).toBeLessThanOrEqual(calendar.due(s, t2));
      }),
      options,
    );
  });
});
