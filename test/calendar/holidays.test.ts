/**
 * docs/semantics.md "Holidays": whole local days closed; date-holidays type
 * `public` by region; users add and remove dates; known gaps corrected in
 * one documented place (US observed Veterans Day).
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { HOLIDAY_CORRECTIONS } from '../../src/calendar/holiday-corrections.js';
import { type HolidayProvider, dateHolidays, holidayList } from '../../src/calendar/holidays.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { SlaInputError } from '../../src/errors.js';

const HOUR = 3_600_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const berlinWeek = sameHours(WEEKDAYS, ['08:00-18:00']);

describe('holidays', () => {
  it('§3 Linkando: DE-RP closes Corpus Christi (Thu 2026-06-04) all day; closedDays says why', () => {
    const support = new BusinessCalendar({ zone: 'Europe/Berlin', week: berlinWeek, holidays: 'DE-RP' });
    expect(support.elapsed('2026-06-04T00:00:00+02:00', '2026-06-05T00:00:00+02:00')).toBe(0);
    expect(support.closedDays('2026-06-01T00:00:00+02:00', '2026-06-08T00:00:00+02:00')).toEqual([
      // local day 2026-06-04 runs from 06-03 22:00Z to 06-04 22:00Z
      { date: '2026-06-04', source: 'date-holidays:DE-RP', start: Date.UTC(2026, 5, 3, 22), end: Date.UTC(2026, 5, 4, 22) },
    ]);
  });

  it('§0 users add dates: closedDates 2026-06-05 moves §6 example 2 from Tue 06-09 09:00 to Wed 06-10 09:00', () => {
    const support = new BusinessCalendar({ zone: 'Europe/Berlin', week: berlinWeek, holidays: 'DE-RP', closedDates: ['2026-06-05'] });
    // Wed 9 h; Thu holiday; Fri closed; Mon 10 (19); Tue 10 (29); Wed 08–09 (30) → 07:00Z
    expect(support.due('2026-06-03T09:00:00+02:00', { hours: 30 })).toBe(Date.UTC(2026, 5, 10, 7));
    expect(support.closedDays('2026-06-05T00:00:00+02:00', '2026-06-06T00:00:00+02:00')[0]?.source).toBe('closedDates');
  });

  it('§0 users remove dates: ignoreHolidays 2026-06-04 moves §6 example 2 to Mon 06-08 09:00', () => {
    const support = new BusinessCalendar({ zone: 'Europe/Berlin', week: berlinWeek, holidays: 'DE-RP', ignoreHolidays: ['2026-06-04'] });
    // Wed 9 h; Thu 10 (19); Fri 10 (29); Mon 08–09 (30) → Mon 09:00 CEST = 07:00Z
    expect(support.due('2026-06-03T09:00:00+02:00', { hours: 30 })).toBe(Date.UTC(2026, 5, 8, 7));
    expect(support.isBusinessDay('2026-06-04')).toBe(true);
  });

  it('closedDates win over ignoreHolidays: a date in both stays closed (ignoreHolidays only reopens provider holidays)', () => {
    const support = new BusinessCalendar({
      zone: 'Europe/Berlin',
      week: berlinWeek,
      holidays: 'DE-RP',
      ignoreHolidays: ['2026-06-04'],
      closedDates: ['2026-06-04'],
    });
    expect(support.isBusinessDay('2026-06-04')).toBe(false);
    expect(support.closedDays('2026-06-04T00:00:00+02:00', '2026-06-05T00:00:00+02:00').map((d) => d.source)).toEqual(['closedDates']);
  });

  it('§0 holidays close the whole local day, including the after-midnight part of an overnight range', () => {
    // FR: Ascension is Thu 2026-05-14. Wed 22:00–06:00 keeps Wed 22:00–24:00 (2 h); Thu 22:00–06:00 keeps Fri 00:00–06:00 (6 h).
    const nights = new BusinessCalendar({ zone: 'Europe/Paris', week: { wed: ['22:00-06:00'], thu: ['22:00-06:00'] }, holidays: 'FR' });
    expect(nights.elapsed('2026-05-13T12:00:00+02:00', '2026-05-15T12:00:00+02:00')).toBe(8 * HOUR);
    expect(nights.isOpen('2026-05-14T03:00:00+02:00')).toBe(false);
    expect(nights.isOpen('2026-05-15T03:00:00+02:00')).toBe(true);
  });

  it('§0 US: observed Veterans Day Fri 2028-11-10 and Mon 2029-11-12 are closed (HOLIDAY_CORRECTIONS, 5 U.S.C. 6103)', () => {
    const nam = new BusinessCalendar({ zone: 'America/New_York', week: sameHours(WEEKDAYS, ['09:00-18:00']), holidays: 'US' });
    expect(nam.isBusinessDay('2028-11-10')).toBe(false);
    expect(nam.isBusinessDay('2029-11-12')).toBe(false);
    // the day before and after are ordinary weekdays
    expect(nam.isBusinessDay('2028-11-09')).toBe(true);
    expect(nam.isBusinessDay('2029-11-13')).toBe(true);
  });

  it('§0: without the correction, date-holidays leaves those observed days open (the gap the correction fixes)', () => {
    const raw = new BusinessCalendar({
      zone: 'America/New_York',
      week: sameHours(WEEKDAYS, ['09:00-18:00']),
      holidays: dateHolidays('US', { corrections: false }),
    });
    expect(raw.isBusinessDay('2028-11-10')).toBe(true);
    expect(raw.isBusinessDay('2029-11-12')).toBe(true);
  });

  it('§0: the corrections live in one documented place, each with its reason', () => {
    const us = HOLIDAY_CORRECTIONS.filter((c) => c.country === 'US');
    expect(us).toHaveLength(1);
    expect(us[0]?.reason).toContain('5 U.S.C. 6103');
    // it only admits substitute days
    expect(us[0]?.include({ date: '2028-11-10 00:00:00', type: 'bank', name: 'Veterans Day (substitute day)', substitute: true })).toBe(true);
    expect(us[0]?.include({ date: '2028-11-24 00:00:00', type: 'bank', name: 'Day after Thanksgiving' })).toBe(false);
  });

  it('dateHolidays lists the region\'s public holidays of a year (DE-RP 2026: 11 days incl. Fronleichnam)', () => {
    // Rhineland-Palatinate 2026 (Easter is 04-05): Neujahr 01-01, Karfreitag 04-03, Ostermontag 04-06, 05-01,
    // Himmelfahrt 05-14, Pfingstmontag 05-25, Fronleichnam 06-04, 10-03, Allerheiligen 11-01, 12-25, 12-26 = 11
    const dates = [...dateHolidays('DE-RP').datesInYear(2026)];
    expect(dates).toContain('2026-06-04');
    expect(dates).toContain('2026-12-26');
    // public only: Christmas Eve is not a public holiday in Rhineland-Palatinate
    expect(dates).not.toContain('2026-12-24');
    expect(dates).toHaveLength(11);
  });

  it('issue 13: one provider per region and options, so a region\'s year is computed once and shared', () => {
    const byCode = dateHolidays('DE-RP');
    // The defaults written out, the types as a set in another order: the same provider and the same frozen list.
    expect(dateHolidays('DE-RP', { types: ['public'], corrections: true })).toBe(byCode);
    expect(dateHolidays('DE-RP', { types: ['public', 'public'] }).datesInYear(2027)).toBe(byCode.datesInYear(2027));
    expect(dateHolidays('DE-RP', { types: ['bank', 'public'] })).toBe(dateHolidays('DE-RP', { types: ['public', 'bank'] }));
    // Other options are another provider: with bank holidays, Christmas Eve 2026 is closed too.
    const withBank = dateHolidays('DE-RP', { types: ['public', 'bank'] });
    expect(withBank).not.toBe(byCode);
    expect([...withBank.datesInYear(2026)]).toContain('2026-12-24');
    expect(Object.isFrozen(byCode.datesInYear(2026))).toBe(true);
  });

  it('issue 13: asking date-holidays in UTC (faster) gives the dates it gives in the region\'s own zone, multi-day holidays included', () => {
    // Oracle: date-holidays with its default (the region's zone), public holidays, each day of a multi-day one
    // (KR Seollal and Chuseok, ME Bajram and Pesach, RO New Year: several days, some in zones with DST).
    const regions: [string, string | undefined][] = [['FR', undefined], ['DE', 'RP'], ['GB', 'ENG'], ['JP', undefined], ['AU', 'NSW'], ['KR', undefined], ['ME', undefined], ['RO', undefined]];
    for (const [country, state] of regions) {
      const raw = state === undefined ? new Holidays(country) : new Holidays(country, state);
      const provider = dateHolidays(state === undefined ? country : `${country}-${state}`, { corrections: false });
      for (let year = 2026; year <= 2035; year++) {
        const expected = new Set<string>();
        for (const holiday of raw.getHolidays(year) as { date: string; type: string; start: Date; end: Date }[]) {
          if (holiday.type !== 'public') continue;
          const first = Date.parse(`${holiday.date.slice(0, 10)}T00:00:00Z`);
          const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
          for (let d = 0; d < days; d++) expected.add(new Date(first + d * 86_400_000).toISOString().slice(0, 10));
        }
        expect([...provider.datesInYear(year)]).toEqual([...expected].sort());
      }
    }
  });

  it('holidayList and custom providers plug in; several sources combine', () => {
    const company: HolidayProvider = { id: 'acme', datesInYear: (year) => [`${year}-12-24`] };
    const calendar = new BusinessCalendar({
      zone: 'Europe/Paris',
      week: sameHours(WEEKDAYS, ['09:00-17:00']),
      holidays: ['FR', company, holidayList(['2026-12-28'], 'inventory')],
    });
    // Thu 2026-12-24 (acme), Fri 12-25 (FR), Mon 12-28 (inventory)
    expect(calendar.closedDays('2026-12-21T00:00:00+01:00', '2026-12-29T00:00:00+01:00').map((d) => [d.date, d.source])).toEqual([
      ['2026-12-24', 'acme'],
      ['2026-12-25', 'date-holidays:FR'],
      ['2026-12-28', 'inventory'],
    ]);
    // that week keeps Mon 21, Tue 22, Wed 23 = 3 × 8 h
    expect(calendar.elapsed('2026-12-21T00:00:00+01:00', '2026-12-28T00:00:00+01:00')).toBe(24 * HOUR);
  });

  it('issue 2: unknown holiday regions (XX, DE-ZZ) are SlaInputErrors naming holidays.region', () => {
    for (const region of ['XX', 'DE-ZZ', 'DE-RP-X', '']) {
      let caught: unknown;
      try {
        new BusinessCalendar({ zone: 'Europe/Berlin', week: berlinWeek, holidays: region });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SlaInputError);
      expect((caught as Error).message.startsWith('holidays.region: ')).toBe(true);
    }
  });

  it('a holidayList with an impossible date is an SlaInputError naming the list entry', () => {
    expect(() => holidayList(['2026-01-01', '2026-02-30'], 'company')).toThrow(/company\[1\]/);
  });

  it('a provider answering a non-date is an SlaInputError naming the provider when its year is read', () => {
    const broken: HolidayProvider = { id: 'broken', datesInYear: () => ['soon'] };
    const calendar = new BusinessCalendar({ zone: 'UTC', week: berlinWeek, holidays: broken });
    expect(() => calendar.isOpen('2026-06-01T10:00Z')).toThrow(/holidays\(broken\)/);
  });
});
