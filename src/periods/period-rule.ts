import { AvailabilityPeriod, type FiscalYearLabel } from '../availability/availability-period.js';
import { checkChoice, checkObject, fieldPath, underPath } from '../contract/fields.js';
import { SlaInputError } from '../errors.js';
import { civilFromDays, MS_PER_DAY } from '../time/civil.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { TimeZone } from '../time/zone.js';

/**
 * A recurring period as JSON data, the way a contract states it ("per
 * calendar month", "per fiscal quarter, the fiscal year starting in July"):
 * local calendar months, quarters and years, and fiscal quarters and years
 * starting on the 1st of `startMonth` (named by `labelling`, default
 * `end-year`: see {@link FiscalYearLabel}). Billing cycles that follow the
 * calendar month are `{ type: 'month' }`.
 *
 * @example
 * ```ts
 * const monthly: PeriodRule = { type: 'month' };
 * const fiscalQuarters: PeriodRule = { type: 'fiscal-quarter', startMonth: 7 };
 * ```
 */
export type PeriodRule =
  | { readonly type: 'month' | 'quarter' | 'year' }
  | { readonly type: 'fiscal-quarter' | 'fiscal-year'; readonly startMonth: number; readonly labelling?: FiscalYearLabel | undefined };

/** The period types of a {@link PeriodRule}. @internal */
export const PERIOD_RULE_TYPES = ['month', 'quarter', 'year', 'fiscal-quarter', 'fiscal-year'] as const;

/**
 * The period of `rule`, in `zone`, that contains instant `at`: the local
 * calendar decides (June 2026 in Europe/Paris starts at 2026-05-31T22:00Z).
 * Throws {@link SlaInputError} naming `path.type`, `path.startMonth`,
 * `path.labelling`, `zone` or `at`.
 *
 * @example
 * ```ts
 * periodContaining({ type: 'month' }, '2026-06-10T12:00:00Z', 'UTC').label;                   // "2026-06"
 * periodContaining({ type: 'fiscal-year', startMonth: 7 }, '2026-07-01T00:00:00Z', 'UTC').label; // "FY2027"
 * periodContaining({ type: 'fiscal-quarter', startMonth: 7 }, '2026-06-30T23:59:59Z', 'UTC').label; // "FY2026-Q4"
 * ```
 */
export function periodContaining(rule: PeriodRule, at: InstantInput, zone: string, options: { readonly path?: string } = {}): AvailabilityPeriod {
  const path = options.path ?? '';
  const shape = checkRule(rule, path);
  const instant = toInstant(at, 'at');
  const { year, month } = civilFromDays(Math.floor(TimeZone.of(zone, 'zone').toWall(instant) / MS_PER_DAY));
  // Months since year 0, 0-based, of the first month of the period holding the local date.
  let first = Math.floor((year * 12 + month - 1 - shape.anchor) / shape.months) * shape.months + shape.anchor;
  let period = underPath(path, () => shape.build(first, zone));
  // A zone whose clock falls back across local midnight can put an instant's wall date one period off: step once.
  if (instant < period.start) period = shape.build((first -= shape.months), zone);
  else if (instant >= period.end) period = shape.build((first += shape.months), zone);
  return period;
}

/**
 * The `n`-th period of `rule` after the one containing `at` (`n = 0`: that
 * one): "the end of the second billing cycle after the incident".
 *
 * @example
 * ```ts
 * periodAfter({ type: 'month' }, '2026-06-10T00:00:00Z', 'UTC', 2).label; // "2026-08"
 * ```
 */
export function periodAfter(rule: PeriodRule, at: InstantInput, zone: string, n: number, options: { readonly path?: string } = {}): AvailabilityPeriod {
  if (!Number.isSafeInteger(n) || n < 0 || n > 1200) throw new SlaInputError('n', n, 'a whole number of periods from 0 to 1200');
  let period = periodContaining(rule, at, zone, options);
  for (let k = 0; k < n; k++) period = periodContaining(rule, period.end, zone, options);
  return period;
}

interface RuleShape {
  /** Length in months. */
  readonly months: number;
  /** 0-based calendar month the periods are aligned on. */
  readonly anchor: number;
  /** The period whose first month is `first` (months since year 0). */
  readonly build: (first: number, zone: string) => AvailabilityPeriod;
}

/** Validate a rule and return its shape. @internal */
export function checkRule(rule: PeriodRule, path: string): RuleShape {
  checkObject(rule, path === '' ? 'rule' : path, `a period rule { type: ${PERIOD_RULE_TYPES.map((type) => `"${type}"`).join(' | ')} }`);
  const type = checkChoice(rule.type, fieldPath(path, 'type'), PERIOD_RULE_TYPES);
  const year = (first: number) => Math.floor(first / 12);
  const month = (first: number) => (first % 12) + 1;
  switch (type) {
    case 'month':
      return { months: 1, anchor: 0, build: (first, zone) => AvailabilityPeriod.month(year(first), month(first), zone) };
    case 'quarter':
      return { months: 3, anchor: 0, build: (first, zone) => AvailabilityPeriod.quarter(year(first), (month(first) + 2) / 3, zone) };
    case 'year':
      return { months: 12, anchor: 0, build: (first, zone) => AvailabilityPeriod.year(year(first), zone) };
    default: {
      const fiscal = rule as Extract<PeriodRule, { startMonth: number }>;
      const startMonth = fiscal.startMonth;
      if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) throw new SlaInputError(fieldPath(path, 'startMonth'), startMonth, 'the month the fiscal year starts in, 1–12');
      const labelling = checkChoice(fiscal.labelling, fieldPath(path, 'labelling'), ['end-year', 'start-year'] as const, 'end-year');
      const anchor = startMonth - 1;
      // The fiscal year holding month index `first`: the calendar year of its first month, +1 when named by the end year.
      const fiscalYear = (first: number) => {
        const startYear = Math.floor((first - anchor) / 12);
        return labelling === 'end-year' && startMonth !== 1 ? startYear + 1 : startYear;
      };
      if (type === 'fiscal-year') return { months: 12, anchor, build: (first, zone) => AvailabilityPeriod.fiscalYear(fiscalYear(first), startMonth, zone, labelling) };
      const quarter = (first: number) => (((first - anchor) % 12) + 12) % 12 / 3 + 1;
      return { months: 3, anchor, build: (first, zone) => AvailabilityPeriod.fiscalQuarter(fiscalYear(first), quarter(first), startMonth, zone, labelling) };
    }
  }
}
