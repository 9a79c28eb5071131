/**
 * Downtime budgets (issue 3; SiteKiosk SLA: 0.5 % of 8 760 h =
 * 43 h 48 min, of a leap year 43 h 55.2 min) and exact percent comparisons.
 */
import { describe, expect, it } from 'vitest';
import {
  AvailabilityPeriod,
  SlaInputError,
  compareToPercent,
  computeAvailability,
  downtimeBudget,
  formatPercent,
  ratioAtLeast,
} from '../../src/index.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('downtimeBudget', () => {
  it('issue 3: 99 % of March 2026 in Europe/Paris allows 7 h 25 min 48 s', () => {
    // 1 % of 743 h = 7.43 h = 7 h 25.8 min = 7 h 25 min 48 s = 26 748 000 ms.
    const budget = downtimeBudget(AvailabilityPeriod.month(2026, 3, 'Europe/Paris'), '99');
    expect(budget.allowedMs).toBe(7 * HOUR + 25 * MINUTE + 48 * SECOND);
    expect(budget.allowedMs).toBe(26_748_000);
  });

  it('SiteKiosk §1: 99.5 % of the leap year 2028 (Europe/Berlin) allows 43 h 55 min 12 s', () => {
    // 0.5 % of 8 784 h = 43.92 h = 43 h 55.2 min = 43 h 55 min 12 s.
    expect(downtimeBudget(AvailabilityPeriod.year(2028, 'Europe/Berlin'), '99.5').allowedMs).toBe(43 * HOUR + 55 * MINUTE + 12 * SECOND);
  });

  it('SiteKiosk §1: 99.5 % of the common year 2026 allows 43 h 48 min', () => {
    // 0.5 % of 8 760 h = 43.8 h = 43 h 48 min.
    expect(downtimeBudget(AvailabilityPeriod.year(2026, 'Europe/Berlin'), 99.5).allowedMs).toBe(43 * HOUR + 48 * MINUTE);
  });

  it('used and remaining come from a result: March, 4 h outage, 99 % → 3 h 25 min 48 s left', () => {
    const result = computeAvailability({
      period: AvailabilityPeriod.month(2026, 3, 'Europe/Paris'),
      incidents: [{ start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00' }],
    });
    const budget = downtimeBudget(result, '99');
    // 7 h 25 min 48 s − 4 h = 3 h 25 min 48 s.
    expect(budget).toMatchObject({ baseMs: 743 * HOUR, usedMs: 4 * HOUR, remainingMs: 3 * HOUR + 25 * MINUTE + 48 * SECOND, met: true });
    // 99.5 % allows 0.5 % of 743 h = 3.715 h = 3 h 42 min 54 s; 4 h used → 17 min 6 s over.
    expect(downtimeBudget(result, '99.5')).toMatchObject({ allowedMs: 3 * HOUR + 42 * MINUTE + 54 * SECOND, remainingMs: -(17 * MINUTE + 6 * SECOND), met: false });
  });

  it('rounding: allowed is floored to the ms (99.95 % of 1 001 ms = 0.5005 ms → 0)', () => {
    expect(downtimeBudget(1001, '99.95').allowedMs).toBe(0);
    // 0.05 % of 30 days = 2 592 000 000 ms × 0.0005 = 1 296 000 ms = 21 min 36 s.
    expect(downtimeBudget(30 * 24 * HOUR, '99.95').allowedMs).toBe(21 * MINUTE + 36 * SECOND);
  });

  it('bad input: negative measured time, target above 100 → SlaInputError naming the field', () => {
    expect(() => downtimeBudget(-1, '99')).toThrow(SlaInputError);
    expect(() => downtimeBudget(-1, '99')).toThrow(/^measuredMs: /);
    expect(() => downtimeBudget(1000, '100.1')).toThrow(/^target: /);
  });
});

describe('exact percent comparisons', () => {
  // 99.4 % of March 2026 (743 h = 2 674 800 000 ms): 0.6 % = 16 048 800 ms down → 2 658 751 200 ms up.
  const exactly = { numerator: 2_658_751_200, denominator: 2_674_800_000 };
  const oneMsLess = { numerator: 2_658_751_199, denominator: 2_674_800_000 };

  it('docs/semantics.md: 99.4 % exactly is at least 99.4; 1 ms less is not', () => {
    expect(compareToPercent(exactly, '99.4')).toBe(0);
    expect(ratioAtLeast(exactly, '99.4')).toBe(true);
    expect(compareToPercent(oneMsLess, '99.4')).toBe(-1);
    expect(ratioAtLeast(oneMsLess, 99.4)).toBe(false);
  });

  it('formatPercent truncates: 739/743 → "99.4616"; 1 ms under 99.4 % → "99.3999"', () => {
    // 739/743 = 0.99461641… → 99.4616 %.
    expect(formatPercent({ numerator: 739, denominator: 743 })).toBe('99.4616');
    expect(formatPercent(oneMsLess)).toBe('99.3999');
    expect(formatPercent({ numerator: 1, denominator: 3 }, 2)).toBe('33.33');
    expect(formatPercent({ numerator: 1, denominator: 1 }, 0)).toBe('100');
  });

  it('a number availability is read as the decimal it prints as: 0.994 is exactly 99.4 %', () => {
    expect(compareToPercent(0.994, '99.4')).toBe(0);
  });

  it('bad input: ratio numerator above denominator, availability 99.4 (a percent, not a fraction)', () => {
    expect(() => ratioAtLeast({ numerator: 2, denominator: 1 }, '99')).toThrow(/^availability: /);
    expect(() => ratioAtLeast(99.4, '99')).toThrow(/^availability: /);
    expect(() => ratioAtLeast(0.99, 'ninety')).toThrow(/^percent: /);
  });
});
