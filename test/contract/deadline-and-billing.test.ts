import { describe, expect, it } from 'vitest';
import { LiveSupportBilling, SlaInputError, calendarDayDeadline, formatInstant } from '../../src/index.js';

describe('calendarDayDeadline (§0: "jours" are calendar days, ending at the end of the local day)', () => {
  it('from an instant: its local date is day 0', () => {
    // 2026-01-31T23:30Z is already 2026-02-01 00:30 in Paris → day 0 = Feb 1; +14 → Feb 15; ends Feb 16 00:00 CET = Feb 15 23:00Z.
    const d = calendarDayDeadline({ from: '2026-01-31T23:30:00Z', days: 14, zone: 'Europe/Paris' });
    expect(d.fromDate).toBe('2026-02-01');
    expect(d.lastDay).toBe('2026-02-15');
    expect(formatInstant(d.endsAt)).toBe('2026-02-15T23:00:00.000Z');
  });

  it('across the spring-forward change the end is the real local midnight', () => {
    // 2026-03-01 + 30 = 2026-03-31; midnight April 1 CEST = 2026-03-31T22:00Z.
    expect(formatInstant(calendarDayDeadline({ from: '2026-03-01', days: 30, zone: 'Europe/Paris' }).endsAt)).toBe('2026-03-31T22:00:00.000Z');
  });

  it('bad input names the field', () => {
    expect(() => calendarDayDeadline({ from: '2026-03-01', days: -1, zone: 'Europe/Paris' })).toThrow(/days/);
    expect(() => calendarDayDeadline({ from: '2026-03-01', days: 1, zone: 'Paris' })).toThrow(/zone/);
    expect(() => calendarDayDeadline({ from: '2026-03-01T10:00', days: 1, zone: 'Europe/Paris' })).toThrow(SlaInputError);
  });
});

const billing = new LiveSupportBilling({
  zone: 'Europe/Berlin',
  ratePerHourMinor: 15000,
  currency: 'EUR',
  minimumMinutes: 30,
  roundingMinutes: 1,
  noShowGraceMinutes: 5,
  bookingNoticeHours: 72,
  cancellation: 'before-local-midnight-of-appointment-day',
  quotaExpiry: 'end-of-local-month',
});

describe('LiveSupportBilling (Linkando Annex 1, live support)', () => {
  it('booking notice: exactly 72 h before is valid, 1 ms less is not', () => {
    expect(billing.bookingValid('2026-06-07T10:00:00+02:00', '2026-06-10T10:00:00+02:00')).toBe(true);
    expect(billing.bookingValid(Date.parse('2026-06-07T08:00:00Z') + 1, '2026-06-10T10:00:00+02:00')).toBe(false);
  });

  it('free cancellation iff before the local midnight starting the appointment day ("la veille suffit")', () => {
    expect(billing.cancellationFree('2026-06-09T23:59:59+02:00', '2026-06-10T10:00:00+02:00')).toBe(true);
    expect(billing.cancellationFree('2026-06-10T00:00:00+02:00', '2026-06-10T10:00:00+02:00')).toBe(false);
  });

  it('attended 42.5 min → rounded up to 43 min × 250 cents = 10750', () => {
    // 150 EUR/h = 15000 cents / 60 = 250 cents a minute.
    const charge = billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 60, joinedAt: '2026-06-10T10:01:00+02:00', endedAt: '2026-06-10T10:42:30+02:00' });
    expect(charge).toMatchObject({ billedMinutes: 43, amountMinor: 10750, basis: 'attended' });
  });

  it('attended 12 min → the 30-min minimum: 30 × 250 = 7500', () => {
    const charge = billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 60, joinedAt: '2026-06-10T10:00:00+02:00', endedAt: '2026-06-10T10:12:00+02:00' });
    expect(charge.amountMinor).toBe(7500);
  });

  it('no-show: joined 5 min 1 s late → the booked 90 min are billed: 90 × 250 = 22500; joined at exactly 5 min is attended', () => {
    expect(billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 90, joinedAt: '2026-06-10T10:05:01+02:00' })).toMatchObject({ basis: 'no-show', amountMinor: 22500 });
    expect(billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 90, joinedAt: '2026-06-10T10:05:00+02:00', endedAt: '2026-06-10T10:35:00+02:00' }).basis).toBe('attended');
  });

  it('monthly quota expires at the local midnight starting the next month', () => {
    // 2026-07-01 00:00 CEST = 2026-06-30T22:00Z.
    expect(formatInstant(billing.quotaExpiry('2026-06-30T21:59:59Z'))).toBe('2026-06-30T22:00:00.000Z');
  });

  it('bad input names the field', () => {
    expect(() => billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 0 })).toThrow(/bookedMinutes/);
    expect(() => billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 30, joinedAt: '2026-06-10T10:00:00+02:00' })).toThrow(/endedAt/);
  });
});

describe('LiveSupportBilling: no-show on a booking shorter than the minimum unit', () => {
  it('a 20-min booking, no-show → billed the 30-min minimum: 30 × 250 = 7500 (not 20 × 250 = 5000)', () => {
    const charge = billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 20 });
    expect(charge).toMatchObject({ basis: 'no-show', billedMinutes: 30, amountMinor: 7500 });
  });

  it('reasons print durations, not float noise: 20 s actual', () => {
    const charge = billing.charge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 30, joinedAt: '2026-06-10T10:00:00+02:00', endedAt: '2026-06-10T10:00:20+02:00' });
    expect(charge.reason).toContain('20 s actual');
  });
});
