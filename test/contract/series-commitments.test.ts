/**
 * Series commitments in a contract definition (issue 14 trial): no target
 * (the bound judges them), and how maintenance windows treat their points.
 * Expected values are hand-computed; times are UTC.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod, MaintenanceWindow, SlaDefinitionError, defineContract, seriesMetric } from '../../src/index.js';

const p95 = { type: 'series', series: 'latency', statistic: 'percentile', percentile: '95', bound: '300', unit: 'ms' } as const;

function issuesOf(definition: unknown): readonly { path: string; message: string }[] {
  try {
    defineContract(definition);
  } catch (error) {
    if (error instanceof SlaDefinitionError) return error.issues;
    throw error;
  }
  return [];
}

describe('a series commitment has no target: its bound judges it', () => {
  const base = (commitment: Record<string, unknown>) => ({ id: 'acme', name: 'Acme', calendars: {}, availability: { zone: 'UTC', commitments: [commitment] } });

  it('without a target it is accepted and judged by its bound: p95 of 100, 200, 300, 400 ms is the 4th (⌈0.95 × 4⌉ = 4) → 400 > 300 → missed', () => {
    const acme = defineContract(base({ id: 'latency', period: 'month', metric: p95 }));
    const points = [100, 200, 300, 400].map((value, i) => ({ at: `2026-07-0${i + 1}T12:00:00Z`, value }));
    expect(acme.availability({ period: '2026-07', series: { latency: points } }).seriesCommitments[0]).toMatchObject({ rank: 4, value: 400, met: false });
  });

  it('a target on a series commitment is an SlaDefinitionError at availability.commitments[0].target', () => {
    expect(issuesOf(base({ id: 'latency', target: '100', period: 'month', metric: p95 }))).toEqual([
      { path: 'availability.commitments[0].target', message: 'a series commitment is judged by its metric\'s bound (the statistic against "bound"), not by a target percentage: remove "target" (got "100")' },
    ]);
  });

  it('a downtime commitment without a target is an SlaDefinitionError at availability.commitments[0].target', () => {
    expect(issuesOf(base({ id: 'uptime', period: 'month' })).map((issue) => issue.path)).toEqual(['availability.commitments[0].target']);
    expect(issuesOf(base({ id: 'uptime', period: 'month' }))[0]?.message).toMatch(/expected a target percentage such as "99\.9"/);
  });
});

describe('a monthly uptime commitment with a maintenance budget and a p95 latency commitment in one contract', () => {
  /** 99.9 % a month with at most 4 h of announced maintenance (24 h notice) excused a month; p95 latency ≤ 300 ms a month. */
  const definition = (pointsInMaintenance?: 'excluded' | 'included') => ({
    id: 'acme-cloud',
    name: 'Acme Cloud SLA',
    calendars: {},
    availability: {
      zone: 'UTC',
      maintenance: [{ type: 'adHoc', id: 'scheduled', minimumNotice: 'PT24H' }],
      maintenanceBudget: { budget: 'PT4H', per: 'month' },
      commitments: [
        { id: 'uptime', target: '99.9', period: 'month' },
        { id: 'latency', period: 'month', metric: { ...p95, ...(pointsInMaintenance === undefined ? {} : { pointsInMaintenance }) } },
      ],
    },
  });
  // The window 2026-07-20 00:00–05:00, down all along.
  const window = { id: 'mnt-1', start: '2026-07-20T00:00:00Z', end: '2026-07-20T05:00:00Z' };
  const incidents = [{ start: window.start, end: window.end }];
  // 18 points of 100 ms on July 1–18 at noon, and 2 of 900 ms inside the window (01:00, 03:00).
  const points = [
    ...Array.from({ length: 18 }, (_, i) => ({ at: `2026-07-${String(i + 1).padStart(2, '0')}T12:00:00Z`, value: '100' })),
    { at: '2026-07-20T01:00:00Z', value: '900' },
    { at: '2026-07-20T03:00:00Z', value: '900' },
  ];

  it('is accepted: the budget applies to the uptime commitment, the series takes its own rule', () => {
    expect(issuesOf(definition())).toEqual([]);
  });

  it('announced 48 h ahead (≥ 24 h): the budget excuses 4 of the 5 h; the latency points inside the window are left out (default "excluded")', () => {
    const report = defineContract(definition()).availability({ period: '2026-07', incidents, series: { latency: points }, maintenance: [{ ...window, announcedAt: '2026-07-18T00:00:00Z' }] });
    // Uptime: 300 min down, all inside the window; 240 min excused by the budget, 60 min counted.
    expect(report.commitments[0]).toMatchObject({ id: 'uptime', countedDowntimeMs: 60 * 60_000, met: false });
    expect(report.commitments[0]?.maintenanceBudget).toMatchObject({ excusedMs: 240 * 60_000, countedMs: 60 * 60_000 });
    // Latency: 18 points left, all 100 ms; rank ⌈0.95 × 18⌉ = ⌈17.1⌉ = 18 → 100 ms ≤ 300 → met, margin 200.
    expect(report.seriesCommitments[0]).toMatchObject({ id: 'latency', points: 18, rank: 18, value: 100, met: true, margin: { numerator: '200', denominator: '1' }, ignored: { outsidePeriod: 0, excused: 2, maintenance: 2 } });
    expect(report.seriesCommitments[0]?.notes).toContain('2 point(s) inside maintenance windows ignored');
  });

  it('"pointsInMaintenance": "included": the 2 points count — rank ⌈0.95 × 20⌉ = 19 → 900 ms > 300 → missed by 600', () => {
    const report = defineContract(definition('included')).availability({ period: '2026-07', incidents, series: { latency: points }, maintenance: [{ ...window, announcedAt: '2026-07-18T00:00:00Z' }] });
    expect(report.seriesCommitments[0]).toMatchObject({ points: 20, rank: 19, value: 900, met: false, margin: { numerator: '-600', denominator: '1' }, ignored: { outsidePeriod: 0, excused: 0, maintenance: 0 } });
  });

  it('a window announced 23 h ahead (< 24 h) excuses nothing: its points count even when "excluded"', () => {
    const report = defineContract(definition()).availability({ period: '2026-07', incidents, series: { latency: points }, maintenance: [{ ...window, announcedAt: '2026-07-19T01:00:00Z' }] });
    // 20 points → rank 19 → 900 ms → missed; uptime: 300 min counted.
    expect(report.seriesCommitments[0]).toMatchObject({ points: 20, value: 900, met: false, ignored: { excused: 0, maintenance: 0 } });
    expect(report.commitments[0]?.countedDowntimeMs).toBe(300 * 60_000);
  });

  it('a value other than "excluded" or "included" is an SlaDefinitionError at the field', () => {
    const bad = definition();
    (bad.availability.commitments[1] as { metric: Record<string, unknown> }).metric.pointsInMaintenance = 'sometimes';
    expect(issuesOf(bad).map((issue) => issue.path)).toEqual(['availability.commitments[1].metric.pointsInMaintenance']);
  });
});

describe('property: points inside a maintenance window', () => {
  const june = AvailabilityPeriod.month(2026, 6, 'UTC');
  const start = Date.UTC(2026, 5, 1);
  const HOUR = 3_600_000;

  it('"excluded" leaves out exactly the points inside the window, "included" judges them all (1 000 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ hour: fc.integer({ min: 0, max: 719 }), value: fc.integer({ min: 0, max: 1000 }) }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 719 }),
        fc.integer({ min: 1, max: 48 }),
        (raw, from, hours) => {
          const points = raw.map(({ hour, value }) => ({ at: start + hour * HOUR, value }));
          const end = Math.min(from + hours, 720);
          const maintenance = [MaintenanceWindow.adHoc({ id: 'mw', windows: [{ start: start + from * HOUR, end: start + end * HOUR }] })];
          const inside = raw.filter(({ hour }) => hour >= from && hour < end);
          const outside = raw.filter(({ hour }) => hour < from || hour >= end);
          const excluded = seriesMetric({ period: june, points, statistic: 'mean', bound: 500, maintenance });
          const included = seriesMetric({ period: june, points, statistic: 'mean', bound: 500, maintenance, pointsInMaintenance: 'included' });
          expect(excluded.points).toBe(outside.length);
          expect(excluded.ignored).toEqual({ outsidePeriod: 0, excused: inside.length, maintenance: inside.length });
          expect(included.points).toBe(raw.length);
          expect(included.ignored).toEqual({ outsidePeriod: 0, excused: 0, maintenance: 0 });
          // The mean of the points used, exactly: Σ values / count.
          if (outside.length > 0) {
            const sum = outside.reduce((total, { value }) => total + value, 0);
            expect(excluded.exact!.numerator * BigInt(outside.length)).toBe(BigInt(sum) * excluded.exact!.denominator);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
