/**
 * Running a bench script in a fresh Node process: same tsx loader as this
 * process, optional extra Node flags and environment, JSON on stdout.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildOptions {
  readonly args?: readonly string[];
  /** Node flags placed before the script, e.g. `--expose-gc`. */
  readonly nodeFlags?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs `script` (a URL, usually `new URL('./x.ts', import.meta.url)`) and parses the JSON it prints. */
export function runChild<T>(script: URL, options: ChildOptions = {}): T {
  const path = fileURLToPath(script);
  const run = spawnSync(process.execPath, [...process.execArgv, ...(options.nodeFlags ?? []), path, ...(options.args ?? [])], {
    encoding: 'utf8',
    env: options.env ?? process.env,
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`${path} failed (status ${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
