import { SlaError } from '../../index.js';
import { CliInputError } from '../cli-error.js';
import { readCsvRecords } from './csv-records.js';
import type { CsvSource } from './csv-source.js';
import type { RowLedger } from './row-ledger.js';

export type { CsvDelimiter, CsvSource } from './csv-source.js';

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
 * Read CSV text row by row, streaming (never the whole input in memory), and
 * hand each data row to `onRow`, keeping `ledger`'s books:
 *
 * - fields are separated by `source.delimiter`, detected from the header
 *   line by default (`,` `;` or tab, see {@link CsvDelimiter});
 * - a UTF-8 BOM is skipped; CRLF and LF line ends are both accepted; bytes
 *   that are not UTF-8 read as U+FFFD (and then fail the column they are in);
 * - blank lines (empty, spaces only, or only separators such as `,,,`) are
 *   skipped and are not rows;
 * - a missing or duplicate required column, an empty input (no header), or a
 *   malformed header is fatal ({@link CliInputError}), and so is a header
 *   holding a CR that does not end a line (CR-only line ends: the whole file
 *   would read as the header, its rows lost in its last column);
 * - a row with more or fewer fields than the header, a malformed quote
 *   (reported at the line its record starts on; the valid rows after it are
 *   still read, see {@link readCsvRecords}), or a row `onRow` rejects (by
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
  await readCsvRecords(name, source.chunks(), {
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
  }, source.delimiter);
  if (header === undefined) throw new CliInputError(`${name}: empty file: expected a header line "${columns.required.join(',')}"`);
  const { index, ignored } = header;
  return { ignored, has: (column) => (index.get(column) ?? -1) >= 0 };
}

function readHeader(path: string, record: readonly string[], columns: CsvColumns): { index: Map<string, number>; ignored: string[]; width: number } {
  // A lone CR is text to the parser (a line ends with LF or CRLF), so a file with CR-only line ends
  // is one record: its header would take every row into its last name, an optional or ignored column.
  if (record.some((name) => name.includes('\r'))) {
    throw new CliInputError(
      `${path} line 1: the header holds a carriage return (CR) that does not end a line: lines must end with LF or CRLF (convert a file with CR-only line ends, as classic Mac OS wrote them)`,
    );
  }
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
        `${columns.optional?.length ? ` (optional: ${columns.optional.join(',')})` : ''}, found ${record.join(',')}${delimiterHint(record)}`,
    );
  }
  return { index, ignored, width: record.length };
}

/** A hint when the header is one field that another delimiter would split: the delimiter was forced wrong. */
function delimiterHint(record: readonly string[]): string {
  if (record.length !== 1) return '';
  const other = [';', '\t', ','].find((delimiter) => (record[0] as string).includes(delimiter));
  return other === undefined ? '' : ` (one column: is the file separated by ${other === '\t' ? 'tabs' : `"${other}"`}? give --delimiter ${other === '\t' ? 'tab' : other}, or leave the delimiter to be detected)`;
}

function isBlank(record: readonly string[]): boolean {
  for (const field of record) if (field !== '') return false;
  return true;
}
