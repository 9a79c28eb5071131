/**
 * The performance targets of issue 7, checked against a run. Measured, not
 * asserted: a target the run misses is reported as not met.
 */
import { EDGE_CASES } from './edge-cases.js';
import type { PeerRun } from './peer-run.js';
import { count, ms, percent, rate, ratio } from './report/format.js';
import type { BenchResults } from './results.js';
import type { LibraryResult } from './sections/engine.js';

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** undefined: not measured in this run. */
  readonly met: boolean | undefined;
}

const MIN_CALLS_PER_SECOND = 2_000_000;
const MAX_BARE_FACTOR = 2.5;
const MIN_PEER_FACTOR = 300;
const MAX_YEAR_BUILD_MS = 5;
const MIN_PROBES_PER_SECOND = 10_000_000;
const MAX_CLI_SECONDS = 3;
const MAX_CLI_RSS_MB = 150;

/** Ids of the libraries that answer the workload by walking days (the "peers" of the ×300 target). */
const DAY_WALKERS = ['moment-business-time', 'dayjs-business-time', 'opening_hours', 'luxon-walk'];

function library(results: BenchResults, id: string): LibraryResult {
  const found = results.engine.libraries.find((l) => l.run.id === id);
  if (!found) throw new Error(`no run for ${id}`);
  return found;
}

/** A run's due speeds (median round) per target. */
function dueSpeeds(run: PeerRun): number[] {
  return run.due.map((d) => d.timing.opsPerSecond);
}

export function checkTargets(results: BenchResults): TargetCheck[] {
  const slakit = library(results, 'slakit').run;
  const bare = library(results, 'bare-index').run;
  const walkers = results.engine.libraries.filter((l) => DAY_WALKERS.includes(l.run.id));
  const checks: TargetCheck[] = [];

  const due = dueSpeeds(slakit);
  const slowestDue = Math.min(...due);
  const slowestBest = Math.min(...slakit.due.map((d) => d.timing.bestOpsPerSecond));
  checks.push({ target: '`due` ≥ 2,000,000 calls/s (every target)', measured: `slowest target: ${rate(slowestDue)} median round (${rate(slowestBest)} best round)`, met: slowestDue >= MIN_CALLS_PER_SECOND });
  const elapsed = slakit.elapsed?.timing.opsPerSecond ?? Number.NaN;
  const elapsedBest = slakit.elapsed?.timing.bestOpsPerSecond ?? Number.NaN;
  checks.push({ target: '`elapsed` ≥ 2,000,000 calls/s', measured: `${rate(elapsed)} median round (${rate(elapsedBest)} best round)`, met: elapsed >= MIN_CALLS_PER_SECOND });

  const bareDue = dueSpeeds(bare);
  const worstBareDue = Math.max(...bareDue.map((b, i) => b / (due[i] as number)));
  checks.push({ target: '`due` within 2.5× of the bare index', measured: `worst target: bare index ${ratio(worstBareDue)} faster`, met: worstBareDue <= MAX_BARE_FACTOR });
  const bareElapsed = (bare.elapsed?.timing.opsPerSecond ?? Number.NaN) / elapsed;
  checks.push({ target: '`elapsed` within 2.5× of the bare index', measured: `bare index ${ratio(bareElapsed)} faster`, met: bareElapsed <= MAX_BARE_FACTOR });

  const peerDue = due.map((speed, t) => speed / Math.max(...walkers.map((w) => w.run.due[t]?.timing.opsPerSecond ?? 0)));
  const worstPeerDue = Math.min(...peerDue);
  checks.push({ target: '`due` ≥ 300× the fastest peer (every target)', measured: `worst target: ${ratio(worstPeerDue)}`, met: worstPeerDue >= MIN_PEER_FACTOR });
  const fastestElapsedPeer = Math.max(...walkers.map((w) => w.run.elapsed?.timing.opsPerSecond ?? 0));
  const peerElapsed = elapsed / fastestElapsedPeer;
  checks.push({ target: '`elapsed` ≥ 300× the fastest peer', measured: ratio(peerElapsed), met: peerElapsed >= MIN_PEER_FACTOR });

  checks.push(exactness(results, slakit));

  const { newYear, coldProcess } = results.yearBuild;
  checks.push({ target: 'building a calendar year with holidays < 5 ms (running process)', measured: `${ms(newYear.total)} (date-holidays ${ms(newYear.holidays)} + slakit ${ms(newYear.own)})`, met: newYear.total < MAX_YEAR_BUILD_MS });
  checks.push({ target: '… first year in a new process (cold code)', measured: `${ms(coldProcess.total)} (date-holidays ${ms(coldProcess.holidays)} + slakit ${ms(coldProcess.own)})`, met: coldProcess.total < MAX_YEAR_BUILD_MS });

  const probes = results.probes;
  if (probes.status === 'measured') {
    const slowest = Math.min(...probes.steps.map((s) => s.timing.opsPerSecond));
    checks.push({ target: 'probes ≥ 10,000,000 samples/s in memory', measured: `slowest path: ${rate(slowest)}`, met: slowest >= MIN_PROBES_PER_SECOND });
  } else {
    checks.push({ target: 'probes ≥ 10,000,000 samples/s in memory', measured: probes.status === 'failed' ? `failed in ${probes.step}` : 'not available yet', met: undefined });
  }
  const cli = results.cli;
  if (cli.status === 'measured') {
    checks.push({ target: 'CLI: 1,000,000 probe rows in < 3 s', measured: `${cli.wallSeconds.toFixed(2)} s (exit ${cli.exitCode})`, met: cli.wallSeconds < MAX_CLI_SECONDS && (cli.exitCode === 0 || cli.exitCode === 1) });
    checks.push({ target: 'CLI: peak RSS < 150 MB', measured: `${cli.peakRssMb.toFixed(0)} MB`, met: cli.peakRssMb < MAX_CLI_RSS_MB });
  } else {
    checks.push({ target: 'CLI: 1,000,000 probe rows in < 3 s, peak RSS < 150 MB', measured: `not available yet (no ${cli.entry})`, met: undefined });
  }
  return checks;
}

/** Exact results: slakit equals two independent exact references everywhere, and the hand-worked edge cases. */
function exactness(results: BenchResults, slakit: PeerRun): TargetCheck {
  const references = ['bare-index', 'luxon-walk'].map((id) => library(results, id));
  let total = 0;
  let agreeing = 0;
  for (const reference of references) {
    for (const agreement of [...reference.due, reference.elapsed]) {
      if (!agreement) continue;
      total += agreement.samples;
      agreeing += agreement.exact;
    }
  }
  const edgesRight = EDGE_CASES.filter((edge, i) => slakit.edges[i] === Date.parse(edge.expected)).length;
  return {
    target: 'exact results',
    measured: `${percent(agreeing, total)} of ${count(total)} answers equal the bare index and the luxon walk (both built without slakit) to the ms; ${edgesRight}/${EDGE_CASES.length} hand-worked edge cases`,
    met: agreeing === total && edgesRight === EDGE_CASES.length,
  };
}
