/**
 * Claim history: downtime an earlier claim credited is not credited again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInputError } from '../presets/helpers.js';
import { IntervalSet } from '../../src/index.js';
import { applyClaimHistory, creditAfterHistory } from '../../src/claims/index.js';

const MINUTE = 60_000;
const june = { start: Date.UTC(2026, 5, 1), end: Date.UTC(2026, 6, 1) };
const outage: [string, string][] = [['2026-06-10T10:00:00Z', '2026-06-10T11:00:00Z']];

describe('applyClaimHistory', () => {
  it('an earlier claim credited 10:00–10:30 of a 10:00–11:00 outage: 30 min left, 30 min removed by C-1', () => {
    const history = applyClaimHistory({ period: june, countedDowntime: outage, earlier: [{ id: 'C-1', creditedDowntime: [['2026-06-10T10:00:00Z', '2026-06-10T10:30:00Z']] }] });
    expect(history.countedDowntimeMs).toBe(30 * MINUTE);
    expect(history.removedMs).toBe(30 * MINUTE);
    expect(history.removedBy).toEqual([{ index: 0, id: 'C-1', removedMs: 30 * MINUTE, intervals: [{ start: Date.parse('2026-06-10T10:00:00Z'), end: Date.parse('2026-06-10T10:30:00Z') }] }]);
    expect(history.rule).toBe('counted downtime 1 h, already credited 30 min (C-1 30 min): 30 min left to credit');
  });

  it('overlapping earlier claims: C-1 10:00–10:30 and C-2 10:15–10:45 → C-1 removes 30 min, C-2 only 10:30–10:45 (15 min); 15 min left', () => {
    const history = applyClaimHistory({
      period: june,
      countedDowntime: outage,
      earlier: [
        { id: 'C-1', creditedDowntime: [['2026-06-10T10:00:00Z', '2026-06-10T10:30:00Z']] },
        { id: 'C-2', creditedDowntime: [{ start: '2026-06-10T10:15:00Z', end: '2026-06-10T10:45:00Z' }] },
      ],
    });
    expect(history.removedBy.map((entry) => entry.removedMs / MINUTE)).toEqual([30, 15]);
    expect(history.countedDowntimeMs).toBe(15 * MINUTE);
  });

  it('credited intervals outside the period or the downtime remove nothing', () => {
    const history = applyClaimHistory({ period: june, countedDowntime: outage, earlier: [{ creditedDowntime: [['2026-05-10T10:00:00Z', '2026-05-10T11:00:00Z'], ['2026-06-10T11:00:00Z', '2026-06-10T12:00:00Z']] }] });
    expect([history.countedDowntimeMs, history.removedMs]).toEqual([60 * MINUTE, 0]);
  });

  it('an earlier claim known only by its amount, for this very period: deducted from the new credit', () => {
    const history = applyClaimHistory({ period: june, countedDowntime: outage, earlier: [{ id: 'C-3', period: { start: '2026-06-01T00:00:00Z', end: '2026-07-01T00:00:00Z' }, amountMinor: 10_000 }] });
    expect(history.alreadyCreditedMinor).toBe(10_000);
    expect(history.countedDowntimeMs).toBe(60 * MINUTE);
    expect(history.rule).toBe('counted downtime 1 h, already credited 0 s: 1 h left to credit; already paid for this period: C-3 10000');
    // 30 % of 1 000.00 now, 10 % paid before → 300.00 − 100.00 = 200.00; never below 0.
    expect(creditAfterHistory(30_000, history)).toBe(20_000);
    expect(creditAfterHistory(5_000, history)).toBe(0);
  });

  it('an amount for another period: ignored when it does not overlap, refused when it does', () => {
    const may = { start: '2026-05-01T00:00:00Z', end: '2026-06-01T00:00:00Z' };
    expect(applyClaimHistory({ period: june, countedDowntime: outage, earlier: [{ period: may, amountMinor: 500 }] }).alreadyCreditedMinor).toBe(0);
    const quarter = { start: '2026-04-01T00:00:00Z', end: '2026-07-01T00:00:00Z' };
    expect(() => applyClaimHistory({ period: june, countedDowntime: outage, earlier: [{ period: quarter, amountMinor: 500 }] })).toThrow(/earlier\[0\]\.period/);
  });

  it('bad earlier claims are typed errors naming the claim', () => {
    const fieldOf = (earlier: unknown[], field: string) => expectInputError(() => applyClaimHistory({ period: june, countedDowntime: outage, earlier: earlier as never }), field);
    fieldOf([{ id: 'C-9' }], 'earlier[0]');
    fieldOf([{ amountMinor: 100 }], 'earlier[0].period');
    // a reversed interval: 11:00 → 10:00
    fieldOf([{ creditedDowntime: [['2026-06-10T11:00:00Z', '2026-06-10T10:00:00Z']] }], 'earlier[0].creditedDowntime[0]');
  });

  it('property: left + removed = counted; nothing left was credited before (1000 runs)', () => {
    const intervalsArb = fc.array(fc.tuple(fc.integer({ min: june.start - 86_400_000, max: june.end }), fc.integer({ min: 0, max: 6 * 3_600_000 })).map(([start, length]): [number, number] => [start, start + length]), { maxLength: 6 });
    fc.assert(
      fc.property(intervalsArb, fc.array(intervalsArb, { maxLength: 4 }), (downtime, credited) => {
        const history = applyClaimHistory({ period: june, countedDowntime: downtime, earlier: credited.map((creditedDowntime) => ({ creditedDowntime })) });
        const counted = IntervalSet.of(downtime).clip(june.start, june.end);
        expect(history.countedDowntimeMs + history.removedMs).toBe(counted.measure());
        expect(history.removedBy.reduce((sum, entry) => sum + entry.removedMs, 0)).toBe(history.removedMs);
        for (const intervals of credited) expect(history.countedDowntime.intersect(IntervalSet.of(intervals)).isEmpty).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
