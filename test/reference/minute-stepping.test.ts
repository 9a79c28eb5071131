/**
 * The reference is only useful if it is right: hand-checked values for the
 * minute-stepping oracle itself (docs/semantics.md and the worked examples).
 */
import { describe, expect, it } from 'vitest';
import { dueRef, elapsedRef, isOpenRef, type ReferenceCalendar } from './minute-stepping.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const weekdays = (ranges: string[]) => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });

describe('minute-stepping reference (issue 7)', () => {
  it('§0: Paris 23:00–08:00 is 8 h on 2026-03-28/29 and 10 h on 2026-10-24/25', () => {
    const nights: ReferenceCalendar = { zone: 'Europe/Paris', week: { sat: ['23:00-08:00'] } };
    // only the Saturday night falls in each window
    expect(elapsedRef(nights, Date.UTC(2026, 2, 28), Date.UTC(2026, 2, 30))).toBe(8 * HOUR);
    expect(elapsedRef(nights, Date.UTC(2026, 9, 24), Date.UTC(2026, 9, 26))).toBe(10 * HOUR);
  });

  it('§0 ambiguous bounds take effect at their first occurrence: Paris Sun 02:30–05:00 on 2026-10-25 is 3.5 h, 00:00–02:30 is 2.5 h', () => {
    const late: ReferenceCalendar = { zone: 'Europe/Paris', week: { sun: ['02:30-05:00'] } };
    // 02:30 CEST (00:30Z) → 05:00 CET (04:00Z): the second 02:00–02:30 changes nothing
    expect(elapsedRef(late, Date.UTC(2026, 9, 24), Date.UTC(2026, 9, 26))).toBe(3.5 * HOUR);
    const early: ReferenceCalendar = { zone: 'Europe/Paris', week: { sun: ['00:00-02:30'] } };
    // 00:00 CEST (Sat 22:00Z) → 02:30 CEST (00:30Z); the repeated 02:00–02:30 CET stays closed
    expect(elapsedRef(early, Date.UTC(2026, 9, 24), Date.UTC(2026, 9, 26))).toBe(2.5 * HOUR);
    // a walk that starts inside the repeated hour knows it: 01:15Z is 02:15 CET, the second pass → closed
    expect(isOpenRef(early, Date.UTC(2026, 9, 25, 1, 15))).toBe(false);
    expect(isOpenRef(late, Date.UTC(2026, 9, 25, 1, 15))).toBe(true);
  });

  it('§6 ex. 1 and 6 on Mon–Fri 08–18 Berlin: Fri 16:00 + 10 h → Mon 16:00; Mon 08:00 + 10 h → Mon 18:00 (closing)', () => {
    const support: ReferenceCalendar = { zone: 'Europe/Berlin', week: weekdays(['08:00-18:00']) };
    expect(dueRef(support, Date.UTC(2026, 4, 29, 14), 10 * HOUR)).toBe(Date.UTC(2026, 5, 1, 14));
    expect(dueRef(support, Date.UTC(2026, 5, 1, 6), 10 * HOUR)).toBe(Date.UTC(2026, 5, 1, 16));
    // a target inside a minute: 08:00 + 90 s = 08:01:30
    expect(dueRef(support, Date.UTC(2026, 5, 1, 6), 90_000)).toBe(Date.UTC(2026, 5, 1, 6, 1, 30));
    expect(dueRef(support, Date.UTC(2026, 5, 1, 6), 0)).toBe(Date.UTC(2026, 5, 1, 6));
  });

  it('closed dates close the whole local day: §6 ex. 2 with Thu 2026-06-04 closed → Tue 06-09 09:00', () => {
    const support: ReferenceCalendar = { zone: 'Europe/Berlin', week: weekdays(['08:00-18:00']), closedDates: new Set(['2026-06-04']) };
    expect(dueRef(support, Date.UTC(2026, 5, 3, 7), 30 * HOUR)).toBe(Date.UTC(2026, 5, 9, 7));
    // one week Mon–Sun with the holiday: 4 × 10 h
    expect(elapsedRef(support, Date.UTC(2026, 4, 31, 22), Date.UTC(2026, 5, 7, 22))).toBe(40 * HOUR);
  });

  it('overnight ranges reach into the next weekday, Sunday into Monday', () => {
    const calendar: ReferenceCalendar = { zone: 'UTC', week: { sun: ['20:00-04:00'] } };
    // Sun 2026-06-07 20:00 → Mon 06-08 04:00
    expect(isOpenRef(calendar, Date.UTC(2026, 5, 8, 3, 59))).toBe(true);
    expect(isOpenRef(calendar, Date.UTC(2026, 5, 8, 4))).toBe(false);
    expect(elapsedRef(calendar, Date.UTC(2026, 5, 1), Date.UTC(2026, 5, 15))).toBe(2 * 8 * HOUR);
  });

  it('extraOpen opens whatever the schedule says, even on a closed date', () => {
    const calendar: ReferenceCalendar = {
      zone: 'UTC',
      week: {},
      closedDates: new Set(['2026-06-01']),
      extraOpen: [[Date.UTC(2026, 5, 1, 10), Date.UTC(2026, 5, 1, 11)]],
    };
    expect(elapsedRef(calendar, Date.UTC(2026, 5, 1), Date.UTC(2026, 5, 2))).toBe(HOUR);
    // 2 h are never available: null within a 3-day walk
    expect(dueRef(calendar, Date.UTC(2026, 5, 1), 2 * HOUR, 3 * 1440)).toBeNull();
  });

  it('refuses instants off the minute grid rather than answering approximately', () => {
    const calendar: ReferenceCalendar = { zone: 'UTC', week: { mon: ['00:00-24:00'] } };
    expect(() => elapsedRef(calendar, 1, MINUTE)).toThrow(/minute boundary/);
    expect(() => dueRef(calendar, 30_000, MINUTE)).toThrow(/minute boundary/);
  });
});
