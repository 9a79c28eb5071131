import { describe, expect, it } from 'vitest';
import { type BatchResult, ResponseTimeClock, nearestRank } from '../../src/clock/index.js';
import { SlaInputError } from '../../src/errors.js';
import { HOUR, linkandoClock, lumappsClock } from './fixtures.js';

// Linkando (critical 10 h, other 30 h; Mon–Fri 08:00–18:00 Berlin), judged at Tue 2026-06-02 12:00 Berlin.
const clock = linkandoClock();
const NOW = '2026-06-02T12:00:00+02:00';
const tickets = [
  // A: Mon 08:00 → 09:00: 1 h, met.
  { id: 'A', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T09:00:00+02:00' },
  // B: Mon 08:00 → 18:00: 10 h, due 18:00 exactly (closing), met.
  { id: 'B', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T18:00:00+02:00' },
  // C: Fri 16:00 → Mon 17:00: 2 h + 9 h = 11 h > 10 h (due Mon 16:00), missed.
  { id: 'C', priority: 'critical', openedAt: '2026-05-29T16:00:00+02:00', respondedAt: '2026-06-01T17:00:00+02:00' },
  // D: Mon 08:00, no response; due Mon 18:00 < now → missed (overdue).
  { id: 'D', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00' },
  // E: Tue 11:00, no response: 1 h, running.
  { id: 'E', priority: 'critical', openedAt: '2026-06-02T11:00:00+02:00' },
  // F: Tue 09:00, paused 10:00: 1 h, paused.
  {
    id: 'F',
    priority: 'critical',
    events: [
      { type: 'open', at: '2026-06-02T09:00:00+02:00' },
      { type: 'pause', at: '2026-06-02T10:00:00+02:00' },
    ],
  } as const,
  // G: other, Mon 08:00 → 14:00: 6 h, met.
  { id: 'G', priority: 'other', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T14:00:00+02:00' },
];

describe('evaluate: statuses in input order and a summary per priority', () => {
  const result = clock.evaluate(tickets, NOW);

  it('statuses keep the input order and states', () => {
    expect(result.tickets.map((s) => [s.id, s.state])).toEqual([
      ['A', 'met'],
      ['B', 'met'],
      ['C', 'missed'],
      ['D', 'missed'],
      ['E', 'running'],
      ['F', 'paused'],
      ['G', 'met'],
    ]);
  });

  it('critical: 6 tickets, 2 met, 2 missed, 1 running, 1 paused; responses [1, 10, 11] h', () => {
    // Nearest rank over n = 3: median rank ⌈0.5 × 3⌉ = 2 → 10 h; p90 rank ⌈0.9 × 3⌉ = ⌈2.7⌉ = 3 → 11 h.
    expect(result.summary.byPriority.critical).toEqual({
      kind: 'contractual',
      total: 6,
      met: 2,
      missed: 2,
      running: 1,
      paused: 1,
      responded: 3,
      medianResponseMs: 10 * HOUR,
      p90ResponseMs: 11 * HOUR,
    });
  });

  it('other: one response of 6 h; live-booking present with zeros and null percentiles', () => {
    expect(result.summary.byPriority.other?.medianResponseMs).toBe(6 * HOUR);
    expect(result.summary.byPriority.other?.p90ResponseMs).toBe(6 * HOUR);
    expect(result.summary.byPriority['live-booking']).toEqual({
      kind: 'contractual',
      total: 0,
      met: 0,
      missed: 0,
      running: 0,
      paused: 0,
      responded: 0,
      medianResponseMs: null,
      p90ResponseMs: null,
    });
  });

  it('totals: 7 = 3 met + 2 missed + 1 running + 1 paused', () => {
    const { total, met, missed, running, paused } = result.summary;
    expect([total, met, missed, running, paused]).toEqual([7, 3, 2, 1, 1]);
  });

  it('business time to respond excludes pauses: open Mon 08:00, paused 09–11, respond 12:00 → 2 h', () => {
    // 08→09 1 h + 11→12 1 h = 2 h.
    const batch = clock.evaluate(
      [
        {
          id: 'H',
          priority: 'critical',
          events: [
            { type: 'open', at: '2026-06-01T08:00:00+02:00' },
            { type: 'pause', at: '2026-06-01T09:00:00+02:00' },
            { type: 'resume', at: '2026-06-01T11:00:00+02:00' },
            { type: 'respond', at: '2026-06-01T12:00:00+02:00' },
          ],
        },
      ],
      NOW,
    );
    expect(batch.summary.byPriority.critical?.medianResponseMs).toBe(2 * HOUR);
  });

  it('accepts any iterable (a generator)', () => {
    function* generate() {
      yield* tickets;
    }
    expect(clock.evaluate(generate(), NOW).summary.total).toBe(7);
  });

  it('a KPI priority reports kpiMissed, not breached (LumApps §4)', () => {
    // p1 1 h on NAM, opened Mon 2026-06-01 09:00 New York, responded 10:30 → 1.5 h > 1 h.
    const batch = lumappsClock.evaluate([{ id: 'K', priority: 'p1', openedAt: '2026-06-01T09:00:00-04:00', respondedAt: '2026-06-01T10:30:00-04:00' }], '2026-06-02T00:00:00Z');
    expect(batch.summary.byPriority.p1?.kind).toBe('kpi');
    expect(batch.summary.byPriority.p1?.missed).toBe(1);
    expect(batch.tickets[0]?.kpiMissed).toBe(true);
    expect(batch.tickets[0]?.breached).toBe(false);
  });
});

describe('nearestRank: the percentile method of the summary', () => {
  it('nearest rank ⌈p/100 × n⌉ (1-based)', () => {
    // [1,2,3,4]: p50 rank 2 → 2 (lower middle); p90 rank ⌈3.6⌉ = 4 → 4.
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRank([1, 2, 3, 4], 90)).toBe(4);
    // 1..10: p90 rank 9 → 9 (exactly, not 10); p50 rank 5 → 5.
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(nearestRank(ten, 90)).toBe(9);
    expect(nearestRank(ten, 50)).toBe(5);
    // p0 → the smallest; p100 → the largest.
    expect(nearestRank(ten, 0)).toBe(1);
    expect(nearestRank(ten, 100)).toBe(10);
  });

  it('no values → null; a percentile outside 0–100 → SlaInputError naming p', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(() => nearestRank([1], 101)).toThrow(SlaInputError);
    expect(() => nearestRank([1], Number.NaN)).toThrow(/^p: /);
  });
});

describe('ResponseTimeClock.merge: one batch from several clocks', () => {
  it('recomputes percentiles over all responses instead of averaging', () => {
    // Batch 1: A (1 h), B (10 h); batch 2: C (11 h) → merged responses [1, 10, 11] h: median 10 h, p90 11 h.
    // (Averaging the two medians, 1 h and 11 h, would give 6 h.)
    const first = clock.evaluate(tickets.slice(0, 2), NOW);
    const second = clock.evaluate(tickets.slice(2, 3), NOW);
    const merged = ResponseTimeClock.merge([first, second]);
    expect(merged.tickets.map((s) => s.id)).toEqual(['A', 'B', 'C']);
    expect(merged.summary.byPriority.critical?.medianResponseMs).toBe(10 * HOUR);
    expect(merged.summary.byPriority.critical?.p90ResponseMs).toBe(11 * HOUR);
    expect(merged.summary.total).toBe(3);
  });

  it('rejects a ticket id present in two batches, and a priority with two kinds', () => {
    const first = clock.evaluate(tickets.slice(0, 1), NOW);
    expect(() => ResponseTimeClock.merge([first, first])).toThrow(/results\[1\]\.tickets\[0\]\.id/);
    const kpi = new ResponseTimeClock({ priorities: { critical: { target: { hours: 1 }, calendar: lumappsClock.policy.target('p1').calendar, kind: 'kpi' } } });
    const other: BatchResult = kpi.evaluate([], NOW);
    expect(() => ResponseTimeClock.merge([first, other])).toThrow(SlaInputError);
  });
});
