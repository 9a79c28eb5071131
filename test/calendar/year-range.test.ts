/**
 * Issue 15 kind 5, "Unbounded ranges": every query that reads local time and
 * every local date slakit writes stays in the local years 1900–2300
 * (CALENDAR_YEAR_RANGE), or fails with an SlaInputError naming the argument.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod } from '../../src/availability/availability-period.js';
import { BusinessCalendar, CALENDAR_YEAR_RANGE } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { LiveSupportBilling } from '../../src/contract/billing.js';
import { calendarDayDeadline } from '../../src/contract/deadline.js';
import { SlaInputError } from '../../src/errors.js';
import { MaintenanceWindow } from '../../src/maintenance/maintenance-window.js';
import { formatInstant, formatLocal, toInstant } from '../../src/time/instant.js';
import { expectInputError } from '../presets/helpers.js';

const support = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-18:00']), holidays: 'FR' });
/** Kiritimati is UTC+14: its local date runs ahead of UTC by up to a day. */
const kiritimati = BusinessCalendar.always('Pacific/Kiritimati');
const utc = BusinessCalendar.always('UTC');

describe('issue 15 kind 5: the examples', () => {
  it('the range is the one every calendar query already had: local years 1900–2300', () => {
    expect(CALENDAR_YEAR_RANGE).toEqual({ min: 1900, max: 2300 });
  });

  it("closedDays('1000-01-01', '9999-12-31') is an SlaInputError naming from, at once (not minutes of holidays)", () => {
    expectInputError(() => support.closedDays('1000-01-01T00:00:00Z', '9999-12-31T00:00:00Z'), 'from');
    expectInputError(() => support.closedDays('2026-01-01T00:00:00Z', '9999-12-31T00:00:00Z'), 'to');
    // inside the range nothing changes: 2026-05-01 (Fête du travail), 2026-05-08 (Victoire 1945) and
    // 2026-05-14 (Ascension: Easter 2026-04-05 + 39 days) in the first half of May
    expect(support.closedDays('2026-05-01T00:00:00+02:00', '2026-05-15T00:00:00+02:00').map((day) => day.date)).toEqual(['2026-05-01', '2026-05-08', '2026-05-14']);
  });

  it('localDate near year 9999 is an SlaInputError naming t, never "10000-01-01"', () => {
    // 9999-12-31T23:00Z + 14 h = 10000-01-01T13:00 in Kiritimati
    expectInputError(() => kiritimati.localDate('9999-12-31T23:00:00Z'), 't');
    // 2300-12-31T10:00Z + 14 h = 2301-01-01T00:00 local: one day past the range
    expectInputError(() => kiritimati.localDate('2300-12-31T10:00:00Z'), 't');
    // 09:59:59.999Z + 14 h = 23:59:59.999 on 2300-12-31: the last local day of the range
    expect(kiritimati.localDate('2300-12-31T09:59:59.999Z')).toBe('2300-12-31');
    expectInputError(() => utc.localDate('1899-12-31T23:59:59.999Z'), 't');
    expect(utc.localDate('1900-01-01T00:00:00Z')).toBe('1900-01-01');
  });

  it('dates in and out: startOfDay, isBusinessDay, addBusinessDays name date or n', () => {
    expectInputError(() => support.startOfDay('2301-01-01'), 'date');
    expectInputError(() => support.isBusinessDay('1899-12-29'), 'date');
    expectInputError(() => support.addBusinessDays('1850-06-03', 1), 'date');
    // 2300-12-28 is a Friday (Date.UTC(2300, 11, 28) has getUTCDay() 5): + 1 business day skips the weekend
    // to Monday 2300-12-31, the last day of the range; + 2 would be 2301-01-02, outside, so n is named
    expect(support.addBusinessDays('2300-12-28', 1)).toBe('2300-12-31');
    expectInputError(() => support.addBusinessDays('2300-12-28', 2), 'n');
  });

  it('maintenance windows over 1000–9999 are an SlaInputError naming from, not a walk over 3 million days', () => {
    const nightly = MaintenanceWindow.daily({ id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '08:00' });
    expectInputError(() => nightly.intervals('1000-01-01T00:00:00Z', '9999-12-31T00:00:00Z'), 'from');
    expectInputError(() => nightly.intervals('2026-01-01T00:00:00Z', '9999-12-31T00:00:00Z'), 'to');
  });

  it('a calendar-day deadline whose last day leaves the range names days (or from)', () => {
    // 2300-12-01 + 31 days = 2301-01-01
    expectInputError(() => calendarDayDeadline({ from: '2300-12-01', days: 31, zone: 'Europe/Paris' }), 'days');
    expect(calendarDayDeadline({ from: '2300-12-01', days: 30, zone: 'Europe/Paris' }).lastDay).toBe('2300-12-31');
    expectInputError(() => calendarDayDeadline({ from: '1850-01-01', days: 1, zone: 'Europe/Paris' }), 'from');
    expectInputError(() => calendarDayDeadline({ from: '9999-12-31T12:00:00Z', days: 0, zone: 'Europe/Paris' }), 'from');
  });

  it('local periods and live-support rules read local days in the range only', () => {
    expectInputError(() => AvailabilityPeriod.year(1000, 'Europe/Paris'), 'year');
    expectInputError(() => AvailabilityPeriod.parse('9998-12', 'Europe/Paris'), 'year');
    expect(AvailabilityPeriod.parse('2300-12', 'UTC').label).toBe('2300-12');
    const billing = new LiveSupportBilling({
      zone: 'Europe/Berlin', ratePerHourMinor: 15000, currency: 'EUR', minimumMinutes: 30, roundingMinutes: 1,
      noShowGraceMinutes: 5, bookingNoticeHours: 72, cancellation: 'before-local-midnight-of-appointment-day', quotaExpiry: 'end-of-local-month',
    });
    expectInputError(() => billing.quotaExpiry('9999-12-15T12:00:00Z'), 't');
    expectInputError(() => billing.cancellationFree('9999-12-14T12:00:00Z', '9999-12-15T12:00:00Z'), 'start');
  });

  it('formatLocal and formatInstant write only what slakit reads back', () => {
    // 9999-12-31T23:00Z is 10000-01-01T13:00 in Kiritimati
    expectInputError(() => formatLocal(Date.UTC(9999, 11, 31, 23), 'Pacific/Kiritimati'), 'ms');
    expect(formatLocal(Date.UTC(2300, 11, 31, 9), 'Pacific/Kiritimati')).toBe('2300-12-31T23:00:00.000+14:00');
    // NaN used to be a RangeError ("Invalid time value")
    expectInputError(() => formatInstant(Number.NaN), 'ms');
    expectInputError(() => formatInstant(8.64e15), 'ms');
  });
});

/** Instants from the year 1000 to 9999, what toInstant accepts. */
const anyInstant = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });
/** Instants near the range's edges, where the local date decides. */
const edgeInstant = fc.oneof(
  fc.integer({ min: Date.UTC(1899, 11, 30), max: Date.UTC(1900, 0, 2) }),
  fc.integer({ min: Date.UTC(2300, 11, 30), max: Date.UTC(2301, 0, 2) }),
);

describe('issue 15 kind 5 properties (1000 runs each)', () => {
  it('localDate in UTC answers a date of 1900–2300 that startOfDay reads back, iff t is in 1900-01-01 … 2301-01-01 UTC; otherwise SlaInputError naming t', () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, edgeInstant), (t) => {
        const inside = t >= Date.UTC(1900, 0, 1) && t < Date.UTC(2301, 0, 1);
        if (!inside) {
          expectInputError(() => utc.localDate(t), 't');
          return;
        }
        const date = utc.localDate(t);
        const start = utc.startOfDay(date);
        // the local day holds t: [start, start + 24 h) in UTC
        expect(t >= start && t < start + 86_400_000).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('localDate in a +14 zone never writes a date slakit cannot read: it round-trips or names t', () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, edgeInstant), (t) => {
        let date: string;
        try {
          date = kiritimati.localDate(t);
        } catch (error) {
          expect(error).toBeInstanceOf(SlaInputError);
          expect((error as SlaInputError).field).toBe('t');
          // only instants within a day of the range's edges or beyond them fail
          expect(t < Date.UTC(1900, 0, 2) || t >= Date.UTC(2300, 11, 30)).toBe(true);
          return;
        }
        const year = Number(date.slice(0, 4));
        expect(year >= 1900 && year <= 2300).toBe(true);
        expect(toInstant(`${date}T00:00`, 'at', 'Pacific/Kiritimati')).toBe(kiritimati.startOfDay(date));
      }),
      { numRuns: 1000 },
    );
  });

  it('closedDays over any [from, to) of 1000–9999 answers inside 1900–2300 UTC and names from or to outside', () => {
    const company = new BusinessCalendar({ zone: 'UTC', week: { mon: ['09:00-17:00'] }, closedDates: ['1900-01-01', '2026-12-24', '2300-12-31'] });
    fc.assert(
      fc.property(fc.oneof(anyInstant, edgeInstant), fc.oneof(anyInstant, edgeInstant), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        if (from === to) return;
        const fromInside = from >= Date.UTC(1900, 0, 1) && from < Date.UTC(2301, 0, 1);
        // the last instant counted is to - 1
        const toInside = to - 1 >= Date.UTC(1900, 0, 1) && to - 1 < Date.UTC(2301, 0, 1);
        if (!fromInside) expectInputError(() => company.closedDays(from, to), 'from');
        else if (!toInside) expectInputError(() => company.closedDays(from, to), 'to');
        else {
          const dates = ['1900-01-01', '2026-12-24', '2300-12-31'].filter((date) => Date.parse(`${date}T00:00:00Z`) + 86_400_000 > from && Date.parse(`${date}T00:00:00Z`) < to);
          expect(company.closedDays(from, to).map((day) => day.date)).toEqual(dates);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
