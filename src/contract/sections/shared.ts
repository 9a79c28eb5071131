import { describeValue } from '../../errors.js';
import { z } from 'zod';
import { parseDecimal } from '../../remedies/decimal.js';
import { parseLocalDate } from '../../time/civil.js';
import { toInstant } from '../../time/instant.js';
import { sourceValueSchema, statedPercentValueSchema, zoneValueSchema } from './value-schemas.js';

/**
 * Field schemas the definition's sections share: one definition each, used
 * by the contract schema (`schema.ts`) and by every section fragment.
 * @internal
 */

/** `{ document, section, quote }`. @internal */
export const sourceSchema = sourceValueSchema;

/** A percentage 0–100 a contract states (a target, a tier, a credit, a cap) as a decimal string or number; a value in (0, 1] is refused as a likely fraction. @internal */
export const percentSchema = statedPercentValueSchema;

/** An IANA zone. @internal */
export const zoneSchema = zoneValueSchema;

/** A credit-table row: an availability range and its credit. @internal */
export const tierSchema = z.strictObject({
  min: percentSchema.optional(),
  minInclusive: z.boolean().optional(),
  max: percentSchema.optional(),
  maxInclusive: z.boolean().optional(),
  creditPercent: percentSchema,
  source: sourceSchema.optional(),
});

/** What an availability no row of a credit table covers gets. @internal */
export const gapPolicySchema = z.enum(['error', 'no-credit', 'lowest-adjacent']).optional();

/** Whether `parse` accepts a value (it throws on what it refuses): the primitives' own parsers decide. */
function parses(parse: (value: unknown) => unknown): (value: unknown) => boolean {
  return (value) => {
    try {
      parse(value);
      return true;
    } catch {
      return false;
    }
  };
}

/** A non-negative decimal as a string or number (`"10"`, `"3.571"`, `0.5`), read exactly. @internal */
export const decimalSchema = z.union([z.string(), z.number()]).refine(parses((value) => parseDecimal(value, 'decimal')), {
  error: (issue) => `expected a non-negative decimal such as "10" or "0.5", got ${describeValue(issue.input)}`,
});

/** Whole minor units (cents), ≥ 0. @internal */
export const minorSchema = z.number().int('expected whole minor units (1 000.00 USD is 100000)').nonnegative('expected a non-negative amount');

/** An instant: ISO 8601 with an offset or `Z`, or integer epoch ms. @internal */
export const instantSchema = z.union([z.string(), z.number().int()]).refine(parses((value) => toInstant(value as string | number, 'instant')), {
  error: (issue) => `expected an ISO 8601 instant with an offset (2026-06-16T00:00:00Z) or epoch ms, got ${describeValue(issue.input)}` },
);

/**
 * When a version takes effect: an instant ({@link instantSchema}) or a local
 * date or date-time ({@link localDateOrTimeSchema}), with one message saying
 * both forms. @internal
 */
export const effectiveFromSchema = z.union([z.string(), z.number()]).refine(
  (value) => instantSchema.safeParse(value).success || (typeof value === 'string' && localDateOrTimeSchema.safeParse(value).success),
  {
    error: (issue) =>
      `expected an instant with an offset (2026-07-01T00:00:00+02:00), epoch ms, or a local date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM read in the version's zone, got ${describeValue(issue.input)}`,
  },
);

/** A local date `YYYY-MM-DD` or date-time `YYYY-MM-DDTHH:MM[:SS]`, read in a zone given elsewhere. @internal */
export const localDateOrTimeSchema = z.string().refine((value) => parseLocalDate(value) !== undefined || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value), {
  error: (issue) => `expected a local date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM, got ${describeValue(issue.input)}`,
});
