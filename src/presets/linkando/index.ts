import { linkandoSources } from './sources.js';
import { durationText } from '../../time/duration-text.js';
import { Contract } from '../../contract/contract.js';
import type { LiveSupportCharge, LiveSupportSession } from '../../contract/billing.js';
import type { CalendarDayDeadline } from '../../contract/deadline.js';
import { registerHolidayTable } from '../../calendar/holiday-table.js';
import { DE_RP_HOLIDAY_TABLE } from '../../calendar/holiday-tables/de-rp.js';
import { crossChecked } from '../../contract/checked-definition.js';
import type { defineContract } from '../../contract/define-contract.js';
import type { SourceRef } from '../../contract/provenance.js';
import type { LiveSupportBillingDefinition } from '../../contract/schema.js';
import { SlaInputError } from '../../errors.js';
import { MS_PER_HOUR } from '../../time/civil.js';
import { type InstantInput, toInstant } from '../../time/instant.js';
import { type LinkandoCaseFacts, type LinkandoClassification, classifyLinkandoCase } from './classification.js';
import { type LinkandoIds, type LinkandoOptions, linkandoDefinition } from './definition.js';

export { type LinkandoOptions, type LinkandoIds, linkandoDefinition } from './definition.js';
export { type LinkandoCaseFacts, type LinkandoClassification, type LinkandoCriticalCategory, classifyLinkandoCase } from './classification.js';
export { linkandoSources } from './sources.js';

/**
 * A calendar-day deadline of the contract, with its rule id and the event it counts from.
 *
 * @example
 * ```ts
 * const objection: LinkandoDeadline = linkando().deadline('subcontractorObjection', '2026-06-01');
 * objection.event; // "subcontractorNotice"
 * ```
 */
export type LinkandoDeadline = CalendarDayDeadline & { readonly id: string; readonly event: string };

/**
 * The §4.8 subcontractor deadlines (calendar days, Europe/Berlin, each ending
 * at the local midnight after its last day).
 *
 * @example
 * ```ts
 * linkando().subcontractorDeadlines({ notice: '2026-06-01' }).objection.lastDay; // "2026-06-15"
 * ```
 */
export interface LinkandoSubcontractorDeadlines {
  /** Objection to the new subcontractor: 14 days. */
  readonly objection: LinkandoDeadline;
  /** Request for a good-faith meeting: 30 days from the notice. */
  readonly meeting: LinkandoDeadline;
}

/**
 * The verdict on a live-support booking: whether it respects the notice
 * ("réservée au moins 3 jours à l'avance"), and why.
 *
 * @example
 * ```ts
 * linkando().liveBooking('2026-06-07T10:00:00+02:00', '2026-06-10T10:00:00+02:00').valid; // true (exactly 72 h)
 * ```
 */
export interface LinkandoLiveBooking {
  readonly valid: boolean;
  /** Notice given: elapsed ms (`calendar-hours`) or open ms of `support` (`support-hours`) from booking to start. */
  readonly noticeMs: number;
  /** Notice required, in the same measure. */
  readonly requiredMs: number;
  /** The reading in force (definition option `liveBookingNotice`). */
  readonly reading: NonNullable<LinkandoOptions['liveBookingNotice']>;
  readonly reason: string;
  readonly source?: SourceRef;
}

/**
 * The §12.2 liability cap for one case of damage.
 *
 * @example
 * ```ts
 * linkando().liabilityCap(1_200_000).capMinor; // 2400000 — 2 × 12 000.00 EUR
 * ```
 */
export interface LinkandoLiabilityCap {
  /** The cap in integer minor units, or `null` when uncapped (intent, gross negligence, essential obligation). */
  readonly capMinor: number | null;
  /** The multiple of the annual usage fee (2). */
  readonly multiple: number;
  readonly annualFeeMinor: number;
  readonly reason: string;
  readonly source?: SourceRef;
}

const READINGS = ['calendar-hours', 'support-hours'] as const;

/**
 * The Linkando engine: a {@link Contract} plus typed helpers for the clauses
 * that are not clock or availability rules (case classification, live-support
 * booking and billing, authorised contacts, subcontractor deadlines,
 * liability cap). Every helper reads its parameters from `definition`, so
 * `LinkandoContract.from(defineContract(JSON.parse(JSON.stringify(def))))`
 * answers exactly like `linkando()`.
 *
 * @example
 * ```ts
 * const contract = linkando();
 * new Date(contract.due('critical', '2026-05-29T16:00:00+02:00').dueAt).toISOString(); // "2026-06-01T14:00:00.000Z"
 * contract.liabilityCap(1_200_000).capMinor; // 2400000
 * ```
 */
export class LinkandoContract extends Contract<LinkandoIds> {
  /**
   * Wrap a validated contract (e.g. from {@link defineContract} on a stored
   * Linkando definition) with the Linkando helpers.
   *
   * @example
   * ```ts
   * const stored = JSON.parse(JSON.stringify(linkando().definition));
   * LinkandoContract.from(defineContract(stored)).limit('authorisedContacts').max; // 2
   * ```
   */
  static from(contract: Contract): LinkandoContract {
    return new LinkandoContract(contract.definition);
  }

  /**
   * Annex 1 categories: the priority a case's facts suggest (`critical` or
   * `other`) and the categories that matched. Advisory only — the priority
   * that counts is the one the ticket carries.
   *
   * @example
   * ```ts
   * linkando().classifyCase({ loginFailure: true }).priority;                              // "critical"
   * linkando().classifyCase({ perceivedCritical: true, providerDowngraded: true }).priority; // "other"
   * ```
   */
  classifyCase(facts: LinkandoCaseFacts): LinkandoClassification {
    return classifyLinkandoCase(facts);
  }

  /**
   * Annex 1 "jusqu'à deux personnes autorisées": returns the list when it
   * stays within the `authorisedContacts` limit; throws
   * {@link SlaInputError} naming the first contact beyond it
   * (`authorisedContacts[2]` for a third one) or a duplicate.
   *
   * @example
   * ```ts
   * linkando().checkAuthorisedContacts(['ana@example.com', 'ben@example.com']); // ok
   * linkando().checkAuthorisedContacts(['a', 'b', 'c']); // throws SlaInputError: authorisedContacts[2] …
   * ```
   */
  checkAuthorisedContacts(contacts: readonly string[]): readonly string[] {
    if (!Array.isArray(contacts)) throw new SlaInputError('authorisedContacts', contacts, 'an array of contact names or e-mail addresses');
    const max = this.limit('authorisedContacts').max;
    contacts.forEach((contact, i) => {
      if (typeof contact !== 'string' || contact.trim() === '') throw new SlaInputError(`authorisedContacts[${i}]`, contact, 'a non-empty contact name or e-mail address');
      if (contacts.indexOf(contact) !== i) throw new SlaInputError(`authorisedContacts[${i}]`, contact, 'distinct contacts (a duplicate of an earlier one)');
      if (i >= max) throw new SlaInputError(`authorisedContacts[${i}]`, contact, `at most ${max} support-authorised persons at a time (Annex 1)`);
    });
    return contacts;
  }

  /** The live-support billing rules (always present in a Linkando definition). */
  get #billing(): NonNullable<Contract['liveSupport']> {
    if (!this.liveSupport) throw new SlaInputError('billing.liveSupport', undefined, 'live-support billing rules in the definition');
    return this.liveSupport;
  }

  /**
   * Annex 1 live support: whether a booking made at `bookedAt` for a
   * session starting at `start` gives the notice, under the definition's
   * `liveBookingNotice` reading — `calendar-hours`: at least
   * `bookingNoticeHours` (72) elapsed hours; `support-hours`: at least
   * `bookingNoticeHours` (30) hours of the `support` calendar.
   *
   * @example
   * ```ts
   * linkando().liveBooking('2026-06-07T10:00:00+02:00', '2026-06-10T10:00:00+02:00').valid;   // true (72 h)
   * linkando().liveBooking('2026-06-07T10:00:01+02:00', '2026-06-10T10:00:00+02:00').valid;   // false
   * ```
   */
  liveBooking(bookedAt: InstantInput, start: InstantInput): LinkandoLiveBooking {
    const rules: LiveSupportBillingDefinition = this.#billing.rules;
    const value = this.definition.options?.['liveBookingNotice'] ?? 'calendar-hours';
    if (!(READINGS as readonly unknown[]).includes(value)) throw new SlaInputError('options.liveBookingNotice', value, `one of ${READINGS.join(', ')}`);
    const reading = value as LinkandoLiveBooking['reading'];
    const booked = toInstant(bookedAt, 'bookedAt');
    const begins = toInstant(start, 'start');
    const requiredMs = rules.bookingNoticeHours * MS_PER_HOUR;
    // The booking-notice phrase, not the billing block's (rate) citation.
    const source = { source: linkandoSources.liveSupportBookingNotice };
    if (reading === 'calendar-hours') {
      const noticeMs = begins - booked;
      const valid = this.#billing.bookingValid(booked, begins);
      return { valid, noticeMs, requiredMs, reading, reason: `booked ${durationText(noticeMs)} before the start; ${rules.bookingNoticeHours} h required`, ...source };
    }
    const support = this.calendar('support');
    const noticeMs = begins > booked ? support.elapsed(booked, begins) : -support.elapsed(begins, booked);
    return {
      valid: noticeMs >= requiredMs,
      noticeMs,
      requiredMs,
      reading,
      reason: `booked ${durationText(noticeMs)} of support time before the start; ${rules.bookingNoticeHours} h of support time required`,
      ...source,
    };
  }

  /**
   * Annex 1 live support: whether cancelling at `cancelledAt` a session
   * starting at `start` is free ("une annulation la veille du rendez-vous
   * suffit": before the local midnight that starts the appointment day).
   *
   * @example
   * ```ts
   * linkando().cancellationFree('2026-06-09T23:59:59+02:00', '2026-06-10T10:00:00+02:00'); // true
   * linkando().cancellationFree('2026-06-10T00:00:00+02:00', '2026-06-10T10:00:00+02:00'); // false
   * ```
   */
  cancellationFree(cancelledAt: InstantInput, start: InstantInput): boolean {
    return this.#billing.cancellationFree(cancelledAt, start);
  }

  /**
   * Annex 1 live support: the charge of a session — 150 EUR/h, at least 30
   * minutes, rounded up to the definition's rounding unit; a customer not
   * online within 5 minutes is billed the booked time.
   *
   * @example
   * ```ts
   * linkando().liveSupportCharge({ start: '2026-06-10T10:00:00+02:00', bookedMinutes: 60,
   *   joinedAt: '2026-06-10T10:01:00+02:00', endedAt: '2026-06-10T10:45:30+02:00' }).amountMinor;
   * // 11500 — 45 min 30 s rounded up to 46 min × 250 cents
   * ```
   */
  liveSupportCharge(session: LiveSupportSession): LiveSupportCharge {
    return this.#billing.charge(session);
  }

  /**
   * Annex 1 live support: when the unused hours of the monthly quota of the
   * month containing `t` expire (the local midnight starting the next month,
   * Europe/Berlin).
   *
   * @example
   * ```ts
   * new Date(linkando().quotaExpiry('2026-06-15T12:00:00+02:00')).toISOString(); // "2026-06-30T22:00:00.000Z"
   * ```
   */
  quotaExpiry(t: InstantInput): number {
    return this.#billing.quotaExpiry(t);
  }

  /**
   * §4.8 subcontractor deadlines: objection within 14 calendar days, meeting
   * request within 30 days of LINKANDO's `notice` (a local date or an
   * instant). Under the `subcontractorObjectionFrom: 'change'` reading the
   * objection counts from `change`, the planned date of the change.
   *
   * @example
   * ```ts
   * const d = linkando().subcontractorDeadlines({ notice: '2026-06-01' });
   * d.objection.lastDay; // "2026-06-15"
   * d.meeting.lastDay;   // "2026-07-01"
   * ```
   */
  subcontractorDeadlines(events: { readonly notice: InstantInput; readonly change?: InstantInput }): LinkandoSubcontractorDeadlines {
    const from = (id: string): InstantInput => {
      const event = (this.definition.deadlines ?? []).find((d) => d.id === id)?.from;
      if (event === 'subcontractorNotice') return events.notice;
      if (event === 'subcontractorChange') {
        if (events.change === undefined) throw new SlaInputError('change', undefined, 'the planned date of the subcontractor change (the objection counts from it under this reading)');
        return events.change;
      }
      throw new SlaInputError(`deadlines.${id}.from`, event, '"subcontractorNotice" or "subcontractorChange"');
    };
    return {
      objection: this.deadline('subcontractorObjection', from('subcontractorObjection')),
      meeting: this.deadline('subcontractorMeeting', from('subcontractorMeeting')),
    };
  }

  /**
   * §12.2 liability cap for one case of damage (and per year): 2 × the
   * annual usage fee, in integer minor units; `null` (uncapped) for intent,
   * gross negligence or breach of an essential obligation.
   *
   * @example
   * ```ts
   * linkando().liabilityCap(1_200_000).capMinor;                          // 2400000
   * linkando().liabilityCap(1_200_000, { fault: 'gross' }).capMinor;      // null
   * ```
   */
  liabilityCap(annualFeeMinor: number, options: { readonly fault?: 'ordinary' | 'gross' } = {}): LinkandoLiabilityCap {
    if (!Number.isSafeInteger(annualFeeMinor) || annualFeeMinor < 0) {
      throw new SlaInputError('annualFeeMinor', annualFeeMinor, 'a non-negative whole number of minor units (cents)');
    }
    const fault = options.fault ?? 'ordinary';
    if (fault !== 'ordinary' && fault !== 'gross') throw new SlaInputError('fault', fault, '"ordinary" or "gross"');
    const limit = this.limit('liabilityCapMultiple');
    const source = limit.source ? { source: limit.source } : {};
    if (fault === 'gross') {
      return { capMinor: null, multiple: limit.max, annualFeeMinor, reason: 'intent, gross negligence or breach of an essential obligation: liability is not capped', ...source };
    }
    const capMinor = limit.max * annualFeeMinor;
    if (!Number.isSafeInteger(capMinor)) throw new SlaInputError('annualFeeMinor', annualFeeMinor, 'a fee whose cap fits in a safe integer');
    return { capMinor, multiple: limit.max, annualFeeMinor, reason: `${limit.max} × the annual usage fee of ${annualFeeMinor} minor units, per case of damage and per year`, ...source };
  }
}

/**
 * The Linkando terms of use and Annex 1 SLA preset
 * (`002_409a52764840af8c.txt`): calendar `support` (Mon–Fri 08:00–18:00
 * Europe/Berlin, DE-RP holidays), priorities `critical` (10 h), `other`
 * (30 h) and `live-booking` (30 h), commitment `platform` (98 %, monthly,
 * measured on `support`, ad-hoc maintenance excused with ≥ 6 h notice),
 * live-support billing, deadlines, limits, and the helpers of
 * {@link LinkandoContract}.
 *
 * @example
 * ```ts
 * import { linkando } from 'slakit/presets/linkando';
 * const due = linkando().due('other', '2026-06-03T09:00:00+02:00');
 * new Date(due.dueAt).toISOString(); // "2026-06-09T07:00:00.000Z" — Tue 09:00 Berlin (Thu 06-04 is Corpus Christi)
 * ```
 */
export function linkando(options: LinkandoOptions = {}): LinkandoContract {
  // Its regions' holidays from precomputed tables (date-holidays outside their years), and its definition,
  // which passes the schema unchanged (test/presets/preset-schema.test.ts), checked for cross-references only:
  // neither date-holidays nor a schema library is loaded.
  registerHolidayTable(DE_RP_HOLIDAY_TABLE);
  return new LinkandoContract(crossChecked(linkandoDefinition(options)));
}
