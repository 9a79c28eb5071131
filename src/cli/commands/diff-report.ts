import {
  type AvailabilityDiffReport,
  type Contract,
  type CreditTotalReport,
  type MetricJudgement,
  type MetricKind,
  type ReadingDifference,
  type RuleDifference,
  type TicketChangeKind,
  type TicketDiffReport,
  type TicketJudgement,
  type CommitmentChange,
  diffTickets,
  formatInstant,
} from '../../index.js';
import type { RejectedRow, RowLedger } from '../csv/row-ledger.js';
import type { TicketInputs } from '../inputs/ticket-inputs.js';
import { contractTicketOf } from './ticket-judge.js';
import { eventsByTicket } from './tickets-report.js';
import type { FileRows } from '../render/rows-text.js';

/** One side of a comparison as the command line named it. */
export interface DiffSideJson {
  readonly contract: string;
  readonly name: string;
  /** How it was given: `letsignit`, `letsignit with escalation=end-of-next-business-day`, `b.json`. */
  readonly given: string;
}

/** One side's judgement of a ticket in the JSON output (instants ISO 8601 UTC with ms). */
export type TicketSideJson =
  | (Omit<Extract<TicketJudgement, { verdict: 'met' | 'missed' | 'open-on-time' | 'open-overdue' }>, 'dueAt' | 'metrics'> & {
      readonly dueAt: string;
      readonly metrics?: Readonly<Partial<Record<MetricKind, Omit<MetricJudgement, 'dueAt'> & { readonly dueAt: string | null }>>>;
    })
  | Extract<TicketJudgement, { verdict: 'refused' }>;

/** The row accounting of the JSON outputs: read = used + rejected, per file. */
export interface DiffRowsJson {
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsRejected: number;
  readonly files: readonly { readonly file: string; readonly rowsRead: number; readonly rowsUsed: number; readonly rowsRejected: number }[];
}

/** The JSON output of `slakit diff <tickets.csv>`. */
export interface TicketDiffJson {
  readonly kind: 'tickets';
  readonly a: DiffSideJson;
  readonly b: DiffSideJson;
  /** The instant open tickets were judged at; `null` without a ticket. */
  readonly now: string | null;
  readonly readings: readonly ReadingDifference[];
  /** The tickets that change, in file order, each with its line. */
  readonly changes: readonly {
    readonly id: string;
    readonly line: number;
    readonly changed: readonly TicketChangeKind[];
    readonly metrics: readonly MetricKind[];
    readonly a: TicketSideJson;
    readonly b: TicketSideJson;
    readonly rules: readonly RuleDifference[];
  }[];
  readonly rejected: readonly (RejectedRow & { readonly file: string })[];
  readonly summary: DiffRowsJson & { readonly compared: number; readonly changed: number; readonly unchanged: number };
}

/** The JSON output of `slakit diff --period …`. */
export interface AvailabilityDiffJson {
  readonly kind: 'availability';
  readonly a: DiffSideJson;
  readonly b: DiffSideJson;
  /** The period A measures, in A's zone. */
  readonly period: { readonly start: string; readonly end: string; readonly label: string };
  /** The period B measures, in B's zone, when it is another interval than A's (contracts in other zones); else null. */
  readonly periodB: { readonly start: string; readonly end: string; readonly label: string } | null;
  readonly readings: readonly ReadingDifference[];
  readonly changes: readonly CommitmentChange[];
  /** The credits' total under the cap, when it differs. */
  readonly total: { readonly a: CreditTotalReport | null; readonly b: CreditTotalReport | null } | null;
  readonly rejected: readonly (RejectedRow & { readonly file: string })[];
  readonly summary: DiffRowsJson & { readonly compared: number; readonly changed: number; readonly unchanged: number };
}

/** A ticket diff with what renderers need: the JSON, the zone of each change, the files' books. */
export interface TicketDiffOutput {
  readonly json: TicketDiffJson;
  readonly files: readonly FileRows[];
  readonly report: TicketDiffReport;
}

/**
 * Diff the tickets read (see `readTickets`) under two contracts: each row
 * becomes the ticket `slakit tickets` judges; a ticket both contracts
 * refuse is a rejected row (with its events), one refused by only one
 * side is a change. Rows reconcile: read = used + rejected.
 *
 * @example
 * ```ts
 * const output = ticketDiffOutput(letsignit(), letsignit({ escalation: 'jours-ouvres' }), inputs, sides, 'opened');
 * output.json.summary.changed;
 * ```
 */
export function ticketDiffOutput(a: Contract, b: Contract, inputs: TicketInputs, sides: { readonly a: DiffSideJson; readonly b: DiffSideJson }, versionAt: 'opened' | 'now'): TicketDiffOutput {
  const { tickets: rows, ledger, events } = inputs;
  const eventsOf = eventsByTicket(events?.rows ?? []);
  const tickets = rows.map((row) => contractTicketOf(row, eventsOf.get(row.id)).ticket);
  const report = diffTickets(a, b, tickets, { now: inputs.now ?? 0, versionAt });
  for (const refused of report.refused) {
    const row = rows[refused.index] as (typeof rows)[number];
    const reason = refused.a === refused.b ? refused.a : `${sides.a.given}: ${refused.a}; ${sides.b.given}: ${refused.b}`;
    ledger.revoke(row.line, `refused by both contracts: ${reason}`);
    for (const event of eventsOf.get(row.id) ?? []) events?.ledger.revoke(event.line, `ticket ${row.id} (${ledger.file} line ${row.line}) is refused by both contracts`);
  }
  const files = [fileRows(ledger), ...(events === undefined ? [] : [fileRows(events.ledger)])];
  const changes = report.changes.map((change) => ({
    id: change.id,
    line: (rows[change.index] as (typeof rows)[number]).line,
    changed: change.changed,
    metrics: change.metrics,
    a: sideJson(change.a),
    b: sideJson(change.b),
    rules: change.rules,
  }));
  return {
    report,
    files,
    json: {
      kind: 'tickets',
      ...sides,
      now: inputs.now === null ? null : formatInstant(inputs.now),
      readings: report.readings,
      changes,
      rejected: rejectedOf(files),
      summary: { ...rowsJson(files), compared: report.compared, changed: changes.length, unchanged: report.compared - changes.length },
    },
  };
}

/**
 * The JSON of an availability diff, with the input files' books.
 *
 * @example
 * ```ts
 * availabilityDiffJson(report, sides, files).summary.changed; // 1
 * ```
 */
export function availabilityDiffJson(report: AvailabilityDiffReport, sides: { readonly a: DiffSideJson; readonly b: DiffSideJson }, files: readonly FileRows[]): AvailabilityDiffJson {
  return {
    kind: 'availability',
    ...sides,
    period: { start: formatInstant(report.period.start), end: formatInstant(report.period.end), label: report.period.label },
    periodB: report.periodB.start === report.period.start && report.periodB.end === report.period.end ? null : { start: formatInstant(report.periodB.start), end: formatInstant(report.periodB.end), label: report.periodB.label },
    readings: report.readings,
    changes: report.changes,
    total: report.total,
    rejected: rejectedOf(files),
    summary: { ...rowsJson(files), compared: report.compared, changed: report.changes.length, unchanged: report.compared - report.changes.length },
  };
}

function sideJson(side: TicketJudgement): TicketSideJson {
  if (side.verdict === 'refused') return side;
  const { metrics, dueAt, ...rest } = side;
  if (metrics === undefined) return { ...rest, dueAt: formatInstant(dueAt) };
  const metricsJson: Partial<Record<MetricKind, Omit<MetricJudgement, 'dueAt'> & { dueAt: string | null }>> = {};
  for (const [kind, metric] of Object.entries(metrics) as [MetricKind, MetricJudgement][]) metricsJson[kind] = { ...metric, dueAt: metric.dueAt === null ? null : formatInstant(metric.dueAt) };
  return { ...rest, dueAt: formatInstant(dueAt), metrics: metricsJson };
}

function fileRows(ledger: RowLedger): FileRows {
  const counts = ledger.counts();
  return { file: ledger.file, read: counts.read, used: counts.used, rejected: ledger.rejected() };
}

function rowsJson(files: readonly FileRows[]): DiffRowsJson {
  const sum = (pick: (file: FileRows) => number): number => files.reduce((total, file) => total + pick(file), 0);
  return {
    rowsRead: sum((f) => f.read),
    rowsUsed: sum((f) => f.used),
    rowsRejected: sum((f) => f.rejected.length),
    files: files.map((f) => ({ file: f.file, rowsRead: f.read, rowsUsed: f.used, rowsRejected: f.rejected.length })),
  };
}

function rejectedOf(files: readonly FileRows[]): (RejectedRow & { file: string })[] {
  return files.flatMap(({ file, rejected }) => rejected.map((row) => ({ file, ...row })));
}
