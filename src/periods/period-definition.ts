import { AvailabilityPeriod, type FiscalYearLabel } from '../availability/availability-period.js';
import { checkChoice, checkObject, fieldPath, underPath } from '../contract/fields.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';
import { type InstantInput, formatInstant, toInstant } from '../time/instant.js';
import { TimeZone } from '../time/zone.js';

/**
 * The time a service existed (created, deleted): a period is measured only
 * over the part the service existed in. Either end may be open.
 *
 * @example
 * ```ts
 * // DigitalOcean: a Droplet created on 2026-06-16 is measured over June 16–30 only.
 * const lifetime: ServiceLifetime = { from: '2026-06-16T00:00:00Z' };
 * ```
 */
export interface ServiceLifetime {
  /** When the service began (inclusive). */
  readonly from?: InstantInput | undefined;
  /** When it ended (exclusive). */
  readonly to?: InstantInput | undefined;
}

/**
 * One concrete period as JSON data. `type` picks the form:
 * - `month` (`year`, `month` 1–12), `quarter` (`year`, `quarter` 1–4),
 *   `year` (`year`): local calendar periods in `zone`;
 * - `fiscal-year` (`fiscalYear`, `startMonth`), `fiscal-quarter`
 *   (`fiscalYear`, `quarter`, `startMonth`): local fiscal periods, named by
 *   `labelling` (default `end-year`);
 * - `rolling` (`days`, `end`): the last `days` × 24 h ending at instant `end`;
 * - `between` (`from`, `to`): an explicit `[from, to)`; instants without an
 *   offset are read in `zone`.
 *
 * Any form may carry a `lifetime` that clips it and a `source`.
 *
 * @example
 * ```ts
 * const june: PeriodDefinition = { type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } };
 * const fy2027: PeriodDefinition = { type: 'fiscal-year', fiscalYear: 2027, startMonth: 7, zone: 'America/New_York' };
 * ```
 */
export type PeriodDefinition = (
  | { readonly type: 'month'; readonly year: number; readonly month: number; readonly zone: string }
  | { readonly type: 'quarter'; readonly year: number; readonly quarter: number; readonly zone: string }
  | { readonly type: 'year'; readonly year: number; readonly zone: string }
  | { readonly type: 'fiscal-year'; readonly fiscalYear: number; readonly startMonth: number; readonly zone: string; readonly labelling?: FiscalYearLabel | undefined }
  | { readonly type: 'fiscal-quarter'; readonly fiscalYear: number; readonly quarter: number; readonly startMonth: number; readonly zone: string; readonly labelling?: FiscalYearLabel | undefined }
  | { readonly type: 'rolling'; readonly days: number; readonly end: InstantInput }
  | { readonly type: 'between'; readonly from: InstantInput; readonly to: InstantInput; readonly zone?: string | undefined }
) & { readonly lifetime?: ServiceLifetime | undefined; readonly source?: SourceRef | undefined };

/**
 * A period built from its definition: the period to measure (clipped to the
 * service lifetime), the nominal one, and the rule in words.
 *
 * @example
 * ```ts
 * const { period, nominal, clipped } = periodFromDefinition({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } });
 * ```
 */
export interface ResolvedPeriod {
  /** The period to measure: the nominal one, clipped to the lifetime. */
  readonly period: AvailabilityPeriod;
  /** The period as defined, before clipping. */
  readonly nominal: AvailabilityPeriod;
  /** Whether the lifetime shortened the period. */
  readonly clipped: boolean;
  /** The period in words. */
  readonly rule: string;
  /** The clause, when given. */
  readonly source?: SourceRef;
}

const PERIOD_TYPES = ['month', 'quarter', 'year', 'fiscal-year', 'fiscal-quarter', 'rolling', 'between'] as const;

/**
 * Build the period a definition describes (see {@link PeriodDefinition}),
 * clipped to its service lifetime. Throws {@link SlaInputError} naming the
 * field under `path` (default `period`): `period.month`, `period.startMonth`,
 * `period.lifetime.from`, …
 *
 * @example
 * ```ts
 * // DigitalOcean: a Droplet created 2026-06-16T00:00Z is measured over 15 days = 21 600 min of June.
 * const droplet = periodFromDefinition({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } });
 * droplet.period.durationMs / 60_000; // 21600
 * droplet.nominal.durationMs / 60_000; // 43200
 * ```
 */
export function periodFromDefinition(definition: PeriodDefinition, options: { readonly path?: string } = {}): ResolvedPeriod {
  const path = options.path ?? 'period';
  checkObject(definition, path, `a period { type: ${PERIOD_TYPES.map((type) => `"${type}"`).join(' | ')}, … }`);
  const type = checkChoice(definition.type, fieldPath(path, 'type'), PERIOD_TYPES);
  const nominal = underPath(path, (): AvailabilityPeriod => {
    const d = definition;
    switch (d.type) {
      case 'month':
        return AvailabilityPeriod.month(d.year, d.month, d.zone);
      case 'quarter':
        return AvailabilityPeriod.quarter(d.year, d.quarter, d.zone);
      case 'year':
        return AvailabilityPeriod.year(d.year, d.zone);
      case 'fiscal-year':
        return AvailabilityPeriod.fiscalYear(d.fiscalYear, d.startMonth, d.zone, d.labelling ?? 'end-year');
      case 'fiscal-quarter':
        return AvailabilityPeriod.fiscalQuarter(d.fiscalYear, d.quarter, d.startMonth, d.zone, d.labelling ?? 'end-year');
      case 'rolling':
        return AvailabilityPeriod.rolling(d.end, d.days);
      case 'between': {
        if (d.zone !== undefined) TimeZone.of(d.zone, 'zone');
        const from = toInstant(d.from, 'from', d.zone);
        const to = toInstant(d.to, 'to', d.zone);
        if (to <= from) throw new SlaInputError('to', d.to, `an instant after from (${formatInstant(from)}): a period is [from, to), not empty`);
        return AvailabilityPeriod.between(from, to);
      }
    }
  });
  const period = definition.lifetime === undefined ? nominal : clipToLifetime(nominal, definition.lifetime, { path: fieldPath(path, 'lifetime') });
  const clipped = period !== nominal;
  return {
    period,
    nominal,
    clipped,
    rule: `${type} ${nominal.label} [${formatInstant(nominal.start)}, ${formatInstant(nominal.end)})${clipped ? `, measured over the service lifetime [${formatInstant(period.start)}, ${formatInstant(period.end)})` : ''}`,
    ...(definition.source === undefined ? {} : { source: definition.source }),
  };
}

/**
 * The part of `period` inside a service lifetime (the period itself when
 * the lifetime covers it). Throws {@link SlaInputError} naming
 * `lifetime.from` / `lifetime.to` (under `options.path`) when the lifetime
 * is inverted or does not meet the period.
 *
 * @example
 * ```ts
 * const june = AvailabilityPeriod.month(2026, 6, 'UTC');
 * clipToLifetime(june, { from: '2026-06-16T00:00:00Z' }).durationMs / 60_000; // 21600
 * ```
 */
export function clipToLifetime(period: AvailabilityPeriod, lifetime: ServiceLifetime, options: { readonly path?: string } = {}): AvailabilityPeriod {
  const path = options.path ?? 'lifetime';
  checkObject(lifetime, path, '{ from?, to? }');
  const from = lifetime.from === undefined ? undefined : toInstant(lifetime.from, fieldPath(path, 'from'));
  const to = lifetime.to === undefined ? undefined : toInstant(lifetime.to, fieldPath(path, 'to'));
  if (from !== undefined && to !== undefined && to <= from) throw new SlaInputError(fieldPath(path, 'to'), lifetime.to, `an instant after ${fieldPath(path, 'from')}`);
  const start = Math.max(period.start, from ?? period.start);
  const end = Math.min(period.end, to ?? period.end);
  if (end <= start) {
    const field = from !== undefined && from >= period.end ? 'from' : 'to';
    throw new SlaInputError(fieldPath(path, field), lifetime[field], `a lifetime that meets the period ${period.label} [${formatInstant(period.start)}, ${formatInstant(period.end)})`);
  }
  if (start === period.start && end === period.end) return period;
  return AvailabilityPeriod.between(start, end, `${period.label} (service lifetime ${formatInstant(start)}/${formatInstant(end)})`);
}
