/**
 * Issue 14 phase B: the less common constructs through Contract.availability
 * — a commitment over a fiscal quarter, a series commitment (with a
 * termination right on it), request metrics not counted in time, a credit
 * per incident. Expected values are hand-computed; times are UTC.
 */
import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/index.js';

const MINUTE = 60_000;
const at = (text: string): number => Date.parse(text);

describe('a commitment over a fiscal quarter (fiscal year from July)', () => {
  const fiscal = defineContract({
    id: 'fiscal',
    name: 'Quarterly by fiscal quarter',
    calendars: {},
    availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period: { type: 'fiscal-quarter', startMonth: 7 } }] },
  });

  it('FY2027-Q1 (July–September 2026) and the calendar quarter with the same bounds are evaluated; a month is skipped', () => {
    // 132 480 min; 60 min down → 1 − 60/132 480 = 99.95471 %.
    const incidents = [{ start: at('2026-08-10T10:00:00Z'), end: at('2026-08-10T11:00:00Z') }];
    const byRule = fiscal.availability({ period: { type: 'fiscal-quarter', fiscalYear: 2027, quarter: 1, startMonth: 7, zone: 'UTC' }, incidents });
    expect(byRule.commitments.map((c) => [c.id, c.availabilityPercent, c.met])).toEqual([['uptime', '99.9547', true]]);
    expect(fiscal.availability({ period: '2026-Q3', incidents }).commitments[0]?.availabilityPercent).toBe('99.9547');
    expect(fiscal.availability({ period: '2026-08', incidents }).skipped).toEqual([{ id: 'uptime', reason: 'commitment is per fiscal-quarter starting in month 7; period 2026-08 is a month' }]);
    // Calendar Q4 (October–December 2026) has the bounds of FY2027-Q2: evaluated.
    expect(fiscal.commitmentsFor('2026-Q4').evaluated).toEqual(['uptime']);
  });
});

describe('a series commitment: p95 latency at most 200 ms a month, terminable after two missed months', () => {
  const latency = defineContract({
    id: 'latency',
    name: 'Latency SLA',
    calendars: {},
    availability: { zone: 'UTC', commitments: [{ id: 'p95', period: 'month', metric: { type: 'series', series: 'latency', statistic: 'percentile', percentile: 95, bound: 200, unit: 'ms' } }] },
    remedies: { termination: [{ type: 'consecutive-misses', count: 2 }] },
  });
  /** 20 points in the month: 100, 110, …, 290 ms, shifted by `shift`. */
  const points = (month: string, shift: number) => Array.from({ length: 20 }, (_, i) => ({ at: at(`${month}-10T10:00:00Z`) + i * MINUTE, value: 100 + 10 * i + shift }));

  it('nearest rank ⌈0.95 × 20⌉ = 19 → the 19th smallest: 280 ms > 200 → missed by 80; shifted by −90: 190 ms → met', () => {
    const missed = latency.availability({ period: '2026-06', series: { latency: points('2026-06', 0) } });
    expect(missed.commitments).toEqual([]);
    expect(missed.seriesCommitments[0]).toMatchObject({ id: 'p95', rank: 19, value: 280, met: false, margin: { numerator: '-80', denominator: '1' }, bound: '200', unit: 'ms', points: 20 });
    const met = latency.availability({ period: '2026-07', series: { latency: points('2026-07', -90) } });
    expect(met.seriesCommitments[0]).toMatchObject({ value: 190, met: true });
    // June and August missed, July met: two in a row never happens; add September missed → August, September.
    const months = ['2026-06', '2026-07', '2026-08', '2026-09'].map((month, i) => latency.availability({ period: month, series: { latency: points(month, i === 1 ? -90 : 0) } }));
    expect(latency.termination(months.slice(0, 3)).triggered).toBe(false);
    expect(latency.termination(months).rights[0]?.labels).toEqual(['2026-08', '2026-09']);
  });

  it('a series commitment without its points is an SlaInputError naming series.latency', () => {
    expect(() => latency.availability({ period: '2026-06' })).toThrow(/series\.latency/);
  });
});

describe('request metrics not counted in time, and a credit per incident', () => {
  it('success ratio: 990 of 1 000 requests → 99 %; 99.9 % allows 1 failure, 10 used: margin −9 requests = −9 × 60 000 / 1 000 = −540 ms', () => {
    const api = defineContract({
      id: 'api',
      name: 'API success ratio',
      calendars: {},
      availability: { zone: 'UTC', commitments: [{ id: 'api', target: '99.9', period: 'month', metric: { type: 'requests', interval: 'PT1M', metric: 'success-ratio' } }] },
    });
    const [commitment] = api.availability({ period: '2026-06', requests: [{ at: '2026-06-10T10:00:00Z', total: 1000, failed: 10 }] }).commitments;
    expect(commitment).toMatchObject({ ratio: { numerator: '990', denominator: '1000' }, ratioUnit: 'requests', margin: '-9', marginMs: -540, baseMs: MINUTE, met: false, availabilityPercent: '99.0000' });
  });

  it('two separate outages with 5 % of the fee per incident, capped at 8 %: 2 × 5 % = 10 % → 8 % of 1 000.00 = 80.00', () => {
    const perIncident = defineContract({
      id: 'per-incident',
      name: 'Credit per incident',
      calendars: {},
      availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period: 'month' }] },
      remedies: { credits: [{ id: 'each', type: 'per-incident', creditPercent: '5', capPercent: '8', fee: { per: 'month' } }] },
    });
    const incidents = [
      { start: at('2026-06-10T10:00:00Z'), end: at('2026-06-10T10:10:00Z') },
      { start: at('2026-06-20T10:00:00Z'), end: at('2026-06-20T10:10:00Z') },
    ];
    const [credit] = perIncident.availability({ period: '2026-06', incidents, feeMinor: 100_000 }).credits;
    expect(credit).toMatchObject({ kind: 'per-incident', commitment: 'uptime', amountMinor: 8_000, capped: true, capPercent: '8' });
    expect(credit?.rule).toContain('2 incident(s)');
  });
});
