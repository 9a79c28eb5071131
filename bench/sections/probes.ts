/**
 * Probe throughput (issue 7): one year of 1-minute probes for one monitor
 * (525,600 samples) through incidents → availability, in memory, with
 * Letsignit §5's rules (5-minute hold, 30 s timeout, 5-minute recording
 * threshold). Both input forms are measured: `Probe` objects with numeric
 * `at`, and the column form `ProbeSeries` (typed arrays).
 *
 * The availability API was written alongside this benchmark: the section
 * looks it up at run time and says "not available yet" when
 * `src/index.ts` does not export it.
 */
import * as slakit from '../../src/index.js';
import type { Probe, ProbeSeries } from '../../src/index.js';
import { timeBatch, type Timing } from '../measure.js';
import { probeSeries } from '../probe-series.js';

/** Letsignit §5 (seed 000_b3c9307fe0ff903c.txt): probe every 5 min, 30 s timeout, downtimes < 5 min not recorded. */
const LETSIGNIT_PROBES = { intervalMs: 300_000, latencyThresholdMs: 30_000 } as const;
const RECORDING_THRESHOLD_MS = 300_000;
const ZONE = 'Europe/Paris';
const YEAR = 2027;
/** One year of 1-minute probes. */
export const PROBES_PER_YEAR = 525_600;

export interface ProbeStep {
  readonly name: string;
  readonly timing: Timing;
}

export type ProbesResult =
  | { readonly status: 'not-available'; readonly missing: readonly string[] }
  | { readonly status: 'failed'; readonly step: string; readonly message: string }
  | {
      readonly status: 'measured';
      readonly samples: number;
      readonly steps: readonly ProbeStep[];
      readonly incidents: number;
      readonly availability: { readonly percent: number; readonly countedDowntimeMs: number; readonly measuredMs: number };
    };

export function runProbes(rounds: number): ProbesResult {
  const api = slakit as Partial<typeof slakit>;
  const { probesToIncidents, computeAvailability, AvailabilityPeriod } = api;
  if (!probesToIncidents || !computeAvailability || !AvailabilityPeriod) {
    const missing = Object.entries({ probesToIncidents, computeAvailability, AvailabilityPeriod }).filter(([, f]) => !f).map(([name]) => name);
    return { status: 'not-available', missing };
  }
  const period = AvailabilityPeriod.year(YEAR, ZONE);
  const objects: Probe[] = [...probeSeries(period.start, PROBES_PER_YEAR)];
  const series: ProbeSeries = {
    at: Float64Array.from(objects, (p) => p.at as number),
    ok: Uint8Array.from(objects, (p) => (p.ok ? 1 : 0)),
    latencyMs: Float64Array.from(objects, (p) => p.latencyMs ?? 0),
  };
  const steps: ProbeStep[] = [];
  let step = '';
  try {
    let incidents = 0;
    step = 'probesToIncidents(Probe[])';
    steps.push({ name: step, timing: timeBatch(() => void probesToIncidents(objects, LETSIGNIT_PROBES), PROBES_PER_YEAR, rounds, 1) });
    step = 'probesToIncidents(ProbeSeries)';
    steps.push({ name: step, timing: timeBatch(() => void (incidents = probesToIncidents(series, LETSIGNIT_PROBES).incidents.length), PROBES_PER_YEAR, rounds, 1) });
    step = 'computeAvailability(ProbeSeries, year 2027)';
    let result: ReturnType<typeof computeAvailability> | undefined;
    const options = { period, probes: series, probeOptions: LETSIGNIT_PROBES, recordingThresholdMs: RECORDING_THRESHOLD_MS };
    steps.push({ name: step, timing: timeBatch(() => void (result = computeAvailability(options)), PROBES_PER_YEAR, rounds, 1) });
    if (!result) throw new Error('no result');
    return {
      status: 'measured',
      samples: PROBES_PER_YEAR,
      steps,
      incidents,
      availability: { percent: result.availability * 100, countedDowntimeMs: result.countedDowntimeMs, measuredMs: result.measuredMs },
    };
  } catch (error) {
    return { status: 'failed', step, message: error instanceof Error ? error.message : String(error) };
  }
}
