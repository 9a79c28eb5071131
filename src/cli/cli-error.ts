/**
 * The CLI's exit codes (the contract with scripts calling `slakit`):
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
