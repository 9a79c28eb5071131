/**
 * The due and elapsed workload (issue 7) across every library: speed,
 * slakit ÷ peer ratios, agreement with slakit and disagreement classes,
 * and the hand-worked edge cases.
 */
import { type Agreement, compareDue, compareElapsed } from '../agreement.js';
import { type Inputs, type PeerRun, type RunPlan, runPeer, runPeers } from '../peer-run.js';
import { createPeer, FAST_PEERS, SLOW_PEERS, ZONE_BLIND_IDS } from '../peers/registry.js';
import { MS_PER_HOUR, type Sizes, seededPairs, seededStarts, workloadCalendar, ZONE } from '../workload.js';
import { runZoneBlind } from '../zone-blind.js';

export interface LibraryResult {
  readonly run: PeerRun;
  /** Per target, agreement with slakit (undefined for slakit itself). */
  readonly due: readonly (Agreement | undefined)[];
  readonly elapsed: Agreement | undefined;
}

export interface EngineResult {
  readonly libraries: readonly LibraryResult[];
  /** Zone-blind peers run under TZ=UTC instead of Europe/Berlin: agreement per target. */
  readonly wrongZone: readonly LibraryResult[];
  readonly wrongZoneTz: string;
  /** Per target: how many of the first `peerStarts` due instants are exactly a closing (18:00): the boundary every peer was tested on. */
  readonly closingDue: readonly number[];
}

/** Process TZ used to show what happens when a zone-blind library runs on a UTC server. */
const WRONG_ZONE = 'UTC';

export function runEngine(sizes: Sizes, holidays: readonly string[], log: (line: string) => void): EngineResult {
  const { from, to } = seededPairs(sizes.pairs);
  const inputs: Inputs = { starts: seededStarts(sizes.starts), from, to };
  const fastPlan: RunPlan = { starts: sizes.starts, pairs: sizes.pairs, rounds: sizes.rounds, warmupRounds: 2, warmupCalls: 0 };
  const slowPlan: RunPlan = { starts: sizes.peerStarts, pairs: sizes.peerPairs, rounds: 1, warmupRounds: 0, warmupCalls: 50 };

  const fastIds = Object.keys(FAST_PEERS);
  log(`  ${fastIds.join(' and ')} (interleaved rounds): ${sizes.starts.toLocaleString('en')} starts × 4 targets, ${sizes.pairs.toLocaleString('en')} pairs, ${sizes.rounds} rounds`);
  const runs: PeerRun[] = runPeers(fastIds.map((id) => createPeer(id, holidays)), inputs, fastPlan);
  for (const id of Object.keys(SLOW_PEERS)) {
    log(`  ${id}: ${sizes.peerStarts.toLocaleString('en')} starts × 4 targets, ${sizes.peerPairs} pairs${isZoneBlind(id) ? ` (child process, TZ=${ZONE})` : ''}`);
    runs.push(isZoneBlind(id) ? only(runZoneBlind({ ids: [id], plan: slowPlan, tz: ZONE })) : runPeer(createPeer(id, holidays), inputs, slowPlan));
  }
  const wrongPlan: RunPlan = { ...slowPlan, starts: Math.max(50, Math.floor(sizes.peerStarts / 10)), pairs: 0 };
  log(`  zone-blind peers under TZ=${WRONG_ZONE}: ${wrongPlan.starts} starts × 4 targets`);
  const wrongRuns = runZoneBlind({ ids: ZONE_BLIND_IDS, plan: wrongPlan, tz: WRONG_ZONE });

  const calendar = workloadCalendar();
  const slakit = runs[0] as PeerRun;
  const judge = (run: PeerRun): LibraryResult => ({
    run,
    due: run.due.map((d, t) =>
      run === slakit ? undefined : compareDue(calendar, inputs.starts, d.targetHours * MS_PER_HOUR, (slakit.due[t] as PeerRun['due'][number]).results, d.results, run.plan.starts),
    ),
    elapsed:
      run === slakit || !run.elapsed || !slakit.elapsed ? undefined : compareElapsed(inputs.from, inputs.to, slakit.elapsed.results, run.elapsed.results, run.plan.pairs),
  });
  const closingDue = slakit.due.map((d) => {
    let closings = 0;
    for (let i = 0; i < sizes.peerStarts; i++) {
      const at = d.results[i] as number;
      if (calendar.isOpen(at - 1) && !calendar.isOpen(at)) closings++;
    }
    return closings;
  });
  return { libraries: runs.map(judge), wrongZone: wrongRuns.map(judge), wrongZoneTz: WRONG_ZONE, closingDue };
}

function isZoneBlind(id: string): boolean {
  return (ZONE_BLIND_IDS as readonly string[]).includes(id);
}

function only(runs: PeerRun[]): PeerRun {
  if (runs.length !== 1) throw new Error(`expected one run, got ${runs.length}`);
  return runs[0] as PeerRun;
}
