import type { AdHocWindowInput } from '../../index.js';
import { type CsvSource, readCsv } from '../csv/csv-reader.js';
import { optionalInstantColumn } from '../csv/fields.js';
import { RowLedger } from '../csv/row-ledger.js';
import { intervalColumns } from './interval-columns.js';

/** Columns of announced maintenance windows: `start,end` (+ optional `announcedAt`, `id`). */
export const MAINTENANCE_COLUMNS = { required: ['start', 'end'], optional: ['announcedAt', 'id'] } as const;

/**
 * Read announced (ad-hoc) maintenance windows. Whether each one excuses
 * downtime (e.g. Linkando's 6 h notice) is the contract's decision, reported
 * with the availability.
 *
 * @example
 * ```ts
 * const { windows } = await readMaintenanceFile(csvSource('maintenance.csv'));
 * ```
 */
export async function readMaintenanceFile(source: CsvSource, zone?: string): Promise<{ windows: AdHocWindowInput[]; ledger: RowLedger }> {
  const ledger = new RowLedger(source.name);
  const windows: AdHocWindowInput[] = [];
  await readCsv(source, MAINTENANCE_COLUMNS, ledger, (row) => {
    const { start, end } = intervalColumns(row, zone);
    const announcedAt = optionalInstantColumn(row, 'announcedAt', zone);
    windows.push({ start, end, id: row.get('id') || `${source.name} line ${row.line}`, ...(announcedAt === null ? {} : { announcedAt }) });
  });
  return { windows, ledger };
}
