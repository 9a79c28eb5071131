import type { BusinessCalendar } from '../../calendar/business-calendar.js';
import { Contract, type ContractBatchResult, type ContractTicket, type ContractTicketStatus, type DueAnswer } from '../../contract/contract.js';
import { type CalendarDayDeadline, calendarDayDeadline } from '../../contract/deadline.js';
import { defineContract } from '../../contract/define-contract.js';
import type { SourceRef } from '../../contract/provenance.js';
import { SlaInputError } from '../../errors.js';
import { type InstantInput, toInstant } from '../../time/instant.js';
import { letsignitDefinition } from './definition.js';
import { LETSIGNIT_EMERGENCY_KINDS, type LetsignitEscalationReading, type LetsignitOptions } from './options.js';

export { letsignitDefinition } from './definition.js';
export {
  LETSIGNIT_EMERGENCY_KINDS,
  type LetsignitCreditGap,
  type LetsignitEscalationReading,
  type LetsignitOptions,
  type ResolvedLetsignitOptions,
  resolveLetsignitOptions,
} from './options.js';
export { letsignitAmbiguities } from './ambiguities.js';
export { letsignitSources } from './sources.js';

/**
 * A support request's kind, for §1 Support d'urgence: the two kinds the
 * emergency subscription covers out of hours, or `other`.
 *
 * @example
 * ```ts
 * const kind: LetsignitSupportKind = 'cannot-connect';
 * ```
 */
export type LetsignitSupportKind = (typeof LETSIGNIT_EMERGENCY_KINDS)[number] | 'other';

/** A calendar-day deadline of the contract, with its rule id and the event it counts from. */
export type LetsignitDeadline = CalendarDayDeadline & { readonly id: string; readonly event: string };

/**
 * The §11 deadlines after the end of the contract (calendar days, Europe/Paris,
 * each ending at the local midnight after its last day).
 *
 * @example
 * ```ts
 * letsignit().endOfContractDeadlines('2026-12-31').physicalMediaRequest.lastDay; // "2027-01-15"
 * ```
 */
export interface LetsignitEndOfContractDeadlines {
  /** Data downloadable for 90 days. */
  readonly dataDownload: LetsignitDeadline;
  /** Written request for the data on physical media within 15 days. */
  readonly physicalMediaRequest: LetsignitDeadline;
  /** Personal data anonymised within 90 days. */
  readonly anonymisation: LetsignitDeadline;
}

/**
 * When the §3 escalation answer is due, under the reading recorded in the
 * definition's options.
 *
 * @example
 * ```ts
 * const answer = letsignit().escalationDue('2026-05-03T10:00:00+02:00');
 * new Date(answer.dueAt).toISOString(); // "2026-05-04T22:00:00.000Z" (Tue 00:00 Paris)
 * ```
 */
export interface LetsignitEscalationDue {
  readonly receivedAt: number;
  readonly dueAt: number;
  readonly reading: LetsignitEscalationReading;
  /** The calendar whose days count. */
  readonly calendar: string;
  readonly explanation: string;
  readonly source?: SourceRef;
}

const READINGS: readonly LetsignitEscalationReading[] = ['jours-ouvrables-24h', 'end-of-next-business-day', 'jours-ouvres'];
const KINDS: readonly LetsignitSupportKind[] = [...LETSIGNIT_EMERGENCY_KINDS, 'other'];

/**
 * The Letsignit engine: a {@link Contract} plus typed helpers for the clauses
 * that are not clock or availability rules. Every helper reads its parameters
 * from `definition` (options, calendars, deadlines), so
 * `LetsignitContract.from(defineContract(JSON.parse(JSON.stringify(def))))`
 * answers exactly like `letsignit()`.
 *
 * @example
 * ```ts
 * const contract = letsignit({ emergencySupport: true });
 * contract.isSupportAvailable('cannot-connect', '2026-06-06T03:00:00+02:00'); // true (24/7)
 * contract.isSupportAvailable('other', '2026-06-06T03:00:00+02:00');          // false (Saturday night)
 * ```
 */
export class LetsignitContract extends Contract {
  /**
   * Wrap a validated contract (e.g. from {@link defineContract} on a stored
   * Letsignit definition) with the Letsignit helpers.
   *
   * @example
   * ```ts
   * const stored = JSON.parse(JSON.stringify(letsignit().definition));
   * LetsignitContract.from(defineContract(stored)).endOfContractDeadlines('2026-12-31').dataDownload.lastDay; // "2027-03-31"
   * ```
   */
  static from(contract: Contract): LetsignitContract {
    return new LetsignitContract(contract.definition);
  }

  /**
   * The §3 escalation reading recorded in the definition (`jours-ouvrables-24h` when absent).
   *
   * @example
   * ```ts
   * letsignit({ escalation: 'jours-ouvres' }).escalationReading; // "jours-ouvres"
   * ```
   */
  get escalationReading(): LetsignitEscalationReading {
    const value = this.definition.options?.['escalation'] ?? 'jours-ouvrables-24h';
    if (!READINGS.includes(value as LetsignitEscalationReading)) throw new SlaInputError('options.escalation', value, `one of ${READINGS.join(', ')}`);
    return value as LetsignitEscalationReading;
  }

  /**
   * §3 Escalade: when the head of technical service must answer a request
   * received at `receivedAt`. Default: 24 h of `joursOuvrables` (Fri 15:00 →
   * Sat 15:00; Sun 10:00 → Tue 00:00). `end-of-next-business-day`: the
   * local midnight ending the first jour ouvrable after the day of receipt.
   * `jours-ouvres`: 24 h of the Mon–Fri calendar.
   *
   * @example
   * ```ts
   * const due = letsignit({ escalation: 'end-of-next-business-day' }).escalationDue('2026-06-01T10:00:00+02:00');
   * new Date(due.dueAt).toISOString(); // "2026-06-02T22:00:00.000Z" — end of Tue 2026-06-02, Paris
   * ```
   */
  escalationDue(receivedAt: InstantInput): LetsignitEscalationDue {
    const reading = this.escalationReading;
    const received = toInstant(receivedAt, 'receivedAt');
    const target = this.definition.responses?.priorities['escalation'];
    const source = target?.source ? { source: target.source } : {};
    if (reading !== 'end-of-next-business-day') {
      const answer = super.due('escalation', received);
      return { receivedAt: received, dueAt: answer.dueAt, reading, calendar: answer.calendar, explanation: answer.explanation, ...source };
    }
    const calendar = this.calendar('joursOuvrables');
    const receivedDay = calendar.localDate(received);
    const nextDay = calendar.addBusinessDays(receivedDay, 1);
    const dueAt = calendarDayDeadline({ from: nextDay, days: 0, zone: calendar.zone }).endsAt;
    return {
      receivedAt: received,
      dueAt,
      reading,
      calendar: calendar.name,
      explanation: `escalation received on ${receivedDay} (${calendar.zone}); the next jour ouvrable is ${nextDay}; due at its end, ${new Date(dueAt).toISOString()}`,
      ...source,
    };
  }

  /**
   * As {@link Contract.due}, except that `escalation` follows
   * {@link LetsignitContract.escalationDue} in every reading (the
   * `end-of-next-business-day` reading is not a duration, so the plain
   * response clock cannot express it).
   *
   * @example
   * ```ts
   * new Date(letsignit().due('escalation', '2026-05-29T15:00:00+02:00').dueAt).toISOString();
   * // "2026-05-30T13:00:00.000Z" — Fri 15:00 → Sat 15:00 Paris
   * ```
   */
  override due(priority: string, openedAt: InstantInput, options: { readonly region?: string } = {}): DueAnswer {
    const answer = super.due(priority, openedAt, options);
    if (priority !== 'escalation' || this.escalationReading !== 'end-of-next-business-day') return answer;
    const escalation = this.escalationDue(answer.openedAt);
    return { ...answer, dueAt: escalation.dueAt, explanation: escalation.explanation };
  }

  /**
   * As {@link Contract.ticket}; under the `end-of-next-business-day`
   * escalation reading an `escalation` ticket throws {@link SlaInputError}
   * (the duration clock would judge it on 24 h — compare its response with
   * {@link LetsignitContract.escalationDue} instead).
   *
   * @example
   * ```ts
   * letsignit().ticket({ id: 'E-1', priority: 'escalation', openedAt: '2026-05-29T15:00:00+02:00',
   *   respondedAt: '2026-05-30T14:00:00+02:00' }, '2026-06-01T00:00:00Z').met; // true
   * ```
   */
  override ticket(ticket: ContractTicket, now: InstantInput): ContractTicketStatus {
    this.#refuseNonDurationEscalation([ticket]);
    return super.ticket(ticket, now);
  }

  /**
   * As {@link Contract.tickets}, with the same refusal as {@link LetsignitContract.ticket}.
   *
   * @example
   * ```ts
   * letsignit().tickets(rows, '2026-07-01T00:00:00Z').summary.byPriority.escalation?.missed;
   * ```
   */
  override tickets(tickets: readonly ContractTicket[], now: InstantInput): ContractBatchResult {
    this.#refuseNonDurationEscalation(tickets);
    return super.tickets(tickets, now);
  }

  #refuseNonDurationEscalation(tickets: readonly ContractTicket[]): void {
    if (this.escalationReading !== 'end-of-next-business-day') return;
    for (const ticket of tickets) {
      const escalated = ticket.priority === 'escalation' || (ticket.events ?? []).some((event) => 'priority' in event && event.priority === 'escalation');
      if (escalated) {
        throw new SlaInputError(
          `ticket ${ticket.id}.priority`,
          'escalation',
          'a priority the duration clock can judge: under the "end-of-next-business-day" escalation reading, compare the response with escalationDue(openedAt)',
        );
      }
    }
  }

  /**
   * §1 Support d'urgence: the calendar a request of `kind` is handled on —
   * `emergency` (24/7) for `cannot-connect` and `cannot-access-files` when the
   * definition's option `emergencySupport` is true, `support` otherwise.
   *
   * @example
   * ```ts
   * letsignit().supportCalendarFor('cannot-connect').name;                           // "support"
   * letsignit({ emergencySupport: true }).supportCalendarFor('cannot-connect').name; // "emergency"
   * ```
   */
  supportCalendarFor(kind: LetsignitSupportKind): BusinessCalendar {
    if (!KINDS.includes(kind)) throw new SlaInputError('kind', kind, `one of ${KINDS.join(', ')}`);
    const subscribed = this.definition.options?.['emergencySupport'] === true;
    return subscribed && kind !== 'other' ? this.calendar('emergency') : this.calendar('support');
  }

  /**
   * Whether a request of `kind` is handled at `at` (see {@link LetsignitContract.supportCalendarFor}).
   *
   * @example
   * ```ts
   * letsignit().isSupportAvailable('other', '2026-06-01T22:59:00+02:00'); // true (Mon, before 23:00)
   * letsignit().isSupportAvailable('other', '2026-06-01T23:00:00+02:00'); // false
   * ```
   */
  isSupportAvailable(kind: LetsignitSupportKind, at: InstantInput): boolean {
    return this.supportCalendarFor(kind).isOpen(at);
  }

  /**
   * §11 deadlines after the end or expiry of the contract, counted in
   * calendar days from `endDate` (a local date `YYYY-MM-DD` or an instant).
   *
   * @example
   * ```ts
   * const d = letsignit().endOfContractDeadlines('2026-12-31');
   * d.dataDownload.lastDay;                       // "2027-03-31"
   * new Date(d.dataDownload.endsAt).toISOString(); // "2027-03-31T22:00:00.000Z"
   * ```
   */
  endOfContractDeadlines(endDate: InstantInput): LetsignitEndOfContractDeadlines {
    return {
      dataDownload: this.deadline('dataDownload', endDate),
      physicalMediaRequest: this.deadline('physicalMediaRequest', endDate),
      anonymisation: this.deadline('anonymisation', endDate),
    };
  }

  /**
   * §10: the daily backup of `day` (a local date or an instant) is kept 30
   * days, i.e. restorable until the end of day + 30 (Europe/Paris).
   *
   * @example
   * ```ts
   * letsignit().backupRestorableUntil('2026-03-01').lastDay; // "2026-03-31"
   * ```
   */
  backupRestorableUntil(day: InstantInput): LetsignitDeadline {
    return this.deadline('backupRestorable', day);
  }
}

/**
 * The Letsignit SLA preset (`000_b3c9307fe0ff903c.txt`): calendars
 * `support` and `joursOuvrables`, priority `escalation`, commitments
 * `server` (99.95 %) and `application` (99 %, feeds the §7 credit table),
 * probes, maintenance windows, deadlines, and the helpers of
 * {@link LetsignitContract}.
 *
 * @example
 * ```ts
 * import { letsignit } from 'slakit/presets/letsignit';
 * const report = letsignit().availability({ period: '2026-03', incidents: [
 *   { start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00', cause: 'internal' } ] });
 * report.credit?.percent; // 3 — 1 − 4/743 = 99.4616 %
 * ```
 */
export function letsignit(options: LetsignitOptions = {}): LetsignitContract {
  return LetsignitContract.from(defineContract(letsignitDefinition(options)));
}
