/** Issue 2, "Queries: isOpen, nextOpen, nextClose, openIntervals, elapsed, due, isBusinessDay, addBusinessDays". */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { SlaHorizonError, SlaInputError } from '../../src/errors.js';
import { IntervalSet } from '../../src/intervals/interval-set.js';

const HOUR = 3_600_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Linkando support (Annex 1): Mon–Fri 08:00–18:00 Europe/Berlin, DE-RP holidays. */
const support = new BusinessCalendar({ zone: 'Europe/Berlin', week: sameHours(WEEKDAYS, ['08:00-18:00']), holidays: 'DE-RP' });

describe('isOpen / nextOpen / nextClose', () => {
  it('§0 half-open: open at 08:00, closed at 18:00 (Mon 2026-06-01, Berlin)', () => {
    expect(support.isOpen('2026-06-01T08:00:00+02:00')).toBe(true);
    expect(support.isOpen(Date.UTC(2026, 5, 1, 6) - 1)).toBe(false); // 07:59:59.999
    expect(support.isOpen('2026-06-01T17:59:59.999+02:00')).toBe(true);
    expect(support.isOpen('2026-06-01T18:00:00+02:00')).toBe(false);
  });

  it('nextOpen: itself while open; Saturday → Monday 08:00; Wednesday evening → Friday 08:00 (Thursday holiday)', () => {
    expect(support.nextOpen('2026-06-01T09:00:00+02:00')).toBe(Date.UTC(2026, 5, 1, 7));
    // Sat 2026-05-30 10:00 → Mon 06-01 08:00 CEST = 06:00Z
    expect(support.nextOpen('2026-05-30T10:00:00+02:00')).toBe(Date.UTC(2026, 5, 1, 6));
    // Wed 06-03 18:00 → Thu is Fronleichnam → Fri 06-05 08:00 = 06:00Z
    expect(support.nextOpen('2026-06-03T18:00:00+02:00')).toBe(Date.UTC(2026, 5, 5, 6));
  });

  it('nextClose: the end of the current period while open, of the next one while closed', () => {
    expect(support.nextClose('2026-06-01T09:00:00+02:00')).toBe(Date.UTC(2026, 5, 1, 16));
    expect(support.nextClose('2026-05-30T10:00:00+02:00')).toBe(Date.UTC(2026, 5, 1, 16));
    // at the closing instant itself the calendar is closed: the next period is Tue's
    expect(support.nextClose('2026-06-01T18:00:00+02:00')).toBe(Date.UTC(2026, 5, 2, 16));
  });

  it('nextOpen / nextClose across a year boundary (24/7 with holes, UTC and Paris local years)', () => {
    const utc = BusinessCalendar.always('UTC').minus(IntervalSet.of([['2026-12-31T20:00Z', '2027-01-01T04:00Z']]));
    expect(utc.nextOpen('2026-12-31T21:00Z')).toBe(Date.UTC(2027, 0, 1, 4));
    expect(utc.nextClose('2026-12-31T10:00Z')).toBe(Date.UTC(2026, 11, 31, 20));
    // the open period from 2026 runs through the local new year and closes only on 2027-01-01 12:00Z
    const paris = BusinessCalendar.always('Europe/Paris').minus(IntervalSet.of([['2027-01-01T12:00Z', '2027-01-01T13:00Z']]));
    expect(paris.nextClose('2026-12-31T10:00Z')).toBe(Date.UTC(2027, 0, 1, 12));
    expect(paris.nextOpen('2027-01-01T12:30Z')).toBe(Date.UTC(2027, 0, 1, 13));
  });

  it('an overnight range across New Year: Thu 2026-12-31 22:00 → Fri 2027-01-01 06:00 Paris', () => {
    const night = new BusinessCalendar({ zone: 'Europe/Paris', week: { thu: ['22:00-06:00'] } });
    // 06:00 CET = 05:00Z
    expect(night.nextClose('2026-12-31T22:30:00+01:00')).toBe(Date.UTC(2027, 0, 1, 5));
    // 22:00 CET = 21:00Z; 8 h open, spread over two local years
    expect(night.elapsed('2026-12-31T00:00:00+01:00', '2027-01-02T00:00:00+01:00')).toBe(8 * HOUR);
    expect(night.openIntervals('2026-12-31T00:00:00+01:00', '2027-01-02T00:00:00+01:00').size).toBe(1);
  });

  it('24/7: nextOpen is t itself and nextClose is null (it never closes within the horizon)', () => {
    const always = BusinessCalendar.always('Europe/Paris');
    expect(always.nextOpen('2026-12-31T23:30:00+01:00')).toBe(Date.UTC(2026, 11, 31, 22, 30));
    expect(always.nextClose('2026-12-31T23:30:00+01:00')).toBeNull();
  });

  it('a calendar that opens once: nextOpen / nextClose are null after its only opening', () => {
    const once = new BusinessCalendar({ zone: 'UTC', week: {}, extraOpen: [['2026-06-01T08:00Z', '2026-06-01T09:00Z']] });
    expect(once.nextOpen('2026-05-01T00:00Z')).toBe(Date.UTC(2026, 5, 1, 8));
    expect(once.nextClose('2026-05-01T00:00Z')).toBe(Date.UTC(2026, 5, 1, 9));
    expect(once.nextOpen('2026-06-01T09:00Z')).toBeNull();
    expect(once.nextClose('2026-06-01T09:00Z')).toBeNull();
  });
});

describe('openIntervals / elapsed / due', () => {
  it('openIntervals is clipped to [from, to)', () => {
    const open = support.openIntervals('2026-06-01T10:00:00+02:00', '2026-06-02T09:00:00+02:00');
    expect(open.toArray()).toEqual([
      { start: Date.UTC(2026, 5, 1, 8), end: Date.UTC(2026, 5, 1, 16) },
      { start: Date.UTC(2026, 5, 2, 6), end: Date.UTC(2026, 5, 2, 7) },
    ]);
    // 8 h + 1 h
    expect(open.measure()).toBe(9 * HOUR);
    expect(support.openIntervals(0, 0).isEmpty).toBe(true);
  });

  it('elapsed: a full week around Corpus Christi is 4 × 10 h; elapsed(a, a) is 0', () => {
    expect(support.elapsed('2026-06-01T00:00:00+02:00', '2026-06-08T00:00:00+02:00')).toBe(40 * HOUR);
    expect(support.elapsed('2026-06-01T10:00:00+02:00', '2026-06-01T10:00:00+02:00')).toBe(0);
  });

  it('elapsed and due across many local years (24/7 and Mon–Fri)', () => {
    const always = BusinessCalendar.always('UTC');
    // 2026-01-01 + 26 304 h (1 096 days, incl. 2028-02-29) = 2029-01-01
    expect(always.due('2026-01-01T00:00Z', { hours: 26_304 })).toBe(Date.UTC(2029, 0, 1));
    const weekdays = new BusinessCalendar({ zone: 'UTC', week: sameHours(WEEKDAYS, ['00:00-24:00']) });
    // Mon 2026-01-05 + 52 weeks × 5 days × 24 h = Mon 2027-01-04 00:00 → reached at the Friday closing before: Sat 2027-01-02 00:00
    expect(weekdays.due('2026-01-05T00:00Z', { hours: 52 * 5 * 24 })).toBe(Date.UTC(2027, 0, 2));
  });

  it('due accepts ISO durations and unit objects; sub-hour targets land inside an interval', () => {
    // Mon 08:00 + 90 min = 09:30 CEST = 07:30Z
    expect(support.due('2026-06-01T08:00:00+02:00', 'PT1H30M')).toBe(Date.UTC(2026, 5, 1, 7, 30));
    expect(support.due('2026-06-01T08:00:00+02:00', { minutes: 90 })).toBe(Date.UTC(2026, 5, 1, 7, 30));
    // 1 ms target from a closed instant: the next opening + 1 ms
    expect(support.due('2026-05-30T10:00:00+02:00', 1)).toBe(Date.UTC(2026, 5, 1, 6) + 1);
  });
});

describe('whole-day helpers', () => {
  it('isBusinessDay: weekdays yes, weekends and DE-RP holidays no', () => {
    expect(support.isBusinessDay('2026-06-01')).toBe(true);
    expect(support.isBusinessDay('2026-06-06')).toBe(false);
    expect(support.isBusinessDay('2026-06-04')).toBe(false);
    expect(support.isBusinessDay('2026-10-03')).toBe(false); // a Saturday anyway
    expect(support.isBusinessDay('2026-12-25')).toBe(false);
  });

  it('addBusinessDays: +1 from Wed 06-03 skips Corpus Christi → Fri 06-05; +5 from Fri 05-29 → Mon 06-08', () => {
    expect(support.addBusinessDays('2026-06-03', 1)).toBe('2026-06-05');
    // Mon 06-01 (1), Tue (2), Wed (3), Thu holiday, Fri 06-05 (4), Mon 06-08 (5)
    expect(support.addBusinessDays('2026-05-29', 5)).toBe('2026-06-08');
    // Wed 2026-12-30: Thu 12-31 (1), Fri 2027-01-01 Neujahr, Mon 01-04 (2)
    expect(support.addBusinessDays('2026-12-30', 2)).toBe('2027-01-04');
  });

  it('addBusinessDays with negative n walks back: Mon 06-08 − 3 → Tue 06-02 (Fri 1, Thu holiday, Wed 2, Tue 3)', () => {
    expect(support.addBusinessDays('2026-06-08', -3)).toBe('2026-06-02');
    expect(support.addBusinessDays('2026-06-05', -1)).toBe('2026-06-03');
    // Mon 2027-01-04 − 1: Sun, Sat, Fri 01-01 Neujahr → Thu 2026-12-31
    expect(support.addBusinessDays('2027-01-04', -1)).toBe('2026-12-31');
  });

  it('addBusinessDays with n = 0 returns the date itself, business day or not', () => {
    expect(support.addBusinessDays('2026-06-06', 0)).toBe('2026-06-06');
  });

  it('addBusinessDays: a non-integer n is an SlaInputError naming n; no business day within the horizon is an SlaHorizonError', () => {
    expect(() => support.addBusinessDays('2026-06-01', 1.5)).toThrow(SlaInputError);
    expect(() => support.addBusinessDays('2026-06-01', 1.5)).toThrow(/\bn\b/);
    const never = new BusinessCalendar({ zone: 'UTC', week: {}, extraOpen: [['2026-06-01T08:00Z', '2026-06-01T09:00Z']], horizonYears: 1 });
    expect(never.addBusinessDays('2026-05-01', 1)).toBe('2026-06-01');
    expect(() => never.addBusinessDays('2026-06-01', 1)).toThrow(SlaHorizonError);
  });

  it('startOfDay and localDate read local days in the calendar zone', () => {
    // Berlin 2026-06-01 00:00 CEST = 05-31 22:00Z
    expect(support.startOfDay('2026-06-01')).toBe(Date.UTC(2026, 4, 31, 22));
    expect(support.localDate('2026-05-31T22:30:00Z')).toBe('2026-06-01');
    expect(support.localDate('2026-05-31T21:59:59.999Z')).toBe('2026-05-31');
  });
});
