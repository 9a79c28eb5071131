import { SlaInputError } from '../errors.js';

/**
 * Validation of the fields of a definition that a primitive reads, each
 * error naming the field by its full JSON path (`remedies.credits[1].days`).
 * @internal
 */

/** Throw {@link SlaInputError} naming `field` unless `value` is a whole number from `min` to `max`. @internal */
export function checkWholeNumber(value: unknown, field: string, min = 0, max = Number.MAX_SAFE_INTEGER, what = 'a whole number'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new SlaInputError(field, value, max === Number.MAX_SAFE_INTEGER ? `${what} >= ${min}` : `${what} from ${min} to ${max}`);
  }
  return value;
}

/** `prefix.name`, or `name` when the prefix is empty. @internal */
export function fieldPath(prefix: string, name: string): string {
  return prefix === '' ? name : name.startsWith('[') ? `${prefix}${name}` : `${prefix}.${name}`;
}

/** Throw {@link SlaInputError} naming `field` unless `value` is a non-null object (not an array). @internal */
export function checkObject<T extends object>(value: T | null | undefined, field: string, expected: string): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SlaInputError(field, value, expected);
  return value;
}

/** Throw {@link SlaInputError} naming `field` unless `value` is one of `choices`; `undefined` gives `fallback`. @internal */
export function checkChoice<T extends string>(value: unknown, field: string, choices: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new SlaInputError(field, value, `one of ${choices.map((choice) => `"${choice}"`).join(', ')}`);
  }
  return value as T;
}

/**
 * Run `build`; a {@link SlaInputError} it throws is thrown again with
 * `prefix` before its field (`tiers[1]` → `remedies.credits[0].tiers[1]`),
 * keeping its value, expectation and code.
 * @internal
 */
export function underPath<T>(prefix: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (prefix === '' || !(error instanceof SlaInputError)) throw error;
    throw new SlaInputError(fieldPath(prefix, error.field), error.value, error.expected, error.code);
  }
}
