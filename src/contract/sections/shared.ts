import { z } from 'zod';
import { parseDecimal } from '../../remedies/decimal.js';
import { parseLocalDate } from '../../time/civil.js';
import { toInstant } from '../../time/instant.js';
import { commitmentDefinitionSchema, deadlineDefinitionSchema, penaltyDefinitionSchema } from '../schema.js';

/**
 * Field schemas the new sections share. The ones the contract schema
 * already has are taken from it (one definition each), the others are new.
 * @internal
 */

/** `{ document, section, quote }`: the contract schema's own source schema. @internal */
export const sourceSchema = commitmentDefinitionSchema.shape.source.unwrap();

/** A percentage 0–100 as a decimal string or number: the contract schema's own. @internal */
export const percentSchema = commitmentDefinitionSchema.shape.target;

/** An IANA zone: the contract schema's own. @internal */
export const zoneSchema = deadlineDefinitionSchema.shape.zone;

/** A credit-table row: the contract schema's own. @internal */
export const tierSchema = penaltyDefinitionSchema.shape.tiers.element;

/** The gap policy of a credit table: the contract schema's own. @internal */
export const gapPolicySchema = penaltyDefinitionSchema.shape.gapPolicy;

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
  error: (issue) => `expected a non-negative decimal such as "10" or "0.5", got ${JSON.stringify(issue.input)}`,
});

/** Whole minor units (cents), ≥ 0. @internal */
export const minorSchema = z.number().int('expected whole minor units (1 000.00 USD is 100000)').nonnegative('expected a non-negative amount');

/** An instant: ISO 8601 with an offset or `Z`, or integer epoch ms. @internal */
export const instantSchema = z.union([z.string(), z.number().int()]).refine(parses((value) => toInstant(value as string | number, 'instant')), {
  error: (issue) => `expected an ISO 8601 instant with an offset (2026-06-16T00:00:00Z) or epoch ms, got ${JSON.stringify(issue.input)}` },
);

/** A local date `YYYY-MM-DD` or date-time `YYYY-MM-DDTHH:MM[:SS]`, read in a zone given elsewhere. @internal */
export const localDateOrTimeSchema = z.string().refine((value) => parseLocalDate(value) !== undefined || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value), {
  error: (issue) => `expected a local date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM, got ${JSON.stringify(issue.input)}`,
});
