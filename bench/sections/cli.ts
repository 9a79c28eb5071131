/**
 * CLI end to end (issue 7): `slakit availability` on a generated
 * 1,000,000-row probe CSV, wall time and peak RSS. Skipped with a clear line
 * while the built CLI does not exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_PROBE_ROWS, generateProbeCsv, temporaryProbePath } from '../generate-probes.js';

/** The built CLI, relative to the repository root. Change here if the build moves it. */
export const CLI_ENTRY = 'dist/cli.js';
/** Arguments after `node <CLI_ENTRY>`; `{probes}` is replaced by the CSV path. */
export const CLI_ARGS = ['availability', '--contract', 'letsignit', '--period', '2027-03', '--probes', '{probes}', '--format', 'json'] as const;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GNU_TIME = '/usr/bin/time';
const RSS_PRELOAD = fileURLToPath(new URL('./report-max-rss.cjs', import.meta.url));

export type CliResult =
  | { readonly status: 'not-available'; readonly entry: string }
  | {
      readonly status: 'measured';
      readonly command: string;
      readonly rows: number;
      readonly csvBytes: number;
      readonly generateMs: number;
      readonly exitCode: number | null;
      readonly wallSeconds: number;
      readonly peakRssMb: number;
      readonly method: string;
      readonly stdoutBytes: number;
      readonly stderrTail: string;
    };

/** Runs the CLI benchmark; `cliEntry` (relative to the repository root) defaults to {@link CLI_ENTRY}. */
export function runCli(rows = CLI_PROBE_ROWS, cliEntry = CLI_ENTRY): CliResult {
  const entry = resolve(ROOT, cliEntry);
  if (!existsSync(entry)) return { status: 'not-available', entry: cliEntry };
  const t0 = performance.now();
  const csv = generateProbeCsv(temporaryProbePath(), rows);
  const generateMs = performance.now() - t0;
  try {
    const args = CLI_ARGS.map((arg) => (arg === '{probes}' ? csv : arg));
    const command = `node ${cliEntry} ${CLI_ARGS.join(' ').replace('{probes}', '<probes.csv>')}`;
    const measured = existsSync(GNU_TIME) ? withGnuTime(entry, args) : withPreload(entry, args);
    return { status: 'measured', command, rows, csvBytes: statSync(csv).size, generateMs, ...measured };
  } finally {
    rmSync(dirname(csv), { recursive: true, force: true });
  }
}

interface Measured {
  readonly exitCode: number | null;
  readonly wallSeconds: number;
  readonly peakRssMb: number;
  readonly method: string;
  readonly stdoutBytes: number;
  readonly stderrTail: string;
}

/** `/usr/bin/time -v node <cli> …`: wall clock and maximum resident set size from GNU time. */
function withGnuTime(entry: string, args: readonly string[]): Measured {
  const child = spawnSync(GNU_TIME, ['-v', process.execPath, entry, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const stderr = child.stderr ?? '';
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (!wall || !rss) throw new Error(`could not read /usr/bin/time -v output:\n${stderr.slice(-2000)}`);
  const wallSeconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  // GNU time appends its report (and "Command exited with non-zero status N") after the CLI's own stderr.
  const timeReport = stderr.search(/(?:Command exited with non-zero status \d+\n)?\tCommand being timed/);
  return {
    exitCode: child.status,
    wallSeconds,
    peakRssMb: Number(rss[1]) / 1024,
    method: '`/usr/bin/time -v` (wall clock, maximum resident set size)',
    stdoutBytes: Buffer.byteLength(child.stdout ?? ''),
    stderrTail: (timeReport >= 0 ? stderr.slice(0, timeReport) : stderr).slice(-500),
  };
}

/** Fallback without GNU time: wall clock from this process, peak RSS from `process.resourceUsage()` inside the CLI process (preloaded). */
function withPreload(entry: string, args: readonly string[]): Measured {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--require', RSS_PRELOAD, entry, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallSeconds = (performance.now() - t0) / 1000;
  const stderr = child.stderr ?? '';
  const rss = /SLAKIT_BENCH_MAX_RSS_KB=(\d+)/.exec(stderr);
  return {
    exitCode: child.status,
    wallSeconds,
    peakRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
    method: '/usr/bin/time not found: wall clock measured by the parent, peak RSS by `process.resourceUsage().maxRSS` preloaded into the CLI process',
    stdoutBytes: Buffer.byteLength(child.stdout ?? ''),
    stderrTail: stderr.replace(/SLAKIT_BENCH_MAX_RSS_KB=\d+\n?/, '').slice(-500),
  };
}
