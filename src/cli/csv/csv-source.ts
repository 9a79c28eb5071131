import { open } from 'node:fs/promises';
import { CliInputError } from '../cli-error.js';

/**
 * Where CSV bytes come from: a file, standard input, or (in tests) bytes in
 * memory. `name` is how rows and errors refer to it.
 */
export interface CsvSource {
  /** As named on the command line: the path, or `stdin` for `-`. */
  readonly name: string;
  /** The bytes, in chunks; opening failures are {@link CliInputError}s. */
  chunks(): AsyncIterable<Uint8Array | string>;
}

/** The name of standard input in reports and errors (given as `-` on the command line). */
export const STDIN_NAME = 'stdin';

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
