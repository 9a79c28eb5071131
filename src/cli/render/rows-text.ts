import type { RejectedRow } from '../csv/row-ledger.js';

/** The books of one input file, for {@link rowsText}. */
export interface FileRows {
  readonly file: string;
  readonly read: number;
  readonly used: number;
  readonly rejected: readonly RejectedRow[];
}

/**
 * The row accounting of each input file — `read = used + rejected` — and
 * every rejected row with its line and reason.
 *
 * @example
 * ```ts
 * rowsText([{ file: 'export.csv', read: 3, used: 2, rejected: [{ line: 4, reason: 'priority: …' }] }]);
 * // "Rows: export.csv: 3 read = 2 used + 1 rejected\n  export.csv line 4: priority: …"
 * ```
 */
export function rowsText(files: readonly FileRows[]): string {
  if (files.length === 0) return 'Rows: no input file';
  const lines = files.map(({ file, read, used, rejected }) => `  ${file}: ${read} read = ${used} used + ${rejected.length} rejected`);
  const rejections = files.flatMap(({ file, rejected }) => rejected.map((row) => `  ${file} line ${row.line}: ${row.reason}`));
  return [
    'Rows (blank lines are not rows):',
    ...lines,
    ...(rejections.length > 0 ? ['', `Rejected rows (${rejections.length}):`, ...rejections] : []),
  ].join('\n');
}

/**
 * Every rejected row as one line for standard error, in every output
 * format: `<file> line <n>: rejected: <reason>` (empty when none).
 *
 * @example
 * ```ts
 * rejectionNotes([{ file: 'export.csv', read: 3, used: 2, rejected: [{ line: 4, reason: 'priority: …' }] }]);
 * // "export.csv line 4: rejected: priority: …\n"
 * ```
 */
export function rejectionNotes(files: readonly FileRows[]): string {
  return files.flatMap(({ file, rejected }) => rejected.map((row) => `${file} line ${row.line}: rejected: ${row.reason}\n`)).join('');
}
