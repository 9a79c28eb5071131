import { SlaInputError, type SeriesPoint } from '../../index.js';
import { type CsvSource, readCsv } from '../csv/csv-reader.js';
import { instantColumn } from '../csv/fields.js';
import { RowLedger } from '../csv/row-ledger.js';

/** Columns of a measured series: `at,value`. */
export const SERIES_COLUMNS = { required: ['at', 'value'], optional: [] } as const;

/** A plain decimal: optional sign, digits, optional fraction (no exponent, no thousands separator). */
const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * Read one measured series (latency in ms, packet loss in %) for a series
 * commitment: `at` an instant, `value` a plain decimal (`182.5`, `-3`, kept
 * as text so the statistic is computed exactly). A bad row is rejected with
 * its line and reason (rows read = used + rejected), as in the other readers.
 *
 * @example
 * ```ts
 * const { points } = await readSeriesFile(csvSource('latency.csv'));
 * ```
 */
export async function readSeriesFile(source: CsvSource, zone?: string): Promise<{ points: SeriesPoint[]; ledger: RowLedger }> {
  const ledger = new RowLedger(source.name);
  const points: SeriesPoint[] = [];
  await readCsv(source, SERIES_COLUMNS, ledger, (row) => {
    const at = instantColumn(row, 'at', zone);
    const value = row.get('value');
    if (!PLAIN_DECIMAL.test(value)) throw new SlaInputError('value', value, 'a plain decimal number such as 182.5 (no exponent, no thousands separator)');
    points.push({ at, value });
  });
  return { points, ledger };
}
