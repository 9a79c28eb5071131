/**
 * Issue 12 §4 properties (fast-check, 1000 runs each): the budget left never
 * exceeds the budget; the burn rate is 0 over a window with no measured
 * time; a weekday-only calendar never fires at the weekend; results are the
 * same under any process TZ.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { AvailabilityPeriod, BusinessCalendar, type ErrorBudget, errorBudget } from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const options = { numRuns: 1000 };
const WEEKDAY = ['08:00-18:00'];
const office = new BusinessCalendar({ name: 'office', zone: 'Europe/Berlin', week: { mon: WEEKDAY, tue: WEEKDAY, wed: WEEKDAY, thu: WEEKDAY, fri: WEEKDAY } });
/** March 2026 in Berlin: the spring-forward night of the 29th inside it. */
const march = AvailabilityPeriod.month(2026, 3, 'Europe/Berlin');

const scenario = fc.record({
  counted: fc.array(fc.record({ at: fc.integer({ min: 0, max: 31 * DAY }), length: fc.integer({ min: 0, max: 8 * HOUR }) }), { maxLength: 6 }),
  now: fc.integer({ min: 0, max: 31 * DAY - HOUR }),
  target: fc.constantFrom('99.9', '99.5', '98', '90', '0'),
  calendar: fc.boolean(),
  windowTime: fc.constantFrom('measured' as const, 'wall' as const),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function run(s: Scenario): ErrorBudget {
  return errorBudget({
    target: s.target,
    period: march,
    ...(s.calendar ? { measuredCalendar: office } : {}),
    counted: s.counted.map((c) => ({ start: march.start + c.at, end: march.start + c.at + c.length })),
    now: march.start + s.now,
    windowTime: s.windowTime,
  });
}

describe('errorBudget properties (issue 12 §4)', () => {
  it('the budget left never exceeds the budget, and consumed ≤ measured so far (1000 runs)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const b = run(s);
        expect(b.leftMs).toBeLessThanOrEqual(b.budgetMs);
        expect(b.consumedMs).toBeLessThanOrEqual(b.measuredSoFarMs);
        expect(b.leftMs).toBe(b.budgetMs - b.consumedMs);
      }),
      options,
    );
  });

  it('the burn rate is 0 over every window with no measured time, and never NaN (1000 runs)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const alert of run(s).alerts) {
          for (const w of [alert.long, alert.short]) {
            expect(Number.isFinite(w.burnRate)).toBe(true);
            if (w.measuredMs === 0) {
              expect(w.burnRate).toBe(0);
              expect(w.burnRateExact).toEqual({ numerator: '0', denominator: '1' });
            }
          }
        }
      }),
      options,
    );
  });

  it('a weekday-only calendar never fires at the weekend (1000 runs)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const b = run({ ...s, calendar: true });
        // Weekday of now in Berlin: March 2026 starts on a Sunday; local day index from the month's start.
        const local = new Date(b.now + (b.now >= Date.UTC(2026, 2, 29, 1) ? 2 : 1) * HOUR);
        const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
        if (weekend) expect(b.alerts.some((a) => a.firing)).toBe(false);
      }),
      options,
    );
  });

  describe('TZ independence', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });
    it('the same result under TZ=UTC, Pacific/Chatham and America/Santiago (1000 runs)', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          process.env.TZ = 'UTC';
          const utc = run(s);
          process.env.TZ = 'Pacific/Chatham';
          const chatham = run(s);
          process.env.TZ = 'America/Santiago';
          expect(chatham).toEqual(utc);
          expect(run(s)).toEqual(utc);
        }),
        options,
      );
    });
  });
});
