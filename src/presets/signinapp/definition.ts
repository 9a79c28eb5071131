import type { ContractIds } from '../../contract/contract-ids.js';
import type { ContractDefinition } from '../../contract/schema.js';
import { SlaInputError } from '../../errors.js';
import { chooseOption, presetOptions } from '../preset-options.js';
import { signinappSources as sources } from './sources.js';

/**
 * Options of the Sign In App preset: one per default or ambiguity that
 * the text leaves open (see docs/ambiguities.md). Every field is optional; `{}` gives the defaults.
 *
 * @example
 * ```ts
 * const options: SigninappOptions = { criticalCalendar: 'support', minorTarget: 'calendar-days' };
 * ```
 */
export interface SigninappOptions {
  /**
   * §1.9 Critical "1 heure ouvrable" vs §1.1 "24 heures sur 24 et 7 jours
   * sur 7" for critical problems. Default `critical`: one hour of the 24/7
   * calendar; alternative `support`: one hour of the Mon–Fri `support`
   * calendar.
   */
  readonly criticalCalendar?: 'critical' | 'support';
  /**
   * §1.9 Minor "1 semaine". Default `business-days`: 5 business days =
   * 120 h of `support`; alternative `calendar-days`: 7 calendar days =
   * 168 h of the 24/7 calendar.
   */
  readonly minorTarget?: 'business-days' | 'calendar-days';
  /**
   * §1.1 the zone of the support days, not stated (a UK company). Default
   * `Europe/London`; any IANA zone.
   */
  readonly zone?: string;
  /**
   * §1.1 "excluant les jours fériés": whose public holidays, not stated.
   * Default `GB-ENG` (England); e.g. `GB-SCT`, `GB-WLS`, `GB-NIR`.
   */
  readonly holidayRegion?: string;
}

const WHOLE_DAY = ['00:00-24:00'];

/**
 * The ids of the Signinapp preset, as literal unions: what the methods of
 * `signinapp()` take (see {@link ContractIds}); `never` where the contract
 * states none. Every reading of the options is covered: an id some
 * options leave out is in the union, and an unknown one at run time is
 * still a typed error.
 *
 * @example
 * ```ts
 * signinapp().due('severe', '2026-06-05T23:00:00+01:00');
 * ```
 */
export interface SigninappIds extends ContractIds {
  /** First-response priorities (`due`). */
  readonly priority: 'critical' | 'severe' | 'medium' | 'minor';
  /** Regions (`due(…, { region })`, `clock`). */
  readonly region: never;
  /** Calendars (`calendar`). */
  readonly calendar: 'support' | 'critical';
  /** Availability commitments (`errorBudget({ commitment })`, `byCommitment`). */
  readonly commitment: never;
  /** Incident causes (`causeAliases` targets). */
  readonly cause: never;
  /** Calendar-day deadlines (`deadline`). */
  readonly deadline: never;
  /** Numeric limits (`limit`). */
  readonly limit: never;
}

/**
 * The Sign In App service level commitment (`003_8e2d6e5cee0ebe2c.txt`) as
 * plain data: the `support` (Mon–Fri, whole days, public holidays closed) and
 * `critical` (24/7) calendars, first-response targets, exclusions and the
 * 2022 uptime claim as a note — each rule with its French source.
 *
 * @example
 * ```ts
 * const definition = signinappDefinition({ minorTarget: 'calendar-days' });
 * definition.responses?.priorities.minor?.target; // "PT168H"
 * ```
 */
export function signinappDefinition(options: SigninappOptions = {}): ContractDefinition {
  const o = presetOptions('signinapp', options, ['criticalCalendar', 'minorTarget', 'zone', 'holidayRegion']);
  const criticalCalendar = chooseOption(o, 'criticalCalendar', ['critical', 'support']);
  const minorTarget = chooseOption(o, 'minorTarget', ['business-days', 'calendar-days']);
  const zone = o['zone'] ?? 'Europe/London';
  if (typeof zone !== 'string') throw new SlaInputError('options.zone', zone, 'an IANA zone such as "Europe/London"');
  const holidayRegion = o['holidayRegion'] ?? 'GB-ENG';
  if (typeof holidayRegion !== 'string') throw new SlaInputError('options.holidayRegion', holidayRegion, 'a holiday region code such as "GB-ENG"');
  return {
    id: 'signinapp',
    name: 'Sign In App service level commitment',
    document: '003_8e2d6e5cee0ebe2c.txt',
    calendars: {
      support: {
        zone,
        week: { mon: WHOLE_DAY, tue: WHOLE_DAY, wed: WHOLE_DAY, thu: WHOLE_DAY, fri: WHOLE_DAY },
        holidays: [holidayRegion],
        source: sources.supportHours,
      },
      critical: { always: true, zone, source: sources.criticalSupport },
    },
    responses: {
      priorities: {
        critical: { target: 'PT1H', calendar: criticalCalendar, description: 'System inoperable for all customers', source: sources.responseCritical },
        severe: { target: 'PT2H', calendar: 'support', description: 'System impractical to use', source: sources.responseSevere },
        medium: { target: 'PT8H', calendar: 'support', description: 'Inconvenient, operational capacity intact', source: sources.responseMedium },
        minor:
          minorTarget === 'calendar-days'
            ? { target: 'PT168H', calendar: 'critical', description: 'Minor problem: 7 calendar days (24/7 calendar)', source: sources.responseMinor }
            : { target: 'PT120H', calendar: 'support', description: 'Minor problem: 5 business days', source: sources.responseMinor },
      },
      stopEvent: 'first-reply',
    },
    options: { criticalCalendar, minorTarget, zone, holidayRegion },
    ambiguities: [
      {
        id: 'critical-calendar',
        clause: '§1.1, §1.9',
        question: 'Critical: is "1 heure ouvrable" counted on the 24/7 critical support, or on the Mon–Fri support days?',
        defaultReading: 'one hour of the 24/7 calendar `critical` (critical problems are supported 24/7)',
        option: 'criticalCalendar',
        alternatives: ['support: one working hour of the Mon–Fri support calendar'],
        source: sources.responseCritical,
      },
      {
        id: 'minor-week',
        clause: '§1.9',
        question: 'Minor: is "1 semaine" five business days or seven calendar days?',
        defaultReading: '5 business days = 120 h of `support`',
        option: 'minorTarget',
        alternatives: ['calendar-days: 7 calendar days = 168 h of the 24/7 calendar'],
        source: sources.responseMinor,
      },
      {
        id: 'zone',
        clause: '§1.1',
        question: 'In which time zone do the support days run? The text states none.',
        defaultReading: 'Europe/London (Sign In App is a UK company)',
        option: 'zone',
        alternatives: ['any IANA zone: the support hours are read in that zone'],
        source: sources.supportHours,
      },
      {
        id: 'holiday-region',
        clause: '§1.1',
        question: 'Whose public holidays are excluded? The text does not say.',
        defaultReading: 'public holidays of England (GB-ENG)',
        option: 'holidayRegion',
        alternatives: ['GB-SCT, GB-WLS or GB-NIR (any date-holidays region): that region\'s public holidays'],
        source: sources.supportHours,
      },
    ],
    notes: [
      { id: 'first-reply', text: 'A request is handled at the first reply (e-mail or call): the stop event is the first reply.', source: sources.firstReply },
      { id: 'no-resolution-guarantee', text: 'No resolution time is guaranteed; only first-response times are judged.', source: sources.noResolutionGuarantee },
      {
        id: 'exclusions',
        text: 'Tickets about non-recommended use, unauthorised configuration changes or unsupported equipment (§1.4) are outside the commitments: flag them `excluded`.',
        source: sources.exclusions,
      },
      {
        id: 'products-not-bought-through-them',
        text: 'Software, equipment or services not bought through and managed by Sign In App (§1.3) are outside the commitments: flag such tickets `excluded`.',
        source: sources.productsNotBoughtExcluded,
      },
      {
        id: 'uptime-2022',
        text: 'Historical claim, not a commitment: 99.99 % uptime during 2022. No verdict is computed.',
        value: '99.99',
        source: sources.uptime2022,
      },
    ],
  };
}
