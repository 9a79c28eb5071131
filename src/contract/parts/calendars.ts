import { BusinessCalendar } from '../../calendar/business-calendar.js';
import type { PartDayHolidays, RelativeDayRule } from '../../calendar/day-rules.js';
import { type HolidayProvider, dateHolidays } from '../../calendar/holidays.js';
import type { WeeklySchedule } from '../../calendar/weekly-schedule.js';
import { buildStep } from '../build-step.js';
import type { CalendarDefinition, ContractTerms } from '../schema.js';

/**
 * The calendars of one version's terms, built once; a bad holiday region
 * or week fails at definition time, naming `prefix` + `calendars.<id>…`.
 * @internal
 */
export function buildCalendars(terms: ContractTerms, prefix: string): Map<string, BusinessCalendar> {
  const calendars = new Map<string, BusinessCalendar>();
  for (const [id, calendar] of Object.entries(terms.calendars)) {
    const types = 'holidayTypes' in calendar && calendar.holidayTypes ? { types: calendar.holidayTypes } : {};
    const holidays = 'holidays' in calendar && calendar.holidays
      ? calendar.holidays.map((region, i) => buildStep(`${prefix}calendars.${id}.holidays[${i}]`, () => dateHolidays(region, types)))
      : [];
    // A calendar's errors name their own field (specialHours[1].date): the path points at it.
    calendars.set(id, buildStep(`${prefix}calendars.${id}`, () => buildCalendar(id, calendar, holidays), { appendField: true }));
  }
  return calendars;
}

function buildCalendar(id: string, definition: CalendarDefinition, holidays: readonly HolidayProvider[]): BusinessCalendar {
  if ('always' in definition) return BusinessCalendar.always(definition.zone, definition.name ?? id);
  return new BusinessCalendar({
    zone: definition.zone,
    week: definition.week as WeeklySchedule,
    name: definition.name ?? id,
    ...(holidays.length > 0 ? { holidays } : {}),
    ...(definition.closedDates ? { closedDates: definition.closedDates } : {}),
    ...(definition.ignoreHolidays ? { ignoreHolidays: definition.ignoreHolidays } : {}),
    ...(definition.specialHours ? { specialHours: definition.specialHours } : {}),
    ...(definition.relativeDays ? { relativeDays: definition.relativeDays as readonly RelativeDayRule[] } : {}),
    ...(definition.partDayHolidays ? { partDayHolidays: definition.partDayHolidays as PartDayHolidays } : {}),
  });
}
