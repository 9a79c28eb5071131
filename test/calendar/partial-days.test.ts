/**
 * Issue 10 §5, "Partial days": special hours on given dates, rules relative
 * to holidays ("the day before a public holiday closes one hour early") and
 * date-holidays' part-day holidays; the acceptance case "a shortened day
 * before a holiday (one hour early) over a DST week"; bad definitions.
 * Every expected value is hand computed.
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, type BusinessCalendarOptions } from '../../src/calendar/business-calendar.js';
import { dateHolidays, holidayList } from '../../src/calendar/holidays.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { SlaInputError } from '../../src/errors.js';
import { expectError } from './expect-error.js';

const HOUR = 3_600_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const EVE_ONE_HOUR_EARLY = { relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT1H' } as const;
const utc = (options: Partial<BusinessCalendarOptions>) => new BusinessCalendar({ zone: 'UTC', week: sameHours(WEEKDAYS, ['09:00-17:00']), ...options });
const hoursOn = (calendar: BusinessCalendar, date: string) => calendar.elapsed(calendar.startOfDay(date), calendar.startOfDay(date) + 24 * HOUR) / HOUR;

describe('acceptance: a shortened day before a holiday (one hour early) over a DST week', () => {
  // Berlin, Mon–Fri 08:00–18:00 plus a Saturday night shift 22:00–06:00, German national holidays, and
  // "the day before a public holiday closes one hour early". Easter 2027: Karfreitag Fri 03-26 and
  // Ostermontag Mon 03-29 are holidays; the clocks go forward on Sun 03-28 (02:00 CET → 03:00 CEST).
  const berlin = new BusinessCalendar({
    zone: 'Europe/Berlin',
    week: { ...sameHours(WEEKDAYS, ['08:00-18:00']), sat: ['22:00-06:00'] },
    holidays: 'DE',
    relativeDays: [EVE_ONE_HOUR_EARLY],
  });

  it('Thu 03-25 (before Karfreitag) closes at 17:00; Sun 03-28 (before Ostermontag) has no hours to shorten', () => {
    // Thu 08:00–17:00 CET = 07:00Z–16:00Z
    expect(berlin.openIntervals('2027-03-25T00:00:00+01:00', '2027-03-26T00:00:00+01:00').toArray()).toEqual([{ start: Date.UTC(2027, 2, 25, 7), end: Date.UTC(2027, 2, 25, 16) }]);
    // Wed 03-24 (not before a holiday) keeps 08–18: 10 h
    expect(hoursOn(berlin, '2027-03-24')).toBe(10);
  });

  it('elapsed Thu 08:00 CET → Tue 18:00 CEST = 26 h', () => {
    // Thu 08–17 (9 h, short) + Fri holiday (0) + Sat 22:00 CET → Sun 06:00 CEST (21:00Z → 04:00Z = 7 h, the DST night)
    // + Mon holiday (0) + Tue 08–18 (10 h) = 26 h
    expect(berlin.elapsed('2027-03-25T08:00:00+01:00', '2027-03-30T18:00:00+02:00')).toBe(26 * HOUR);
  });

  it('due(Thu 16:00 CET, 5 h) = Sun 03:00 CEST, across the short day, the holiday and the DST gap', () => {
    // Thu 16–17 (1 h), Fri holiday, Sat 22:00 CET (21:00Z) + 4 h = 01:00Z = 03:00 CEST (02:00–03:00 does not exist)
    expect(berlin.due('2027-03-25T16:00:00+01:00', { hours: 5 })).toBe(Date.UTC(2027, 2, 28, 1));
  });

  it('before(Tue 09:00 CEST, 9 h) = Thu 16:00 CET: back over the DST night and the short day', () => {
    // Tue 08–09 (1 h), Mon holiday, Sun 04:00Z back to Sat 21:00Z (7 h) → 8 h, then 1 h before Thu's 17:00 close → 16:00 CET = 15:00Z
    expect(berlin.before('2027-03-30T09:00:00+02:00', { hours: 9 })).toBe(Date.UTC(2027, 2, 25, 15));
  });

  it('without the rule the same week has 27 h (the rule took exactly one hour)', () => {
    const plain = new BusinessCalendar({ zone: 'Europe/Berlin', week: { ...sameHours(WEEKDAYS, ['08:00-18:00']), sat: ['22:00-06:00'] }, holidays: 'DE' });
    expect(plain.elapsed('2027-03-25T08:00:00+01:00', '2027-03-30T18:00:00+02:00')).toBe(27 * HOUR);
  });
});

describe('specialHours: the hours of given dates', () => {
  it('a short day, a closed day ([]), and an opened Saturday', () => {
    const calendar = utc({ specialHours: [
      { date: '2026-12-24', hours: ['09:00-13:00'] },
      { date: '2026-12-31', hours: [] },
      { date: '2026-12-19', hours: ['10:00-12:00'] },
    ] });
    expect(hoursOn(calendar, '2026-12-24')).toBe(4);
    expect(hoursOn(calendar, '2026-12-31')).toBe(0);
    expect(hoursOn(calendar, '2026-12-19')).toBe(2);
    // the other days keep their weekly hours: Wed 12-23 09–17
    expect(hoursOn(calendar, '2026-12-23')).toBe(8);
  });

  it('win over a holiday (open those hours) and are reported as closed days only when []', () => {
    const calendar = utc({ holidays: holidayList(['2026-12-25', '2026-12-28']), specialHours: [{ date: '2026-12-25', hours: ['10:00-12:00'] }, { date: '2026-12-31', hours: [] }] });
    expect(hoursOn(calendar, '2026-12-25')).toBe(2);
    expect(calendar.closedDays('2026-12-21T00:00Z', '2027-01-01T00:00Z').map((day) => `${day.date} ${day.source}`)).toEqual(['2026-12-28 list', '2026-12-31 specialHours']);
  });

  it('an overnight range belongs to its date: Fri 22:00–06:00 runs into Saturday', () => {
    const calendar = utc({ specialHours: [{ date: '2026-06-05', hours: ['22:00-06:00'] }] });
    expect(calendar.openIntervals('2026-06-05T00:00Z', '2026-06-07T00:00Z').toArray()).toEqual([{ start: Date.UTC(2026, 5, 5, 22), end: Date.UTC(2026, 5, 6, 6) }]);
  });
});

describe('relativeDays: rules near holidays', () => {
  const holidays = holidayList(['2026-06-04']); // a Thursday

  it('closeEarly moves the end of the last range; with split hours only the last range shrinks', () => {
    const split = new BusinessCalendar({ zone: 'UTC', week: sameHours(WEEKDAYS, ['09:00-12:00', '13:00-17:00']), holidays, relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT2H' }] });
    // Wed 06-03: 09–12 and 13–15 = 5 h
    expect(split.openIntervals('2026-06-03T00:00Z', '2026-06-04T00:00Z').toArray()).toEqual([
      { start: Date.UTC(2026, 5, 3, 9), end: Date.UTC(2026, 5, 3, 12) },
      { start: Date.UTC(2026, 5, 3, 13), end: Date.UTC(2026, 5, 3, 15) },
    ]);
  });

  it('a range that closeEarly empties is removed; the earlier ranges keep their hours', () => {
    const split = new BusinessCalendar({ zone: 'UTC', week: sameHours(WEEKDAYS, ['09:00-12:00', '13:00-14:00']), holidays, relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: { minutes: 90 } }] });
    // 13–14 minus 90 min is empty: Wed keeps 09–12 = 3 h
    expect(hoursOn(split, '2026-06-03')).toBe(3);
  });

  it('hours keeps the parts of the weekly hours inside the ranges; offset +1 is the day after', () => {
    const after = utc({ holidays, relativeDays: [{ relativeTo: 'holiday', offsetDays: 1, hours: ['08:00-12:00'] }] });
    // Fri 06-05: 09–17 ∩ 08–12 = 09–12 = 3 h (never more than the weekly hours)
    expect(hoursOn(after, '2026-06-05')).toBe(3);
    expect(hoursOn(after, '2026-06-03')).toBe(8);
  });

  it('no effect on a day that is itself closed: Sun before a Monday holiday, a holiday before a holiday', () => {
    const calendar = utc({ holidays: holidayList(['2026-12-25', '2026-12-28', '2026-12-29']), relativeDays: [EVE_ONE_HOUR_EARLY] });
    // Thu 12-24 before Fri 12-25: 7 h. Sun 12-27 before Mon 12-28: closed anyway. Mon 12-28 before Tue 12-29: a holiday, 0 h.
    expect([hoursOn(calendar, '2026-12-24'), hoursOn(calendar, '2026-12-27'), hoursOn(calendar, '2026-12-28')]).toEqual([7, 0, 0]);
  });

  it('closedDates and ignored holidays are not holidays for the rules; special hours win over them', () => {
    const calendar = utc({ holidays: holidayList(['2026-06-04', '2026-06-11']), ignoreHolidays: ['2026-06-11'], closedDates: ['2026-06-18'], specialHours: [{ date: '2026-06-03', hours: ['09:00-17:00'] }], relativeDays: [EVE_ONE_HOUR_EARLY] });
    // Wed 06-03 has special hours (8 h); Wed 06-10 is before an ignored holiday (8 h); Wed 06-17 is before a closed date (8 h)
    expect([hoursOn(calendar, '2026-06-03'), hoursOn(calendar, '2026-06-10'), hoursOn(calendar, '2026-06-17')]).toEqual([8, 8, 8]);
  });

  it('when several rules reach one day, the first in the list decides', () => {
    const calendar = utc({ holidays: holidayList(['2026-06-03', '2026-06-05']), relativeDays: [{ relativeTo: 'holiday', offsetDays: 1, closeEarly: 'PT3H' }, EVE_ONE_HOUR_EARLY] });
    // Thu 06-04 is the day after 06-03 (first rule: 8 − 3 = 5 h) and the day before 06-05 (second rule, ignored)
    expect(hoursOn(calendar, '2026-06-04')).toBe(5);
  });

  it('reach across a year boundary: 2026-12-31 before Neujahr (FR) closes an hour early', () => {
    const paris = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(WEEKDAYS, ['09:00-18:00']), holidays: 'FR', relativeDays: [EVE_ONE_HOUR_EARLY] });
    // Thu 12-31: 09–17 = 8 h (Fri 2027-01-01 Jour de l'an)
    expect(hoursOn(paris, '2026-12-31')).toBe(8);
  });
});

describe('partDayHolidays: date-holidays part-day holidays (DE, type bank: 24 and 31 Dec from 14:00)', () => {
  const options = { zone: 'Europe/Berlin', week: sameHours(WEEKDAYS, ['08:00-18:00']), holidays: dateHolidays('DE', { types: ['public', 'bank'] }) } as const;

  it('default full-day (as before): Thu 2026-12-24 is closed all day', () => {
    const calendar = new BusinessCalendar(options);
    expect(hoursOn(calendar, '2026-12-24')).toBe(0);
    expect(calendar.closedDays('2026-12-24T00:00:00+01:00', '2026-12-25T00:00:00+01:00').map((d) => d.date)).toEqual(['2026-12-24']);
  });

  it('partial: closed from 14:00 only (08–14 = 6 h on 12-24 and 12-31), not a closed day', () => {
    const calendar = new BusinessCalendar({ ...options, partDayHolidays: 'partial' });
    expect(hoursOn(calendar, '2026-12-24')).toBe(6);
    expect(hoursOn(calendar, '2026-12-31')).toBe(6);
    expect(hoursOn(calendar, '2026-12-25')).toBe(0);
    expect(calendar.closedDays('2026-12-24T00:00:00+01:00', '2026-12-25T00:00:00+01:00')).toEqual([]);
    // due(Thu 12-24 13:00, 2 h): 13–14 (1 h), Fri 25 and Sat/Sun closed, Mon 12-28 08–09 → 09:00 CET = 08:00Z
    expect(calendar.due('2026-12-24T13:00:00+01:00', { hours: 2 })).toBe(Date.UTC(2026, 11, 28, 8));
  });

  it('ignore: part-day holidays close nothing (10 h on 12-24)', () => {
    expect(hoursOn(new BusinessCalendar({ ...options, partDayHolidays: 'ignore' }), '2026-12-24')).toBe(10);
  });

  it('a custom provider can report part days too; ignoreHolidays drops them', () => {
    const provider = { id: 'acme', datesInYear: () => ['2026-06-05'], partDaysInYear: () => [{ date: '2026-06-05', from: '12:00', to: '24:00' }] };
    const calendar = utc({ holidays: provider, partDayHolidays: 'partial' });
    expect(hoursOn(calendar, '2026-06-05')).toBe(3);
    expect(hoursOn(utc({ holidays: provider, partDayHolidays: 'partial', ignoreHolidays: ['2026-06-05'] }), '2026-06-05')).toBe(8);
  });
});

describe('bad partial-day options name the field', () => {
  it('special hours: bad date, duplicate date, a date also in closedDates, bad or equal-bounds ranges', () => {
    expectError(() => utc({ specialHours: [{ date: '2026-02-30', hours: [] }] }), SlaInputError, 'specialHours[0].date');
    expectError(() => utc({ specialHours: [{ date: '2026-06-01', hours: [] }, { date: '2026-06-01', hours: ['09:00-10:00'] }] }), SlaInputError, 'specialHours[1].date');
    expectError(() => utc({ closedDates: ['2026-06-01'], specialHours: [{ date: '2026-06-01', hours: [] }] }), SlaInputError, 'specialHours[0].date');
    expectError(() => utc({ specialHours: [{ date: '2026-06-01', hours: ['25:00-26:00'] }] }), SlaInputError, 'specialHours[0].hours[0]');
    expectError(() => utc({ specialHours: [{ date: '2026-06-01', hours: ['09:00-09:00'] }] }), SlaInputError, 'specialHours[0].hours[0]');
    expectError(() => utc({ specialHours: [{ date: '2026-06-01', hours: '09:00-12:00' as never }] }), SlaInputError, 'specialHours[0].hours');
  });

  it('relative rules: unknown relativeTo, offset 0 / fractional / too far, both or neither of closeEarly and hours, a bad closeEarly', () => {
    expectError(() => utc({ relativeDays: [{ relativeTo: 'weekend' as never, offsetDays: -1, closeEarly: 'PT1H' }] }), SlaInputError, 'relativeDays[0].relativeTo');
    expectError(() => utc({ relativeDays: [{ relativeTo: 'holiday', offsetDays: 0, closeEarly: 'PT1H' }] }), SlaInputError, 'relativeDays[0].offsetDays');
    expectError(() => utc({ relativeDays: [{ relativeTo: 'holiday', offsetDays: -1.5, closeEarly: 'PT1H' }] }), SlaInputError, 'relativeDays[0].offsetDays');
    expectError(() => utc({ relativeDays: [{ relativeTo: 'holiday', offsetDays: 15, closeEarly: 'PT1H' }] }), SlaInputError, 'relativeDays[0].offsetDays');
    expectError(() => utc({ relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT1H', hours: ['09:00-12:00'] }] }), SlaInputError, 'relativeDays[0]');
    expectError(() => utc({ relativeDays: [{ relativeTo: 'holiday', offsetDays: -1 }] }), SlaInputError, 'relativeDays[0]');
    expectError(() => utc({ relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT0S' }] }), SlaInputError, 'relativeDays[0].closeEarly');
    expectError(() => utc({ relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT30S' }] }), SlaInputError, 'relativeDays[0].closeEarly');
    expectError(() => utc({ relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'P1M' }] }), SlaInputError, 'relativeDays[0].closeEarly');
  });

  it('partDayHolidays: anything but full-day, partial, ignore', () => {
    expectError(() => utc({ partDayHolidays: 'half' as never }), SlaInputError, 'partDayHolidays');
  });
});
