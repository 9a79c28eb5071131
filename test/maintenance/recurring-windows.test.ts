/**
 * Recurring maintenance windows (issue 3, docs/semantics.md DST rules and
 * Letsignit §7): daily across midnight, weekly, nth / last weekday of the
 * month, DST-correct, and typed errors for bad rules.
 */
import { describe, expect, it } from 'vitest';
import { MaintenanceWindow, SlaInputError, SlaIntervalError, SlaZoneError, toInstant } from '../../src/index.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Letsignit §7: "de 23h00 à 8h00", every night, weekends included. */
const nightly = MaintenanceWindow.daily({ id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '08:00' });
/** Letsignit §7: "le troisième samedi du mois", the whole local day. */
const thirdSaturday = MaintenanceWindow.monthlyNthWeekday({ id: 'third-saturday', zone: 'Europe/Paris', weekday: 'sat', nth: 3 });

const t = (iso: string) => toInstant(iso);

describe('MaintenanceWindow.daily', () => {
  it('Letsignit §7: 23:00–08:00 crosses midnight — one night is 9 h outside DST changes', () => {
    // Tue 2026-03-10 12:00 → Wed 12:00 CET: the night 23:00 → 08:00 = 9 h.
    const set = nightly.intervals(t('2026-03-10T12:00:00+01:00'), t('2026-03-11T12:00:00+01:00'));
    expect(set.toArray()).toEqual([{ start: t('2026-03-10T23:00:00+01:00'), end: t('2026-03-11T08:00:00+01:00') }]);
  });

  it('docs/semantics.md: the night of 2026-03-28/29 (spring forward) lasts 8 h', () => {
    // 23:00 CET = 22:00Z; 08:00 CEST = 06:00Z → 8 h.
    const set = nightly.intervals(t('2026-03-28T12:00:00+01:00'), t('2026-03-29T12:00:00+02:00'));
    expect(set.toArray()).toEqual([{ start: t('2026-03-28T22:00:00Z'), end: t('2026-03-29T06:00:00Z') }]);
    expect(set.measure()).toBe(8 * HOUR);
  });

  it('docs/semantics.md: the night of 2026-10-24/25 (fall back) lasts 10 h', () => {
    // 23:00 CEST = 21:00Z; 08:00 CET = 07:00Z → 10 h.
    const set = nightly.intervals(t('2026-10-24T12:00:00+02:00'), t('2026-10-25T12:00:00+01:00'));
    expect(set.measure()).toBe(10 * HOUR);
  });

  it('Letsignit §7: weekends included — a week of nights starting Monday is 7 × 9 h in January', () => {
    // Mon 2026-01-05 00:00 → Mon 2026-01-12 00:00 CET: 00:00–08:00 Monday (8 h) + six full
    // nights Mon→Sun (6 × 9 h) + Sunday 23:00–24:00 (1 h) = 8 + 54 + 1 = 63 h = 7 × 9 h.
    const set = nightly.intervals(t('2026-01-05T00:00:00+01:00'), t('2026-01-12T00:00:00+01:00'));
    expect(set.measure()).toBe(63 * HOUR);
    expect(set.size).toBe(8);
  });

  it('clips to the range asked: 07:00–23:30 sees 1 h of morning and 30 min of night', () => {
    const set = nightly.intervals(t('2026-03-10T07:00:00+01:00'), t('2026-03-10T23:30:00+01:00'));
    expect(set.measure()).toBe(HOUR + 30 * MINUTE);
  });

  it('docs/semantics.md: a bound inside the spring-forward gap takes effect at the gap end (02:30 → 03:00 CEST)', () => {
    const early = MaintenanceWindow.daily({ id: 'early', zone: 'Europe/Paris', from: '02:30', to: '04:00' });
    const set = early.intervals(t('2026-03-29T00:00:00+01:00'), t('2026-03-30T00:00:00+02:00'));
    // 03:00 CEST = 01:00Z, 04:00 CEST = 02:00Z: 1 h of real time.
    expect(set.toArray()).toEqual([{ start: t('2026-03-29T01:00:00Z'), end: t('2026-03-29T02:00:00Z') }]);
  });
});

describe('MaintenanceWindow.weekly', () => {
  it('issue 3: Sunday 22:00–02:00 runs into Monday', () => {
    const sunday = MaintenanceWindow.weekly({ id: 'sunday', zone: 'Europe/Berlin', day: 'sun', from: '22:00', to: '02:00' });
    // Mon 2026-06-01 00:00 → Tue 06-09 00:00 (CEST): the tail of Sun 05-31's window (00:00–02:00)
    // and Sun 06-07 22:00 → Mon 06-08 02:00.
    const set = sunday.intervals(t('2026-06-01T00:00:00+02:00'), t('2026-06-09T00:00:00+02:00'));
    expect(set.toArray()).toEqual([
      { start: t('2026-06-01T00:00:00+02:00'), end: t('2026-06-01T02:00:00+02:00') },
      { start: t('2026-06-07T22:00:00+02:00'), end: t('2026-06-08T02:00:00+02:00') },
    ]);
  });

  it('issue 3: several days, default whole day', () => {
    const weekend = MaintenanceWindow.weekly({ id: 'weekend', zone: 'UTC', day: ['sat', 'sun'] });
    // 2026-06-06 is a Saturday: Sat + Sun = 48 h in the week from Mon 06-01.
    expect(weekend.intervals(t('2026-06-01T00:00:00Z'), t('2026-06-08T00:00:00Z')).measure()).toBe(48 * HOUR);
  });
});

describe('MaintenanceWindow.monthlyNthWeekday', () => {
  it('Letsignit §7: the third Saturday of March 2026 is the 21st, the whole local day', () => {
    // 2026-03-01 is a Sunday → Saturdays 7, 14, 21, 28 → third = 21.
    const set = thirdSaturday.intervals(t('2026-03-01T00:00:00+01:00'), t('2026-04-01T00:00:00+02:00'));
    expect(set.toArray()).toEqual([{ start: t('2026-03-21T00:00:00+01:00'), end: t('2026-03-22T00:00:00+01:00') }]);
  });

  it('Letsignit §7: third Saturdays of 2026-Q4 are Oct 17, Nov 21 and Dec 19 (24 h each)', () => {
    // Oct 1 2026 is a Thursday → Sat 3, 10, 17; Nov 1 a Sunday → 7, 14, 21; Dec 1 a Tuesday → 5, 12, 19.
    const set = thirdSaturday.intervals(t('2026-10-01T00:00:00+02:00'), t('2027-01-01T00:00:00+01:00'));
    expect(set.toArray().map((i) => i.start)).toEqual([t('2026-10-17T00:00:00+02:00'), t('2026-11-21T00:00:00+01:00'), t('2026-12-19T00:00:00+01:00')]);
    expect(set.measure()).toBe(72 * HOUR);
  });

  it('issue 3: nth -1 is the last such weekday (last Saturday of March 2026 = 28th, 24 h: the clocks change on Sunday)', () => {
    const last = MaintenanceWindow.monthlyNthWeekday({ id: 'last-saturday', zone: 'Europe/Paris', weekday: 'sat', nth: -1 });
    const set = last.intervals(t('2026-03-01T00:00:00+01:00'), t('2026-04-01T00:00:00+02:00'));
    // Sat 2026-03-28 00:00 CET → Sun 2026-03-29 00:00 CET: the clocks change at 02:00 on Sunday, so a full 24 h.
    expect(set.toArray()).toEqual([{ start: t('2026-03-28T00:00:00+01:00'), end: t('2026-03-29T00:00:00+01:00') }]);
  });

  it('issue 3: a month without a 5th Saturday has no window (February 2026)', () => {
    const fifth = MaintenanceWindow.monthlyNthWeekday({ id: 'fifth', zone: 'UTC', weekday: 'sat', nth: 5 });
    // Feb 2026: Saturdays 7, 14, 21, 28 — no 5th. May 2026: Saturdays 2, 9, 16, 23, 30 → 30th.
    expect(fifth.intervals(t('2026-02-01T00:00:00Z'), t('2026-03-01T00:00:00Z')).isEmpty).toBe(true);
    expect(fifth.intervals(t('2026-05-01T00:00:00Z'), t('2026-06-01T00:00:00Z')).toArray()).toEqual([{ start: t('2026-05-30T00:00:00Z'), end: t('2026-05-31T00:00:00Z') }]);
  });
});

describe('MaintenanceWindow.union and attribution', () => {
  it('issue 3: the union names each window it is made of', () => {
    const both = MaintenanceWindow.union(nightly, thirdSaturday);
    expect(both.id).toBe('nightly+third-saturday');
    // Sat 2026-03-21 00:00 → Sun 00:00 CET: nightly covers 00:00–08:00 and 23:00–24:00,
    // the third Saturday the whole day: union = 24 h.
    const coverage = both.coverage(t('2026-03-21T00:00:00+01:00'), t('2026-03-22T00:00:00+01:00'));
    expect(coverage.intervals.measure()).toBe(24 * HOUR);
    expect(coverage.byWindow.map((part) => [part.by, part.intervals.measure() / HOUR])).toEqual([
      ['nightly', 9],
      ['third-saturday', 24],
    ]);
  });
});

describe('MaintenanceWindow: bad rules are typed errors naming the field', () => {
  it('unknown zone → SlaZoneError naming zone', () => {
    expect(() => MaintenanceWindow.daily({ id: 'x', zone: 'Europe/Pariss', from: '23:00', to: '08:00' })).toThrow(SlaZoneError);
    expect(() => MaintenanceWindow.daily({ id: 'x', zone: 'Europe/Pariss', from: '23:00', to: '08:00' })).toThrow(/zone/);
  });

  it('bad HH:MM → SlaInputError naming from / to', () => {
    expect(() => MaintenanceWindow.daily({ id: 'x', zone: 'UTC', from: '25:00', to: '08:00' })).toThrow(SlaInputError);
    expect(() => MaintenanceWindow.daily({ id: 'x', zone: 'UTC', from: '25:00', to: '08:00' })).toThrow(/^from: /);
    expect(() => MaintenanceWindow.daily({ id: 'x', zone: 'UTC', from: '23:00', to: '8h' })).toThrow(/^to: /);
    expect(() => MaintenanceWindow.daily({ id: 'x', zone: 'UTC', from: '24:00', to: '08:00' })).toThrow(/^from: /);
  });

  it('equal bounds are ambiguous → SlaInputError naming to', () => {
    expect(() => MaintenanceWindow.daily({ id: 'x', zone: 'UTC', from: '08:00', to: '08:00' })).toThrow(/^to: .*ambiguous/);
  });

  it('nth outside 1..5 / -1 → SlaInputError naming nth', () => {
    expect(() => MaintenanceWindow.monthlyNthWeekday({ id: 'x', zone: 'UTC', weekday: 'sat', nth: 6 as never })).toThrow(SlaInputError);
    expect(() => MaintenanceWindow.monthlyNthWeekday({ id: 'x', zone: 'UTC', weekday: 'sat', nth: 0 as never })).toThrow(/^nth: /);
  });

  it('unknown weekday → SlaInputError naming weekday / day', () => {
    expect(() => MaintenanceWindow.monthlyNthWeekday({ id: 'x', zone: 'UTC', weekday: 'saturday' as never, nth: 3 })).toThrow(/^weekday: /);
    expect(() => MaintenanceWindow.weekly({ id: 'x', zone: 'UTC', day: ['sat', 'dim' as never] })).toThrow(/^day\[1\]: /);
  });

  it('missing id → SlaInputError naming id', () => {
    expect(() => MaintenanceWindow.daily({ id: '', zone: 'UTC', from: '23:00', to: '08:00' })).toThrow(/^id: /);
  });

  it('range end before start → SlaIntervalError', () => {
    expect(() => nightly.intervals(t('2026-03-02T00:00:00Z'), t('2026-03-01T00:00:00Z'))).toThrow(SlaIntervalError);
  });
});
