import type { Contract } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import type { CliOutput } from '../command.js';
import { checkRegion } from '../contract-source.js';
import { RowRejection } from '../csv/csv-reader.js';
import { type CsvSource, pacedBy } from '../csv/csv-source.js';
import { RowLedger } from '../csv/row-ledger.js';
import { readTicketRows } from '../inputs/ticket-file.js';
import { readTickets } from '../inputs/ticket-inputs.js';
import { type CsvLineOptions, csvLine } from '../render/csv-text.js';
import { JsonObjectStream } from '../render/json-stream.js';
import { rejectionNotes } from '../render/rows-text.js';
import { ReportStream } from '../report-stream.js';
import { TicketJudge, type TicketsTail } from './ticket-judge.js';
import { type TicketJson, eventsByTicket } from './tickets-report.js';
import { ticketsHeadline } from '../per-file/headline.js';

/** How `slakit tickets` judges a file: `--region`, `--now`, `--zone`, `--events`, `--version-at`, `--audit-pauses`. */
export interface TicketsOptions {
  readonly region?: string | undefined;
  readonly now?: number | undefined;
  readonly zone?: string | undefined;
  readonly events?: CsvSource | undefined;
  readonly versionAt?: 'opened' | 'now' | undefined;
  /** Audit the tickets' pauses (`--audit-pauses`), with `--max-pause` in ms or `null`. */
  readonly audit?: { readonly maxPauseMs: number | null } | undefined;
}

/** Rows judged between two waits for the output's room, when the rows were read first. */
const ROWS_PER_WAIT = 256;

/**
 * Refuse, as a usage error, a contract without response targets and a
 * `--region` the contract does not have.
 *
 * @example
 * ```ts
 * checkTicketContract(lumapps(), 'emea'); // fine
 * ```
 */
export function checkTicketContract(contract: Contract, region: string | undefined, command = 'tickets'): void {
  if (contract.priorities.length === 0) throw new CliUsageError(`contract ${contract.id} has no response-time targets`, command);
  checkRegion(contract, region, command, { required: false });
}

/**
 * Judge one ticket export and write its report as JSON or CSV while it is
 * read: each row is read, judged, written and dropped; only the summary's
 * counts and response times, the ids (for the duplicate check), the rejected
 * rows and the pause audit's findings are kept. The output is `output` in
 * pieces, read no faster than it takes them (`output.ready`). Returns the
 * exit code: 1 when rows were rejected (each also a line on stderr).
 *
 * The JSON is the document `JSON.stringify(report, null, 2)` gives for the
 * whole report (see {@link TicketsJson}); the CSV one line per ticket.
 * With `--now` and without `--events` the rows stream; without `--now` the
 * rows are read first (the instant to judge at is the latest in the file,
 * and an open ticket requires `--now`), and with `--events` too (a ticket's
 * events may come anywhere in the events file, which is read after the
 * ticket file): the rows and events are then held, compact, the judged
 * tickets still not.
 *
 * @example
 * ```ts
 * const code = await streamTickets(csvSource('export.csv'), lumapps(), { now: Date.parse('2026-12-01T00:00:00Z') }, 'json', output);
 * ```
 */
export async function streamTickets(source: CsvSource, contract: Contract, options: TicketsOptions, format: 'json' | 'csv', output: CliOutput, csv: CsvLineOptions = {}): Promise<number> {
  checkTicketContract(contract, options.region);
  const report = new ReportStream(output);
  const writer = format === 'json' ? jsonTickets(contract.id, report) : csvTickets(report, csv);
  const versionAt = options.versionAt ?? 'opened';
  let judge: TicketJudge;
  if (options.now !== undefined && options.events === undefined) {
    const ledger = new RowLedger(source.name);
    judge = new TicketJudge(contract, ledger, { now: options.now, versionAt, audit: options.audit });
    await readTicketRows(pacedBy(source, () => report.ready()), ledger, contract, options.region, options.zone, (row) => {
      const judged = judge.judge(row, undefined);
      if (typeof judged === 'string') throw new RowRejection(judged);
      writer.ticket(judged.json);
    });
  } else {
    const { tickets, ledger, events, now } = await readTickets(source, contract, options, 'tickets');
    judge = new TicketJudge(contract, ledger, { now, versionAt, events: events?.ledger, audit: options.audit });
    const eventsOf = eventsByTicket(events?.rows ?? []);
    for (let i = 0; i < tickets.length; i++) {
      const row = tickets[i] as (typeof tickets)[number];
      const judged = judge.judge(row, eventsOf.get(row.id));
      if (typeof judged === 'string') ledger.revoke(row.line, judged);
      else writer.ticket(judged.json);
      if (i % ROWS_PER_WAIT === ROWS_PER_WAIT - 1) await report.ready();
    }
  }
  const tail = judge.tail(judge.summary());
  writer.end(tail);
  report.end();
  await report.ready();
  output.note(rejectionNotes(judge.files()));
  output.headline?.(ticketsHeadline({ json: { summary: tail.summary } }));
  return tail.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

/** Where judged tickets are written, then what follows them. */
interface TicketsWriter {
  ticket(json: TicketJson): void;
  end(tail: TicketsTail): void;
}

/** The JSON report, member by member: `contract`, each ticket, then `pauseAudit`, `rejected`, `summary`. */
function jsonTickets(contractId: string, report: ReportStream): TicketsWriter {
  const json = new JsonObjectStream((text) => report.write(text));
  let started = false;
  // Nothing is written before the first ticket: a fatal error in the header leaves the output empty.
  const start = (): void => {
    if (started) return;
    started = true;
    json.member('contract', contractId);
    json.openArray('tickets');
  };
  return {
    ticket(ticket) {
      start();
      json.item(ticket);
    },
    end(tail) {
      start();
      json.closeArray();
      json.member('pauseAudit', tail.pauseAudit);
      json.member('rejected', tail.rejected);
      json.member('summary', tail.summary);
      json.end();
      report.write('\n');
    },
  };
}

/** The CSV report: a header, then one line per ticket (the CSV carries tickets only). */
function csvTickets(report: ReportStream, options: CsvLineOptions): TicketsWriter {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    report.write(`${csvLine(['id', 'priority', 'region', 'target', 'version', 'openedAt', 'dueAt', 'respondedAt', 'met', 'businessElapsedMs'])}\n`);
  };
  return {
    ticket(t) {
      start();
      report.write(`${csvLine([t.id, t.priority, t.region, t.target, t.version, t.openedAt, t.dueAt, t.respondedAt, t.met, t.businessElapsedMs], options)}\n`);
    },
    end() {
      start();
    },
  };
}
