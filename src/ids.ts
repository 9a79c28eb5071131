import { SlaInputError } from './errors.js';

/**
 * Ids and keys slakit refuses: the names of `Object.prototype`'s properties
 * (`__proto__`, `constructor`, `toString`, `valueOf`, `hasOwnProperty`, …).
 * On a plain object such a key either is not stored at all
 * (`{ "__proto__": … }` from `JSON.parse` is dropped by any copy) or answers
 * with an inherited function, so slakit never accepts one as a calendar,
 * priority, region, commitment or option id, nor as a duration unit or a
 * holiday region: it is an unknown id and a typed error.
 * @internal
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Whether `id` is one of {@link RESERVED_IDS}.
 *
 * @example
 * ```ts
 * isReservedId('toString'); // true
 * isReservedId('critical'); // false
 * ```
 * @internal
 */
export function isReservedId(id: string): boolean {
  return RESERVED_IDS.has(id);
}

/**
 * The value stored under `key` in `record` itself, never one inherited from
 * its prototype: `ownValue({}, 'constructor')` is `undefined`, not `Object`.
 * Every lookup of a user-supplied key on a plain object goes through here.
 *
 * @example
 * ```ts
 * ownValue({ hours: 1 }, 'hours');     // 1
 * ownValue({ hours: 1 }, 'toString');  // undefined
 * ownValue(undefined, 'hours');        // undefined
 * ```
 * @internal
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record !== null && record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * `id` itself when it is a non-empty string that is not one of
 * {@link RESERVED_IDS}; otherwise throws {@link SlaInputError} naming `field`.
 *
 * @example
 * ```ts
 * checkId('critical', 'priorities');   // "critical"
 * checkId('__proto__', 'priorities');  // throws SlaInputError: priorities: expected an id that is not a name of Object.prototype …
 * ```
 * @internal
 */
export function checkId(id: unknown, field: string): string {
  if (typeof id !== 'string' || id === '') throw new SlaInputError(field, id, 'a non-empty string id');
  if (isReservedId(id)) throw new SlaInputError(field, id, RESERVED_ID_EXPECTED);
  return id;
}

/**
 * What a reserved id is reported with.
 * @internal
 */
export const RESERVED_ID_EXPECTED = 'an id that is not a name of Object.prototype (such as "__proto__", "constructor", "toString")';

/**
 * Throws {@link SlaInputError} on the first own key of `value` that is not in
 * `known`, naming `field.key` and listing the known keys: an options object
 * from plain JavaScript or JSON with a misspelled key (`incident` for
 * `incidents`) is refused instead of being read as "no incidents". Does
 * nothing when `value` is not a plain object (its own checks report that).
 * Allocates nothing when every key is known.
 *
 * @example
 * ```ts
 * checkKnownKeys({ period: '2026-03', incident: [] }, ['period', 'incidents'], 'input');
 * // throws SlaInputError: input.incident: expected one of period, incidents …
 * ```
 * @internal
 */
export function checkKnownKeys(value: unknown, known: ReadonlySet<string>, field: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  // for…in allocates no key array: cheap enough for one ticket of a batch. A known key needs no
  // own-key test (an inherited enumerable key is skipped only when unknown).
  for (const key in value) {
    if (!known.has(key) && Object.hasOwn(value, key)) throw new SlaInputError(field === '' ? key : `${field}.${key}`, (value as Record<string, unknown>)[key], `one of the known keys ${[...known].join(', ')} (a misspelled key would be read as absent)`);
  }
}
