/** Issue 2, "Combinators: union, intersect, minus(IntervalSet | calendar)". */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { IntervalSet } from '../../src/intervals/interval-set.js';

const HOUR = 3_600_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const MONDAY = ['2026-06-01T00:00Z', '2026-06-02T00:00Z'] as const;

const office = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-18:00'] }, name: 'office' });

describe('calendar combinators', () => {
  it('issue 2 union: Mon 08–12 ∪ Mon 18–20 = 6 h', () => {
    const day = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-12:00'] } });
    const evening = new BusinessCalendar({ zone: 'UTC', week: { mon: ['18:00-20:00'] } });
    expect(day.union(evening).elapsed(...MONDAY)).toBe(6 * HOUR);
  });

  it('issue 2 intersect: Mon 08–18 ∩ Mon 06–10 = 08–10 = 2 h', () => {
    const morning = new BusinessCalendar({ zone: 'UTC', week: { mon: ['06:00-10:00'] } });
    const both = office.intersect(morning);
    expect(both.elapsed(...MONDAY)).toBe(2 * HOUR);
    expect(both.nextOpen('2026-06-01T00:00Z')).toBe(Date.UTC(2026, 5, 1, 8));
    expect(both.nextClose('2026-06-01T00:00Z')).toBe(Date.UTC(2026, 5, 1, 10));
  });

  it('issue 2 minus(IntervalSet): Mon 08–18 minus 12–14 = 8 h, and due skips the hole', () => {
    const offsite = IntervalSet.of([['2026-06-01T12:00Z', '2026-06-01T14:00Z']]);
    const available = office.minus(offsite);
    expect(available.elapsed(...MONDAY)).toBe(8 * HOUR);
    // 08:00 + 5 h: 08–12 (4 h), hole, 14–15 (1 h) → 15:00
    expect(available.due('2026-06-01T08:00Z', { hours: 5 })).toBe(Date.UTC(2026, 5, 1, 15));
    expect(available.isOpen('2026-06-01T13:00Z')).toBe(false);
  });

  it('issue 2 minus(calendar): Mon–Fri 09–18 minus a 12–13 lunch calendar = 8 h a day, 40 h a week', () => {
    const desk = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(WEEKDAYS, ['09:00-18:00']) });
    const lunch = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(WEEKDAYS, ['12:00-13:00']) });
    const staffed = desk.minus(lunch);
    expect(staffed.elapsed('2026-06-01T00:00:00+02:00', '2026-06-08T00:00:00+02:00')).toBe(40 * HOUR);
    expect(staffed.name).toBe('calendar − calendar');
  });

  it('calendars in different zones combine on real time: Paris 09–17 ∪ / ∩ New York 09–17 on Mon 2026-01-05', () => {
    const paris = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(WEEKDAYS, ['09:00-17:00']) });
    const newYork = new BusinessCalendar({ zone: 'America/New_York', week: sameHours(WEEKDAYS, ['09:00-17:00']) });
    // Paris (CET) 08:00Z–16:00Z; New York (EST) 14:00Z–22:00Z
    const day = ['2026-01-05T00:00Z', '2026-01-06T00:00Z'] as const;
    // union 08:00Z–22:00Z = 14 h; intersection 14:00Z–16:00Z = 2 h
    expect(paris.union(newYork).elapsed(...day)).toBe(14 * HOUR);
    expect(paris.intersect(newYork).elapsed(...day)).toBe(2 * HOUR);
    // the combination keeps the left calendar's zone
    expect(paris.union(newYork).zone).toBe('Europe/Paris');
  });

  it('derived calendars keep answering due across weeks: (Mon 08–18 ∪ Tue 08–10) due from Mon 17:00 + 3 h → Mon 2026-06-08 10:00', () => {
    const tuesday = new BusinessCalendar({ zone: 'UTC', week: { tue: ['08:00-10:00'] } });
    // Mon 17–18 (1 h) + Tue 08–10 (2 h) = 3 h → Tue 2026-06-02 10:00, exactly at a closing
    expect(office.union(tuesday).due('2026-06-01T17:00Z', { hours: 3 })).toBe(Date.UTC(2026, 5, 2, 10));
    // + 4 h → one more hour: next Mon 08–09 → 2026-06-08 09:00
    expect(office.union(tuesday).due('2026-06-01T17:00Z', { hours: 4 })).toBe(Date.UTC(2026, 5, 8, 9));
  });

  it('closedDays of a union lists only days the union really has closed; of an intersection, either side\'s', () => {
    const a = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-18:00'] }, closedDates: ['2026-06-01', '2026-06-08'] });
    const b = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-18:00'] }, closedDates: ['2026-06-08', '2026-06-15'] });
    const window = ['2026-06-01T00:00Z', '2026-06-16T00:00Z'] as const;
    // 06-01 and 06-15 are open on the other side, so the union is open those Mondays; 06-08 is closed on both
    expect(a.union(b).closedDays(...window).map((d) => d.date)).toEqual(['2026-06-08']);
    expect(a.union(b).isBusinessDay('2026-06-01')).toBe(true);
    expect(a.intersect(b).closedDays(...window).map((d) => d.date)).toEqual(['2026-06-01', '2026-06-08', '2026-06-15']);
    // a DE-RP holiday is no closed day of "support ∪ 24/7"
    const support = new BusinessCalendar({ zone: 'Europe/Berlin', week: sameHours(WEEKDAYS, ['08:00-18:00']), holidays: 'DE-RP' });
    const berlinWeek = ['2026-06-01T00:00:00+02:00', '2026-06-08T00:00:00+02:00'] as const;
    expect(support.closedDays(...berlinWeek).map((d) => d.date)).toEqual(['2026-06-04']);
    expect(support.union(BusinessCalendar.always('Europe/Berlin')).closedDays(...berlinWeek)).toEqual([]);
    // minus never opens a day: the left side's closed days stay
    expect(support.minus(BusinessCalendar.always('Europe/Berlin')).closedDays(...berlinWeek).map((d) => d.date)).toEqual(['2026-06-04']);
  });

  it('withHorizon changes only the search horizon', () => {
    const wide = office.withHorizon(30);
    expect(wide.horizonYears).toBe(30);
    expect(office.horizonYears).toBe(10);
    expect(wide.elapsed(...MONDAY)).toBe(10 * HOUR);
  });
});
