import { open } from 'node:fs/promises';
import { SlaError } from '../../index.js';
import { CliInputError } from '../cli-error.js';
import { CsvRecords } from './csv-records.js';
import type { RowLedger } from './row-ledger.js';

/**
 * The columns a CSV file must and may have. Header names match
 * case-insensitively and ignoring surrounding spaces; columns not listed are
 * ignored (reported in {@link CsvHeader.ignored}).
 */
export interface CsvColumns {
  readonly required: readonly string[];
  readonly optional?: readonly string[];
}

/** What the header line said. */
export interface CsvHeader {
  /** Header columns not in the schema: ignored. */
  readonly ignored: readonly string[];
  /** Whether an optional column is present. */
  has(column: string): boolean;
}

/**
 * One data row, handed to the row handler. The same object is reused for
 * every row (no allocation per row): read what you need, keep nothing.
 */
export interface CsvRow {
  /** 1-based line of the file where the row starts (the header is line 1). */
  readonly line: number;
  /** The trimmed value of a schema column; `''` when empty or the optional column is absent. */
  get(column: string): string;
}

/**
 * Thrown by a row handler to reject the row; the message names the column
 * and the value. (Library input errors — `SlaError` — reject the row too.)
 *
 * @example
 * ```ts
 * throw new RowRejection('priority: expected one of p1, p2, got "p9"');
 * ```
 */
export class RowRejection extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RowRejection';
  }
}

class ReusableRow implements CsvRow {
  line = 0;
  fields: readonly string[] = [];
  constructor(private readonly index: ReadonlyMap<string, number>) {}
  get(column: string): string {
    const i = this.index.get(column);
    if (i === undefined) throw new Error(`column ${column} is not in the schema`);
    return i < 0 ? '' : (this.fields[i] ?? '');
  }
}

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

/**
 * Read CSV text row by row, streaming (never the whole input in memory), and
 * hand each data row to `onRow`, keeping `ledger`'s books:
 *
 * - a UTF-8 BOM is skipped; CRLF and LF line ends are both accepted; bytes
 *   that are not UTF-8 read as U+FFFD (and then fail the column they are in);
 * - blank lines (empty, spaces only, or only separators such as `,,,`) are
 *   skipped and are not rows;
 * - a missing or duplicate required column, an empty input (no header), or a
 *   malformed header is fatal ({@link CliInputError});
 * - a row with more or fewer fields than the header, a malformed quote
 *   (reported at the line its record starts on; the valid rows after it are
 *   still read, see {@link CsvRecords}), or a row `onRow` rejects (by
 *   throwing {@link RowRejection} or an `SlaError`) is rejected with its line;
 * - every other row counts as used.
 *
 * @example
 * ```ts
 * const ledger = new RowLedger('probes.csv');
 * await readCsv(csvSource('probes.csv'), { required: ['at', 'ok'], optional: ['latencyMs'] }, ledger, (row) => {
 *   console.log(row.line, row.get('at'));
 * });
 * ```
 */
export async function readCsv(source: CsvSource, columns: CsvColumns, ledger: RowLedger, onRow: (row: CsvRow) => void): Promise<CsvHeader> {
  const name = source.name;
  let header: { index: Map<string, number>; ignored: string[]; width: number } | undefined;
  let row: ReusableRow | undefined;
  const records = new CsvRecords({
    malformed(line, reason) {
      if (header === undefined) throw new CliInputError(`${name} line ${line}: ${reason} (in or before the header)`);
      ledger.reject(line, reason);
    },
    record(record, line) {
      if (isBlank(record)) return;
      if (header === undefined) {
        header = readHeader(name, record, columns);
        row = new ReusableRow(header.index);
        return;
      }
      if (record.length !== header.width) {
        ledger.reject(line, `${record.length} field(s), the header has ${header.width}`);
        return;
      }
      const current = row as ReusableRow;
      current.line = line;
      current.fields = record;
      try {
        onRow(current);
        ledger.use();
      } catch (error) {
        if (error instanceof RowRejection || error instanceof SlaError) ledger.reject(line, error.message);
        else throw error;
      }
    },
  });
  // TextDecoder skips a leading BOM and keeps multi-byte characters split across chunks whole.
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source.chunks()) records.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  records.push(decoder.decode());
  records.end();
  if (header === undefined) throw new CliInputError(`${name}: empty file: expected a header line "${columns.required.join(',')}"`);
  const { index, ignored } = header;
  return { ignored, has: (column) => (index.get(column) ?? -1) >= 0 };
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

function readHeader(path: string, record: readonly string[], columns: CsvColumns): { index: Map<string, number>; ignored: string[]; width: number } {
  const known = [...columns.required, ...(columns.optional ?? [])];
  const index = new Map<string, number>(known.map((column) => [column, -1]));
  const ignored: string[] = [];
  record.forEach((name, i) => {
    const column = known.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (column === undefined) {
      ignored.push(name);
      return;
    }
    if ((index.get(column) as number) >= 0) throw new CliInputError(`${path} line 1: column "${column}" appears twice in the header`);
    index.set(column, i);
  });
  const missing = columns.required.filter((column) => index.get(column) === -1);
  if (missing.length > 0) {
    const names = missing.map((column) => `"${column}"`).join(', ');
    throw new CliInputError(
      `${path} line 1: missing column${missing.length > 1 ? 's' : ''} ${names}: expected a header with ${columns.required.join(',')}` +
        `${columns.optional?.length ? ` (optional: ${columns.optional.join(',')})` : ''}, found ${record.join(',')}`,
    );
  }
  return { index, ignored, width: record.length };
}

function isBlank(record: readonly string[]): boolean {
  for (const field of record) if (field !== '') return false;
  return true;
}
