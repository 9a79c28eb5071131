import { type BatchSummary, type Contract, type ContractTicket, type ContractTicketStatus, SlaError, formatInstant } from '../../index.js';
import type { RejectedRow, RowLedger } from '../csv/row-ledger.js';
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
}

/** The JSON output of `slakit tickets`. */
export interface TicketsJson {
  readonly contract: string;
  readonly tickets: readonly TicketJson[];
  readonly rejected: readonly RejectedRow[];
  readonly summary: BatchSummary & {
    /** Data rows read = used + rejected (blank lines are not rows). */
    readonly rowsRead: number;
    readonly rowsUsed: number;
    readonly rowsRejected: number;
    /** The instant open tickets were judged at (`--now`, else the latest response); `null` with no ticket. */
    readonly now: string | null;
  };
}

/** What {@link judgeTickets} returns besides the JSON: each ticket's zone, for local display, and the file's books. */
export interface TicketsReport {
  readonly json: TicketsJson;
  readonly zones: readonly string[];
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
export function judgeTickets(contract: Contract, rows: readonly TicketRow[], ledger: RowLedger, now: number | null, versionAt: 'opened' | 'now' = 'opened'): TicketsReport {
  const judged: { ticket: ContractTicket; status: ContractTicketStatus }[] = [];
  for (const row of rows) {
    const ticket: ContractTicket = {
      id: row.id,
      priority: row.priority,
      openedAt: row.openedAt,
      respondedAt: row.respondedAt,
      ...(row.region === null ? {} : { region: row.region }),
    };
    try {
      judged.push({ ticket, status: contract.ticket(ticket, now as number, { versionAt }) });
    } catch (error) {
      if (!(error instanceof SlaError)) throw error;
      ledger.revoke(row.line, error.message);
    }
  }
  const summary = contract.tickets(
    judged.map((entry) => entry.ticket),
    now ?? 0,
    { versionAt },
  ).summary;
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
  }));
  return {
    json: {
      contract: contract.id,
      tickets,
      rejected: ledger.rejected(),
      summary: { rowsRead: counts.read, rowsUsed: counts.used, rowsRejected: counts.rejected, now: now === null ? null : formatInstant(now), ...summary },
    },
    zones: judged.map(({ status }) => status.zone),
    files: [{ file: ledger.file, read: counts.read, used: counts.used, rejected: ledger.rejected() }],
  };
}
