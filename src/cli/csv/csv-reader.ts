import { open } from 'node:fs/promises';
import { type CsvError, parse } from 'csv-parse';
import { SlaError } from '../../index.js';
import { CliInputError } from '../cli-error.js';
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

// Empty lines come through as records (skipped below as blank) so that line
// numbers can be counted without csv-parse's per-record `info` objects,
// which would double the cost of a million-row file.
const PARSER_OPTIONS = {
  bom: true,
  trim: true,
  relax_column_count: true,
  skip_records_with_error: true,
} as const;

/**
 * Stream a CSV file row by row through csv-parse (never the whole file in
 * memory) and hand each data row to `onRow`, keeping `ledger`'s books:
 *
 * - a UTF-8 BOM is skipped; CRLF and LF line ends are both accepted;
 * - blank lines (empty, spaces only, or only separators such as `,,,`) are
 *   skipped and are not rows;
 * - a missing or duplicate required column, or an empty file (no header),
 *   is fatal ({@link CliInputError});
 * - a row with more or fewer fields than the header, a malformed quote, or a
 *   row `onRow` rejects (by throwing {@link RowRejection} or an `SlaError`)
 *   is rejected with its line number;
 * - every other row counts as used.
 *
 * @example
 * ```ts
 * const ledger = new RowLedger('probes.csv');
 * await readCsv('probes.csv', { required: ['at', 'ok'], optional: ['latencyMs'] }, ledger, (row) => {
 *   console.log(row.line, row.get('at'));
 * });
 * ```
 */
export async function readCsv(path: string, columns: CsvColumns, ledger: RowLedger, onRow: (row: CsvRow) => void): Promise<CsvHeader> {
  const handle = await openFile(path);
  const parser = parse(PARSER_OPTIONS);
  const source = handle.createReadStream();
  let header: { index: Map<string, number>; ignored: string[]; width: number } | undefined;
  let row: ReusableRow | undefined;
  // Lines of records csv-parse skipped as malformed, in file order (their 'skip' events come
  // before the 'data' event of any later record).
  const malformed: { line: number; reason: string }[] = [];
  let nextLine = 1;
  const handleRecord = (record: string[]): void => {
    while (malformed[0] !== undefined && malformed[0].line <= nextLine) {
      const skipped = malformed.shift() as { line: number; reason: string };
      if (header === undefined) throw new CliInputError(`${path} line ${skipped.line}: ${skipped.reason} (in or before the header)`);
      ledger.reject(skipped.line, skipped.reason);
      nextLine = skipped.line + 1;
    }
    const line = nextLine;
    nextLine += 1 + newlinesIn(record);
    if (isBlank(record)) return;
    if (header === undefined) {
      header = readHeader(path, record, columns);
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
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown): void => {
        if (failed) return;
        failed = true;
        source.destroy();
        parser.destroy();
        reject(error);
      };
      source.on('error', fail);
      parser.on('error', fail);
      parser.on('skip', (error: CsvError & { lines?: number }) => malformed.push({ line: error.lines ?? nextLine, reason: `malformed CSV: ${error.message}` }));
      parser.on('data', (record: string[]) => {
        if (failed) return;
        try {
          handleRecord(record);
        } catch (error) {
          fail(error);
        }
      });
      parser.on('end', resolve);
      source.pipe(parser);
    });
  } finally {
    await handle.close();
  }
  const trailing = malformed[0];
  if (header === undefined && trailing !== undefined) throw new CliInputError(`${path} line ${trailing.line}: ${trailing.reason} (in or before the header)`);
  if (header === undefined) throw new CliInputError(`${path}: empty file: expected a header line "${columns.required.join(',')}"`);
  for (const skipped of malformed) ledger.reject(skipped.line, skipped.reason);
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

function newlinesIn(record: readonly string[]): number {
  let count = 0;
  for (const field of record) {
    for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) count++;
  }
  return count;
}
