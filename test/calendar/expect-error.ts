/** Error assertions shared by the calendar's bad-input tests. */
import { expect } from 'vitest';

/** The error `fn` throws (fails the test when it returns). */
export function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** Assert the error class and that the message names the field (every slakit message starts with "<field>: "). */
export function expectError(fn: () => unknown, type: abstract new (...args: never[]) => Error, field: string): void {
  const error = caught(fn);
  expect(error).toBeInstanceOf(type);
  expect(error.message.startsWith(`${field}: `), error.message).toBe(true);
}
