import { SlaInputError } from '../../index.js';
import type { CsvRow } from '../csv/csv-reader.js';
import { instantColumn } from '../csv/fields.js';

/**
 * Read the `start` and `end` columns of a row as a half-open interval;
 * rejects an end before the start, naming both values.
 *
 * @example
 * ```ts
 * const { start, end } = intervalColumns(row); // epoch ms
 * ```
 */
export function intervalColumns(row: CsvRow, zone?: string): { start: number; end: number } {
  const start = instantColumn(row, 'start', zone);
  const end = instantColumn(row, 'end', zone);
  if (end < start) throw new SlaInputError('end', row.get('end'), `an instant not before start (${row.get('start')})`);
  return { start, end };
}
