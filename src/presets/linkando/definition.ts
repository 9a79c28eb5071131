import type { ContractIds } from '../../contract/contract-ids.js';
import type { ContractDefinition } from '../../contract/schema.js';
import { SlaInputError } from '../../errors.js';
import { chooseOption, presetOptions } from '../preset-options.js';
import { linkandoSources as sources } from './sources.js';

/**
 * Options of the Linkando preset: one per default or ambiguity that
 * the text leaves open (see docs/ambiguities.md). Every field is optional; `{}` gives the defaults.
 *
 * @example
 * ```ts
 * const options: LinkandoOptions = { availabilityPeriod: 'quarter', liveSupportRoundingMinutes: 15 };
 * ```
 */
export interface LinkandoOptions {
  /**
   * §2.1 / Annex 1 "La disponibilité minimale est de 98%": the text states
   * no measurement period. Default `month` (a calendar month,
   * Europe/Berlin); alternatives `quarter`, `year`.
   */
  readonly availabilityPeriod?: 'month' | 'quarter' | 'year';
  /**
   * Annex 1, live support: the unit attended minutes are rounded up to.
   * The text states only the 30-minute minimum. Default `1` (whole
   * minutes); e.g. `15` or `30`.
   */
  readonly liveSupportRoundingMinutes?: number;
  /**
   * Annex 1, live support "réservée au moins 3 jours à l'avance": default
   * `calendar-hours` — booked at least 72 h before the start; alternative
   * `support-hours` — at least 30 hours of the `support` calendar before the
   * start (the same annex writes "30 heures (3 jours)" of support time).
   */
  readonly liveBookingNotice?: 'calendar-hours' | 'support-hours';
  /**
   * §4.8 "dans un délai de 14 jours" (objection to a new subcontractor)
   * has no stated start. Default `notice`: 14 calendar days from LINKANDO's
   * notice (as the 30-day meeting period explicitly is); alternative
   * `change`: from the planned date of the change itself.
   */
  readonly subcontractorObjectionFrom?: 'notice' | 'change';
}

const SUPPORT_HOURS = ['08:00-18:00'];
const ZONE = 'Europe/Berlin';

/**
 * The ids of the Linkando preset, as literal unions: what the methods of
 * `linkando()` take (see {@link ContractIds}); `never` where the contract
 * states none. Every reading of the options is covered: an id some
 * options leave out is in the union, and an unknown one at run time is
 * still a typed error.
 *
 * @example
 * ```ts
 * linkando().due('critical', '2026-05-29T16:00:00+02:00'); // linkando().due('urgent', …) does not compile
 * ```
 */
export interface LinkandoIds extends ContractIds {
  /** First-response priorities (`due`). */
  readonly priority: 'critical' | 'other' | 'live-booking';
  /** Regions (`due(…, { region })`, `clock`). */
  readonly region: never;
  /** Calendars (`calendar`). */
  readonly calendar: 'support';
  /** Availability commitments (`errorBudget({ commitment })`, `byCommitment`). */
  readonly commitment: 'platform';
  /** Incident causes (`causeAliases` targets). */
  readonly cause: 'internal';
  /** Calendar-day deadlines (`deadline`). */
  readonly deadline: 'subcontractorObjection' | 'subcontractorMeeting';
  /** Numeric limits (`limit`). */
  readonly limit: 'authorisedContacts' | 'liabilityCapMultiple';
}

/**
 * The Linkando terms of use and Annex 1 SLA (`002_409a52764840af8c.txt`) as
 * plain data: the `support` calendar, reaction times, the `platform`
 * availability commitment with the 6-hour notice rule, live-support billing,
 * subcontractor deadlines, limits, notes and ambiguities — each rule with its
 * French source.
 *
 * @example
 * ```ts
 * const definition = linkandoDefinition({ availabilityPeriod: 'quarter' });
 * definition.availability?.commitments[0]?.period; // "quarter"
 * definition.responses?.priorities.critical?.target; // "PT10H"
 * ```
 */
export function linkandoDefinition(options: LinkandoOptions = {}): ContractDefinition {
  const o = presetOptions('linkando', options, ['availabilityPeriod', 'liveSupportRoundingMinutes', 'liveBookingNotice', 'subcontractorObjectionFrom']);
  const availabilityPeriod = chooseOption(o, 'availabilityPeriod', ['month', 'quarter', 'year']);
  const liveBookingNotice = chooseOption(o, 'liveBookingNotice', ['calendar-hours', 'support-hours']);
  const subcontractorObjectionFrom = chooseOption(o, 'subcontractorObjectionFrom', ['notice', 'change']);
  const liveSupportRoundingMinutes = o['liveSupportRoundingMinutes'] ?? 1;
  if (typeof liveSupportRoundingMinutes !== 'number' || !Number.isInteger(liveSupportRoundingMinutes) || liveSupportRoundingMinutes < 1) {
    throw new SlaInputError('options.liveSupportRoundingMinutes', liveSupportRoundingMinutes, 'a positive whole number of minutes, e.g. 1, 15 or 30');
  }
  return {
    id: 'linkando',
    name: 'Linkando terms of use and Annex 1 SLA',
    document: '002_409a52764840af8c.txt',
    calendars: {
      support: {
        zone: ZONE,
        week: { mon: SUPPORT_HOURS, tue: SUPPORT_HOURS, wed: SUPPORT_HOURS, thu: SUPPORT_HOURS, fri: SUPPORT_HOURS },
        holidays: ['DE-RP'],
        source: sources.supportHours,
      },
    },
    responses: {
      priorities: {
        critical: { target: 'PT10H', calendar: 'support', description: 'Critical support case', source: sources.reactionCritical },
        other: { target: 'PT30H', calendar: 'support', description: 'Other support case', source: sources.reactionOther },
        'live-booking': { target: 'PT30H', calendar: 'support', description: 'Live-support booking request', source: sources.reactionLiveBooking },
      },
      stopEvent: 'first-reaction',
    },
    availability: {
      zone: ZONE,
      commitments: [
        {
          id: 'platform',
          target: '98',
          period: availabilityPeriod,
          measuredCalendar: 'support',
          description: 'Platform availability during the contractual operating and service hours (the support calendar)',
          source: sources.availabilityOperatingHours,
        },
      ],
      causes: ['internal'],
      maintenance: [{ type: 'adHoc', id: 'unplanned', minimumNotice: 'PT6H', source: sources.maintenanceNotice }],
      source: sources.maintenanceExcluded,
    },
    deadlines: [
      {
        id: 'subcontractorObjection',
        days: 14,
        from: subcontractorObjectionFrom === 'change' ? 'subcontractorChange' : 'subcontractorNotice',
        zone: ZONE,
        description: 'Objection to a new subcontractor',
        source: sources.subcontractorObjection,
      },
      {
        id: 'subcontractorMeeting',
        days: 30,
        from: 'subcontractorNotice',
        zone: ZONE,
        description: 'Request for a good-faith meeting about the objection',
        source: sources.subcontractorMeeting,
      },
    ],
    billing: {
      liveSupport: {
        zone: ZONE,
        ratePerHourMinor: 15_000,
        currency: 'EUR',
        minimumMinutes: 30,
        roundingMinutes: liveSupportRoundingMinutes,
        noShowGraceMinutes: 5,
        // "3 jours": 72 elapsed hours, or 3 support days of 10 h measured on `support`.
        bookingNoticeHours: liveBookingNotice === 'support-hours' ? 30 : 72,
        cancellation: 'before-local-midnight-of-appointment-day',
        quotaExpiry: 'end-of-local-month',
        source: sources.liveSupportRate,
      },
    },
    limits: [
      { id: 'authorisedContacts', max: 2, unit: 'persons at a time', description: 'Support-authorised persons', source: sources.authorisedContacts },
      {
        id: 'liabilityCapMultiple',
        max: 2,
        unit: 'annual usage fee per case of damage and per year',
        description: 'Liability cap outside intent, gross negligence and essential obligations',
        source: sources.liabilityCap,
      },
    ],
    options: { availabilityPeriod, liveSupportRoundingMinutes, liveBookingNotice, subcontractorObjectionFrom },
    ambiguities: [
      {
        id: 'availability-period',
        clause: '§2.1, Annex 1 Disponibilité',
        question: 'Over which period is the 98 % minimum availability measured? The text states none.',
        defaultReading: 'a calendar month (Europe/Berlin), measured on the open time of the support calendar',
        option: 'availabilityPeriod',
        alternatives: ['quarter: one figure per calendar quarter', 'year: one figure per calendar year'],
        source: sources.availability,
      },
      {
        id: 'live-support-rounding',
        clause: 'Annex 1, Assistance en direct',
        question: 'How are attended live-support minutes rounded? Only a 30-minute minimum is stated.',
        defaultReading: 'rounded up to whole minutes, at least 30 minutes',
        option: 'liveSupportRoundingMinutes',
        alternatives: ['15 or 30 (any whole number of minutes): actual time rounded up to that unit, still at least 30 minutes'],
        source: sources.liveSupportMinimum,
      },
      {
        id: 'live-booking-notice',
        clause: 'Annex 1, Assistance en direct',
        question: '"réservée au moins 3 jours à l\'avance": 3 calendar days, or 3 support days of 10 h ("30 heures (3 jours)" elsewhere in the annex)?',
        defaultReading: 'booked at least 72 hours before the start',
        option: 'liveBookingNotice',
        alternatives: ['support-hours: at least 30 hours of the support calendar ("3 jours" read as 3 support days of 10 h)'],
        source: sources.liveSupportBookingNotice,
      },
      {
        id: 'subcontractor-objection-start',
        clause: '§4.8',
        question: 'From when do the 14 days to object to a new subcontractor run? The text states no start.',
        defaultReading: "from LINKANDO's notice of the new subcontractor (as the 30-day meeting period does), calendar days Europe/Berlin",
        option: 'subcontractorObjectionFrom',
        alternatives: ['change: the 14 days run from the subcontractor change itself'],
        source: sources.subcontractorObjection,
      },
    ],
    notes: [
      {
        id: 'critical-categories',
        text: 'Critical cases include service downtime, functional failure of a function needed within 2 days, login failure, data breach and subjective perception (which the provider may downgrade); the priority that counts is the ticket\'s.',
        source: sources.criticalCategories,
      },
      {
        id: 'first-reaction',
        text: 'The reaction time stops at the first reaction: receipt confirmed, first assessment, next steps.',
        source: sources.firstReaction,
      },
      {
        id: 'maintenance-periods',
        text: 'Times outside the operating and service hours are maintenance periods: availability is measured only during the support calendar.',
        source: sources.maintenancePeriods,
      },
      { id: 'live-support-not-included', text: 'Live support is not part of basic support; it is billed as consulting.', source: sources.liveSupportNotIncluded },
      { id: 'live-support-quota', text: 'Live support has a monthly quota; unused hours expire at the end of the month (Europe/Berlin).', source: sources.liveSupportQuotaExpiry },
      { id: 'liability-uncapped', text: 'No cap for intent, gross negligence or breach of an essential obligation.', source: sources.liabilityUncapped },
      { id: 'content-export', text: 'At the end of the contract the content is available free of charge as CSV and uploaded documents as ZIP, self-service.', source: sources.contentExport },
    ],
  };
}
