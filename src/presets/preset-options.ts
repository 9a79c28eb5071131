import { SlaInputError } from '../errors.js';
import { ownValue } from '../ids.js';

/**
 * A preset's options as a plain record, after checking that it is an object
 * whose keys are all known; throws {@link SlaInputError} naming
 * `options.<key>` for an unknown one.
 *
 * @example
 * ```ts
 * const record = presetOptions('linkando', { availabilityPeriod: 'quarter' }, ['availabilityPeriod']);
 * presetOptions('linkando', { period: 'quarter' }, ['availabilityPeriod']); // throws SlaInputError: options.period …
 * ```
 * @internal
 */
export function presetOptions(preset: string, options: unknown, known: readonly string[]): Readonly<Record<string, unknown>> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new SlaInputError('options', options, `an object of ${preset} options`);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new SlaInputError(`options.${key}`, (options as Record<string, unknown>)[key], `a ${preset} option, one of ${known.join(', ')}`);
  }
  return options as Record<string, unknown>;
}

/**
 * The value of option `key`: the first of `choices` (the default) when
 * absent, else one of `choices`; throws {@link SlaInputError} naming
 * `options.<key>` otherwise.
 *
 * @example
 * ```ts
 * chooseOption({}, 'availabilityPeriod', ['month', 'quarter', 'year']);                      // "month"
 * chooseOption({ availabilityPeriod: 'week' }, 'availabilityPeriod', ['month', 'quarter']); // throws SlaInputError
 * ```
 * @internal
 */
export function chooseOption<T extends string | boolean>(options: Readonly<Record<string, unknown>>, key: string, choices: readonly [T, ...T[]]): T {
  const value = ownValue(options, key);
  if (value === undefined) return choices[0];
  if (!(choices as readonly unknown[]).includes(value)) throw new SlaInputError(`options.${key}`, value, `one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`);
  return value as T;
}
