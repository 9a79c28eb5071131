import { BusinessCalendar } from '../../calendar/business-calendar.js';
import type { PartDayHolidays, RelativeDayRule } from '../../calendar/day-rules.js';
import { type HolidayProvider, dateHolidays } from '../../calendar/holidays.js';
import type { WeeklySchedule } from '../../calendar/weekly-schedule.js';
import { SlaInputError } from '../../errors.js';
import { icsClosures } from '../../icalendar/ics-closures.js';
import { buildStep } from '../build-step.js';
import type { CalendarDefinition, ClosureDefinition, ContractTerms } from '../schema.js';

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
    if ('closures' in calendar && calendar.closures) {
      calendar.closures.forEach((closure, i) => {
        // The error's field (closures[0].icsFile) is appended to the calendar's path.
        holidays.push(buildStep(`${prefix}calendars.${id}`, () => closureProvider(closure, `closures[${i}]`), { appendField: true }));
      });
    }
    // A calendar's errors name their own field (specialHours[1].date): the path points at it.
    calendars.set(id, buildStep(`${prefix}calendars.${id}`, () => buildCalendar(id, calendar, holidays), { appendField: true }));
  }
  return calendars;
}

/** One closure source as a holiday provider; an `icsFile` is the CLI's to read (the library reads no files). */
function closureProvider(closure: ClosureDefinition, field: string): HolidayProvider {
  if ('ics' in closure) return icsClosures(closure.ics, field);
  if ('icsFile' in closure) {
    throw new SlaInputError(`${field}.icsFile`, closure.icsFile, 'iCalendar text in "ics": the library reads no files (the slakit CLI reads icsFile, relative to the definition\'s file)');
  }
  const { date, days, rrule, exdate, summary } = closure;
  const event = { date, ...(days === undefined ? {} : { days }), ...(rrule === undefined ? {} : { rrule }), ...(exdate === undefined ? {} : { exdate }), ...(summary === undefined ? {} : { summary }) };
  return icsClosures([event], field);
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
