/**
 * Percentages in a contract definition (issue 14 trial): every field that is
 * a percentage (a target, a tier bound, a credit, a cap) takes a decimal
 * string or a number, read exactly, with an optional `%` sign. Expected
 * values are hand-computed; June 2026 has 30 × 1 440 = 43 200 minutes (UTC).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/index.js';

const MINUTE = 60_000;
const JUNE = Date.parse('2026-06-01T00:00:00Z');
const down = (minutes: number) => [{ start: JUNE, end: JUNE + minutes * MINUTE }];

/** A monthly 99.9 % commitment with the tiers and cap given. */
function contract(credit: Record<string, unknown>, target: unknown = '99.9') {
  return defineContract({
    id: 'acme',
    name: 'Acme',
    calendars: {},
    availability: { zone: 'UTC', commitments: [{ id: 'uptime', target, period: 'month' }] },
    ...credit,
  });
}

describe('creditPercent and capPercent as decimal strings, read exactly', () => {
  const tiers = [
    { min: '99.9', creditPercent: '0' },
    { min: '99', max: '99.9', creditPercent: '10' },
    { min: '95', max: '99', creditPercent: '12.5' },
    { max: '95', creditPercent: '33.333' },
  ];

  it('a tiered credit with string percents: 432 min → 99 % → 10 %; 433 min → 12.5 %; 2 161 min → 33.333 %', () => {
    const acme = contract({ remedies: { credits: [{ type: 'tiered', fee: { per: 'month' }, tiers }] } });
    const credit = (minutes: number) => acme.availability({ period: '2026-06', incidents: down(minutes), feeMinor: 30_000, currency: 'USD' }).credits[0]?.amountMinor;
    // 1 − 432/43 200 = 99 % exactly → [99, 99.9) → 10 % of 30 000 = 3 000.
    expect(credit(432)).toBe(3_000);
    // 1 − 433/43 200 = 98.99768… % → [95, 99) → 12.5 % of 30 000 = 3 750.
    expect(credit(433)).toBe(3_750);
    // 1 − 2 161/43 200 = 94.99768… % → < 95 → 33.333 % of 30 000 = 9 999.9 → half up → 10 000.
    expect(credit(2_161)).toBe(10_000);
  });

  it('a penalties table capped at "7.5" %: the 10 % row pays 7.5 %, the 0 % row stays 0', () => {
    const acme = contract({ penalties: { commitment: 'uptime', tiers, capPercent: '7.5', fee: { per: 'month' } } });
    // 432 min → 10 % row, lowered to the cap 7.5 % → 7.5 % of 30 000 = 2 250.
    expect(acme.availability({ period: '2026-06', incidents: down(432), feeMinor: 30_000, currency: 'USD' }).credits[0]?.amountMinor).toBe(2_250);
    // 43 min → 1 − 43/43 200 = 99.90046 % → 0 % row: min(0, 7.5) = 0.
    expect(acme.availability({ period: '2026-06', incidents: down(43), feeMinor: 30_000, currency: 'USD' }).credits[0]?.amountMinor).toBe(0);
  });

  it('a percent sign is read as the same percentage: "99.9%" and "99.9 %" are 99.9', () => {
    for (const target of ['99.9%', '99.9 %']) {
      // 44 min → 1 − 44/43 200 = 99.89814 % < 99.9 → missed; 43 min → 99.90046 % → met.
      const acme = contract({}, target);
      expect(acme.availability({ period: '2026-06', incidents: down(44) }).commitments[0]?.met).toBe(false);
      expect(acme.availability({ period: '2026-06', incidents: down(43) }).commitments[0]?.met).toBe(true);
    }
  });

  it('a creditPercent that is no percentage is an SlaDefinitionError at its path', () => {
    expect(() => contract({ remedies: { credits: [{ type: 'tiered', tiers: [{ min: '99', creditPercent: '0' }, { max: '99', creditPercent: '10,5' }] }] } })).toThrow(
      /remedies\.credits\[0\]\.tiers\[1\]\.creditPercent: expected a percentage/,
    );
  });
});

describe('a percentage in (0, 1] is refused as a likely fraction (target, tier bounds, credits, caps, termination)', () => {
  const tiered = (tiers: unknown[], extra: Record<string, unknown> = {}) => ({ remedies: { credits: [{ type: 'tiered', fee: { per: 'month' }, tiers, ...extra }] } });
  const pathOf = (build: () => unknown): string => {
    try {
      build();
    } catch (error) {
      return (error as { path: string; message: string }).path + ' | ' + (error as Error).message;
    }
    return 'no error';
  };

  it('"target": 0.999 → availability.commitments[0].target, suggesting 99.9', () => {
    // 0.999 × 100 = 99.9.
    expect(pathOf(() => contract({}, 0.999))).toMatch(/^availability\.commitments\[0\]\.target \| .*expected a percentage such as 99\.9 for 99\.9 %, got 0\.999.*almost surely 99\.9 %/);
  });

  it('a tier bound "0.99", a creditPercent 0.1, a capPercent "1", a termination target "0.5" % are each refused at their path', () => {
    expect(pathOf(() => contract(tiered([{ min: '0.99', creditPercent: 0 }, { max: '0.99', creditPercent: 10 }])))).toMatch(/^remedies\.credits\[0\]\.tiers\[0\]\.min \|.*almost surely 99 %/);
    expect(pathOf(() => contract(tiered([{ min: '99', creditPercent: 0 }, { max: '99', creditPercent: 0.1 }])))).toMatch(/^remedies\.credits\[0\]\.tiers\[1\]\.creditPercent \|.*almost surely 10 %/);
    expect(pathOf(() => contract(tiered([{ min: '99', creditPercent: 0 }, { max: '99', creditPercent: 10 }], { capPercent: '1' })))).toMatch(/^remedies\.credits\[0\]\.capPercent \|.*almost surely 100 %/);
    expect(pathOf(() => contract({ remedies: { termination: [{ type: 'consecutive-misses', count: 3, target: '0.5 %' }] } }))).toMatch(/^remedies\.termination\[0\]\.target \|.*almost surely 50 %/);
  });

  it('0 (a row with no credit) and values just above 1 are percentages: accepted', () => {
    expect(pathOf(() => contract(tiered([{ min: '1.5', creditPercent: '0' }, { max: '1.5', creditPercent: '1.01' }]), '1.001'))).toBe('no error');
  });

  it('property: a percentage p is refused exactly when 0 < p ≤ 1, and the message gives 100 × p', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 }), (units, decimals) => {
        // p = units / 10^decimals, written as a decimal string; keep p ≤ 100.
        const scale = 10 ** decimals;
        fc.pre(units <= 100 * scale);
        const text = decimals === 0 ? String(units) : `${Math.floor(units / scale)}.${String(units % scale).padStart(decimals, '0')}`;
        const result = pathOf(() => contract({}, text));
        const fraction = units > 0 && units <= scale;
        expect(result.startsWith('availability.commitments[0].target |')).toBe(fraction);
        if (fraction) {
          // 100 × units / 10^decimals, exactly, as the integer units × 100 / scale when whole.
          const hundred = (units * 100) / scale;
          if (Number.isInteger(hundred)) expect(result).toContain(`almost surely ${hundred} %`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
