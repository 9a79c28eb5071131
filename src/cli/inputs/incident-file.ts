import type { Incident, IncidentCauses } from '../../index.js';
import { readCsv } from '../csv/csv-reader.js';
import { RowLedger } from '../csv/row-ledger.js';
import { intervalColumns } from './interval-columns.js';

/** Columns of an incident list: `start,end,cause` (+ optional `id`). */
const INCIDENT_COLUMNS = { required: ['start', 'end', 'cause'], optional: ['id'] } as const;

/**
 * Read an incident CSV. Each row's `cause` is read by the contract's
 * {@link IncidentCauses} — the rule `Contract.availability` applies — so a
 * label the API refuses is a rejected row with the same reason (an empty
 * cause is rejected, never defaulted); `id` defaults to `<file> line <n>`.
 *
 * @example
 * ```ts
 * const { incidents } = await readIncidentFile('incidents.csv', letsignit().incidentCauses({ causeAliases: { DDoS: 'ddos' } }));
 * ```
 */
export async function readIncidentFile(path: string, causes: IncidentCauses, zone?: string): Promise<{ incidents: Incident[]; ledger: RowLedger }> {
  const ledger = new RowLedger(path);
  const incidents: Incident[] = [];
  await readCsv(path, INCIDENT_COLUMNS, ledger, (row) => {
    const { start, end } = intervalColumns(row, zone);
    const cause = causes.read(row.get('cause'), 'cause');
    incidents.push({ start, end, cause, id: row.get('id') || `${path} line ${row.line}` });
  });
  return { incidents, ledger };
}
