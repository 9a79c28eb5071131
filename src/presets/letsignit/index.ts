import type { BusinessCalendar } from '../../calendar/business-calendar.js';
import { Contract } from '../../contract/contract.js';
import type { CalendarDayDeadline } from '../../contract/deadline.js';
import { registerHolidayTable } from '../../calendar/holiday-table.js';
import { FR_HOLIDAY_TABLE } from '../../calendar/holiday-tables/fr.js';
import { crossChecked } from '../../contract/checked-definition.js';
import type { defineContract } from '../../contract/define-contract.js';
import type { SourceRef } from '../../contract/provenance.js';
import { SlaInputError } from '../../errors.js';
import { type InstantInput, toInstant } from '../../time/instant.js';
import { type LetsignitIds, letsignitDefinition } from './definition.js';
import { LETSIGNIT_EMERGENCY_KINDS, type LetsignitEscalationReading, type LetsignitOptions } from './options.js';

export { type LetsignitIds, letsignitDefinition } from './definition.js';
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
export class LetsignitContract extends Contract<LetsignitIds> {
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
   * received at `receivedAt`, under the reading recorded in the definition:
   * the `escalation` priority's target, as {@link Contract.due},
   * {@link Contract.ticket} and {@link Contract.tickets} apply it. Default:
   * 24 h of `joursOuvrables` (Fri 15:00 → Sat 15:00; Sun 10:00 → Tue 00:00).
   * `end-of-next-business-day`: the rule target "end of the next business
   * day" on `joursOuvrables` — the local midnight ending the first jour
   * ouvrable after the local date of receipt (received on a closed day:
   * the first jour ouvrable after it). `jours-ouvres`: 24 h of the Mon–Fri
   * calendar.
   *
   * @example
   * ```ts
   * const due = letsignit({ escalation: 'end-of-next-business-day' }).escalationDue('2026-06-01T10:00:00+02:00');
   * new Date(due.dueAt).toISOString(); // "2026-06-02T22:00:00.000Z" — end of Tue 2026-06-02, Paris
   * ```
   */
  escalationDue(receivedAt: InstantInput): LetsignitEscalationDue {
    const reading = this.escalationReading;
    const answer = super.due('escalation', toInstant(receivedAt, 'receivedAt'));
    const target = this.definition.responses?.priorities['escalation'];
    const source = target?.source ? { source: target.source } : {};
    return { receivedAt: answer.openedAt, dueAt: answer.dueAt, reading, calendar: answer.calendar, explanation: answer.explanation, ...source };
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
  // Its regions' holidays from precomputed tables (date-holidays outside their years), and its definition,
  // which passes the schema unchanged (test/presets/preset-schema.test.ts), checked for cross-references only:
  // neither date-holidays nor a schema library is loaded.
  registerHolidayTable(FR_HOLIDAY_TABLE);
  return new LetsignitContract(crossChecked(letsignitDefinition(options)));
}
