/**
 * One Node process, measured from outside: wall time and peak resident set
 * size. With GNU time (`/usr/bin/time -v`) both come from it; without, the
 * wall clock is this process's and the peak RSS is reported by a script
 * preloaded into the measured process (sections/report-max-rss.cjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: every measured process runs there. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GNU_TIME = '/usr/bin/time';
const RSS_PRELOAD = fileURLToPath(new URL('./sections/report-max-rss.cjs', import.meta.url));

export interface ProcessMeasure {
  readonly exitCode: number | null;
  readonly wallSeconds: number;
  readonly peakRssMb: number;
  readonly stdoutBytes: number;
  /** The process's own stderr (the measuring tool's report removed), last 500 characters. */
  readonly stderrTail: string;
}

/** How {@link measureNode} measures on this machine, in words for the page. */
export function measureMethod(): string {
  return existsSync(GNU_TIME)
    ? '`/usr/bin/time -v` (wall clock, maximum resident set size)'
    : '/usr/bin/time not found: wall clock measured by the parent, peak RSS by `process.resourceUsage().maxRSS` preloaded into the measured process';
}

/** Runs `node <nodeArgs…>` in the repository root and measures it. */
export function measureNode(nodeArgs: readonly string[]): ProcessMeasure {
  return existsSync(GNU_TIME) ? withGnuTime(nodeArgs) : withPreload(nodeArgs);
}

function withGnuTime(nodeArgs: readonly string[]): ProcessMeasure {
  const child = spawnSync(GNU_TIME, ['-v', process.execPath, ...nodeArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const stderr = child.stderr ?? '';
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (!wall || !rss) throw new Error(`could not read /usr/bin/time -v output:\n${stderr.slice(-2000)}`);
  // GNU time appends its report (and "Command exited with non-zero status N") after the process's own stderr.
  const timeReport = stderr.search(/(?:Command exited with non-zero status \d+\n)?\tCommand being timed/);
  return {
    exitCode: child.status,
    wallSeconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]),
    peakRssMb: Number(rss[1]) / 1024,
    stdoutBytes: Buffer.byteLength(child.stdout ?? ''),
    stderrTail: (timeReport >= 0 ? stderr.slice(0, timeReport) : stderr).slice(-500),
  };
}

function withPreload(nodeArgs: readonly string[]): ProcessMeasure {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--require', RSS_PRELOAD, ...nodeArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallSeconds = (performance.now() - t0) / 1000;
  const stderr = child.stderr ?? '';
  const rss = /SLAKIT_BENCH_MAX_RSS_KB=(\d+)/.exec(stderr);
  return {
    exitCode: child.status,
    wallSeconds,
    peakRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
    stdoutBytes: Buffer.byteLength(child.stdout ?? ''),
    stderrTail: stderr.replace(/SLAKIT_BENCH_MAX_RSS_KB=\d+\n?/, '').slice(-500),
  };
}
