import { z } from 'zod';
import { SlaInputError, describeValue } from '../../errors.js';
import { parseLocalDateTime, parseRrule } from '../../icalendar/local-recurrence.js';

/** A zod check from a primitive's parser: its {@link SlaInputError} becomes the issue, "expected …, got …". */
function checkedBy(parse: (value: string) => unknown) {
  return z.string().superRefine((value, ctx) => {
    try {
      parse(value);
    } catch (error) {
      if (!(error instanceof SlaInputError)) throw error;
      ctx.addIssue({ code: 'custom', message: `expected ${error.expected}, got ${describeValue(value)}`, input: value });
    }
  });
}

/** An RFC 5545 RRULE value (`FREQ=DAILY`, `FREQ=MONTHLY;BYDAY=3SA`), the `RRULE:` prefix optional. @internal */
export const rruleSchema = checkedBy((value) => parseRrule(value, 'rrule'));

/** A local date `YYYY-MM-DD` or date-time `YYYY-MM-DDTHH:MM[:SS]` (no offset), read in the rule's zone. @internal */
export const localStartSchema = checkedBy((value) => parseLocalDateTime(value, 'start'));

/**
 * One closure source of a calendar: iCalendar text (`ics`), an `.ics` file
 * the CLI reads (`icsFile`, relative to the definition's file), or one
 * closure given as data. @internal
 */
export const closureSchema = z.union([
  z.strictObject({ ics: z.string().min(1) }),
  z.strictObject({ icsFile: z.string().min(1) }),
  z.strictObject({
    date: localStartSchema,
    days: z.number().int().min(1).max(366).optional(),
    rrule: rruleSchema.optional(),
    exdate: z.array(localStartSchema).optional(),
    summary: z.string().optional(),
  }),
]);
