/**
 * Issue 7, acceptance: indexed `elapsed` equals the naive minute-stepping
 * reference on ≥ 1,000 random cases (random schedules on a 15-min grid incl.
 * overnight and 00:00-24:00, six zones incl. Lord Howe and Chatham, FR /
 * DE-RP / JP holidays, closedDates, ignoreHolidays, extraOpen, DST weeks).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../calendar/arbitraries.js';
import { caseArbitrary, calendarsOf, spanMinutesArbitrary } from './differential-cases.js';
import { elapsedRef } from './minute-stepping.js';

describe('differential: BusinessCalendar.elapsed vs minute stepping (issue 7)', () => {
  it('issue 7: elapsed(a, b) equals the minute-stepping reference, and due(a, that) is at or before b (1000 runs)', () => {
    fc.assert(
      fc.property(caseArbitrary, spanMinutesArbitrary, fc.integer({ min: -3 * 1440, max: 0 }), (c, span, shift) => {
        const { calendar, reference } = calendarsOf(c);
        // Shift the window so that it may start before the extra closed dates / extra open interval.
        const a = c.start + shift * MINUTE;
        const b = a + span * MINUTE;
        const expected = elapsedRef(reference, a, b);
        expect(calendar.elapsed(a, b)).toBe(expected);
        // §0: the earliest instant with that much open time is b itself or, when b is closed, the last
        // closing before b — never the next opening (this puts due on exact closing boundaries often).
        const d = calendar.due(a, expected);
        expect(d).toBeLessThanOrEqual(b);
        expect(calendar.elapsed(d, b)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  }, 180_000);
});
