import { AvailabilityPeriod, type AvailabilityResult, type CauseReading, type Incident, IncidentCauses, type Probe, type ProbeSeries, computeAvailability } from '../availability/index.js';
import { BusinessCalendar } from '../calendar/business-calendar.js';
import { type HolidayProvider, dateHolidays } from '../calendar/holidays.js';
import type { WeeklySchedule } from '../calendar/weekly-schedule.js';
import { type BatchResult, ResponsePolicy, ResponseTimeClock, type Ticket, type TicketEvent, type TicketStatus } from '../clock/index.js';
import { SlaInputError } from '../errors.js';
import { ownValue } from '../ids.js';
import { type AdHocWindowInput, MaintenanceWindow } from '../maintenance/index.js';
import { type CommitmentResult, PenaltyTable, evaluateCommitment } from '../penalty/index.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { LiveSupportBilling } from './billing.js';
import { buildStep } from './build-step.js';
import { judgeMeanOfMonths, monthsOf } from './mean-of-months.js';
import { type CalendarDayDeadline, calendarDayDeadline } from './deadline.js';
import type { SourceRef } from './provenance.js';
import type { Ambiguity, CalendarDefinition, CommitmentDefinition, ContractDefinition, ContractNote, MaintenanceDefinition } from './schema.js';

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
  readonly targetMs: number;
  readonly kind: 'contractual' | 'kpi';
  /** Name of the calendar the target runs on. */
  readonly calendar: string;
  readonly zone: string;
  /** Why: target, calendar, first opening counted. */
  readonly explanation: string;
  readonly source?: SourceRef;
}

/** A judged ticket: the clock's status plus the region and scope. */
export type ContractTicketStatus = TicketStatus & { readonly region: string | null; readonly excluded: boolean };

/** Output of {@link Contract.tickets}: statuses in input order with their region, the summary, and the excluded tickets. */
export type ContractBatchResult = Omit<BatchResult, 'tickets'> & {
  readonly tickets: readonly ContractTicketStatus[];
  readonly excluded: readonly ContractTicket[];
};

/**
 * Input of {@link Contract.availability}. Incident causes are read by the
 * contract's {@link IncidentCauses}: where the contract excludes causes, a
 * label it does not declare is an error unless `causeAliases` maps it or
 * `unknownCauses: 'count'` counts it as downtime.
 */
export interface ContractAvailabilityInput extends CauseReading {
  /** `YYYY-MM`, `YYYY-Qn`, `YYYY` (in the contract's zone) or a period object. */
  readonly period: string | AvailabilityPeriod;
  readonly incidents?: readonly Incident[];
  /** Probe results: objects, or a typed-array {@link ProbeSeries} for large series. */
  readonly probes?: readonly Probe[] | ProbeSeries;
  /** Announced ad-hoc maintenance windows. */
  readonly maintenance?: readonly AdHocWindowInput[];
  /** Monthly fee in integer minor units, to turn the credit into an amount. */
  readonly feeMinor?: number;
  readonly currency?: string;
  /**
   * Data for one commitment only, replacing `incidents`/`probes` for it: e.g.
   * Letsignit's `server` commitment (§4) is measured from alert tickets, its
   * `application` commitment (§5) from HTTPS probes.
   */
  readonly byCommitment?: Readonly<Record<string, { readonly incidents?: readonly Incident[]; readonly probes?: readonly Probe[] | ProbeSeries }>>;
}

/** One commitment's verdict over a period. */
export interface CommitmentReport {
  readonly id: string;
  readonly target: string;
  readonly period: CommitmentDefinition['period'];
  readonly met: boolean;
  /**
   * Counted downtime still allowed (negative: the excess), ms. With
   * `aggregation: 'mean-of-months'`: what the shortest measured month could
   * still take while the monthly mean stays at the target.
   */
  readonly marginMs: number;
  /** How the figure is formed: over the whole period, or the mean of monthly figures. */
  readonly aggregation: 'whole-period' | 'mean-of-months';
  /** The figure the verdict is on (whole-period ratio or monthly mean), percent truncated to 4 decimals. */
  readonly availabilityPercent: string;
  /** The whole period's availability and incidents (for the mean of months too: downtime, explanations). */
  readonly result: AvailabilityResult;
  /** With `aggregation: 'mean-of-months'`: each local month's result, in order. */
  readonly monthly?: readonly AvailabilityResult[];
  readonly source?: SourceRef;
}

/** Output of {@link Contract.availability}. */
export interface ContractAvailabilityReport {
  readonly contract: string;
  readonly period: { readonly start: number; readonly end: number; readonly label: string };
  readonly commitments: readonly CommitmentReport[];
  /** Commitments not evaluated because their period differs from the one asked. */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  readonly credit: {
    readonly commitment: string;
    readonly percent: number;
    readonly amountMinor: number | null;
    readonly currency: string | null;
    readonly tierIndex: number | null;
  } | null;
}

/**
 * A contract's engine, built by {@link defineContract} from a definition:
 * its calendars, response clocks, availability commitments, credit table,
 * deadlines, billing and limits — all public primitives, nothing private.
 *
 * @example
 * ```ts
 * const contract = defineContract(myDefinition);
 * contract.due('critical', '2026-05-29T16:00:00+02:00').dueAt;
 * contract.availability({ period: '2026-03', incidents: [{ start: '…', end: '…' }] }).credit?.percent;
 * ```
 */
export class Contract {
  /** Contract id, e.g. `letsignit`. */
  readonly id: string;
  readonly name: string;
  /** The validated definition (plain data; `JSON.stringify` round-trips through `defineContract`). */
  readonly definition: ContractDefinition;
  /** Every documented ambiguity with its default reading and option. */
  readonly ambiguities: readonly Ambiguity[];
  /** Scope notes and facts stated by the contract (no verdict). */
  readonly notes: readonly ContractNote[];
  /** Live-support billing rules, when the contract has them. */
  readonly liveSupport: LiveSupportBilling | undefined;
  readonly #calendars = new Map<string, BusinessCalendar>();
  readonly #clocks = new Map<string, ResponseTimeClock>();
  readonly #maintenance: readonly MaintenanceDefinition[];
  readonly #penalty: PenaltyTable | undefined;
  /** The availability section's durations, checked once at definition time. */
  readonly #recordingThresholdMs: number | undefined;
  readonly #probeIntervalMs: number | undefined;

  /** Use {@link defineContract}, which validates first. @internal */
  constructor(definition: ContractDefinition) {
    this.definition = definition;
    this.id = definition.id;
    this.name = definition.name;
    this.ambiguities = definition.ambiguities ?? [];
    this.notes = definition.notes ?? [];
    for (const [id, calendar] of Object.entries(definition.calendars)) {
      const holidays = 'holidays' in calendar && calendar.holidays
        ? calendar.holidays.map((region, i) => buildStep(`calendars.${id}.holidays[${i}]`, () => dateHolidays(region)))
        : [];
      this.#calendars.set(id, buildStep(`calendars.${id}`, () => buildCalendar(id, calendar, holidays)));
    }
    const availability = definition.availability;
    const threshold = availability?.recordingThreshold;
    this.#recordingThresholdMs = threshold === undefined ? undefined : buildStep('availability.recordingThreshold', () => toDurationMs(threshold, 'recordingThreshold'));
    const probes = availability?.probes;
    this.#probeIntervalMs = probes === undefined ? undefined : buildStep('availability.probes.interval', () => positiveDurationMs(probes.interval, 'interval'));
    this.#maintenance = definition.availability?.maintenance ?? [];
    // Build recurring windows once now so that bad rules fail at definition time.
    this.#maintenance.forEach((rule, i) => buildStep(`availability.maintenance[${i}]`, () => buildMaintenance(rule, definition.availability?.zone ?? 'UTC', [])));
    const penalties = definition.penalties;
    this.#penalty = penalties
      ? buildStep('penalties', () =>
          new PenaltyTable({
            tiers: penalties.tiers,
            ...(penalties.capPercent !== undefined ? { capPercent: penalties.capPercent } : {}),
            ...(penalties.gapPolicy !== undefined ? { gapPolicy: penalties.gapPolicy } : {}),
          }),
          { appendField: true },
        )
      : undefined;
    const live = definition.billing?.liveSupport;
    this.liveSupport = live ? buildStep('billing.liveSupport', () => new LiveSupportBilling(live)) : undefined;
    if (definition.responses) {
      for (const region of this.regions.length > 0 ? this.regions : [null]) {
        buildStep('responses', () => this.clock(region ?? undefined));
      }
    }
  }

  /** Ids of the contract's calendars. @example `contract.calendarIds; // ["support"]` */
  get calendarIds(): string[] {
    return [...this.#calendars.keys()];
  }

  /** Response priorities, in definition order. @example `contract.priorities; // ["critical", "other", "live-booking"]` */
  get priorities(): string[] {
    return Object.keys(this.definition.responses?.priorities ?? {});
  }

  /** Region ids (empty when calendars do not depend on a region). @example `lumapps().regions; // ["emea", "nam", "latam", "apac"]` */
  get regions(): string[] {
    return Object.keys(this.definition.regions ?? {});
  }

  /**
   * A calendar by id; throws {@link SlaInputError} listing the ids on an unknown one.
   *
   * @example
   * ```ts
   * contract.calendar('support').isOpen('2026-06-01T09:00:00+02:00'); // true
   * ```
   */
  calendar(id: string): BusinessCalendar {
    const calendar = this.#calendars.get(id);
    if (!calendar) throw new SlaInputError('calendar', id, `one of ${this.calendarIds.join(', ')}`);
    return calendar;
  }

  /**
   * The response clock (for `region` when the contract has regions).
   *
   * @example
   * ```ts
   * contract.clock().status({ id: 'T-1', priority: 'critical', events: [{ type: 'open', at: '2026-06-01T08:00:00+02:00' }] }, Date.now());
   * ```
   */
  clock(region?: string): ResponseTimeClock {
    const key = this.#regionKey(region);
    let clock = this.#clocks.get(key ?? '');
    if (!clock) {
      const responses = this.definition.responses;
      if (!responses) throw new SlaInputError('contract', this.id, 'a contract with response-time targets');
      const regionCalendar = key === null ? undefined : this.calendar(ownValue(this.definition.regions, key)?.calendar as string);
      const priorities = Object.fromEntries(
        Object.entries(responses.priorities).map(([priority, target]) => [
          priority,
          {
            target: toDurationMs(target.target, `responses.priorities.${priority}.target`),
            calendar: target.calendar === '$region' ? (regionCalendar as BusinessCalendar) : this.calendar(target.calendar),
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

  #regionKey(region: string | undefined): string | null {
    const regions = this.regions;
    if (regions.length === 0) {
      if (region !== undefined && region !== '') throw new SlaInputError('region', region, `no region: contract ${this.id} has none`);
      return null;
    }
    if (region === undefined || !regions.includes(region)) throw new SlaInputError('region', region, `one of ${regions.join(', ')} (contract ${this.id})`);
    return region;
  }

  /**
   * When a ticket of `priority` opened at `openedAt` is due, and why.
   *
   * @example
   * ```ts
   * const answer = linkando().due('critical', '2026-05-29T16:00:00+02:00');
   * new Date(answer.dueAt).toISOString(); // "2026-06-01T14:00:00.000Z"
   * ```
   */
  due(priority: string, openedAt: InstantInput, options: { readonly region?: string } = {}): DueAnswer {
    const region = this.#regionKey(options.region);
    const clock = this.clock(region ?? undefined);
    const target = clock.policy.target(priority);
    const opened = toInstant(openedAt, 'openedAt');
    const dueAt = target.calendar.due(opened, target.targetMs);
    const firstOpen = target.calendar.nextOpen(opened);
    const definitionTarget = ownValue(this.definition.responses?.priorities, priority);
    const hours = target.targetMs / 3_600_000;
    return {
      priority,
      region,
      openedAt: opened,
      dueAt,
      targetMs: target.targetMs,
      kind: target.kind,
      calendar: target.calendar.name,
      zone: target.calendar.zone,
      explanation:
        `${priority}: ${hours} h of calendar "${target.calendar.name}" (${target.calendar.zone})` +
        (firstOpen !== null && firstOpen > opened ? `; opened while closed, counting from ${new Date(firstOpen).toISOString()}` : '') +
        `; due ${new Date(dueAt).toISOString()}`,
      ...(definitionTarget?.source ? { source: definitionTarget.source } : {}),
    };
  }

  /**
   * Judge one ticket at `now`.
   *
   * @example
   * ```ts
   * contract.ticket({ id: 'T-1', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T17:00:00+02:00' }, '2026-06-02T00:00:00Z').met; // true
   * ```
   */
  ticket(ticket: ContractTicket, now: InstantInput): ContractTicketStatus {
    const region = this.#regionKey(ticket.region);
    const status = this.clock(region ?? undefined).status(toClockTicket(ticket), now);
    return { ...status, region, excluded: ticket.excluded === true };
  }

  /**
   * Judge many tickets at `now` and summarise per priority. Statuses come
   * back in input order, each with its region; excluded tickets are returned
   * apart and not counted.
   *
   * @example
   * ```ts
   * contract.tickets(rows, '2026-07-01T00:00:00Z').summary.byPriority.critical?.missed;
   * ```
   */
  tickets(tickets: readonly ContractTicket[], now: InstantInput): ContractBatchResult {
    const judged = tickets.filter((t) => t.excluded !== true);
    const excluded = tickets.filter((t) => t.excluded === true);
    // Group by region (each region has its own clock), remembering positions.
    const groups = new Map<string | null, { tickets: ContractTicket[]; positions: number[] }>();
    judged.forEach((ticket, position) => {
      const region = this.#regionKey(ticket.region);
      const group = groups.get(region) ?? { tickets: [], positions: [] };
      group.tickets.push(ticket);
      group.positions.push(position);
      groups.set(region, group);
    });
    const statuses: ContractTicketStatus[] = new Array(judged.length);
    const results: BatchResult[] = [];
    for (const [region, group] of groups) {
      const result = this.clock(region ?? undefined).evaluate(group.tickets.map(toClockTicket), now);
      results.push(result);
      result.tickets.forEach((status, i) => {
        statuses[group.positions[i] as number] = { ...status, region, excluded: false };
      });
    }
    if (results.length === 0) results.push(this.clock(this.regions[0]).evaluate([], now));
    const merged = results.length === 1 ? (results[0] as BatchResult) : ResponseTimeClock.merge(results);
    return { ...merged, tickets: statuses, excluded };
  }

  /**
   * The maintenance windows of the contract, with announced ad-hoc windows.
   *
   * @example
   * ```ts
   * letsignit().maintenanceWindows().map((w) => w.id); // ["nightly", "third-saturday", "announced"]
   * ```
   */
  maintenanceWindows(adHoc: readonly AdHocWindowInput[] = []): MaintenanceWindow[] {
    const zone = this.definition.availability?.zone ?? 'UTC';
    return this.#maintenance.map((rule, i) => buildStep(`availability.maintenance[${i}]`, () => buildMaintenance(rule, zone, adHoc)));
  }

  /**
   * Availability over a period for every commitment of that period length,
   * with the service credit when the credit table's commitment was evaluated.
   *
   * @example
   * ```ts
   * const report = letsignit().availability({ period: '2026-03', incidents: [
   *   { start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00', cause: 'internal' } ] });
   * report.credit?.percent; // 3 — 1 − 4/743 = 99.4616 %
   * ```
   */
  availability(input: ContractAvailabilityInput): ContractAvailabilityReport {
    const availability = this.#availabilityDefinition();
    const period = typeof input.period === 'string' ? AvailabilityPeriod.parse(input.period, availability.zone) : input.period;
    const maintenance = this.maintenanceWindows(input.maintenance ?? []);
    const commitments: CommitmentReport[] = [];
    const byCommitment = input.byCommitment ?? {};
    for (const id of Object.keys(byCommitment)) {
      if (!availability.commitments.some((c) => c.id === id)) {
        throw new SlaInputError(`byCommitment.${id}`, id, `a commitment id of contract ${this.id}: ${availability.commitments.map((c) => c.id).join(', ')}`);
      }
    }
    const causes = this.incidentCauses(input);
    const shared = { incidents: input.incidents && causes.readIncidents(input.incidents), probes: input.probes };
    const own = new Map(
      Object.entries(byCommitment).map(([id, data]) => {
        if (data === null || typeof data !== 'object') throw new SlaInputError(`byCommitment.${id}`, data, '{ incidents?, probes? }');
        return [id, { incidents: data.incidents && causes.readIncidents(data.incidents, `byCommitment.${id}.incidents`), probes: data.probes }];
      }),
    );
    const { evaluated, skipped } = this.commitmentsFor(period);
    for (const commitment of availability.commitments.filter((c) => evaluated.includes(c.id))) {
      const data = own.get(commitment.id) ?? shared;
      const options = {
        ...(data.incidents ? { incidents: data.incidents } : {}),
        ...(data.probes ? { probes: data.probes } : {}),
        ...(availability.probes
          ? {
              probeOptions: {
                intervalMs: this.#probeIntervalMs,
                ...(availability.probes.latencyThresholdMs !== undefined ? { latencyThresholdMs: availability.probes.latencyThresholdMs } : {}),
                ...(availability.probes.unmonitored ? { unmonitored: availability.probes.unmonitored } : {}),
              },
            }
          : {}),
        ...(this.#recordingThresholdMs !== undefined ? { recordingThresholdMs: this.#recordingThresholdMs } : {}),
        ...(availability.excludedCauses ? { excludedCauses: availability.excludedCauses } : {}),
        maintenance,
        ...(commitment.measuredCalendar ? { measuredCalendar: this.calendar(commitment.measuredCalendar) } : {}),
        ...(availability.excusedTime ? { excusedTime: availability.excusedTime } : {}),
      };
      const result = computeAvailability({ period, ...options });
      const target = String(commitment.target);
      const aggregation = commitment.aggregation ?? 'whole-period';
      const verdict: Pick<CommitmentResult, 'met' | 'marginMs' | 'availabilityPercent'> & { readonly monthly?: readonly AvailabilityResult[] } =
        aggregation === 'mean-of-months'
          ? judgeMeanOfMonths(monthsOf(period).map((month) => computeAvailability({ period: month, ...options })), target)
          : evaluateCommitment({ id: commitment.id, target }, result);
      commitments.push({
        id: commitment.id,
        target,
        period: commitment.period,
        met: verdict.met,
        marginMs: verdict.marginMs,
        aggregation,
        availabilityPercent: verdict.availabilityPercent,
        result,
        ...(verdict.monthly ? { monthly: verdict.monthly } : {}),
        ...(commitment.source ? { source: commitment.source } : {}),
      });
    }
    return { contract: this.id, period: { start: period.start, end: period.end, label: period.label }, commitments, skipped, credit: this.#credit(commitments, input) };
  }

  /**
   * Which commitments a period evaluates: a calendar month, quarter or year
   * evaluates the commitments measured over that length and skips the
   * others (with the reason); any other period evaluates all of them.
   * Decided from the period alone, before any data is read.
   *
   * @throws {SlaInputError} when the contract has no availability section,
   *   or (via {@link AvailabilityPeriod.parse}) on a malformed period.
   * @example
   * ```ts
   * letsignit().commitmentsFor('2026-03').evaluated; // ["server", "application"]
   * linkando().commitmentsFor('2026').evaluated;     // [] — its commitment is per month
   * ```
   */
  commitmentsFor(period: string | AvailabilityPeriod): { readonly evaluated: readonly string[]; readonly skipped: readonly { readonly id: string; readonly reason: string }[] } {
    const availability = this.#availabilityDefinition();
    const parsed = typeof period === 'string' ? AvailabilityPeriod.parse(period, availability.zone) : period;
    const granularity = parsed.kind === 'month' || parsed.kind === 'quarter' || parsed.kind === 'year' ? parsed.kind : 'custom';
    const evaluated: string[] = [];
    const skipped: { id: string; reason: string }[] = [];
    for (const commitment of availability.commitments) {
      if (granularity === 'custom' || granularity === commitment.period) evaluated.push(commitment.id);
      else skipped.push({ id: commitment.id, reason: `commitment is per ${commitment.period}; period ${parsed.label} is a ${granularity}` });
    }
    return { evaluated, skipped };
  }

  /**
   * How this contract reads incident causes (see {@link IncidentCauses}):
   * its declared causes, the excluded ones, with the aliases and the
   * unknown-label policy of `reading`. {@link Contract.availability} reads
   * every incident through it; the CLI reads each `--incidents` row through
   * it.
   *
   * @throws {SlaInputError} when the contract has no availability section,
   *   or on an alias onto a cause the contract does not declare.
   * @example
   * ```ts
   * letsignit().incidentCauses({ causeAliases: { DDoS: 'ddos' } }).read('DDoS', 'cause'); // "ddos"
   * sitekiosk().incidentCauses().read('ddos', 'cause');                                  // "ddos" (counted)
   * ```
   */
  incidentCauses(reading: CauseReading = {}): IncidentCauses {
    const availability = this.#availabilityDefinition();
    return IncidentCauses.of({ declared: availability.causes, excluded: availability.excludedCauses }, reading);
  }

  #availabilityDefinition(): NonNullable<ContractDefinition['availability']> {
    const availability = this.definition.availability;
    if (!availability) throw new SlaInputError('contract', this.id, 'a contract with availability commitments');
    return availability;
  }

  #credit(commitments: readonly CommitmentReport[], input: ContractAvailabilityInput): ContractAvailabilityReport['credit'] {
    const penalties = this.definition.penalties;
    if (!penalties || !this.#penalty) return null;
    const fed = commitments.find((c) => c.id === penalties.commitment);
    if (!fed) return null;
    const credit = this.#penalty.creditFor(fed.result.ratio);
    const amountMinor = input.feeMinor === undefined ? null : this.#penalty.amountMinor(input.feeMinor, credit.percent);
    return { commitment: fed.id, percent: credit.percent, amountMinor, currency: input.currency ?? null, tierIndex: credit.tierIndex };
  }

  /**
   * A calendar-day deadline of the contract, counted from `from` (an instant
   * or a local date).
   *
   * @example
   * ```ts
   * letsignit().deadline('dataDownload', '2026-12-31').lastDay; // "2027-03-31"
   * ```
   */
  deadline(id: string, from: InstantInput): CalendarDayDeadline & { readonly id: string; readonly event: string } {
    const deadlines = this.definition.deadlines ?? [];
    const rule = deadlines.find((d) => d.id === id);
    if (!rule) throw new SlaInputError('deadline', id, `one of ${deadlines.map((d) => d.id).join(', ') || '(none)'}`);
    return { id, event: rule.from, ...calendarDayDeadline({ from, days: rule.days, zone: rule.zone, ...(rule.source ? { source: rule.source } : {}) }) };
  }

  /**
   * A numeric limit of the contract (e.g. `authorisedContacts`), or throws.
   *
   * @example
   * ```ts
   * linkando().limit('authorisedContacts').max; // 2
   * ```
   */
  limit(id: string): NonNullable<ContractDefinition['limits']>[number] {
    const limits = this.definition.limits ?? [];
    const limit = limits.find((l) => l.id === id);
    if (!limit) throw new SlaInputError('limit', id, `one of ${limits.map((l) => l.id).join(', ') || '(none)'}`);
    return limit;
  }
}

function positiveDurationMs(duration: DurationInput, field: string): number {
  const ms = toDurationMs(duration, field);
  if (ms === 0) throw new SlaInputError(field, duration, 'a positive duration');
  return ms;
}

function toClockTicket(ticket: ContractTicket): Ticket {
  if (ticket.events) return { id: ticket.id, priority: ticket.priority, events: [...ticket.events] };
  if (ticket.openedAt === undefined) throw new SlaInputError(`ticket ${ticket.id}.openedAt`, undefined, 'the opening instant (or an events list)');
  return ResponseTimeClock.simpleTicket({ id: ticket.id, priority: ticket.priority, openedAt: ticket.openedAt, respondedAt: ticket.respondedAt ?? null });
}

function buildCalendar(id: string, definition: CalendarDefinition, holidays: readonly HolidayProvider[]): BusinessCalendar {
  if ('always' in definition) return BusinessCalendar.always(definition.zone, definition.name ?? id);
  return new BusinessCalendar({
    zone: definition.zone,
    week: definition.week as WeeklySchedule,
    name: definition.name ?? id,
    ...(holidays.length > 0 ? { holidays } : {}),
    ...(definition.closedDates ? { closedDates: definition.closedDates } : {}),
    ...(definition.ignoreHolidays ? { ignoreHolidays: definition.ignoreHolidays } : {}),
  });
}

function buildMaintenance(rule: MaintenanceDefinition, contractZone: string, adHoc: readonly AdHocWindowInput[]): MaintenanceWindow {
  const zone = rule.zone ?? contractZone;
  const source = rule.source ? { source: rule.source } : {};
  switch (rule.type) {
    case 'daily':
      return MaintenanceWindow.daily({ id: rule.id, zone, from: rule.from, to: rule.to, ...source });
    case 'weekly':
      return MaintenanceWindow.weekly({ id: rule.id, zone, day: rule.day as never, from: rule.from, to: rule.to, ...source });
    case 'monthlyNthWeekday':
      return MaintenanceWindow.monthlyNthWeekday({
        id: rule.id,
        zone,
        weekday: rule.weekday as never,
        nth: rule.nth,
        ...(rule.from !== undefined ? { from: rule.from } : {}),
        ...(rule.to !== undefined ? { to: rule.to } : {}),
        ...source,
      });
    case 'adHoc':
      return MaintenanceWindow.adHoc({ id: rule.id, windows: adHoc, ...(rule.minimumNotice !== undefined ? { minimumNotice: rule.minimumNotice } : {}), ...source });
  }
}
