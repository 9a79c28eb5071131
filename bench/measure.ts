/**
 * Timing: warm up, run several rounds, report the median. One idea: turn a
 * batch of calls into calls per second without flattering anyone.
 */

/** A timed batch: calls per second (median of rounds) and every round. */
export interface Timing {
  /** Calls per second, median of the measured rounds. */
  readonly opsPerSecond: number;
  /** Calls per second in the fastest round (the least disturbed by other processes). */
  readonly bestOpsPerSecond: number;
  /** Calls per round. */
  readonly callsPerRound: number;
  /** Measured rounds (ms each). */
  readonly roundsMs: readonly number[];
}

/**
 * Times `batch` (which makes `callsPerRound` calls): `warmupRounds` untimed
 * rounds first (JIT tiers up, caches fill), then `rounds` timed ones.
 */
export function timeBatch(batch: () => void, callsPerRound: number, rounds: number, warmupRounds: number): Timing {
  return timeInterleaved([batch], callsPerRound, rounds, warmupRounds)[0] as Timing;
}

/**
 * Times several batches of `callsPerRound` calls each, round-robin: round r
 * of every batch runs before round r + 1 of any, so a burst of load from
 * other processes hits them alike and their ratio stays fair.
 */
export function timeInterleaved(batches: readonly (() => void)[], callsPerRound: number, rounds: number, warmupRounds: number): Timing[] {
  for (let i = 0; i < warmupRounds; i++) for (const batch of batches) batch();
  const roundsMs = batches.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) {
    batches.forEach((batch, b) => {
      const t0 = performance.now();
      batch();
      (roundsMs[b] as number[]).push(performance.now() - t0);
    });
  }
  return roundsMs.map((times) => ({
    opsPerSecond: (callsPerRound / median(times)) * 1000,
    bestOpsPerSecond: (callsPerRound / Math.min(...times)) * 1000,
    callsPerRound,
    roundsMs: times,
  }));
}

/** Median of a non-empty list (upper median for even lengths). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
