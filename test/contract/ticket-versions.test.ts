// Issue 10 §6: a ticket is judged under the contract version in force when it was opened (default) or at
// `now` (versionAt: 'now'); the status names the version. One contract, two versions whose response
// targets differ: before 2026-07-01 (UTC) p1 is 4 business hours, from then on 2 business hours, on a
// Mon–Fri 09:00–17:00 UTC calendar; from then on p2 is also a rule target, the end of the business day.
import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/contract/define-contract.js';
import type { ContractDefinition } from '../../src/contract/schema.js';
import { SlaInputError } from '../../src/errors.js';

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

const definition: ContractDefinition = {
  id: 'versioned-helpdesk',
  name: 'Versioned helpdesk',
  calendars: { office: { zone: 'UTC', week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] } } },
  responses: { priorities: { p1: { target: 'PT4H', calendar: 'office' }, p2: { target: 'PT8H', calendar: 'office' } } },
  versions: [
    {
      id: 'amendment-2026-07',
      effectiveFrom: '2026-07-01T00:00:00Z',
      patch: { responses: { priorities: { p1: { target: 'PT2H' }, p2: { target: { rule: 'end-of-business-day' } } } } },
    },
  ],
};
const contract = defineContract(definition);
const NOW = '2026-07-10T00:00:00Z';
// Tue 2026-06-30 10:00Z, before the amendment; Wed 2026-07-01 10:00Z, after it.
const before = { id: 'B', priority: 'p1', openedAt: '2026-06-30T10:00:00Z', respondedAt: '2026-06-30T13:00:00Z' };
const after = { id: 'A', priority: 'p1', openedAt: '2026-07-01T10:00:00Z', respondedAt: '2026-07-01T13:00:00Z' };

describe('tickets and contract versions (issue 10 §6)', () => {
  it('default versionAt "opened": opened before the amendment → 4 h (due 14:00, answered 13:00: met); after → 2 h (due 12:00: missed)', () => {
    const b = contract.ticket(before, NOW);
    expect(iso(b.dueAt)).toBe('2026-06-30T14:00:00.000Z'); // 10:00 + 4 h
    expect(b.met).toBe(true);
    expect(b.version).toBe('initial');
    expect(b.versionEffectiveFrom).toBeNull();
    const a = contract.ticket(after, NOW);
    expect(iso(a.dueAt)).toBe('2026-07-01T12:00:00.000Z'); // 10:00 + 2 h
    expect(a.met).toBe(false);
    expect(a.version).toBe('amendment-2026-07');
    expect(iso(a.versionEffectiveFrom as number)).toBe('2026-07-01T00:00:00.000Z');
  });

  it('versionAt "now": both tickets under the amendment in force on 10 July → 2 h each, both missed (answered after 3 h)', () => {
    const b = contract.ticket(before, NOW, { versionAt: 'now' });
    expect(iso(b.dueAt)).toBe('2026-06-30T12:00:00.000Z');
    expect(b.met).toBe(false);
    expect(b.version).toBe('amendment-2026-07');
    // Judged at a `now` before the amendment, the initial terms apply to both.
    expect(contract.ticket(before, '2026-06-30T20:00:00Z', { versionAt: 'now' }).version).toBe('initial');
  });

  it('tickets(): one batch across versions, statuses in input order, the summary counts each under its version', () => {
    const p2 = { id: 'R', priority: 'p2', openedAt: '2026-07-02T15:00:00Z' };
    const batch = contract.tickets([after, before, p2], NOW);
    expect(batch.tickets.map((t) => [t.id, t.version, t.met])).toEqual([
      ['A', 'amendment-2026-07', false],
      ['B', 'initial', true],
      ['R', 'amendment-2026-07', false],
    ]);
    // R, p2 under the amendment: end of the business day, Thu 2026-07-02 17:00Z (2 h of business time); not answered by 10 July.
    expect(iso(batch.tickets[2]?.dueAt as number)).toBe('2026-07-02T17:00:00.000Z');
    expect(batch.tickets[2]?.targetMs).toBe(2 * HOUR);
    expect(batch.tickets[2]?.rule).toBe('end of the business day');
    expect(batch.summary.byPriority['p1']).toMatchObject({ total: 2, met: 1, missed: 1 });
    expect(batch.summary.byPriority['p2']).toMatchObject({ total: 1, missed: 1 });
    const now = contract.tickets([after, before], NOW, { versionAt: 'now' });
    expect(now.summary.byPriority['p1']).toMatchObject({ total: 2, met: 0, missed: 2 });
  });

  it('due() follows the version in force at the opening', () => {
    expect(iso(contract.due('p1', '2026-06-30T10:00:00Z').dueAt)).toBe('2026-06-30T14:00:00.000Z');
    expect(iso(contract.due('p1', '2026-07-01T10:00:00Z').dueAt)).toBe('2026-07-01T12:00:00.000Z');
  });

  it('an unknown versionAt is a typed error naming options.versionAt', () => {
    expect(() => contract.ticket(before, NOW, { versionAt: 'latest' as never })).toThrow(SlaInputError);
    expect(() => contract.tickets([before], NOW, { versionAt: 'latest' as never })).toThrow(/options\.versionAt/);
  });
});

// Issue 10 trial: tickets judged under two versions still get one summary per metric, over every
// cycle. Same calendar; a resolution metric of 8 business hours for p1, a status map (solved stops).
describe('tickets() across versions keeps the per-metric summary', () => {
  const withMetrics = defineContract({
    ...definition,
    responses: {
      ...definition.responses,
      statuses: { runOn: ['open'], stopOn: ['solved'] },
      metrics: { resolution: { priorities: { p1: { target: 'PT8H', calendar: 'office' } } } },
    },
  } as ContractDefinition);
  // C, under the amendment: opened Wed 2026-07-01 10:00Z, agent reply 10:30 (first response 0.5 h ≤ 2 h: met),
  // solved 12:00 (resolution 2 h ≤ 8 h: met).
  const solved = {
    id: 'C',
    priority: 'p1',
    events: [
      { type: 'open', at: '2026-07-01T10:00:00Z' },
      { type: 'message', at: '2026-07-01T10:30:00Z', author: 'agent' },
      { type: 'status', at: '2026-07-01T12:00:00Z', status: 'solved' },
    ],
  } as const;

  it('first response and resolution summarised over the tickets of both versions', () => {
    const batch = withMetrics.tickets([before, after, solved], NOW);
    expect(batch.tickets.map((t) => t.version)).toEqual(['initial', 'amendment-2026-07', 'amendment-2026-07']);
    // First response: B 3 h ≤ 4 h met; A 3 h > 2 h missed; C 0.5 h met. Sorted [0.5, 3, 3] h:
    // median rank ⌈1.5⌉ = 2 → 3 h; p90 rank ⌈2.7⌉ = 3 → 3 h.
    expect(batch.metrics?.firstResponse?.byPriority['p1']).toMatchObject({ total: 3, met: 2, missed: 1, responded: 3, medianResponseMs: 3 * HOUR, p90ResponseMs: 3 * HOUR });
    // Resolution (never solved → missed by 10 July): B due Tue 30 Jun 10:00 + 7 h (to 17:00) + 1 h = Wed 1 Jul 10:00;
    // A due Wed 1 Jul 10:00 + 7 h + 1 h = Thu 2 Jul 10:00; C solved after 2 h: met. Only C resolved: median 2 h.
    expect(batch.metrics?.resolution?.byPriority['p1']).toMatchObject({ total: 3, met: 1, missed: 2, responded: 1, medianResponseMs: 2 * HOUR });
    expect(batch.metrics?.resolution?.total).toBe(3);
    // The first-response summary of the batch is the same count as the firstResponse metric's.
    expect(batch.summary.byPriority['p1']).toMatchObject({ total: 3, met: 2, missed: 1 });
  });
});
