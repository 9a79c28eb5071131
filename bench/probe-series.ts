/**
 * A seeded, realistic probe series for one monitor: 1-minute HTTPS probes,
 * mostly up (latency 80–400 ms), an outage of 3–40 minutes about twice a
 * week (some below Letsignit's 5-minute recording threshold), and rare slow
 * answers above the 30 s timeout. Same rows on every machine.
 */
import { seededRandom } from './workload.js';

export interface ProbeSample {
  readonly at: number;
  readonly ok: boolean;
  readonly latencyMs: number;
}

export const PROBE_INTERVAL_MS = 60_000;
const PROBE_SEED = 20_270_601;

/** `count` probes, one per minute from `start`. */
export function* probeSeries(start: number, count: number, stepMs = PROBE_INTERVAL_MS): Generator<ProbeSample> {
  const random = seededRandom(PROBE_SEED);
  let downLeft = 0;
  for (let i = 0; i < count; i++) {
    if (downLeft === 0 && random() < 1 / 5000) downLeft = 3 + Math.floor(random() * 38);
    const down = downLeft > 0;
    if (down) downLeft--;
    const slow = !down && random() < 1 / 20_000;
    yield { at: start + Math.floor((i * stepMs)), ok: !down, latencyMs: slow ? 31_000 : 80 + Math.floor(random() * 320) };
  }
}
