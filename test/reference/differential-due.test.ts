/**
 * Issue 7, acceptance: indexed `due` equals the naive minute-stepping
 * reference on ≥ 1,000 random cases (same generators as the elapsed
 * differential). Targets are arbitrary milliseconds, so due instants inside a
 * minute and exactly at closing boundaries both occur.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../calendar/arbitraries.js';
import { caseArbitrary, calendarsOf } from './differential-cases.js';
import { dueRef } from './minute-stepping.js';

/** The reference walks at most 10 days; beyond that it only says "later". */
const WALK_MINUTES = 10 * 1440;

/** Mostly short targets: the reference's walk (≈ 8 µs a minute) is what this property pays for. */
const targetArbitrary = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 2 * HOUR }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 12 * HOUR }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 40 * HOUR }), weight: 1 },
  // whole minutes: due lands exactly on interval ends (closing boundaries) more often
  { arbitrary: fc.integer({ min: 0, max: 24 * 60 }).map((m) => m * MINUTE), weight: 2 },
);

describe('differential: BusinessCalendar.due vs minute stepping (issue 7)', () => {
  it('issue 7: due(start, target) equals the minute-stepping reference (1000 runs)', () => {
    let resolved = 0;
    let runs = 0;
    fc.assert(
      fc.property(caseArbitrary, targetArbitrary, (c, target) => {
        const { calendar, reference } = calendarsOf(c);
        const expected = dueRef(reference, c.start, target, WALK_MINUTES);
        const actual = calendar.due(c.start, target);
        runs++;
        if (expected === null) {
          expect(actual).toBeGreaterThan(c.start + WALK_MINUTES * MINUTE);
        } else {
          resolved++;
          expect(actual).toBe(expected);
        }
      }),
      { numRuns: 1000 },
    );
    // not vacuous: most cases are decided by an exact comparison, not by "later than 10 days"
    expect(resolved).toBeGreaterThan(runs * 0.9);
  }, 180_000);
});
