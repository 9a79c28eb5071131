import type { AvailabilityPeriod } from '../availability/availability-period.js';
import { checkChoice, checkObject, checkWholeNumber, fieldPath } from '../contract/fields.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';
import { type PeriodRule, checkRule, periodAfter, periodContaining } from '../periods/period-rule.js';
import { MS_PER_DAY, civilFromDays, daysFromCivil, daysInMonth, formatDayNumber } from '../time/civil.js';
import { type InstantInput, formatInstant, toInstant } from '../time/instant.js';
import { TimeZone } from '../time/zone.js';

/**
 * A claim deadline rule as JSON data, counted in the local calendar of
 * `zone`:
 * - `days-after-period-end`: `days` calendar days after the period's last
 *   day ("within 15 days after the end of the calendar month": September →
 *   October 15 inclusive);
 * - `end-of-following-cycle`: the end of the `cycles`-th billing cycle after
 *   the one of the incident ("by the end of the second billing cycle after
 *   the incident": June 10 → end of August);
 * - `months-after-period-end`: `months` calendar months after the period's
 *   end ("within three months of the end of the billing cycle": June →
 *   September 30 inclusive). The period's end is the day after its last
 *   day; `months` later, on the same day of the month (or the month's last
 *   day when it is shorter), is the first day too late.
 *
 * `cycle` is the billing cycle (default the calendar month, `{ type:
 * 'month' }`): the period of an incident when no period is given.
 *
 * @example
 * ```ts
 * const aws: ClaimDeadlineRule = { type: 'end-of-following-cycle', cycles: 2, zone: 'UTC' };
 * const atlassian: ClaimDeadlineRule = { type: 'days-after-period-end', days: 15, zone: 'UTC' };
 * ```
 */
export type ClaimDeadlineRule = (
  | { readonly type: 'days-after-period-end'; readonly days: number }
  | { readonly type: 'end-of-following-cycle'; readonly cycles: number }
  | { readonly type: 'months-after-period-end'; readonly months: number }
) & {
  /** IANA zone the days and months are counted in. */
  readonly zone: string;
  /** The billing cycle; default `{ type: 'month' }`. */
  readonly cycle?: PeriodRule | undefined;
  /** The clause. */
  readonly source?: SourceRef | undefined;
};

/**
 * What a claim is about: the incident, the period claimed for, or both.
 * `end-of-following-cycle` counts from the incident's cycle (or, without an
 * incident, the cycle holding the period's last instant); the other rules
 * count from the period (or, without one, the incident's cycle).
 *
 * @example
 * ```ts
 * const event: ClaimEvent = { incidentAt: '2026-06-10T14:00:00Z' };
 * ```
 */
export interface ClaimEvent {
  /** When the incident happened. */
  readonly incidentAt?: InstantInput | undefined;
  /** The period claimed for (an `AvailabilityPeriod` fits). */
  readonly period?: { readonly start: number; readonly end: number; readonly label?: string | undefined } | undefined;
}

/**
 * A claim deadline: the last local day a claim is in time, and the
 * exclusive bound (a claim at `t` is in time iff `t < endsAt`).
 *
 * @example
 * ```ts
 * const { lastDay, endsAt } = claimDeadline({ type: 'days-after-period-end', days: 15, zone: 'UTC' }, { period: september });
 * ```
 */
export interface ClaimDeadline {
  /** The rule's type. */
  readonly type: ClaimDeadlineRule['type'];
  /** The last local day on which a claim is in time, `YYYY-MM-DD`, inclusive. */
  readonly lastDay: string;
  /** Exclusive bound, epoch ms: the local midnight after `lastDay`. */
  readonly endsAt: number;
  /** The zone the days are counted in. */
  readonly zone: string;
  /** The period or cycle counted from. */
  readonly reference: { readonly start: number; readonly end: number; readonly label: string };
  /** The rule in words, with the dates. */
  readonly rule: string;
  /** The clause, when given. */
  readonly source?: SourceRef;
}

const RULE_TYPES = ['days-after-period-end', 'end-of-following-cycle', 'months-after-period-end'] as const;

/**
 * The claim deadline a rule gives for an incident or a period, in the
 * local calendar of the rule's zone (never the process's). Throws
 * {@link SlaInputError} naming the rule's field (under `options.path`), or
 * `event` when it has neither an incident nor a period.
 *
 * @example
 * ```ts
 * // AWS: "by the end of the second billing cycle after which the incident occurred".
 * const aws = claimDeadline({ type: 'end-of-following-cycle', cycles: 2, zone: 'UTC' }, { incidentAt: '2026-06-10T00:00:00Z' });
 * aws.lastDay;                          // "2026-08-31"
 * new Date(aws.endsAt).toISOString();   // "2026-09-01T00:00:00.000Z"
 * // Atlassian: "within 15 days after the end of the calendar month": September 2026 → October 15.
 * claimDeadline({ type: 'days-after-period-end', days: 15, zone: 'UTC' }, { period: AvailabilityPeriod.month(2026, 9, 'UTC') }).lastDay; // "2026-10-15"
 * ```
 */
export function claimDeadline(rule: ClaimDeadlineRule, event: ClaimEvent, options: { readonly path?: string } = {}): ClaimDeadline {
  const path = options.path ?? '';
  checkObject(rule, path === '' ? 'rule' : path, `a claim deadline rule { type: ${RULE_TYPES.map((type) => `"${type}"`).join(' | ')}, zone, … }`);
  const type = checkChoice(rule.type, fieldPath(path, 'type'), RULE_TYPES);
  const zone = TimeZone.of(rule.zone, fieldPath(path, 'zone'));
  const cycle = rule.cycle ?? { type: 'month' };
  const cyclePath = { path: fieldPath(path, 'cycle') };
  checkRule(cycle, cyclePath.path);
  checkObject(event, 'event', '{ incidentAt?, period? }');
  const incidentAt = event.incidentAt === undefined ? undefined : toInstant(event.incidentAt, 'event.incidentAt');
  const period = event.period === undefined ? undefined : checkPeriod(event.period);
  if (incidentAt === undefined && period === undefined) throw new SlaInputError('event', event, '{ incidentAt } or { period } (a claim deadline counts from one of them)');
  const cycleOf = (at: number): AvailabilityPeriod => periodContaining(cycle, at, rule.zone, cyclePath);
  const dayOf = (t: number) => Math.floor(zone.toWall(t) / MS_PER_DAY);
  let reference: { start: number; end: number; label: string };
  let lastDayNumber: number;
  let words: string;
  switch (type) {
    case 'end-of-following-cycle': {
      const cycles = checkWholeNumber((rule as { cycles?: unknown }).cycles, fieldPath(path, 'cycles'), 0, 1200);
      const from = incidentAt ?? (period as { end: number }).end - 1;
      const base = cycleOf(from);
      const target = periodAfter(cycle, from, rule.zone, cycles, cyclePath);
      reference = base;
      lastDayNumber = dayOf(target.end - 1);
      const of = `${base.label}${incidentAt === undefined ? '' : ` (the incident's, ${formatInstant(incidentAt)})`}`;
      words = cycles === 0 ? `end of ${of}` : `end of the ${ordinal(cycles)} ${cycle.type} after ${of}: ${target.label}`;
      break;
    }
    case 'days-after-period-end': {
      const days = checkWholeNumber((rule as { days?: unknown }).days, fieldPath(path, 'days'), 0, 36_600);
      reference = period ?? cycleOf(incidentAt as number);
      const periodLastDay = dayOf(reference.end - 1);
      lastDayNumber = periodLastDay + days;
      words = `${days} calendar day(s) after ${reference.label}'s last day ${formatDayNumber(periodLastDay)}`;
      break;
    }
    case 'months-after-period-end': {
      const months = checkWholeNumber((rule as { months?: unknown }).months, fieldPath(path, 'months'), 0, 1200);
      reference = period ?? cycleOf(incidentAt as number);
      const dayAfter = dayOf(reference.end - 1) + 1;
      lastDayNumber = addMonthsClamped(dayAfter, months) - 1;
      words = `${months} month(s) after the end of ${reference.label} (${formatDayNumber(dayAfter)})`;
      break;
    }
  }
  const endsAt = zone.fromWall((lastDayNumber + 1) * MS_PER_DAY, 'boundary');
  const lastDay = formatDayNumber(lastDayNumber);
  return {
    type,
    lastDay,
    endsAt,
    zone: rule.zone,
    reference: { start: reference.start, end: reference.end, label: reference.label },
    rule: `claim by the ${words}: last day ${lastDay} (${rule.zone}), in time before ${formatInstant(endsAt)}`,
    ...(rule.source === undefined ? {} : { source: rule.source }),
  };
}

/**
 * Whether a claim made at `at` meets a deadline (`at < endsAt`).
 *
 * @example
 * ```ts
 * claimInTime(deadline, '2026-08-31T23:59:59.999Z'); // true for the AWS example
 * claimInTime(deadline, '2026-09-01T00:00:00Z');     // false
 * ```
 */
export function claimInTime(deadline: Pick<ClaimDeadline, 'endsAt'>, at: InstantInput): boolean {
  return toInstant(at, 'at') < deadline.endsAt;
}

function checkPeriod(period: NonNullable<ClaimEvent['period']>): { start: number; end: number; label: string } {
  checkObject(period, 'event.period', '{ start, end } epoch ms');
  const { start, end } = period;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) throw new SlaInputError('event.period', period, '{ start, end } epoch ms with start < end');
  return { start, end, label: period.label ?? `${formatInstant(start)}/${formatInstant(end)}` };
}

/** The day `months` calendar months after `dayNumber`, on the same day of the month or the month's last day. */
function addMonthsClamped(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDays(dayNumber);
  const index = year * 12 + month - 1 + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return daysFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
