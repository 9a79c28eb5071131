import { SlaError, SlaInputError } from '../../index.js';
import { CliInputError } from '../cli-error.js';
import { type CsvMapping, columnLabel } from './csv-mapping.js';
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

/** Where a schema column is read from in this file's header: field indexes (none: an absent optional column), conversion, value map. */
interface ColumnSlot {
  readonly fields: readonly number[];
  readonly convert?: ((fields: readonly string[]) => string) | undefined;
  readonly values?: ReadonlyMap<string, string> | undefined;
  readonly caseInsensitive: boolean;
}

/** The header as read: a slot per schema column, the ignored names, the width, the rows that hold no record. */
interface HeaderSlots {
  readonly slots: ReadonlyMap<string, ColumnSlot>;
  readonly ignored: string[];
  readonly width: number;
  readonly kinds?: { readonly field: number; readonly label: string; readonly keep: ReadonlySet<string>; readonly skip: ReadonlySet<string> } | undefined;
}

class ReusableRow implements CsvRow {
  line = 0;
  fields: readonly string[] = [];
  constructor(private readonly slots: ReadonlyMap<string, ColumnSlot>) {}
  get(column: string): string {
    const slot = this.slots.get(column);
    if (slot === undefined) throw new Error(`column ${column} is not in the schema`);
    if (slot.fields.length === 0) return '';
    const text = slot.convert === undefined ? (this.fields[slot.fields[0] as number] ?? '') : slot.convert(slot.fields.map((i) => this.fields[i] ?? ''));
    if (slot.values === undefined) return text;
    return slot.values.get(slot.caseInsensitive ? text.toLowerCase() : text) ?? text;
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
 * - with `source.mapping` (`--map`, `--profile`), a schema column is read
 *   from the export's column(s) it names, converted and its values mapped;
 *   a row error names both columns (`Created at (openedAt): expected …`);
 *   rows the mapping says hold no record are used with nothing handed on;
 * - with a mapping, a header that also holds a slakit column the mapping
 *   reads from another export column (`openedAt` next to `Created at` →
 *   openedAt) is fatal: one of the two would be ignored;
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
  const mapping = source.mapping;
  let header: HeaderSlots | undefined;
  let row: ReusableRow | undefined;
  await readCsvRecords(name, source.chunks(), {
    malformed(line, reason) {
      if (header === undefined) throw new CliInputError(`${name} line ${line}: ${reason} (in or before the header)`);
      ledger.reject(line, reason);
    },
    record(record, line) {
      if (isBlank(record)) return;
      if (header === undefined) {
        header = readHeader(name, record, columns, mapping);
        row = new ReusableRow(header.slots);
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
        if (holdsRecord(header, record)) onRow(current);
        ledger.use();
      } catch (error) {
        if (error instanceof SlaInputError && mapping !== undefined) ledger.reject(line, new SlaInputError(columnLabel(mapping, error.field), error.value, error.expected).message);
        else if (error instanceof RowRejection || error instanceof SlaError) ledger.reject(line, error.message);
        else throw error;
      }
    },
  }, source.delimiter);
  if (header === undefined) throw new CliInputError(`${name}: empty file: expected a header line "${columns.required.join(',')}"`);
  const { slots, ignored } = header;
  return { ignored, has: (column) => (slots.get(column)?.fields.length ?? 0) > 0 };
}

/** Whether a row holds a record (always, unless the mapping names row kinds); a kind in neither list rejects the row. */
function holdsRecord(header: HeaderSlots, record: readonly string[]): boolean {
  const kinds = header.kinds;
  if (kinds === undefined) return true;
  const kind = record[kinds.field] ?? '';
  if (kinds.keep.has(kind)) return true;
  if (kinds.skip.has(kind)) return false;
  throw new SlaInputError(kinds.label, kind, `one of ${[...kinds.keep, ...kinds.skip].join(', ')} (${[...kinds.skip].join(', ')}: no record, read and used)`);
}

function readHeader(path: string, record: readonly string[], columns: CsvColumns, mapping: CsvMapping | undefined): HeaderSlots {
  // A lone CR is text to the parser (a line ends with LF or CRLF), so a file with CR-only line ends
  // is one record: its header would take every row into its last name, an optional or ignored column.
  if (record.some((name) => name.includes('\r'))) {
    throw new CliInputError(
      `${path} line 1: the header holds a carriage return (CR) that does not end a line: lines must end with LF or CRLF (convert a file with CR-only line ends, as classic Mac OS wrote them)`,
    );
  }
  const lower = record.map((name) => name.trim().toLowerCase());
  const used = new Set<number>();
  const fieldOf = (name: string): number => {
    const first = lower.indexOf(name.trim().toLowerCase());
    if (first >= 0 && lower.indexOf(name.trim().toLowerCase(), first + 1) >= 0) throw new CliInputError(`${path} line 1: column "${record[first]}" appears twice in the header`);
    return first;
  };
  const slots = new Map<string, ColumnSlot>();
  const missing: string[] = [];
  for (const column of [...columns.required, ...(columns.optional ?? [])]) {
    const mapped = mapping?.columns.get(column);
    const fields = (mapped?.from ?? [column]).map(fieldOf);
    const shadowed = mapped === undefined || mapped.from.some((from) => from.trim().toLowerCase() === column.toLowerCase()) ? -1 : fieldOf(column);
    if (shadowed >= 0) {
      throw new CliInputError(
        `${path} line 1: column "${record[shadowed]}" would be ignored: ${mapping?.origin} reads ${column} from "${mapped?.from.join('", "')}": remove one, or map "${record[shadowed]}" to another column`,
      );
    }
    const present = fields.every((i) => i >= 0);
    if (!present && columns.required.includes(column)) missing.push(mapped === undefined ? `"${column}"` : `"${mapped.from.join('", "')}" (${column}, ${mapping?.origin})`);
    if (present) for (const i of fields) used.add(i);
    slots.set(column, { fields: present ? fields : [], convert: mapped?.convert, values: mapping?.values.get(column), caseInsensitive: mapping?.caseInsensitive ?? false });
  }
  if (missing.length > 0) {
    throw new CliInputError(
      `${path} line 1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: expected a header with ${columns.required.map((c) => columnLabel(mapping, c)).join(',')}` +
        `${columns.optional?.length ? ` (optional: ${columns.optional.map((c) => columnLabel(mapping, c)).join(',')})` : ''}, found ${record.join(',')}${delimiterHint(record)}`,
    );
  }
  const rows = mapping?.rows;
  let kinds: HeaderSlots['kinds'];
  if (rows !== undefined) {
    const field = fieldOf(rows.from);
    if (field < 0) throw new CliInputError(`${path} line 1: missing column "${rows.from}" (${mapping?.origin}: it says which rows hold a record), found ${record.join(',')}${delimiterHint(record)}`);
    used.add(field);
    kinds = { field, label: rows.from, keep: new Set(rows.keep), skip: new Set(rows.skip) };
  }
  const ignored = record.filter((_, i) => !used.has(i));
  return { slots, ignored, width: record.length, kinds };
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
