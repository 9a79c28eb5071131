/**
 * The batch summary's nearest-rank median and 90th percentile come from a
 * selection, not a sort: they equal nearestRank on the sorted responses for
 * any responses — repeated values, sorted, reversed, all equal — and the
 * selection equals the sorted array's value at any index, also when its
 * round limit sends it to the sort at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRank, select, summarise } from '../../src/clock/batch-summary.js';
import type { TicketStatus } from '../../src/clock/ticket-status.js';

/** Responses of one priority as the tally reads them (priority, state, respondedAt, elapsedMs). */
const responded = (elapsed: readonly number[]): TicketStatus[] => elapsed.map((elapsedMs) => ({ priority: 'p', state: 'met', respondedAt: 0, elapsedMs }) as unknown as TicketStatus);
const kinds = new Map([['p', 'contractual' as const]]);

const shapes = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }),
  fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 300 }),
  fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 300 }).map((a) => a.sort((x, y) => x - y)),
  fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 300 }).map((a) => a.sort((x, y) => y - x)),
  fc.tuple(fc.nat(1000), fc.nat(300)).map(([v, n]) => new Array<number>(n).fill(v)),
);

describe('batch percentiles by selection', () => {
  it('[5, 1, 4, 2, 3]: median rank ⌈2.5⌉ = 3 → 3; p90 rank ⌈4.5⌉ = 5 → 5', () => {
    const summary = summarise(kinds, responded([5, 1, 4, 2, 3])).byPriority.p;
    expect(summary?.medianResponseMs).toBe(3);
    expect(summary?.p90ResponseMs).toBe(5);
  });

  it('[4, 4, 1, 1]: median rank 2 → 1 (the lower middle); p90 rank ⌈3.6⌉ = 4 → 4', () => {
    const summary = summarise(kinds, responded([4, 4, 1, 1])).byPriority.p;
    expect(summary?.medianResponseMs).toBe(1);
    expect(summary?.p90ResponseMs).toBe(4);
  });

  it('no response: both null', () => {
    const summary = summarise(kinds, []).byPriority.p;
    expect(summary?.medianResponseMs).toBeNull();
    expect(summary?.p90ResponseMs).toBeNull();
  });

  it('equal nearestRank of the sorted responses, for any responses', () => {
    fc.assert(
      fc.property(shapes, (elapsed) => {
        const sorted = [...elapsed].sort((x, y) => x - y);
        const summary = summarise(kinds, responded(elapsed)).byPriority.p;
        expect(summary?.medianResponseMs).toBe(nearestRank(sorted, 50));
        expect(summary?.p90ResponseMs).toBe(nearestRank(sorted, 90));
      }),
      { numRuns: 2000 },
    );
  });

  it('select(values, k) is the sorted value at k, with the default round limit and with none (sorted at once)', () => {
    fc.assert(
      fc.property(shapes.filter((a) => a.length > 0), fc.nat(), fc.constantFrom(undefined, 0, 1), (elapsed, at, rounds) => {
        const k = at % elapsed.length;
        const sorted = [...elapsed].sort((x, y) => x - y);
        const values = Float64Array.from(elapsed);
        expect(select(values, k, 0, values.length - 1, rounds)).toBe(sorted[k]);
        // Partitioned around k: nothing before it is larger, nothing after it smaller.
        expect(values.subarray(0, k).every((v) => v <= (sorted[k] as number))).toBe(true);
        expect(values.subarray(k + 1).every((v) => v >= (sorted[k] as number))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
