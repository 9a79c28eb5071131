/**
 * docs/semantics.md "DST" and issue 2's DST acceptance: local intervals last
 * their real duration; range bounds in a spring-forward gap take effect at
 * the gap's end; ambiguous bounds resolve to the earlier instant.
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { WEEKDAYS, sameHours } from '../../src/calendar/weekly-schedule.js';
import { TimeZone } from '../../src/time/zone.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

const pairsOf = (calendar: BusinessCalendar, from: string, to: string) =>
  calendar
    .openIntervals(from, to)
    .toArray()
    .map(({ start, end }) => [start, end]);

describe('DST: local intervals last their real duration (§0)', () => {
  const nightly = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(WEEKDAYS, ['23:00-08:00']) });

  it('issue 2: Europe/Paris 23:00–08:00 lasts 8 h on the night of 2026-03-28/29 (spring forward)', () => {
    // 23:00 CET = 22:00Z; 08:00 CEST = 06:00Z; 06:00Z − 22:00Z = 8 h
    expect(pairsOf(nightly, '2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00')).toEqual([
      [Date.UTC(2026, 2, 28, 22), Date.UTC(2026, 2, 29, 6)],
    ]);
    expect(nightly.elapsed('2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00')).toBe(8 * HOUR);
  });

  it('issue 2: Europe/Paris 23:00–08:00 lasts 10 h on the night of 2026-10-24/25 (fall back)', () => {
    // 23:00 CEST = 21:00Z; 08:00 CET = 07:00Z; 07:00Z − 21:00Z = 10 h
    expect(pairsOf(nightly, '2026-10-24T12:00:00+02:00', '2026-10-25T12:00:00+01:00')).toEqual([
      [Date.UTC(2026, 9, 24, 21), Date.UTC(2026, 9, 25, 7)],
    ]);
    expect(nightly.elapsed('2026-10-24T12:00:00+02:00', '2026-10-25T12:00:00+01:00')).toBe(10 * HOUR);
  });

  it('an ordinary night lasts 9 h', () => {
    expect(nightly.elapsed('2026-06-10T12:00:00+02:00', '2026-06-11T12:00:00+02:00')).toBe(9 * HOUR);
  });

  it('America/New_York overnight Sat 22:00–06:00: 7 h on 2026-03-07/08, 9 h on 2026-10-31/11-01', () => {
    const night = new BusinessCalendar({ zone: 'America/New_York', week: { sat: ['22:00-06:00'] } });
    // 22:00 EST = 03:00Z; 06:00 EDT = 10:00Z → 7 h
    expect(night.elapsed('2026-03-07T00:00:00-05:00', '2026-03-09T00:00:00-04:00')).toBe(7 * HOUR);
    // 22:00 EDT = 02:00Z; 06:00 EST = 11:00Z → 9 h
    expect(night.elapsed('2026-10-31T00:00:00-04:00', '2026-11-02T00:00:00-05:00')).toBe(9 * HOUR);
  });

  it('Pacific/Chatham overnight Sat 22:00–06:00 lasts 9 h on 2026-04-04/05 (03:45 → 02:45)', () => {
    const night = new BusinessCalendar({ zone: 'Pacific/Chatham', week: { sat: ['22:00-06:00'] } });
    // 22:00 at +13:45 = 08:15Z Sat; 06:00 at +12:45 = 17:15Z Sat → 9 h
    expect(pairsOf(night, '2026-04-04T00:00:00+13:45', '2026-04-06T00:00:00+12:45')).toEqual([
      [Date.UTC(2026, 3, 4, 8, 15), Date.UTC(2026, 3, 4, 17, 15)],
    ]);
  });
});

describe('DST: gaps and overlaps at range bounds', () => {
  it('issue 2: an opening at 02:30 on a spring-forward day resolves to 03:00 (the gap end), Paris 2026-03-29', () => {
    const sunday = new BusinessCalendar({ zone: 'Europe/Paris', week: { sun: ['02:30-12:00'] } });
    // 03:00 CEST = 01:00Z; 12:00 CEST = 10:00Z → 9 h
    expect(sunday.nextOpen('2026-03-29T00:00:00+01:00')).toBe(Date.UTC(2026, 2, 29, 1));
    expect(sunday.elapsed('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00')).toBe(9 * HOUR);
    expect(sunday.isOpen(Date.UTC(2026, 2, 29, 1) - 1)).toBe(false);
    expect(sunday.isOpen(Date.UTC(2026, 2, 29, 1))).toBe(true);
  });

  it('§0 "compatible" for a point: the same wall time 02:30 read as a point is 03:30 CEST (01:30Z)', () => {
    expect(TimeZone.of('Europe/Paris').fromWall(Date.UTC(2026, 2, 29, 2, 30), 'compatible')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('a closing inside the gap also takes effect at the gap end: Sun 01:00–02:30 on 2026-03-29 is 1 h', () => {
    const early = new BusinessCalendar({ zone: 'Europe/Paris', week: { sun: ['01:00-02:30'] } });
    // 01:00 CET = 00:00Z; "02:30" → 03:00 CEST = 01:00Z → 1 h (1.5 h on an ordinary Sunday)
    expect(early.elapsed('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00')).toBe(HOUR);
    expect(early.elapsed('2026-03-22T00:00:00+01:00', '2026-03-23T00:00:00+01:00')).toBe(1.5 * HOUR);
  });

  it('a range entirely inside the gap vanishes that day: Sun 02:00–02:30 on 2026-03-29 is 0, else 30 min', () => {
    const gap = new BusinessCalendar({ zone: 'Europe/Paris', week: { sun: ['02:00-02:30'] } });
    expect(gap.elapsed('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00')).toBe(0);
    expect(gap.elapsed('2026-04-05T00:00:00+02:00', '2026-04-06T00:00:00+02:00')).toBe(30 * MINUTE);
  });

  it('§0 ambiguous bound → earlier instant: Sun 02:30–05:00 on 2026-10-25 (Paris) lasts 3.5 h', () => {
    const sunday = new BusinessCalendar({ zone: 'Europe/Paris', week: { sun: ['02:30-05:00'] } });
    // 02:30 CEST (first occurrence) = 00:30Z; 05:00 CET = 04:00Z → 3.5 h of real time
    expect(pairsOf(sunday, '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00')).toEqual([
      [Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 4)],
    ]);
  });

  it('30-minute DST (Lord Howe): Sun 01:00–03:00 on 2026-10-04 lasts 1.5 h', () => {
    const sunday = new BusinessCalendar({ zone: 'Australia/Lord_Howe', week: { sun: ['01:00-03:00'] } });
    // 01:00 at +10:30 = 14:30Z Sat; 03:00 at +11:00 = 16:00Z Sat → 1.5 h
    expect(sunday.elapsed('2026-10-04T00:00:00+10:30', '2026-10-05T00:00:00+11:00')).toBe(1.5 * HOUR);
  });
});

describe('DST: 24/7 months have their real length (§0)', () => {
  const paris = BusinessCalendar.always('Europe/Paris');

  it('issue 2: a 24/7 calendar elapsed over March 2026 in Europe/Paris is 743 h', () => {
    // 31 × 24 = 744, minus the skipped hour on 03-29 → 743
    expect(paris.elapsed('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00')).toBe(743 * HOUR);
    expect(paris.elapsed(paris.startOfDay('2026-03-01'), paris.startOfDay('2026-04-01'))).toBe(743 * HOUR);
  });

  it('§0: October 2026 in Europe/Paris is 745 h', () => {
    // 31 × 24 = 744, plus the repeated hour on 10-25 → 745
    expect(paris.elapsed(paris.startOfDay('2026-10-01'), paris.startOfDay('2026-11-01'))).toBe(745 * HOUR);
  });

  it('30-minute DST: October 2026 in Australia/Lord_Howe is 743.5 h, April 2026 is 720.5 h', () => {
    const lordHowe = BusinessCalendar.always('Australia/Lord_Howe');
    // 744 − 0.5 (spring forward 2026-10-04) and 720 + 0.5 (fall back 2026-04-05)
    expect(lordHowe.elapsed(lordHowe.startOfDay('2026-10-01'), lordHowe.startOfDay('2026-11-01'))).toBe(743.5 * HOUR);
    expect(lordHowe.elapsed(lordHowe.startOfDay('2026-04-01'), lordHowe.startOfDay('2026-05-01'))).toBe(720.5 * HOUR);
  });

  it('Pacific/Chatham: September 2026 is 719 h (spring forward 2026-09-27)', () => {
    const chatham = BusinessCalendar.always('Pacific/Chatham');
    expect(chatham.elapsed(chatham.startOfDay('2026-09-01'), chatham.startOfDay('2026-10-01'))).toBe(719 * HOUR);
  });

  it('a whole year of 24/7 is 8 760 h in any zone (2026 is not a leap year)', () => {
    for (const zone of ['Europe/Paris', 'America/New_York', 'Pacific/Chatham', 'Australia/Lord_Howe']) {
      const always = BusinessCalendar.always(zone);
      expect(always.elapsed(always.startOfDay('2026-01-01'), always.startOfDay('2027-01-01'))).toBe(8760 * HOUR);
    }
  });

  it('a local day starts at the first instant of its date: America/Santiago 2026-09-06 (midnight gap) starts 01:00 -03', () => {
    // Chile springs forward at Sunday 00:00 → 01:00; 01:00 at -03:00 = 04:00Z
    const santiago = BusinessCalendar.always('America/Santiago');
    expect(santiago.startOfDay('2026-09-06')).toBe(Date.UTC(2026, 8, 6, 4));
    expect(santiago.localDate(Date.UTC(2026, 8, 6, 4))).toBe('2026-09-06');
    expect(santiago.localDate(Date.UTC(2026, 8, 6, 4) - 1)).toBe('2026-09-05');
  });
});
