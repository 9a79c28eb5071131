import { z } from 'zod';
import { BEFORE_OPENING_READINGS, BUSINESS_DAYS_READINGS, OUTSIDE_HOURS_READINGS, TARGET_RULES, type TargetRuleInput, isTargetRule, parseTargetRule } from '../../clock/target-rule.js';
import { SlaInputError, describeValue } from '../../errors.js';
import type { DurationInput } from '../../time/duration.js';
import { durationValueSchema } from './value-schemas.js';
import { durationJsonSchema, withJsonSchema } from './json-fragments.js';

/**
 * The value of a response target in a definition: a business duration
 * (`"PT2H"`, `{ "hours": 2 }`, ms) or a rule object read by the clock's own
 * parser, so the schema and the engine can never disagree:
 * `{ "rule": "end-of-business-day", "days"?: N }`,
 * `{ "rule": "by-time", "days"?: N, "time": "HH:MM" }`,
 * `{ "rule": "cutoff", "cutoff": "HH:MM" }`,
 * `{ "rule": "business-days", "days": N, "reading": "open-hours" | "same-local-time" | "end-of-day" }`,
 * each with the optional readings `outsideHours` (`"ticket-date"` |
 * `"next-business-day"`) and `beforeOpening` (`"same-day"` |
 * `"outside-hours"`) — the cutoff rule takes `beforeOpening` only. A bad
 * rule is reported at its field (`target.days`, `target.time`,
 * `target.reading`). Any per-priority target (a response target, a
 * metric's target) uses this one fragment.
 *
 * @example
 * ```ts
 * responseTargetValueSchema.safeParse('PT2H').success;                                              // true
 * responseTargetValueSchema.safeParse({ rule: 'end-of-business-day', days: 1 }).success;            // true
 * responseTargetValueSchema.safeParse({ rule: 'by-time', days: 1, time: '25:00' }).error?.issues[0]?.path; // ["time"]
 * ```
 */
export const responseTargetValueSchema: z.ZodType<DurationInput | TargetRuleInput> = z.custom<DurationInput | TargetRuleInput>().superRefine((value, context) => {
  if (!isTargetRule(value)) {
    const duration = durationValueSchema.safeParse(value);
    if (!duration.success) for (const issue of duration.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: value });
    return;
  }
  try {
    parseTargetRule(value, 'target');
  } catch (error) {
    if (!(error instanceof SlaInputError)) throw error;
    const path = error.field === 'target' ? [] : error.field.slice('target.'.length).split('.');
    context.addIssue({ code: 'custom', path, message: `expected ${error.expected}, got ${describeValue(error.value)}`, input: value });
  }
});
withJsonSchema(responseTargetValueSchema, {
  description: 'A response target: a business duration, or a rule ({ "rule": "end-of-business-day", "days": 1 }, by-time, cutoff, business-days)',
  anyOf: [
    durationJsonSchema(1),
    {
      type: 'object',
      required: ['rule'],
      properties: {
        rule: { enum: [...TARGET_RULES] },
        days: { type: 'integer', minimum: 0 },
        time: { type: 'string', pattern: '^\\d{2}:\\d{2}$' },
        cutoff: { type: 'string', pattern: '^\\d{2}:\\d{2}$' },
        reading: { enum: [...BUSINESS_DAYS_READINGS] },
        outsideHours: { enum: [...OUTSIDE_HOURS_READINGS] },
        beforeOpening: { enum: [...BEFORE_OPENING_READINGS] },
      },
      additionalProperties: false,
    },
  ],
});
