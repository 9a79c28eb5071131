import { SlaError } from '../../errors.js';
import { WEEKDAYS } from '../../calendar/weekly-schedule.js';
import { maintenanceIntervals } from '../../maintenance/maintenance-window.js';
import { unexcusedWindowNote } from '../../maintenance/ad-hoc.js';
import { rruleLocalRecurrence } from '../../maintenance/rrule-recurrence.js';
import { wallStarts } from '../../icalendar/local-recurrence.js';
import { civilFromDays, daysInMonth } from '../../time/civil.js';
import { formatInstant, toInstant } from '../../time/instant.js';
import { TimeZone } from '../../time/zone.js';
import type { MaintenanceDefinition } from '../schema.js';
import { sources } from './citations.js';
import type { LintContext, LintWarning } from './lint-contract.js';

const DAY = 86_400_000;

/** Announced windows that excuse nothing (notice shorter than the rule asks, or not announced). @internal */
export function noticeWarnings(context: Pick<LintContext, 'contract' | 'definition' | 'announced'>): LintWarning[] {
  if (context.announced.length === 0) return [];
  const windows = context.contract.maintenanceWindows(context.announced);
  const from = Math.min(...context.announced.map((w, i) => toInstant(w.start, `options.announced[${i}].start`)));
  const to = Math.max(...context.announced.map((w, i) => toInstant(w.end, `options.announced[${i}].end`)));
  const rules = context.definition.availability?.maintenance ?? [];
  return windows.flatMap((window) =>
    window.rejected(from, to).map((verdict) => {
      const index = rules.findIndex((rule) => rule.id === window.id);
      return { code: 'notice-longer-than-lead' as const, message: unexcusedWindowNote(verdict), path: `availability.maintenance[${index}]`, sources: sources(window.source) };
    }),
  );
}

/** The checks over `[from, to)`: maintenance in measured time, unreachable targets, windows in DST gaps. @internal */
export function timeWarnings(context: LintContext): LintWarning[] {
  return [...measuredTimeWarnings(context), ...targetWarnings(context), ...dstGapWarnings(context)];
}

/** Recurring maintenance windows inside the open time of a commitment's measured calendar. */
function measuredTimeWarnings({ contract, definition, from, to }: LintContext): LintWarning[] {
  const section = definition.availability;
  if (section === undefined) return [];
  const coverage = maintenanceIntervals(contract.maintenanceWindows(), from, to).byWindow;
  return section.commitments.flatMap((commitment) => {
    const calendar = commitment.measuredCalendar;
    if (calendar === undefined) return [];
    const open = contract.calendar(calendar).openIntervals(from, to);
    return coverage.flatMap((part) => {
      const inside = part.intervals.intersect(open);
      const first = inside.toArray()[0];
      if (first === undefined) return [];
      const rule = (section.maintenance ?? []).findIndex((m) => m.id === part.windowId);
      return [
        {
          code: 'maintenance-in-measured-time' as const,
          message: `maintenance window "${part.windowId}" overlaps the open time of calendar "${commitment.measuredCalendar}", on which commitment "${commitment.id}" is measured: ${Math.round(inside.measure() / 3_600_000)} h from ${formatInstant(from)} to ${formatInstant(to)}, first at ${formatInstant(first.start)}; downtime there is excused during the hours the commitment measures`,
          path: `availability.maintenance[${rule}]`,
          sources: sources(part.source, commitment.source, definition.calendars?.[calendar]?.source),
        },
      ];
    });
  });
}

/** Response targets that cannot be reached from `from` (a calendar with no open time within its horizon…). */
function targetWarnings({ contract, definition, from }: LintContext): LintWarning[] {
  const regions = contract.regions.length === 0 ? [undefined] : contract.regions;
  return contract.priorities.flatMap((priority) =>
    regions.flatMap((region) => {
      try {
        contract.due(priority, from, region === undefined ? {} : { region });
        return [];
      } catch (error) {
        if (!(error instanceof SlaError)) throw error;
        const rule = definition.responses?.priorities?.[priority] as { source?: LintWarning['sources'][number]; calendar?: string } | undefined;
        const calendar = rule?.calendar === undefined ? undefined : definition.calendars?.[rule.calendar]?.source;
        return [
          {
            code: 'target-unreachable' as const,
            message: `the target of priority "${priority}"${region === undefined ? '' : ` in region ${region}`} cannot be reached from ${formatInstant(from)}: ${error.message}`,
            path: `responses.priorities.${priority}`,
            sources: sources(rule?.source, calendar),
          },
        ];
      }
    }),
  );
}

/** Recurring windows whose start or end falls at a local time their zone skips, in the years checked. */
function dstGapWarnings({ definition, from, to }: LintContext): LintWarning[] {
  const section = definition.availability;
  if (section === undefined) return [];
  return (section.maintenance ?? []).flatMap((rule, i) => {
    if (rule.type === 'adHoc') return [];
    const zone = TimeZone.of(rule.zone ?? section.zone);
    const hits = windowBounds(rule, zone, zone.toWall(from), zone.toWall(to)).filter(({ wall }) => zone.toWall(zone.fromWall(wall)) !== wall);
    const first = hits[0];
    if (first === undefined) return [];
    const local = new Date(first.wall).toISOString().slice(0, 16).replace('T', ' ');
    return [
      {
        code: 'maintenance-in-dst-gap' as const,
        message: `maintenance window "${rule.id}" ${first.which} at ${local} local time (${zone.name}), which the clock skips at the change to summer time; such a bound is read as the gap's end, so the window is shorter that day (${hits.length} time(s) from ${formatInstant(from)} to ${formatInstant(to)})`,
        path: `availability.maintenance[${i}]`,
        sources: sources(rule.source),
      },
    ];
  });
}

type RecurringRule = Exclude<MaintenanceDefinition, { type: 'adHoc' }>;

/** The local start and end (wall ms) of each window of a recurring rule starting in `[fromWall, toWall]`. */
function windowBounds(rule: RecurringRule, zone: TimeZone, fromWall: number, toWall: number): { wall: number; which: 'starts' | 'ends' }[] {
  if (rule.type === 'rrule') {
    const recurrence = rruleLocalRecurrence(rule, zone);
    return wallStarts(recurrence, fromWall, toWall + 1).flatMap((start) => [
      { wall: start, which: 'starts' as const },
      { wall: start + recurrence.lengthWall, which: 'ends' as const },
    ]);
  }
  const bounds: { wall: number; which: 'starts' | 'ends' }[] = [];
  for (let day = Math.floor(fromWall / DAY); day <= Math.floor(toWall / DAY); day++) {
    if (!recursOn(rule, day)) continue;
    bounds.push({ wall: day * DAY + minutesOf(rule.from ?? '00:00') * 60_000, which: 'starts' }, { wall: day * DAY + minutesOf(rule.to ?? '24:00') * 60_000, which: 'ends' });
  }
  return bounds;
}

/** Whether a recurring rule (not an RRULE) has a window on local day number `day`. */
function recursOn(rule: Exclude<RecurringRule, { type: 'rrule' }>, day: number): boolean {
  if (rule.type === 'daily') return true;
  const weekday = WEEKDAYS[(((day + 3) % 7) + 7) % 7];
  if (rule.type === 'weekly') return weekday === rule.day;
  if (weekday !== rule.weekday) return false;
  const { year, month, day: date } = civilFromDays(day);
  return rule.nth === -1 ? date + 7 > daysInMonth(year, month) : Math.ceil(date / 7) === rule.nth;
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
