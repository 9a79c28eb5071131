/**
 * the worked examples 1, 2, 3, 5 and 6, on calendars declared
 * here (presets come later).
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';

const HOUR = 3_600_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Linkando Annex 1: Mon–Fri 08:00–18:00 Europe/Berlin, except Rhineland-Palatinate public holidays. */
const linkandoSupport = new BusinessCalendar({
  zone: 'Europe/Berlin',
  week: sameHours(WEEKDAYS, ['08:00-18:00']),
  holidays: 'DE-RP',
  name: 'linkando support',
});

/** LumApps §1, NAM: 09:00–18:00 America/New_York, Mon–Fri except US public holidays. */
const lumappsNam = new BusinessCalendar({
  zone: 'America/New_York',
  week: sameHours(WEEKDAYS, ['09:00-18:00']),
  holidays: 'US',
  name: 'lumapps nam',
});

/** Letsignit §3: jours ouvrables — Mon–Sat, 00:00–24:00, Europe/Paris, closed on FR public holidays. */
const joursOuvrables = new BusinessCalendar({
  zone: 'Europe/Paris',
  week: sameHours([...WEEKDAYS, 'sat'], ['00:00-24:00']),
  holidays: 'FR',
  name: 'jours ouvrables',
});

describe('worked examples', () => {
  it('§6 example 1 (Linkando critical, 10 h): Fri 2026-05-29 16:00 Berlin → Mon 2026-06-01 16:00 Berlin (14:00Z)', () => {
    // Fri 16:00–18:00 = 2 h; Sat/Sun closed; Mon 08:00–16:00 = 8 h; 2 + 8 = 10 h
    const due = linkandoSupport.due('2026-05-29T16:00:00+02:00', { hours: 10 });
    expect(due).toBe(Date.UTC(2026, 5, 1, 14));
    expect(linkandoSupport.elapsed('2026-05-29T16:00:00+02:00', due)).toBe(10 * HOUR);
  });

  it('§6 example 2 (Linkando other, 30 h): Wed 2026-06-03 09:00 → Tue 2026-06-09 09:00 Berlin; Thu 06-04 is Corpus Christi (DE-RP)', () => {
    // Wed 09–18 = 9 h; Thu holiday; Fri 10 h (19); Mon 10 h (29); Tue 08–09 = 1 h (30) → Tue 09:00 CEST = 07:00Z
    const due = linkandoSupport.due('2026-06-03T09:00:00+02:00', 'PT30H');
    expect(due).toBe(Date.UTC(2026, 5, 9, 7));
    expect(linkandoSupport.isBusinessDay('2026-06-04')).toBe(false);
  });

  it('§6 example 3 (LumApps NAM priority 2, 4 h): Wed 2026-11-25 16:00 New York → Fri 2026-11-27 11:00 (16:00Z); Thu is Thanksgiving', () => {
    // Wed 16–18 = 2 h; Thu 2026-11-26 Thanksgiving closed; Fri 09–11 = 2 h; EST is -05:00 after 2026-11-01 → 11:00 EST = 16:00Z
    const due = lumappsNam.due('2026-11-25T16:00:00-05:00', { hours: 4 });
    expect(due).toBe(Date.UTC(2026, 10, 27, 16));
    expect(lumappsNam.isBusinessDay('2026-11-26')).toBe(false);
  });

  it('§6 example 5 (Letsignit escalation, 1 jour ouvrable = 24 h): Sun 2026-05-03 10:00 Paris → Tue 2026-05-05 00:00', () => {
    // Sunday closed; Monday 2026-05-04 00:00–24:00 is the 24 h → due Mon 24:00 = Tue 00:00 CEST = Mon 22:00Z.
    // (Fri 2026-05-01 is a holiday but before the start.)
    const due = joursOuvrables.due('2026-05-03T10:00:00+02:00', { hours: 24 });
    expect(due).toBe(Date.UTC(2026, 4, 4, 22));
    // the ready-made calendar gives the same
    expect(BusinessCalendar.joursOuvrables().due('2026-05-03T10:00:00+02:00', { hours: 24 })).toBe(Date.UTC(2026, 4, 4, 22));
  });

  it('Letsignit §3 Escalade: Friday 15:00 → Saturday 15:00 on jours ouvrables', () => {
    // Fri 2026-06-05 15:00 CEST + 24 h of Mon–Sat open time = Sat 2026-06-06 15:00 CEST = 13:00Z
    expect(joursOuvrables.due('2026-06-05T15:00:00+02:00', { hours: 24 })).toBe(Date.UTC(2026, 5, 6, 13));
  });

  it('§6 example 6 (Linkando critical at closing): Mon 2026-06-01 08:00 + 10 h → Mon 18:00, not Tue 08:00', () => {
    // 08:00–18:00 is exactly 10 h → due at the closing instant, 18:00 CEST = 16:00Z
    const due = linkandoSupport.due('2026-06-01T08:00:00+02:00', { hours: 10 });
    expect(due).toBe(Date.UTC(2026, 5, 1, 16));
    expect(due).not.toBe(Date.UTC(2026, 5, 2, 6));
    // earliest: 1 ms earlier has 1 ms less elapsed
    expect(linkandoSupport.elapsed('2026-06-01T08:00:00+02:00', due - 1)).toBe(10 * HOUR - 1);
  });

  it('§0: target = 0 gives d = start, even while closed', () => {
    expect(linkandoSupport.due('2026-05-30T12:00:00+02:00', 0)).toBe(Date.UTC(2026, 4, 30, 10));
  });

  it('§0: a clock started while closed accumulates from the next opening', () => {
    // Sat 2026-05-30 12:00 → Mon 08:00 opening, + 1 h → Mon 09:00 CEST = 07:00Z
    expect(linkandoSupport.due('2026-05-30T12:00:00+02:00', { hours: 1 })).toBe(Date.UTC(2026, 5, 1, 7));
  });
});
