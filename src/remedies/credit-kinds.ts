import { type ExactFraction, parsePercent } from '../availability/ratio.js';
import { checkChoice, checkWholeNumber, fieldPath, underPath } from '../contract/fields.js';
import { SlaInputError } from '../errors.js';
import { type CreditDecision, PenaltyTable } from '../penalty/penalty-table.js';
import { MS_PER_DAY } from '../time/civil.js';
import { durationText } from '../time/duration-text.js';
import { TimeZone } from '../time/zone.js';
import type { CreditInput, CreditRule } from './credit-rule.js';
import { parseDecimal } from './decimal.js';
import { type CheckedFeeBasis, checkFeeBasis, feeForDowntime, fractionText, periodFee, periodFeeWords } from './fee-basis.js';
import { HOUR_COUNTINGS, countHours, hoursText } from './hour-counting.js';

/** A kind's exact credit for one input, in minor units, with its words. @internal */
export interface ExactCredit {
  readonly amount: ExactFraction;
  readonly words: string;
  readonly tier?: CreditDecision;
  readonly serviceDays?: string;
}

/** A validated credit rule's amount function. @internal */
export type CreditKindFunction = (input: CreditInput) => ExactCredit;

/** A validated rule: its amount function and where its fee comes from. @internal */
export interface CompiledCreditKind {
  readonly amount: CreditKindFunction;
  readonly fee: CheckedFeeBasis;
}

/**
 * Validate a rule's kind-specific fields (naming `path.field`) and return
 * the function computing its exact amount.
 * @internal
 */
export function compileCreditKind(rule: CreditRule, path: string): CompiledCreditKind {
  const fee = checkFeeBasis(rule.fee, fieldPath(path, 'fee'), rule.type === 'proportional');
  return { amount: amountOf(rule, path, fee), fee };
}

function amountOf(rule: CreditRule, path: string, basis: CheckedFeeBasis): CreditKindFunction {
  switch (rule.type) {
    case 'tiered': {
      const table = underPath(path, () => new PenaltyTable({ tiers: rule.tiers, gapPolicy: rule.gapPolicy, source: rule.source }));
      return (input) => {
        const fee = feeOf(input, basis, 'a tiered credit');
        const tier = table.creditFor(required(input.availability, 'availability', 'the availability (a tiered credit needs it)'));
        const percent = parsePercent(tier.percent, 'percent');
        return { amount: { n: fee.n * percent.units, d: fee.d * 100n * percent.scale }, words: `${tier.explanation} of the fee ${fee.words}`, tier };
      };
    }
    case 'proportional': {
      const multiplier = parseDecimal(rule.multiplier, fieldPath(path, 'multiplier'));
      return (input) => {
        const { durationMs } = periodOf(input, 'a proportional credit');
        const downtime = downtimeOf(input, durationMs);
        if (basis.per !== 'period' && basis.proration === 'fee-unit') {
          const paid = feeForDowntime(givenFee(input, 'a proportional credit'), basis, input.period as NonNullable<CreditInput['period']>, downtime, input.countedDowntime);
          return { amount: { n: multiplier.n * paid.amount.n, d: multiplier.d * paid.amount.d }, words: `${multiplier.text} × (${paid.words}) [the fee paid for the downtime, per ${basis.per}]` };
        }
        const fee = feeOf(input, basis, 'a proportional credit');
        return {
          amount: { n: multiplier.n * fee.n * BigInt(downtime), d: multiplier.d * fee.d * BigInt(durationMs) },
          words: `${multiplier.text} × fee ${fee.words} × counted downtime ${durationText(downtime)} / period ${durationText(durationMs)}`,
        };
      };
    }
    case 'lost-time': {
      const rate = parseDecimal(rule.ratePerHourMinor, fieldPath(path, 'ratePerHourMinor'), 'a non-negative decimal number of minor units per hour such as "3.571"');
      const reading = checkChoice(rule.hourCounting, fieldPath(path, 'hourCounting'), HOUR_COUNTINGS, 'exact');
      return (input) => {
        const downtime = downtimeOf(input, Number.MAX_SAFE_INTEGER);
        const hours = countHours(downtime, reading);
        return { amount: { n: rate.n * hours.n, d: rate.d * hours.d }, words: `rate ${rate.text} per hour × ${hoursText(downtime, reading)}` };
      };
    }
    case 'per-incident': {
      if ((rule.amountMinor === undefined) === (rule.creditPercent === undefined)) {
        throw new SlaInputError(path === '' ? 'amountMinor' : path, { amountMinor: rule.amountMinor, creditPercent: rule.creditPercent }, 'exactly one of amountMinor and creditPercent');
      }
      const each = rule.amountMinor === undefined ? undefined : BigInt(checkWholeNumber(rule.amountMinor, fieldPath(path, 'amountMinor'), 0, Number.MAX_SAFE_INTEGER, 'a whole number of minor units'));
      const percent = rule.creditPercent === undefined ? undefined : parsePercent(rule.creditPercent, fieldPath(path, 'creditPercent'));
      return (input) => {
        const count = BigInt(checkWholeNumber(required(input.incidentCount, 'incidentCount', 'the number of qualifying incidents'), 'incidentCount'));
        if (each !== undefined) return { amount: { n: count * each, d: 1n }, words: `${count} incident(s) × ${each}` };
        const fee = feeOf(input, basis, 'a per-incident credit in percent');
        const { units, scale, text } = percent as NonNullable<typeof percent>;
        return { amount: { n: count * units * fee.n, d: fee.d * 100n * scale }, words: `${count} incident(s) × ${text} % of the fee ${fee.words}` };
      };
    }
    case 'service-days': {
      const perHour = parseDecimal(rule.daysPerHour, fieldPath(path, 'daysPerHour'));
      const reading = checkChoice(rule.hourCounting, fieldPath(path, 'hourCounting'), HOUR_COUNTINGS);
      return (input) => {
        const fee = feeOf(input, basis, 'a service-days credit');
        const { days, durationMs } = periodOf(input, 'a service-days credit');
        const downtime = downtimeOf(input, durationMs);
        const hours = countHours(downtime, reading);
        const credited = { n: perHour.n * hours.n, d: perHour.d * hours.d };
        return {
          amount: { n: credited.n * fee.n, d: credited.d * fee.d * BigInt(days) },
          words: `${perHour.text} day(s) per hour × ${hoursText(downtime, reading)} = ${fractionText(credited)} day(s) × fee ${fee.words} / ${days} days in the period`,
          serviceDays: fractionText(credited),
        };
      };
    }
    default:
      throw new SlaInputError(fieldPath(path, 'type'), (rule as { type?: unknown }).type, '"tiered", "proportional", "lost-time", "per-incident" or "service-days"');
  }
}

/** The fee given (per `fee.per` of the rule) as a bigint; throws naming `feeMinor`. @internal */
export function givenFee(input: CreditInput, who: string): bigint {
  const fee = required(input.feeMinor, 'feeMinor', `the fee in minor units (${who} is a share of it)`);
  return BigInt(checkWholeNumber(fee, 'feeMinor', 0, Number.MAX_SAFE_INTEGER, 'a whole number of minor units (1 000.00 USD is 100000)'));
}

/** The fee of the evaluated period, exact, converted from the fee given per `basis.per`, with its words. @internal */
export function feeOf(input: CreditInput, basis: CheckedFeeBasis, who: string): ExactFraction & { readonly words: string } {
  const given = givenFee(input, who);
  const fee = periodFee(given, basis, input.period);
  return { ...fee, words: periodFeeWords(given, basis, input.period, fee) };
}

function required<T>(value: T | undefined, field: string, expected: string): T {
  if (value === undefined) throw new SlaInputError(field, value, expected);
  return value;
}

function downtimeOf(input: CreditInput, maxMs: number): number {
  const downtime = required(input.countedDowntimeMs, 'countedDowntimeMs', 'the counted downtime in ms');
  return checkWholeNumber(downtime, 'countedDowntimeMs', 0, maxMs, 'whole milliseconds of counted downtime, at most the period');
}

/** The period's duration and the local calendar days it covers (UTC without a zone). */
function periodOf(input: CreditInput, who: string): { durationMs: number; days: number } {
  const period = required(input.period, 'period', `the period the fee pays for (${who} is prorated over it)`);
  const { start, end } = period;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) throw new SlaInputError('period', period, '{ start, end } epoch ms with start < end');
  const zone = TimeZone.of(period.zone ?? 'UTC', 'period.zone');
  const days = Math.floor(zone.toWall(end - 1) / MS_PER_DAY) - Math.floor(zone.toWall(start) / MS_PER_DAY) + 1;
  return { durationMs: end - start, days };
}
