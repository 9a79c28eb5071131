/**
 * Issue 2, BusinessCalendar: "a weekly schedule (per weekday, several
 * intervals a day; overnight spans such as 22:00–06:00; 00:00–24:00)".
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { WEEKDAYS, sameHours } from '../../src/calendar/weekly-schedule.js';

const HOUR = 3_600_000;

const pairsOf = (calendar: BusinessCalendar, from: string, to: string) =>
  calendar
    .openIntervals(from, to)
    .toArray()
    .map(({ start, end }) => [start, end]);

describe('weekly schedules', () => {
  it('sameHours copies the ranges to each listed day; WEEKDAYS is Monday first', () => {
    expect(sameHours(['mon', 'fri'], ['09:00-17:00'])).toEqual({ mon: ['09:00-17:00'], fri: ['09:00-17:00'] });
    expect(WEEKDAYS).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });

  it('issue 2: several ranges a day — Fri 08:00–12:00 and 13:00–18:00 make 9 h', () => {
    const calendar = new BusinessCalendar({ zone: 'UTC', week: { fri: ['08:00-12:00', '13:00-18:00'] } });
    // 2026-06-05 is a Friday: 4 h + 5 h
    expect(calendar.elapsed('2026-06-05T00:00Z', '2026-06-06T00:00Z')).toBe(9 * HOUR);
    expect(calendar.isOpen('2026-06-05T12:30Z')).toBe(false);
  });

  it('overlapping ranges of one day merge: 08:00–12:00 and 10:00–14:00 make 6 h, one interval', () => {
    const calendar = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-12:00', '10:00-14:00'] } });
    expect(pairsOf(calendar, '2026-06-01T00:00Z', '2026-06-02T00:00Z')).toEqual([[Date.UTC(2026, 5, 1, 8), Date.UTC(2026, 5, 1, 14)]]);
  });

  it('issue 2: an overnight range belongs to the day it starts on — Sat 22:00–06:00 is open Sun 05:00', () => {
    const calendar = new BusinessCalendar({ zone: 'UTC', week: { sat: ['22:00-06:00'] } });
    // 2026-06-06 is a Saturday: Sat 22:00 → Sun 06:00 = 8 h, the only opening of the week
    expect(pairsOf(calendar, '2026-06-01T00:00Z', '2026-06-08T00:00Z')).toEqual([[Date.UTC(2026, 5, 6, 22), Date.UTC(2026, 5, 7, 6)]]);
    expect(calendar.isOpen('2026-06-07T05:00Z')).toBe(true);
    expect(calendar.isOpen('2026-06-06T05:00Z')).toBe(false);
  });

  it('an overnight range on Sunday wraps into Monday of the next week', () => {
    const calendar = new BusinessCalendar({ zone: 'UTC', week: { sun: ['20:00-04:00'] } });
    // Sun 2026-06-07 20:00 → Mon 06-08 04:00
    expect(calendar.isOpen('2026-06-08T03:59Z')).toBe(true);
    expect(calendar.isOpen('2026-06-08T04:00Z')).toBe(false);
    expect(calendar.elapsed('2026-06-08T00:00Z', '2026-06-09T00:00Z')).toBe(4 * HOUR);
  });

  it('issue 2: 00:00–24:00 on consecutive days merges into one interval (Mon 00:00 → Wed 00:00)', () => {
    const calendar = new BusinessCalendar({ zone: 'Europe/Paris', week: { mon: ['00:00-24:00'], tue: ['00:00-24:00'] } });
    // Mon 2026-06-01 00:00 CEST = 05-31 22:00Z; Wed 06-03 00:00 CEST = 06-02 22:00Z
    expect(pairsOf(calendar, '2026-05-31T00:00:00+02:00', '2026-06-07T00:00:00+02:00')).toEqual([
      [Date.UTC(2026, 4, 31, 22), Date.UTC(2026, 5, 2, 22)],
    ]);
    expect(calendar.nextClose('2026-06-01T10:00:00+02:00')).toBe(Date.UTC(2026, 5, 2, 22));
  });

  it('a range ending at 24:00 merges with the next day starting at 00:00 (Sun 22:00–24:00 + Mon 00:00–06:00)', () => {
    const calendar = new BusinessCalendar({ zone: 'UTC', week: { sun: ['22:00-24:00'], mon: ['00:00-06:00'] } });
    expect(pairsOf(calendar, '2026-06-07T00:00Z', '2026-06-09T00:00Z')).toEqual([[Date.UTC(2026, 5, 7, 22), Date.UTC(2026, 5, 8, 6)]]);
  });

  it('an overnight range overlapping the next day\'s range merges (Mon 22:00–06:00 + Tue 04:00–12:00)', () => {
    const calendar = new BusinessCalendar({ zone: 'UTC', week: { mon: ['22:00-06:00'], tue: ['04:00-12:00'] } });
    // Mon 06-01 22:00 → Tue 06-02 12:00 = 14 h
    expect(pairsOf(calendar, '2026-06-01T00:00Z', '2026-06-03T00:00Z')).toEqual([[Date.UTC(2026, 5, 1, 22), Date.UTC(2026, 5, 2, 12)]]);
  });

  it('issue 2: joursOuvrables is Mon–Sat whole days and joursOuvres Mon–Fri, both minus FR holidays', () => {
    const ouvrables = BusinessCalendar.joursOuvrables();
    const ouvres = BusinessCalendar.joursOuvres();
    expect(ouvrables.zone).toBe('Europe/Paris');
    expect(ouvrables.isBusinessDay('2026-05-02')).toBe(true); // Saturday
    expect(ouvres.isBusinessDay('2026-05-02')).toBe(false);
    expect(ouvrables.isBusinessDay('2026-05-03')).toBe(false); // Sunday
    expect(ouvrables.isBusinessDay('2026-05-01')).toBe(false); // Fête du travail
    expect(ouvres.isBusinessDay('2026-07-14')).toBe(false); // Fête nationale, a Tuesday
    // week of 2026-05-04 (Mon) … 05-10 (Sun): Fri 05-08 is Victoire 1945 → ouvrables Mon–Thu + Sat = 5 days, ouvrés 4 days
    const from = '2026-05-04T00:00:00+02:00';
    const to = '2026-05-11T00:00:00+02:00';
    expect(ouvrables.elapsed(from, to)).toBe(5 * 24 * HOUR);
    expect(ouvres.elapsed(from, to)).toBe(4 * 24 * HOUR);
  });

  it('BusinessCalendar.always is open at every instant; its zone defaults to UTC', () => {
    const always = BusinessCalendar.always();
    expect(always.zone).toBe('UTC');
    expect(always.isOpen('2026-06-07T03:00Z')).toBe(true);
    // 2026-01-01 → 2029-01-01: 365 + 365 + 366 (2028) = 1096 days × 24 h = 26 304 h
    expect(always.elapsed('2026-01-01T00:00Z', '2029-01-01T00:00Z')).toBe(26_304 * HOUR);
  });
});
