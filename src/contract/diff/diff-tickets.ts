import { METRIC_KINDS, type MetricKind, type ResponseTargetKind, type TicketStatus } from '../../clock/index.js';
import { SlaError, SlaInputError } from '../../errors.js';
import { checkKnownKeys, ownValue } from '../../ids.js';
import { type InstantInput, toInstant } from '../../time/instant.js';
import type { Contract, TicketOptions } from '../contract.js';
import { type ContractTicket, type ContractTicketStatus, checkContractTicket } from '../parts/responses.js';
import type { SourceRef } from '../provenance.js';
import type { ContractTerms } from '../schema.js';
import { type ReadingDifference, type RuleDifference, type RuleScope, readingDifferences, ruleDifferences, scopeAt } from './rule-differences.js';

/**
 * A ticket's verdict at `now`, finer than `met`: `met` (answered in time),
 * `missed` (answered late), `open-on-time` (not answered, not yet due),
 * `open-overdue` (not answered, past due), or `refused` (the contract
 * cannot judge it: an unknown priority or region, an event its status map
 * does not know…).
 *
 * @example
 * ```ts
 * const verdict: TicketVerdict = 'open-overdue';
 * ```
 */
export type TicketVerdict = 'met' | 'missed' | 'open-on-time' | 'open-overdue' | 'refused';

/**
 * One metric of a ticket as one side judges it: its current (or last)
 * cycle's verdict and due instant, and its cycles.
 *
 * @example
 * ```ts
 * const resolution: MetricJudgement = { verdict: 'met', dueAt: 1783249200000, cycles: 1, missedCycles: 0 };
 * ```
 */
export interface MetricJudgement {
  /** `null` before the first cycle of a cyclic metric. */
  readonly verdict: Exclude<TicketVerdict, 'refused'> | null;
  /** The current or last cycle's due instant, epoch ms; `null` before the first cycle. */
  readonly dueAt: number | null;
  readonly cycles: number;
  readonly missedCycles: number;
}

/**
 * How one contract judges a ticket (see {@link diffTickets}): the verdict,
 * the due instant and the rule behind it — the priority's target, its
 * calendar, the version in force — or why it refuses the ticket.
 *
 * @example
 * ```ts
 * const side: TicketJudgement = diffTickets(a, b, tickets, { now }).changes[0].a;
 * side.verdict === 'refused' ? side.reason : new Date(side.dueAt).toISOString();
 * ```
 */
export type TicketJudgement =
  | {
      readonly verdict: Exclude<TicketVerdict, 'refused'>;
      /** The priority in force at `now` (after any reprioritisation). */
      readonly priority: string;
      readonly dueAt: number;
      /** Business ms of the target (a rule target resolved from the opening). */
      readonly targetMs: number;
      /** The target in words: `24 h`, or the rule (`end of the next business day`). */
      readonly target: string;
      readonly kind: ResponseTargetKind;
      /** The id of the calendar the target runs on. */
      readonly calendar: string;
      readonly zone: string;
      /** The version of the contract that judged it (`initial`: the top-level terms). */
      readonly version: string;
      readonly source?: SourceRef;
      /** Every metric, when the contract judges tickets on several. */
      readonly metrics?: Readonly<Partial<Record<MetricKind, MetricJudgement>>>;
    }
  | {
      readonly verdict: 'refused';
      /** The field the contract names (`ticket T-1.priority`), and its message. */
      readonly field: string | null;
      readonly reason: string;
    };

/**
 * What changed for a ticket between two contracts: `verdict` (including
 * judged on one side, refused on the other), `due` (the due instant),
 * `target` (its business ms, its kind, or the priority in force; a target
 * written differently that comes to the same business time for this ticket
 * is no change), `metric` (a metric's verdict, due instant or cycles: see
 * `metrics`).
 *
 * @example
 * ```ts
 * const what: TicketChangeKind = 'due';
 * ```
 */
export type TicketChangeKind = 'verdict' | 'due' | 'target' | 'metric';

/**
 * A ticket whose verdict, due instant or target differs between contract
 * `a` and contract `b`, with both judgements and the rules that differ.
 *
 * @example
 * ```ts
 * const { id, changed, a, b, rules } = diffTickets(letsignit(), letsignit({ escalation: 'end-of-next-business-day' }), tickets, { now }).changes[0];
 * rules[0]?.path; // "responses.priorities.escalation.target"
 * ```
 */
export interface TicketChange {
  readonly id: string;
  /** The ticket's position in the input. */
  readonly index: number;
  readonly changed: readonly TicketChangeKind[];
  /** The metrics whose judgement differs (with `metric` in `changed`). */
  readonly metrics: readonly MetricKind[];
  readonly a: TicketJudgement;
  readonly b: TicketJudgement;
  /**
   * The rules behind the ticket's judgement that differ: the priorities'
   * targets, the metrics and status maps, the calendars and regions they
   * run on, and `version` when the versions in force differ — each side's
   * value with its clause.
   */
  readonly rules: readonly RuleDifference[];
}

/**
 * Output of {@link diffTickets}.
 *
 * @example
 * ```ts
 * const report: TicketDiffReport = diffTickets(a, b, tickets, { now: '2026-06-10T12:00:00+02:00' });
 * `${report.changes.length} of ${report.compared} tickets change`;
 * ```
 */
export interface TicketDiffReport {
  /** The instant the tickets were judged at, epoch ms. */
  readonly now: number;
  /** Tickets judged by at least one side. */
  readonly compared: number;
  /** The tickets that change, in input order. */
  readonly changes: readonly TicketChange[];
  /** Tickets both contracts refuse (not a change): each side's reason. */
  readonly refused: readonly { readonly id: string; readonly index: number; readonly a: string; readonly b: string }[];
  /** The readings of the text (preset options) the two contracts take differently. */
  readonly readings: readonly ReadingDifference[];
}

/**
 * Options of {@link diffTickets}.
 *
 * @example
 * ```ts
 * const options: TicketDiffOptions = { now: '2026-06-10T12:00:00+02:00', versionAt: 'opened' };
 * ```
 */
export interface TicketDiffOptions extends TicketOptions {
  /** The instant open tickets are judged at. */
  readonly now: InstantInput;
}

const OPTION_KEYS: ReadonlySet<string> = new Set(['now', 'versionAt']);

/**
 * What-if: the same tickets judged under contract `a` and contract `b` (two
 * contracts, two versions, or two readings of an ambiguity), listing only
 * the tickets whose verdict, due instant or target changes — on any metric
 * — each with both judgements and the rules that differ, with their
 * clauses. A ticket one side judges and the other refuses is listed (its
 * verdict changes to `refused`); one both refuse is in `refused`. A
 * contract compared with itself lists nothing.
 *
 * Each side judges a ticket as {@link Contract.ticket} does (under the
 * version in force at its opening, or at `now` with `versionAt: 'now'`).
 *
 * Throws {@link SlaInputError} naming `tickets` (not an array),
 * `tickets[i]…` (a malformed ticket, as {@link Contract.tickets} does),
 * `options.now`, `options.versionAt` or an unknown `options.<key>`.
 *
 * @example
 * ```ts
 * // Letsignit §3: "un jour ouvrable" as 24 h of Mon–Sat, or as the end of the next jour ouvrable.
 * const report = diffTickets(letsignit(), letsignit({ escalation: 'end-of-next-business-day' }), [
 *   { id: 'E-1', priority: 'escalation', openedAt: '2026-06-05T15:00:00+02:00', respondedAt: '2026-06-06T18:00:00+02:00' },
 *   { id: 'E-2', priority: 'escalation', openedAt: '2026-06-07T10:00:00+02:00', respondedAt: null },
 * ], { now: '2026-06-10T12:00:00+02:00' });
 * report.changes.map((c) => [c.id, c.a.verdict, c.b.verdict]); // [["E-1", "missed", "met"]] — Fri 15:00: due Sat 15:00, or Sat 24:00
 * // E-2 (Sunday) is due Tue 00:00 either way: not listed.
 * ```
 */
export function diffTickets(a: Contract, b: Contract, tickets: readonly ContractTicket[], options: TicketDiffOptions): TicketDiffReport {
  if (!Array.isArray(tickets as unknown)) throw new SlaInputError('tickets', tickets, 'an array of tickets');
  checkKnownKeys(options, OPTION_KEYS, 'options');
  const now = toInstant(options?.now, 'options.now');
  const versionAt = options.versionAt ?? 'opened';
  if (versionAt !== 'opened' && versionAt !== 'now') throw new SlaInputError('options.versionAt', versionAt, '"opened" (the version in force when the ticket was opened) or "now"');
  tickets.forEach((ticket, i) => checkContractTicket(ticket, `tickets[${i}]`));
  const changes: TicketChange[] = [];
  const refused: { id: string; index: number; a: string; b: string }[] = [];
  tickets.forEach((ticket, index) => {
    const judgedA = judge(a, ticket, now, versionAt);
    const judgedB = judge(b, ticket, now, versionAt);
    if (judgedA.side.verdict === 'refused' && judgedB.side.verdict === 'refused') {
      refused.push({ id: ticket.id, index, a: judgedA.side.reason, b: judgedB.side.reason });
      return;
    }
    const { changed, metrics } = changesOf(judgedA.side, judgedB.side);
    if (changed.length === 0) return;
    changes.push({ id: ticket.id, index, changed, metrics, a: judgedA.side, b: judgedB.side, rules: ticketRules(ticket, judgedA, judgedB) });
  });
  return { now, compared: tickets.length - refused.length, changes, refused, readings: readingDifferences(a, b) };
}

/** One side's judgement of a ticket, with the terms that judged it (the top-level terms when refused). */
interface Judged {
  readonly side: TicketJudgement;
  readonly terms: ContractTerms;
}

function judge(contract: Contract, ticket: ContractTicket, now: number, versionAt: 'opened' | 'now'): Judged {
  let status: ContractTicketStatus;
  try {
    status = contract.ticket(ticket, now, { versionAt });
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    const field = error instanceof SlaInputError ? error.field : null;
    return { side: { verdict: 'refused', field, reason: error.message }, terms: contract.termsOf() };
  }
  const terms = contract.termsOf(status.version);
  const metrics = status.metrics === undefined ? undefined : metricJudgements(status.metrics);
  return {
    terms,
    side: {
      verdict: verdictOf(status),
      priority: status.priority,
      dueAt: status.dueAt,
      targetMs: status.targetMs,
      target: status.rule ?? `${status.targetMs / 3_600_000} h`,
      kind: status.kind,
      calendar: calendarIdOf(terms, ownValue(terms.responses?.priorities, status.priority)?.calendar, status.region) ?? '',
      zone: status.zone,
      version: status.version,
      ...(status.source === undefined ? {} : { source: status.source }),
      ...(metrics === undefined ? {} : { metrics }),
    },
  };
}

function verdictOf(status: Pick<TicketStatus, 'met' | 'respondedAt'>): Exclude<TicketVerdict, 'refused'> {
  if (status.met === true) return 'met';
  if (status.met === null) return 'open-on-time';
  return status.respondedAt === null ? 'open-overdue' : 'missed';
}

function metricJudgements(metrics: NonNullable<ContractTicketStatus['metrics']>): Partial<Record<MetricKind, MetricJudgement>> {
  const out: Partial<Record<MetricKind, MetricJudgement>> = {};
  for (const kind of METRIC_KINDS) {
    const metric = metrics[kind];
    if (metric === undefined) continue;
    const current = metric.current;
    out[kind] = { verdict: current === null ? null : verdictOf(current), dueAt: current === null ? null : current.dueAt, cycles: metric.cycles.length, missedCycles: metric.missedCycles };
  }
  return out;
}

/** The calendar id a target runs on: its own, or its region's for `$region`. */
function calendarIdOf(terms: ContractTerms, calendar: string | undefined, region: string | null): string | undefined {
  if (calendar !== '$region') return calendar;
  return region === null ? undefined : ownValue(terms.regions, region)?.calendar;
}

function changesOf(a: TicketJudgement, b: TicketJudgement): { changed: TicketChangeKind[]; metrics: MetricKind[] } {
  const changed: TicketChangeKind[] = [];
  if (a.verdict !== b.verdict) changed.push('verdict');
  if (a.verdict === 'refused' || b.verdict === 'refused') return { changed, metrics: [] };
  if (a.dueAt !== b.dueAt) changed.push('due');
  if (a.targetMs !== b.targetMs || a.kind !== b.kind || a.priority !== b.priority) changed.push('target');
  const metrics = METRIC_KINDS.filter((kind) => !sameMetric(a.metrics?.[kind], b.metrics?.[kind]));
  if (metrics.length > 0) changed.push('metric');
  return { changed, metrics };
}

function sameMetric(a: MetricJudgement | undefined, b: MetricJudgement | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.verdict === b.verdict && a.dueAt === b.dueAt && a.cycles === b.cycles && a.missedCycles === b.missedCycles;
}

/**
 * The rules behind a ticket's judgement on either side that differ: the
 * targets of its priorities (at opening and at `now`), every metric and
 * status map, reprioritisation, the calendars and region they run on, and
 * the version.
 */
function ticketRules(ticket: ContractTicket, judgedA: Judged, judgedB: Judged): RuleDifference[] {
  const termsA = judgedA.terms;
  const termsB = judgedB.terms;
  const priorities = new Set([ticket.priority]);
  for (const side of [judgedA.side, judgedB.side]) if (side.verdict !== 'refused') priorities.add(side.priority);
  const scopes: RuleScope[] = [...priorities].map((priority) => scopeAt(['responses', 'priorities', priority], termsA, termsB));
  for (const key of ['metrics', 'statuses', 'unmappedStatus', 'reprioritisation']) scopes.push(scopeAt(['responses', key], termsA, termsB));
  const region = ticket.region ?? null;
  if (region !== null) scopes.push(scopeAt(['regions', region], termsA, termsB));
  const calendars = new Set<string>();
  for (const terms of [termsA, termsB]) for (const id of calendarsOf(terms, priorities, region)) calendars.add(id);
  for (const id of calendars) scopes.push(scopeAt(['calendars', id], termsA, termsB));
  const rules = ruleDifferences(scopes);
  // The versions in force, when both sides judged the ticket and name different ones.
  if (judgedA.side.verdict !== 'refused' && judgedB.side.verdict !== 'refused' && judgedA.side.version !== judgedB.side.version) {
    rules.push({ path: 'version', a: { value: judgedA.side.version }, b: { value: judgedB.side.version } });
  }
  return rules;
}

/** The calendar ids the targets of `priorities` run on in `terms`, over every metric. */
function calendarsOf(terms: ContractTerms, priorities: ReadonlySet<string>, region: string | null): string[] {
  const responses = terms.responses;
  const tables = [responses?.priorities, ...Object.values(responses?.metrics ?? {}).map((metric) => metric?.priorities)];
  const ids: string[] = [];
  for (const table of tables) {
    for (const priority of priorities) {
      const id = calendarIdOf(terms, ownValue(table, priority)?.calendar, region);
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}
