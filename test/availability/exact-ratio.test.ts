/**
 * ExactRatio: availabilities in big integers (user-ms, request counts, means
 * of error rates) go through the same exact comparisons as the ms ratios.
 */
import { describe, expect, it } from 'vitest';
import { PenaltyTable, SlaInputError, compareToPercent, formatPercent, ratioAtLeast } from '../../src/index.js';

// 1 000 users × 43 200 min = 43 200 000 user-minutes; 100 users × 600 min = 60 000 down.
const weighted = { numerator: 43_200_000n - 60_000n, denominator: 43_200_000n };

describe('ExactRatio in the exact comparisons', () => {
  it('formats and compares exactly: 43 140 000 / 43 200 000 = 1 − 1/720 = 99.86111… %', () => {
    expect(formatPercent(weighted, 5)).toBe('99.86111');
    expect(ratioAtLeast(weighted, '99.9')).toBe(false);
    expect(ratioAtLeast({ ratio: weighted }, '99.86')).toBe(true);
    // 1 − 1/720 against 99.86111 %: 0.9986111… > 0.9986111 exactly.
    expect(compareToPercent(weighted, '99.86111')).toBe(1);
  });

  it('terms past 2^53 stay exact: (2^60 − 1) / 2^60 is below 100 % and above 99.9999999999 %', () => {
    const big = { numerator: 2n ** 60n - 1n, denominator: 2n ** 60n };
    expect(compareToPercent(big, '100')).toBe(-1);
    expect(compareToPercent(big, '99.9999999999')).toBe(1);
  });

  it('0 / 0 reads as 100 %', () => {
    expect(compareToPercent({ numerator: 0n, denominator: 0n }, '100')).toBe(0);
  });

  it('a credit table takes an ExactRatio: 99.861 % is in the < 99.9 % row (25 %)', () => {
    const table = new PenaltyTable({ tiers: [{ min: '99.9', creditPercent: 0 }, { min: '99', max: '99.9', creditPercent: 25 }, { max: '99', creditPercent: 50 }] });
    expect(table.creditFor(weighted).percent).toBe(25);
  });

  it('numerator above denominator, or a negative one, is a typed error', () => {
    expect(() => formatPercent({ numerator: 2n, denominator: 1n })).toThrow(SlaInputError);
    expect(() => formatPercent({ numerator: -1n, denominator: 1n })).toThrow(SlaInputError);
  });
});
