import type { BatchSummary, Contract, ContractTicket, MetricKind, PauseFindingKind, SourceRef } from '../../index.js';
import type { RejectedRow, RowLedger } from '../csv/row-ledger.js';
import type { TicketEventRow } from '../inputs/ticket-events-file.js';
import type { TicketRow } from '../inputs/ticket-file.js';
import type { FileRows } from '../render/rows-text.js';
import { type JudgedTicket, TicketJudge } from './ticket-judge.js';

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
    /** Per metric and priority, over cycles; present when the tickets have metrics and their events were given. */
    readonly metrics?: Readonly<Partial<Record<MetricKind, BatchSummary>>>;
    /**
     * The contract's metrics other than the first response that were not judged because the export came without
     * `--events`: their clocks stop on status changes and messages, which a row of openedAt/respondedAt does not
     * hold (judged anyway, a resolution clock would run to `now` and read "missed").
     */
    readonly metricsNotJudged?: readonly MetricKind[];
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
 * the contract's reason), then the contract's batch summary of the rest
 * ({@link Contract.tickets}). The whole report is held in memory: the text
 * report's table needs every row; `slakit tickets --format json|csv`
 * streams instead (see `streamTickets`).
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
  const judge = new TicketJudge(contract, ledger, { now, versionAt, events: events?.ledger, audit });
  const judged: (JudgedTicket & { readonly row: TicketRow<Extra> })[] = [];
  for (const row of rows) {
    const result = judge.judge(row, eventsOf.get(row.id));
    if (typeof result === 'string') ledger.revoke(row.line, result);
    else judged.push({ ...result, row });
  }
  const batch = contract.tickets(
    judged.map((entry) => entry.ticket),
    now ?? 0,
    { versionAt },
  );
  return {
    json: { contract: contract.id, tickets: judged.map((entry) => entry.json), ...judge.tail(batch) },
    zones: judged.map((entry) => entry.zone),
    judged: judged.map(({ row, ticket }) => ({ row, ticket })),
    files: judge.files(),
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
