import { SlaInputError, SlaIntervalError } from '../errors.js';
import { MS_PER_DAY, daysFromCivil } from '../time/civil.js';
import { type InstantInput, formatInstant, toInstant } from '../time/instant.js';
import { CALENDAR_YEAR_RANGE } from '../time/year-range.js';
import { TimeZone } from '../time/zone.js';

/**
 * How an {@link AvailabilityPeriod} was made.
 *
 * @example
 * ```ts
 * AvailabilityPeriod.parse('2026-Q1', 'Europe/Paris').kind; // "quarter"
 * ```
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'fiscal-quarter' | 'fiscal-year' | 'between' | 'rolling';

/**
 * How a fiscal year is named: `end-year` (by the calendar year its last day
 * falls in: the year from 2026-07-01 to 2027-06-30 is FY2027, as the US
 * federal government and Microsoft name theirs) or `start-year` (by the
 * calendar year it starts in: the same year is FY2026). A fiscal year
 * starting in January is the calendar year under both.
 *
 * @example
 * ```ts
 * AvailabilityPeriod.fiscalYear(2027, 7, 'UTC', 'end-year').label; // "FY2027" (2026-07-01 … 2027-07-01)
 * ```
 */
export type FiscalYearLabel = 'end-year' | 'start-year';

/**
 * A fiscal year's start month (1–12) and how its years are named, to read
 * `FY2026` and `FY2026-Q2` (see {@link AvailabilityPeriod.parse}).
 *
 * @example
 * ```ts
 * const aprilToMarch: FiscalYearRule = { startMonth: 4, labelling: 'start-year' }; // FY2026 = April 2026 – March 2027
 * ```
 */
export interface FiscalYearRule {
  readonly startMonth: number;
  /** Default `end-year`. */
  readonly labelling?: FiscalYearLabel | undefined;
}

/**
 * JSON form of an {@link AvailabilityPeriod}.
 *
 * @example
 * ```ts
 * const json: PeriodJson = AvailabilityPeriod.month(2026, 3, 'UTC').toJSON();
 * ```
 */
export interface PeriodJson {
  /** The period's label, e.g. `2026-03`. */
  readonly label: string;
  /** ISO 8601 UTC start. */
  readonly start: string;
  /** ISO 8601 UTC end (exclusive). */
  readonly end: string;
  /** Zone of a calendar period. */
  readonly zone?: string;
}

/**
 * A measurement period `[start, end)` in epoch ms. Calendar periods (month,
 * quarter, year) start and end at local midnight in an IANA zone, so they
 * last their real duration: in Europe/Paris March 2026 is 743 h and October
 * 2026 745 h (docs/semantics.md §1). Immutable.
 *
 * @example
 * ```ts
 * const march = AvailabilityPeriod.month(2026, 3, 'Europe/Paris');
 * march.durationMs / 3_600_000; // 743
 * march.label;                  // "2026-03"
 * ```
 */
export class AvailabilityPeriod {
  /** First instant (inclusive), epoch ms. */
  readonly start: number;
  /** End (exclusive), epoch ms. */
  readonly end: number;
  /** `2026-03`, `2026-Q1`, `2026`, `FY2027`, `FY2027-Q1`, `P30D/<end>` or `<start>/<end>`. */
  readonly label: string;
  /** How the period was made. */
  readonly kind: PeriodKind;
  /** The zone of a calendar period. */
  readonly zone?: string;

  private constructor(start: number, end: number, label: string, kind: PeriodKind, zone?: string) {
    this.start = start;
    this.end = end;
    this.label = label;
    this.kind = kind;
    if (zone !== undefined) this.zone = zone;
  }

  /**
   * A local calendar month (`month` 1–12; `year` 1900–2300, the local years
   * of {@link CALENDAR_YEAR_RANGE}, else {@link SlaInputError} naming it).
   *
   * @example
   * ```ts
   * AvailabilityPeriod.month(2026, 10, 'Europe/Paris').durationMs / 3_600_000; // 745
   * ```
   */
  static month(year: number, month: number, zone: string): AvailabilityPeriod {
    checkYear(year);
    checkWhole(month, 'month', 1, 12);
    return AvailabilityPeriod.#local(zone, year, month, year + (month === 12 ? 1 : 0), month === 12 ? 1 : month + 1, `${year}-${String(month).padStart(2, '0')}`, 'month');
  }

  /**
   * A local calendar quarter (`quarter` 1–4: Q1 is January–March; `year`
   * 1900–2300, else {@link SlaInputError} naming it).
   *
   * @example
   * ```ts
   * AvailabilityPeriod.quarter(2026, 1, 'Europe/Paris').label; // "2026-Q1"
   * ```
   */
  static quarter(year: number, quarter: number, zone: string): AvailabilityPeriod {
    checkYear(year);
    checkWhole(quarter, 'quarter', 1, 4);
    const month = 3 * quarter - 2;
    return AvailabilityPeriod.#local(zone, year, month, year + (quarter === 4 ? 1 : 0), quarter === 4 ? 1 : month + 3, `${year}-Q${quarter}`, 'quarter');
  }

  /**
   * A local calendar year (1900–2300, else {@link SlaInputError} naming `year`).
   *
   * @example
   * ```ts
   * AvailabilityPeriod.year(2028, 'Europe/Berlin').durationMs / 3_600_000; // 8784 (leap year)
   * ```
   */
  static year(year: number, zone: string): AvailabilityPeriod {
    checkYear(year);
    return AvailabilityPeriod.#local(zone, year, 1, year + 1, 1, String(year), 'year');
  }

  /**
   * A local fiscal year of 12 months starting on the 1st of `startMonth`
   * (1–12), named by `labelling` (default `end-year`: FY2027 starting in
   * July is 2026-07-01 … 2027-07-01 local). Label `FY2027`.
   *
   * @example
   * ```ts
   * const fy = AvailabilityPeriod.fiscalYear(2027, 7, 'UTC');
   * new Date(fy.start).toISOString(); // "2026-07-01T00:00:00.000Z"
   * new Date(fy.end).toISOString();   // "2027-07-01T00:00:00.000Z"
   * ```
   */
  static fiscalYear(fiscalYear: number, startMonth: number, zone: string, labelling: FiscalYearLabel = 'end-year'): AvailabilityPeriod {
    return AvailabilityPeriod.#fiscal(fiscalYear, startMonth, zone, labelling, 0, 12, `FY${fiscalYear}`, 'fiscal-year');
  }

  /**
   * Quarter `quarter` (1–4) of a local fiscal year starting on the 1st of
   * `startMonth`: Q1 is the fiscal year's first three months. Label
   * `FY2027-Q1`.
   *
   * @example
   * ```ts
   * // Fiscal year from July, named by its end year: FY2027-Q2 is October–December 2026.
   * AvailabilityPeriod.fiscalQuarter(2027, 2, 7, 'UTC').durationMs / 86_400_000; // 92
   * ```
   */
  static fiscalQuarter(fiscalYear: number, quarter: number, startMonth: number, zone: string, labelling: FiscalYearLabel = 'end-year'): AvailabilityPeriod {
    checkWhole(quarter, 'quarter', 1, 4);
    return AvailabilityPeriod.#fiscal(fiscalYear, startMonth, zone, labelling, 3 * (quarter - 1), 3, `FY${fiscalYear}-Q${quarter}`, 'fiscal-quarter');
  }

  /**
   * Any `[start, end)`; throws {@link SlaIntervalError} naming `period` when
   * `end` is before `start`, {@link SlaInputError} when they are equal.
   *
   * @example
   * ```ts
   * AvailabilityPeriod.between('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z').durationMs; // 86400000
   * ```
   */
  static between(start: InstantInput, end: InstantInput, label?: string): AvailabilityPeriod {
    const from = toInstant(start, 'period.start');
    const to = toInstant(end, 'period.end');
    if (to < from) throw new SlaIntervalError('period', from, to);
    if (to === from) throw new SlaInputError('period.end', end, 'an instant after period.start (a period must not be empty)');
    return new AvailabilityPeriod(from, to, label ?? `${formatInstant(from)}/${formatInstant(to)}`, 'between');
  }

  /**
   * The last `days` × 24 h ending at `end` (a rolling window, as SLO tools
   * use: "the last 30 days").
   *
   * @example
   * ```ts
   * const last30 = AvailabilityPeriod.rolling('2026-04-01T00:00:00Z', 30);
   * new Date(last30.start).toISOString(); // "2026-03-02T00:00:00.000Z"
   * ```
   */
  static rolling(end: InstantInput, days: number): AvailabilityPeriod {
    const to = toInstant(end, 'end');
    checkWhole(days, 'days', 1, 366_000);
    const from = to - days * MS_PER_DAY;
    toInstant(from, 'start');
    return new AvailabilityPeriod(from, to, `P${days}D/${formatInstant(to)}`, 'rolling');
  }

  /**
   * A period from text: `2026-03` (month), `2026-Q1` (quarter), `2026`
   * (year), in `zone`; `<start>/<end>` (ISO instants; local ones read in
   * `zone`); `P30D/<end>` (the last 30 × 24 h ending at `end`, the ISO 8601
   * duration/end form, as {@link AvailabilityPeriod.rolling} labels it);
   * with `fiscal` (the fiscal year's start month and labelling), `FY2026`
   * and `FY2026-Q2`. Throws {@link SlaInputError} naming `period`, also for
   * an `FY` name without `fiscal`.
   *
   * @example
   * ```ts
   * AvailabilityPeriod.parse('2026-03', 'Europe/Paris').durationMs / 3_600_000; // 743
   * AvailabilityPeriod.parse('2026-Q4', 'Europe/Paris').label;                  // "2026-Q4"
   * // A fiscal year starting in April, named by the year it starts in: FY2026-Q2 is July–September 2026.
   * new Date(AvailabilityPeriod.parse('FY2026-Q2', 'UTC', { startMonth: 4, labelling: 'start-year' }).start).toISOString(); // "2026-07-01T00:00:00.000Z"
   * AvailabilityPeriod.parse('P30D/2026-07-01T00:00:00Z', 'UTC').kind;         // "rolling"
   * ```
   */
  static parse(text: string, zone: string, fiscal?: FiscalYearRule): AvailabilityPeriod {
    const value = typeof text === 'string' ? text.trim() : '';
    let match = /^(\d{4})-(\d{2})$/.exec(value);
    if (match) return AvailabilityPeriod.month(Number(match[1]), Number(match[2]), zone);
    match = /^(\d{4})-[Qq](\d)$/.exec(value);
    if (match) return AvailabilityPeriod.quarter(Number(match[1]), Number(match[2]), zone);
    match = /^(\d{4})$/.exec(value);
    if (match) return AvailabilityPeriod.year(Number(match[1]), zone);
    match = /^FY(\d{4})(?:-[Qq](\d))?$/i.exec(value);
    if (match) {
      if (fiscal === undefined) throw new SlaInputError('period', text, 'a calendar period ("2026-03", "2026-Q1", "2026") or "<start>/<end>": a fiscal name such as "FY2026-Q2" needs a fiscal year (a contract whose commitment is per fiscal quarter or year)');
      const year = Number(match[1]);
      const labelling = fiscal.labelling ?? 'end-year';
      return match[2] === undefined ? AvailabilityPeriod.fiscalYear(year, fiscal.startMonth, zone, labelling) : AvailabilityPeriod.fiscalQuarter(year, Number(match[2]), fiscal.startMonth, zone, labelling);
    }
    match = /^P(\d+)D\/(.+)$/.exec(value);
    if (match) return AvailabilityPeriod.rolling(toInstant(match[2] as string, 'period.end', zone), Number(match[1]));
    const parts = value.split('/');
    if (parts.length === 2) {
      TimeZone.of(zone, 'zone');
      return AvailabilityPeriod.between(toInstant(parts[0] as string, 'period.start', zone), toInstant(parts[1] as string, 'period.end', zone));
    }
    throw new SlaInputError('period', text, `a period such as "2026-03", "2026-Q1", "2026"${fiscal === undefined ? '' : ', "FY2026", "FY2026-Q2"'}, "P30D/<end>" or "<start>/<end>"`);
  }

  /** Length in ms. @example `AvailabilityPeriod.month(2026, 3, 'Europe/Paris').durationMs; // 2674800000` */
  get durationMs(): number {
    return this.end - this.start;
  }

  /**
   * Whether instant `t` is inside the period.
   *
   * @example
   * ```ts
   * AvailabilityPeriod.month(2026, 3, 'Europe/Paris').contains('2026-03-31T23:59:59+02:00'); // true
   * ```
   */
  contains(t: InstantInput): boolean {
    const at = toInstant(t, 't');
    return at >= this.start && at < this.end;
  }

  /**
   * JSON form with ISO 8601 UTC instants.
   *
   * @example
   * ```ts
   * JSON.stringify(AvailabilityPeriod.month(2026, 3, 'UTC')); // {"label":"2026-03","start":"2026-03-01T00:00:00.000Z",...}
   * ```
   */
  toJSON(): PeriodJson {
    return { label: this.label, start: formatInstant(this.start), end: formatInstant(this.end), ...(this.zone === undefined ? {} : { zone: this.zone }) };
  }

  static #fiscal(fiscalYear: number, startMonth: number, zone: string, labelling: FiscalYearLabel, offset: number, months: number, label: string, kind: PeriodKind): AvailabilityPeriod {
    checkWhole(fiscalYear, 'fiscalYear', 1001, 9998);
    checkWhole(startMonth, 'startMonth', 1, 12);
    if (labelling !== 'end-year' && labelling !== 'start-year') throw new SlaInputError('labelling', labelling, '"end-year" or "start-year"');
    // Months since year 0 of the period's first month; the fiscal year starts a year early when named by its end year.
    const first = (labelling === 'end-year' && startMonth !== 1 ? fiscalYear - 1 : fiscalYear) * 12 + startMonth - 1 + offset;
    const last = first + months;
    return AvailabilityPeriod.#local(zone, Math.floor(first / 12), (first % 12) + 1, Math.floor(last / 12), (last % 12) + 1, label, kind);
  }

  static #local(zone: string, year: number, month: number, endYear: number, endMonth: number, label: string, kind: PeriodKind): AvailabilityPeriod {
    const tz = TimeZone.of(zone, 'zone');
    // Local midnight; in a zone whose midnight falls in a DST gap, the gap's end.
    const start = tz.fromWall(daysFromCivil(year, month, 1) * MS_PER_DAY, 'boundary');
    const end = tz.fromWall(daysFromCivil(endYear, endMonth, 1) * MS_PER_DAY, 'boundary');
    return new AvailabilityPeriod(start, end, label, kind, zone);
  }
}

/** A local month, quarter or year is a local-time query: limited to the local years every calendar answers for. */
function checkYear(year: number): void {
  checkWhole(year, 'year', CALENDAR_YEAR_RANGE.min, CALENDAR_YEAR_RANGE.max);
}

function checkWhole(value: number, field: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new SlaInputError(field, value, `a whole number from ${min} to ${max}`);
}
