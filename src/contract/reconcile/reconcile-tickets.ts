import { SlaInputError } from '../../errors.js';
import { type InstantInput, toInstant } from '../../time/instant.js';
import { TimeZone } from '../../time/zone.js';
import type { Contract, ContractTicket } from '../contract.js';
import { checkContractTicket } from '../parts/responses.js';
import { type HelpdeskValues, RECONCILE_CAUSES, type ReconcileCause, type ReconcileCauseKind, type ReconcileVerdict, causeOf, reproduces, verdictOf } from './causes.js';

/**
 * One row of a helpdesk export: the ticket (as {@link Contract.ticket}
 * takes it) and the helpdesk's own first-response due instant and/or
 * breach flag (`null` or absent: not exported; at least one is given).
 *
 * @example
 * ```ts
 * const row: ReconcileRow = { ticket: { id: 'T-1', priority: 'p3', openedAt: '2026-07-02T16:00:00-04:00' }, helpdeskDueAt: '2026-07-03T11:30:00-04:00' };
 * ```
 */
export interface ReconcileRow {
  readonly ticket: ContractTicket;
  readonly helpdeskDueAt?: InstantInput | null;
  readonly helpdeskBreached?: boolean | null;
}

/**
 * Options of {@link reconcileTickets}.
 *
 * @example
 * ```ts
 * const options: ReconcileOptions = { now: '2026-07-10T00:00:00Z', zones: ['Europe/London'] };
 * ```
 */
export interface ReconcileOptions {
  /** The instant tickets are judged at (an open ticket is breached when overdue then). */
  readonly now: InstantInput;
  /** Which contract version judges a ticket, as {@link Contract.ticket}: `opened` (default) or `now`. */
  readonly versionAt?: 'opened' | 'now';
  /** IANA zones the helpdesk may read the calendars in, tried after UTC (e.g. the helpdesk's own zone setting). */
  readonly zones?: readonly string[];
}

/**
 * One reconciled ticket: slakit's verdict, the helpdesk's, and the cause
 * when they differ.
 *
 * @example
 * ```ts
 * const { agrees, differenceMs, cause }: ReconciledTicket = reconcileTickets(msp, rows, { now }).tickets[0]!;
 * ```
 */
export interface ReconciledTicket {
  readonly id: string;
  /** The priority in force at `now`. */
  readonly priority: string;
  readonly region: string | null;
  /** The contract version slakit judged the ticket under. */
  readonly version: string;
  readonly slakit: ReconcileVerdict;
  /** The helpdesk's values; `null` where the export gives none. */
  readonly helpdesk: { readonly dueAt: number | null; readonly breached: boolean | null };
  /** Helpdesk due − slakit due, ms (negative: the helpdesk's is earlier); `null` without a helpdesk due. */
  readonly differenceMs: number | null;
  /** Every value the helpdesk gives equals slakit's. */
  readonly agrees: boolean;
  /** `null` when the ticket agrees. */
  readonly cause: ReconcileCause | null;
}

/**
 * The output of {@link reconcileTickets}: tickets in input order, and the
 * counts (`agree + differ = tickets`; `byCause` sums to `differ`).
 *
 * @example
 * ```ts
 * const { summary } = reconcileTickets(msp, rows, { now });
 * summary.byCause.unexplained; // tickets no single cause explains
 * ```
 */
export interface ReconcileResult {
  readonly now: number;
  readonly tickets: readonly ReconciledTicket[];
  readonly summary: {
    readonly tickets: number;
    readonly agree: number;
    readonly differ: number;
    readonly byCause: Readonly<Record<ReconcileCauseKind, number>>;
  };
}

const ROW_KEYS: ReadonlySet<string> = new Set(['ticket', 'helpdeskDueAt', 'helpdeskBreached']);

/**
 * Reconcile a helpdesk export with slakit: recompute each ticket's
 * first-response due instant and verdict at `now` ({@link Contract.ticket})
 * and, where the helpdesk's due or breach flag differs, put the difference
 * down to ONE cause by recomputing the ticket under other readings, in the
 * order of {@link RECONCILE_CAUSES}; the first that reproduces every value
 * the helpdesk gives, exactly, is the cause:
 *
 * 1. `zone`: the calendars' hours read in UTC, then in each of `options.zones`
 *    (the whole-hour UTC offset that moves the due by the difference is tried
 *    last, after `version`: it fits many differences);
 * 2. `holiday`: one holiday (or listed closure) between the opening and
 *    slakit's due reopened, each in turn; then every holiday removed;
 * 3. `calendar`: every calendar open 24/7; then every calendar on the hours
 *    of one of the contract's calendars, in definition order;
 * 4. `pause` (tickets with events): pause and resume events dropped,
 *    statuses that pause run;
 * 5. `target`: another priority's target, in the contract's order; then, for
 *    a rule target, its business time counted in calendar time;
 * 6. `version` (contracts with versions): the version in force at the other
 *    instant (`now` for `opened`, and back);
 * 7. `unexplained`: none does; `differenceMs` and both verdicts remain.
 *
 * A reading that changes nothing cannot reproduce a difference, and a
 * breach-flag-only row is attributed the same way on the verdict. Pure:
 * nothing is read from the clock or the process's zone.
 *
 * @throws {SlaInputError} naming the field: `rows` (not an array),
 *   `rows[i]` (not an object, or neither `helpdeskDueAt` nor
 *   `helpdeskBreached`), `rows[i].<key>` (an unknown key),
 *   `rows[i].helpdeskDueAt` (not an instant), `rows[i].helpdeskBreached`
 *   (not a boolean), `rows[i].ticket…` (see {@link Contract.ticket}),
 *   `options.now`, `options.versionAt`; {@link SlaZoneError} naming
 *   `options.zones[i]`. What {@link Contract.ticket} throws on a ticket.
 * @example
 * ```ts
 * // msp = defineContract(the JSON of examples/contracts/msp-p1-p4.json).
 * // P3 opened Thu 2026-07-02 16:00 EDT: slakit skips Fri 07-03, the observed Independence Day,
 * // and is due Mon 11:30; a helpdesk without that holiday says Fri 11:30 (1.5 h Thu + 2.5 h Fri).
 * const result = reconcileTickets(msp, [
 *   { ticket: { id: 'T-7', priority: 'p3', openedAt: '2026-07-02T16:00:00-04:00' }, helpdeskDueAt: '2026-07-03T11:30:00-04:00' },
 * ], { now: '2026-07-10T00:00:00Z' });
 * result.tickets[0]?.cause?.kind;       // "holiday"
 * result.tickets[0]?.differenceMs;      // -259200000 (3 days earlier)
 * ```
 */
export function reconcileTickets(contract: Contract, rows: readonly ReconcileRow[], options: ReconcileOptions): ReconcileResult {
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, 'an object { now, versionAt?, zones? }');
  const now = toInstant(options.now, 'options.now');
  const versionAt = options.versionAt ?? 'opened';
  if (versionAt !== 'opened' && versionAt !== 'now') throw new SlaInputError('options.versionAt', versionAt, '"opened" (the version in force when the ticket was opened) or "now"');
  const zones = options.zones ?? [];
  if (!Array.isArray(zones as unknown)) throw new SlaInputError('options.zones', zones, 'an array of IANA zones');
  zones.forEach((zone, i) => TimeZone.of(zone, `options.zones[${i}]`));
  if (!Array.isArray(rows as unknown)) throw new SlaInputError('rows', rows, 'an array of { ticket, helpdeskDueAt?, helpdeskBreached? }');
  const helpdesk = rows.map((row, i) => readRow(row, i));
  const byCause = Object.fromEntries(RECONCILE_CAUSES.map((kind) => [kind, 0])) as Record<ReconcileCauseKind, number>;
  const tickets = rows.map((row, i) => {
    const reconciled = reconcileOne(contract, row.ticket, helpdesk[i] as HelpdeskValues, now, versionAt, zones);
    if (reconciled.cause !== null) byCause[reconciled.cause.kind]++;
    return reconciled;
  });
  const agree = tickets.filter((ticket) => ticket.agrees).length;
  return { now, tickets, summary: { tickets: tickets.length, agree, differ: tickets.length - agree, byCause } };
}

function readRow(row: ReconcileRow, i: number): HelpdeskValues {
  const field = `rows[${i}]`;
  if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new SlaInputError(field, row, 'an object { ticket, helpdeskDueAt?, helpdeskBreached? }');
  for (const key of Object.keys(row)) if (!ROW_KEYS.has(key)) throw new SlaInputError(`${field}.${key}`, (row as unknown as Record<string, unknown>)[key], 'no such key: a row has ticket, helpdeskDueAt and helpdeskBreached');
  checkContractTicket(row.ticket, `${field}.ticket`);
  const dueAt = row.helpdeskDueAt === undefined || row.helpdeskDueAt === null ? null : toInstant(row.helpdeskDueAt, `${field}.helpdeskDueAt`);
  const breached = row.helpdeskBreached ?? null;
  if (breached !== null && typeof breached !== 'boolean') throw new SlaInputError(`${field}.helpdeskBreached`, breached, 'true or false (or null: no flag)');
  if (dueAt === null && breached === null) throw new SlaInputError(field, row, "the helpdesk's due instant (helpdeskDueAt) or breach flag (helpdeskBreached), or both");
  return { dueAt, breached };
}

function reconcileOne(contract: Contract, ticket: ContractTicket, helpdesk: HelpdeskValues, now: number, versionAt: 'opened' | 'now', zones: readonly string[]): ReconciledTicket {
  const status = contract.ticket(ticket, now, { versionAt });
  const slakit = verdictOf(status);
  const agrees = reproduces(slakit, helpdesk);
  const cause = agrees ? null : causeOf({ contract, ticket, status, now, versionAt, zones, helpdesk }, slakit);
  return {
    id: status.id,
    priority: status.priority,
    region: status.region,
    version: status.version,
    slakit,
    helpdesk,
    differenceMs: helpdesk.dueAt === null ? null : helpdesk.dueAt - slakit.dueAt,
    agrees,
    cause,
  };
}
