/**
 * `slakit tickets` end to end (issue 13): 1,000,000 generated ticket rows
 * (bench/generate-tickets.ts; a fifth still open) judged at `--now` a few
 * years after the last opening, JSON report written to a file, against the
 * readline + split floor over the same file; then once more with `--now`
 * decades later, for the peak RSS "whatever now is" (an open ticket's
 * business time then spans fifty years).
 */
import { CLI_TICKET_ROWS, generateTicketCsv, TICKET_CONTRACT } from '../generate-tickets.js';
import { temporaryCsvPath } from '../csv-file.js';
import { measureNode, type ProcessMeasure } from '../process-measure.js';
import { type AgainstFloor, builtCli, CLI_ENTRY, commandArgs, measureCommand, withGeneratedCsv } from './cli.js';

/** `--now` of the measured runs: after every opening (2026–2028), up to three and a half years later. */
export const TICKETS_NOW = '2029-06-01T00:00:00Z';
/** `--now` of the far run: about fifty years after the openings. */
export const TICKETS_FAR_NOW = '2076-06-01T00:00:00Z';
/** Arguments after `node <CLI_ENTRY>`; `{input}`: the ticket CSV, `{out}`: the report file. */
export const TICKETS_ARGS = ['tickets', '{input}', '--contract', TICKET_CONTRACT, '--now', TICKETS_NOW, '--format', 'json', '--out', '{out}'] as const;

export type CliTicketsResult =
  | { readonly status: 'not-available'; readonly entry: string }
  | ({ readonly status: 'measured'; readonly farNow: ProcessMeasure } & AgainstFloor);

export function runCliTickets(rows = CLI_TICKET_ROWS, rounds = 3, cliEntry = CLI_ENTRY): CliTicketsResult {
  const entry = builtCli(cliEntry);
  if (entry === undefined) return { status: 'not-available', entry: cliEntry };
  return withGeneratedCsv(
    () => generateTicketCsv(temporaryCsvPath('tickets.csv'), rows),
    (csv, generateMs) => {
      const measured = measureCommand(entry, TICKETS_ARGS, csv, generateMs, rows, rounds, '<tickets.csv>');
      const farNow = measureNode([entry, ...commandArgs(TICKETS_ARGS.map((arg) => (arg === TICKETS_NOW ? TICKETS_FAR_NOW : arg)), csv)]);
      return { status: 'measured', ...measured, farNow };
    },
  );
}
