import { open } from 'node:fs/promises';
import { CliInputError, CliUsageError } from '../cli-error.js';
import type { CsvMapping } from './csv-mapping.js';

/**
 * Where CSV bytes come from: a file, standard input, or (in tests) bytes in
 * memory. `name` is how rows and errors refer to it.
 */
export interface CsvSource {
  /** As named on the command line: the path, or `stdin` for `-`. */
  readonly name: string;
  /** The bytes, in chunks; opening failures are {@link CliInputError}s. */
  chunks(): AsyncIterable<Uint8Array | string>;
  /** The field separator; `auto` (the default) detects it from the header line. */
  readonly delimiter?: CsvDelimiter;
  /** How the export's columns and values become slakit's (`--map`, `--profile`); none by default. */
  readonly mapping?: CsvMapping | undefined;
}

/**
 * A CSV field separator: `,`, `;` (spreadsheets in locales whose decimal
 * separator is the comma, such as a French Excel export), a tab, or `auto`:
 * the one of the three that the header line holds most often outside quotes
 * (a comma when it holds none, or on a tie).
 *
 * @example
 * ```ts
 * const delimiter: CsvDelimiter = ';';
 * ```
 */
export type CsvDelimiter = ',' | ';' | '\t' | 'auto';

/**
 * The `--delimiter` flag's value as a {@link CsvDelimiter}: `,` `;` `tab`
 * (or a tab character) or `auto`; anything else is `undefined`.
 *
 * @example
 * ```ts
 * delimiterOf('tab'); // "\t"
 * delimiterOf('|');   // undefined
 * ```
 */
export function delimiterOf(text: string): CsvDelimiter | undefined {
  if (text === 'tab' || text === '\t') return '\t';
  return text === ',' || text === ';' || text === 'auto' ? text : undefined;
}

/**
 * `source` read with the field separator `delimiter`.
 *
 * @example
 * ```ts
 * withDelimiter(csvSource('export.csv'), ';').delimiter; // ";"
 * ```
 */
export function withDelimiter(source: CsvSource, delimiter: CsvDelimiter | undefined): CsvSource {
  return delimiter === undefined ? source : { ...source, delimiter };
}

/**
 * `source` read through `mapping` (its columns and values named as the
 * export names them); `undefined` leaves it as it is.
 *
 * @example
 * ```ts
 * withMapping(csvSource('export.csv'), profileMapping).mapping?.origin; // "--profile zendesk"
 * ```
 */
export function withMapping(source: CsvSource, mapping: CsvMapping | undefined): CsvSource {
  return mapping === undefined ? source : { ...source, mapping };
}

/**
 * `source` read no faster than `ready` allows: before each chunk is pulled,
 * `ready()` is awaited (the report's backpressure, see `ReportStream`), so a
 * command that writes as it reads holds a bounded part of the input and of
 * the report at any time.
 *
 * @example
 * ```ts
 * const source = pacedBy(csvSource('export.csv'), () => report.ready());
 * ```
 */
export function pacedBy(source: CsvSource, ready: () => Promise<void>): CsvSource {
  return {
    ...source,
    async *chunks() {
      for await (const chunk of source.chunks()) {
        await ready();
        yield chunk;
      }
    },
  };
}

/** The name of standard input in reports and errors (given as `-` on the command line). */
export const STDIN_NAME = 'stdin';

/**
 * Refuse a command line that names standard input (`-`) for more than one
 * input file: one stream can feed one file only. Throws
 * {@link CliUsageError} (exit 2) for `command`.
 *
 * @example
 * ```ts
 * checkOneStdin(['-', 'events.csv'], 'tickets'); // fine
 * checkOneStdin(['-', '-'], 'tickets');          // throws CliUsageError
 * ```
 */
export function checkOneStdin(files: readonly (string | undefined)[], command: string): void {
  if (files.filter((file) => file === '-').length > 1) throw new CliUsageError('standard input ("-") can feed one input file only', command);
}

/**
 * The CSV source a command-line argument names: `-` is standard input,
 * anything else a file path (a missing file, a directory or a permission
 * problem is a {@link CliInputError} when reading starts).
 *
 * @example
 * ```ts
 * csvSource('probes.csv').name; // "probes.csv"
 * csvSource('-').name;          // "stdin"
 * ```
 */
export function csvSource(argument: string, stdin: () => AsyncIterable<Uint8Array | string> = () => process.stdin): CsvSource {
  if (argument === '-') return { name: STDIN_NAME, chunks: stdin };
  return {
    name: argument,
    async *chunks() {
      const handle = await openFile(argument);
      try {
        yield* handle.createReadStream({ autoClose: false });
      } finally {
        await handle.close();
      }
    },
  };
}

async function openFile(path: string): ReturnType<typeof open> {
  try {
    const handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw new CliInputError(`${path}: is a directory, expected a CSV file`);
    }
    return handle;
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error)}`);
  }
}
