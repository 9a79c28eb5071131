import { z } from 'zod';
import { describeValue } from '../../errors.js';
import { issueMessage } from '../build-step.js';
import { instantSchema, localDateOrTimeSchema, sourceSchema, zoneSchema } from './shared.js';

const monthNumber = z.number().int().min(1).max(12);
const yearNumber = z.number().int().min(1000).max(9998);
const labellingSchema = z.enum(['end-year', 'start-year']);

/**
 * A recurring period as a contract states it (see `PeriodRule`): calendar
 * month, quarter or year, or fiscal quarter or year starting on the 1st of
 * `startMonth`, named by `labelling` (default `end-year`).
 *
 * @example
 * ```ts
 * periodRuleSchema.safeParse({ type: 'fiscal-quarter', startMonth: 7 }).success; // true
 * periodRuleSchema.safeParse({ type: 'week' }).success;                          // false
 * ```
 */
export const periodRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['month', 'quarter', 'year']) }),
  z.strictObject({ type: z.enum(['fiscal-quarter', 'fiscal-year']), startMonth: monthNumber, labelling: labellingSchema.optional() }),
]);

const PERIOD_NAMES = ['month', 'quarter', 'year'] as const;

/** Near misses of a period name and the name meant. */
const PERIOD_NEAR_MISSES: Readonly<Record<string, string>> = {
  monthly: 'month', months: 'month', calendarmonth: 'month', mensuel: 'month',
  quarterly: 'quarter', quarters: 'quarter', calendarquarter: 'quarter', trimestre: 'quarter',
  yearly: 'year', annual: 'year', annually: 'year', years: 'year', calendaryear: 'year', annuel: 'year',
};

const PERIOD_EXPECTED =
  '"month", "quarter", "year", or a fiscal period { "type": "fiscal-quarter" | "fiscal-year", "startMonth": 1–12, "labelling"?: "end-year" | "start-year" }';

/**
 * What a commitment's `period` should have been, in words: the allowed
 * values, and for a near miss the value meant (`"monthly"` → `"month"`).
 * Rolling and explicit periods are not rules a commitment recurs over: they
 * are the period of one evaluation. @internal
 */
export function periodProblem(input: unknown): string {
  const got = describeValue(input);
  if (input === undefined) return `required: expected ${PERIOD_EXPECTED}`;
  if (typeof input === 'string') {
    const key = input.trim().toLowerCase().replace(/[\s_-]+/g, '');
    const meant = (PERIOD_NAMES as readonly string[]).includes(key) ? key : PERIOD_NEAR_MISSES[key];
    if (meant !== undefined) return `expected ${PERIOD_EXPECTED}, got ${got}: did you mean "${meant}"?`;
    if (key === 'fiscalquarter' || key === 'fiscalyear') return `expected ${PERIOD_EXPECTED}, got ${got}: a fiscal period needs its start month, write { "type": "${key === 'fiscalyear' ? 'fiscal-year' : 'fiscal-quarter'}", "startMonth": 7 }`;
    if (['rolling', 'explicit', 'between', 'lifetime'].includes(key)) {
      return `expected ${PERIOD_EXPECTED}, got ${got}: a rolling or explicit period ([from, to)) is the period of one evaluation, given when evaluating (period: { "type": "rolling", "days": 30, "end": … } or { "type": "between", "from": …, "to": … }; the CLI's --from/--to), not a rule a commitment recurs over`;
    }
  }
  return `expected ${PERIOD_EXPECTED}, got ${got}`;
}

/**
 * A commitment's period: a calendar month, quarter or year by name, or a
 * {@link periodRuleSchema period rule}. A wrong value lists the allowed ones
 * and names the one meant for a near miss (`"monthly"` → `"month"`).
 *
 * @example
 * ```ts
 * commitmentPeriodSchema.safeParse('month').success;                                     // true
 * commitmentPeriodSchema.safeParse({ type: 'fiscal-year', startMonth: 4 }).success;       // true
 * commitmentPeriodSchema.safeParse('monthly').error?.issues[0]?.message;                  // '… got "monthly": did you mean "month"?'
 * ```
 */
export const commitmentPeriodSchema = z.union([z.enum(PERIOD_NAMES), periodRuleSchema], {
  error: (issue) => {
    const input = issue.input;
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      const nested = periodRuleSchema.safeParse(input).error?.issues[0];
      if (nested !== undefined && nested.code !== 'invalid_union') return `${nested.path.length > 0 ? `${nested.path.join('.')}: ` : ''}${issueMessage(nested)} (expected ${PERIOD_EXPECTED})`;
    }
    return periodProblem(input);
  },
});

/**
 * A service lifetime that clips a period (see `ServiceLifetime`).
 *
 * @example
 * ```ts
 * serviceLifetimeSchema.safeParse({ from: '2026-06-16T00:00:00Z' }).success; // true
 * ```
 */
export const serviceLifetimeSchema = z.strictObject({ from: instantSchema.optional(), to: instantSchema.optional() });

const periodExtras = { lifetime: serviceLifetimeSchema.optional(), source: sourceSchema.optional() };

/**
 * One concrete period (see `PeriodDefinition` and `periodFromDefinition`):
 * calendar, fiscal, rolling, or an explicit `[from, to)`, optionally
 * clipped to a service lifetime.
 *
 * @example
 * ```ts
 * periodDefinitionSchema.safeParse({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } }).success; // true
 * periodDefinitionSchema.safeParse({ type: 'between', from: '2026-06-01T00:00', to: '2026-06-08T00:00', zone: 'Europe/Paris' }).success; // true
 * ```
 */
export const periodDefinitionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('month'), year: yearNumber, month: monthNumber, zone: zoneSchema, ...periodExtras }),
  z.strictObject({ type: z.literal('quarter'), year: yearNumber, quarter: z.number().int().min(1).max(4), zone: zoneSchema, ...periodExtras }),
  z.strictObject({ type: z.literal('year'), year: yearNumber, zone: zoneSchema, ...periodExtras }),
  z.strictObject({ type: z.literal('fiscal-year'), fiscalYear: yearNumber, startMonth: monthNumber, zone: zoneSchema, labelling: labellingSchema.optional(), ...periodExtras }),
  z.strictObject({ type: z.literal('fiscal-quarter'), fiscalYear: yearNumber, quarter: z.number().int().min(1).max(4), startMonth: monthNumber, zone: zoneSchema, labelling: labellingSchema.optional(), ...periodExtras }),
  z.strictObject({ type: z.literal('rolling'), days: z.number().int().min(1).max(366_000), end: instantSchema, ...periodExtras }),
  z.strictObject({ type: z.literal('between'), from: z.union([instantSchema, localDateOrTimeSchema]), to: z.union([instantSchema, localDateOrTimeSchema]), zone: zoneSchema.optional(), ...periodExtras }),
]);

/** A recurring period in a contract definition. */
export type PeriodRuleDefinition = z.infer<typeof periodRuleSchema>;
/** A concrete period as JSON. */
export type PeriodDefinitionJson = z.infer<typeof periodDefinitionSchema>;
