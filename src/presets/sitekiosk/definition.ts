import type { ContractIds } from '../../contract/contract-ids.js';
import type { ContractDefinition } from '../../contract/schema.js';
import { SlaInputError } from '../../errors.js';
import { chooseOption, presetOptions } from '../preset-options.js';
import { sitekioskSources as sources } from './sources.js';

/**
 * Options of the SiteKiosk Online preset: one per default reading the text
 * leaves open (see docs/ambiguities.md). Every field is optional; `{}` gives the defaults.
 *
 * @example
 * ```ts
 * const options: SitekioskOptions = {
 *   aggregation: 'mean-of-months',
 *   announcedUpdates: 'excused',
 *   companyClosures: ['2026-12-24', '2026-12-31'],
 * };
 * ```
 */
export interface SitekioskOptions {
  /**
   * §1 "99,5 % en moyenne annuelle": how the annual figure is formed.
   * Default `whole-year`: one ratio over the calendar year (Europe/Berlin).
   * Alternative `mean-of-months`: the mean of the twelve monthly ratios.
   */
  readonly aggregation?: 'whole-year' | 'mean-of-months';
  /**
   * §1 program and operational updates "peuvent être temporairement
   * indisponibles". Default `downtime`: they count as downtime (the 0.5 %
   * budget is what allows them; windows passed as `maintenance` to
   * `availability` are ignored). Alternative `excused`: announced update
   * windows passed as `maintenance` are excused (no minimum notice).
   */
  readonly announcedUpdates?: 'downtime' | 'excused';
  /**
   * §2 "pendant les congés de l'entreprise": company closure dates
   * (`YYYY-MM-DD`, Europe/Berlin) of the `supportEurope` calendar. Default
   * none (the text names no dates). Recorded in `definition.options` as a
   * comma-separated string; the dates themselves are the calendar's
   * `closedDates`.
   */
  readonly companyClosures?: readonly string[];
  /**
   * §2 North American phone support: the zone of "9h00 à 17h00", which the
   * text does not state. Default `America/New_York`; any IANA zone, e.g.
   * `America/Chicago`.
   */
  readonly northAmericaZone?: string;
  /**
   * §2 North American phone support: whether US public holidays close it.
   * Default `false` (the text names no holidays for it); `true` adds `US`.
   */
  readonly northAmericaHolidays?: boolean;
}

const NINE_TO_FIVE = ['09:00-17:00'];

/**
 * The ids of the Sitekiosk preset, as literal unions: what the methods of
 * `sitekiosk()` take (see {@link ContractIds}); `never` where the contract
 * states none. Every reading of the options is covered: an id some
 * options leave out is in the union, and an unknown one at run time is
 * still a typed error.
 *
 * @example
 * ```ts
 * sitekiosk().calendar('supportEurope').zone; // "Europe/Berlin"
 * ```
 */
export interface SitekioskIds extends ContractIds {
  /** First-response priorities (`due`). */
  readonly priority: never;
  /** Regions (`due(…, { region })`, `clock`). */
  readonly region: never;
  /** Calendars (`calendar`). */
  readonly calendar: 'supportEurope' | 'supportNorthAmerica';
  /** Availability commitments (`errorBudget({ commitment })`, `byCommitment`). */
  readonly commitment: 'service';
  /** Incident causes (`causeAliases` targets). */
  readonly cause: 'internal';
  /** Calendar-day deadlines (`deadline`). */
  readonly deadline: never;
  /** Numeric limits (`limit`). */
  readonly limit: never;
}

/**
 * The PROVISIO SiteKiosk Online SLA (`001_f7077658456a0107.txt`) as plain
 * data: the annual `service` commitment (99.5 %, calendar year,
 * Europe/Berlin, 24/7), the `supportEurope` and `supportNorthAmerica`
 * calendars, notes and ambiguities — each rule with its French source.
 *
 * @example
 * ```ts
 * const definition = sitekioskDefinition({ aggregation: 'mean-of-months' });
 * definition.availability?.commitments[0]?.aggregation; // "mean-of-months"
 * JSON.parse(JSON.stringify(definition)); // plain data, accepted by defineContract
 * ```
 */
export function sitekioskDefinition(options: SitekioskOptions = {}): ContractDefinition {
  const o = presetOptions('sitekiosk', options, ['aggregation', 'announcedUpdates', 'companyClosures', 'northAmericaZone', 'northAmericaHolidays']);
  const aggregation = chooseOption(o, 'aggregation', ['whole-year', 'mean-of-months']);
  const announcedUpdates = chooseOption(o, 'announcedUpdates', ['downtime', 'excused']);
  const northAmericaHolidays = chooseOption(o, 'northAmericaHolidays', [false, true]);
  const closures = o['companyClosures'] ?? [];
  if (!Array.isArray(closures) || closures.some((d) => typeof d !== 'string')) throw new SlaInputError('options.companyClosures', closures, 'an array of local dates YYYY-MM-DD');
  const companyClosures = [...(closures as string[])];
  const northAmericaZone = o['northAmericaZone'] ?? 'America/New_York';
  if (typeof northAmericaZone !== 'string') throw new SlaInputError('options.northAmericaZone', northAmericaZone, 'an IANA zone such as "America/New_York"');
  return {
    id: 'sitekiosk',
    name: 'PROVISIO SiteKiosk Online SLA',
    document: '001_f7077658456a0107.txt',
    calendars: {
      supportEurope: {
        zone: 'Europe/Berlin',
        week: { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: ['09:00-16:00'] },
        holidays: ['DE-NW'],
        ...(companyClosures.length > 0 ? { closedDates: companyClosures } : {}),
        source: sources.supportEuropeHours,
      },
      supportNorthAmerica: {
        zone: northAmericaZone,
        week: { mon: NINE_TO_FIVE, tue: NINE_TO_FIVE, wed: NINE_TO_FIVE, thu: NINE_TO_FIVE, fri: NINE_TO_FIVE },
        ...(northAmericaHolidays ? { holidays: ['US'] } : {}),
        source: sources.supportNorthAmericaHours,
      },
    },
    availability: {
      zone: 'Europe/Berlin',
      commitments: [
        {
          id: 'service',
          target: '99.5',
          period: 'year',
          aggregation: aggregation === 'mean-of-months' ? 'mean-of-months' : 'whole-period',
          description: 'Availability of the service and its servers, calendar year Europe/Berlin, 24/7',
          source: sources.serviceAvailability,
        },
      ],
      causes: ['internal'],
      ...(announcedUpdates === 'excused' ? { maintenance: [{ type: 'adHoc' as const, id: 'announced-updates', source: sources.permittedUnavailability }] } : {}),
      source: sources.serviceAvailability,
    },
    options: {
      aggregation,
      announcedUpdates,
      companyClosures: companyClosures.join(','),
      northAmericaZone,
      northAmericaHolidays,
    },
    ambiguities: [
      {
        id: 'annual-average',
        clause: '§1',
        question: 'Is "99,5 % en moyenne annuelle" one ratio over the year, or the mean of twelve monthly ratios?',
        defaultReading: 'one ratio over the calendar year (Europe/Berlin, 24/7): downtime / 8 760 h (8 784 h in a leap year)',
        option: 'aggregation',
        alternatives: ['mean-of-months: the mean of the twelve monthly figures, compared exactly with 99.5 %'],
        source: sources.serviceAvailability,
      },
      {
        id: 'updates',
        clause: '§1',
        question: 'Do program and operational updates count as unavailability?',
        defaultReading: 'yes: they count as downtime; the 0.5 % budget is what allows them',
        option: 'announcedUpdates',
        alternatives: ['excused: announced update windows (passed as maintenance) are excused, like planned maintenance'],
        source: sources.permittedUnavailability,
      },
      {
        id: 'company-holidays',
        clause: '§2',
        question: 'Which days are "les congés de l\'entreprise" of the European support?',
        defaultReading: 'none known: only DE-NW public holidays close supportEurope; the user supplies company closure dates',
        option: 'companyClosures',
        alternatives: ['[YYYY-MM-DD, …]: the company closure dates, closed like public holidays'],
        source: sources.supportEuropeCompanyHolidays,
      },
      {
        id: 'north-america-zone',
        clause: '§2',
        question: 'In which time zone are the North American support hours "9h00 à 17h00"?',
        defaultReading: 'America/New_York',
        option: 'northAmericaZone',
        alternatives: ['America/Chicago, America/Denver, America/Los_Angeles or any IANA zone: the hours are read in that zone'],
        source: sources.supportNorthAmericaHours,
      },
      {
        id: 'north-america-holidays',
        clause: '§2',
        question: 'Is the North American support closed on US public holidays? The text names none.',
        defaultReading: 'no holidays: open Monday–Friday 09:00–17:00 every week',
        option: 'northAmericaHolidays',
        alternatives: ['true: closed on US public holidays (date-holidays US, with the observed-day correction)'],
        source: sources.supportNorthAmericaHours,
      },
    ],
    notes: [
      {
        id: 'server-component-only',
        text: 'The permitted unavailability concerns only the server component and its services (monitoring, content creation, publishing); clients keep running.',
        source: sources.serverComponentOnly,
      },
      {
        id: 'no-response-targets',
        text: 'The SLA states no response-time targets and no service credits: the verdict is the annual availability and the downtime budget.',
        source: sources.serviceAvailability,
      },
      {
        id: 'backups',
        text: 'Regular technical backups let new servers reach existing data after a hardware failure (informational; no retention period is stated).',
        source: sources.backups,
      },
      {
        id: 'no-recovery-after-deletion',
        text: 'Data deleted, knowingly or not, cannot be recovered (informational).',
        source: sources.noRecoveryAfterDeletion,
      },
    ],
  };
}
