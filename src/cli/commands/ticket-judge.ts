import {
  type BatchSummary,
  type Contract,
  type ContractTicket,
  type ContractTicketStatus,
  type ContractTicketTally,
  type MetricKind,
  type MetricStatus,
  SlaError,
  SlaEventError,
  type TicketEvent,
  formatInstant,
} from '../../index.js';
import type { RowLedger } from '../csv/row-ledger.js';
import type { TicketEventRow } from '../inputs/ticket-events-file.js';
import type { TicketRow } from '../inputs/ticket-file.js';
import type { FileRows } from '../render/rows-text.js';
import { hoursText } from '../render/time-text.js';
import type { MetricJson, PauseAuditJson, PauseFindingJson, TicketJson, TicketsJson } from './tickets-report.js';

/** A ticket the contract judged: its JSON, its calendar's zone (for local times) and what the contract was given. */
export interface JudgedTicket {
  readonly json: TicketJson;
  readonly zone: string;
  readonly ticket: ContractTicket;
}

/** What a report of `slakit tickets` holds after its tickets: the pause audit, the rejected rows, the summary. */
export type TicketsTail = Omit<TicketsJson, 'contract' | 'tickets'>;

/** How {@link TicketJudge} judges: the instant, the version rule, the events file's books, the pause audit. */
export interface TicketJudgeOptions {
  /** The instant open tickets are judged at; `null` only when there is no row. */
  readonly now: number | null;
  readonly versionAt: 'opened' | 'now';
  /** The events file's books (`--events`): the rows of a rejected ticket are revoked there. */
  readonly events?: RowLedger | undefined;
  /** Audit the tickets' pauses (`--audit-pauses`), with `--max-pause` in ms or `null`. */
  readonly audit?: { readonly maxPauseMs: number | null } | undefined;
}

/**
 * Judges ticket rows one at a time — each through the contract's clock,
 * under the version in force when it was opened (or at `now`) — and keeps
 * only what the report needs after the tickets: the summary, counted as it
 * goes ({@link Contract.ticketTally}), the pause audit's findings, and the
 * files' books. A judged ticket is handed back and not kept, so a caller
 * can write it and drop it (the streamed report) or keep it (the text
 * report).
 *
 * @example
 * ```ts
 * const judge = new TicketJudge(lumapps(), ledger, { now: Date.parse('2026-12-01T00:00:00Z'), versionAt: 'opened' });
 * const judged = judge.judge(row, undefined); // a JudgedTicket, or the reason the contract refuses the row
 * const tail = judge.tail(judge.summary());
 * ```
 */
export class TicketJudge {
  readonly #contract: Contract;
  readonly #ledger: RowLedger;
  readonly #options: TicketJudgeOptions;
  readonly #tally: ContractTicketTally;
  readonly #findings: PauseFindingJson[] = [];
  readonly #byMetric: Partial<Record<MetricKind, { findings: number; tickets: number; removedMs: number }>> = {};
  #judged = 0;

  /** `ledger`: the ticket file's books. */
  constructor(contract: Contract, ledger: RowLedger, options: TicketJudgeOptions) {
    this.#contract = contract;
    this.#ledger = ledger;
    this.#options = options;
    this.#tally = contract.ticketTally();
  }

  /**
   * Judge a row with its events file rows (`own`, with `--events`): the
   * judged ticket, or — when the contract refuses it — the reason to reject
   * the row with (the caller moves it to the rejected side; the events of a
   * refused ticket are revoked here, each naming the ticket or the event at
   * fault by its file line).
   */
  judge(row: TicketRow<unknown>, own: readonly TicketEventRow[] | undefined): JudgedTicket | string {
    const { ticket, timeline } = contractTicketOf(row, own);
    const { now, versionAt } = this.#options;
    let status: ContractTicketStatus;
    try {
      status = this.#contract.ticket(ticket, now as number, { versionAt });
    } catch (error) {
      if (!(error instanceof SlaError)) throw error;
      return this.#refused(row, own, timeline, error);
    }
    this.#tally.add(status);
    if (this.#options.audit !== undefined && timeline !== undefined) this.#auditPauses(ticket, timeline.rows, row.line, this.#options.audit.maxPauseMs);
    this.#judged++;
    const json: TicketJson = {
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
      // Without events only the first response is known: the other clocks never stop (see metricsNotJudged).
      ...(status.metrics === undefined || this.#options.events === undefined ? {} : { metrics: metricsJson(status.metrics) }),
    };
    return { json, zone: status.zone, ticket };
  }

  /** The summary of the tickets judged so far, as {@link Contract.tickets} gives it for them. */
  summary(): { readonly summary: BatchSummary; readonly metrics?: Partial<Record<MetricKind, BatchSummary>> } {
    return this.#tally.result();
  }

  /** The files' books: the ticket file, then the events file. */
  files(): FileRows[] {
    const files: FileRows[] = [];
    for (const ledger of this.#options.events === undefined ? [this.#ledger] : [this.#ledger, this.#options.events]) {
      const counts = ledger.counts();
      files.push({ file: ledger.file, read: counts.read, used: counts.used, rejected: ledger.rejected() });
    }
    return files;
  }

  /**
   * What the report holds after its tickets, once every row is read and
   * judged: the pause audit (with `--audit-pauses`), every rejected row, and
   * the summary — rows read = used + rejected per file, `now`, and `batch`
   * (the tickets' summary, see {@link TicketJudge.summary}).
   */
  tail(batch: { readonly summary: BatchSummary; readonly metrics?: Partial<Record<MetricKind, BatchSummary>> | undefined }): TicketsTail {
    const counts = this.#ledger.counts();
    if (counts.used !== this.#judged) throw new Error(`tickets: ${counts.used} rows used but ${this.#judged} tickets judged`);
    const files = this.files();
    const audit = this.#options.audit;
    const now = this.#options.now;
    return {
      ...(audit === undefined ? {} : { pauseAudit: { maxPauseMs: audit.maxPauseMs, findings: this.#findings, byMetric: this.#byMetric } satisfies PauseAuditJson }),
      rejected: files.length === 1 ? (files[0] as FileRows).rejected : files.flatMap((file) => file.rejected.map((row) => ({ file: file.file, ...row }))),
      summary: {
        rowsRead: counts.read,
        rowsUsed: counts.used,
        rowsRejected: counts.rejected,
        files: files.map((file) => ({ file: file.file, rowsRead: file.read, rowsUsed: file.used, rowsRejected: file.rejected.length })),
        now: now === null ? null : formatInstant(now),
        ...batch.summary,
        ...(batch.metrics === undefined ? {} : this.#options.events === undefined ? metricsNotJudged(batch.metrics) : { metrics: batch.metrics }),
      },
    };
  }

  /** The reason a refused ticket's row is rejected; its events are revoked, the one at fault named by its own file line and time. */
  #refused(row: TicketRow<unknown>, own: readonly TicketEventRow[] | undefined, timeline: Timeline | undefined, error: SlaError): string {
    const events = this.#options.events;
    const at = error instanceof SlaEventError && timeline !== undefined ? timeline.rows[error.eventIndex] : undefined;
    if (at === undefined || events === undefined) {
      for (const event of own ?? []) events?.revoke(event.line, `ticket ${row.id} (${this.#ledger.file} line ${row.line}) is rejected: ${error.message}`);
      return error.message;
    }
    const eventError = error as SlaEventError;
    const event = (timeline as Timeline).events[eventError.eventIndex] as TicketEvent;
    const reason = `ticket ${row.id}, ${eventText(event)}${eventError.eventField === null ? '' : ` (${eventError.eventField})`}: expected ${eventError.expected}`;
    const faulty = at === 'ticket' ? `${this.#ledger.file} line ${row.line}` : `${events.file} line ${at}`;
    for (const own1 of own ?? []) events.revoke(own1.line, own1.line === at ? reason : `ticket ${row.id} is rejected (see ${faulty})`);
    return at === 'ticket' ? reason : `ticket ${row.id} is rejected: ${faulty}: ${reason}`;
  }

  /** Add a ticket's pause findings, each finding's events named by the file and line they were read from. */
  #auditPauses(ticket: ContractTicket, where: readonly (number | 'ticket')[], line: number, maxPauseMs: number | null): void {
    const { now, versionAt } = this.#options;
    const audit = this.#contract.auditPauses(ticket, now as number, { versionAt, ...(maxPauseMs === null ? {} : { maxPauseMs }) });
    const events = ticket.events as readonly TicketEvent[];
    const ticketFile = this.#ledger.file;
    const eventsFile = this.#options.events?.file ?? '';
    for (const finding of audit.findings) {
      this.#findings.push({
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
      const total = (this.#byMetric[metric] ??= { findings: 0, tickets: 0, removedMs: 0 });
      total.findings += audit.findings.filter((finding) => finding.metric === metric).length;
      total.tickets += 1;
      total.removedMs += removedMs;
    }
  }
}

/** A ticket's events in time order, and where each was read: its events file line, or `ticket` (the ticket file's row). */
interface Timeline {
  readonly events: TicketEvent[];
  readonly rows: (number | 'ticket')[];
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
export function contractTicketOf(row: TicketRow<unknown>, own: readonly TicketEventRow[] | undefined): { ticket: ContractTicket; timeline: Timeline | undefined } {
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
 * A ticket row with its events file rows: open at `openedAt`, then every
 * event and the response in time order (ties in file order, the response
 * last); with, for each event, where it was read: its events file line, or
 * `ticket` for the open and the response (the ticket file's row).
 */
function ticketEvents(row: TicketRow<unknown>, own: readonly TicketEventRow[]): Timeline {
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

/** Without `--events`: the metrics other than the first response, named instead of judged. */
function metricsNotJudged(metrics: Partial<Record<MetricKind, BatchSummary>>): { metricsNotJudged?: MetricKind[] } {
  const kinds = (Object.keys(metrics) as MetricKind[]).filter((kind) => kind !== 'firstResponse');
  return kinds.length === 0 ? {} : { metricsNotJudged: kinds };
}
