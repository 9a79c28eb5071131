import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliUsageError } from './cli-error.js';

/** Where a command writes: the report (stdout or `--out`) and notes (stderr). */
export interface CliOutput {
  /** Write report text (stdout unless redirected to a file with `--out`). */
  report(text: string): void;
  /** Write a note or warning for the person at the terminal (stderr). */
  note(text: string): void;
}

/** Parsed flags and positionals of one command. */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * One `slakit` command: its flags (for `node:util` parseArgs, strict), its
 * help text (with an example) and what it does. `run` resolves to the exit
 * code (see `EXIT`).
 */
export interface Command {
  readonly name: string;
  /** One line for `slakit --help`. */
  readonly summary: string;
  /** The full `--help` text: usage, flags, an example. */
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Names of the positional arguments, in order (none by default). */
  readonly positionals?: readonly string[];
  run(args: CommandArgs, output: CliOutput): Promise<number>;
}

/** Flags every command takes: `--help`, and `--out` (the report to a file; see `runCli`). */
const COMMON_OPTIONS = { help: { type: 'boolean', short: 'h' }, out: { type: 'string', short: 'o' } } as const;

/**
 * Parse a command's arguments strictly: an unknown flag (named, with the
 * command's flags listed), a missing flag value or an extra positional is a
 * {@link CliUsageError} (exit 2).
 *
 * @example
 * ```ts
 * const args = parseCommandArgs(dueCommand, ['--contract', 'linkando', '--priority', 'critical']);
 * args.values.contract; // "linkando"
 * ```
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): CommandArgs {
  const options = { ...command.options, ...COMMON_OPTIONS };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
    const allowed = command.positionals ?? [];
    if (positionals.length > allowed.length && values.help !== true) {
      throw new CliUsageError(`unexpected argument "${positionals[allowed.length]}"${allowed.length ? ` (expected ${allowed.map((p) => `<${p}>`).join(' ')})` : ''}`, command.name);
    }
    return { values, positionals };
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    const { code, message } = error as NodeJS.ErrnoException;
    const flag = /'([^']+)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const known = Object.keys(options).map((name) => `--${name}`);
      throw new CliUsageError(`unknown flag ${flag}: slakit ${command.name} takes ${known.join(', ')}`, command.name);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = /--[\w-]+/.exec(flag)?.[0] ?? flag;
      throw new CliUsageError(message.includes('does not take') ? `${name} takes no value` : `${name} expects a value`, command.name);
    }
    throw new CliUsageError(message, command.name);
  }
}

/**
 * A flag's string value; with `required`, a missing flag is a usage error.
 *
 * @example
 * ```ts
 * stringFlag(args, 'contract', 'due', { required: true }); // "linkando"
 * ```
 */
export function stringFlag(args: CommandArgs, name: string, command: string, options: { readonly required: true }): string;
export function stringFlag(args: CommandArgs, name: string, command: string, options?: { readonly required?: false }): string | undefined;
export function stringFlag(args: CommandArgs, name: string, command: string, options: { readonly required?: boolean } = {}): string | undefined {
  const value = args.values[name];
  if (value === undefined || value === '') {
    if (options.required) throw new CliUsageError(`--${name} is required`, command);
    return undefined;
  }
  if (typeof value !== 'string') throw new CliUsageError(`--${name} expects a value`, command);
  return value;
}

/**
 * The `--format` flag, one of `formats` (the first is the default).
 *
 * @example
 * ```ts
 * formatFlag(args, 'tickets', ['text', 'json', 'csv']); // "text" when absent
 * ```
 */
export function formatFlag<F extends string>(args: CommandArgs, command: string, formats: readonly [F, ...F[]]): F {
  const value = stringFlag(args, 'format', command) ?? formats[0];
  if (!(formats as readonly string[]).includes(value)) throw new CliUsageError(`--format must be one of ${formats.join(', ')}, got "${value}"`, command);
  return value as F;
}
