/**
 * Issue 10 §4, "Business time backwards": `before(end, target)`, the mirror
 * of `due`, and `previousOpen` / `previousClose`, the mirrors of `nextClose`
 * / `nextOpen`. Worked examples of the issue, bounds, year boundaries,
 * combinators and bad inputs; every expected value is hand computed.
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { SlaHorizonError, SlaInputError } from '../../src/errors.js';
import { IntervalSet } from '../../src/intervals/interval-set.js';
import { caught, expectError } from './expect-error.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const HOUR = 3_600_000;
const losAngeles = new BusinessCalendar({ zone: 'America/Los_Angeles', week: sameHours(WEEKDAYS, ['09:00-17:00']) });
const utc = new BusinessCalendar({ zone: 'UTC', week: sameHours(WEEKDAYS, ['09:00-17:00']) });
const linkando = new BusinessCalendar({ zone: 'Europe/Berlin', week: sameHours(WEEKDAYS, ['08:00-18:00']), holidays: 'DE-RP' });

describe('issue 10 §4 worked examples', () => {
  it('Mon–Fri 09–17 Los Angeles: before(Wed 2021-11-10 17:00, 4 h) = Wed 13:00', () => {
    // 17:00 − 4 h, all inside Wednesday's 09–17; PST (−08:00, DST ended 2021-11-07): 13:00 PST = 21:00Z
    expect(losAngeles.before('2021-11-10T17:00:00-08:00', { hours: 4 })).toBe(Date.UTC(2021, 10, 10, 21));
  });

  it('Mon–Fri 09–17 UTC: before(Fri 2016-01-22 18:00, 8 h) = Fri 09:00 (the opening, not Thu 17:00)', () => {
    // 18:00 is after the close: 17:00 → 09:00 is the whole 8 h. Thu 17:00 gives the same elapsed, but 09:00 is later.
    expect(utc.before('2016-01-22T18:00:00Z', 'PT8H')).toBe(Date.UTC(2016, 0, 22, 9));
  });

  it('Mon–Fri 09–17 UTC: previousClose(Sat 2016-01-23 13:14) = Fri 17:00', () => {
    expect(utc.previousClose('2016-01-23T13:14:00Z')).toBe(Date.UTC(2016, 0, 22, 17));
  });
});

describe('before: the latest start', () => {
  it('skips the weekend backwards: before(Mon 10:00, 3 h) = Fri 15:00', () => {
    // Mon 09–10 (1 h), weekend closed, Fri 15–17 (2 h) → Fri 15:00
    expect(utc.before('2016-01-25T10:00:00Z', { hours: 3 })).toBe(Date.UTC(2016, 0, 22, 15));
  });

  it('a target used up exactly at an opening answers that opening: before(Mon 12:00, 3 h) = Mon 09:00, not Fri 17:00', () => {
    expect(utc.before('2016-01-25T12:00:00Z', { hours: 3 })).toBe(Date.UTC(2016, 0, 25, 9));
  });

  it('an end exactly at an opening counts nothing that day: before(Mon 09:00, 1 h) = Fri 16:00', () => {
    expect(utc.before('2016-01-25T09:00:00Z', { hours: 1 })).toBe(Date.UTC(2016, 0, 22, 16));
  });

  it('a zero target gives the end itself, open or closed', () => {
    expect(utc.before('2016-01-23T13:14:00Z', 0)).toBe(Date.UTC(2016, 0, 23, 13, 14));
    expect(utc.before('2016-01-22T11:00:00Z', 'PT0S')).toBe(Date.UTC(2016, 0, 22, 11));
  });

  it('skips a holiday: Linkando (DE-RP) before(Fri 2026-06-05 10:00, 12 h) = Wed 2026-06-03 10:00 (Thu Fronleichnam)', () => {
    // Fri 08–10 (2 h), Thu 06-04 closed (Fronleichnam), Wed 08–18 (10 h): 2 + 10 = 12 h ends exactly
    // at Wednesday's opening, 08:00 CEST = 06:00Z.
    expect(linkando.before('2026-06-05T10:00:00+02:00', { hours: 12 })).toBe(Date.UTC(2026, 5, 3, 6));
    // 11 h: Fri 2 h + Wed 9 h → Wed 09:00 CEST = 07:00Z
    expect(linkando.before('2026-06-05T10:00:00+02:00', { hours: 11 })).toBe(Date.UTC(2026, 5, 3, 7));
  });

  it('crosses a local year boundary backwards: before(Mon 2027-01-04 10:00 Berlin, 3 h) = Thu 2026-12-31 16:00', () => {
    // Mon 01-04 08–10 (2 h); Fri 01-01 Neujahr closed; Thu 12-31 18:00 back 1 h → 17:00 CET = 16:00Z
    expect(linkando.before('2027-01-04T10:00:00+01:00', { hours: 3 })).toBe(Date.UTC(2026, 11, 31, 16));
  });

  it('across a DST change: LA before(Mon 2021-11-08 10:00 PST, 2 h) = Fri 2021-11-05 16:00 PDT', () => {
    // Mon 09–10 PST (1 h), weekend (DST ends Sun 11-07), Fri 16:00–17:00 PDT (1 h): 16:00 PDT = 23:00Z
    expect(losAngeles.before('2021-11-08T10:00:00-08:00', { hours: 2 })).toBe(Date.UTC(2021, 10, 5, 23));
  });

  it('is the mirror of due on the worked example: due(Wed 13:00, 4 h) = Wed 17:00', () => {
    expect(losAngeles.due('2021-11-10T13:00:00-08:00', { hours: 4 })).toBe(Date.UTC(2021, 10, 11, 1));
  });

  it('works on combined calendars: (office − lunch outage).before', () => {
    // Mon 2016-01-25: 09–17 minus 12–13 → 09–12, 13–17. before(Mon 17:00, 5 h): 13–17 (4 h) + 11–12 (1 h) → 11:00
    const outage = IntervalSet.of([['2016-01-25T12:00:00Z', '2016-01-25T13:00:00Z']]);
    expect(utc.minus(outage).before('2016-01-25T17:00:00Z', { hours: 5 })).toBe(Date.UTC(2016, 0, 25, 11));
  });
});

describe('previousClose / previousOpen: the mirrors of nextOpen / nextClose', () => {
  it('previousClose: t itself while open just before t (inside or exactly at the close), else the last close', () => {
    expect(utc.previousClose('2016-01-22T11:00:00Z')).toBe(Date.UTC(2016, 0, 22, 11));
    expect(utc.previousClose('2016-01-22T17:00:00Z')).toBe(Date.UTC(2016, 0, 22, 17));
    // exactly at Monday's opening: not open just before → Friday's close
    expect(utc.previousClose('2016-01-25T09:00:00Z')).toBe(Date.UTC(2016, 0, 22, 17));
  });

  it('previousOpen: the start of the period running just before t, else of the last period', () => {
    expect(utc.previousOpen('2016-01-22T11:00:00Z')).toBe(Date.UTC(2016, 0, 22, 9));
    expect(utc.previousOpen('2016-01-22T17:00:00Z')).toBe(Date.UTC(2016, 0, 22, 9));
    expect(utc.previousOpen('2016-01-23T13:14:00Z')).toBe(Date.UTC(2016, 0, 22, 9));
    // exactly at an opening (mirror of nextClose at a close giving the next period's end): the period before
    expect(utc.previousOpen('2016-01-25T09:00:00Z')).toBe(Date.UTC(2016, 0, 22, 9));
  });

  it('skip holidays: Linkando previousClose(Thu 2026-06-04 12:00, Fronleichnam) = Wed 18:00; previousOpen = Wed 08:00', () => {
    expect(linkando.previousClose('2026-06-04T12:00:00+02:00')).toBe(Date.UTC(2026, 5, 3, 16));
    expect(linkando.previousOpen('2026-06-04T12:00:00+02:00')).toBe(Date.UTC(2026, 5, 3, 6));
  });

  it('follow an open period back across a local year boundary (an overnight shift over New Year)', () => {
    // Thu 2026-12-31 22:00 → Fri 2027-01-01 06:00 UTC, split by the index at New Year, one period to the user
    const night = new BusinessCalendar({ zone: 'UTC', week: { thu: ['22:00-06:00'] } });
    expect(night.previousOpen('2027-01-01T03:00:00Z')).toBe(Date.UTC(2026, 11, 31, 22));
    expect(night.previousClose('2027-01-01T03:00:00Z')).toBe(Date.UTC(2027, 0, 1, 3));
    // Saturday 2027-01-02: the period before ended Fri 06:00
    expect(night.previousClose('2027-01-02T12:00:00Z')).toBe(Date.UTC(2027, 0, 1, 6));
    expect(night.previousOpen('2027-01-02T12:00:00Z')).toBe(Date.UTC(2026, 11, 31, 22));
  });

  it('24/7: previousClose is t itself and previousOpen is null (open since before the horizon)', () => {
    const always = BusinessCalendar.always('Europe/Paris');
    expect(always.previousClose('2026-06-01T12:00:00Z')).toBe(Date.UTC(2026, 5, 1, 12));
    expect(always.previousOpen('2026-06-01T12:00:00Z')).toBeNull();
  });

  it('null when nothing opened within the horizon', () => {
    const once = new BusinessCalendar({ zone: 'UTC', week: {}, extraOpen: [['2026-06-01T08:00Z', '2026-06-01T09:00Z']] });
    expect(once.previousClose('2026-05-01T00:00Z')).toBeNull();
    expect(once.previousOpen('2026-05-01T00:00Z')).toBeNull();
    expect(once.previousClose('2027-05-01T00:00Z')).toBe(Date.UTC(2026, 5, 1, 9));
    // horizon 10 local years back from 2037: 2027–2036 are searched, 2026 is not
    expect(once.previousClose('2037-05-01T00:00Z')).toBeNull();
    expect(once.previousClose('2036-05-01T00:00Z')).toBe(Date.UTC(2026, 5, 1, 9));
  });
});

describe('backwards queries: bad arguments and the horizon', () => {
  it('bad instants name end (before) and t (previousOpen, previousClose)', () => {
    expectError(() => utc.before('2026-06-01T08:00', { hours: 1 }), SlaInputError, 'end');
    expectError(() => utc.before(Number.NaN, { hours: 1 }), SlaInputError, 'end');
    expectError(() => utc.previousOpen(1.25), SlaInputError, 't');
    expectError(() => utc.previousClose(Number.POSITIVE_INFINITY), SlaInputError, 't');
  });

  it('bad targets name target, as due does', () => {
    expectError(() => utc.before('2026-06-01T08:00Z', -1), SlaInputError, 'target');
    expectError(() => utc.before('2026-06-01T08:00Z', { hours: -2 }), SlaInputError, 'target.hours');
    expectError(() => utc.before('2026-06-01T08:00Z', 'P1M'), SlaInputError, 'target');
    expectError(() => utc.before('2026-06-01T08:00Z', 0.5), SlaInputError, 'target');
  });

  it('instants outside the local years 1900–2300 name the argument', () => {
    expectError(() => utc.before('1850-06-01T00:00Z', { hours: 1 }), SlaInputError, 'end');
    expectError(() => utc.previousClose('2400-01-01T00:00Z'), SlaInputError, 't');
  });

  it('not enough open time within the horizon is an SlaHorizonError naming target', () => {
    const once = new BusinessCalendar({ zone: 'UTC', week: {}, extraOpen: [['2026-06-01T08:00Z', '2026-06-01T09:00Z']] });
    // exactly the 1 h available: the latest start is the opening
    expect(once.before('2026-07-01T00:00Z', { hours: 1 })).toBe(Date.UTC(2026, 5, 1, 8));
    const error = caught(() => once.before('2026-07-01T00:00Z', { hours: 2 }));
    expect(error).toBeInstanceOf(SlaHorizonError);
    expect(error.message.startsWith('target: ')).toBe(true);
    expect(error.message).toContain(`${HOUR} ms of ${2 * HOUR} ms`);
    expect((error as SlaHorizonError).horizonYears).toBe(10);
  });

  it('the start of the supported years ends the search with SlaHorizonError, not a loop', () => {
    const weekly = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-09:00'] }, horizonYears: 100 });
    // 1 h a week from 1900: by 1910 about 522 h; 1 000 h would need ~19 years before 1910
    expectError(() => weekly.before('1910-01-01T00:00Z', { hours: 1000 }), SlaHorizonError, 'target');
  });
});
