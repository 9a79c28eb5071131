import type { BusinessCalendar } from '../../calendar/business-calendar.js';
import { type BatchResult, ResponsePolicy, ResponseTimeClock, type Ticket, type TicketEvent, type TicketStatus, isTargetRule, targetMsFrom } from '../../clock/index.js';
import { SlaInputError } from '../../errors.js';
import { ownValue } from '../../ids.js';
import { toDurationMs } from '../../time/duration.js';
import { type InstantInput, toInstant } from '../../time/instant.js';
import type { SourceRef } from '../provenance.js';
import type { ContractTerms } from '../schema.js';

/** A ticket as a contract sees it: the clock's events, or opened/responded shortcuts. */
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

/** The answer of {@link Contract.due}. */
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
 * A judged ticket: the clock's status plus the region, the scope, the rule
 * of a rule target in words (`null` for a duration) and the version of the
 * contract it was judged under.
 */
export type ContractTicketStatus = TicketStatus & TicketVersion & { readonly region: string | null; readonly excluded: boolean; readonly rule: string | null };

/** Output of {@link Contract.tickets}: statuses in input order with their region, the summary, and the excluded tickets. */
export type ContractBatchResult = Omit<BatchResult, 'tickets'> & {
  readonly tickets: readonly ContractTicketStatus[];
  readonly excluded: readonly ContractTicket[];
};

/**
 * The response side of a contract's terms: one clock per region (built
 * lazily, cached), due instants and ticket verdicts.
 * @internal
 */
export class ContractResponses {
  readonly #terms: ContractTerms;
  readonly #calendar: (id: string) => BusinessCalendar;
  readonly #clocks = new Map<string, ResponseTimeClock>();

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
      const regionCalendar = key === null ? undefined : this.#calendar(ownValue(this.#terms.regions, key)?.calendar as string);
      const priorities = Object.fromEntries(
        Object.entries(responses.priorities).map(([priority, target]) => [
          priority,
          {
            target: isTargetRule(target.target) ? target.target : toDurationMs(target.target, `responses.priorities.${priority}.target`),
            calendar: target.calendar === '$region' ? (regionCalendar as BusinessCalendar) : this.#calendar(target.calendar),
            kind: target.kind ?? 'contractual',
            ...(target.source ? { source: target.source } : {}),
          },
        ]),
      );
      clock = new ResponseTimeClock(
        new ResponsePolicy({
          priorities,
          ...(responses.reprioritisation ? { reprioritisation: responses.reprioritisation } : {}),
          ...(responses.warnings ? { warnings: responses.warnings } : {}),
        }),
      );
      this.#clocks.set(key ?? '', clock);
    }
    return clock;
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
    const clock = this.clock(region ?? undefined);
    const status = clock.status(toClockTicket(ticket), now);
    return { ...status, region, excluded: ticket.excluded === true, rule: clock.policy.target(status.priority).rule?.text ?? null, ...version };
  }

  tickets(tickets: readonly ContractTicket[], now: InstantInput, version: TicketVersion): ContractBatchResult {
    const judged = tickets.filter((t) => t.excluded !== true);
    const excluded = tickets.filter((t) => t.excluded === true);
    // Group by region (each region has its own clock), remembering positions.
    const groups = new Map<string | null, { tickets: ContractTicket[]; positions: number[] }>();
    judged.forEach((ticket, position) => {
      const region = this.regionKey(ticket.region);
      const group = groups.get(region) ?? { tickets: [], positions: [] };
      group.tickets.push(ticket);
      group.positions.push(position);
      groups.set(region, group);
    });
    const statuses: ContractTicketStatus[] = new Array(judged.length);
    const results: BatchResult[] = [];
    for (const [region, group] of groups) {
      const clock = this.clock(region ?? undefined);
      const result = clock.evaluate(group.tickets.map(toClockTicket), now);
      results.push(result);
      result.tickets.forEach((status, i) => {
        statuses[group.positions[i] as number] = { ...status, region, excluded: false, rule: clock.policy.target(status.priority).rule?.text ?? null, ...version };
      });
    }
    if (results.length === 0) results.push(this.clock(this.regions[0]).evaluate([], now));
    const merged = results.length === 1 ? (results[0] as BatchResult) : ResponseTimeClock.merge(results);
    return { ...merged, tickets: statuses, excluded };
  }
}

function toClockTicket(ticket: ContractTicket): Ticket {
  if (ticket.events) return { id: ticket.id, priority: ticket.priority, events: [...ticket.events] };
  if (ticket.openedAt === undefined) throw new SlaInputError(`ticket ${ticket.id}.openedAt`, undefined, 'the opening instant (or an events list)');
  return ResponseTimeClock.simpleTicket({ id: ticket.id, priority: ticket.priority, openedAt: ticket.openedAt, respondedAt: ticket.respondedAt ?? null });
}
