/**
 * A cap across all credit sources of a contract (combineCredits) and
 * termination rights over a series of periods (evaluateTermination).
 */
import { describe, expect, it } from 'vitest';
import { SlaInputError } from '../../src/index.js';
import { type PeriodVerdict, combineCredits, evaluateTermination } from '../../src/remedies/index.js';

const capSource = { document: 'https://www.atlassian.com/legal/sla', section: 'Service credits', quote: 'capped at 100%' };

describe('combineCredits: a cap across all credit sources', () => {
  const credits = [
    { kind: 'tiered' as const, id: 'premium', amountMinor: 150_000 },
    { kind: 'per-incident' as const, id: 'incidents', amountMinor: 100_000 },
  ];

  it('in order (default): 1 500.00 + 1 000.00 USD capped at 100 % of 2 000.00 → the second is cut by 500.00', () => {
    // sum 250 000 > cap 200 000; pay 150 000, then 50 000 of 100 000.
    const total = combineCredits(credits, { feeMinor: 200_000, capPercent: 100, source: capSource });
    expect(total).toMatchObject({ totalMinor: 200_000, uncappedTotalMinor: 250_000, capped: true, belowMinimum: false, cut: [1], source: capSource });
    expect(total.credits.map((c) => [c.paidMinor, c.cutMinor])).toEqual([[150_000, 0], [50_000, 50_000]]);
    expect(total.rule).toBe('total of 2 credit(s) = 250000, capped at 200000 (100 % of the fee 200000, rounded down) (in-order; cut: incidents −50000)');
  });

  it('pro rata: each cut in proportion, 200 000 × 150/250 = 120 000 and 200 000 × 100/250 = 80 000', () => {
    const total = combineCredits(credits, { feeMinor: 200_000, capPercent: 100, allocation: 'pro-rata' });
    expect(total.credits.map((c) => c.paidMinor)).toEqual([120_000, 80_000]);
    expect(total.cut).toEqual([0, 1]);
  });

  it('pro rata in whole minor units: 100 shared by 1 : 1 : 1 → 34, 33, 33 (the tie goes to the first)', () => {
    const three = [1, 2, 3].map(() => ({ kind: 'proportional' as const, amountMinor: 50 }));
    expect(combineCredits(three, { capMinor: 100, allocation: 'pro-rata' }).credits.map((c) => c.paidMinor)).toEqual([34, 33, 33]);
  });

  it('under the cap nothing is cut; a total below the minimum payable is not paid', () => {
    expect(combineCredits(credits, { capMinor: 300_000 })).toMatchObject({ totalMinor: 250_000, capped: false, cut: [] });
    const small = combineCredits([{ kind: 'proportional', amountMinor: 300 }, { kind: 'lost-time', amountMinor: 400 }], { minimumMinor: 1_000 });
    // 300 + 400 = 700 < 1 000 → 0; both cut entirely.
    expect(small).toMatchObject({ totalMinor: 0, uncappedTotalMinor: 700, belowMinimum: true, cut: [0, 1] });
  });

  it('bad options name the field', () => {
    expect(() => combineCredits(credits, { capPercent: 100 })).toThrow(SlaInputError);
    expect(() => combineCredits([{ kind: 'tiered', amountMinor: -1 }])).toThrow(/credits\[0\]\.amountMinor/);
    expect(() => combineCredits(credits, { allocation: 'largest-first' as 'pro-rata' })).toThrow(/allocation/);
  });
});

describe('evaluateTermination: rights over a series of periods', () => {
  const months: PeriodVerdict[] = [
    { label: '2026-01', met: true, availability: { numerator: 9_999, denominator: 10_000 } },
    { label: '2026-02', met: false, availability: { numerator: 9_980, denominator: 10_000 } },
    { label: '2026-03', met: true, availability: { numerator: 9_999, denominator: 10_000 } },
    { label: '2026-04', met: false, availability: { numerator: 9_500, denominator: 10_000 } },
    { label: '2026-05', met: false, availability: { numerator: 9_990, denominator: 10_000 } },
    { label: '2026-06', met: false, availability: { numerator: 9_400, denominator: 10_000 } },
  ];

  it('missed 3 consecutive months: April, May, June, triggered at June', () => {
    const result = evaluateTermination({ type: 'consecutive-misses', count: 3, id: 'chronic' }, months);
    expect(result).toMatchObject({ triggered: true, triggeredAt: 5, periods: [3, 4, 5], labels: ['2026-04', '2026-05', '2026-06'], id: 'chronic' });
    expect(result.rule).toBe('termination right on 3 consecutive missed period(s): triggered at 2026-06 by 2026-04, 2026-05, 2026-06');
  });

  it('missed 4 consecutive months: not triggered', () => {
    const result = evaluateTermination({ type: 'consecutive-misses', count: 4 }, months);
    expect(result).toMatchObject({ triggered: false, periods: [], labels: [] });
    expect(result.triggeredAt).toBeUndefined();
  });

  it('below 95 % in any month: strict, so April at exactly 95.00 % does not trigger; June at 94 % does', () => {
    // 9 500 / 10 000 = 95 % exactly: not below; 9 400 / 10 000 = 94 % < 95 %.
    expect(evaluateTermination({ type: 'below-in-any-period', percent: '95' }, months)).toMatchObject({ triggered: true, triggeredAt: 5, labels: ['2026-06'] });
    // at-or-below: April (95 % exactly) triggers first.
    expect(evaluateTermination({ type: 'below-in-any-period', percent: '95', comparison: 'at-or-below' }, months)).toMatchObject({ triggeredAt: 3, labels: ['2026-04'] });
  });

  it('missed 3 of the last 4 periods: February, April, May → triggered at May', () => {
    // window ending at May (index 4) = Feb..May: misses Feb, Apr, May = 3.
    expect(evaluateTermination({ type: 'misses-in-window', misses: 3, window: 4 }, months)).toMatchObject({ triggeredAt: 4, periods: [1, 3, 4] });
    // 3 of any 2 is impossible: misses must be at most the window.
    expect(() => evaluateTermination({ type: 'misses-in-window', misses: 3, window: 2 }, months)).toThrow(/misses/);
  });

  it('"missed" judged from availability against a target instead of met: below 99.9 % → Feb (99.8 %), Apr, May (99.9 % is met), Jun', () => {
    // Missed (A < 99.9 %): Feb 99.8 %, Apr 95 %, Jun 94 %; May is 9 990 / 10 000 = 99.9 % exactly: met (the `met` flag
    // says false, but the target decides). No two misses in a row.
    expect(evaluateTermination({ type: 'consecutive-misses', count: 2, target: '99.9' }, months)).toMatchObject({ triggered: false });
    // Window of 5 ending at Jun (Feb..Jun) holds Feb, Apr, Jun = 3 misses.
    expect(evaluateTermination({ type: 'misses-in-window', misses: 3, window: 5, target: '99.9' }, months)).toMatchObject({ triggeredAt: 5, periods: [1, 3, 5] });
  });

  it('a period lacking what the rule needs names it', () => {
    expect(() => evaluateTermination({ type: 'consecutive-misses', count: 2 }, [{ label: 'x' }])).toThrow(/periods\[0\]\.met/);
    expect(() => evaluateTermination({ type: 'below-in-any-period', percent: 95 }, [{ met: false }])).toThrow(/periods\[0\]\.availability/);
    expect(() => evaluateTermination({ type: 'consecutive-misses', count: 0 }, months, { path: 'remedies.termination[0]' })).toThrow(/remedies\.termination\[0\]\.count/);
  });
});
