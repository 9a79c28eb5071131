import { type Incident, SlaInputError } from '../../index.js';
import { readCsv } from '../csv/csv-reader.js';
import { RowLedger } from '../csv/row-ledger.js';
import { intervalColumns } from './interval-columns.js';

/** Columns of an incident list: `start,end,cause` (+ optional `id`). */
const INCIDENT_COLUMNS = { required: ['start', 'end', 'cause'], optional: ['id'] } as const;

/**
 * Read an incident CSV. `cause` must be one of `causes` when the contract
 * lists its causes (any non-empty word otherwise); `id` defaults to
 * `<file> line <n>`.
 *
 * @example
 * ```ts
 * const { incidents } = await readIncidentFile('incidents.csv', ['internal', 'external-network', 'ddos']);
 * ```
 */
export async function readIncidentFile(path: string, causes: readonly string[] | undefined, zone?: string): Promise<{ incidents: Incident[]; ledger: RowLedger }> {
  const ledger = new RowLedger(path);
  const incidents: Incident[] = [];
  await readCsv(path, INCIDENT_COLUMNS, ledger, (row) => {
    const { start, end } = intervalColumns(row, zone);
    const cause = row.get('cause');
    if (cause === '' || (causes !== undefined && !causes.includes(cause))) {
      throw new SlaInputError('cause', cause, causes === undefined ? 'a non-empty cause such as internal' : `one of ${causes.join(', ')}`);
    }
    incidents.push({ start, end, cause, id: row.get('id') || `${path} line ${row.line}` });
  });
  return { incidents, ledger };
}
