import { EXIT, fatalNote } from '../cli-error.js';
import type { CliOutput, Command, CommandArgs } from '../command.js';
import type { FileHeadline } from './headline.js';

/**
 * The work of one input file of several, as sent to a worker thread (plain
 * data: it is copied, not shared): the command's name and its parsed
 * arguments for that one file, as if it had been given alone.
 */
export interface FileTask {
  readonly command: string;
  readonly file: string;
  readonly args: CommandArgs;
}

/** Why one file of several could not be reported (exit 2). */
export interface FileFailure {
  /** The note for standard error, `slakit <command>: <message>` (and the `--help` hint after a usage error). */
  readonly note: string;
  /** Whether the message names the file already (`a.csv: no such file`); otherwise the summary adds it. */
  readonly namesFile: boolean;
}

/** What one file's run gave: its exit code, its report and notes as the command wrote them, its headline. */
export interface FileOutcome {
  readonly file: string;
  readonly code: number;
  /** The report in the asked format, exactly as a run on this file alone writes it. */
  readonly report: string;
  /** Notes for standard error (each rejected row, `<file> line <n>: rejected: …`). */
  readonly notes: string;
  /** The summary table's figures; null when the run failed. */
  readonly headline: FileHeadline | null;
  /** Set when the run ended with exit 2. */
  readonly failure: FileFailure | null;
}

/**
 * Run `command` on one file of several: the same code as a run on that file
 * alone, its report, notes and headline kept instead of written. An error
 * that would end the run with exit 2 is returned as the outcome's
 * `failure`, never thrown. The worker threads and `--jobs 1` both run this.
 *
 * @example
 * ```ts
 * const outcome = await runFileTask(ticketsCommand, { command: 'tickets', file: 'a.csv', args });
 * outcome.headline; // { kind: "tickets", rowsRead: 14, … }
 * ```
 */
export async function runFileTask(command: Command, task: FileTask): Promise<FileOutcome> {
  let report = '';
  let notes = '';
  let headline: FileHeadline | null = null;
  const output: CliOutput = {
    report: (text) => {
      report += text;
    },
    note: (text) => {
      notes += text;
    },
    headline: (figures) => {
      headline = figures;
    },
  };
  try {
    const code = await command.run(task.args, output);
    return { file: task.file, code, report, notes, headline, failure: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const failure = { note: fatalNote(error, `slakit ${command.name}`, command.name), namesFile: message.startsWith(`${task.file}:`) };
    return { file: task.file, code: EXIT.fatal, report: '', notes, headline: null, failure };
  }
}
