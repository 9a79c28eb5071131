// Run the CLI in this process (src/cli/run-cli.ts, no build, no child process): fast, for
// tests of what the commands decide. Tests of the built artefact use built-cli.ts.
import { runCli } from '../../src/cli/run-cli.js';

/** What an in-process run gave: the exit code and what went to stdout and stderr. */
export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `slakit ...args` in process. */
export async function run(args: readonly string[]): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { report: (text) => (stdout += text), note: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Run with `--format json` and parse stdout. */
export async function runJson<T = Record<string, unknown>>(args: readonly string[]): Promise<InProcessRun & { readonly json: T }> {
  const result = await run([...args, '--format', 'json']);
  try {
    return { ...result, json: JSON.parse(result.stdout) as T };
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}
