import { type RequestCount, SlaInputError } from '../../index.js';
import { type CsvSource, readCsv } from '../csv/csv-reader.js';
import { instantColumn, wholeNumberColumn } from '../csv/fields.js';
import { RowLedger } from '../csv/row-ledger.js';

/** Columns of request counts: `at,total,failed`. */
export const REQUEST_COLUMNS = { required: ['at', 'total', 'failed'], optional: [] } as const;

/**
 * Read request counts per interval (`at,total,failed`) for a request-based
 * commitment: `at` an instant inside the interval, `total` and `failed`
 * whole numbers with `failed` ≤ `total`. A bad row is rejected with its
 * line and reason (rows read = used + rejected), as in the other readers.
 *
 * @example
 * ```ts
 * const { requests } = await readRequestFile(csvSource('requests.csv'));
 * ```
 */
export async function readRequestFile(source: CsvSource, zone?: string): Promise<{ requests: RequestCount[]; ledger: RowLedger }> {
  const ledger = new RowLedger(source.name);
  const requests: RequestCount[] = [];
  await readCsv(source, REQUEST_COLUMNS, ledger, (row) => {
    const at = instantColumn(row, 'at', zone);
    const total = wholeNumberColumn(row, 'total');
    const failed = wholeNumberColumn(row, 'failed');
    if (failed > total) throw new SlaInputError('failed', row.get('failed'), `a whole number from 0 to total (${total})`);
    requests.push({ at, total, failed });
  });
  return { requests, ledger };
}
