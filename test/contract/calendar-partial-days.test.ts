/**
 * Issue 10 §5: partial days are expressible in the calendar JSON of a
 * contract (special hours, relative rules, holiday types, part-day
 * holidays), and bad ones are SlaDefinitionErrors naming the JSON path.
 */
import { describe, expect, it } from 'vitest';
import { SlaDefinitionError, defineContract } from '../../src/index.js';

const HOUR = 3_600_000;

function definition(calendar: Record<string, unknown>): unknown {
  return {
    id: 'acme',
    name: 'ACME',
    calendars: { support: { zone: 'Europe/Berlin', week: { mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] }, holidays: ['DE'], ...calendar } },
  };
}

function pathOf(input: unknown): string {
  try {
    defineContract(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SlaDefinitionError);
    return (error as SlaDefinitionError).path;
  }
  throw new Error('expected SlaDefinitionError');
}

describe('calendar JSON: partial days (issue 10 §5)', () => {
  it('relativeDays, specialHours, holidayTypes and partDayHolidays reach the calendar', () => {
    const contract = defineContract(
      definition({
        holidayTypes: ['public', 'bank'],
        partDayHolidays: 'partial',
        relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT1H' }],
        specialHours: [{ date: '2026-12-30', hours: ['08:00-12:00'] }],
      }),
    );
    const support = contract.calendar('support');
    const day = (date: string) => support.elapsed(support.startOfDay(date), support.startOfDay(date) + 24 * HOUR) / HOUR;
    // Wed 12-23 is the day before Thu 12-24 (a part-day bank holiday, not a whole-day one): 10 h.
    // Thu 12-24 is the day before Christmas (whole-day): 08–17 by the rule, then closed from 14:00 → 08–14 = 6 h.
    // Wed 12-30 has special hours 08–12 (4 h). Thu 12-31 is before Neujahr and closes at 14:00 → 6 h.
    expect([day('2026-12-23'), day('2026-12-24'), day('2026-12-30'), day('2026-12-31')]).toEqual([10, 6, 4, 6]);
  });

  it('bad partial-day definitions name their JSON path', () => {
    expect(pathOf(definition({ specialHours: [{ date: '2026-02-30', hours: [] }] }))).toBe('calendars.support.specialHours[0].date');
    expect(pathOf(definition({ specialHours: [{ date: '2026-06-01', hours: ['09:00-09:00'] }] }))).toBe('calendars.support.specialHours[0].hours[0]');
    expect(pathOf(definition({ specialHours: [{ date: '2026-06-01', hours: [] }, { date: '2026-06-01', hours: [] }] }))).toBe('calendars.support.specialHours[1].date');
    expect(pathOf(definition({ relativeDays: [{ relativeTo: 'weekend', offsetDays: -1, closeEarly: 'PT1H' }] }))).toBe('calendars.support.relativeDays[0].relativeTo');
    expect(pathOf(definition({ relativeDays: [{ relativeTo: 'holiday', offsetDays: 0, closeEarly: 'PT1H' }] }))).toBe('calendars.support.relativeDays[0].offsetDays');
    expect(pathOf(definition({ relativeDays: [{ relativeTo: 'holiday', offsetDays: -1 }] }))).toBe('calendars.support.relativeDays[0]');
    expect(pathOf(definition({ relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT30S' }] }))).toBe('calendars.support.relativeDays[0].closeEarly');
    expect(pathOf(definition({ partDayHolidays: 'half' }))).toBe('calendars.support.partDayHolidays');
    expect(pathOf(definition({ closedDates: ['2026-06-01'], specialHours: [{ date: '2026-06-01', hours: [] }] }))).toBe('calendars.support.specialHours[0].date');
  });
});
