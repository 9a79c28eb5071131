/**
 * Series commitments in a contract definition (issue 14 trial): no target
 * (the bound judges them), and how maintenance windows treat their points.
 * Expected values are hand-computed; times are UTC.
 */
import { describe, expect, it } from 'vitest';
import { SlaDefinitionError, defineContract } from '../../src/index.js';

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
