import { SlaInputError, describeValue } from '../../errors.js';
import { z } from 'zod';
import { type ExactPercent, type PercentInput, parsePercent } from '../../availability/ratio.js';
import { decimalOf } from '../../measurement/decimal.js';
import { currencyCode } from '../../penalty/money.js';
import { type DurationInput, toDurationMs } from '../../time/duration.js';
import { TimeZone } from '../../time/zone.js';
import type { SourceRef } from '../provenance.js';
import { DECIMAL_JSON_SCHEMA, PERCENT_JSON_SCHEMA, STATED_PERCENT_JSON_SCHEMA, ZONE_JSON_SCHEMA, durationJsonSchema, withJsonSchema } from './json-fragments.js';

/**
 * The JSON value schemas the definition sections share, each validated by
 * the library's own parser (so the schema and the engine can never
 * disagree). Messages say what was expected; the JSON path comes from the
 * issue's path.
 */

/** `expected …, got …`; for a missing field (`undefined`), that it is required. */
function expectedGot(expected: string, value: unknown): string {
  return value === undefined ? `required: expected ${expected}` : `expected ${expected}, got ${describeValue(value)}`;
}

/** Whether `parse` accepts `value`. */
function accepts(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

const DURATION_TEXT = 'a duration: milliseconds, { "minutes": 5 } or ISO 8601 such as "PT5M" (no years or months)';

/**
 * A duration (ms, `{ hours: 10 }`, `"PT10H"`), as `toDurationMs` reads it.
 *
 * @example
 * ```ts
 * durationValueSchema.safeParse('PT10H').success; // true
 * durationValueSchema.safeParse('P1M').success;   // false (a month has no fixed length)
 * ```
 */
export const durationValueSchema = durationSchema(0, DURATION_TEXT);

/**
 * A duration of at least 1 ms (an interval length).
 *
 * @example
 * ```ts
 * positiveDurationValueSchema.safeParse({ minutes: 1 }).success; // true
 * positiveDurationValueSchema.safeParse(0).success;              // false
 * ```
 */
export const positiveDurationValueSchema = durationSchema(1, `${DURATION_TEXT}, of at least 1 ms`);

/**
 * A duration of at least `minimumMs`, read by `toDurationMs`: a unit that
 * is not a non-negative number (`{ "hours": -4 }`) is reported at its own
 * path (`hours`), anything else (an unknown unit, a total that is not whole
 * or safe milliseconds) at the field.
 */
function durationSchema(minimumMs: number, expected: string) {
  const schema = z.custom<DurationInput>().superRefine((value, context) => {
    let ms: number;
    try {
      ms = toDurationMs(value, 'duration');
    } catch (error) {
      const unit = error instanceof SlaInputError ? badSignUnit(error) : undefined;
      const message = unit === undefined ? expectedGot(expected, value) : `expected ${(error as SlaInputError).expected}, got ${describeValue((error as SlaInputError).value)}`;
      context.addIssue({ code: 'custom', path: unit === undefined ? [] : [unit], message, input: value });
      return;
    }
    if (ms < minimumMs) context.addIssue({ code: 'custom', message: `expected ${expected}, got ${describeValue(value)}`, input: value });
  });
  return withJsonSchema(schema, durationJsonSchema(minimumMs));
}

const UNITS = new Set(['weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds']);

/** The unit `toDurationMs` refused for not being a finite non-negative number, if that is the error. */
function badSignUnit(error: SlaInputError): string | undefined {
  const unit = error.field.startsWith('duration.') ? error.field.slice('duration.'.length) : '';
  const value = error.value;
  return UNITS.has(unit) && (typeof value !== 'number' || !Number.isFinite(value) || value < 0) ? unit : undefined;
}

/**
 * A percentage from 0 to 100 (`"99.95"`, `5`), read exactly.
 *
 * @example
 * ```ts
 * percentValueSchema.safeParse('99.9').success; // true
 * percentValueSchema.safeParse(101).success;    // false
 * ```
 */
export const percentValueSchema = withJsonSchema(
  z.custom<PercentInput>((value) => accepts(() => parsePercent(value, 'percent')), {
    abort: false,
    error: (issue) => expectedGot('a percentage from 0 to 100 such as "99.95"', issue.input),
  }),
  PERCENT_JSON_SCHEMA,
);

/**
 * A percentage a contract states — a commitment's target, a credit tier's
 * bounds and credit, a cap, a termination threshold — read exactly as
 * {@link percentValueSchema} does, but a value above 0 and at most 1 is
 * refused: `0.999` is almost surely the fraction 99.9 % written as a
 * share of 1, and read as 0.999 % it would give silently wrong verdicts and
 * credits. No public SLA states a target, a tier or a credit of 1 % or
 * less; `0` (a row with no credit) is accepted.
 *
 * @example
 * ```ts
 * statedPercentValueSchema.safeParse('99.9').success;  // true
 * statedPercentValueSchema.safeParse(0).success;       // true
 * statedPercentValueSchema.safeParse(0.999).success;   // false: "a percentage such as 99.9 for 99.9 %"
 * ```
 */
export const statedPercentValueSchema = withJsonSchema(percentValueSchema.superRefine((value, context) => {
  let percent: ExactPercent;
  try {
    percent = parsePercent(value, 'percent');
  } catch {
    return; // percentValueSchema's own issue says what is wrong
  }
  if (percent.units > 0n && percent.units <= percent.scale) {
    context.addIssue({
      code: 'custom',
      input: value,
      message: `expected a percentage such as 99.9 for 99.9 %, got ${describeValue(value)}: a value above 0 and at most 1 reads as a fraction of 1 (${percent.text} % is almost surely ${timesHundred(percent)} % written as a fraction); write the percentage`,
    });
  }
}), STATED_PERCENT_JSON_SCHEMA);

/** `units / scale × 100` as decimal text (`0.999` → `99.9`). */
function timesHundred(percent: ExactPercent): string {
  const digits = percent.scale.toString().length - 1;
  const shifted = Math.max(0, digits - 2);
  const units = digits >= 2 ? percent.units : percent.units * 10n ** BigInt(2 - digits);
  const text = units.toString().padStart(shifted + 1, '0');
  const whole = text.slice(0, text.length - shifted);
  const fraction = text.slice(text.length - shifted).replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/**
 * A decimal number or decimal string (`182.5`, `"0.25"`, `"1e-3"`), read exactly.
 *
 * @example
 * ```ts
 * decimalValueSchema.safeParse('0.25').success; // true
 * decimalValueSchema.safeParse('fast').success; // false
 * ```
 */
export const decimalValueSchema = withJsonSchema(
  z.custom<number | string>((value) => accepts(() => decimalOf(value, 'value')), {
    abort: false,
    error: (issue) => expectedGot('a decimal number such as 182.5 or "0.25"', issue.input),
  }),
  DECIMAL_JSON_SCHEMA,
);

/**
 * An IANA time-zone name.
 *
 * @example
 * ```ts
 * zoneValueSchema.safeParse('Europe/Paris').success; // true
 * zoneValueSchema.safeParse('Mars/Base').success;    // false
 * ```
 */
export const zoneValueSchema = withJsonSchema(
  z.custom<string>((value) => typeof value === 'string' && accepts(() => TimeZone.of(value)), {
    abort: false,
    error: (issue) => (issue.input === undefined ? expectedGot('an IANA time zone such as "Europe/Paris" or "UTC"', undefined) : `unknown time zone ${describeValue(issue.input)}: expected an IANA zone such as "Europe/Paris"`),
  }),
  ZONE_JSON_SCHEMA,
);

/**
 * An ISO 4217 currency code, by the library's rule (`currencyCode`).
 *
 * @example
 * ```ts
 * currencyValueSchema.safeParse('EUR').success; // true
 * currencyValueSchema.safeParse('usd').success; // false
 * ```
 */
export const currencyValueSchema = withJsonSchema(
  z.custom<string>((value) => accepts(() => currencyCode(value)), {
    abort: false,
    error: (issue) => expectedGot('an ISO 4217 currency code such as "EUR"', issue.input),
  }),
  { type: 'string', pattern: '^[A-Z]{3}$', description: 'An ISO 4217 currency code such as "EUR"' },
);

/**
 * Where a rule comes from: `{ document, section, quote }`.
 *
 * @example
 * ```ts
 * sourceValueSchema.safeParse({ document: 'https://example.com/sla', section: '§2', quote: 'more than five minutes' }).success; // true
 * ```
 */
export const sourceValueSchema: z.ZodType<SourceRef> = z.strictObject({
  document: z.string().min(1),
  file: z.string().min(1).optional(),
  section: z.string().min(1),
  quote: z.string().min(1),
});
