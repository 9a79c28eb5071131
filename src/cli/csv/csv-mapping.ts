/**
 * Where one of slakit's columns is read from in an export whose header
 * names differ: the export's column(s), and how their text becomes
 * slakit's (a date format into ISO 8601, "created + minutes" into an
 * instant).
 *
 * @example
 * ```ts
 * const openedAt: MappedColumn = { from: ['Created at'] };
 * ```
 */
export interface MappedColumn {
  /** The export's header names it is read from (matched case-insensitively); one for a renamed column. */
  readonly from: readonly string[];
  /**
   * Turns those fields (in `from` order) into slakit's text; throws an
   * `SlaInputError` (field: slakit's column) for a value it cannot read.
   * Absent: the one field as it is.
   */
  readonly convert?: (fields: readonly string[]) => string;
}

/**
 * Rows of an export that hold no record of the input (UptimeRobot's "Up",
 * "Started" and "Paused" log rows in an incident import): the row's `from`
 * column says which. A row whose value is in `skip` is read and used with
 * nothing handed on (it is a state change without downtime); a value in
 * neither `keep` nor `skip` rejects the row, naming both lists.
 *
 * @example
 * ```ts
 * const events: RowKinds = { from: 'Event', keep: ['Down'], skip: ['Up', 'Started', 'Paused'] };
 * ```
 */
export interface RowKinds {
  readonly from: string;
  readonly keep: readonly string[];
  readonly skip: readonly string[];
}

/**
 * How to read an export whose header and values differ from slakit's: a
 * `--map` file, an import profile, or both (the map on top of the
 * profile). Columns not in `columns` are read under their own name, as
 * without a mapping.
 *
 * @example
 * ```ts
 * const mapping: CsvMapping = {
 *   origin: '--map map.json',
 *   columns: new Map([['openedAt', { from: ['Created at'] }]]),
 *   values: new Map([['priority', new Map([['highest', 'p1']])]]),
 *   caseInsensitive: true,
 * };
 * ```
 */
export interface CsvMapping {
  /** Where the mapping comes from, for errors: `--map map.json`, `--profile zendesk`. */
  readonly origin: string;
  /** slakit column → where it is read from. */
  readonly columns: ReadonlyMap<string, MappedColumn>;
  /**
   * slakit column → (export value → slakit value), applied after `convert`;
   * a value not listed is kept as it is (and checked as any value is). Keys
   * are lower case when `caseInsensitive`.
   */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Whether values match whatever their case (`HIGHEST` as `Highest`); header names always do. */
  readonly caseInsensitive: boolean;
  readonly rows?: RowKinds | undefined;
}

/**
 * The name a row error gives a column: the export's name with slakit's in
 * parentheses when they differ (`Created at (openedAt)`), else slakit's.
 *
 * @example
 * ```ts
 * columnLabel(mapping, 'openedAt'); // "Created at (openedAt)"
 * ```
 */
export function columnLabel(mapping: CsvMapping | undefined, column: string): string {
  const from = mapping?.columns.get(column)?.from;
  if (from === undefined || (from.length === 1 && from[0]?.toLowerCase() === column.toLowerCase())) return column;
  return `${from.join(' + ')} (${column})`;
}
