import { type IncidentCauses, SlaInputError, type WeightedIncident } from '../../index.js';
import { type CsvSource, readCsv } from '../csv/csv-reader.js';
import { wholeNumberColumn } from '../csv/fields.js';
import { RowLedger } from '../csv/row-ledger.js';
import { intervalColumns } from './interval-columns.js';

/** Columns of an incident list: `start,end,cause` (+ optional `id`, `affected`). */
export const INCIDENT_COLUMNS = { required: ['start', 'end', 'cause'], optional: ['id', 'affected'] } as const;

/**
 * Read an incident CSV. Each row's `cause` is read by the contract's
 * {@link IncidentCauses} — the rule `Contract.availability` applies — so a
 * label the API refuses is a rejected row with the same reason (an empty
 * cause is rejected, never defaulted); `id` defaults to `<file> line <n>`.
 * `affected` (users affected, for a weighted commitment) is a whole number,
 * at most `population` when one is given; empty means the whole population.
 *
 * @example
 * ```ts
 * const { incidents } = await readIncidentFile(csvSource('incidents.csv'), letsignit().incidentCauses({ causeAliases: { DDoS: 'ddos' } }));
 * ```
 */
export async function readIncidentFile(source: CsvSource, causes: Pick<IncidentCauses, 'read'>, zone?: string, population?: number): Promise<{ incidents: WeightedIncident[]; ledger: RowLedger }> {
  const ledger = new RowLedger(source.name);
  const incidents: WeightedIncident[] = [];
  await readCsv(source, INCIDENT_COLUMNS, ledger, (row) => {
    const { start, end } = intervalColumns(row, zone);
    const cause = causes.read(row.get('cause'), 'cause');
    const affected = wholeNumberColumn(row, 'affected', { optional: true });
    if (affected !== undefined && population !== undefined && affected > population) throw new SlaInputError('affected', row.get('affected'), `a whole number from 0 to the population (${population}, --population)`);
    incidents.push({ start, end, cause, id: row.get('id') || `${source.name} line ${row.line}`, ...(affected === undefined ? {} : { affected }) });
  });
  return { incidents, ledger };
}
