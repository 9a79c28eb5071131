/**
 * Zone-blind libraries (moment-business-time, dayjs-business-time,
 * opening_hours) read local time from the process: they cannot be told
 * "Europe/Berlin". They run in a child process started with
 * TZ=Europe/Berlin, on the same seeded inputs, and send their results back
 * as JSON. slakit itself never depends on TZ; the parent keeps its own.
 */
import { runChild } from './child.js';
import { type PeerRun, type RunPlan, runFromJson } from './peer-run.js';

/** What the child is asked to do. */
export interface ZoneBlindRequest {
  readonly ids: readonly string[];
  readonly plan: RunPlan;
  /** Process TZ of the child: the workload zone, or another one to show what zone-blindness costs. */
  readonly tz: string;
}

/** Runs the given zone-blind peers in a child with TZ=request.tz (normally Europe/Berlin); returns their runs. */
export function runZoneBlind(request: ZoneBlindRequest): PeerRun[] {
  const runs = runChild<Parameters<typeof runFromJson>[0][]>(new URL('./zone-blind-worker.ts', import.meta.url), {
    args: [JSON.stringify(request)],
    env: { ...process.env, TZ: request.tz },
  });
  return runs.map(runFromJson);
}
