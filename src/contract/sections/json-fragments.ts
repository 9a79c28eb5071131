/**
 * The JSON Schema of the contract values zod cannot describe by itself
 * (durations, percentages, decimals, zones, response targets are checked by
 * slakit's own parsers inside `z.custom`): each such zod schema is
 * registered here with the JSON Schema that describes what it accepts, for
 * {@link contractJsonSchema}. The JSON Schema may be looser than slakit's
 * checks (a zone is "a string"); `defineContract` stays the authority.
 * @internal
 */
const FRAGMENTS = new WeakMap<object, Readonly<Record<string, unknown>>>();

/** Register `json` as the JSON Schema of `schema` and return `schema`. @internal */
export function withJsonSchema<T extends object>(schema: T, json: Readonly<Record<string, unknown>>): T {
  FRAGMENTS.set(schema, json);
  return schema;
}

/** The JSON Schema registered for `schema`, if any. @internal */
export function jsonSchemaFragment(schema: object): Readonly<Record<string, unknown>> | undefined {
  return FRAGMENTS.get(schema);
}

const DURATION_UNITS = ['weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds'] as const;

/** The JSON Schema of a duration of at least `minimumMs`. @internal */
export function durationJsonSchema(minimumMs: number): Record<string, unknown> {
  return {
    description: 'A duration: whole milliseconds, an ISO 8601 duration ("PT4H", "P1DT2H30M"), or an object of units ({ "hours": 4, "minutes": 30 })',
    anyOf: [
      { type: 'integer', minimum: minimumMs },
      { type: 'string', pattern: '^[+-]?P' },
      {
        type: 'object',
        properties: Object.fromEntries(DURATION_UNITS.map((unit) => [unit, { type: 'number', minimum: 0 }])),
        additionalProperties: false,
        minProperties: 1,
      },
    ],
  };
}

/** A percentage from 0 to 100: a number, or a decimal string with an optional `%`. @internal */
export const PERCENT_JSON_SCHEMA = {
  description: 'A percentage from 0 to 100: a number or a decimal string such as "99.95" (read exactly)',
  anyOf: [
    { type: 'number', minimum: 0, maximum: 100 },
    { type: 'string', pattern: '^\\d{1,3}(\\.\\d+)?\\s*%?$' },
  ],
} as const;

/** A percentage a contract states: 0, or above 1 up to 100 (a value in (0, 1] reads as a fraction of 1). @internal */
export const STATED_PERCENT_JSON_SCHEMA = {
  description: 'A percentage a contract states, 0 or from 1 (excluded) to 100: a number or a decimal string such as "99.95"; 0.999 reads as the fraction 99.9 % and is refused',
  anyOf: [
    { type: 'number', const: 0 },
    { type: 'number', exclusiveMinimum: 1, maximum: 100 },
    { type: 'string', pattern: '^\\d{1,3}(\\.\\d+)?\\s*%?$' },
  ],
} as const;

/** A decimal: a number or a decimal string. @internal */
export const DECIMAL_JSON_SCHEMA = {
  description: 'A decimal number or decimal string such as 182.5 or "0.25" (read exactly)',
  anyOf: [{ type: 'number' }, { type: 'string', pattern: '^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$' }],
} as const;

/** An IANA time-zone name. @internal */
export const ZONE_JSON_SCHEMA = { type: 'string', description: 'An IANA time zone such as "Europe/Paris"', minLength: 1 } as const;
