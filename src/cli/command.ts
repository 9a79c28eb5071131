import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliUsageError } from './cli-error.js';
import type { InputFile } from './out-file.js';
import type { FileHeadline } from './per-file/headline.js';

/** Where a command writes: the report (stdout or `--out`) and notes (stderr). */
export interface CliOutput {
  /** Write report text (stdout unless redirected to a file with `--out`). */
  report(text: string): void;
  /** Write a note or warning for the person at the terminal (stderr). */
  note(text: string): void;
  /**
   * Receive the headline figures of a report (rows, verdicts, credit) as
   * well as its text: the summary table of a run over several files is
   * made of them. Optional; commands call it when given.
   */
  headline?(figures: FileHeadline): void;
  /**
   * Resolves when the report's destination has room for more text: a
   * command that writes its report piece by piece as it reads (`slakit
   * tickets`) waits for it before reading on, so that neither the input nor
   * the report piles up in memory. Absent: there is always room (tests
   * collecting the text).
   */
  ready?(): Promise<void>;
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
  readonly options: Options;
  /** Names of the positional arguments, in order (none by default). */
  readonly positionals?: readonly string[];
  /** Whether the last positional may be given several times (several input files); once by default. */
  readonly lastPositionalRepeats?: boolean;
  /** The files the command reads, as given (none by default): `--out` may not name one of them. */
  inputFiles?(args: CommandArgs): readonly InputFile[];
  run(args: CommandArgs, output: CliOutput): Promise<number>;
}

/** Flags every command takes: `--help`, and `--out` (the report to a file; see `runCli`). */
const COMMON_OPTIONS = { help: { type: 'boolean', short: 'h' }, out: { type: 'string', short: 'o' } } as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse a command's arguments strictly: an unknown flag (named, with the
 * command's flags listed), a missing flag value, an extra positional, or a
 * flag that takes one value given twice (`--opened A --opened B`: named
 * with both values; only `multiple` flags such as `--option` repeat) is a
 * {@link CliUsageError} (exit 2). A value may start with `-` when it does
 * not look like a flag: `--fee -5` gives `--fee` the value `-5`, which its
 * own check then refuses by name.
 *
 * @example
 * ```ts
 * const args = parseCommandArgs(dueCommand, ['--contract', 'linkando', '--priority', 'critical']);
 * args.values.contract; // "linkando"
 * parseCommandArgs(dueCommand, ['--opened', 'A', '--opened', 'B']); // throws CliUsageError: --opened is given twice ("A" and "B") …
 * ```
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): CommandArgs {
  const options = { ...command.options, ...COMMON_OPTIONS };
  try {
    const { values, positionals, tokens } = parseArgs({ args: withDashValues(options, argv), options, strict: true, allowPositionals: true, tokens: true });
    refuseEmptyOrRepeatedValues(options, tokens, command.name);
    const allowed = command.positionals ?? [];
    if (positionals.length > allowed.length && values.help !== true && !(command.lastPositionalRepeats === true && allowed.length > 0)) {
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
 * `argv` with each value that starts with `-` but is not a flag attached to
 * the flag before it (`--fee -5` → `--fee=-5`, `-o -x.txt` stays a missing
 * value since `-x…` looks like a flag). Node's parser refuses such a value
 * as "ambiguous"; the flag's own check names it better ("--fee: expected a
 * non-negative amount, got "-5""). Stops at `--`.
 */
function withDashValues(options: Options, argv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return [...args, ...argv.slice(i)];
    const name = stringOptionOf(options, arg);
    const next = argv[i + 1];
    if (name !== undefined && next !== undefined && next.startsWith('-') && next !== '-' && next !== '--' && !/^--?[A-Za-z]/.test(next)) {
      args.push(`--${name}=${next}`);
      i++;
    } else {
      args.push(arg);
    }
  }
  return args;
}

/** The name of the string option `arg` is (`--fee`, or `-o` for `out`), without a value attached; else undefined. */
function stringOptionOf(options: Options, arg: string): string | undefined {
  if (arg.startsWith('--')) {
    const name = arg.slice(2);
    return Object.hasOwn(options, name) && options[name]?.type === 'string' ? name : undefined;
  }
  if (arg.length !== 2 || arg[0] !== '-') return undefined;
  return Object.entries(options).find(([, option]) => option.short === arg[1] && option.type === 'string')?.[0];
}

/** Token of an option as `parseArgs` gives it with `tokens: true`. */
type ArgsToken = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * Throws a {@link CliUsageError} when a string flag is given an empty value
 * (`--maintenance ''`: "--maintenance expects a value", not read as absent,
 * which would drop an input silently), or when a flag that takes one value
 * (a string flag that is not `multiple`) is given twice: the parser would
 * keep the last value silently. Booleans (`--help`, `--no-downtime`) lose
 * nothing when repeated and are let through.
 */
function refuseEmptyOrRepeatedValues(options: Options, tokens: readonly ArgsToken[], command: string): void {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined || option.type !== 'string') continue;
    const value = token.value ?? '';
    if (value === '') throw new CliUsageError(`--${token.name} expects a value`, command);
    if (option.multiple === true) continue;
    const first = seen.get(token.name);
    if (first !== undefined) throw new CliUsageError(`--${token.name} is given twice ("${first}" and "${value}"): give it once`, command);
    seen.set(token.name, value);
  }
}

/**
 * A flag's string value; with `required`, a missing flag is a usage error
 * (an empty value never gets here: {@link parseCommandArgs} refuses it).
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
  if (value === undefined) {
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
