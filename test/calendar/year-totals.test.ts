/**
 * Issue 13: `elapsed` across many local years reads running totals per year
 * (O(1) once the years are known) instead of walking the years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { YearTotals } from '../../src/calendar/year-totals.js';
import { DAY, HOUR, ZONES, scheduleArbitrary } from './arbitraries.js';

describe('YearTotals: open ms of whole local years from running totals', () => {
  it('sums recorded years in any recording order; a run with an unknown year is NaN', () => {
    const totals = new YearTotals();
    totals.record(2030, 5);
    totals.record(2027, 100);
    totals.record(2028, 20);
    // 2029 unknown: any run through it is NaN, runs beside it are sums.
    expect(totals.between(2027, 2028)).toBe(120); // 100 + 20
    expect(totals.between(2028, 2030)).toBeNaN();
    expect(totals.between(2030, 2030)).toBe(5);
    totals.record(2029, 3);
    expect(totals.between(2027, 2030)).toBe(128); // 100 + 20 + 3 + 5
    expect(totals.between(2029, 2030)).toBe(8); // 3 + 5
    // Outside the recorded years: NaN; an empty run: 0.
    expect(totals.between(2026, 2027)).toBeNaN();
    expect(totals.between(2031, 2031)).toBeNaN();
    expect(totals.between(2029, 2028)).toBe(0);
  });

  it('a year is recorded once: a second value for it is ignored', () => {
    const totals = new YearTotals();
    totals.record(2026, 7);
    totals.record(2026, 9);
    expect(totals.between(2026, 2026)).toBe(7);
    expect(totals.has(2026)).toBe(true);
    expect(totals.has(2025)).toBe(false);
  });
});

describe('elapsed over decades (issue 13: per-year running totals)', () => {
  it('elapsed over 50 years of 24/7 UTC is the real time: 18 262 days from 2026-01-01 to 2076-01-01', () => {
    // Leap years in [2026, 2076): 2028, 2032, …, 2072 = (2072 − 2028) / 4 + 1 = 12; 50 × 365 + 12 = 18 262 days.
    const always = BusinessCalendar.always('UTC');
    expect(always.elapsed(Date.UTC(2026, 0, 1), Date.UTC(2076, 0, 1))).toBe(18_262 * DAY);
    // Mid-year to mid-year, now from the running totals: 2030-07-01 → 2070-07-01 is 40 × 365 days plus the
    // leap days of 2032 … 2068 ((2068 − 2032) / 4 + 1 = 10) = 14 610 days.
    expect(always.elapsed(Date.UTC(2030, 6, 1), Date.UTC(2070, 6, 1))).toBe(14_610 * DAY);
  });

  it('property: elapsed(a, b) over up to 60 years equals the measure of openIntervals(a, b), whatever the order years were built in and with a 3-year cache (1000 runs)', () => {
    const calendars = fc.sample(
      fc.record({ zone: fc.constantFrom(...ZONES), week: scheduleArbitrary({ grid: 15 }) }),
      { numRuns: 6, seed: 13 },
    ).map(({ zone, week }) => new BusinessCalendar({ zone, week, maxCachedYears: 3 }));
    const calendarArb = fc.integer({ min: 0, max: calendars.length - 1 }).map((i) => calendars[i] as BusinessCalendar);
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(calendarArb, instant, fc.integer({ min: 0, max: 60 * 366 * DAY }), instant, (calendar, a, span, probe) => {
        // A query elsewhere first: years get built (and evicted) out of order.
        calendar.elapsed(probe, probe + HOUR);
        const b = Math.min(a + span, Date.UTC(2160, 0, 1));
        expect(calendar.elapsed(a, b)).toBe(calendar.openIntervals(a, b).measure());
      }),
      { numRuns: 1000 },
    );
  }, 240_000);
});
