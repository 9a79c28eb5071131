import { SlaInputError } from '../../index.js';
import { readInstant } from '../contract-source.js';
import type { CsvRow } from './csv-reader.js';

/**
 * Read a column as an absolute instant (ISO 8601 with offset or `Z`; without
 * one only when `zone` is given, read as local time there; see
 * {@link readInstant}). Throws an `SlaInputError` naming the column and the
 * value (and `--zone` for a date-time without offset), which rejects the row.
 *
 * @example
 * ```ts
 * instantColumn(row, 'openedAt'); // 1780322400000 for "2026-06-01T16:00:00+02:00"
 * ```
 */
export function instantColumn(row: CsvRow, column: string, zone?: string): number {
  const text = row.get(column);
  if (text === '') throw new SlaInputError(column, text, 'an ISO 8601 instant with an offset or Z (the column is required)');
  return readInstant(text, column, zone);
}

/**
 * As {@link instantColumn}, but an empty value is `null`.
 *
 * @example
 * ```ts
 * optionalInstantColumn(row, 'respondedAt'); // null for an open ticket
 * ```
 */
export function optionalInstantColumn(row: CsvRow, column: string, zone?: string): number | null {
  return row.get(column) === '' ? null : instantColumn(row, column, zone);
}

/**
 * Read a column that must be one of `choices` (exact match).
 *
 * @example
 * ```ts
 * choiceColumn(row, 'priority', ['p1', 'p2']); // "p2"
 * ```
 */
export function choiceColumn(row: CsvRow, column: string, choices: readonly string[], context = ''): string {
  const text = row.get(column);
  if (!choices.includes(text)) throw new SlaInputError(column, text, `one of ${choices.join(', ')}${context}`);
  return text;
}

const TRUE = new Set(['true', '1']);
const FALSE = new Set(['false', '0']);

/**
 * Read a boolean column: `true`/`1` or `false`/`0` (case-insensitive); with
 * `yesNo`, also `yes` or `no` (a helpdesk's breach flag).
 *
 * @example
 * ```ts
 * booleanColumn(row, 'ok');                           // false for "FALSE" or "0"
 * booleanColumn(row, 'breached', { yesNo: true });    // true for "Yes"
 * ```
 */
export function booleanColumn(row: CsvRow, column: string, options: { readonly yesNo?: boolean } = {}): boolean {
  const text = row.get(column).toLowerCase();
  if (TRUE.has(text) || (options.yesNo === true && text === 'yes')) return true;
  if (FALSE.has(text) || (options.yesNo === true && text === 'no')) return false;
  throw new SlaInputError(column, row.get(column), options.yesNo === true ? 'true, false, yes, no, 1 or 0' : 'true, false, 1 or 0');
}

const NON_NEGATIVE = /^\d+(\.\d+)?$/;

/**
 * Read an optional non-negative decimal number (`''` gives `undefined`).
 *
 * @example
 * ```ts
 * optionalNumberColumn(row, 'latencyMs'); // 31250.5 for "31250.5"
 * ```
 */
export function optionalNumberColumn(row: CsvRow, column: string): number | undefined {
  const text = row.get(column);
  if (text === '') return undefined;
  if (!NON_NEGATIVE.test(text)) throw new SlaInputError(column, text, 'a non-negative decimal number such as 412 or 30000.5, or nothing');
  return Number(text);
}

const WHOLE = /^\d+$/;

/**
 * Read a whole number from 0 to `Number.MAX_SAFE_INTEGER` (a count of
 * requests, of users); `''` gives `undefined` when `optional`, else is
 * rejected like any other bad value.
 *
 * @example
 * ```ts
 * wholeNumberColumn(row, 'total');                       // 1000 for "1000"
 * wholeNumberColumn(row, 'affected', { optional: true }); // undefined for ""
 * ```
 */
export function wholeNumberColumn(row: CsvRow, column: string, options: { readonly optional: true }): number | undefined;
export function wholeNumberColumn(row: CsvRow, column: string, options?: { readonly optional?: false }): number;
export function wholeNumberColumn(row: CsvRow, column: string, options: { readonly optional?: boolean } = {}): number | undefined {
  const text = row.get(column);
  if (text === '' && options.optional === true) return undefined;
  const value = Number(text);
  if (!WHOLE.test(text) || !Number.isSafeInteger(value)) throw new SlaInputError(column, text, `a whole number such as 0 or 1000${options.optional === true ? ', or nothing' : ' (the column is required)'}`);
  return value;
}
