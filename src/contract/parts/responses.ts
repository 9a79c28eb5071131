import type { BusinessCalendar } from '../../calendar/business-calendar.js';
import {
  type BatchResult,
  type BatchSummary,
  type MetricKind,
  type MetricOptions,
  type MetricsBatchResult,
  type PauseAudit,
  type PauseAuditOptions,
  type ResponseTarget,
  type ResponseTargetKind,
  type StatusMap,
  ResponsePolicy,
  ResponseTimeClock,
  type Ticket,
  TicketClock,
  type TicketEvent,
  type TicketMetrics,
  type TicketStatus,
  isTargetRule,
  targetMsFrom,
} from '../../clock/index.js';
import { policyKinds, summarise } from '../../clock/batch-summary.js';
import { checkTicketShape } from '../../clock/ticket.js';
import { ClockStatus } from '../../clock/ticket-status.js';
import { SlaInputError } from '../../errors.js';
import { ownValue } from '../../ids.js';
import { toDurationMs } from '../../time/duration.js';
import { type InstantInput, toInstant } from '../../time/instant.js';
import type { SourceRef } from '../provenance.js';
import type { ContractTerms } from '../schema.js';

type ResponsesTerms = NonNullable<ContractTerms['responses']>;

/**
 * A ticket as a contract sees it: the clock's events, or opened/responded shortcuts.
 *
 * @example
 * ```ts
 * const ticket: ContractTicket = { id: 'T-1', priority: 'p2', openedAt: '2026-11-27T10:00:00-05:00', respondedAt: null };
 * ```
 */
export interface ContractTicket {
  readonly id: string;
  /** Priority at opening (e.g. `critical`, `p1`). */
  readonly priority: string;
  /** Region, for contracts whose calendars depend on it (LumApps). */
  readonly region?: string;
  readonly openedAt?: InstantInput;
  /** First response (the stop event); absent or null while open. */
  readonly respondedAt?: InstantInput | null;
  /** Full event list instead of openedAt/respondedAt (pauses, reprioritisation). */
  readonly events?: readonly TicketEvent[];
  /** Outside the SLA's scope (Sign In App §1.4, LumApps §2.B): reported, never judged. */
  readonly excluded?: boolean;
}

/** The keys of a {@link ContractTicket}: any other is refused. */
const CONTRACT_TICKET_KEYS: ReadonlySet<string> = new Set<keyof ContractTicket>(['id', 'priority', 'region', 'openedAt', 'respondedAt', 'events', 'excluded']);

/**
 * Check the form of a contract's ticket (see {@link checkTicketShape}):
 * `field` names it (`ticket`, `tickets[3]`). Throws {@link SlaInputError}.
 * @internal
 */
export function checkContractTicket(ticket: unknown, field: string): asserts ticket is ContractTicket {
  checkTicketShape(ticket, field, CONTRACT_TICKET_KEYS);
}

/**
 * The answer of {@link Contract.due}.
 *
 * @example
 * ```ts
 * const answer: DueAnswer = linkando().due('critical', '2026-05-29T16:00:00+02:00');
 * answer.targetMs; // 36000000 (10 h)
 * ```
 */
export interface DueAnswer {
  readonly priority: string;
  readonly region: string | null;
  readonly openedAt: number;
  readonly dueAt: number;
  /** Business ms from the opening to `dueAt` on the calendar (for a rule target: the rule resolved from the opening). */
  readonly targetMs: number;
  /** A rule target in words ("end of the next business day"), or `null` for a duration. */
  readonly rule: string | null;
  readonly kind: 'contractual' | 'kpi';
  /** Name of the calendar the target runs on. */
  readonly calendar: string;
  readonly zone: string;
  /** Why: target, calendar, first opening counted. */
  readonly explanation: string;
  readonly source?: SourceRef;
}

/**
 * The version of a contract a ticket is judged under.
 *
 * @example
 * ```ts
 * const version: TicketVersion = { version: 'amendment-2026-07', versionEffectiveFrom: Date.parse('2026-07-01T00:00:00Z') };
 * ```
 */
export interface TicketVersion {
  /** `initial` for the top-level terms, else the amendment's id or `versions[i]`. */
  readonly version: string;
  /** When that version took effect, epoch ms; `null` for the top-level terms. */
  readonly versionEffectiveFrom: number | null;
}

/**
 * A judged ticket: the first-response clock's status plus the region, the
 * scope, the rule of a rule target in words (`null` for a duration) and the
 * version of the contract it was judged under; with `metrics` (every metric
 * of the ticket: first response, resolution, next reply, periodic update)
 * when the contract defines `responses.metrics` or `responses.statuses`, or
 * the ticket has `status` or `message` events.
 *
 * @example
 * ```ts
 * const status: ContractTicketStatus = linkando().ticket({ id: 'T-1', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00' }, '2026-06-01T12:00:00+02:00');
 * [status.state, status.region, status.version]; // ["running", null, "initial"]
 * ```
 */
export type ContractTicketStatus = TicketStatus &
  TicketVersion & { readonly region: string | null; readonly excluded: boolean; readonly rule: string | null; readonly metrics?: TicketMetrics['metrics'] };

/**
 * Output of {@link Contract.tickets}: statuses in input order with their
 * region, the summary (first response), and the excluded tickets; with
 * `metrics` (a summary per metric, see {@link MetricsBatchResult}) when the
 * statuses have metrics.
 *
 * @example
 * ```ts
 * const { tickets, summary, excluded }: ContractBatchResult = linkando().tickets(rows, '2026-07-01T00:00:00Z');
 * summary.byPriority.critical?.met;
 * ```
 */
export type ContractBatchResult = Omit<BatchResult, 'tickets'> & {
  readonly tickets: readonly ContractTicketStatus[];
  readonly excluded: readonly ContractTicket[];
  readonly metrics?: MetricsBatchResult['summary'];
};

/**
 * A ticket's metrics as a contract judges them: {@link TicketMetrics} plus
 * the region and scope.
 *
 * @example
 * ```ts
 * const metrics: ContractTicketMetrics = msp.ticketMetrics({ id: 'T-1', priority: 'p1', openedAt: '2026-07-04T03:00:00-04:00' }, '2026-07-04T05:00:00-04:00');
 * metrics.metrics.resolution?.current?.state; // "running" (due 07:00)
 * ```
 */
export type ContractTicketMetrics = TicketMetrics & { readonly region: string | null; readonly excluded: boolean };

/**
 * The response side of a contract's terms: one clock per region (built
 * lazily, cached), due instants and ticket verdicts.
 * @internal
 */
export class ContractResponses {
  readonly #terms: ContractTerms;
  readonly #calendar: (id: string) => BusinessCalendar;
  readonly #clocks = new Map<string, ResponseTimeClock>();
  readonly #metricClocks = new Map<string, TicketClock>();

  constructor(terms: ContractTerms, calendar: (id: string) => BusinessCalendar) {
    this.#terms = terms;
    this.#calendar = calendar;
  }

  get regions(): string[] {
    return Object.keys(this.#terms.regions ?? {});
  }

  get priorities(): string[] {
    return Object.keys(this.#terms.responses?.priorities ?? {});
  }

  clock(region?: string): ResponseTimeClock {
    const key = this.regionKey(region);
    let clock = this.#clocks.get(key ?? '');
    if (!clock) {
      const responses = this.#terms.responses;
      if (!responses) throw new SlaInputError('contract', this.#terms.id, 'a contract with response-time targets');
      clock = new ResponseTimeClock(
        new ResponsePolicy({
          priorities: this.#targets(responses.priorities, 'responses.priorities', key),
          ...(responses.reprioritisation ? { reprioritisation: responses.reprioritisation } : {}),
          ...(responses.warnings ? { warnings: responses.warnings } : {}),
        }),
      );
      this.#clocks.set(key ?? '', clock);
    }
    return clock;
  }

  /** The targets of a `priorities` record of the definition, on the calendars of `region`. */
  #targets(priorities: ResponsesTerms['priorities'], path: string, region: string | null): Record<string, ResponseTarget> {
    const regionCalendar = region === null ? undefined : this.#calendar(ownValue(this.#terms.regions, region)?.calendar as string);
    return Object.fromEntries(
      Object.entries(priorities).map(([priority, target]) => [
        priority,
        {
          target: isTargetRule(target.target) ? target.target : toDurationMs(target.target, `${path}.${priority}.target`),
          calendar: target.calendar === '$region' ? (regionCalendar as BusinessCalendar) : this.#calendar(target.calendar),
          kind: target.kind ?? 'contractual',
          ...(target.source ? { source: target.source } : {}),
        },
      ]),
    );
  }

  /** Whether tickets are judged on every metric: the definition has `responses.metrics` or `responses.statuses`. */
  get hasMetrics(): boolean {
    return this.#terms.responses?.metrics !== undefined || this.#terms.responses?.statuses !== undefined;
  }

  /** Every priority some metric covers: the first response's, then the other metrics' new ones. */
  get allPriorities(): string[] {
    const all = this.priorities;
    for (const metric of Object.values(this.#terms.responses?.metrics ?? {})) for (const priority of Object.keys(metric?.priorities ?? {})) if (!all.includes(priority)) all.push(priority);
    return all;
  }

  /** The clock of every metric (for `region`): the first response is {@link clock}'s policy. */
  metricClock(region?: string): TicketClock {
    const key = this.regionKey(region);
    let clock = this.#metricClocks.get(key ?? '');
    if (!clock) {
      const responses = this.#terms.responses as ResponsesTerms;
      const metrics: Partial<Record<MetricKind, ResponsePolicy | MetricOptions>> = {
        firstResponse: this.clock(key ?? undefined).policy,
      };
      for (const [kind, metric] of Object.entries(responses.metrics ?? {}) as [MetricKind, NonNullable<ResponsesTerms['metrics']>['resolution']][]) {
        if (metric === undefined) continue;
        metrics[kind] = { priorities: this.#targets(metric.priorities, `responses.metrics.${kind}.priorities`, key), ...(metric.statuses ? { statuses: statusMap(metric.statuses) } : {}) };
      }
      clock = new TicketClock({
        metrics,
        ...(responses.statuses ? { statuses: statusMap(responses.statuses) } : {}),
        ...(responses.unmappedStatus ? { unmappedStatus: responses.unmappedStatus } : {}),
        ...(responses.reprioritisation ? { reprioritisation: responses.reprioritisation } : {}),
        ...(responses.warnings ? { warnings: responses.warnings } : {}),
      });
      this.#metricClocks.set(key ?? '', clock);
    }
    return clock;
  }

  /** Every metric of the terms with its priorities and their kinds, in order: what a batch summarises. */
  metricKinds(): Map<MetricKind, Map<string, ResponseTargetKind>> {
    const policy = this.metricClock(this.regions[0]).policy;
    return new Map(policy.metrics.map((kind) => [kind, policyKinds(policy.metric(kind)?.policy as ResponsePolicy)]));
  }

  regionKey(region: string | undefined): string | null {
    const regions = this.regions;
    if (regions.length === 0) {
      if (region !== undefined && region !== '') throw new SlaInputError('region', region, `no region: contract ${this.#terms.id} has none`);
      return null;
    }
    if (region === undefined || !regions.includes(region)) throw new SlaInputError('region', region, `one of ${regions.join(', ')} (contract ${this.#terms.id})`);
    return region;
  }

  due(priority: string, openedAt: InstantInput, region: string | undefined): DueAnswer {
    const key = this.regionKey(region);
    const clock = this.clock(key ?? undefined);
    const target = clock.policy.target(priority);
    const opened = toInstant(openedAt, 'openedAt');
    const targetMs = targetMsFrom(target, opened);
    const dueAt = target.calendar.due(opened, targetMs);
    const firstOpen = target.calendar.nextOpen(opened);
    const definitionTarget = ownValue(this.#terms.responses?.priorities, priority);
    const what = target.rule === null ? `${target.targetMs as number / 3_600_000} h` : `${target.rule.explain(opened)} (${targetMs / 3_600_000} h)`;
    return {
      priority,
      region: key,
      openedAt: opened,
      dueAt,
      targetMs,
      rule: target.rule === null ? null : target.rule.text,
      kind: target.kind,
      calendar: target.calendar.name,
      zone: target.calendar.zone,
      explanation:
        `${priority}: ${what} of calendar "${target.calendar.name}" (${target.calendar.zone})` +
        (firstOpen !== null && firstOpen > opened ? `; opened while closed, counting from ${new Date(firstOpen).toISOString()}` : '') +
        `; due ${new Date(dueAt).toISOString()}`,
      ...(definitionTarget?.source ? { source: definitionTarget.source } : {}),
    };
  }

  ticket(ticket: ContractTicket, now: InstantInput, version: TicketVersion): ContractTicketStatus {
    const region = this.regionKey(ticket.region);
    if (this.#judgesMetrics([ticket])) return this.#firstResponse(this.ticketMetrics(ticket, now), ticket, version);
    const clock = this.clock(region ?? undefined);
    const status = clock.status(toClockTicket(ticket), now);
    return withContractFields(status, region, ticket.excluded === true, clock.policy.target(status.priority).rule?.text ?? null, version);
  }

  ticketMetrics(ticket: ContractTicket, now: InstantInput): ContractTicketMetrics {
    const region = this.regionKey(ticket.region);
    const status = this.metricClock(region ?? undefined).status(toClockTicket(ticket), now);
    return { ...status, region, excluded: ticket.excluded === true };
  }

  /** The pause audit of a ticket on the clock of its region, each finding citing the status map its metric reads. */
  auditPauses(ticket: ContractTicket, now: InstantInput, options: PauseAuditOptions | undefined): PauseAudit {
    const region = this.regionKey(ticket.region);
    const audit = this.metricClock(region ?? undefined).auditPauses(toClockTicket(ticket), now, options);
    const responses = this.#terms.responses;
    const findings = audit.findings.map((finding) => {
      const source = (finding.metric === 'firstResponse' ? undefined : responses?.metrics?.[finding.metric]?.statuses?.source) ?? responses?.statuses?.source;
      return source === undefined ? finding : { ...finding, source };
    });
    return { ...audit, findings };
  }

  tickets(tickets: readonly ContractTicket[], now: InstantInput, version: TicketVersion): ContractBatchResult {
    const judged = tickets.filter((t) => t.excluded !== true);
    const excluded = tickets.filter((t) => t.excluded === true);
    if (this.#judgesMetrics(judged)) return this.#metricTickets(judged, excluded, now, version);
    // Group by region (each region has its own clock), remembering positions.
    const groups = this.#byRegion(judged);
    const statuses: ContractTicketStatus[] = new Array(judged.length);
    const results: BatchResult[] = [];
    for (const [region, group] of groups) {
      const clock = this.clock(region ?? undefined);
      const result = clock.evaluate(group.tickets.map(toClockTicket), now);
      results.push(result);
      result.tickets.forEach((status, i) => {
        statuses[group.positions[i] as number] = withContractFields(status, region, false, clock.policy.target(status.priority).rule?.text ?? null, version);
      });
    }
    if (results.length === 0) results.push(this.clock(this.regions[0]).evaluate([], now));
    const merged = results.length === 1 ? (results[0] as BatchResult) : ResponseTimeClock.merge(results);
    return { ...merged, tickets: statuses, excluded };
  }

  /** Whether these tickets are judged on every metric: the contract has metrics, or a ticket has helpdesk events. */
  #judgesMetrics(tickets: readonly ContractTicket[]): boolean {
    return this.hasMetrics || tickets.some((ticket) => Array.isArray(ticket.events) && ticket.events.some((event) => event?.type === 'status' || event?.type === 'message'));
  }

  /** The tickets grouped by region (each region has its own clock), with their positions. */
  #byRegion(tickets: readonly ContractTicket[]): Map<string | null, { tickets: ContractTicket[]; positions: number[] }> {
    const groups = new Map<string | null, { tickets: ContractTicket[]; positions: number[] }>();
    tickets.forEach((ticket, position) => {
      const region = this.regionKey(ticket.region);
      const group = groups.get(region) ?? { tickets: [], positions: [] };
      group.tickets.push(ticket);
      group.positions.push(position);
      groups.set(region, group);
    });
    return groups;
  }

  /** The first-response status of a ticket's metrics, with the metrics; a priority without a first-response target is refused as {@link ticket} refuses it. */
  #firstResponse(status: ContractTicketMetrics, ticket: ContractTicket, version: TicketVersion): ContractTicketStatus {
    const first = status.metrics.firstResponse?.current;
    if (first === undefined || first === null) {
      this.clock(status.region ?? undefined).policy.target(ticket.priority, `ticket ${ticket.id}.priority`);
      throw new SlaInputError(`ticket ${ticket.id}.priority`, status.priority, `a priority with a first-response target: ${this.clock(status.region ?? undefined).policy.describePriorities()}`);
    }
    const rule = this.clock(status.region ?? undefined).policy.target(first.priority).rule?.text ?? null;
    // The first response's cycle is also in `metrics`: a copy, so that the status does not contain itself.
    return ClockStatus.extend(first, { region: status.region, excluded: status.excluded, rule, metrics: status.metrics, version: version.version, versionEffectiveFrom: version.versionEffectiveFrom });
  }

  #metricTickets(judged: readonly ContractTicket[], excluded: readonly ContractTicket[], now: InstantInput, version: TicketVersion): ContractBatchResult {
    const statuses: ContractTicketStatus[] = new Array(judged.length);
    for (const [region, group] of this.#byRegion(judged)) {
      const result = this.metricClock(region ?? undefined).evaluate(group.tickets.map(toClockTicket), now);
      result.tickets.forEach((status, i) => {
        const position = group.positions[i] as number;
        statuses[position] = this.#firstResponse({ ...status, region, excluded: false }, judged[position] as ContractTicket, version);
      });
    }
    const metrics = summariseMetrics(this.metricKinds(), statuses);
    const summary = metrics.firstResponse as BatchSummary;
    return { tickets: statuses, summary, excluded, metrics };
  }
}

/**
 * The clock's status with what the contract adds (region, scope, the rule
 * in words, the version), without reading its lazy fields (see
 * `ClockStatus.extend`).
 */
function withContractFields(status: TicketStatus, region: string | null, excluded: boolean, rule: string | null, version: TicketVersion): ContractTicketStatus {
  return ClockStatus.extend(status, { region, excluded, rule, version: version.version, versionEffectiveFrom: version.versionEffectiveFrom });
}

/**
 * One {@link BatchSummary} per metric of `kinds` (the metrics with their
 * priorities and kinds, see {@link ContractResponses.metricKinds}) over every
 * cycle of every status, whichever terms judged it: the one place a batch's
 * metric summaries are made (one version, or several merged). A status
 * without metrics (terms without `responses.metrics`) counts as its own
 * first-response cycle.
 * @internal
 */
export function summariseMetrics(kinds: ReadonlyMap<MetricKind, ReadonlyMap<string, ResponseTargetKind>>, statuses: readonly ContractTicketStatus[]): Partial<Record<MetricKind, BatchSummary>> {
  const cycles = new Map<MetricKind, TicketStatus[]>();
  for (const kind of kinds.keys()) cycles.set(kind, []);
  for (const status of statuses) {
    if (status.metrics === undefined) {
      cycles.get('firstResponse')?.push(status);
      continue;
    }
    for (const [kind, metric] of Object.entries(status.metrics) as [MetricKind, NonNullable<TicketMetrics['metrics'][MetricKind]>][]) {
      const all = cycles.get(kind);
      if (all !== undefined) for (const cycle of metric.cycles) all.push(cycle);
    }
  }
  const metrics: Partial<Record<MetricKind, BatchSummary>> = {};
  for (const [kind, priorities] of kinds) metrics[kind] = summarise(priorities, cycles.get(kind) ?? []);
  return metrics;
}

/** The lists of a definition's status map (without its description and source). */
function statusMap(json: NonNullable<ResponsesTerms['statuses']>): StatusMap {
  return { ...(json.runOn ? { runOn: json.runOn } : {}), ...(json.pauseOn ? { pauseOn: json.pauseOn } : {}), ...(json.stopOn ? { stopOn: json.stopOn } : {}) };
}

function toClockTicket(ticket: ContractTicket): Ticket {
  if (ticket.events !== undefined) return { id: ticket.id, priority: ticket.priority, events: ticket.events };
  if (ticket.openedAt === undefined) throw new SlaInputError(`ticket ${ticket.id}.openedAt`, undefined, 'the opening instant (or an events list)');
  return ResponseTimeClock.simpleTicket({ id: ticket.id, priority: ticket.priority, openedAt: ticket.openedAt, respondedAt: ticket.respondedAt ?? null });
}
