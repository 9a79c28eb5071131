/**
 * Issue 12 §5 property (fast-check, 1000 runs): with a table paying below
 * bound B and a commitment promising T, the lint warns
 * `commitment-above-credit` iff T > B and `credit-while-met` iff T < B,
 * decided exactly on the decimals (90.0 % to 99.9 %, in tenths).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContractDefinition, lintContract } from '../../src/index.js';

const definition = (target: string, bound: string): ContractDefinition => ({
  id: 'p',
  name: 'p',
  calendars: { always: { always: true, zone: 'UTC' } },
  availability: { zone: 'UTC', commitments: [{ id: 'c', target, period: 'month' }] },
  remedies: { credits: [{ type: 'tiered', commitment: 'c', fee: { per: 'month' }, tiers: [{ min: bound, creditPercent: 0 }, { max: bound, creditPercent: 10 }] }] },
});

describe('lintContract properties (issue 12 §5)', () => {
  it('above-credit iff target > paying bound; credit-while-met iff target < bound (1000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 900, max: 999 }), fc.integer({ min: 900, max: 999 }), (t, b) => {
        const text = (n: number) => `${Math.floor(n / 10)}.${n % 10}`;
        const found = lintContract(definition(text(t), text(b))).warnings.map((w) => w.code);
        expect(found).toEqual(t > b ? ['commitment-above-credit'] : t < b ? ['credit-while-met'] : []);
      }),
      { numRuns: 1000 },
    );
  });
});
