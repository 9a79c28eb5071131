import type { ContractIds } from '../../contract/contract-ids.js';
import type { ContractDefinition } from '../../contract/schema.js';
import { letsignitAmbiguities } from './ambiguities.js';
import { LETSIGNIT_EMERGENCY_KINDS, type LetsignitOptions, type ResolvedLetsignitOptions, resolveLetsignitOptions } from './options.js';
import { letsignitSources as s } from './sources.js';

const PARIS = 'Europe/Paris';
const WHOLE_DAY = ['00:00-24:00'];
const SUPPORT_DAY = ['08:00-23:00'];

/**
 * The ids of the Letsignit preset, as literal unions: what the methods of
 * `letsignit()` take (see {@link ContractIds}); `never` where the contract
 * states none. Every reading of the options is covered: an id some
 * options leave out is in the union, and an unknown one at run time is
 * still a typed error.
 *
 * @example
 * ```ts
 * letsignit().due('escalation', '2026-06-01T10:00:00+02:00').calendar; // "joursOuvrables"
 * ```
 */
export interface LetsignitIds extends ContractIds {
  /** First-response priorities (`due`). */
  readonly priority: 'escalation';
  /** Regions (`due(…, { region })`, `clock`). */
  readonly region: never;
  /** Calendars (`calendar`). `joursOuvres` only under `escalation: "jours-ouvres"`, `emergency` only with `emergencySupport`. */
  readonly calendar: 'support' | 'joursOuvrables' | 'joursOuvres' | 'emergency';
  /** Availability commitments (`errorBudget({ commitment })`, `byCommitment`). */
  readonly commitment: 'server' | 'application';
  /** Incident causes (`causeAliases` targets). */
  readonly cause: 'internal' | 'external-network' | 'ddos';
  /** Calendar-day deadlines (`deadline`). */
  readonly deadline: 'dataDownload' | 'physicalMediaRequest' | 'anonymisation' | 'backupRestorable';
  /** Numeric limits (`limit`). */
  readonly limit: never;
}

/**
 * The Letsignit SLA (`000_b3c9307fe0ff903c.txt`) as a contract definition:
 * plain JSON data, every rule with its verbatim French source, the options
 * recorded in `options` and every ambiguity of the text listed (docs/ambiguities.md).
 *
 * @example
 * ```ts
 * import { defineContract } from 'slakit';
 * import { letsignitDefinition } from 'slakit/presets/letsignit';
 * const json = JSON.stringify(letsignitDefinition({ creditBounds: 'upper-inclusive' }));
 * defineContract(JSON.parse(json)).availability({ period: '2026-03', incidents: [] }).credit?.percent; // 0
 * ```
 */
export function letsignitDefinition(options: LetsignitOptions = {}): ContractDefinition {
  const o = resolveLetsignitOptions(options);
  const escalationCalendar = o.escalation === 'jours-ouvres' ? 'joursOuvres' : 'joursOuvrables';
  return {
    id: 'letsignit',
    name: 'Letsignit — Engagement de niveaux de service (SLA)',
    document: s.supportHours.document,
    calendars: {
      support: {
        zone: PARIS,
        week: { mon: SUPPORT_DAY, tue: SUPPORT_DAY, wed: SUPPORT_DAY, thu: SUPPORT_DAY, fri: SUPPORT_DAY },
        ...(o.supportHolidays === 'FR' ? { holidays: ['FR'] } : {}),
        source: s.supportHours,
      },
      joursOuvrables: {
        zone: PARIS,
        week: { mon: WHOLE_DAY, tue: WHOLE_DAY, wed: WHOLE_DAY, thu: WHOLE_DAY, fri: WHOLE_DAY, sat: WHOLE_DAY },
        holidays: ['FR'],
        source: s.escalationTarget,
      },
      ...(o.escalation === 'jours-ouvres'
        ? { joursOuvres: { zone: PARIS, week: { mon: WHOLE_DAY, tue: WHOLE_DAY, wed: WHOLE_DAY, thu: WHOLE_DAY, fri: WHOLE_DAY }, holidays: ['FR'], source: s.escalationTarget } }
        : {}),
      ...(o.emergencySupport ? { emergency: { always: true as const, zone: PARIS, source: s.emergencyScope } } : {}),
    },
    responses: {
      priorities: {
        escalation: {
          // "end-of-next-business-day": the end of the first jour ouvrable after the local date of receipt
          // (received on a closed day, e.g. a Sunday: the first jour ouvrable after it, Monday).
          target: o.escalation === 'end-of-next-business-day' ? { rule: 'end-of-business-day', days: 1, outsideHours: 'ticket-date' } : 'PT24H',
          calendar: escalationCalendar,
          kind: 'contractual',
          description:
            o.escalation === 'end-of-next-business-day'
              ? 'Reading "end-of-next-business-day": due at the end (local midnight) of the first jour ouvrable after the local date of receipt.'
              : `One jour ouvrable read as 24 h of the ${escalationCalendar} calendar.`,
          source: s.escalationTarget,
        },
      },
    },
    availability: {
      zone: PARIS,
      commitments: [
        { id: 'server', target: '99.95', period: o.serverPeriod, description: '§4 server availability, 24/7.', source: s.serverAvailability },
        { id: 'application', target: '99', period: 'month', description: '§5 application servers, monthly; feeds the credit table by default.', source: s.applicationAvailability },
      ],
      recordingThreshold: 'PT5M',
      excludedCauses: ['external-network', 'ddos'],
      causes: ['internal', 'external-network', 'ddos'],
      probes: { interval: 'PT5M', latencyThresholdMs: 30_000, unmonitored: o.unmonitored, source: s.probeTimeout },
      excusedTime: o.excusedTime,
      sources: { recordingThreshold: s.recordingThreshold, excludedCauses: s.excludedCauses },
      maintenance: [
        { type: 'daily', id: 'nightly', from: '23:00', to: '08:00', source: s.maintenanceNightly },
        { type: 'monthlyNthWeekday', id: 'third-saturday', weekday: 'sat', nth: 3, source: s.maintenanceThirdSaturday },
        { type: 'adHoc', id: 'announced', source: s.maintenanceAdHoc },
      ],
      source: s.availabilityFromProbes,
    },
    remedies: {
      credits: [
        {
          id: 'credit',
          type: 'tiered',
          commitment: o.creditMetric,
          fee: { per: 'month' },
          tiers: creditTiers(o),
          // Gaps exist only under creditGap "no-credit" or the printed top row; both earn no credit.
          gapPolicy: o.creditGap === 'no-credit' || o.creditTopRow === 'as-printed' ? 'no-credit' : 'error',
          source: s.creditTable,
        },
      ],
      total: { capPercent: 50, source: s.creditCap },
    },
    deadlines: [
      { id: 'dataDownload', days: 90, from: 'contractEnd', zone: PARIS, description: 'Data downloadable until the end of this local day.', source: s.dataDownload },
      { id: 'physicalMediaRequest', days: 15, from: 'contractEnd', zone: PARIS, description: 'Written request for the data on physical media.', source: s.physicalMediaRequest },
      { id: 'anonymisation', days: 90, from: 'contractEnd', zone: PARIS, description: 'Personal data anonymised by the end of this local day.', source: s.anonymisation },
      { id: 'backupRestorable', days: 30, from: 'backupDay', zone: PARIS, description: 'The daily backup of day D is kept until the end of D+30.', source: s.backupRetention },
    ],
    options: { ...o },
    ambiguities: letsignitAmbiguities(),
    notes: [
      { id: 'beta-excluded', text: 'The SLA does not cover services it does not name nor features Letsignit labels "bêta".', source: s.betaExcluded },
      { id: 'live-chat-hours', text: 'Live chat (Intercom) has the support hours: Monday–Friday 08:00–23:00.', source: s.liveChatHours },
      {
        id: 'emergency-kinds',
        text: 'With the written emergency subscription, EU customers are handled out of hours (after 23:00) for these incident kinds only; all others in support hours.',
        value: LETSIGNIT_EMERGENCY_KINDS.join(' '),
        source: s.emergencyScope,
      },
      { id: 'escalation-response-only', text: 'The escalation deadline is a response, not a resolution.', source: s.escalationResponseOnly },
      { id: 'downtime-start', text: 'Server downtime counts from the creation of the automatic incident ticket raised by the alert: give incidents starting then.', source: s.downtimeStart },
      { id: 'ad-hoc-notice', text: 'Announced maintenance windows need no minimum notice (notice is best-effort).', source: s.maintenanceNotice },
      {
        id: 'commitments-vs-credit',
        text: 'The 99.95 % and 99 % commitments are judged met/missed separately; credits start only below 99.5 % of the credit metric.',
        source: s.creditTable,
      },
      { id: 'credit-cap', text: 'Total credits within one month never exceed 50 % of the monthly fee.', value: 50, source: s.creditCap },
    ],
  };
}

/** The §7 table for the chosen bounds, gap and top-row readings. */
function creditTiers(o: ResolvedLetsignitOptions): NonNullable<ContractDefinition['penalties']>['tiers'] {
  const lower = o.creditBounds === 'lower-inclusive';
  // A row [min, max): lower bound inclusive by default; the other reading flips both ends.
  const row = (min: string | undefined, max: string | undefined, creditPercent: number, source: (typeof s)[keyof typeof s]) => ({
    ...(min !== undefined ? { min, minInclusive: lower } : {}),
    ...(max !== undefined ? { max, maxInclusive: !lower } : {}),
    creditPercent,
    source,
  });
  return [
    row('99.5', o.creditTopRow === 'as-printed' ? '99.9' : undefined, 0, s.creditTier0),
    row('99.4', '99.5', 3, s.creditTier3),
    row('99.35', '99.4', 6, s.creditTier6),
    row('99.20', '99.35', 12, s.creditTier12),
    row(o.creditGap === 'extend-25' ? '99' : '99.10', '99.20', 25, s.creditTier25),
    row(undefined, o.creditGap === 'fold-into-50' ? '99.10' : '99', 50, s.creditTier50),
  ];
}
