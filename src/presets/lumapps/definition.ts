import type { ContractIds } from '../../contract/contract-ids.js';
import type { CalendarDefinition, ContractDefinition } from '../../contract/schema.js';
import type { SourceRef } from '../../contract/provenance.js';
import { chooseOption, presetOptions } from '../preset-options.js';
import { lumappsSources as sources } from './sources.js';

/**
 * Options of the LumApps preset: one per reading the text leaves open (see docs/ambiguities.md)
 * (and the stop-event conflict between §1 and §4). Every field is optional.
 *
 * @example
 * ```ts
 * const options: LumappsOptions = { northAmericaTime: 'est-fixed', stopEvent: 'acknowledgement' };
 * ```
 */
export interface LumappsOptions {
  /**
   * §1 Heure Ouvrée, NAM and LATAM "heure de l'Amérique du Nord (EST)".
   * Default `new-york`: America/New_York (EST in winter, EDT in summer);
   * alternative `est-fixed`: "EST" read literally as fixed UTC−05:00
   * (zone `Etc/GMT+5`) all year.
   */
  readonly northAmericaTime?: 'new-york' | 'est-fixed';
  /**
   * §1 Heure Ouvrée, EMEA "heure française (CET)". Default `paris`:
   * Europe/Paris (CET/CEST); alternative `cet-fixed`: "CET" read literally
   * as fixed UTC+01:00 (zone `Etc/GMT-1`) all year.
   */
  readonly emeaTime?: 'paris' | 'cet-fixed';
  /**
   * What stops the clock: §1 defines the response time up to "le premier
   * diagnostic", §4 states the targets as "Accusé de réception". Default
   * `first-diagnosis` (the §1 definition); alternative `acknowledgement`.
   */
  readonly stopEvent?: 'first-diagnosis' | 'acknowledgement';
}

const BUSINESS_HOURS = ['09:00-18:00'];

function regionCalendar(zone: string, holidays: string, source: SourceRef): CalendarDefinition {
  return {
    zone,
    week: { mon: BUSINESS_HOURS, tue: BUSINESS_HOURS, wed: BUSINESS_HOURS, thu: BUSINESS_HOURS, fri: BUSINESS_HOURS },
    holidays: [holidays],
    source,
  };
}

/**
 * The ids of the Lumapps preset, as literal unions: what the methods of
 * `lumapps()` take (see {@link ContractIds}); `never` where the contract
 * states none. Every reading of the options is covered: an id some
 * options leave out is in the union, and an unknown one at run time is
 * still a typed error.
 *
 * @example
 * ```ts
 * lumapps().due('p1', '2026-06-01T09:00:00+02:00', { region: 'emea' }); // region: 'mars' does not compile
 * ```
 */
export interface LumappsIds extends ContractIds {
  /** First-response priorities (`due`). */
  readonly priority: 'p1' | 'p2';
  /** Regions (`due(…, { region })`, `clock`). */
  readonly region: 'emea' | 'nam' | 'latam' | 'apac';
  /** Calendars (`calendar`). */
  readonly calendar: 'emea' | 'nam' | 'latam' | 'apac';
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
 * The LumApps support services (`004_3f3b3ab98af1c934.txt`) as plain data:
 * one business calendar per customer region (`emea`, `nam`, `latam`,
 * `apac`), priority 1 and 2 acknowledgement KPIs on the ticket's region
 * calendar, exclusions, notes and ambiguities — each rule with its French
 * source.
 *
 * @example
 * ```ts
 * const definition = lumappsDefinition({ northAmericaTime: 'est-fixed' });
 * definition.calendars.nam?.zone; // "Etc/GMT+5"
 * definition.responses?.priorities.p2?.kind; // "kpi"
 * ```
 */
export function lumappsDefinition(options: LumappsOptions = {}): ContractDefinition {
  const o = presetOptions('lumapps', options, ['northAmericaTime', 'emeaTime', 'stopEvent']);
  const northAmericaTime = chooseOption(o, 'northAmericaTime', ['new-york', 'est-fixed']);
  const emeaTime = chooseOption(o, 'emeaTime', ['paris', 'cet-fixed']);
  const stopEvent = chooseOption(o, 'stopEvent', ['first-diagnosis', 'acknowledgement']);
  const americas = northAmericaTime === 'est-fixed' ? 'Etc/GMT+5' : 'America/New_York';
  return {
    id: 'lumapps',
    name: 'LumApps support services',
    document: '004_3f3b3ab98af1c934.txt',
    calendars: {
      emea: regionCalendar(emeaTime === 'cet-fixed' ? 'Etc/GMT-1' : 'Europe/Paris', 'FR', sources.businessHoursEmea),
      nam: regionCalendar(americas, 'US', sources.businessHoursNamLatam),
      latam: regionCalendar(americas, 'US', sources.businessHoursNamLatam),
      apac: regionCalendar('Asia/Tokyo', 'JP', sources.businessHoursApac),
    },
    regions: {
      emea: { calendar: 'emea', description: 'EMEA customers', source: sources.businessDaysEmea },
      nam: { calendar: 'nam', description: 'North American customers', source: sources.businessDaysNamLatam },
      latam: { calendar: 'latam', description: 'Latin American customers', source: sources.businessDaysNamLatam },
      apac: { calendar: 'apac', description: 'Asia-Pacific customers', source: sources.businessDaysApac },
    },
    responses: {
      priorities: {
        p1: { target: 'PT1H', calendar: '$region', kind: 'kpi', description: 'Full stop or degraded mode', source: sources.p1Target },
        p2: { target: 'PT4H', calendar: '$region', kind: 'kpi', description: 'Any other incident', source: sources.p2Target },
      },
      stopEvent,
    },
    options: { northAmericaTime, emeaTime, stopEvent },
    ambiguities: [
      {
        id: 'est',
        clause: '§1 Heure Ouvrée (NAM, LATAM)',
        question: '"heure de l\'Amérique du Nord (EST)": New York local time (EST/EDT), or EST literally (UTC−05:00 all year)?',
        defaultReading: 'America/New_York, with daylight saving time',
        option: 'northAmericaTime',
        alternatives: ['est-fixed: "EST" read literally as fixed UTC−05:00 (Etc/GMT+5), no daylight saving time'],
        source: sources.businessHoursNamLatam,
      },
      {
        id: 'cet',
        clause: '§1 Heure Ouvrée (EMEA)',
        question: '"heure française (CET)": French local time (CET/CEST), or CET literally (UTC+01:00 all year)?',
        defaultReading: 'Europe/Paris, with daylight saving time',
        option: 'emeaTime',
        alternatives: ['cet-fixed: "CET" read literally as fixed UTC+01:00 (Etc/GMT-1), no daylight saving time'],
        source: sources.businessHoursEmea,
      },
      {
        id: 'stop-event',
        clause: '§1 Délai de réponse, §4 Niveaux de Priorité',
        question: 'Does the clock stop at the first diagnosis (§1 definition) or at the acknowledgement of the notification (§4 table)?',
        defaultReading: 'the first diagnosis by a qualified LumApps person (§1)',
        option: 'stopEvent',
        alternatives: ['acknowledgement: the clock stops at the acknowledgement of receipt (§4 "Accusé de réception")'],
        source: sources.responseTime,
      },
    ],
    notes: [
      { id: 'kpi-only', text: 'The targets are KPIs: a missed target is reported as kpiMissed, never as a breach or a credit.', source: sources.kpiOnly },
      {
        id: 'exclusions',
        text: 'Incidents from contract breach, misuse, third-party software or untrained Super Administrators are excluded: flag such tickets `excluded`.',
        source: sources.exclusions,
      },
      { id: 'reseller-customers', text: 'Customers who bought through an authorised reseller are supported by the reseller: this SLA does not apply to them.', source: sources.resellerCustomersExcluded },
      { id: 'staffing', text: 'The support centre is staffed during the business days and hours of each region.', source: sources.supportCentreStaffed },
    ],
  };
}
