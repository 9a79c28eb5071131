import { CliUsageError } from '../cli-error.js';
import type { CsvSource } from '../csv/csv-source.js';
import type { RowLedger } from '../csv/row-ledger.js';
import { type TicketEventRow, readTicketEventsFile } from './ticket-events-file.js';
import { type ExtraColumns, type TicketRow, type TicketVocabulary, readTicketFile } from './ticket-file.js';

/** What {@link readTickets} read: the ticket rows, their events, each file's books, and the instant to judge at. */
export interface TicketInputs<Extra = undefined> {
  readonly tickets: TicketRow<Extra>[];
  readonly ledger: RowLedger;
  readonly events: { readonly rows: readonly TicketEventRow[]; readonly ledger: RowLedger } | undefined;
  /** `--now`, else the latest instant of the files (every ticket answered); `null` without a row. */
  readonly now: number | null;
}

/**
 * Read a ticket export and its events file (`--events`) against a
 * contract's priorities and regions, and decide the instant to judge at:
 * `--now`, required when a ticket is open; else the latest response or
 * event (with every ticket answered, "now" only has to follow the last
 * event).
 *
 * @example
 * ```ts
 * const { tickets, ledger, now } = await readTickets(csvSource('export.csv'), lumapps(), { now: undefined }, 'tickets');
 * ```
 */
export async function readTickets<Extra = undefined>(
  source: CsvSource,
  contract: TicketVocabulary,
  options: { readonly region?: string | undefined; readonly now?: number | undefined; readonly zone?: string | undefined; readonly events?: CsvSource | undefined },
  command: string,
  extra?: ExtraColumns<Extra>,
): Promise<TicketInputs<Extra>> {
  // With `extra`, each row also carries the command's own columns (slakit reconcile's helpdesk due and breach flag).
  const { tickets, ledger } = (extra === undefined ? await readTicketFile(source, contract, options.region, options.zone) : await readTicketFile(source, contract, options.region, options.zone, extra)) as {
    tickets: TicketRow<Extra>[];
    ledger: RowLedger;
  };
  const events = options.events === undefined ? undefined : await readTicketEventsFile(options.events, contract, new Set(tickets.map((ticket) => ticket.id)), options.zone);
  const open = tickets.filter((ticket) => ticket.respondedAt === null);
  if (options.now === undefined && open.length > 0) {
    throw new CliUsageError(`--now is required: ${open.length} ticket(s) have no respondedAt (e.g. ${open[0]?.id} on line ${open[0]?.line}); give the instant to judge open tickets at`, command);
  }
  const latest = [...tickets.map((ticket) => ticket.respondedAt ?? ticket.openedAt), ...(events?.events ?? []).map((row) => row.event.at as number)].reduce<number | null>(
    (max, at) => Math.max(max ?? -Infinity, at),
    null,
  );
  return { tickets, ledger, events: events === undefined ? undefined : { rows: events.events, ledger: events.ledger }, now: options.now ?? latest };
}
