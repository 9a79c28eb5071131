/** Shared pieces of the measurement property tests. */
import fc from 'fast-check';
import { expect } from 'vitest';

/** JSON text of a result, big integers written as decimal strings. */
export function jsonOf(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
}

/**
 * Property (1000 runs): `run` gives the same JSON under TZ=UTC,
 * Pacific/Chatham and America/Santiago. The process zone really changes
 * (Node re-reads TZ on assignment) and is restored afterwards.
 */
export function expectSameUnderEveryTz<T>(arbitrary: fc.Arbitrary<T>, run: (value: T) => unknown): void {
  const original = process.env.TZ;
  try {
    fc.assert(
      fc.property(arbitrary, (value) => {
        process.env.TZ = 'UTC';
        const utc = jsonOf(run(value));
        process.env.TZ = 'Pacific/Chatham';
        expect(jsonOf(run(value))).toBe(utc);
        process.env.TZ = 'America/Santiago';
        expect(jsonOf(run(value))).toBe(utc);
      }),
      { numRuns: 1000 },
    );
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}
