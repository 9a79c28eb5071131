/**
 * Where a CLI command's time goes (issue 13), for a target the page must
 * explain: one more run of the built command under `node --cpu-prof`, each
 * function traced back to its source file through the build's source map
 * (dist/cli.js.map and its chunks' maps), and each sample given to the phase of the CLI code it
 * runs under — reading and validating the CSV, evaluating, writing the
 * report — whatever library function is on top. Shares of the samples, not
 * times: the profiler slows everything down alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT } from '../process-measure.js';

/** The phases, in the order the page lists them. */
export const PHASES = ['parse (read and validate the CSV)', 'evaluate (contract, calendars, clocks)', 'output (build and write the report)', 'contract setup', 'garbage collector', 'idle (waiting for I/O)', 'start-up, module loading, Node internals'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseShares {
  /** Share of the profile's samples per phase (0–1). */
  readonly shares: Readonly<Record<Phase, number>>;
  /** The heaviest functions by self time (the garbage collector and idle time left out): `name (file)` and share. */
  readonly top: readonly { readonly name: string; readonly share: number }[];
  /** Wall time of the profiled run (slowed by the profiler). */
  readonly profiledSeconds: number;
}

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  /** 0-based, in the file at `url`. */
  readonly lineNumber: number;
  readonly columnNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Phase rules, highest priority first: a sample belongs to the first phase any frame of its stack matches. */
const RULES: readonly [Phase, (frame: CallFrame) => boolean][] = [
  ['output (build and write the report)', (f) => /\/src\/cli\/(render|html)\/|\/src\/cli\/out-file\.ts/.test(f.url) || (/\/src\/cli\//.test(f.url) && /^write[A-Z]/.test(f.functionName))],
  ['parse (read and validate the CSV)', (f) => /\/src\/cli\/(csv|inputs)\/|\/node_modules\/csv-parse\//.test(f.url)],
  ['contract setup', (f) => /\/src\/cli\/contract-source\.ts/.test(f.url)],
  ['evaluate (contract, calendars, clocks)', (f) => /\/src\/(?!cli\/(run-cli|main|command)\.ts)/.test(f.url) || /\/node_modules\/(luxon|date-holidays[^/]*|zod)\//.test(f.url)],
];

/** The phase of one sample, from its stack (leaf first). */
export function phaseOf(stack: readonly CallFrame[]): Phase {
  const leaf = stack[0]?.functionName;
  if (leaf === '(garbage collector)') return 'garbage collector';
  if (leaf === '(idle)') return 'idle (waiting for I/O)';
  for (const [phase, matches] of RULES) if (stack.some(matches)) return phase;
  return 'start-up, module loading, Node internals';
}

/** Runs `node --cpu-prof <entry> <args>` (the built CLI) and splits its samples by phase. */
export function profilePhases(entry: string, args: readonly string[]): PhaseShares {
  const dir = mkdtempSync(join(tmpdir(), 'slakit-cli-profile-'));
  try {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, entry, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
    const profiledSeconds = (performance.now() - t0) / 1000;
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (file === undefined) throw new Error(`no CPU profile written (exit ${run.status}):\n${run.stderr}`);
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
    return { profiledSeconds, ...splitProfile(profile, sourceFrames(entry)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Maps a frame of the built CLI — `entry` or any chunk beside it (the CLI's
 * code is mostly in chunks its entries share) — to its source file through
 * that file's `.map`; other frames stay.
 */
function sourceFrames(entry: string): (frame: CallFrame) => CallFrame {
  const dir = pathToFileURL(dirname(entry)).href;
  const maps = new Map<string, SourceMap | null>();
  const mapped = new Map<string, CallFrame>();
  const mapOf = (url: string): SourceMap | null => {
    let map = maps.get(url);
    if (map === undefined) {
      const file = `${fileURLToPath(url)}.map`;
      map = existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8')) as SourceMapPayload) : null;
      maps.set(url, map);
    }
    return map;
  };
  return (frame) => {
    if (!frame.url.startsWith(`${dir}/`) || !frame.url.endsWith('.js')) return frame;
    const map = mapOf(frame.url);
    if (map === null) return frame;
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    let source = mapped.get(key);
    if (source === undefined) {
      const found = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
      source = { ...frame, url: found.originalSource === undefined ? frame.url : new URL(found.originalSource, frame.url).href };
      mapped.set(key, source);
    }
    return source;
  };
}

function splitProfile(profile: Profile, toSource: (frame: CallFrame) => CallFrame): Pick<PhaseShares, 'shares' | 'top'> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phaseOfNode = new Map<number, Phase>();
  const phaseTime = new Map<Phase, number>(PHASES.map((phase) => [phase, 0]));
  const selfTime = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    let phase = phaseOfNode.get(id);
    if (phase === undefined) {
      const stack: CallFrame[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(toSource((byId.get(at) as ProfileNode).callFrame));
      phase = phaseOf(stack);
      phaseOfNode.set(id, phase);
    }
    phaseTime.set(phase, (phaseTime.get(phase) ?? 0) + delta);
    const frame = toSource((byId.get(id) as ProfileNode).callFrame);
    const name = `${frame.functionName || '(anonymous)'} (${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/src\//, 'src/') || 'native'})`;
    selfTime.set(name, (selfTime.get(name) ?? 0) + delta);
    total += delta;
  });
  const shares = Object.fromEntries(PHASES.map((phase) => [phase, (phaseTime.get(phase) ?? 0) / total])) as Record<Phase, number>;
  // The garbage collector and idle time are phases of their own.
  const top = [...selfTime].filter(([name]) => !name.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, time]) => ({ name, share: time / total }));
  return { shares, top };
}
