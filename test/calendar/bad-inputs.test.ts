/**
 * Issue 2, acceptance: "Every bad input listed above has a test asserting the
 * error type and that the message names the field." Brief standard: bad input
 * never yields a silently wrong number.
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, type BusinessCalendarOptions } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { SlaHorizonError, SlaInputError, SlaIntervalError, SlaZoneError } from '../../src/errors.js';
import { caught, expectError } from './expect-error.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const week = sameHours(WEEKDAYS, ['08:00-18:00']);
const support = new BusinessCalendar({ zone: 'Europe/Berlin', week });

const build = (options: Partial<BusinessCalendarOptions>) => () => new BusinessCalendar({ zone: 'Europe/Berlin', week, ...options });

describe('calendar construction: bad options name their field', () => {
  it('issue 2: an unknown zone is an SlaZoneError naming zone and the value', () => {
    expectError(build({ zone: 'Europe/Berln' }), SlaZoneError, 'zone');
    expect(caught(build({ zone: 'Europe/Berln' })).message).toContain('Europe/Berln');
  });

  it('issue 2: an empty calendar (no ranges, no extraOpen) is an SlaInputError naming week', () => {
    expectError(build({ week: {} }), SlaInputError, 'week');
    expectError(build({ week: { mon: [], sun: [] } }), SlaInputError, 'week');
  });

  it('issue 2: bad range strings name week.<day>[<index>]: 25:00-26:00, 08:00-08:00, 24:00-08:00, 8-18, 08:00', () => {
    expectError(build({ week: { mon: ['25:00-26:00'] } }), SlaInputError, 'week.mon[0]');
    expectError(build({ week: { tue: ['09:00-12:00', '08:00-08:00'] } }), SlaInputError, 'week.tue[1]');
    expectError(build({ week: { wed: ['24:00-08:00'] } }), SlaInputError, 'week.wed[0]');
    expectError(build({ week: { thu: ['8-18'] } }), SlaInputError, 'week.thu[0]');
    expectError(build({ week: { fri: ['08:00'] } }), SlaInputError, 'week.fri[0]');
    expectError(build({ week: { sat: ['08:00-18:60'] } }), SlaInputError, 'week.sat[0]');
    expectError(build({ week: { sun: [800 as never] } }), SlaInputError, 'week.sun[0]');
  });

  it('issue 2: an unknown weekday key names week.<key>; a non-array day names week.<day>', () => {
    expectError(build({ week: { monday: ['08:00-18:00'] } as never }), SlaInputError, 'week.monday');
    expectError(build({ week: { mon: '08:00-18:00' } as never }), SlaInputError, 'week.mon');
    expectError(build({ week: null as never }), SlaInputError, 'week');
  });

  it('issue 2: absurd horizonYears (0, 1000, 2.5) are SlaInputErrors naming horizonYears', () => {
    expectError(build({ horizonYears: 0 }), SlaInputError, 'horizonYears');
    expectError(build({ horizonYears: 1000 }), SlaInputError, 'horizonYears');
    expectError(build({ horizonYears: 2.5 }), SlaInputError, 'horizonYears');
    expectError(() => support.withHorizon(0), SlaInputError, 'horizonYears');
    expectError(build({ maxCachedYears: 0 }), SlaInputError, 'maxCachedYears');
  });

  it('issue 2: closedDates / ignoreHolidays entries that are not real dates name their index', () => {
    expectError(build({ closedDates: ['2026-06-01', '2026-02-30'] }), SlaInputError, 'closedDates[1]');
    expectError(build({ ignoreHolidays: ['06/04/2026'] }), SlaInputError, 'ignoreHolidays[0]');
  });

  it('issue 2: a reversed extraOpen interval is an SlaIntervalError naming extraOpen[0]', () => {
    expectError(build({ extraOpen: [['2026-06-02T00:00Z', '2026-06-01T00:00Z']] }), SlaIntervalError, 'extraOpen[0]');
    expectError(build({ extraOpen: [['2026-06-01T00:00', '2026-06-02T00:00Z']] }), SlaInputError, 'extraOpen[0].start');
  });

  it('issue 2: unknown holiday regions XX and DE-ZZ name holidays.region; a non-provider names holidays[i]', () => {
    expectError(build({ holidays: 'XX' }), SlaInputError, 'holidays.region');
    expectError(build({ holidays: 'DE-ZZ' }), SlaInputError, 'holidays.region');
    expectError(build({ holidays: ['FR', 42 as never] }), SlaInputError, 'holidays[1]');
  });

  it('options that are not an object name options', () => {
    expectError(() => new BusinessCalendar(null as never), SlaInputError, 'options');
  });

  it('issue 10 trial: an unknown option key (holiday for holidays) is refused, naming the key and listing the known ones', () => {
    // Accepted, `holiday: 'DE'` would be read as "no holidays": Thu 2026-05-14 (Ascension) would count as open.
    const typo = { holiday: 'DE' } as unknown as Partial<BusinessCalendarOptions>;
    expectError(build(typo), SlaInputError, 'holiday');
    expect(caught(build(typo)).message).toContain('zone, week, holidays, closedDates');
    expectError(build({ closedDate: ['2026-05-15'] } as unknown as Partial<BusinessCalendarOptions>), SlaInputError, 'closedDate');
    // Inside the lists too: a relativeDays rule with closeearly, a specialHours entry with hour.
    const relative = [{ relativeTo: 'holiday', offsetDays: -1, closeearly: 'PT1H' }] as unknown as NonNullable<BusinessCalendarOptions['relativeDays']>;
    expectError(build({ relativeDays: relative }), SlaInputError, 'relativeDays[0].closeearly');
    const special = [{ date: '2026-05-15', hours: [], hour: ['08:00-12:00'] }] as unknown as NonNullable<BusinessCalendarOptions['specialHours']>;
    expectError(build({ specialHours: special }), SlaInputError, 'specialHours[0].hour');
    // A key on the prototype is not an option: an object made with a prototype still builds.
    const inherited = Object.assign(Object.create({ holiday: 'DE' }) as object, { zone: 'Europe/Berlin', week }) as BusinessCalendarOptions;
    expect(new BusinessCalendar(inherited).isOpen('2026-05-14T10:00:00+02:00')).toBe(true);
  });
});

describe('calendar queries: bad arguments name their field', () => {
  it('issue 2: instants without offset, invalid dates, NaN, ±Infinity, fractional ms name the argument', () => {
    expectError(() => support.elapsed('2026-06-01T08:00', '2026-06-02T08:00Z'), SlaInputError, 'from');
    expectError(() => support.elapsed('2026-06-01T08:00Z', '2026-02-30T08:00Z'), SlaInputError, 'to');
    expectError(() => support.due(Number.NaN, { hours: 1 }), SlaInputError, 'start');
    expectError(() => support.isOpen(Number.POSITIVE_INFINITY), SlaInputError, 't');
    expectError(() => support.nextOpen(Number.NEGATIVE_INFINITY), SlaInputError, 't');
    expectError(() => support.nextClose(1.25), SlaInputError, 't');
    expectError(() => support.openIntervals('yesterday', '2026-06-01T08:00Z'), SlaInputError, 'from');
  });

  it('issue 2: a reversed interval is an SlaIntervalError naming the query', () => {
    expectError(() => support.elapsed('2026-06-02T00:00Z', '2026-06-01T00:00Z'), SlaIntervalError, 'elapsed');
    expectError(() => support.openIntervals('2026-06-02T00:00Z', '2026-06-01T00:00Z'), SlaIntervalError, 'openIntervals');
    expectError(() => support.closedDays('2026-06-02T00:00Z', '2026-06-01T00:00Z'), SlaIntervalError, 'closedDays');
  });

  it('issue 2: negative, non-finite, fractional-ms and month-based targets name target', () => {
    expectError(() => support.due('2026-06-01T08:00Z', -1), SlaInputError, 'target');
    // the negative component is named: target.hours
    expectError(() => support.due('2026-06-01T08:00Z', { hours: -2 }), SlaInputError, 'target.hours');
    expectError(() => support.due('2026-06-01T08:00Z', 'P1M'), SlaInputError, 'target');
    expectError(() => support.due('2026-06-01T08:00Z', 'P1Y'), SlaInputError, 'target');
    expectError(() => support.due('2026-06-01T08:00Z', Number.POSITIVE_INFINITY), SlaInputError, 'target');
    expectError(() => support.due('2026-06-01T08:00Z', 0.5), SlaInputError, 'target');
  });

  it('issue 2: dates that are not YYYY-MM-DD name date', () => {
    expectError(() => support.isBusinessDay('2026-02-30'), SlaInputError, 'date');
    expectError(() => support.addBusinessDays('2026-6-1', 1), SlaInputError, 'date');
    expectError(() => support.startOfDay('tomorrow'), SlaInputError, 'date');
  });

  it('issue 2: years outside the supported local years (1900–2300) name the argument', () => {
    expectError(() => support.elapsed('1850-01-01T00:00Z', '1850-01-02T00:00Z'), SlaInputError, 'from');
    expectError(() => support.elapsed('2026-01-01T00:00Z', '2400-01-01T00:00Z'), SlaInputError, 'to');
    expectError(() => support.isOpen('2400-01-01T00:00Z'), SlaInputError, 't');
    expectError(() => support.due('1850-06-01T00:00Z', { hours: 1 }), SlaInputError, 'start');
    expectError(() => support.isBusinessDay('1850-06-03'), SlaInputError, 'date');
  });

  it('issue 2: due on a calendar that opens once then never is an SlaHorizonError naming target and the horizon', () => {
    // extraOpen only: 1 h on 2026-06-01, nothing else, ever
    const once = new BusinessCalendar({ zone: 'Europe/Berlin', week: {}, extraOpen: [['2026-06-01T08:00Z', '2026-06-01T09:00Z']] });
    // 1 h is available, so exactly 1 h is due at the end of the opening
    expect(once.due('2026-05-01T00:00Z', { hours: 1 })).toBe(Date.UTC(2026, 5, 1, 9));
    const error = caught(() => once.due('2026-05-01T00:00Z', { hours: 2 }));
    expect(error).toBeInstanceOf(SlaHorizonError);
    expect(error.message.startsWith('target: ')).toBe(true);
    expect((error as SlaHorizonError).horizonYears).toBe(10);
    expectError(() => once.due('2026-06-01T09:00Z', 1), SlaHorizonError, 'target');
  });

  it('SlaHorizonError also comes from the edge of the supported years, not a loop', () => {
    const weekly = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-09:00'] }, horizonYears: 100 });
    // 100 years of 1 h a week is ~5 218 h; start in 2290 and ask for 1 000 h → would need ~19 years, past 2300
    expectError(() => weekly.due('2290-01-01T00:00Z', { hours: 1000 }), SlaHorizonError, 'target');
  });
});
