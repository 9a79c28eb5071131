import { SlaInputError, type TicketEvent } from '../../index.js';
import { type CsvSource, readCsv } from '../csv/csv-reader.js';
import { choiceColumn, instantColumn } from '../csv/fields.js';
import { RowLedger } from '../csv/row-ledger.js';
import type { TicketVocabulary } from './ticket-file.js';

/** Columns of a ticket events file: `ticketId,at,type,value`. */
export const EVENT_COLUMNS = { required: ['ticketId', 'at', 'type', 'value'], optional: [] } as const;

/** The event types an events file may hold (the opening is the ticket row's `openedAt`). */
const EVENT_TYPES = ['status', 'message', 'pause', 'resume', 'respond', 'reprioritise'] as const;

/** One event row that passed validation: the event, its line, its ticket. */
export interface TicketEventRow {
  readonly line: number;
  readonly ticketId: string;
  readonly event: TicketEvent;
}

/**
 * Read and validate a ticket events file: `ticketId` one of `ticketIds`
 * (the ticket file's rows), `at` an instant, `type` one of status, message,
 * pause, resume, respond, reprioritise, and `value` the status (non-empty),
 * the author (`customer` or `agent`), the new priority (one of the
 * contract's), or empty for pause, resume and respond. Each bad row is
 * rejected with its line and reason. Whether the events of a ticket agree
 * with each other (order, pauses, mapped statuses) is the contract's
 * question: see {@link judgeTickets}.
 *
 * @example
 * ```ts
 * const { events, ledger } = await readTicketEventsFile(csvSource('events.csv'), msp, new Set(['T-1']));
 * ```
 */
export async function readTicketEventsFile(source: CsvSource, contract: TicketVocabulary, ticketIds: ReadonlySet<string>, zone?: string): Promise<{ events: TicketEventRow[]; ledger: RowLedger }> {
  const ledger = new RowLedger(source.name);
  const events: TicketEventRow[] = [];
  await readCsv(source, EVENT_COLUMNS, ledger, (row) => {
    const ticketId = row.get('ticketId');
    if (!ticketIds.has(ticketId)) throw new SlaInputError('ticketId', ticketId, 'the id of a ticket of the ticket file (a used row)');
    const at = instantColumn(row, 'at', zone);
    const type = choiceColumn(row, 'type', EVENT_TYPES) as (typeof EVENT_TYPES)[number];
    const value = row.get('value');
    let event: TicketEvent;
    switch (type) {
      case 'status':
        if (value === '') throw new SlaInputError('value', value, 'the status of a "status" event, e.g. pending');
        event = { type, at, status: value };
        break;
      case 'message':
        event = { type, at, author: choiceColumn(row, 'value', ['customer', 'agent'], ' (the author of a "message" event)') as 'customer' | 'agent' };
        break;
      case 'reprioritise':
        event = { type, at, priority: choiceColumn(row, 'value', contract.metricPriorities, ` (contract ${contract.id})`) };
        break;
      default:
        if (value !== '') throw new SlaInputError('value', value, `an empty value for a "${type}" event`);
        event = { type, at };
    }
    events.push({ line: row.line, ticketId, event });
  });
  return { events, ledger };
}
