/**
 * The CLI end to end (issues 7 and 13): the built `slakit` command on a
 * generated CSV against its floor — a readline + split pass over the same
 * file (readline-floor.mjs) — each in a fresh Node process, rounds
 * interleaved (command, floor, command, floor…): wall time and peak RSS;
 * then where the command's time goes (cli-phases.ts). This file: the shared
 * machinery and `slakit availability` on 1,000,000 probe rows. Skipped with
 * a clear line while the built CLI does not exist.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CLI_PROBE_ROWS, generateProbeCsv, temporaryProbePath } from '../generate-probes.js';
import { median } from '../measure.js';
import { measureMethod, measureNode, ROOT } from '../process-measure.js';
import { type PhaseShares, profilePhases } from './cli-phases.js';

/** The built CLI, relative to the repository root. Change here if the build moves it. */
export const CLI_ENTRY = 'dist/cli.js';
/** The floor: readline + `split(',')` over the same file. */
export const FLOOR_SCRIPT = 'bench/sections/readline-floor.mjs';
/** Arguments after `node <CLI_ENTRY>`; `{input}` is replaced by the CSV path, `{out}` by a report file next to it. */
export const CLI_ARGS = ['availability', '--contract', 'letsignit', '--period', '2027-03', '--probes', '{input}', '--format', 'json'] as const;

/** One process measured over rounds. */
export interface Rounds {
  /** Median wall time. */
  readonly wallSeconds: number;
  readonly roundsSeconds: readonly number[];
  /** The highest peak RSS of the rounds. */
  readonly peakRssMb: number;
  readonly exitCodes: readonly (number | null)[];
  /** Bytes of the report (stdout, or the `--out` file). */
  readonly outputBytes: number;
  readonly stderrTail: string;
}

/** A command and its floor on the same generated file. */
export interface AgainstFloor {
  /** The command as shown on the page (`<probes.csv>` for the file). */
  readonly command: string;
  readonly rows: number;
  readonly csvBytes: number;
  readonly generateMs: number;
  readonly method: string;
  readonly cli: Rounds;
  readonly floor: Rounds;
  /** Where the command's time goes, from a CPU profile of one more run. */
  readonly phases: PhaseShares;
}

export type CliResult = { readonly status: 'not-available'; readonly entry: string } | ({ readonly status: 'measured' } & AgainstFloor);

/** Whether a command ran to its end: exit 0 (all rows used) or 1 (some rows rejected, report written). */
export function completed(rounds: Rounds): boolean {
  return rounds.exitCodes.every((code) => code === 0 || code === 1);
}

/** The built CLI's absolute path, or undefined while it is not built. */
export function builtCli(cliEntry = CLI_ENTRY): string | undefined {
  const entry = resolve(ROOT, cliEntry);
  return existsSync(entry) ? entry : undefined;
}

/** `args` with `{input}` and `{out}` filled in (`{out}`: `report.json` next to the input). */
export function commandArgs(args: readonly string[], input: string): string[] {
  return args.map((arg) => (arg === '{input}' ? input : arg === '{out}' ? join(dirname(input), 'report.json') : arg));
}

/** How the page shows `args`: `node dist/cli.js … <name> … --out <report.json>`. */
export function commandText(args: readonly string[], name: string): string {
  return `node ${CLI_ENTRY} ${args.join(' ').replace('{input}', name).replace('{out}', '<report.json>')}`;
}

/** Runs `node <nodeArgs>` (the CLI or any script) `rounds` times, interleaved with the floor over `input`. */
export function againstFloor(nodeArgs: readonly string[], input: string, rounds: number): { cli: Rounds; floor: Rounds } {
  const out = join(dirname(input), 'report.json');
  const cli: ReturnType<typeof measureNode>[] = [];
  const floor: ReturnType<typeof measureNode>[] = [];
  const outputs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    cli.push(measureNode(nodeArgs));
    outputs.push(existsSync(out) ? statSync(out).size : (cli[i]?.stdoutBytes ?? 0));
    rmSync(out, { force: true });
    floor.push(measureNode([resolve(ROOT, FLOOR_SCRIPT), input]));
  }
  const summary = (runs: ReturnType<typeof measureNode>[], outputBytes: number): Rounds => ({
    wallSeconds: median(runs.map((r) => r.wallSeconds)),
    roundsSeconds: runs.map((r) => r.wallSeconds),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    exitCodes: runs.map((r) => r.exitCode),
    outputBytes,
    stderrTail: runs[runs.length - 1]?.stderrTail ?? '',
  });
  return { cli: summary(cli, outputs[outputs.length - 1] ?? 0), floor: summary(floor, floor[floor.length - 1]?.stdoutBytes ?? 0) };
}

/** Generates a CSV with `generate`, hands it to `use` (with the generation time), then removes it and its directory. */
export function withGeneratedCsv<T>(generate: () => string, use: (csv: string, generateMs: number) => T): T {
  const t0 = performance.now();
  const csv = generate();
  try {
    return use(csv, performance.now() - t0);
  } finally {
    rmSync(dirname(csv), { recursive: true, force: true });
  }
}

/** Measures `args` (`{input}` the CSV) against the floor on `csv`, then profiles one more run. */
export function measureCommand(entry: string, args: readonly string[], csv: string, generateMs: number, rows: number, rounds: number, name: string): AgainstFloor {
  const filled = commandArgs(args, csv);
  const measured = againstFloor([entry, ...filled], csv, rounds);
  const phases = profilePhases(entry, filled);
  rmSync(join(dirname(csv), 'report.json'), { force: true });
  return { command: commandText(args, name), rows, csvBytes: statSync(csv).size, generateMs, method: measureMethod(), ...measured, phases };
}

/** `slakit availability` on `rows` generated probe rows against the floor. */
export function runCli(rows = CLI_PROBE_ROWS, rounds = 3, cliEntry = CLI_ENTRY): CliResult {
  const entry = builtCli(cliEntry);
  if (entry === undefined) return { status: 'not-available', entry: cliEntry };
  return withGeneratedCsv(
    () => generateProbeCsv(temporaryProbePath(), rows),
    (csv, generateMs) => ({ status: 'measured', ...measureCommand(entry, CLI_ARGS, csv, generateMs, rows, rounds, '<probes.csv>') }),
  );
}
