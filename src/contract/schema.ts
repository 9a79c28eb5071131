import { describeValue } from '../errors.js';
import { z } from 'zod';
import { WEEKDAYS } from '../calendar/weekly-schedule.js';
import { RESERVED_ID_EXPECTED, isReservedId } from '../ids.js';
import { parseLocalDate, parseTimeOfDay } from '../time/civil.js';
import { claimsSectionSchema } from './sections/claims.js';
import { closureSchema, localStartSchema, rruleSchema } from './sections/icalendar.js';
import {
  checkRequestMetric,
  checkSeriesMetric,
  granularitySchema,
  maintenanceBudgetSchema,
  recordingThresholdStrictnessSchema,
  requestMetricFields,
  seriesMetricFields,
  weightingFields,
} from './sections/measurement.js';
import { commitmentPeriodSchema } from './sections/periods.js';
import { feeBasisSchema, remediesSectionSchema } from './sections/remedies.js';
import { responseTargetValueSchema } from './sections/response-target.js';
import { effectiveFromSchema, gapPolicySchema, instantSchema, localDateOrTimeSchema, percentSchema, sourceSchema, tierSchema, zoneSchema } from './sections/shared.js';
import { currencyValueSchema, durationValueSchema as durationSchema } from './sections/value-schemas.js';

/**
 * The JSON schema of a contract definition, as zod schemas. A definition is
 * plain data: every rule a contract states, with its source, and every
 * option that resolves an ambiguity. {@link defineContract} validates with
 * these schemas and builds an engine from the primitives.
 */

/** A key of a record: any string but a name of Object.prototype (`__proto__`, `constructor`, `toString`, …). */
const keySchema = z.string().refine((key) => !isReservedId(key), {
  error: (issue) => `${describeValue(issue.input)} cannot be used: expected ${RESERVED_ID_EXPECTED}`,
});

/** An id (of a calendar, priority, region, commitment, rule…): a non-empty {@link keySchema}. */
const idSchema = z.string().min(1).pipe(keySchema);

/**
 * A record keyed by `key`. An own `"__proto__"` key (what `JSON.parse` makes
 * of `{"__proto__": …}`) is reported at its path, never silently dropped as
 * a copy would drop it.
 */
function keyedRecord<K extends typeof keySchema | typeof idSchema, V extends z.ZodType>(key: K, value: V) {
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
      ctx.addIssue({ code: 'custom', message: `"__proto__" cannot be used: expected ${RESERVED_ID_EXPECTED}`, path: ['__proto__'], input });
    }
    return input;
  }, z.record(key, value));
}

const localDateSchema = z.string().refine((date) => parseLocalDate(date) !== undefined, {
  error: (issue) => `expected a local date YYYY-MM-DD, got ${describeValue(issue.input)}`,
});

const timeOfDaySchema = z.string().refine((time) => parseTimeOfDay(time) !== undefined, {
  error: (issue) => `expected a local time HH:MM (00:00–24:00), got ${describeValue(issue.input)}`,
});

const rangeSchema = z.string().refine(
  (range) => {
    const [from, to, extra] = range.split('-');
    if (from === undefined || to === undefined || extra !== undefined) return false;
    const start = parseTimeOfDay(from.trim());
    const end = parseTimeOfDay(to.trim());
    return start !== undefined && end !== undefined && start !== 1440 && start !== end;
  },
  { error: (issue) => `expected a local range "HH:MM-HH:MM" such as "08:00-18:00", got ${describeValue(issue.input)}` },
);

const weekSchema = z
  .strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(rangeSchema).optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<z.ZodArray<typeof rangeSchema>>>)
  .refine((week) => Object.values(week).some((ranges) => (ranges?.length ?? 0) > 0), {
    error: 'a calendar must open at least once a week: give at least one range',
  });

/** The hours of one date, replacing its weekly hours (`[]` closes it). */
const specialHoursSchema = z.strictObject({ date: localDateSchema, hours: z.array(rangeSchema) });

/** A rule for the days near each holiday: `{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT1H' }` or `hours` to keep. */
const relativeDaySchema = z
  .strictObject({
    // Refinements rather than literals: a failed refinement keeps the weekly branch of the calendar union, so the error names its path.
    relativeTo: z.string().refine((value) => value === 'holiday', { error: (issue) => `expected "holiday", got ${describeValue(issue.input)}` }),
    offsetDays: z.number().int().min(-14).max(14).refine((n) => n !== 0, { error: 'expected a number of days other than 0 (−1 is the day before the holiday)' }),
    closeEarly: durationSchema.optional(),
    hours: z.array(rangeSchema).optional(),
  })
  .refine((rule) => (rule.closeEarly === undefined) !== (rule.hours === undefined), { error: 'expected exactly one of closeEarly (a duration) or hours (ranges to keep)' });

const weeklyCalendarSchema = z.strictObject({
  zone: zoneSchema,
  week: weekSchema,
  holidays: z.array(z.string().min(1)).optional(),
  /** date-holidays types that close days, for every region of `holidays`. Default `["public"]`. */
  holidayTypes: z.array(z.string().min(1)).min(1).optional(),
  /** How part-day holidays close: the whole date (default), only their hours, or nothing. */
  partDayHolidays: z
    .string()
    .refine((value) => ['full-day', 'partial', 'ignore'].includes(value), { error: (issue) => `expected "full-day", "partial" or "ignore", got ${describeValue(issue.input)}` })
    .optional(),
  closedDates: z.array(localDateSchema).optional(),
  ignoreHolidays: z.array(localDateSchema).optional(),
  specialHours: z.array(specialHoursSchema).optional(),
  relativeDays: z.array(relativeDaySchema).optional(),
  /** Closure feeds: iCalendar text, an .ics file the CLI reads, or closures as data; they close whole local days as holidays do. */
  closures: z.array(closureSchema).optional(),
  name: z.string().optional(),
  source: sourceSchema.optional(),
});

const alwaysCalendarSchema = z.strictObject({
  always: z.literal(true),
  zone: zoneSchema,
  name: z.string().optional(),
  source: sourceSchema.optional(),
});

/**
 * A calendar: a weekly schedule with holidays, or `{ always: true }` (24/7).
 * A weekly calendar may also give `specialHours` (the hours of given dates),
 * `relativeDays` (days near holidays that close early or keep fewer hours),
 * `holidayTypes` (date-holidays types, default `["public"]`) and
 * `partDayHolidays` (`"full-day"` default, `"partial"`, `"ignore"`).
 *
 * @example
 * ```ts
 * calendarDefinitionSchema.safeParse({ zone: 'Europe/Berlin', week: { mon: ['08:00-18:00'] }, holidays: ['DE-RP'] }).success; // true
 * calendarDefinitionSchema.safeParse({ always: true, zone: 'Europe/London' }).success;               // true
 * calendarDefinitionSchema.safeParse({
 *   zone: 'Europe/Berlin', week: { mon: ['08:00-18:00'] }, holidays: ['DE'],
 *   relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT1H' }],
 *   specialHours: [{ date: '2026-12-31', hours: ['08:00-12:00'] }],
 * }).success; // true
 * ```
 */
export const calendarDefinitionSchema = z.union([alwaysCalendarSchema, weeklyCalendarSchema]);

/**
 * A response-time target per priority: a business duration or a rule
 * (see `responseTargetValueSchema`). `calendar` names a calendar, or
 * `$region` for the ticket's region calendar.
 *
 * @example
 * ```ts
 * responseTargetSchema.safeParse({ target: 'PT10H', calendar: 'support' }).success;                               // true
 * responseTargetSchema.safeParse({ target: { rule: 'end-of-business-day', days: 1 }, calendar: 'support' }).success; // true
 * responseTargetSchema.safeParse({ target: -1, calendar: 'support' }).success;                                   // false
 * ```
 */
export const responseTargetSchema = z.strictObject({
  target: responseTargetValueSchema,
  calendar: z.string().min(1),
  kind: z.enum(['contractual', 'kpi']).optional(),
  description: z.string().optional(),
  source: sourceSchema.optional(),
});

const statusListSchema = z.array(z.string().min(1)).optional();

/**
 * What a helpdesk's statuses do to a ticket's clocks: run, pause, stop. A
 * status may appear in one list only.
 *
 * @example
 * ```ts
 * statusMapSchema.safeParse({ runOn: ['open'], pauseOn: ['pending'], stopOn: ['solved'] }).success; // true
 * statusMapSchema.safeParse({ runOn: ['open'], stopOn: ['open'] }).success;                        // false
 * ```
 */
export const statusMapSchema = z
  .strictObject({ runOn: statusListSchema, pauseOn: statusListSchema, stopOn: statusListSchema, description: z.string().optional(), source: sourceSchema.optional() })
  .superRefine((map, ctx) => {
    const seen = new Set<string>();
    for (const list of ['runOn', 'pauseOn', 'stopOn'] as const) {
      (map[list] ?? []).forEach((status, i) => {
        if (seen.has(status)) ctx.addIssue({ code: 'custom', message: `status "${status}" is already mapped by an earlier list: a status runs, pauses or stops the clock, one of the three`, path: [list, i] });
        seen.add(status);
      });
    }
  });

/**
 * A metric of the tickets besides the first response (whose targets are
 * `responses.priorities`): its targets per priority, and optionally its own
 * status map.
 *
 * @example
 * ```ts
 * metricSchema.safeParse({ priorities: { p1: { target: 'PT4H', calendar: 'always' } }, statuses: { stopOn: ['resolved'] } }).success; // true
 * ```
 */
export const metricSchema = z.strictObject({
  priorities: keyedRecord(idSchema, responseTargetSchema).refine((p) => Object.keys(p).length > 0, { error: 'at least one priority' }),
  statuses: statusMapSchema.optional(),
  description: z.string().optional(),
  source: sourceSchema.optional(),
});

const responsesSchema = z.strictObject({
  priorities: keyedRecord(idSchema, responseTargetSchema).refine((p) => Object.keys(p).length > 0, { error: 'at least one priority' }),
  reprioritisation: z.enum(['recompute-from-open', 'from-change']).optional(),
  warnings: z.array(z.number().gt(0).lt(1)).optional(),
  startEvent: z.string().optional(),
  stopEvent: z.string().optional(),
  /** The status map of every metric without its own (the first response's). */
  statuses: statusMapSchema.optional(),
  /** What a status event naming an unmapped status does: an error (default) or the clocks run. */
  unmappedStatus: z.enum(['error', 'run']).optional(),
  /** Metrics besides the first response. */
  metrics: z.strictObject({ resolution: metricSchema.optional(), nextReply: metricSchema.optional(), periodicUpdate: metricSchema.optional() }).optional(),
});

const regionSchema = z.strictObject({
  calendar: z.string().min(1),
  description: z.string().optional(),
  source: sourceSchema.optional(),
});

const maintenanceBase = { id: idSchema, zone: zoneSchema.optional(), source: sourceSchema.optional() };

/**
 * A maintenance rule: recurring (daily, weekly, nth weekday of the month, an iCalendar RRULE) or announced ad-hoc windows.
 *
 * @example
 * ```ts
 * maintenanceDefinitionSchema.safeParse({ type: 'daily', id: 'nightly', from: '23:00', to: '08:00' }).success; // true
 * maintenanceDefinitionSchema.safeParse({ type: 'monthlyNthWeekday', id: 'third-saturday', weekday: 'sat', nth: 3 }).success; // true
 * maintenanceDefinitionSchema.safeParse({ type: 'rrule', id: 'patch', start: '2026-01-04T02:30', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=SU' }).success; // true
 * maintenanceDefinitionSchema.safeParse({ type: 'rrule', id: 'patch', start: '2026-01-04T02:30', duration: 'PT2H', rrule: 'FREQ=SOMETIMES' }).success; // false
 * ```
 */
export const maintenanceDefinitionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('daily'), ...maintenanceBase, from: timeOfDaySchema, to: timeOfDaySchema }),
  z.strictObject({ type: z.literal('weekly'), ...maintenanceBase, day: z.enum(WEEKDAYS as unknown as [string, ...string[]]), from: timeOfDaySchema, to: timeOfDaySchema }),
  z.strictObject({
    type: z.literal('monthlyNthWeekday'),
    ...maintenanceBase,
    weekday: z.enum(WEEKDAYS as unknown as [string, ...string[]]),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]),
    from: timeOfDaySchema.optional(),
    to: timeOfDaySchema.optional(),
  }),
  z.strictObject({
    type: z.literal('rrule'),
    ...maintenanceBase,
    start: localStartSchema,
    duration: durationSchema.optional(),
    end: localStartSchema.optional(),
    rrule: rruleSchema,
    exdate: z.array(localStartSchema).optional(),
  }),
  z.strictObject({ type: z.literal('adHoc'), ...maintenanceBase, minimumNotice: durationSchema.optional() }),
]);

/**
 * What a commitment's figure is computed from: `downtime` (default:
 * incidents and probes, as time), `requests` (request counts per interval:
 * `requestAvailability`'s options), `weighted` (downtime weighted by the
 * users each incident affects; the population comes with each evaluation)
 * or `series` (a statistic of the measured series named `series` against a
 * bound: `seriesMetric`'s options).
 *
 * @example
 * ```ts
 * commitmentMetricSchema.safeParse({ type: 'requests', interval: 'PT1M', errorRateThreshold: '5' }).success;                 // true (Atlassian)
 * commitmentMetricSchema.safeParse({ type: 'weighted', unit: 'licensed users' }).success;                                      // true (Microsoft)
 * commitmentMetricSchema.safeParse({ type: 'series', series: 'latency', statistic: 'percentile', percentile: 95, bound: 200 }).success; // true
 * commitmentMetricSchema.safeParse({ type: 'requests', interval: 'PT1M' }).success;                                            // false: errorRateThreshold
 * ```
 */
export const commitmentMetricSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('downtime'), source: sourceSchema.optional() }),
  z.strictObject({ type: z.literal('requests'), ...requestMetricFields() }).superRefine(checkRequestMetric),
  z.strictObject({ type: z.literal('weighted'), ...weightingFields() }),
  z.strictObject({ type: z.literal('series'), series: idSchema, ...seriesMetricFields() }).superRefine(checkSeriesMetric),
]);

/**
 * Who or what a commitment covers (a plan, a region, a service): free-form
 * labels, reported with the commitment's figures and usable to pick
 * commitments by scope.
 *
 * @example
 * ```ts
 * commitmentScopeSchema.safeParse({ plan: 'premium', service: 'jira' }).success; // true
 * ```
 */
export const commitmentScopeSchema = z.strictObject({
  plan: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  service: z.string().min(1).optional(),
});

/**
 * One availability commitment of a contract: a target on a metric over a
 * period (a `series` metric has no target: its bound judges it) (a calendar month, quarter or year as today, or a period rule such
 * as a fiscal quarter), with its granularity and scope.
 *
 * @example
 * ```ts
 * commitmentDefinitionSchema.safeParse({ id: 'platform', target: '98', period: 'month', measuredCalendar: 'support' }).success; // true
 * commitmentDefinitionSchema.safeParse({ id: 'region', target: '99.99', period: 'month', granularity: { interval: 'PT1M' } }).success; // true (AWS)
 * commitmentDefinitionSchema.safeParse({ id: 'fy', target: '99.9', period: { type: 'fiscal-quarter', startMonth: 7 } }).success;    // true
 * commitmentDefinitionSchema.safeParse({ id: 'p95', period: 'month', metric: { type: 'series', series: 'latency', statistic: 'percentile', percentile: 95, bound: 300 } }).success; // true (no target)
 * commitmentDefinitionSchema.safeParse({ id: 'uptime', period: 'month' }).success;                                                 // false, path ["target"]
 * ```
 */
export const commitmentDefinitionSchema = z
  .strictObject({
    id: idSchema,
    /** The figure's least value, in percent; required, except on a `series` metric (judged by its `bound`), where it is refused. */
    target: percentSchema.optional(),
    period: commitmentPeriodSchema,
    /** Measure only during this calendar's open time (Linkando). */
    measuredCalendar: z.string().min(1).optional(),
    /** How the period figure is formed: over the whole period (default) or the mean of monthly figures. */
    aggregation: z.enum(['whole-period', 'mean-of-months']).optional(),
    /** What the figure is computed from; default `{ type: 'downtime' }`. */
    metric: commitmentMetricSchema.optional(),
    /** Downtime counted in whole intervals (downtime metric only). */
    granularity: granularitySchema.optional(),
    /** The observations that feed it (each one its metric reads); the evaluation gives it only these. Default: every kind its metric reads. */
    observations: z.array(z.enum(['incidents', 'probes', 'requests', 'series'])).min(1).optional(),
    scope: commitmentScopeSchema.optional(),
    description: z.string().optional(),
    source: sourceSchema.optional(),
  })
  .superRefine(checkTarget);

/** A target on a figure in percent; none on a series, which its bound judges. */
function checkTarget(commitment: { readonly target?: unknown; readonly metric?: { readonly type: string } | undefined }, context: z.RefinementCtx): void {
  const series = commitment.metric?.type === 'series';
  if (series && commitment.target !== undefined) {
    context.addIssue({ code: 'custom', path: ['target'], message: `a series commitment is judged by its metric's bound (the statistic against "bound"), not by a target percentage: remove "target" (got ${describeValue(commitment.target)})` });
  }
  if (!series && commitment.target === undefined) {
    context.addIssue({ code: 'custom', path: ['target'], message: 'expected a target percentage such as "99.9" (the figure must be at least it); only a series commitment, judged by its bound, has none' });
  }
}

const probesSchema = z.strictObject({
  interval: durationSchema,
  latencyThresholdMs: z.number().nonnegative().optional(),
  unmonitored: z.enum(['up', 'down']).optional(),
  source: sourceSchema.optional(),
});

const availabilitySchema = z.strictObject({
  zone: zoneSchema,
  commitments: z.array(commitmentDefinitionSchema).min(1),
  recordingThreshold: durationSchema.optional(),
  excludedCauses: z.array(z.string().min(1)).optional(),
  causes: z.array(z.string().min(1)).optional(),
  probes: probesSchema.optional(),
  excusedTime: z.enum(['remove-from-period', 'count-as-up']).optional(),
  maintenance: z.array(maintenanceDefinitionSchema).optional(),
  /** `at-least` (default: an incident of exactly `recordingThreshold` is recorded) or `more-than`. */
  recordingThresholdStrictness: recordingThresholdStrictnessSchema.optional(),
  /** At most `budget` of maintenance downtime excused `per` month, quarter or year; the excess counts. */
  maintenanceBudget: maintenanceBudgetSchema.optional(),
  source: sourceSchema.optional(),
  /** Citations of the section's scalar rules (`recordingThreshold`, `excludedCauses`, `excusedTime`). */
  sources: z
    .strictObject({ recordingThreshold: sourceSchema.optional(), excludedCauses: sourceSchema.optional(), excusedTime: sourceSchema.optional() })
    .optional(),
});

/**
 * A service-credit table fed by one availability commitment.
 *
 * @example
 * ```ts
 * penaltyDefinitionSchema.safeParse({
 *   commitment: 'application',
 *   tiers: [{ min: '99.5', creditPercent: 0 }, { max: '99.5', creditPercent: 10 }],
 *   capPercent: 50,
 *   fee: { per: 'month' },
 * }).success; // true
 * ```
 */
export const penaltyDefinitionSchema = z.strictObject({
  commitment: z.string().min(1),
  tiers: z.array(tierSchema).min(1),
  capPercent: percentSchema.optional(),
  gapPolicy: gapPolicySchema,
  fee: feeBasisSchema.optional(),
  source: sourceSchema.optional(),
});

/**
 * A deadline counted in calendar days from an event, ending at the end of the local day.
 *
 * @example
 * ```ts
 * deadlineDefinitionSchema.safeParse({ id: 'dataDownload', days: 90, from: 'contractEnd', zone: 'Europe/Paris' }).success; // true
 * ```
 */
export const deadlineDefinitionSchema = z.strictObject({
  id: idSchema,
  days: z.number().int().nonnegative(),
  from: z.string().min(1),
  zone: zoneSchema,
  description: z.string().optional(),
  source: sourceSchema.optional(),
});

/**
 * Live-support billing (Linkando Annex 1): hourly rate, minimum unit, no-show and notice rules.
 *
 * @example
 * ```ts
 * liveSupportBillingSchema.safeParse({
 *   zone: 'Europe/Berlin', ratePerHourMinor: 15000, currency: 'EUR', minimumMinutes: 30, roundingMinutes: 1,
 *   noShowGraceMinutes: 5, bookingNoticeHours: 72,
 *   cancellation: 'before-local-midnight-of-appointment-day', quotaExpiry: 'end-of-local-month',
 * }).success; // true
 * ```
 */
export const liveSupportBillingSchema = z.strictObject({
  zone: zoneSchema,
  ratePerHourMinor: z.number().int().nonnegative(),
  currency: currencyValueSchema,
  minimumMinutes: z.number().int().positive(),
  roundingMinutes: z.number().int().positive(),
  noShowGraceMinutes: z.number().int().nonnegative(),
  bookingNoticeHours: z.number().nonnegative(),
  cancellation: z.enum(['before-local-midnight-of-appointment-day', 'hours-before-start']),
  cancellationNoticeHours: z.number().nonnegative().optional(),
  quotaExpiry: z.enum(['end-of-local-month']),
  source: sourceSchema.optional(),
});

/**
 * A documented ambiguity: clause, question, default reading, the option that switches it, the alternatives.
 *
 * @example
 * ```ts
 * ambiguitySchema.safeParse({
 *   id: 'credit-shared-bound', clause: '§7 table', question: 'Which row holds 99.4 % exactly?',
 *   defaultReading: 'the 3 % row (lower bound inclusive)', option: 'creditBounds',
 *   alternatives: ['upper-inclusive: 99.4 % exactly → 6 %'],
 * }).success; // true
 * ```
 */
export const ambiguitySchema = z.strictObject({
  id: idSchema,
  clause: z.string().min(1),
  question: z.string().min(1),
  defaultReading: z.string().min(1),
  option: z.string().min(1),
  /** The readings other than the default, each as `value: what it means`. */
  alternatives: z.array(z.string()).min(1),
  source: sourceSchema.optional(),
});

/**
 * A scope note or a fact the contract states (exposed as data, no verdict).
 *
 * @example
 * ```ts
 * noteSchema.safeParse({ id: 'uptime2022', text: '99.99 % uptime during 2022 (a claim, not a commitment)', value: '99.99' }).success; // true
 * ```
 */
export const noteSchema = z.strictObject({
  id: idSchema,
  text: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  source: sourceSchema.optional(),
});

/** The terms of a contract: everything a definition states but its versions. */
const termsShape = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id such as "letsignit"').pipe(keySchema),
  name: z.string().min(1),
  document: z.string().min(1).optional(),
  calendars: keyedRecord(idSchema, calendarDefinitionSchema),
  regions: keyedRecord(idSchema, regionSchema).optional(),
  responses: responsesSchema.optional(),
  availability: availabilitySchema.optional(),
  /** One tiered credit table (the first form); read as `remedies.credits: [{ id: "credit", type: "tiered", … }]`. */
  penalties: penaltyDefinitionSchema.optional(),
  remedies: remediesSectionSchema.optional(),
  claims: claimsSectionSchema.optional(),
  deadlines: z.array(deadlineDefinitionSchema).optional(),
  billing: z.strictObject({ liveSupport: liveSupportBillingSchema.optional() }).optional(),
  limits: z
    .array(
      z.strictObject({ id: idSchema, max: z.number().nonnegative(), unit: z.string().min(1), description: z.string().optional(), source: sourceSchema.optional() }),
    )
    .optional(),
  options: keyedRecord(keySchema, z.union([z.string(), z.number(), z.boolean()])).optional(),
  ambiguities: z.array(ambiguitySchema).optional(),
  notes: z.array(noteSchema).optional(),
};

/**
 * The terms of a contract in force for a while: a definition without its
 * `versions`. Each version's terms (the top-level terms patched by the
 * versions up to it) are checked with this schema.
 *
 * @example
 * ```ts
 * contractTermsSchema.safeParse({ id: 'acme', name: 'ACME', calendars: {} }).success;                 // true
 * contractTermsSchema.safeParse({ id: 'acme', name: 'ACME', calendars: {}, versions: [] }).success;   // false
 * ```
 */
export const contractTermsSchema = z.strictObject(termsShape);

/**
 * One amendment of a contract: from `effectiveFrom` (an instant, or a local
 * date or date-time read in `zone`, else the availability section's zone)
 * the terms are `terms`, in full (a definition without `versions` or
 * `$schema`, with the contract's `id`), or the previous version's with
 * `patch` applied (RFC 7396 JSON Merge Patch: members replace, `null`
 * removes, arrays replace whole): exactly one of the two.
 * Amendments change availability, remedies, claims and response targets
 * (a ticket is judged under the version in force when it was opened, or at
 * `now`); a patch that changes deadlines, billing or limits is refused
 * (they are answered under the top-level terms).
 *
 * @example
 * ```ts
 * versionDefinitionSchema.safeParse({ id: 'amendment-1', effectiveFrom: '2026-08-15', patch: { availability: { zone: 'UTC' } } }).success; // true
 * versionDefinitionSchema.safeParse({ effectiveFrom: '2026-08-15', terms: { id: 'acme', name: 'ACME', calendars: {} } }).success;       // true (checked in full once read)
 * versionDefinitionSchema.safeParse({ effectiveFrom: '2026-08-15' }).success;                                                            // false: terms or patch
 * ```
 */
export const versionDefinitionSchema = z
  .strictObject({
    id: idSchema.optional(),
    effectiveFrom: effectiveFromSchema,
    zone: zoneSchema.optional(),
    /** The terms in full, checked like the top level once read. */
    terms: keyedRecord(keySchema, z.unknown()).optional(),
    /** The changes to the previous version's terms (RFC 7396). */
    patch: keyedRecord(keySchema, z.unknown()).optional(),
    source: sourceSchema.optional(),
  })
  .superRefine((version, context) => {
    if ((version.terms === undefined) === (version.patch === undefined)) {
      context.addIssue({
        code: 'custom',
        path: version.terms === undefined ? [] : ['patch'],
        message: version.terms === undefined ? 'expected the terms in full ("terms") or the changes to the previous version ("patch", RFC 7396)' : 'give exactly one of "terms" (in full) and "patch" (changes to the previous version), not both',
      });
    }
  });

/**
 * The zod schema of a {@link ContractDefinition}: plain, JSON-serialisable
 * data. Cross-references (a priority's calendar, a commitment's measured
 * calendar, a credit's commitment) and each version's terms are checked by
 * `defineContract` (from `slakit`).
 *
 * @example
 * ```ts
 * const result = contractDefinitionSchema.safeParse(JSON.parse(json));
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path.join('.')));
 * ```
 */
export const contractDefinitionSchema = z.strictObject({
  /** The JSON Schema an editor checks the file with (e.g. `node_modules/slakit/contract.schema.json`); ignored by slakit. */
  $schema: z.string().optional(),
  ...termsShape,
  /** Amendments in the order they take effect; the top-level terms are in force before the first. */
  versions: z.array(versionDefinitionSchema).min(1).optional(),
});

/** A contract as plain data; see {@link contractDefinitionSchema}. */
export type ContractDefinition = z.infer<typeof contractDefinitionSchema>;
/**
 * The terms of one version of a contract: a definition without `versions`.
 *
 * @example
 * ```ts
 * const { versions: _amendments, ...terms }: ContractDefinition = definition; // terms: ContractTerms
 * ```
 */
export type ContractTerms = z.infer<typeof contractTermsSchema>;
/**
 * An amendment in a contract definition.
 *
 * @example
 * ```ts
 * const amendment: VersionDefinitionJson = { id: 'amendment-1', effectiveFrom: '2026-08-01', patch: { notes: null } };
 * ```
 */
export type VersionDefinitionJson = z.infer<typeof versionDefinitionSchema>;
/**
 * A commitment's metric in a contract definition.
 *
 * @example
 * ```ts
 * const downtimeMinutes: CommitmentMetricDefinition = { type: 'requests', interval: 'PT1M', errorRateThreshold: '5' };
 * ```
 */
export type CommitmentMetricDefinition = z.infer<typeof commitmentMetricSchema>;
/**
 * A commitment's scope in a contract definition.
 *
 * @example
 * ```ts
 * const premium: CommitmentScope = { plan: 'premium' };
 * ```
 */
export type CommitmentScope = z.infer<typeof commitmentScopeSchema>;
/** A calendar in a contract definition. */
export type CalendarDefinition = z.infer<typeof calendarDefinitionSchema>;
/** One closure source of a calendar's `closures`: `{ ics }`, `{ icsFile }` or `{ date, days?, rrule?, exdate?, summary? }`. */
export type ClosureDefinition = z.infer<typeof closureSchema>;
/** A maintenance rule in a contract definition. */
export type MaintenanceDefinition = z.infer<typeof maintenanceDefinitionSchema>;
/** An availability commitment in a contract definition. */
export type CommitmentDefinition = z.infer<typeof commitmentDefinitionSchema>;
/** A credit table in a contract definition. */
export type PenaltyDefinition = z.infer<typeof penaltyDefinitionSchema>;
/** A calendar-day deadline in a contract definition. */
export type DeadlineDefinition = z.infer<typeof deadlineDefinitionSchema>;
/** Live-support billing rules in a contract definition. */
export type LiveSupportBillingDefinition = z.infer<typeof liveSupportBillingSchema>;
/** A numeric limit a contract states (authorised contacts, liability multiple …). */
export type LimitDefinition = NonNullable<ContractDefinition['limits']>[number];
/** A documented ambiguity: the clause, the default reading, the option that switches it. */
export type Ambiguity = z.infer<typeof ambiguitySchema>;
/** A scope note or a fact stated by the contract (exposed as data, no verdict). */
export type ContractNote = z.infer<typeof noteSchema>;
