import { availableParallelism } from 'node:os';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type CliOutput, type Command, type CommandArgs, stringFlag } from '../command.js';
import { type FileOutcome, type FileTask, runFileTask } from './file-task.js';
import { perFileJson, perFileText } from './per-file-report.js';

/**
 * The worker threads' entry, built by tsup next to the CLI (dist/cli-worker.js
 * beside dist/cli.js and the chunks they share). Run from the sources (tsx),
 * there is no built worker and the files are evaluated in process.
 */
const WORKER = new URL('./cli-worker.js', import.meta.url);
const FROM_SOURCES = import.meta.url.endsWith('.ts');

/** The `--jobs` flag's help line, shared by the commands that take several files. */
export const JOBS_HELP = `  --jobs <n>                     with several files: evaluate them on n threads, this process's and
                                 n − 1 worker threads (default: the cores available, at most one per
                                 file); 1 evaluates them one by one in this process`;

/**
 * The `--jobs <n>` flag for `files` input files: a whole number ≥ 1 (a usage
 * error otherwise), at most one thread per file; by default the available
 * parallelism (`os.availableParallelism()`), capped at the number of files.
 *
 * @example
 * ```ts
 * jobsFlag(args, 3, 'tickets'); // 2 on a 2-core machine without --jobs; 1 for --jobs 1
 * ```
 */
export function jobsFlag(args: CommandArgs, files: number, command: string): number {
  const text = stringFlag(args, 'jobs', command);
  if (text === undefined) return Math.max(1, Math.min(availableParallelism(), files));
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) throw new CliUsageError(`--jobs must be a whole number ≥ 1 (worker threads), got "${text}"`, command);
  return Math.min(Number(text), files);
}

/** How a command takes several files: the flag that names them (or the positional), and the flags that belong to one file only. */
export interface SeveralFiles {
  /** The flag whose values are the files (`probes`), or null for the command's last positional. */
  readonly flag: string | null;
  /** Flags refused with several files, each with the reason (`events`: "belongs to one ticket export"). */
  readonly oneFileOnly: Readonly<Record<string, string>>;
}

/**
 * Run `command` on each of `files` as its own customer or monitor (see
 * {@link runPerFile}), with the command's other flags for every file alike.
 * A usage error (exit 2) for a flag that belongs to one file only, for a
 * `--format` other than text or json, or for a bad `--jobs`.
 *
 * @example
 * ```ts
 * const code = await runOnEachFile(ticketsCommand, args, ['a.csv', 'b.csv'], { flag: null, oneFileOnly: { events: '…' } }, output);
 * ```
 */
export async function runOnEachFile(command: Command, args: CommandArgs, files: readonly string[], several: SeveralFiles, output: CliOutput): Promise<number> {
  const name = command.name;
  for (const [flag, reason] of Object.entries(several.oneFileOnly)) {
    if (args.values[flag] !== undefined) throw new CliUsageError(`--${flag} ${reason}: with ${files.length} files, run one command per file`, name);
  }
  const format = stringFlag(args, 'format', name) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliUsageError(`--format must be text or json with several files (one summary and a report per file), got "${format}"`, name);
  const jobs = jobsFlag(args, files.length, name);
  const tasks = files.map((file): FileTask => {
    const values = { ...args.values, jobs: undefined };
    if (several.flag === null) return { command: name, file, args: { values, positionals: [file] } };
    return { command: name, file, args: { values: { ...values, [several.flag]: file }, positionals: args.positionals } };
  });
  return runPerFile(command, tasks, { jobs, format }, output);
}

/**
 * Evaluate each file of `tasks` as its own customer or monitor — on `jobs`
 * threads (this one and `jobs − 1` tinypool workers), or one by one in this
 * process for `jobs` 1 —
 * and write one report: the summary table (one row per file, then the
 * totals) and each file's own report, in the order the files were given
 * whichever finishes first. Resolves to the exit code: 2 when a file could
 * not be read or evaluated (its worker crashed included: each such file is
 * named on standard error and nothing is reported), else 1 when some file
 * had rejected rows (each named with its file and line), else 0.
 *
 * @example
 * ```ts
 * const code = await runPerFile(ticketsCommand, tasks, { jobs: 2, format: 'json' }, output);
 * ```
 */
export async function runPerFile(command: Command, tasks: readonly FileTask[], options: { readonly jobs: number; readonly format: 'text' | 'json' }, output: CliOutput): Promise<number> {
  const outcomes = options.jobs === 1 || FROM_SOURCES ? await inProcess(command, tasks) : await onWorkers(command, tasks, options.jobs);
  const failed = outcomes.filter((outcome) => outcome.failure !== null);
  if (failed.length > 0) {
    output.note(failureNotes(command.name, failed));
    return EXIT.fatal;
  }
  output.report(options.format === 'json' ? `${JSON.stringify(perFileJson(outcomes), null, 2)}\n` : perFileText(outcomes));
  for (const outcome of outcomes) output.note(outcome.notes);
  return Math.max(...outcomes.map((outcome) => outcome.code));
}

async function inProcess(command: Command, tasks: readonly FileTask[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) outcomes.push(await runFileTask(command, task));
  return outcomes;
}

/**
 * Each task on `jobs` threads: this one, which has slakit loaded already,
 * and `jobs − 1` worker threads of a pool; each thread takes the next file
 * as soon as it is free. A worker that throws or runs out of memory fails
 * its task (tinypool rejects it); one that exits (`process.exit`) leaves its
 * task unanswered, which the pool never reports: when nothing else is left
 * to run (`beforeExit`), every task still unanswered is failed as stopped,
 * instead of the process ending silently with its top-level await unsettled.
 */
async function onWorkers(command: Command, tasks: readonly FileTask[], jobs: number): Promise<FileOutcome[]> {
  // Loaded only here: a run on one file never loads the pool.
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: WORKER.href, minThreads: jobs - 1, maxThreads: jobs - 1 });
  const unanswered = new Set<() => void>();
  const strand = (): void => {
    for (const fail of unanswered) fail();
  };
  let stranded = false;
  const onWorker = (task: FileTask): Promise<FileOutcome> =>
    new Promise<FileOutcome>((resolve) => {
      const settle = (outcome: FileOutcome): void => {
        unanswered.delete(fail);
        resolve(outcome);
      };
      const fail = (): void => {
        stranded = true;
        settle(crashed(command, task, new Error('it exited without an answer')));
      };
      unanswered.add(fail);
      (pool.run(task) as Promise<FileOutcome>).then(settle, (error: unknown) => settle(crashed(command, task, error)));
    });
  const outcomes: FileOutcome[] = [];
  let next = 0;
  const lane = async (evaluate: (task: FileTask) => Promise<FileOutcome>): Promise<void> => {
    for (let i = next++; i < tasks.length; i = next++) outcomes[i] = await evaluate(tasks[i] as FileTask);
  };
  process.on('beforeExit', strand);
  try {
    // This thread, ready first, takes the first file; each worker the next one.
    await Promise.all([lane((task) => runFileTask(command, task)), ...Array.from({ length: jobs - 1 }, () => lane(onWorker))]);
    return outcomes;
  } finally {
    process.off('beforeExit', strand);
    // The pool waits for an exited thread forever: then it is left to end with the process.
    if (stranded) void pool.destroy().catch(() => undefined);
    else await pool.destroy();
  }
}

/** The outcome of a file whose worker thread stopped (crashed, ran out of memory) before it answered. */
function crashed(command: Command, task: FileTask, error: unknown): FileOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  return { file: task.file, code: EXIT.fatal, report: '', notes: '', headline: null, failure: { note: `slakit ${command.name}: the worker thread evaluating it stopped: ${reason}\n`, namesFile: false } };
}

/**
 * The notes of the files that failed: each failure once, naming the files it
 * struck (`slakit tickets: a.csv, b.csv: --now is required: …`) unless its
 * message names the file already (`b.csv: no such file`).
 */
function failureNotes(command: string, failed: readonly FileOutcome[]): string {
  const prefix = `slakit ${command}: `;
  const files = new Map<string, string[]>();
  for (const { file, failure } of failed) {
    if (failure === null) continue;
    const note = failure.namesFile ? failure.note : failure.note.slice(prefix.length);
    const struck = files.get(note);
    if (struck === undefined) files.set(note, failure.namesFile ? [] : [file]);
    else struck.push(file);
  }
  return [...files].map(([note, struck]) => (struck.length === 0 ? note : `${prefix}${struck.join(', ')}: ${note}`)).join('');
}
