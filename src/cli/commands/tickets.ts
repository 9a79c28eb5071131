import { type Contract, SlaError } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, type CliOutput, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, checkRegion, contractFromArgs, contractInputs, readInstant, zoneFromArgs } from '../contract-source.js';
import { type CsvSource, checkOneStdin, csvSource, withDelimiter } from '../csv/csv-source.js';
import { readTicketEventsFile } from '../inputs/ticket-events-file.js';
import { readTicketFile } from '../inputs/ticket-file.js';
import { type CsvLineOptions, csvLine } from '../render/csv-text.js';
import { rejectionNotes, rowsText } from '../render/rows-text.js';
import { table } from '../render/table.js';
import { hoursText, localText } from '../render/time-text.js';
import { type TicketsReport, judgeTickets } from './tickets-report.js';
import { delimiterFromArgs } from './availability.js';
import { inputFileList } from '../per-file/file-list.js';
import { ticketsHeadline } from '../per-file/headline.js';
import { JOBS_HELP, jobsFlag, runOnEachFile } from '../per-file/run-per-file.js';

const HELP = `slakit tickets — judge a ticket export against a contract's response targets

Usage:
  slakit tickets <file.csv> --contract <id> [--events <events.csv>] [--region <r>] [--now <iso>] [--version-at opened|now] [--format text|json|csv]
  slakit tickets <a.csv> <b.csv>… --contract <id> [--jobs <n>] [--format text|json]     several exports, one per customer

The CSV has the header id,priority,openedAt,respondedAt and an optional region column
(header names are matched case-insensitively; other columns are ignored). Instants are
ISO 8601 with offset or Z. An empty respondedAt is an open ticket, judged at --now.
<file.csv> or --events may be "-" (one of them): that file is read from standard input.

With --events, a second CSV with the header ticketId,at,type,value gives each ticket's helpdesk
events: type status (value: the status, e.g. pending), message (value: customer or agent),
pause, resume, respond (value empty) or reprioritise (value: the new priority). The contract's
status maps (responses.statuses) turn them into every metric's clock: first response,
resolution, next reply, periodic update (responses.metrics). A ticket's events are put in
time order after its opening; a bad row, or an event of a ticket the contract refuses, is
rejected with its line, and each file's rows reconcile: read = used + rejected.

Several files (one export per customer; a quoted glob such as 'exports/*.csv' is expanded by
slakit, in path order): each file is judged as if given alone, on worker threads, and the report
is one summary table (one row per file: rows read, used, rejected; tickets met, missed, open;
then the totals) followed by each file's own report (JSON: { files, total, reports }), in the
order given. --events and --format csv take one file.

Flags:
${CONTRACT_HELP}
${JOBS_HELP}
  --events <events.csv>          the tickets' helpdesk events (see above)
  -r, --region <r>               region of rows without a region value (lumapps: emea, nam, latam, apac)
  --now <iso>                    the instant open tickets are judged at; required when some
                                 ticket is open (slakit never reads the system clock)
  --version-at opened|now        which contract version judges a ticket: the one in force when it
                                 was opened (default) or the one in force at --now
  -f, --format text|json|csv     default text
  --csv-raw                      with --format csv: write text cells as they are; by default a cell
                                 starting with = + - @ tab or CR (a spreadsheet formula) is written
                                 as text: prefixed with ' and quoted
  -o, --out <file>               write the report there instead of stdout
  -h, --help                     this help

Rows: fields are separated by ",", ";" or a tab, detected from the header line (--delimiter
, | ; | tab | auto to force one); a UTF-8 BOM and CRLF line ends are fine; blank lines are skipped and are not rows.
Each bad row (wrong field count, bad date, unknown priority or region, respondedAt before
openedAt, duplicate id) is rejected with its line number and reason; the others are judged.
The summary says rows read = rows used + rows rejected.

Exit codes: 0 all rows judged; 1 some rows rejected (report still written);
            2 usage error or unreadable input (missing file or column, empty file).

Example:
  slakit tickets export.csv --contract lumapps --now 2026-12-01T00:00:00Z --format json
`;

/**
 * Read, validate and judge a ticket export.
 *
 * @example
 * ```ts
 * const report = await ticketsReport(csvSource('export.csv'), lumapps(), { now: Date.parse('2026-12-01T00:00:00Z') });
 * ```
 */
export async function ticketsReport(
  source: CsvSource,
  contract: Contract,
  options: {
    readonly region?: string | undefined;
    readonly now?: number | undefined;
    readonly zone?: string | undefined;
    readonly events?: CsvSource | undefined;
    readonly versionAt?: 'opened' | 'now' | undefined;
  },
): Promise<TicketsReport> {
  if (contract.priorities.length === 0) throw new CliUsageError(`contract ${contract.id} has no response-time targets`, 'tickets');
  checkRegion(contract, options.region, 'tickets', { required: false });
  const { tickets, ledger } = await readTicketFile(source, contract, options.region, options.zone);
  const events = options.events === undefined ? undefined : await readTicketEventsFile(options.events, contract, new Set(tickets.map((ticket) => ticket.id)), options.zone);
  const open = tickets.filter((ticket) => ticket.respondedAt === null);
  if (options.now === undefined && open.length > 0) {
    throw new CliUsageError(`--now is required: ${open.length} ticket(s) have no respondedAt (e.g. ${open[0]?.id} on line ${open[0]?.line}); give the instant to judge open tickets at`, 'tickets');
  }
  // With every ticket answered, "now" only has to follow the last event: the latest response (or events file row).
  const latest = [...tickets.map((ticket) => ticket.respondedAt ?? ticket.openedAt), ...(events?.events ?? []).map((row) => row.event.at as number)].reduce<number | null>(
    (max, at) => Math.max(max ?? -Infinity, at),
    null,
  );
  return judgeTickets(contract, tickets, ledger, options.now ?? latest, events === undefined ? undefined : { rows: events.events, ledger: events.ledger }, options.versionAt ?? 'opened');
}

/**
 * The report for a person: one line per ticket in its calendar's local time,
 * due also in UTC, the summary per priority and every rejected row.
 *
 * @example
 * ```ts
 * console.log(ticketsText(report, 'LumApps', 'export.csv'));
 * ```
 */
export function ticketsText(report: TicketsReport, contractName: string, file: string): string {
  const { json, zones } = report;
  const { summary } = json;
  const rows = json.tickets.map((ticket, i) => {
    const zone = zones[i] as string;
    const verdict = ticket.met === true ? 'met' : ticket.met === false ? 'MISSED' : 'open';
    return [
      ticket.id,
      ticket.priority,
      ticket.region ?? '',
      ticket.target,
      localText(Date.parse(ticket.openedAt), zone),
      localText(Date.parse(ticket.dueAt), zone),
      ticket.dueAt,
      ticket.respondedAt === null ? '—' : localText(Date.parse(ticket.respondedAt), zone),
      verdict,
      hoursText(ticket.businessElapsedMs),
    ];
  });
  const priorities = Object.entries(summary.byPriority).map(([priority, p]) => [
    priority,
    p.kind,
    String(p.total),
    String(p.met),
    String(p.missed),
    String(p.running + p.paused),
    p.medianResponseMs === null ? '—' : hoursText(p.medianResponseMs),
    p.p90ResponseMs === null ? '—' : hoursText(p.p90ResponseMs),
  ]);
  const metricRows = json.tickets.flatMap((ticket, i) =>
    Object.entries(ticket.metrics ?? {}).map(([kind, metric]) => {
      const last = metric.cycles[metric.cycles.length - 1];
      return [
        ticket.id,
        kind,
        String(metric.cycles.length),
        String(metric.missedCycles),
        metric.state ?? '—',
        last === undefined ? '—' : localText(Date.parse(last.dueAt), zones[i] as string),
        last === undefined ? '—' : hoursText(last.businessElapsedMs),
      ];
    }),
  );
  const metricsText =
    metricRows.length === 0 ? [] : ['', 'Metrics (current or last cycle):', '', table(['id', 'metric', 'cycles', 'missed', 'state', 'due (local)', 'business time'], metricRows, [2, 3, 6]), ''];
  return [
    `${contractName} — tickets from ${file}, judged at ${summary.now ?? '(no ticket)'}`,
    '',
    table(['id', 'priority', 'region', 'target', 'opened (local)', 'due (local)', 'due (UTC)', 'responded (local)', 'verdict', 'business time'], rows, [9]),
    '',
    `Summary: ${summary.total} ticket(s): ${summary.met} met, ${summary.missed} missed, ${summary.running + summary.paused} open and not yet due`,
    '',
    table(['priority', 'kind', 'tickets', 'met', 'missed', 'open', 'median response', 'p90 response'], priorities, [2, 3, 4, 5, 6, 7]),
    ...metricsText,
    '',
    rowsText(report.files),
  ].join('\n');
}

function ticketsCsv(report: TicketsReport, options: CsvLineOptions): string {
  const header = ['id', 'priority', 'region', 'target', 'version', 'openedAt', 'dueAt', 'respondedAt', 'met', 'businessElapsedMs'];
  const lines = report.json.tickets.map((t) => csvLine([t.id, t.priority, t.region, t.target, t.version, t.openedAt, t.dueAt, t.respondedAt, t.met, t.businessElapsedMs], options));
  return `${[csvLine(header), ...lines].join('\n')}\n`;
}

/**
 * Write a tickets report in a format and return the exit code (1 when rows
 * were rejected). In every format each rejected row is also a line on
 * stderr (the text and JSON reports list them too; CSV carries tickets only).
 * CSV text cells that a spreadsheet would run as formulas are neutralised
 * unless `csv.raw` (see {@link csvLine}).
 *
 * @example
 * ```ts
 * const code = writeTickets(report, 'json', contract, 'export.csv', output);
 * ```
 */
export function writeTickets(report: TicketsReport, format: 'text' | 'json' | 'csv', contract: Contract, file: string, output: CliOutput, csv: CsvLineOptions = {}): number {
  if (format === 'json') output.report(`${JSON.stringify(report.json, null, 2)}\n`);
  else if (format === 'csv') output.report(ticketsCsv(report, csv));
  else output.report(`${ticketsText(report, contract.name, file)}\n`);
  output.note(rejectionNotes(report.files));
  output.headline?.(ticketsHeadline(report));
  return report.json.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

/**
 * `slakit tickets`.
 *
 * @example
 * ```ts
 * const code = await ticketsCommand.run(parseCommandArgs(ticketsCommand, ['export.csv', '--contract', 'lumapps', '--now', '2026-12-01T00:00:00Z']), output);
 * ```
 */
export const ticketsCommand: Command = {
  name: 'tickets',
  summary: 'judge a ticket export (CSV) against a contract: due, met or missed, summary',
  help: HELP,
  positionals: ['file.csv'],
  lastPositionalRepeats: true,
  options: {
    ...CONTRACT_OPTIONS,
    region: { type: 'string', short: 'r' },
    now: { type: 'string' },
    format: { type: 'string', short: 'f' },
    'csv-raw': { type: 'boolean' },
    delimiter: { type: 'string' },
    events: { type: 'string' },
    'version-at': { type: 'string' },
    jobs: { type: 'string' },
  },
  inputFiles: (args) => {
    const events = args.values['events'];
    return [
      ...contractInputs(args),
      ...inputFileList(args.positionals, '<file.csv>', 'tickets')
        .filter((file) => file !== '-')
        .map((path) => ({ path, named: '<file.csv>' })),
      ...(typeof events === 'string' && events !== '-' ? [{ path: events, named: '--events' }] : []),
    ];
  },
  async run(args: CommandArgs, output) {
    const files = inputFileList(args.positionals, '<file.csv>', 'tickets');
    if (files.length > 1) return runOnEachFile(ticketsCommand, args, files, { flag: null, oneFileOnly: { events: 'belongs to one ticket export' } }, output);
    jobsFlag(args, 1, 'tickets'); // a bad --jobs is refused with one file too
    const file = files[0];
    if (file === undefined) throw new CliUsageError('missing <file.csv>: the ticket export to judge', 'tickets');
    const format = formatFlag(args, 'tickets', ['text', 'json', 'csv']);
    const raw = args.values['csv-raw'] === true;
    if (raw && format !== 'csv') throw new CliUsageError('--csv-raw applies to --format csv only', 'tickets');
    const contract = contractFromArgs(args, 'tickets');
    const zone = zoneFromArgs(args, 'tickets');
    const nowText = stringFlag(args, 'now', 'tickets');
    let now: number | undefined;
    try {
      now = nowText === undefined ? undefined : readInstant(nowText, '--now', zone);
    } catch (error) {
      if (error instanceof SlaError) throw new CliUsageError(error.message, 'tickets');
      throw error;
    }
    const versionAt = stringFlag(args, 'version-at', 'tickets') ?? 'opened';
    if (versionAt !== 'opened' && versionAt !== 'now') throw new CliUsageError(`--version-at ${versionAt}: expected "opened" (the version in force when a ticket was opened) or "now"`, 'tickets');
    const delimiter = delimiterFromArgs(args, 'tickets');
    const source = withDelimiter(csvSource(file), delimiter);
    const eventsFile = stringFlag(args, 'events', 'tickets');
    checkOneStdin([file, eventsFile], 'tickets');
    const events = eventsFile === undefined ? undefined : withDelimiter(csvSource(eventsFile), delimiter);
    const report = await ticketsReport(source, contract, { region: stringFlag(args, 'region', 'tickets'), now, zone, events, versionAt });
    return writeTickets(report, format, contract, source.name, output, { raw });
  },
};
