import { type AvailabilityPeriod, type CauseReading, type IncidentCauses } from '../availability/index.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import type { ClaimDeadline, ClaimEvent } from '../claims/claim-deadline.js';
import { SlaInputError } from '../errors.js';
import type { FeeUnit } from '../remedies/fee-basis.js';
import type { AdHocWindowInput, MaintenanceWindow } from '../maintenance/index.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import type { LiveSupportBilling } from './billing.js';
import { type CalendarDayDeadline, calendarDayDeadline } from './deadline.js';
import { evaluateAvailability } from './parts/evaluate-availability.js';
import { type SideBySideReport, sideBySide } from './parts/side-by-side.js';
import { type ContractErrorBudgetInput, type ContractErrorBudgetReport, evaluateErrorBudget } from './parts/error-budget.js';
import { type BatchResult, type MetricKind, type PauseAudit, type PauseAuditOptions, type ResponseTargetKind, ResponseTimeClock, type TicketClock } from '../clock/index.js';
import { checkContractTicket, summariseMetrics } from './parts/responses.js';
import type { ContractBatchResult, ContractTicket, ContractTicketMetrics, ContractTicketStatus, DueAnswer, TicketVersion } from './parts/responses.js';
import type { ContractTermsEngine } from './parts/terms.js';
import { ContractTicketTally } from './parts/ticket-tally.js';
import { INITIAL_VERSION, type TermsSchemaCheck, TermsVersions } from './parts/versions.js';
import type { ContractAvailabilityInput, ContractAvailabilityReport, TerminationReport } from './report.js';
import type { Ambiguity, ContractDefinition, ContractNote, ContractTerms } from './schema.js';
import type { ContractIds } from './contract-ids.js';

export type { ContractErrorBudgetInput, ContractErrorBudgetReport, CommitmentBudgetReport } from './parts/error-budget.js';
export type { SideBySideReport, ReadingRow } from './parts/side-by-side.js';
export type { ContractTicketTally } from './parts/ticket-tally.js';
export type { ContractTicket, DueAnswer, ContractTicketStatus, ContractBatchResult, ContractTicketMetrics, TicketVersion } from './parts/responses.js';

/**
 * Which version of a contract judges a ticket: the one in force when it was
 * opened (`opened`, the default, as Salesforce entitlements do) or the one
 * in force at `now` (`now`: the current terms, applied to every ticket).
 *
 * @example
 * ```ts
 * const options: TicketOptions = { versionAt: 'now' };
 * ```
 */
export interface TicketOptions {
  /** `opened` (default) or `now`. */
  readonly versionAt?: 'opened' | 'now';
}
export type {
  ByCommitment,
  CommitmentData,
  ContractAvailabilityInput,
  ContractAvailabilityReport,
  CommitmentReport,
  SeriesCommitmentReport,
  CreditReport,
  CreditTotalReport,
  ClaimReport,
  VersionReport,
  TerminationReport,
  ExactRatioJson,
  RatioUnit,
} from './report.js';

const INITIAL: TicketVersion = Object.freeze({ version: INITIAL_VERSION, versionEffectiveFrom: null });

function versionAtOf(options: TicketOptions): 'opened' | 'now' {
  const value = options?.versionAt ?? 'opened';
  if (value !== 'opened' && value !== 'now') throw new SlaInputError('options.versionAt', value, '"opened" (the version in force when the ticket was opened) or "now"');
  return value;
}

/**
 * A contract's engine, built by {@link defineContract} from a definition:
 * a thin composition of parts, each in its own file under `parts/` —
 * calendars, response clocks, availability (measurement and commitments),
 * remedies (credits, their total, termination rights), claims — one set per
 * version of the terms. Every method answers from those parts.
 *
 * `Ids` ({@link ContractIds}) are the ids its methods take: literal unions
 * for a preset (`linkando().due('urgent', …)` does not compile) or a
 * definition written in code, `string` for one read at run time
 * (`Contract` alone is `Contract<ContractIds>`). Types only: an unknown
 * id is still a {@link SlaInputError} at run time. Tickets and incidents are
 * data and stay string-typed.
 *
 * @typeParam Ids - The contract's ids, kind by kind.
 * @example
 * ```ts
 * const contract = defineContract(myDefinition);
 * contract.due('critical', '2026-05-29T16:00:00+02:00').dueAt;
 * contract.availability({ period: '2026-03', incidents: [{ start: '…', end: '…' }] }).credit?.percent;
 * ```
 */
export class Contract<Ids extends ContractIds = ContractIds> {
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
  readonly #versions: TermsVersions;

  /**
   * Use {@link defineContract}, which validates first (and gives
   * `schemaCheck`, the schema check of each version's merged terms). @internal
   */
  constructor(definition: ContractDefinition, schemaCheck?: TermsSchemaCheck) {
    this.definition = definition;
    this.id = definition.id;
    this.name = definition.name;
    this.ambiguities = definition.ambiguities ?? [];
    this.notes = definition.notes ?? [];
    this.#versions = new TermsVersions(definition, schemaCheck);
    this.liveSupport = this.#base.liveSupport;
  }

  /** The top-level terms (calendars, clocks and deadlines are answered from them; tickets from the version in force). */
  get #base(): ContractTermsEngine {
    return this.#versions.base;
  }

  /** Ids of the contract's calendars. @example `contract.calendarIds; // ["support"]` */
  get calendarIds(): Ids['calendar'][] {
    return [...this.#base.calendars.keys()];
  }

  /** Response priorities, in definition order (then those an amendment adds). @example `contract.priorities; // ["critical", "other", "live-booking"]` */
  get priorities(): Ids['priority'][] {
    return [...new Set(this.#versions.engines.flatMap((engine) => engine.responses.priorities))];
  }

  /**
   * What the one fee given to `availability` (`feeMinor`)
   * pays for, as the credits state it in `fee.per` (the same in every
   * version): `"month"`, `"quarter"`, `"year"` or `"period"`; undefined
   * when no credit reads a fee.
   *
   * @example
   * ```ts
   * letsignit().feeUnit; // "month": feeMinor is the monthly fee
   * ```
   */
  get feeUnit(): FeeUnit | undefined {
    return this.#versions.engines.map((engine) => engine.remedies.feeUnit).find((unit) => unit !== undefined);
  }

  /** Region ids (empty when calendars do not depend on a region; then those an amendment adds). @example `lumapps().regions; // ["emea", "nam", "latam", "apac"]` */
  get regions(): Ids['region'][] {
    return [...new Set(this.#versions.engines.flatMap((engine) => engine.responses.regions))];
  }

  /**
   * A calendar by id; throws {@link SlaInputError} listing the ids on an unknown one.
   *
   * @example
   * ```ts
   * contract.calendar('support').isOpen('2026-06-01T09:00:00+02:00'); // true
   * ```
   */
  calendar(id: Ids['calendar']): BusinessCalendar {
    return this.#base.calendar(id);
  }

  /**
   * The response clock (for `region` when the contract has regions).
   *
   * @example
   * ```ts
   * contract.clock().status({ id: 'T-1', priority: 'critical', events: [{ type: 'open', at: '2026-06-01T08:00:00+02:00' }] }, Date.now());
   * ```
   */
  clock(region?: Ids['region']): ResponseTimeClock {
    return this.#base.responses.clock(region);
  }

  /**
   * When a ticket of `priority` opened at `openedAt` is due, and why, under
   * the version of the contract in force at `openedAt`.
   *
   * @example
   * ```ts
   * const answer = linkando().due('critical', '2026-05-29T16:00:00+02:00');
   * new Date(answer.dueAt).toISOString(); // "2026-06-01T14:00:00.000Z"
   * ```
   */
  due(priority: Ids['priority'], openedAt: InstantInput, options: { readonly region?: Ids['region'] } = {}): DueAnswer {
    const opened = toInstant(openedAt, 'openedAt');
    return this.#versions.at(opened).responses.due(priority, opened, options.region);
  }

  /**
   * Judge one ticket at `now`, under the version of the contract in force
   * when it was opened (default) or at `now` (`options.versionAt`); the
   * status names that version (`version`, `versionEffectiveFrom`). Throws
   * {@link SlaInputError} naming `options.versionAt` on another value, and
   * naming the field on a malformed ticket: `ticket` (not an object),
   * `ticket <id>.events` (not an array), `ticket <id>` (both `events` and
   * `openedAt`/`respondedAt`: one form per ticket), `ticket <id>.<key>` (an
   * unknown key).
   *
   * @example
   * ```ts
   * contract.ticket({ id: 'T-1', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T17:00:00+02:00' }, '2026-06-02T00:00:00Z').met; // true
   * ```
   */
  ticket(ticket: ContractTicket, now: InstantInput, options: TicketOptions = {}): ContractTicketStatus {
    checkContractTicket(ticket, 'ticket');
    const { engine, version } = this.#ticketVersion(ticket, now, versionAtOf(options));
    return engine.responses.ticket(ticket, now, version);
  }

  /**
   * Judge one ticket on every metric of the contract at `now`: first
   * response (`responses.priorities`), and the `responses.metrics`
   * (resolution, next reply, periodic update), driven by the ticket's events
   * through the contract's status maps. A metric without a target for the
   * ticket's priority is left out (a priority with a resolution target only
   * has no first response). Throws what {@link TicketClock.status} throws.
   *
   * @example
   * ```ts
   * const status = msp.ticketMetrics({
   *   id: 'T-1', priority: 'p1',
   *   events: [
   *     { type: 'open', at: '2026-07-04T03:00:00-04:00' },
   *     { type: 'message', at: '2026-07-04T03:40:00-04:00', author: 'agent' },
   *     { type: 'status', at: '2026-07-04T06:30:00-04:00', status: 'resolved' },
   *   ],
   * }, '2026-07-05T00:00:00Z');
   * status.metrics.resolution?.current?.met; // true (due 07:00, resolved 06:30)
   * ```
   */
  ticketMetrics(ticket: ContractTicket, now: InstantInput, options: TicketOptions = {}): ContractTicketMetrics {
    checkContractTicket(ticket, 'ticket');
    return this.#ticketVersion(ticket, now, versionAtOf(options)).engine.responses.ticketMetrics(ticket, now);
  }

  /**
   * Audit a ticket's pauses at `now` against the contract's pause clause —
   * its status maps (`responses.statuses`, a metric's own `statuses`) — on
   * every metric, under the version judging the ticket (see
   * `Contract.ticket`). Each pause the clause does not allow is a
   * finding: the clock paused while the ticket waited on the agent (the
   * customer spoke last, or a `pause` event while a status the map runs the
   * clock in), a customer message while paused and the pause went on, or a
   * pause longer than `options.maxPauseMs` (wall time; the contract model
   * has no pause limit). Each finding gives the pause, the flagged part,
   * the business time it removed from that metric's clock (exact ms, on
   * the metric's calendar), the events involved (indices in
   * `ticket.events`) and the status map's source. Throws what
   * `Contract.ticketMetrics` throws, and {@link SlaInputError} naming
   * `options.maxPauseMs` on a bad limit.
   *
   * @example
   * ```ts
   * // msp-p1-p4 read with pauseOn ["pending"] (its documented alternative). P1, 24/7 calendar:
   * const audit = msp.auditPauses({ id: 'T-7', priority: 'p1', events: [
   *   { type: 'open', at: '2026-07-04T03:00:00-04:00' },
   *   { type: 'message', at: '2026-07-04T03:30:00-04:00', author: 'agent' },
   *   { type: 'status', at: '2026-07-04T04:00:00-04:00', status: 'pending' },
   *   { type: 'message', at: '2026-07-04T05:00:00-04:00', author: 'customer' },
   *   { type: 'status', at: '2026-07-04T07:00:00-04:00', status: 'open' },
   * ] }, '2026-07-04T08:00:00-04:00');
   * audit.findings.map((f) => [f.metric, f.kind, f.removedMs]); // [["resolution", "customer-replied", 7200000]] — 05:00–07:00
   * ```
   */
  auditPauses(ticket: ContractTicket, now: InstantInput, options: PauseAuditOptions & TicketOptions = {}): PauseAudit {
    checkContractTicket(ticket, 'ticket');
    const { versionAt, ...audit } = options ?? {};
    return this.#ticketVersion(ticket, now, versionAtOf({ ...(versionAt === undefined ? {} : { versionAt }) })).engine.responses.auditPauses(ticket, now, audit);
  }

  /**
   * The clock of every metric (for `region` when the contract has regions).
   *
   * @example
   * ```ts
   * msp.metricClock().policy.metrics; // ["firstResponse", "resolution"]
   * ```
   */
  metricClock(region?: Ids['region']): TicketClock {
    return this.#base.responses.metricClock(region);
  }

  /**
   * Priorities some metric covers (first response first, then those only
   * other metrics have), in definition order.
   *
   * @example
   * ```ts
   * msp.metricPriorities; // ["p1", "p2", "p3", "p4"]
   * ```
   */
  get metricPriorities(): string[] {
    return this.#base.responses.allPriorities;
  }

  /**
   * Judge many tickets at `now` and summarise per priority. Statuses come
   * back in input order, each with its region and the version it was judged
   * under (see `ticket`); excluded tickets are returned apart
   * and not counted.
   *
   * @example
   * ```ts
   * contract.tickets(rows, '2026-07-01T00:00:00Z').summary.byPriority.critical?.missed;
   * contract.tickets(rows, '2026-07-01T00:00:00Z', { versionAt: 'now' }).tickets[0]?.version; // the version in force on 1 July
   * ```
   */
  tickets(tickets: readonly ContractTicket[], now: InstantInput, options: TicketOptions = {}): ContractBatchResult {
    const versionAt = versionAtOf(options);
    if (!Array.isArray(tickets as unknown)) throw new SlaInputError('tickets', tickets, 'an array of tickets');
    tickets.forEach((ticket, i) => checkContractTicket(ticket, `tickets[${i}]`));
    if (!this.#versions.hasVersions) return this.#base.responses.tickets(tickets, now, INITIAL);
    const judged = tickets.filter((t) => t.excluded !== true);
    const excluded = tickets.filter((t) => t.excluded === true);
    // One batch per version, remembering positions.
    const groups = new Map<ContractTermsEngine, { version: TicketVersion; tickets: ContractTicket[]; positions: number[] }>();
    judged.forEach((ticket, position) => {
      const { engine, version } = this.#ticketVersion(ticket, now, versionAt);
      const group = groups.get(engine) ?? { version, tickets: [], positions: [] };
      group.tickets.push(ticket);
      group.positions.push(position);
      groups.set(engine, group);
    });
    if (groups.size <= 1) {
      const [engine, group] = [...groups][0] ?? [this.#base, { version: INITIAL, tickets: [] }];
      return { ...engine.responses.tickets(group.tickets, now, group.version), excluded };
    }
    const statuses: ContractTicketStatus[] = new Array(judged.length);
    const results: ContractBatchResult[] = [];
    for (const [engine, group] of groups) {
      const result = engine.responses.tickets(group.tickets, now, group.version);
      results.push(result);
      result.tickets.forEach((status, i) => {
        statuses[group.positions[i] as number] = status;
      });
    }
    const merged = { ...ResponseTimeClock.merge(results), tickets: statuses, excluded };
    if (results.every((result) => result.metrics === undefined)) return merged;
    // One summary per metric over every cycle, whatever the version: the priorities of every version, first seen first.
    const kinds = new Map<MetricKind, Map<string, ResponseTargetKind>>();
    for (const engine of groups.keys()) {
      for (const [kind, priorities] of engine.responses.metricKinds()) {
        const all = kinds.get(kind) ?? new Map<string, ResponseTargetKind>();
        for (const [priority, targetKind] of priorities) if (!all.has(priority)) all.set(priority, targetKind);
        kinds.set(kind, all);
      }
    }
    return { ...merged, metrics: summariseMetrics(kinds, statuses) };
  }

  /**
   * An empty summary to count tickets into one at a time: add each status of
   * `Contract.ticket` (all judged at the same `now`, with the same
   * `versionAt`), and `result()` gives the `summary` and `metrics` that
   * `Contract.tickets` gives for the same tickets — without keeping
   * the statuses, for a batch too large to hold (a ticket export read row by
   * row). Throws, in `add`, {@link SlaInputError} naming `status.version` for
   * a status of another contract.
   *
   * @example
   * ```ts
   * const contract = linkando();
   * const tally = contract.ticketTally();
   * for (const row of rows) tally.add(contract.ticket(row, '2026-07-01T00:00:00Z'));
   * tally.result().summary.byPriority.critical?.missed; // as contract.tickets(rows, '2026-07-01T00:00:00Z').summary
   * ```
   */
  ticketTally(): ContractTicketTally {
    const engines = this.#versions.engines;
    return new ContractTicketTally((version) => engines.find((engine) => engine.name === version), this.#base);
  }

  /** The engine a ticket is judged under and its version's name: at the opening, or at `now`. */
  #ticketVersion(ticket: ContractTicket, now: InstantInput, versionAt: 'opened' | 'now'): { engine: ContractTermsEngine; version: TicketVersion } {
    if (!this.#versions.hasVersions) return { engine: this.#base, version: INITIAL };
    // An instant the clock cannot read is reported by the clock, under the top-level terms.
    const at = versionAt === 'now' ? now : (ticket?.openedAt ?? ticket?.events?.[0]?.at);
    let instant: number;
    try {
      instant = toInstant(at as InstantInput, 'at');
    } catch (error) {
      if (error instanceof SlaInputError) return { engine: this.#base, version: INITIAL };
      throw error;
    }
    const { engine, effectiveFrom } = this.#versions.versionAt(instant);
    return { engine, version: { version: engine.name, versionEffectiveFrom: effectiveFrom } };
  }

  /**
   * The terms of one version, by the name statuses and reports give it:
   * `initial` (the default) for the top-level terms, else an amendment's id
   * (or `versions[i]`): the top-level terms patched by every amendment up
   * to it, as validated. Plain data, like `Contract.definition`.
   * Throws {@link SlaInputError} naming `version` and listing the versions
   * on an unknown name.
   *
   * @example
   * ```ts
   * letsignit().termsOf('initial').responses?.priorities['escalation']?.target; // "PT24H"
   * contract.termsOf(contract.ticket(ticket, now).version); // the terms that judged the ticket
   * ```
   */
  termsOf(version: string = INITIAL_VERSION): ContractTerms {
    const engine = this.#versions.engines.find((e) => e.name === version);
    if (engine === undefined) throw new SlaInputError('version', version, `one of ${this.#versions.engines.map((e) => e.name).join(', ')} (contract ${this.id})`);
    return engine.terms;
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
    return this.#base.availability?.maintenanceWindows(adHoc) ?? [];
  }

  /**
   * Availability over a period for every commitment of that period length,
   * each with its own figures (exact ratio, met, margin, metric,
   * granularity, scope, version), every credit whose commitment was
   * evaluated with its rule and citation, their total under the contract's
   * cap, the claim deadline and evidence, and the version(s) in force.
   * Commitments are measured by their metric: downtime (incidents, probes;
   * maintenance budget; granularity), weighted downtime (`population`,
   * incidents' `affected`), request counts (`requests`) or a series
   * (`series`). Earlier `claims` keep downtime from being credited twice.
   *
   * Throws {@link SlaInputError} naming the input field: `feeMinor` for a
   * credit that is a share of the fee when none is given, `requests`,
   * `series.<name>` or `population` when a commitment's data is missing,
   * `byCommitment.<id>` for an unknown commitment, `options.versionSplit`
   * when a pro-rata split cannot pool a commitment.
   *
   * @example
   * ```ts
   * const report = letsignit().availability({ period: '2026-03', incidents: [
   *   { start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00', cause: 'internal' } ] });
   * report.credit?.percent; // 3 — 1 − 4/743 = 99.4616 %
   * report.commitments.map((c) => [c.id, c.availabilityPercent, c.met]); // [["server", "99.4616", false], ["application", "99.4616", true]]
   * ```
   */
  availability(input: ContractAvailabilityInput<Ids>): ContractAvailabilityReport {
    return evaluateAvailability(this.#versions, input as ContractAvailabilityInput);
  }

  /**
   * One period side by side under each reading of the time a contract may
   * account for in more than one way — maintenance downtime, downtime of an
   * excluded cause, unmonitored time — as `excluded` (it leaves the
   * period), `up` (up time) or `down` (downtime: nothing excuses it), so a
   * reader sees what each choice is worth: `rows[0]` is the contract's own
   * reading (exactly `Contract.availability`'s report), then each
   * other reading of one kind of time, the other two kept as the contract
   * reads them. Each row carries the whole report: every commitment's
   * figure and verdict, the credits and their total.
   *
   * What is excused is decided as always (windows and their notice,
   * excluded causes, the maintenance budget, granularity); a reading only
   * says what the excused time is worth. Request, series and mean-of-months
   * commitments are measured as the contract reads them in every row
   * (`unvaried`, with why). Throws what `Contract.availability`
   * throws.
   *
   * @example
   * ```ts
   * // Letsignit, March 2026 (743 h): 8 h down, the first 4 inside the nightly window (23:00–08:00).
   * const report = letsignit().sideBySide({ period: '2026-03', incidents: [
   *   { start: '2026-03-10T04:00:00+01:00', end: '2026-03-10T12:00:00+01:00', cause: 'internal' } ] });
   * report.rows.slice(0, 3).map((row) => [row.varies, row.reading.maintenance, row.report.commitments[0]?.availabilityPercent]);
   * // [[null, "excluded", "99.4587"],       4 h counted of 743 − 4 h: 735/739
   * //  ["maintenance", "up", "99.4616"],    4 h counted of 743 h: 739/743
   * //  ["maintenance", "down", "98.9232"]]  8 h counted of 743 h: 735/743
   * ```
   */
  sideBySide(input: ContractAvailabilityInput): SideBySideReport {
    return sideBySide(this.#versions, input);
  }

  /**
   * The error budget of each downtime commitment at `now`, in the
   * commitment's measured time (its measured calendar, e.g. support
   * hours): the budget of the whole period (`floor(|P| × (100 − target) /
   * 100)` ms), the counted downtime before `now` (the availability
   * pipeline: maintenance and excluded causes excused, recording
   * threshold, granularity), what is left, and the multiwindow burn-rate
   * alert conditions (default: the Google SRE Workbook's), windows laid
   * out in measured time unless `windowTime: 'wall'`. A condition fires
   * only while `now` is in measured time: a weekday-only SLA never pages
   * at the weekend. The period defaults to each commitment's period
   * holding `now`; it is judged under the version in force at its start.
   *
   * Throws {@link SlaInputError} naming the input field: `now`,
   * `commitment` (unknown id), `windowTime`, `alerts[i].…`,
   * `options.versionSplit` (a pro-rata period spanning an amendment), or
   * any field `availability` names.
   *
   * @example
   * ```ts
   * // Linkando, 98 % of support hours. An outage all Saturday 2026-06-13 is outside them: nothing consumed.
   * const report = linkando().errorBudget({ now: '2026-06-13T20:00:00+02:00', incidents: [
   *   { start: '2026-06-13T00:00:00+02:00', end: '2026-06-13T20:00:00+02:00', cause: 'internal' } ] });
   * report.commitments[0]?.consumedMs; // 0
   * report.commitments[0]?.alerts.some((a) => a.firing); // false
   * ```
   */
  errorBudget(input: ContractErrorBudgetInput<Ids>): ContractErrorBudgetReport {
    return evaluateErrorBudget(this.#versions, input as ContractErrorBudgetInput);
  }

  /**
   * The termination rights of the contract over a series of period
   * reports (oldest first, from `availability`): for each
   * right, whether it arose, at which period and by which periods. The
   * rights are those of the version in force at the start of the last
   * report's period.
   *
   * Throws {@link SlaInputError} naming `reports[i]` when a report lacks
   * the commitment a right reads, or when its period does not start where
   * the previous report's ends (a gap, a repeat or a reversed order: "in a
   * row" is about consecutive periods).
   *
   * @example
   * ```ts
   * const months = ['2026-04', '2026-05', '2026-06'].map((period) => contract.availability({ period, incidents }));
   * contract.termination(months).rights[0]?.triggered;
   * ```
   */
  termination(reports: readonly ContractAvailabilityReport[]): TerminationReport {
    if (!Array.isArray(reports as unknown)) throw new SlaInputError('reports', reports, 'an array of availability reports, oldest first');
    const last = reports[reports.length - 1];
    const engine = last === undefined ? this.#base : this.#versions.at(last.period.start);
    return engine.remedies.terminationOver(reports);
  }

  /**
   * The claim deadline for an incident or a period, under the claims rule
   * of the version in force then; `null` when the contract states none.
   *
   * @example
   * ```ts
   * aws.claimDeadline({ incidentAt: '2026-06-10T14:00:00Z' })?.lastDay; // "2026-08-31"
   * ```
   */
  claimDeadline(event: ClaimEvent): ClaimDeadline | null {
    const at = event?.period?.start ?? (event?.incidentAt === undefined ? undefined : toInstant(event.incidentAt, 'event.incidentAt'));
    const engine = at === undefined ? this.#base : this.#versions.at(at);
    return engine.claims?.deadline(event) ?? null;
  }

  /**
   * A period named in this contract's terms: `2026-03`, `2026-Q3`, `2026`
   * in its zone; `FY2026` and `FY2026-Q2` by the fiscal year its
   * commitments are measured over (their `startMonth` and `labelling`);
   * `P30D/<end>`, the last 30 × 24 h ending at `end`; `<from>/<to>`.
   * Throws {@link SlaInputError} naming `period` on a malformed name, or an
   * `FY` name for a contract with no fiscal commitment.
   *
   * @example
   * ```ts
   * // A commitment per { "type": "fiscal-quarter", "startMonth": 4, "labelling": "start-year" }:
   * contract.parsePeriod('FY2026-Q2'); // 2026-07-01 … 2026-10-01 local, label "FY2026-Q2"
   * ```
   */
  parsePeriod(text: string): AvailabilityPeriod {
    return this.#base.requireAvailability().parsePeriod(text);
  }

  /**
   * Which commitments a period evaluates: a calendar month, quarter or year
   * evaluates the commitments measured over that length (a period rule such
   * as a fiscal quarter: over that very period) and skips the others (with
   * the reason); any other period evaluates all of them. Decided from the
   * period alone, before any data is read, under the version in force at
   * its start.
   *
   * @throws {SlaInputError} when the contract has no availability section,
   *   or (via {@link AvailabilityPeriod.parse}) on a malformed period.
   * @example
   * ```ts
   * letsignit().commitmentsFor('2026-03').evaluated; // ["server", "application"]
   * linkando().commitmentsFor('2026').evaluated;     // [] — its commitment is per month
   * ```
   */
  commitmentsFor(period: string | AvailabilityPeriod): { readonly evaluated: readonly Ids['commitment'][]; readonly skipped: readonly { readonly id: Ids['commitment']; readonly reason: string }[] } {
    const parsed = typeof period === 'string' ? this.parsePeriod(period) : period;
    const selection = this.#versions.at(parsed.start).requireAvailability().select(parsed);
    return { evaluated: selection.evaluated.map((c) => c.id), skipped: selection.skipped };
  }

  /**
   * How this contract reads incident causes (see {@link IncidentCauses}):
   * its declared causes, the excluded ones, with the aliases and the
   * unknown-label policy of `reading`. `availability` reads
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
  incidentCauses(reading: CauseReading<Ids['cause']> = {}): IncidentCauses {
    return this.#base.requireAvailability().incidentCauses(reading);
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
  deadline(id: Ids['deadline'], from: InstantInput): CalendarDayDeadline & { readonly id: string; readonly event: string } {
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
  limit(id: Ids['limit']): NonNullable<ContractDefinition['limits']>[number] {
    const limits = this.definition.limits ?? [];
    const limit = limits.find((l) => l.id === id);
    if (!limit) throw new SlaInputError('limit', id, `one of ${limits.map((l) => l.id).join(', ') || '(none)'}`);
    return limit;
  }
}
