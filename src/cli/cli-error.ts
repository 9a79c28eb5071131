import { SlaError } from '../index.js';

/**
 * The CLI's exit codes (the issue's contract with scripts calling `slakit`):
 * 0 everything read and reported; 1 some input rows were rejected (the report
 * is still written, every rejected row listed with its line); 2 a usage error
 * or a fatal input error (unknown contract, missing file or column, empty
 * file) — nothing reported.
 */
export const EXIT = { ok: 0, rejectedRows: 1, fatal: 2 } as const;

/**
 * A usage error: unknown flag, missing or malformed argument. Exit code 2;
 * the message says what is wrong and `slakit <command> --help` shows usage.
 *
 * @example
 * ```ts
 * throw new CliUsageError('--priority is required', 'due');
 * ```
 */
export class CliUsageError extends Error {
  /** The command whose usage was broken (for the `--help` hint). */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'CliUsageError';
    this.command = command;
  }
}

/**
 * A fatal input error: the input cannot be read at all (missing file, empty
 * file, missing column, malformed header). Exit code 2.
 *
 * @example
 * ```ts
 * throw new CliInputError('probes.csv: missing column "ok" (header: at,latencyMs)');
 * ```
 */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}

/**
 * The note (for standard error) of an error that ends a command with exit
 * 2: `<prefix>: <message>`, with the `--help` hint after a usage error and
 * the stack after an unexpected (internal) error. `prefix` is
 * `slakit <command>` (or `slakit <command>: <file>` for one file of
 * several); `command` names the help to point at.
 *
 * @example
 * ```ts
 * fatalNote(new CliUsageError('--priority is required', 'due'), 'slakit due', 'due');
 * // 'slakit due: --priority is required\nRun "slakit due --help" for usage.\n'
 * ```
 */
export function fatalNote(error: unknown, prefix: string, command: string | undefined): string {
  if (error instanceof CliUsageError) {
    const help = error.command ?? command;
    return `${prefix}: ${error.message}\n${help ? `Run "slakit ${help} --help" for usage.` : 'Run "slakit --help" for usage.'}\n`;
  }
  if (error instanceof CliInputError || error instanceof SlaError) return `${prefix}: ${error.message}\n`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return `${prefix}: ${(error as Error).message}\n`;
  return `${prefix}: internal error: ${(error as Error | undefined)?.stack ?? String(error)}\n`;
}
