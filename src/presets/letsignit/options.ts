import { SlaInputError } from '../../errors.js';
import { chooseOption, presetOptions } from '../preset-options.js';

/**
 * How the §3 escalation deadline "un jour ouvrable" is read (option `escalation`).
 *
 * @example
 * ```ts
 * const reading: LetsignitEscalationReading = 'end-of-next-business-day';
 * ```
 */
export type LetsignitEscalationReading = 'jours-ouvrables-24h' | 'end-of-next-business-day' | 'jours-ouvres';

/**
 * How the §7 credit table covers 99.0–99.1 %, which no printed row names (option `creditGap`).
 *
 * @example
 * ```ts
 * const gap: LetsignitCreditGap = 'extend-25';
 * ```
 */
export type LetsignitCreditGap = 'fold-into-50' | 'extend-25' | 'no-credit';

/**
 * Options of the Letsignit preset: one per default reading the text leaves open (docs/ambiguities.md)
 * (each ambiguity is also listed, with its clause, in `definition.ambiguities`).
 *
 * @example
 * ```ts
 * import { letsignit } from 'slakit/presets/letsignit';
 * const contract = letsignit({ escalation: 'end-of-next-business-day', creditMetric: 'server' });
 * ```
 */
export interface LetsignitOptions {
  /**
   * §1 Support: the text names no holidays. Default `'none'` (open Mon–Fri
   * 08:00–23:00 Paris time every week); `'FR'` closes the `support`
   * calendar on French public holidays.
   */
  readonly supportHolidays?: 'none' | 'FR';
  /**
   * §1 Support d'urgence: whether the customer holds the written emergency
   * subscription. Default `false` (every kind of issue in support hours);
   * `true` handles `cannot-connect` and `cannot-access-files` 24/7 (calendar
   * `emergency`), every other kind in support hours.
   */
  readonly emergencySupport?: boolean;
  /**
   * §3 Escalade, "répondra dans un délai d'un jour ouvrable". Default
   * `'jours-ouvrables-24h'`: 24 h of the `joursOuvrables` calendar (Mon–Sat,
   * FR holidays closed). `'end-of-next-business-day'`: the end of the first
   * jour ouvrable after the day of receipt (a rule target on
   * `joursOuvrables`, judged by `due`, `ticket`, `tickets` and `slakit
   * tickets` alike). `'jours-ouvres'`: 24 h of a
   * Mon–Fri calendar `joursOuvres`.
   */
  readonly escalation?: LetsignitEscalationReading;
  /**
   * §4: the 99.95 % server commitment states no measurement period. Default
   * `'month'`; alternatives `'quarter'`, `'year'` (then it cannot feed the
   * monthly credit table).
   */
  readonly serverPeriod?: 'month' | 'quarter' | 'year';
  /**
   * §7 table: which availability feeds it. Default `'application'` (§5, the
   * only one stated as monthly); `'server'` (§4).
   */
  readonly creditMetric?: 'application' | 'server';
  /**
   * §7 table: neighbouring rows both name their shared bound (99.4 % is in
   * "99.4 ~ 99.5" and in "99.35 ~ 99.4"). Default `'lower-inclusive'`
   * (99.4 % exactly → 3 %); `'upper-inclusive'` (99.4 % exactly → 6 %).
   */
  readonly creditBounds?: 'lower-inclusive' | 'upper-inclusive';
  /**
   * §7 table: no row covers 99.0–99.1 % (the last row reads "99%").
   * Default `'fold-into-50'`: the 50 % row covers everything below 99.10 %.
   * `'extend-25'`: the 25 % row reaches down to 99.0 % (99.0 ≤ A < 99.20 %),
   * the 50 % row covers A < 99.0 %. `'no-credit'`: the 50 % row covers
   * A < 99.0 % and 99.0 ≤ A < 99.10 % earns no credit (gap policy
   * `no-credit`).
   */
  readonly creditGap?: LetsignitCreditGap;
  /**
   * §7 table: the top row reads "99.5% ~ 99.9%", leaving ≥ 99.9 % without a
   * row. Default `'open-ended'`: the 0 % row covers every A ≥ 99.5 %.
   * `'as-printed'`: the 0 % row ends at 99.9 % and A ≥ 99.9 % is in no row
   * (no credit, `tierIndex: null`). The credit is 0 % either way; only the
   * row reported differs.
   */
  readonly creditTopRow?: 'open-ended' | 'as-printed';
  /**
   * §5 probes: time with no probe result (more than 5 min after the last
   * one) is unmonitored. Default `'up'`; `'down'` counts it as downtime.
   */
  readonly unmonitored?: 'up' | 'down';
  /**
   * §4–§7: how excused time (maintenance, excluded causes) enters the ratio.
   * Default `'remove-from-period'`: (|P| − |X| − |C|) / (|P| − |X|);
   * `'count-as-up'`: (|P| − |C|) / |P|.
   */
  readonly excusedTime?: 'remove-from-period' | 'count-as-up';
}

/**
 * The resolved options (every default filled in), as recorded in `definition.options`.
 *
 * @example
 * ```ts
 * const resolved: ResolvedLetsignitOptions = resolveLetsignitOptions({});
 * resolved.creditBounds; // "lower-inclusive"
 * ```
 */
export type ResolvedLetsignitOptions = { readonly [K in keyof LetsignitOptions]-?: NonNullable<LetsignitOptions[K]> };

/** Each option's allowed values; the first is the default. @internal */
const CHOICES = {
  supportHolidays: ['none', 'FR'],
  emergencySupport: [false, true],
  escalation: ['jours-ouvrables-24h', 'end-of-next-business-day', 'jours-ouvres'],
  serverPeriod: ['month', 'quarter', 'year'],
  creditMetric: ['application', 'server'],
  creditBounds: ['lower-inclusive', 'upper-inclusive'],
  creditGap: ['fold-into-50', 'extend-25', 'no-credit'],
  creditTopRow: ['open-ended', 'as-printed'],
  unmonitored: ['up', 'down'],
  excusedTime: ['remove-from-period', 'count-as-up'],
} as const satisfies { readonly [K in keyof LetsignitOptions]-?: readonly NonNullable<LetsignitOptions[K]>[] };

/**
 * The incident kinds §1 Support d'urgence covers out of hours (with the
 * written subscription): the customer cannot connect to the service, or
 * cannot access files or applications.
 *
 * @example
 * ```ts
 * LETSIGNIT_EMERGENCY_KINDS.includes('cannot-connect'); // true
 * ```
 */
export const LETSIGNIT_EMERGENCY_KINDS = ['cannot-connect', 'cannot-access-files'] as const;

/**
 * Resolve and check the preset's options: every value must be one the
 * option allows ({@link SlaInputError} names `options.<name>` otherwise).
 *
 * @example
 * ```ts
 * resolveLetsignitOptions({ creditMetric: 'server' }).escalation; // "jours-ouvrables-24h"
 * ```
 */
export function resolveLetsignitOptions(options: LetsignitOptions = {}): ResolvedLetsignitOptions {
  const record = presetOptions('Letsignit', options, Object.keys(CHOICES));
  const resolved = Object.fromEntries(
    Object.entries(CHOICES).map(([key, choices]) => [key, chooseOption(record, key, choices as unknown as readonly [string | boolean, ...(string | boolean)[]])]),
  ) as unknown as ResolvedLetsignitOptions;
  if (resolved.creditMetric === 'server' && resolved.serverPeriod !== 'month') {
    throw new SlaInputError('options.creditMetric', 'server', `"application" when serverPeriod is "${resolved.serverPeriod}" (the §7 credit table is monthly)`);
  }
  return resolved;
}
