/**
 * Cold start (issue 13): fresh Node processes, timed from spawn to exit by
 * this process, rounds interleaved (each process once per round, median of
 * the rounds): Node alone; importing luxon alone (the target's floor);
 * importing slakit's built entry and answering one `due` on a calendar
 * whose holidays are a plain list (cold-start-due.mjs); and, to see what
 * the heavy dependencies cost, importing date-holidays alone and zod alone
 * (cold-import.mjs). One more slakit run with a module-resolution hook
 * (module-graph-*.mjs) lists the packages slakit's entry loads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from '../measure.js';
import { ROOT } from '../process-measure.js';

/** The built entry a Node process imports for `slakit` (the package's `node` export condition), relative to the repository root. */
export const LIBRARY_ENTRY = 'dist/node/index.js';
/** The due the slakit process answers, worked by hand (see cold-start-due.mjs). */
export const COLD_DUE_EXPECTED = '2027-03-30T07:00:00.000Z';

/** The label of the process that imports slakit and calls nothing. */
export const IMPORT_ALONE_LABEL = '`import slakit` alone (no call)';

export interface ColdProcess {
  readonly label: string;
  /** Median wall time of the process, spawn to exit. */
  readonly wallMs: number;
  /** Median time from the process's start to "done" as the process saw it (`performance.now()`). */
  readonly readyMs: number;
}

export type ColdStartResult =
  | { readonly status: 'not-available'; readonly entry: string }
  | {
      readonly status: 'measured';
      readonly runs: number;
      readonly node: ColdProcess;
      readonly luxon: ColdProcess;
      readonly slakit: ColdProcess;
      /** Importing each heavy dependency alone. */
      readonly dependencies: readonly ColdProcess[];
      /** The slakit process's answer (ISO UTC), to compare with {@link COLD_DUE_EXPECTED}. */
      readonly due: string;
      /** Packages (under node_modules) slakit's entry loads, with how many of their files. */
      readonly packages: readonly { readonly name: string; readonly files: number }[];
    };

interface Script {
  readonly label: string;
  readonly args: readonly string[];
}

/** Runs every script `runs` times, interleaved. `holidays`: the calendar's holiday dates. */
export function runColdStart(runs: number, holidays: readonly string[]): ColdStartResult {
  const entry = resolve(ROOT, LIBRARY_ENTRY);
  if (!existsSync(entry)) return { status: 'not-available', entry: LIBRARY_ENTRY };
  const importing = (label: string, ...specifiers: string[]): Script => ({ label, args: ['bench/sections/cold-import.mjs', ...specifiers] });
  const scripts: Script[] = [
    importing('Node alone (empty script)'),
    importing('`import luxon`'),
    // By name, as a user imports it: the package's exports choose the entry (LIBRARY_ENTRY).
    { label: "`import slakit` + one `due` on a `holidayList` calendar", args: ['bench/sections/cold-start-due.mjs', 'slakit', JSON.stringify(holidays)] },
    importing('`import date-holidays`', 'date-holidays'),
    importing('`import zod`', 'zod'),
    // The slakit process less its `due`: what the first answer itself costs (the zone's rules, the year's index).
    importing(IMPORT_ALONE_LABEL, 'slakit'),
  ];
  const walls = scripts.map(() => [] as number[]);
  const readies = scripts.map(() => [] as number[]);
  let due = '';
  for (let round = 0; round < runs; round++) {
    scripts.forEach((script, i) => {
      const t0 = performance.now();
      const out = runNode(script.args);
      (walls[i] as number[]).push(performance.now() - t0);
      const printed = JSON.parse(out) as { readyMs: number; due?: string };
      (readies[i] as number[]).push(printed.readyMs);
      if (printed.due !== undefined) due = printed.due;
    });
  }
  const [node, luxon, slakit, ...dependencies] = scripts.map((script, i) => ({ label: script.label, wallMs: median(walls[i] as number[]), readyMs: median(readies[i] as number[]) })) as [ColdProcess, ColdProcess, ColdProcess, ...ColdProcess[]];
  return { status: 'measured', runs, node, luxon, slakit, dependencies, due, packages: loadedPackages((scripts[2] as Script).args) };
}

function runNode(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (status ${run.status}):\n${run.stderr}`);
  return run.stdout;
}

/** The packages a process loads: its module URLs (load hook + CommonJS cache) grouped by package. */
function loadedPackages(args: readonly string[]): { name: string; files: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'slakit-modules-'));
  try {
    const file = join(dir, 'modules.txt');
    runNode(['--import', './bench/sections/module-graph-register.mjs', ...args], { ...process.env, SLAKIT_BENCH_MODULES: file });
    const urls = new Set(readFileSync(file, 'utf8').split('\n').filter((url) => url.includes('/node_modules/')));
    const files = new Map<string, number>();
    for (const url of urls) {
      const name = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url.slice(url.lastIndexOf('/node_modules/')))?.[1];
      if (name !== undefined) files.set(name, (files.get(name) ?? 0) + 1);
    }
    return [...files].sort((a, b) => b[1] - a[1]).map(([name, count]) => ({ name, files: count }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
