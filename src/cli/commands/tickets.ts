import { basename } from 'node:path';
import { type Contract, SlaError, toDurationMs } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, type CliOutput, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, checkRegion, contractFromArgs, contractInputs, readInstant, zoneFromArgs } from '../contract-source.js';
import { type CsvSource, checkOneStdin, csvSource, withDelimiter, withMapping } from '../csv/csv-source.js';
import { IMPORT_OPTIONS, importHelp, importMappingsFromArgs } from '../imports/import-flags.js';
import { readTickets } from '../inputs/ticket-inputs.js';
import type { ExtraColumns } from '../inputs/ticket-file.js';
import type { CsvLineOptions } from '../render/csv-text.js';
import { rejectionNotes, rowsText } from '../render/rows-text.js';
import { table } from '../render/table.js';
import { ticketsIcs } from '../render/tickets-ics.js';
import { hoursText, localText } from '../render/time-text.js';
import { type PauseAuditJson, type PauseFindingJson, type TicketsReport, judgeTickets } from './tickets-report.js';
import { delimiterFromArgs } from './availability.js';
import { inputFileList } from '../per-file/file-list.js';
import { ticketsHeadline } from '../per-file/headline.js';
import { JOBS_HELP, jobsFlag, runOnEachFile } from '../per-file/run-per-file.js';
import { type TicketsOptions, checkTicketContract, streamTickets } from './tickets-stream.js';

const HELP = `slakit tickets — judge a ticket export against a contract's response targets

Usage:
  slakit tickets <file.csv> --contract <id> [--events <events.csv>] [--region <r>] [--now <iso>] [--version-at opened|now] [--format text|json|csv]
                 [--profile zendesk|jira-service-management] [--map <map.json>]
  slakit tickets <file.csv> --contract <id> --events <events.csv> --audit-pauses [--max-pause <duration>] [--now <iso>] [--format text|json]
  slakit tickets <a.csv> <b.csv>… --contract <id> [--jobs <n>] [--format text|json]     several exports, one per customer

The CSV has the header id,priority,openedAt,respondedAt and an optional region column
(header names are matched case-insensitively; other columns are ignored). Instants are
ISO 8601 with offset or Z. An empty respondedAt is an open ticket, judged at --now.
A helpdesk export with other names reads with --profile (Zendesk, Jira Service Management) and/or
--map (your column names and priority names → slakit's); row errors name both columns.
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
${importHelp(['tickets', 'events'])}
  -r, --region <r>               region of rows without a region value (lumapps: emea, nam, latam, apac)
  --now <iso>                    the instant open tickets are judged at; required when some
                                 ticket is open (slakit never reads the system clock)
  --version-at opened|now        which contract version judges a ticket: the one in force when it
                                 was opened (default) or the one in force at --now
  --audit-pauses                 with --events: list the pauses the contract's pause clause (its status
                                 maps) does not allow — paused while the ticket waited on the agent (the
                                 customer spoke last, or a pause event while a status the map runs the
                                 clock in), a customer message while paused and the pause went on, a
                                 pause longer than --max-pause — each with the business time it removed
                                 from each metric's clock and its events by file line (text or json)
  --max-pause <d>                the longest pause allowed, wall-clock time: 48h, 2d, 90m or PT48H (the
                                 contract states no limit: the audit asks it)
  -f, --format text|json|csv|ics default text; json and csv are written while the file is read (each
                                 row read, judged, written, dropped): use them for large exports — the
                                 text table holds every ticket in memory to fit its columns. With --now
                                 and without --events nothing but the summary's counts is kept. ics: the
                                 due instant of each open ticket as an iCalendar event to subscribe to
                                 (UID <contract>-<ticket>-due@slakit, DTSTAMP --now)
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
export async function ticketsReport(source: CsvSource, contract: Contract, options: TicketsOptions): Promise<TicketsReport> {
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
  const notJudged = summary.metricsNotJudged ?? [];
  const metricsText = [
    ...(metricRows.length === 0 ? [] : ['', 'Metrics (current or last cycle):', '', table(['id', 'metric', 'cycles', 'missed', 'state', 'due (local)', 'business time'], metricRows, [2, 3, 6]), '']),
    ...(notJudged.length === 0 ? [] : ['', `Not judged: ${notJudged.join(', ')} — these clocks stop on status changes and messages, which the export does not hold; give them with --events.`]),
  ];
  const zoneOf = new Map(json.tickets.map((ticket, i) => [ticket.id, zones[i] as string]));
  return [
    `${contractName} — tickets from ${file}, judged at ${summary.now ?? '(no ticket)'}`,
    '',
    table(['id', 'priority', 'region', 'target', 'opened (local)', 'due (local)', 'due (UTC)', 'responded (local)', 'verdict', 'business time'], rows, [9]),
    '',
    `Summary: ${summary.total} ticket(s): ${summary.met} met, ${summary.missed} missed, ${summary.running + summary.paused} open and not yet due`,
    '',
    table(['priority', 'kind', 'tickets', 'met', 'missed', 'open', 'median response', 'p90 response'], priorities, [2, 3, 4, 5, 6, 7]),
    ...metricsText,
    ...(json.pauseAudit === undefined ? [] : pauseAuditText(json.pauseAudit, zoneOf)),
    '',
    rowsText(report.files),
  ].join('\n');
}

/** What each kind of finding means, in the text report. */
const FINDING_TEXT: Readonly<Record<PauseFindingJson['kind'], string>> = {
  'waiting-on-agent': 'paused while the ticket waited on the agent',
  'customer-replied': 'the customer wrote while paused and the pause went on',
  'too-long': 'longer than --max-pause',
};

/** `n thing` or `n things`. */
function plural(n: number, thing: string): string {
  return `${n} ${thing}${n === 1 ? '' : 's'}`;
}

/**
 * The pause audit for a person: one line per finding (pause and flagged part in the ticket's local time,
 * business time removed, the events as file:line — the events file's, or the ticket file's for the opening and
 * a respondedAt — and the clause), then per metric the totals.
 */
function pauseAuditText(audit: PauseAuditJson, zoneOf: ReadonlyMap<string, string>): string[] {
  const local = (iso: string, id: string) => localText(Date.parse(iso), zoneOf.get(id) ?? 'UTC');
  const rows = audit.findings.map((f) => [
    f.ticketId,
    f.metric,
    f.kind,
    `${local(f.pause.start, f.ticketId)} – ${local(f.pause.end, f.ticketId)}${f.pause.ongoing ? ' (ongoing)' : ''}`,
    `${local(f.flagged.start, f.ticketId)} – ${local(f.flagged.end, f.ticketId)}`,
    hoursText(f.removedMs),
    f.events.map((e) => `${e.type} ${basename(e.file)}:${e.line}`).join(', '),
    f.source?.section ?? '',
  ]);
  const limit = audit.maxPauseMs === null ? 'no --max-pause' : `--max-pause ${hoursText(audit.maxPauseMs)}`;
  // A pause of one metric's clock may give several findings (customer replied, then too long).
  const pauses = new Set(audit.findings.map((f) => `${f.ticketId}\u0000${f.metric}\u0000${f.pause.start}`)).size;
  const totals = Object.entries(audit.byMetric).map(([metric, t]) => [metric, String(t.tickets), String(t.findings), hoursText(t.removedMs)]);
  return [
    '',
    `Pause audit (${limit}): ${plural(audit.findings.length, 'finding')} on ${plural(pauses, 'pause')} the contract's pause clause does not allow`,
    ...Object.entries(FINDING_TEXT).map(([kind, text]) => `  ${kind}: ${text}`),
    '',
    ...(rows.length === 0 ? [] : [table(['id', 'metric', 'finding', 'pause (local)', 'flagged (local)', 'removed', 'events', 'clause'], rows, [5]), '']),
    ...(totals.length === 0 ? [] : ['Business time removed without the clause\'s leave, per metric (overlapping findings of a ticket counted once):', table(['metric', 'tickets', 'findings', 'removed'], totals, [1, 2, 3])]),
  ];
}

/**
 * The `--max-pause` flag in ms: a whole number of days, hours or minutes (`48h`, `2d`, `90m`) or an ISO 8601
 * duration (`PT48H`); `null` when not given. A bad value is a usage error.
 *
 * @example
 * ```ts
 * maxPauseFromText('48h', 'tickets'); // 172800000
 * ```
 */
export function maxPauseFromText(text: string | undefined, command: string): number | null {
  if (text === undefined) return null;
  const short = /^(\d+)(d|h|m)$/.exec(text);
  const iso = short === null ? text : short[2] === 'd' ? `P${short[1]}D` : `PT${short[1]}${(short[2] as string).toUpperCase()}`;
  try {
    return toDurationMs(iso, '--max-pause');
  } catch (error) {
    if (error instanceof SlaError) throw new CliUsageError(`--max-pause must be a duration such as 48h, 2d, 90m or PT48H, got "${text}"`, command);
    throw error;
  }
}

/**
 * Write the iCalendar report (the due instant of each open ticket) and
 * return the exit code (1 when rows were rejected).
 *
 * @example
 * ```ts
 * const code = writeTicketsIcs(report, contract, output);
 * ```
 */
export function writeTicketsIcs(report: TicketsReport, contract: Contract, output: CliOutput): number {
  output.report(ticketsIcs(report, contract));
  output.note(rejectionNotes(report.files));
  output.headline?.(ticketsHeadline(report));
  return report.json.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

/**
 * Write the text report and return the exit code (1 when rows were
 * rejected; each rejected row is also a line on stderr). The JSON and CSV
 * reports are written as the rows are read: see {@link streamTickets}.
 *
 * @example
 * ```ts
 * const code = writeTicketsText(report, contract, 'export.csv', output);
 * ```
 */
export function writeTicketsText(report: TicketsReport, contract: Contract, file: string, output: CliOutput): number {
  output.report(`${ticketsText(report, contract.name, file)}\n`);
  output.note(rejectionNotes(report.files));
  output.headline?.(ticketsHeadline(report));
  return report.json.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

/**
 * The flags that say how tickets are judged: `--zone` (date-times without
 * offset), `--now` (the instant open tickets are judged at) and
 * `--version-at opened|now`; a bad value is a usage error naming the flag.
 *
 * @example
 * ```ts
 * judgingFlags(args, 'tickets'); // { zone: undefined, now: 1784541600000, versionAt: "opened" }
 * ```
 */
export function judgingFlags(args: CommandArgs, command: string): { zone: string | undefined; now: number | undefined; versionAt: 'opened' | 'now' } {
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
  return { zone, now, versionAt };
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
export async function judgeTicketFile<Extra = undefined>(source: CsvSource, contract: Contract, options: TicketsOptions, command: string, extra?: ExtraColumns<Extra>): Promise<TicketsReport<Extra>> {
  checkTicketContract(contract, options.region, command);
  const { tickets, ledger, events, now } = await readTickets<Extra>(source, contract, options, command, extra);
  return judgeTickets<Extra>(contract, tickets, ledger, now, events, options.versionAt ?? 'opened', options.audit);
}

/**
 * The flags of a command that reads a ticket export (`slakit tickets`,
 * `slakit reconcile`): the contract's, `--region`, `--now`, `--delimiter`,
 * `--events`, `--version-at`, `--map`, `--profile`.
 */
export const TICKET_INPUT_OPTIONS = {
  ...CONTRACT_OPTIONS,
  region: { type: 'string', short: 'r' },
  now: { type: 'string' },
  delimiter: { type: 'string' },
  events: { type: 'string' },
  'version-at': { type: 'string' },
  ...IMPORT_OPTIONS,
} as const;

/**
 * The input files of a ticket command, for `--out` checks: the contract
 * file, the map file, the export (`named` as in its usage) and `--events`.
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
      ...(typeof args.values['map'] === 'string' ? [{ path: args.values['map'], named: '--map' }] : []),
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
 * const { contract, source, options } = ticketInputsFromArgs(args, 'export.csv', 'reconcile');
 * ```
 */
export function ticketInputsFromArgs(args: CommandArgs, file: string, command: string): { contract: Contract; source: CsvSource; options: TicketsOptions } {
  const contract = contractFromArgs(args, command);
  const { zone, now, versionAt } = judgingFlags(args, command);
  const delimiter = delimiterFromArgs(args, command);
  const imports = importMappingsFromArgs(args, command, ['tickets', 'events'], zone);
  const source = withMapping(withDelimiter(csvSource(file), delimiter), imports.tickets);
  const eventsFile = stringFlag(args, 'events', command);
  checkOneStdin([file, eventsFile], command);
  const events = eventsFile === undefined ? undefined : withMapping(withDelimiter(csvSource(eventsFile), delimiter), imports.events);
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
  lastPositionalRepeats: true,
  options: {
    ...TICKET_INPUT_OPTIONS,
    format: { type: 'string', short: 'f' },
    'csv-raw': { type: 'boolean' },
    delimiter: { type: 'string' },
    events: { type: 'string' },
    'version-at': { type: 'string' },
    ...IMPORT_OPTIONS,
    'audit-pauses': { type: 'boolean' },
    'max-pause': { type: 'string' },
    jobs: { type: 'string' },
  },
  inputFiles: (args) => {
    const events = args.values['events'];
    return [
      ...contractInputs(args),
      ...(typeof args.values['map'] === 'string' ? [{ path: args.values['map'], named: '--map' }] : []),
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
    const format = formatFlag(args, 'tickets', ['text', 'json', 'csv', 'ics']);
    const raw = args.values['csv-raw'] === true;
    if (raw && format !== 'csv') throw new CliUsageError('--csv-raw applies to --format csv only', 'tickets');
    const contract = contractFromArgs(args, 'tickets');
    const { zone, now, versionAt } = judgingFlags(args, 'tickets');
    const delimiter = delimiterFromArgs(args, 'tickets');
    const imports = importMappingsFromArgs(args, 'tickets', ['tickets', 'events'], zone);
    const source = withMapping(withDelimiter(csvSource(file), delimiter), imports.tickets);
    const eventsFile = stringFlag(args, 'events', 'tickets');
    checkOneStdin([file, eventsFile], 'tickets');
    const events = eventsFile === undefined ? undefined : withMapping(withDelimiter(csvSource(eventsFile), delimiter), imports.events);
    const auditPauses = args.values['audit-pauses'] === true;
    const maxPause = stringFlag(args, 'max-pause', 'tickets');
    if (maxPause !== undefined && !auditPauses) throw new CliUsageError('--max-pause applies to --audit-pauses only', 'tickets');
    if (auditPauses && eventsFile === undefined) throw new CliUsageError('--audit-pauses reads the pauses from --events: give the events file', 'tickets');
    if (auditPauses && (format === 'csv' || format === 'ics')) throw new CliUsageError(`--audit-pauses writes text or json, not ${format}`, 'tickets');
    const audit = auditPauses ? { maxPauseMs: maxPauseFromText(maxPause, 'tickets') } : undefined;
    const options: TicketsOptions = { region: stringFlag(args, 'region', 'tickets'), now, zone, events, versionAt, audit };
    if (format === 'ics') return writeTicketsIcs(await ticketsReport(source, contract, options), contract, output);
    if (format !== 'text') return streamTickets(source, contract, options, format, output, { raw });
    return writeTicketsText(await ticketsReport(source, contract, options), contract, source.name, output);
  },
};
