import {
  type BatchSummary,
  type Contract,
  type ContractTicket,
  type ContractTicketStatus,
  type MetricKind,
  type MetricStatus,
  type PauseFindingKind,
  SlaError,
  SlaEventError,
  type SourceRef,
  type TicketEvent,
  formatInstant,
} from '../../index.js';
import type { RejectedRow, RowLedger } from '../csv/row-ledger.js';
import type { TicketEventRow } from '../inputs/ticket-events-file.js';
import type { TicketRow } from '../inputs/ticket-file.js';
import type { FileRows } from '../render/rows-text.js';
import { hoursText } from '../render/time-text.js';

/** One judged ticket in the JSON output (instants ISO 8601 UTC with ms). */
export interface TicketJson {
  readonly id: string;
  readonly priority: string;
  readonly region: string | null;
  /** The target in words: a business duration (`4 h`) or a rule (`end of the next business day`). */
  readonly target: string;
  /** The contract version the ticket was judged under (`initial`: the top-level terms). */
  readonly version: string;
  readonly openedAt: string;
  readonly dueAt: string;
  readonly respondedAt: string | null;
  /** `true` met, `false` missed (late, or open and overdue at `now`), `null` open and not yet due. */
  readonly met: boolean | null;
  /** Business time counted up to the response (or `now`), on the priority's calendar. */
  readonly businessElapsedMs: number;
  /** Every metric of the ticket, when the contract has metrics or the ticket has events (`--events`). */
  readonly metrics?: Readonly<Partial<Record<MetricKind, MetricJson>>>;
}

/** One cycle of a metric in the JSON output. */
export interface CycleJson {
  readonly startedAt: string;
  readonly dueAt: string;
  /** The agent reply or stop status that ended the cycle; `null` while it runs. */
  readonly stoppedAt: string | null;
  readonly met: boolean | null;
  readonly businessElapsedMs: number;
}

/** One metric of a ticket in the JSON output: its current (or last) cycle's verdict and every cycle. */
export interface MetricJson {
  /** The current or last cycle's state; `null` before the first cycle. */
  readonly state: 'running' | 'paused' | 'met' | 'missed' | null;
  readonly missedCycles: number;
  readonly cycles: readonly CycleJson[];
}

/** The JSON output of `slakit tickets`. */
export interface TicketsJson {
  readonly contract: string;
  readonly tickets: readonly TicketJson[];
  /** With `--audit-pauses`: the pauses the contract's pause clause does not allow. */
  readonly pauseAudit?: PauseAuditJson;
  readonly rejected: readonly RejectedRow[];
  readonly summary: BatchSummary & {
    /** Data rows read = used + rejected (blank lines are not rows). */
    readonly rowsRead: number;
    readonly rowsUsed: number;
    readonly rowsRejected: number;
    /** Per input file (the ticket export, then `--events`): read = used + rejected. */
    readonly files: readonly { readonly file: string; readonly rowsRead: number; readonly rowsUsed: number; readonly rowsRejected: number }[];
    /** The instant open tickets were judged at (`--now`, else the latest response); `null` with no ticket. */
    readonly now: string | null;
    /** Per metric and priority, over cycles; present when the tickets have metrics. */
    readonly metrics?: Readonly<Partial<Record<MetricKind, BatchSummary>>>;
  };
}

/** One pause finding in the JSON output: a finding of the library's pause audit, its events named by file and line. */
export interface PauseFindingJson {
  readonly ticketId: string;
  readonly metric: MetricKind;
  readonly cycle: number;
  readonly kind: PauseFindingKind;
  readonly reasons: readonly string[];
  readonly pause: { readonly start: string; readonly end: string; readonly ongoing: boolean };
  readonly flagged: { readonly start: string; readonly end: string };
  /** Business ms of the pause on the metric's calendar, and of its flagged part (what it removed without the clause's leave). */
  readonly pauseMs: number;
  readonly removedMs: number;
  /** The events involved, where they were read: the events file's line, or the ticket file's line for the opening and a respondedAt. */
  readonly events: readonly { readonly file: string; readonly line: number; readonly type: string; readonly at: string }[];
  /** The pause clause: the status map's source, when the contract cites one. */
  readonly source: SourceRef | null;
}

/** The pause audit in the JSON output: every finding, and per metric the tickets, findings and business time removed. */
export interface PauseAuditJson {
  /** The limit of `--max-pause`, ms; `null` without it (no `too-long` finding). */
  readonly maxPauseMs: number | null;
  readonly findings: readonly PauseFindingJson[];
  /**
   * Per metric: the findings, the tickets they are on, and the business ms removed — the sum over those tickets
   * of each ticket's union of flagged parts (findings of one ticket may overlap).
   */
  readonly byMetric: Readonly<Partial<Record<MetricKind, { readonly findings: number; readonly tickets: number; readonly removedMs: number }>>>;
}

/** What {@link judgeTickets} returns besides the JSON: each ticket's zone, for local display, the tickets as judged, and the file's books. */
export interface TicketsReport<Extra = undefined> {
  readonly json: TicketsJson;
  readonly zones: readonly string[];
  /** Each judged ticket's row (with its extra columns) and the ticket the contract judged, in the order of `json.tickets`. */
  readonly judged: readonly { readonly row: TicketRow<Extra>; readonly ticket: ContractTicket }[];
  /** The ticket file's rows: read = used + rejected, and every rejection. */
  readonly files: readonly FileRows[];
}

/**
 * Judge validated ticket rows at `now` (`null` only when there is no row), each under the contract version in
 * force when it was opened (or at `now`, `versionAt`): each ticket through the contract's
 * clock (a ticket the contract refuses is moved to the rejected rows with
 * the contract's reason), then the contract's batch summary of the rest.
 *
 * @example
 * ```ts
 * const report = judgeTickets(lumapps(), rows, ledger, Date.parse('2026-12-01T00:00:00Z'));
 * report.json.summary.rowsRead === report.json.summary.rowsUsed + report.json.summary.rowsRejected; // true
 * ```
 */
export function judgeTickets<Extra = undefined>(
  contract: Contract,
  rows: readonly TicketRow<Extra>[],
  ledger: RowLedger,
  now: number | null,
  events?: { readonly rows: readonly TicketEventRow[]; readonly ledger: RowLedger },
  versionAt: 'opened' | 'now' = 'opened',
  audit?: { readonly maxPauseMs: number | null },
): TicketsReport<Extra> {
  const eventsOf = eventsByTicket(events?.rows ?? []);
  const judged: { row: TicketRow<Extra>; ticket: ContractTicket; status: ContractTicketStatus; where: readonly (number | 'ticket')[] | undefined; line: number }[] = [];
  for (const row of rows) {
    const own = eventsOf.get(row.id);
    const { ticket, timeline } = contractTicketOf(row, own);
    try {
      judged.push({ row, ticket, status: contract.ticket(ticket, now as number, { versionAt }), where: timeline?.rows, line: row.line });
    } catch (error) {
      if (!(error instanceof SlaError)) throw error;
      // An event at fault is named by its own file line and time, not by its index in the merged list.
      const at = error instanceof SlaEventError && timeline !== undefined ? timeline.rows[error.eventIndex] : undefined;
      if (at === undefined || events === undefined) {
        ledger.revoke(row.line, error.message);
        for (const event of own ?? []) events?.ledger.revoke(event.line, `ticket ${row.id} (${ledger.file} line ${row.line}) is rejected: ${error.message}`);
        continue;
      }
      const event = (timeline as { events: readonly TicketEvent[] }).events[(error as SlaEventError).eventIndex] as TicketEvent;
      const reason = `ticket ${row.id}, ${eventText(event)}${(error as SlaEventError).eventField === null ? '' : ` (${(error as SlaEventError).eventField})`}: expected ${(error as SlaEventError).expected}`;
      const faulty = at === 'ticket' ? `${ledger.file} line ${row.line}` : `${events.ledger.file} line ${at}`;
      ledger.revoke(row.line, at === 'ticket' ? reason : `ticket ${row.id} is rejected: ${faulty}: ${reason}`);
      for (const own1 of own ?? []) events.ledger.revoke(own1.line, own1.line === at ? reason : `ticket ${row.id} is rejected (see ${faulty})`);
    }
  }
  const batch = contract.tickets(
    judged.map((entry) => entry.ticket),
    now ?? 0,
    { versionAt },
  );
  const counts = ledger.counts();
  if (counts.used !== judged.length) throw new Error(`tickets: ${counts.used} rows used but ${judged.length} tickets judged`);
  const tickets = judged.map(({ status }) => ({
    id: status.id,
    priority: status.priority,
    region: status.region,
    target: status.rule ?? hoursText(status.targetMs),
    version: status.version,
    openedAt: formatInstant(status.openedAt),
    dueAt: formatInstant(status.dueAt),
    respondedAt: status.respondedAt === null ? null : formatInstant(status.respondedAt),
    met: status.met,
    businessElapsedMs: status.elapsedMs,
    ...(status.metrics === undefined ? {} : { metrics: metricsJson(status.metrics) }),
  }));
  const files = [{ file: ledger.file, read: counts.read, used: counts.used, rejected: ledger.rejected() }];
  if (events !== undefined) {
    const eventCounts = events.ledger.counts();
    files.push({ file: events.ledger.file, read: eventCounts.read, used: eventCounts.used, rejected: events.ledger.rejected() });
  }
  const pauseAudit = audit === undefined ? undefined : pauseAuditJson(contract, judged, now as number, versionAt, audit.maxPauseMs, ledger.file, events?.ledger.file ?? '');
  return {
    json: {
      contract: contract.id,
      tickets,
      ...(pauseAudit === undefined ? {} : { pauseAudit }),
      rejected: files.length === 1 ? ledger.rejected() : files.flatMap((file) => file.rejected.map((row) => ({ file: file.file, ...row }))),
      summary: {
        rowsRead: counts.read,
        rowsUsed: counts.used,
        rowsRejected: counts.rejected,
        files: files.map((file) => ({ file: file.file, rowsRead: file.read, rowsUsed: file.used, rowsRejected: file.rejected.length })),
        now: now === null ? null : formatInstant(now),
        ...batch.summary,
        ...(batch.metrics === undefined ? {} : { metrics: batch.metrics }),
      },
    },
    zones: judged.map(({ status }) => status.zone),
    judged: judged.map(({ row, ticket }) => ({ row, ticket })),
    files,
  };
}

/**
 * The events file's rows grouped by ticket id, in file order.
 *
 * @example
 * ```ts
 * eventsByTicket(events.rows).get('T-1'); // T-1's rows
 * ```
 */
export function eventsByTicket(rows: readonly TicketEventRow[]): Map<string, TicketEventRow[]> {
  const eventsOf = new Map<string, TicketEventRow[]>();
  for (const row of rows) {
    const own = eventsOf.get(row.ticketId);
    if (own === undefined) eventsOf.set(row.ticketId, [row]);
    else own.push(row);
  }
  return eventsOf;
}

/**
 * The ticket a contract judges for a ticket row: opened/responded, or,
 * with its events file rows, the whole event list (see `timeline`: where
 * each event was read).
 *
 * @example
 * ```ts
 * contractTicketOf(row, undefined).ticket; // { id, priority, openedAt, respondedAt }
 * ```
 */
export function contractTicketOf(row: TicketRow<unknown>, own: readonly TicketEventRow[] | undefined): { ticket: ContractTicket; timeline: { events: TicketEvent[]; rows: (number | 'ticket')[] } | undefined } {
  const timeline = own === undefined ? undefined : ticketEvents(row, own);
  const ticket: ContractTicket = {
    id: row.id,
    priority: row.priority,
    ...(timeline === undefined ? { openedAt: row.openedAt, respondedAt: row.respondedAt } : { events: timeline.events }),
    ...(row.region === null ? {} : { region: row.region }),
  };
  return { ticket, timeline };
}

/**
 * The pause audit of the judged tickets with events: each finding's events
 * named by the file and line they were read from.
 */
function pauseAuditJson(
  contract: Contract,
  judged: readonly { readonly ticket: ContractTicket; readonly where: readonly (number | 'ticket')[] | undefined; readonly line: number }[],
  now: number,
  versionAt: 'opened' | 'now',
  maxPauseMs: number | null,
  ticketFile: string,
  eventsFile: string,
): PauseAuditJson {
  const findings: PauseFindingJson[] = [];
  const byMetric: Partial<Record<MetricKind, { findings: number; tickets: number; removedMs: number }>> = {};
  for (const { ticket, where, line } of judged) {
    if (where === undefined) continue;
    const audit = contract.auditPauses(ticket, now, { versionAt, ...(maxPauseMs === null ? {} : { maxPauseMs }) });
    const events = ticket.events as readonly TicketEvent[];
    for (const finding of audit.findings) {
      findings.push({
        ticketId: ticket.id,
        metric: finding.metric,
        cycle: finding.cycle,
        kind: finding.kind,
        reasons: finding.reasons,
        pause: { start: formatInstant(finding.pause.start), end: formatInstant(finding.pause.end), ongoing: finding.pause.ongoing },
        flagged: { start: formatInstant(finding.flagged.start), end: formatInstant(finding.flagged.end) },
        pauseMs: finding.pauseMs,
        removedMs: finding.removedMs,
        events: finding.events.map((index) => {
          const from = where[index] as number | 'ticket';
          const event = events[index] as TicketEvent;
          return { file: from === 'ticket' ? ticketFile : eventsFile, line: from === 'ticket' ? line : from, type: event.type, at: formatInstant(event.at as number) };
        }),
        source: finding.source ?? null,
      });
    }
    for (const [metric, removedMs] of Object.entries(audit.removedMs) as [MetricKind, number][]) {
      const total = (byMetric[metric] ??= { findings: 0, tickets: 0, removedMs: 0 });
      total.findings += audit.findings.filter((finding) => finding.metric === metric).length;
      total.tickets += 1;
      total.removedMs += removedMs;
    }
  }
  return { maxPauseMs, findings, byMetric };
}

/**
 * A ticket row with its events file rows: open at `openedAt`, then every
 * event and the response in time order (ties in file order, the response
 * last); with, for each event, where it was read: its events file line, or
 * `ticket` for the open and the response (the ticket file's row).
 */
function ticketEvents(row: TicketRow<unknown>, own: readonly TicketEventRow[]): { events: TicketEvent[]; rows: (number | 'ticket')[] } {
  const later: { event: TicketEvent; row: number | 'ticket' }[] = own.map((event) => ({ event: event.event, row: event.line }));
  if (row.respondedAt !== null) later.push({ event: { type: 'respond', at: row.respondedAt }, row: 'ticket' });
  later.sort((a, b) => (a.event.at as number) - (b.event.at as number));
  return { events: [{ type: 'open', at: row.openedAt }, ...later.map((entry) => entry.event)], rows: ['ticket', ...later.map((entry) => entry.row)] };
}

/** An event in the words of the events file: its type, its value and its instant (ISO 8601 UTC). */
function eventText(event: TicketEvent): string {
  const value = 'status' in event ? ` ${String(event.status)}` : 'author' in event ? ` ${String(event.author)}` : 'priority' in event && event.priority !== undefined ? ` ${String(event.priority)}` : '';
  return `${event.type}${value} at ${typeof event.at === 'number' ? formatInstant(event.at) : String(event.at)}`;
}

function metricsJson(metrics: Readonly<Partial<Record<MetricKind, MetricStatus>>>): Partial<Record<MetricKind, MetricJson>> {
  const out: Partial<Record<MetricKind, MetricJson>> = {};
  for (const [kind, metric] of Object.entries(metrics) as [MetricKind, MetricStatus][]) {
    out[kind] = {
      state: metric.current?.state ?? null,
      missedCycles: metric.missedCycles,
      cycles: metric.cycles.map((cycle) => ({
        startedAt: formatInstant(cycle.openedAt),
        dueAt: formatInstant(cycle.dueAt),
        stoppedAt: cycle.respondedAt === null ? null : formatInstant(cycle.respondedAt),
        met: cycle.met,
        businessElapsedMs: cycle.elapsedMs,
      })),
    };
  }
  return out;
}
