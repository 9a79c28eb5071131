import type { CsvColumns } from '../csv/csv-reader.js';
import { CLAIM_COLUMNS } from '../inputs/claims-file.js';
import { INCIDENT_COLUMNS } from '../inputs/incident-file.js';
import { MAINTENANCE_COLUMNS } from '../inputs/maintenance-file.js';
import { PROBE_COLUMNS } from '../inputs/probe-file.js';
import { REQUEST_COLUMNS } from '../inputs/request-file.js';
import { SERIES_COLUMNS } from '../inputs/series-file.js';
import { TICKET_COLUMNS } from '../inputs/ticket-file.js';
import { EVENT_COLUMNS } from '../inputs/ticket-events-file.js';

/**
 * The CSV inputs a `--map` file or an import profile can apply to, with the
 * columns slakit reads from each and how the command line names the file.
 *
 * @example
 * ```ts
 * INPUT_KINDS.tickets.columns.required; // ["id", "priority", "openedAt", "respondedAt"]
 * ```
 */
export const INPUT_KINDS = {
  tickets: { columns: TICKET_COLUMNS, named: 'the ticket file (<file.csv>)' },
  events: { columns: EVENT_COLUMNS, named: 'the events file (--events)' },
  probes: { columns: PROBE_COLUMNS, named: '--probes' },
  incidents: { columns: INCIDENT_COLUMNS, named: '--incidents' },
  requests: { columns: REQUEST_COLUMNS, named: '--requests' },
  series: { columns: SERIES_COLUMNS, named: '--series' },
  maintenance: { columns: MAINTENANCE_COLUMNS, named: '--maintenance' },
  claims: { columns: CLAIM_COLUMNS, named: '--claims' },
} as const satisfies Record<string, { readonly columns: CsvColumns; readonly named: string }>;

/**
 * One of the inputs of {@link INPUT_KINDS}: `tickets`, `events`, `probes`,
 * `incidents`, `requests`, `series`, `maintenance`, `claims`.
 *
 * @example
 * ```ts
 * const kind: InputKind = 'incidents';
 * ```
 */
export type InputKind = keyof typeof INPUT_KINDS;

/**
 * The columns slakit reads from an input, required first.
 *
 * @example
 * ```ts
 * columnsOf('probes'); // ["at", "ok", "latencyMs"]
 * ```
 */
export function columnsOf(kind: InputKind): readonly string[] {
  const { required, optional } = INPUT_KINDS[kind].columns as CsvColumns;
  return [...required, ...(optional ?? [])];
}
