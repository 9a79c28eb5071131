/**
 * Issue 12 §4: error budget and burn rate, 24/7 (hand-computed). June 2026
 * in UTC is 30 × 24 h = 720 h = 2 592 000 000 ms; 99.9 % leaves 0.1 % of it:
 * floor(2 592 000 000 × 1 / 1000) = 2 592 000 ms (43 min 12 s).
 */
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod, BusinessCalendar, SlaInputError, errorBudget } from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const june = AvailabilityPeriod.month(2026, 6, 'UTC');

describe('errorBudget, 24/7 (issue 12 §4)', () => {
  it('budget, consumed and left: 30 min down on June 15 11:30–12:00', () => {
    const budget = errorBudget({ target: '99.9', period: june, counted: [{ start: '2026-06-15T11:30:00Z', end: '2026-06-15T12:00:00Z' }], now: '2026-06-15T12:00:00Z' });
    expect(budget.measuredMs).toBe(720 * HOUR); // 2 592 000 000
    expect(budget.budgetMs).toBe(2_592_000); // 720 h × 0.001
    expect(budget.consumedMs).toBe(30 * MINUTE); // 1 800 000
    expect(budget.leftMs).toBe(792_000); // 2 592 000 − 1 800 000 = 13 min 12 s
    // 14 days and 12 h of June before now: 14 × 24 + 12 = 348 h.
    expect(budget.measuredSoFarMs).toBe(348 * HOUR);
    const [page1h, page6h, ticket] = budget.alerts;
    // 1 h window [11:00, 12:00): 30 min / 60 min / 0.001 = 500; exactly 1 800 000 × 1000 / (3 600 000 × 1).
    expect(page1h?.long.burnRateExact).toEqual({ numerator: '1800000000', denominator: '3600000' });
    expect(page1h?.long.burnRate).toBe(500);
    // 5 min window [11:55, 12:00): all down: 1 / 0.001 = 1000.
    expect(page1h?.short.burnRate).toBe(1000);
    expect(page1h?.firing).toBe(true);
    // 6 h window [06:00, 12:00): 30 / 360 / 0.001 = 83.33…
    expect(page6h?.long.countedMs).toBe(30 * MINUTE);
    expect(page6h?.long.measuredMs).toBe(6 * HOUR);
    expect(page6h?.firing).toBe(true);
    // 3 d window from June 12 12:00: 30 / 4320 / 0.001 = 6.94… > 1; 6 h: 83.3 > 1.
    expect(ticket?.long.start).toBe(Date.UTC(2026, 5, 12, 12));
    expect(ticket?.firing).toBe(true);
  });

  it('the short window stops a page once the burn has stopped: down 10:30–11:30, now 12:00', () => {
    const budget = errorBudget({ target: '99.9', period: june, counted: [{ start: '2026-06-15T10:30:00Z', end: '2026-06-15T11:30:00Z' }], now: '2026-06-15T12:00:00Z' });
    const [page1h, page6h, ticket] = budget.alerts;
    // 1 h [11:00, 12:00): 30 min down → 500 > 14.4; 5 min [11:55, 12:00): 0 → 0. No page.
    expect(page1h?.long.burnRate).toBe(500);
    expect(page1h?.short.burnRate).toBe(0);
    expect(page1h?.firing).toBe(false);
    expect(page1h?.reason).toBe('burn rate not above 14.4 over the short window');
    // 6 h: 60 / 360 / 0.001 = 166.7 > 6; 30 min [11:30, 12:00): 0. No page.
    expect(page6h?.firing).toBe(false);
    // 3 d: 60 / 4320 / 0.001 = 13.9 > 1; 6 h: 166.7 > 1. Ticket.
    expect(ticket?.long.burnRate).toBeCloseTo(60 / 4320 / 0.001, 9);
    expect(ticket?.firing).toBe(true);
    // Consumed 60 min = 3 600 000 > budget 2 592 000: left −1 008 000.
    expect(budget.leftMs).toBe(-1_008_000);
  });

  it('a window is cut at the period start: June 1 02:00, the 3-day window holds 2 h', () => {
    const budget = errorBudget({ target: '99.9', period: june, counted: [], now: '2026-06-01T02:00:00Z' });
    const ticket = budget.alerts[2];
    expect(ticket?.long.start).toBe(june.start);
    expect(ticket?.long.measuredMs).toBe(2 * HOUR);
    expect(ticket?.long.cut).toBe(true);
    expect(ticket?.long.burnRate).toBe(0);
  });

  it('a burn rate exactly at the threshold does not fire (the workbook writes ">")', () => {
    // 99 %: 1 % budget. 1 h window with 6 min down: 0.1 / 0.01 = 10 exactly; threshold 10.
    const budget = errorBudget({
      target: '99',
      period: june,
      counted: [{ start: '2026-06-15T11:54:00Z', end: '2026-06-15T12:00:00Z' }],
      now: '2026-06-15T12:00:00Z',
      alerts: [{ id: 'at-10', severity: 'page', longWindow: 'PT1H', shortWindow: 'PT6M', burnRate: '10' }],
    });
    expect(budget.alerts[0]?.long.burnRateExact).toEqual({ numerator: '36000000', denominator: '3600000' }); // 360 000 × 100 / (3 600 000 × 1)
    expect(budget.alerts[0]?.firing).toBe(false); // 10 is not above 10; the 6-min window burns 100, above
  });

  it('wall-time windows on a weekday calendar: burn 0 when the window has no open time', () => {
    const office = new BusinessCalendar({ name: 'office', zone: 'UTC', week: { mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] } });
    // Friday June 12 17:00–18:00 down; now Saturday 13 12:00. Wall 1 h [11:00, 12:00) Saturday: no measured time.
    const options = { target: '98', period: june, measuredCalendar: office, counted: [{ start: '2026-06-12T17:00:00Z', end: '2026-06-12T18:00:00Z' }], now: '2026-06-13T12:00:00Z' };
    const wall = errorBudget({ ...options, windowTime: 'wall' });
    expect(wall.alerts[0]?.long.measuredMs).toBe(0);
    expect(wall.alerts[0]?.long.burnRate).toBe(0);
    expect(wall.alerts[0]?.long.burnRateExact).toEqual({ numerator: '0', denominator: '1' });
    // Measured 1 h: Friday 17:00–18:00, all down: 1 / 0.02 = 50; but now is not measured: nothing fires.
    const measured = errorBudget(options);
    expect(measured.alerts[0]?.long.start).toBe(Date.UTC(2026, 5, 12, 17));
    expect(measured.alerts[0]?.long.burnRate).toBe(50);
    expect(measured.nowMeasured).toBe(false);
    expect(measured.alerts.map((a) => a.firing)).toEqual([false, false, false]);
  });

  it('bad input is a typed error naming the field', () => {
    const base = { target: '99.9', period: june, counted: [], now: '2026-06-15T12:00:00Z' };
    expect(() => errorBudget({ ...base, target: '100' })).toThrow(SlaInputError);
    expect(() => errorBudget({ ...base, target: '100' })).toThrow(/target/);
    expect(() => errorBudget({ ...base, now: '2026-07-01T00:00:01Z' })).toThrow(/now/);
    expect(() => errorBudget({ ...base, windowTime: 'business' as never })).toThrow(/windowTime/);
    expect(() => errorBudget({ ...base, alerts: [{ id: 'x', severity: 'page', longWindow: 'PT0S', shortWindow: 'PT5M', burnRate: '2' }] })).toThrow(/alerts\[0\]\.longWindow/);
    expect(() => errorBudget({ ...base, alerts: [{ id: 'x', severity: 'loud' as never, longWindow: 'PT1H', shortWindow: 'PT5M', burnRate: '2' }] })).toThrow(/alerts\[0\]\.severity/);
    expect(() => errorBudget({ ...base, alerts: [{ id: 'x', severity: 'page', longWindow: 'PT1H', shortWindow: 'PT5M', burnRate: 'fast' }] })).toThrow(/alerts\[0\]\.burnRate/);
    expect(() => errorBudget({ ...base, extra: 1 } as never)).toThrow(/extra/);
  });
});
