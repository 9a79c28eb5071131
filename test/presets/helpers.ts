// Assertion helpers shared by the preset tests.
import { expect } from 'vitest';
import { defineContract } from '../../src/contract/define-contract.js';
import { SlaDefinitionError, SlaInputError } from '../../src/errors.js';

/** Asserts that `run` throws an SlaInputError whose field is `field` and whose message names it; returns it. */
export function expectInputError(run: () => unknown, field: string): SlaInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SlaInputError);
    expect((error as SlaInputError).field).toBe(field);
    expect((error as SlaInputError).message).toContain(field);
    return error as SlaInputError;
  }
  throw new Error(`expected SlaInputError on ${field}`);
}

/** The SlaDefinitionError that `defineContract(input)` throws (fails the test if it does not). */
export function definitionErrorOf(input: unknown): SlaDefinitionError {
  try {
    defineContract(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SlaDefinitionError);
    return error as SlaDefinitionError;
  }
  throw new Error('expected SlaDefinitionError');
}

/** A deep JSON copy of `definition` after `edit`, for malformed-definition tests. */
export function editedCopy(definition: unknown, edit: (copy: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(definition));
  edit(copy);
  return copy;
}
