import { type Contract, type ReconcileCause, type ReconcileResult, RECONCILE_CAUSES, SlaError, SlaInputError, TimeZone, formatInstant, reconcileTickets } from '../../index.js';
import { CliInputError, CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, type CliOutput, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP } from '../contract-source.js';
import type { CsvSource } from '../csv/csv-source.js';
import type { CsvRow } from '../csv/csv-reader.js';
import { booleanColumn, optionalInstantColumn } from '../csv/fields.js';
import type { ExtraColumns } from '../inputs/ticket-file.js';
import { rejectionNotes, rowsText } from '../render/rows-text.js';
import { table } from '../render/table.js';
import { hoursText, localText } from '../render/time-text.js';
import type { TicketsJson } from './tickets-report.js';
import { TICKET_INPUT_OPTIONS, judgeTicketFile, ticketInputFiles, ticketInputsFromArgs } from './tickets.js';
import type { TicketsOptions } from './tickets-stream.js';

const DUE_COLUMN = 'helpdeskDueAt';
const BREACH_COLUMN = 'helpdeskBreached';
const TICKET_COLUMN_NAMES = ['id', 'priority', 'openedAt', 'respondedAt', 'region'];

const HELP = `slakit reconcile — recompute a helpdesk export and put each difference down to one cause

Usage:
  slakit reconcile <export.csv> --contract <id|file.json> [--events <events.csv>] [--now <iso>]
                   [--due-column <c>] [--breach-column <c>] [--helpdesk-zone <z>] [--format text|json]

The export is a ticket export as "slakit tickets" reads it (id,priority,openedAt,respondedAt,
optional region) with the helpdesk's own first-response due instant (column ${DUE_COLUMN})
and/or breach flag (column ${BREACH_COLUMN}: true, false, yes, no, 1 or 0); a row gives at least
one of them. slakit judges each ticket, and where the helpdesk's values differ it recomputes the
ticket under other readings, in this order, and names the first that reproduces them exactly:
  zone      the calendars' hours read in UTC, in a --helpdesk-zone, or in the whole-hour offset
            the difference points to
  holiday   a holiday slakit closes reopened (named), then every holiday
  calendar  24/7 calendar hours, then the hours of another calendar of the contract
  pause     the ticket's pauses ignored (--events)
  target    another priority's target (named), or a rule target's business time in calendar time
  version   the contract version in force at the other instant (opening / --now)
otherwise the difference is "unexplained", with both instants and the difference in ms.

Flags:
${CONTRACT_HELP}
  --events <events.csv>          the tickets' helpdesk events (see "slakit tickets --help")
  -r, --region <r>               region of rows without a region value
  --now <iso>                    the instant the tickets are judged at (an open ticket is breached
                                 when overdue then); required when some ticket is open
  --version-at opened|now        which contract version judges a ticket (default opened)
  --due-column <c>               the helpdesk's due column (default ${DUE_COLUMN}); given, it is required
  --breach-column <c>            the helpdesk's breach column (default ${BREACH_COLUMN}); given, it is required
  --helpdesk-zone <z>            a zone the helpdesk may read the hours in, tried after UTC (repeatable)
  --delimiter , | ; | tab | auto field separator (default: detected from the header line)
  -f, --format text|json         default text
  -o, --out <file>               write the report there instead of stdout
  -h, --help                     this help

Each bad row (those "slakit tickets" rejects, a due that is not an instant, a flag that is not
one of the words above, neither value given) is rejected with its line and reason; the summary
says rows read = used + rejected, then agree / differ by cause / unexplained.

Exit codes: 0 every row reconciled (whether or not it agrees); 1 some rows rejected (report
still written); 2 usage error or unreadable input (missing file or column, empty file).

Example:
  slakit reconcile export.csv --contract examples/contracts/msp-p1-p4.json --now 2026-07-10T00:00:00Z --format json
`;

/** The helpdesk's values of one export row. */
interface HelpdeskColumns {
  readonly dueAt: number | null;
  readonly breached: boolean | null;
}

/** The helpdesk columns of an export: which are required, and how a row's values are read. */
function helpdeskColumns(due: string, breach: string, required: { readonly due: boolean; readonly breach: boolean }, zone: string | undefined): ExtraColumns<HelpdeskColumns> {
  return {
    required: [...(required.due ? [due] : []), ...(required.breach ? [breach] : [])],
    optional: [...(required.due ? [] : [due]), ...(required.breach ? [] : [breach])],
    read(row: CsvRow) {
      const dueAt = optionalInstantColumn(row, due, zone);
      const breached = row.get(breach) === '' ? null : booleanColumn(row, breach, { yesNo: true });
      if (dueAt === null && breached === null) throw new SlaInputError(`${due}/${breach}`, '', "the helpdesk's due instant or breach flag (both are empty)");
      return { dueAt, breached };
    },
    header(header, file) {
      if (!header.has(due) && !header.has(breach)) throw new CliInputError(`${file} line 1: missing column: expected the helpdesk's due column "${due}" or breach column "${breach}" (or both) in the header (--due-column, --breach-column name others)`);
    },
  };
}

/** One reconciled ticket in the JSON output (instants ISO 8601 UTC with ms). */
export interface ReconciledJson {
  readonly id: string;
  readonly priority: string;
  readonly region: string | null;
  readonly version: string;
  readonly slakitDueAt: string;
  readonly helpdeskDueAt: string | null;
  /** Helpdesk − slakit, ms; `null` without a helpdesk due. */
  readonly differenceMs: number | null;
  readonly slakitBreached: boolean;
  readonly helpdeskBreached: boolean | null;
  readonly agrees: boolean;
  /** `null` when the ticket agrees; else the cause's fields, its recomputed due in ISO. */
  readonly cause: (Omit<ReconcileCause, 'recomputed'> & { readonly recomputed: { readonly dueAt: string; readonly breached: boolean } | null }) | null;
}

/** The JSON output of `slakit reconcile`. */
export interface ReconcileJson {
  readonly contract: string;
  readonly tickets: readonly ReconciledJson[];
  readonly rejected: TicketsJson['rejected'];
  readonly summary: ReconcileResult['summary'] & Pick<TicketsJson['summary'], 'rowsRead' | 'rowsUsed' | 'rowsRejected' | 'files' | 'now'>;
}

/** What {@link reconcileReport} returns: the JSON, each ticket's zone for local display, and each file's books. */
export interface ReconcileReport {
  readonly json: ReconcileJson;
  readonly zones: readonly string[];
  readonly files: Awaited<ReturnType<typeof judgeTicketFile>>['files'];
}

/**
 * Read a helpdesk export (and its events), judge it as `slakit tickets`
 * does — the same reader, the same rejections — and reconcile the tickets
 * used with {@link reconcileTickets}.
 *
 * @example
 * ```ts
 * const report = await reconcileReport(csvSource('export.csv'), msp, { now: Date.parse('2026-07-10T00:00:00Z') }, { due: 'helpdeskDueAt', breach: 'helpdeskBreached' });
 * report.json.summary.byCause.holiday;
 * ```
 */
export async function reconcileReport(
  source: CsvSource,
  contract: Contract,
  options: TicketsOptions & { readonly zones?: readonly string[] },
  columns: { readonly due: string; readonly breach: string; readonly dueRequired?: boolean; readonly breachRequired?: boolean },
): Promise<ReconcileReport> {
  const extra = helpdeskColumns(columns.due, columns.breach, { due: columns.dueRequired === true, breach: columns.breachRequired === true }, options.zone);
  const judged = await judgeTicketFile(source, contract, options, 'reconcile', extra);
  const summary = judged.json.summary;
  const now = summary.now === null ? 0 : Date.parse(summary.now);
  const result = reconcileTickets(
    contract,
    judged.judged.map(({ row, ticket }) => ({ ticket, helpdeskDueAt: row.extra.dueAt, helpdeskBreached: row.extra.breached })),
    { now, versionAt: options.versionAt ?? 'opened', zones: options.zones ?? [] },
  );
  return {
    json: {
      contract: contract.id,
      tickets: result.tickets.map((ticket) => ({
        id: ticket.id,
        priority: ticket.priority,
        region: ticket.region,
        version: ticket.version,
        slakitDueAt: formatInstant(ticket.slakit.dueAt),
        helpdeskDueAt: ticket.helpdesk.dueAt === null ? null : formatInstant(ticket.helpdesk.dueAt),
        differenceMs: ticket.differenceMs,
        slakitBreached: ticket.slakit.breached,
        helpdeskBreached: ticket.helpdesk.breached,
        agrees: ticket.agrees,
        cause: ticket.cause === null ? null : { ...ticket.cause, recomputed: ticket.cause.recomputed === null ? null : { dueAt: formatInstant(ticket.cause.recomputed.dueAt), breached: ticket.cause.recomputed.breached } },
      })),
      rejected: judged.json.rejected,
      summary: { ...result.summary, rowsRead: summary.rowsRead, rowsUsed: summary.rowsUsed, rowsRejected: summary.rowsRejected, files: summary.files, now: summary.now },
    },
    zones: judged.zones,
    files: judged.files,
  };
}

function verdictText(breached: boolean | null): string {
  return breached === null ? '—' : breached ? 'breached' : 'not breached';
}

/**
 * The report for a person: one line per ticket (dues in the calendar's
 * local time), the cause of each difference in words, the summary and the
 * rows' books.
 *
 * @example
 * ```ts
 * console.log(reconcileText(report, 'MSP P1–P4', 'export.csv'));
 * ```
 */
export function reconcileText(report: ReconcileReport, contractName: string, file: string): string {
  const { json, zones } = report;
  const rows = json.tickets.map((ticket, i) => {
    const zone = zones[i] as string;
    return [
      ticket.id,
      ticket.priority,
      localText(Date.parse(ticket.slakitDueAt), zone),
      ticket.helpdeskDueAt === null ? '—' : localText(Date.parse(ticket.helpdeskDueAt), zone),
      ticket.differenceMs === null ? '—' : ticket.differenceMs > 0 ? `+${hoursText(ticket.differenceMs)}` : hoursText(ticket.differenceMs),
      verdictText(ticket.slakitBreached),
      verdictText(ticket.helpdeskBreached),
      ticket.cause?.kind ?? 'agrees',
    ];
  });
  const causes = json.tickets.filter((ticket) => ticket.cause !== null).map((ticket) => `  ${ticket.id}: ${ticket.cause?.kind} — ${ticket.cause?.reading}`);
  const { summary } = json;
  const byCause = RECONCILE_CAUSES.filter((kind) => kind !== 'unexplained').map((kind) => `${kind} ${summary.byCause[kind]}`).join(', ');
  return [
    `${contractName} — ${file} reconciled with the helpdesk, judged at ${summary.now ?? '(no ticket)'}`,
    '',
    table(['id', 'priority', 'slakit due (local)', 'helpdesk due (local)', 'difference', 'slakit', 'helpdesk', 'cause'], rows, [4]),
    ...(causes.length > 0 ? ['', 'Causes (the first reading that reproduces the helpdesk):', ...causes] : []),
    '',
    `Summary: ${summary.tickets} ticket(s): ${summary.agree} agree, ${summary.differ} differ (${byCause}; unexplained ${summary.byCause.unexplained})`,
    '',
    rowsText(report.files),
  ].join('\n');
}

/**
 * `slakit reconcile`.
 *
 * @example
 * ```ts
 * const code = await reconcileCommand.run(parseCommandArgs(reconcileCommand, ['export.csv', '--contract', 'msp.json', '--now', '2026-07-10T00:00:00Z']), output);
 * ```
 */
export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: "recompute a helpdesk export's due instants / breach flags and name the cause of each difference",
  help: HELP,
  positionals: ['export.csv'],
  options: {
    ...TICKET_INPUT_OPTIONS,
    format: { type: 'string', short: 'f' },
    'due-column': { type: 'string' },
    'breach-column': { type: 'string' },
    'helpdesk-zone': { type: 'string', multiple: true },
  },
  inputFiles: ticketInputFiles('<export.csv>'),
  async run(args: CommandArgs, output: CliOutput) {
    const file = args.positionals[0];
    if (file === undefined) throw new CliUsageError('missing <export.csv>: the helpdesk export to reconcile', 'reconcile');
    const format = formatFlag(args, 'reconcile', ['text', 'json']);
    const zones = (args.values['helpdesk-zone'] as string[] | undefined) ?? [];
    try {
      zones.forEach((name) => TimeZone.of(name, '--helpdesk-zone'));
    } catch (error) {
      if (error instanceof SlaError) throw new CliUsageError(error.message, 'reconcile');
      throw error;
    }
    const dueFlag = stringFlag(args, 'due-column', 'reconcile');
    const breachFlag = stringFlag(args, 'breach-column', 'reconcile');
    const due = dueFlag ?? DUE_COLUMN;
    const breach = breachFlag ?? BREACH_COLUMN;
    for (const [flag, name] of [['--due-column', due], ['--breach-column', breach]] as const) {
      if (name.trim() === '' || TICKET_COLUMN_NAMES.some((column) => column.toLowerCase() === name.toLowerCase())) {
        throw new CliUsageError(`${flag} ${JSON.stringify(name)}: expected the name of a helpdesk column, not empty nor a ticket column (${TICKET_COLUMN_NAMES.join(', ')})`, 'reconcile');
      }
    }
    if (due.toLowerCase() === breach.toLowerCase()) throw new CliUsageError(`--due-column and --breach-column name the same column "${due}": expected two columns`, 'reconcile');
    const { contract, source, options } = ticketInputsFromArgs(args, file, 'reconcile');
    const report = await reconcileReport(source, contract, { ...options, zones }, { due, breach, dueRequired: dueFlag !== undefined, breachRequired: breachFlag !== undefined });
    if (format === 'json') output.report(`${JSON.stringify(report.json, null, 2)}\n`);
    else output.report(`${reconcileText(report, contract.name, source.name)}\n`);
    output.note(rejectionNotes(report.files));
    return report.json.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
  },
};
