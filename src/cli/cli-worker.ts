// The worker threads' entry of `slakit tickets` and `slakit availability` on
// several files (built to dist/cli-worker.js, beside dist/cli.js; tinypool
// calls its default export once per file).
import { type FileOutcome, type FileTask, runFileTask } from './per-file/file-task.js';
import { COMMANDS } from './run-cli.js';

/**
 * Evaluate one file of several in this worker thread: the command's run on
 * that file alone, its report, notes and headline returned to the main thread.
 *
 * @example
 * ```ts
 * const outcome = await evaluateFile({ command: 'tickets', file: 'a.csv', args });
 * ```
 */
export default async function evaluateFile(task: FileTask): Promise<FileOutcome> {
  const command = COMMANDS.find((candidate) => candidate.name === task.command);
  if (command === undefined) throw new Error(`cli-worker: unknown command "${task.command}"`);
  return runFileTask(command, task);
}
