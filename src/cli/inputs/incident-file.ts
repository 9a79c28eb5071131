import type { Incident, IncidentCauses } from '../../index.js';
import { type CsvSource, readCsv } from '../csv/csv-reader.js';
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
 * const { incidents } = await readIncidentFile(csvSource('incidents.csv'), letsignit().incidentCauses({ causeAliases: { DDoS: 'ddos' } }));
 * ```
 */
export async function readIncidentFile(source: CsvSource, causes: IncidentCauses, zone?: string): Promise<{ incidents: Incident[]; ledger: RowLedger }> {
  const ledger = new RowLedger(source.name);
  const incidents: Incident[] = [];
  await readCsv(source, INCIDENT_COLUMNS, ledger, (row) => {
    const { start, end } = intervalColumns(row, zone);
    const cause = causes.read(row.get('cause'), 'cause');
    incidents.push({ start, end, cause, id: row.get('id') || `${source.name} line ${row.line}` });
  });
  return { incidents, ledger };
}
