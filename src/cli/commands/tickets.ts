import { type Contract, SlaError } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, type CliOutput, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, checkRegion, contractFromArgs, contractInputs, readInstant, zoneFromArgs } from '../contract-source.js';
import { type CsvSource, checkOneStdin, csvSource, withDelimiter } from '../csv/csv-source.js';
import { readTicketEventsFile } from '../inputs/ticket-events-file.js';
import { type ExtraColumns, readTicketFile } from '../inputs/ticket-file.js';
import { type CsvLineOptions, csvLine } from '../render/csv-text.js';
import { rejectionNotes, rowsText } from '../render/rows-text.js';
import { table } from '../render/table.js';
import { hoursText, localText } from '../render/time-text.js';
import { type TicketsReport, judgeTickets } from './tickets-report.js';
import { delimiterFromArgs } from './availability.js';

const HELP = `slakit tickets — judge a ticket export against a contract's response targets

Usage:
  slakit tickets <file.csv> --contract <id> [--events <events.csv>] [--region <r>] [--now <iso>] [--version-at opened|now] [--format text|json|csv]

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

Flags:
${CONTRACT_HELP}
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

/** The options a ticket export is read and judged with (`slakit tickets`, `slakit reconcile`). */
export interface TicketInputOptions {
  readonly region?: string | undefined;
  readonly now?: number | undefined;
  readonly zone?: string | undefined;
  readonly events?: CsvSource | undefined;
  readonly versionAt?: 'opened' | 'now' | undefined;
}

/**
 * Read, validate and judge a ticket export (with `extra` columns, for a
 * command that reads more of each row): the ticket file, then the events
 * file; `now` is required when some ticket is open, else it defaults to the
 * latest response or event. `command` names the command in usage errors.
 *
 * @example
 * ```ts
 * const report = await judgeTicketFile(csvSource('export.csv'), lumapps(), { now: Date.parse('2026-12-01T00:00:00Z') }, 'tickets');
 * ```
 */
export async function judgeTicketFile(source: CsvSource, contract: Contract, options: TicketInputOptions, command: string): Promise<TicketsReport>;
export async function judgeTicketFile<Extra>(source: CsvSource, contract: Contract, options: TicketInputOptions, command: string, extra: ExtraColumns<Extra>): Promise<TicketsReport<Extra>>;
export async function judgeTicketFile<Extra>(source: CsvSource, contract: Contract, options: TicketInputOptions, command: string, extra?: ExtraColumns<Extra>): Promise<TicketsReport<Extra | undefined>> {
  if (contract.priorities.length === 0) throw new CliUsageError(`contract ${contract.id} has no response-time targets`, command);
  checkRegion(contract, options.region, command, { required: false });
  const { tickets, ledger } = extra === undefined ? await readTicketFile(source, contract, options.region, options.zone) : await readTicketFile(source, contract, options.region, options.zone, extra);
  const events = options.events === undefined ? undefined : await readTicketEventsFile(options.events, contract, new Set(tickets.map((ticket) => ticket.id)), options.zone);
  const open = tickets.filter((ticket) => ticket.respondedAt === null);
  if (options.now === undefined && open.length > 0) {
    throw new CliUsageError(`--now is required: ${open.length} ticket(s) have no respondedAt (e.g. ${open[0]?.id} on line ${open[0]?.line}); give the instant to judge open tickets at`, command);
  }
  // With every ticket answered, "now" only has to follow the last event: the latest response (or events file row).
  const latest = [...tickets.map((ticket) => ticket.respondedAt ?? ticket.openedAt), ...(events?.events ?? []).map((row) => row.event.at as number)].reduce<number | null>(
    (max, at) => Math.max(max ?? -Infinity, at),
    null,
  );
  return judgeTickets<Extra | undefined>(contract, tickets, ledger, options.now ?? latest, events === undefined ? undefined : { rows: events.events, ledger: events.ledger }, options.versionAt ?? 'opened');
}

/**
 * Read, validate and judge a ticket export.
 *
 * @example
 * ```ts
 * const report = await ticketsReport(csvSource('export.csv'), lumapps(), { now: Date.parse('2026-12-01T00:00:00Z') });
 * ```
 */
export async function ticketsReport(source: CsvSource, contract: Contract, options: TicketInputOptions): Promise<TicketsReport> {
  return judgeTicketFile(source, contract, options, 'tickets');
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
  return report.json.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

/**
 * The flags of a command that reads a ticket export (`slakit tickets`,
 * `slakit reconcile`): the contract's, `--region`, `--now`, `--delimiter`,
 * `--events`, `--version-at`.
 */
export const TICKET_INPUT_OPTIONS = {
  ...CONTRACT_OPTIONS,
  region: { type: 'string', short: 'r' },
  now: { type: 'string' },
  delimiter: { type: 'string' },
  events: { type: 'string' },
  'version-at': { type: 'string' },
} as const;

/**
 * The input files of a ticket command, for `--out` checks: the contract
 * file, the export (`named` as in its usage) and `--events`.
 *
 * @example
 * ```ts
 * ticketInputFiles('<file.csv>')(args); // [{ path: 'export.csv', named: '<file.csv>' }, …]
 * ```
 */
export function ticketInputFiles(named: string): NonNullable<Command['inputFiles']> {
  return (args) => {
    const file = args.positionals[0];
    const events = args.values['events'];
    return [
      ...contractInputs(args),
      ...(file === undefined || file === '-' ? [] : [{ path: file, named }]),
      ...(typeof events === 'string' && events !== '-' ? [{ path: events, named: '--events' }] : []),
    ];
  };
}

/**
 * The contract, the export and the reading options of a ticket command
 * from its flags ({@link TICKET_INPUT_OPTIONS}); a bad flag is a usage error.
 *
 * @example
 * ```ts
 * const { contract, source, options } = ticketInputsFromArgs(args, 'export.csv', 'tickets');
 * ```
 */
export function ticketInputsFromArgs(args: CommandArgs, file: string, command: string): { contract: Contract; source: CsvSource; options: TicketInputOptions } {
  const contract = contractFromArgs(args, command);
  const zone = zoneFromArgs(args, command);
  const nowText = stringFlag(args, 'now', command);
  let now: number | undefined;
  try {
    now = nowText === undefined ? undefined : readInstant(nowText, '--now', zone);
  } catch (error) {
    if (error instanceof SlaError) throw new CliUsageError(error.message, command);
    throw error;
  }
  const versionAt = stringFlag(args, 'version-at', command) ?? 'opened';
  if (versionAt !== 'opened' && versionAt !== 'now') throw new CliUsageError(`--version-at ${versionAt}: expected "opened" (the version in force when a ticket was opened) or "now"`, command);
  const delimiter = delimiterFromArgs(args, command);
  const source = withDelimiter(csvSource(file), delimiter);
  const eventsFile = stringFlag(args, 'events', command);
  checkOneStdin([file, eventsFile], command);
  const events = eventsFile === undefined ? undefined : withDelimiter(csvSource(eventsFile), delimiter);
  return { contract, source, options: { region: stringFlag(args, 'region', command), now, zone, events, versionAt } };
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
  options: {
    ...TICKET_INPUT_OPTIONS,
    format: { type: 'string', short: 'f' },
    'csv-raw': { type: 'boolean' },
  },
  inputFiles: ticketInputFiles('<file.csv>'),
  async run(args: CommandArgs, output) {
    const file = args.positionals[0];
    if (file === undefined) throw new CliUsageError('missing <file.csv>: the ticket export to judge', 'tickets');
    const format = formatFlag(args, 'tickets', ['text', 'json', 'csv']);
    const raw = args.values['csv-raw'] === true;
    if (raw && format !== 'csv') throw new CliUsageError('--csv-raw applies to --format csv only', 'tickets');
    const { contract, source, options } = ticketInputsFromArgs(args, file, 'tickets');
    const report = await ticketsReport(source, contract, options);
    return writeTickets(report, format, contract, source.name, output, { raw });
  },
};
