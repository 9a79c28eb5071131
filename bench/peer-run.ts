/**
 * Running one library over the workload: for each target its due results
 * and speed, then its elapsed results and speed. Used in this process for
 * zone-aware libraries and in the TZ=Europe/Berlin child for zone-blind ones.
 */
import { type Timing, timeInterleaved } from './measure.js';
import { EDGE_CASES } from './edge-cases.js';
import type { Peer } from './peers/peer.js';
import { MS_PER_HOUR, TARGET_HOURS } from './workload.js';

/** Inputs shared by every library (prefixes of the same seeded sequences). */
export interface Inputs {
  readonly starts: Float64Array;
  readonly from: Float64Array;
  readonly to: Float64Array;
}

/** How hard to run one library. */
export interface RunPlan {
  /** Starts used per target. */
  readonly starts: number;
  /** Pairs used for elapsed. */
  readonly pairs: number;
  /** Timed rounds (median reported). */
  readonly rounds: number;
  /** Untimed full rounds before timing. */
  readonly warmupRounds: number;
  /** Untimed calls on a prefix of the inputs before timing (for slow libraries). */
  readonly warmupCalls: number;
}

export interface DueRun {
  readonly targetHours: number;
  readonly timing: Timing;
  readonly results: Float64Array;
}

export interface ElapsedRun {
  readonly timing: Timing;
  readonly results: Float64Array;
}

export interface PeerRun {
  readonly id: string;
  readonly label: string;
  readonly note: string;
  readonly zoneBlind: boolean;
  readonly plan: RunPlan;
  readonly due: readonly DueRun[];
  readonly elapsed: ElapsedRun | undefined;
  /** Due answers to {@link EDGE_CASES}, in order (empty when the library has no due). */
  readonly edges: Float64Array;
}

/** Runs one library over the workload. */
export function runPeer(peer: Peer, inputs: Inputs, plan: RunPlan): PeerRun {
  return runPeers([peer], inputs, plan)[0] as PeerRun;
}

/**
 * Runs several libraries over the workload with interleaved timing rounds
 * (see {@link timeInterleaved}): used for slakit and the bare index, whose
 * ratio is a target.
 */
export function runPeers(peers: readonly Peer[], inputs: Inputs, plan: RunPlan): PeerRun[] {
  const due: DueRun[][] = peers.map(() => []);
  const withDue = peers.filter((p) => p.dueAll);
  for (const targetHours of TARGET_HOURS) {
    const target = targetHours * MS_PER_HOUR;
    const results = withDue.map(() => new Float64Array(plan.starts));
    const batches = withDue.map((peer, i) => {
      const dueAll = peer.dueAll as NonNullable<Peer['dueAll']>;
      const out = results[i] as Float64Array;
      dueAll(inputs.starts, Math.min(plan.warmupCalls, plan.starts), target, out);
      return () => dueAll(inputs.starts, plan.starts, target, out);
    });
    const timings = timeInterleaved(batches, plan.starts, plan.rounds, plan.warmupRounds);
    withDue.forEach((peer, i) => due[peers.indexOf(peer)]?.push({ targetHours, timing: timings[i] as Timing, results: results[i] as Float64Array }));
  }
  const elapsed: (ElapsedRun | undefined)[] = peers.map(() => undefined);
  const withElapsed = plan.pairs > 0 ? peers.filter((p) => p.elapsedAll) : [];
  const elapsedResults = withElapsed.map(() => new Float64Array(plan.pairs));
  const elapsedBatches = withElapsed.map((peer, i) => {
    const elapsedAll = peer.elapsedAll as NonNullable<Peer['elapsedAll']>;
    const out = elapsedResults[i] as Float64Array;
    elapsedAll(inputs.from, inputs.to, Math.min(plan.warmupCalls, plan.pairs), out);
    return () => elapsedAll(inputs.from, inputs.to, plan.pairs, out);
  });
  const elapsedTimings = timeInterleaved(elapsedBatches, plan.pairs, plan.rounds, plan.warmupRounds);
  withElapsed.forEach((peer, i) => {
    elapsed[peers.indexOf(peer)] = { timing: elapsedTimings[i] as Timing, results: elapsedResults[i] as Float64Array };
  });
  return peers.map((peer, p) => ({
    id: peer.id,
    label: peer.label,
    note: peer.note,
    zoneBlind: peer.zoneBlind,
    plan,
    due: due[p] as DueRun[],
    elapsed: elapsed[p],
    edges: edgeAnswers(peer),
  }));
}

/** A library's due answers to {@link EDGE_CASES} (empty when it has no due). */
function edgeAnswers(peer: Peer): Float64Array {
  const dueAll = peer.dueAll;
  if (!dueAll) return new Float64Array(0);
  return Float64Array.from(EDGE_CASES, (edge) => {
    const answer = new Float64Array(1);
    dueAll(Float64Array.of(Date.parse(edge.start)), 1, edge.targetHours * MS_PER_HOUR, answer);
    return answer[0] as number;
  });
}

/** A run as JSON can carry it: typed arrays as arrays, NaN as null. */
type Numbers = (number | null)[];
interface PeerRunJson extends Omit<PeerRun, 'due' | 'elapsed' | 'edges'> {
  readonly due: (Omit<DueRun, 'results'> & { results: Numbers })[];
  readonly elapsed: (Omit<ElapsedRun, 'results'> & { results: Numbers }) | undefined;
  readonly edges: Numbers;
}

/** JSON form of a run, for the zone-blind child to send back. */
export function runToJson(run: PeerRun): PeerRunJson {
  const list = (values: Float64Array): Numbers => Array.from(values, (v) => (Number.isNaN(v) ? null : v));
  return {
    ...run,
    due: run.due.map((d) => ({ ...d, results: list(d.results) })),
    elapsed: run.elapsed && { ...run.elapsed, results: list(run.elapsed.results) },
    edges: list(run.edges),
  };
}

/** Inverse of {@link runToJson}. */
export function runFromJson(json: PeerRunJson): PeerRun {
  const numbers = (values: Numbers) => Float64Array.from(values, (v) => (v === null ? Number.NaN : v));
  return {
    ...json,
    due: json.due.map((d) => ({ ...d, results: numbers(d.results) })),
    elapsed: json.elapsed && { ...json.elapsed, results: numbers(json.elapsed.results) },
    edges: numbers(json.edges),
  };
}
