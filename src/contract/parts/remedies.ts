import { type PercentInput, parsePercent } from '../../availability/ratio.js';
import { type EarlierClaim, applyClaimHistory, creditAfterHistory } from '../../claims/claim-history.js';
import { SlaDefinitionError, SlaError, SlaInputError, describeValue } from '../../errors.js';
import { comparePercents } from '../../penalty/percent-range.js';
import { combineCredits } from '../../remedies/combine-credits.js';
import type { CreditInput, CreditResult, CreditRule } from '../../remedies/credit-rule.js';
import { truncatedDecimal } from '../../remedies/decimal.js';
import { type FeeBasis, type FeeUnit, fractionText, periodFee } from '../../remedies/fee-basis.js';
import { ServiceCredit } from '../../remedies/service-credit.js';
import { type PeriodVerdict, type TerminationRule, evaluateTermination } from '../../remedies/termination.js';
import { formatInstant } from '../../time/instant.js';
import type { ContractAvailabilityReport, CreditReport, CreditTotalReport, TerminationReport } from '../report.js';
import type { ContractTerms } from '../schema.js';
import type { TimeMeasure } from './measure-commitment.js';

/**
 * The remedies of one version's terms: its credits (a `penalties` table
 * read as one tiered credit `credit`), the cap on their total, its
 * termination rights.
 * @internal
 */

/** A credit rule as a definition states it: with the commitment that feeds it. @internal */
export type DefinedCreditRule = CreditRule & { readonly commitment?: string | undefined };

/** One credit rule, validated, with the commitment that feeds it. @internal */
export interface CompiledCredit {
  readonly id: string;
  readonly commitment: string;
  readonly rule: DefinedCreditRule;
  readonly credit: ServiceCredit;
  /** The rule as canonical JSON: two versions with the same key state the same credit. */
  readonly key: string;
  /** Its cap in percent of the fee (a `penalties` table's cap on its rows), normalised. */
  readonly capPercent?: string;
  /** What the fee given pays for (`period` when the rule reads no fee and states none). */
  readonly fee: FeeBasis;
}

/** What a credit reads of its commitment for one period. @internal */
export interface CreditFeed {
  readonly measure: TimeMeasure;
  readonly period: { readonly start: number; readonly end: number; readonly zone?: string | undefined };
}

/** The money inputs of an evaluation. @internal */
export interface CreditMoney {
  readonly feeMinor?: number | undefined;
  readonly currency?: string | undefined;
  readonly claims?: readonly EarlierClaim[] | undefined;
}

/** The remedies part of one version's terms. @internal */
export class ContractRemedies {
  readonly credits: readonly CompiledCredit[];
  readonly total: NonNullable<ContractTerms['remedies']>['total'];
  readonly termination: readonly { readonly rule: TerminationRule; readonly commitment: string; readonly path: string }[];
  /** What the one fee given to an evaluation pays for, as the credits state it; undefined when no credit reads a fee. */
  readonly feeUnit: FeeUnit | undefined;

  constructor(terms: ContractTerms, prefix: string) {
    const only = terms.availability?.commitments.length === 1 ? terms.availability.commitments[0]?.id : undefined;
    const penalties = terms.penalties;
    const rules: { rule: DefinedCreditRule; path: string; id: string }[] = penalties
      ? [
          {
            id: 'credit',
            path: `${prefix}penalties`,
            rule: {
              type: 'tiered',
              id: 'credit',
              commitment: penalties.commitment,
              ...(penalties.fee === undefined ? {} : { fee: penalties.fee }),
              // The table's cap lowers each row's percent, as a penalties table always read it (the amount is then rounded half up).
              tiers: penalties.capPercent === undefined ? penalties.tiers : penalties.tiers.map((tier) => ({ ...tier, creditPercent: lowerPercent(tier.creditPercent, penalties.capPercent as PercentInput, `${prefix}penalties.capPercent`) })),
              ...(penalties.gapPolicy === undefined ? {} : { gapPolicy: penalties.gapPolicy }),
              ...(penalties.source === undefined ? {} : { source: penalties.source }),
            },
          },
        ]
      : (terms.remedies?.credits ?? []).map((rule, i) => ({ rule: rule as DefinedCreditRule, path: `${prefix}remedies.credits[${i}]`, id: rule.id ?? `remedies.credits[${i}]` }));
    this.credits = rules.map(({ rule, path, id }) => {
      const cap = penalties?.capPercent ?? rule.capPercent;
      const credit = definitionStep(() => new ServiceCredit(rule, { path }));
      if (rule.fee === undefined && readsFee(rule)) {
        throw new SlaDefinitionError([{ path: `${path}.fee`, message: `a ${rule.type} credit${rule.capPercent === undefined ? '' : ' with a cap in percent'} is a share of the fee: state what the fee given to an evaluation pays for, { "per": "month" | "quarter" | "year" | "period" }` }]);
      }
      return {
        id,
        commitment: rule.commitment ?? (only as string),
        rule,
        credit,
        key: canonicalJson(rule),
        fee: rule.fee ?? { per: 'period' },
        ...(cap === undefined ? {} : { capPercent: parsePercent(cap, `${path}.capPercent`).text }),
      };
    });
    this.total = terms.remedies?.total;
    this.feeUnit = commonFeeUnit(rules, this.total, `${prefix}remedies.total`);
    if (this.total !== undefined) {
      const total = this.total;
      definitionStep(() => combineCredits([], { ...total, feeMinor: 0, fee: { per: 'period' } }), `${prefix}remedies.total`);
    }
    this.termination = (terms.remedies?.termination ?? []).map((rule, i) => ({ rule: rule as TerminationRule, commitment: rule.commitment ?? (only as string), path: `${prefix}remedies.termination[${i}]` }));
  }

  /** One credit of the period from its commitment's figures. */
  evaluate(compiled: CompiledCredit, feed: CreditFeed, money: CreditMoney, version?: string): CreditReport {
    const { measure, period } = feed;
    const history = money.claims === undefined ? undefined : applyClaimHistory({ period, countedDowntime: measure.counted, earlier: money.claims });
    const input: CreditInput = {
      availability: measure.ratio,
      countedDowntimeMs: history?.countedDowntimeMs ?? measure.countedDowntimeMs,
      countedDowntime: history?.countedDowntime ?? measure.counted,
      period,
      incidentCount: measure.incidentCount,
      ...(money.feeMinor === undefined ? {} : { feeMinor: money.feeMinor }),
    };
    // Without a fee a table still gives its percent (the amount is unknown); every other kind needs the fee.
    const percentOnly = money.feeMinor === undefined && compiled.credit.kind === 'tiered';
    const result: CreditResult = compiled.credit.credit(percentOnly ? { ...input, feeMinor: 0 } : input);
    const amountMinor = percentOnly ? null : history === undefined ? result.amountMinor : creditAfterHistory(result.amountMinor, history);
    const fee = money.feeMinor === undefined ? undefined : periodFee(BigInt(money.feeMinor), { per: compiled.fee.per, proration: 'fee-unit' }, period);
    return {
      id: compiled.id,
      kind: result.kind,
      commitment: compiled.commitment,
      amountMinor,
      paidMinor: amountMinor,
      ...(fee === undefined || compiled.fee.per === 'period' ? {} : { periodFee: fractionText(fee) }),
      ...(fee === undefined || fee.n === 0n || amountMinor === null ? {} : { percentOfFee: truncatedDecimal(BigInt(amountMinor) * 100n * fee.d, fee.n, 4) }),
      ...(result.tier === undefined
        ? {}
        : { tier: { percent: cappedTierPercent(result.tier.percent, compiled.rule.capPercent), index: result.tier.tierIndex, explanation: result.tier.explanation, ...(result.tier.source === undefined ? {} : { source: result.tier.source }) } }),
      ...(compiled.capPercent === undefined ? {} : { capPercent: compiled.capPercent }),
      capped: percentOnly ? false : result.capped,
      belowMinimum: percentOnly ? false : result.belowMinimum,
      rule: percentOnly ? `${result.tier?.explanation ?? ''} (no fee given: percent only)` : result.rule,
      ...(history === undefined ? {} : { claimHistory: { removedMs: history.removedMs, alreadyCreditedMinor: history.alreadyCreditedMinor, rule: history.rule } }),
      ...(version === undefined ? {} : { version }),
      ...(compiled.credit.source === undefined ? {} : { source: compiled.credit.source }),
    };
  }

  /** The credits combined under the cap on the total: each credit's paid part, and the total; null without credits or amounts. */
  combine(credits: readonly CreditReport[], money: CreditMoney, period: CreditFeed['period']): { credits: CreditReport[]; total: CreditTotalReport | null } {
    if (credits.length === 0 || credits.some((credit) => credit.amountMinor === null)) return { credits: [...credits], total: null };
    const total = this.total;
    const combined = combineCredits(
      credits.map((credit) => ({ kind: credit.kind, amountMinor: credit.amountMinor as number, id: credit.id, ...(credit.source === undefined ? {} : { source: credit.source }) })),
      { ...(total ?? {}), fee: { per: this.feeUnit ?? 'period' }, period, ...(money.feeMinor === undefined ? {} : { feeMinor: money.feeMinor }) },
    );
    return {
      credits: credits.map((credit, i) => ({ ...credit, paidMinor: combined.credits[i]?.paidMinor ?? credit.amountMinor })),
      total: {
        totalMinor: combined.totalMinor,
        uncappedTotalMinor: combined.uncappedTotalMinor,
        capped: combined.capped,
        belowMinimum: combined.belowMinimum,
        currency: money.currency ?? null,
        ...(total?.capPercent === undefined ? {} : { capPercent: parsePercent(total.capPercent, 'capPercent').text }),
        ...(total?.capMinor === undefined ? {} : { capMinor: total.capMinor }),
        rule: combined.rule,
        ...(combined.source === undefined ? {} : { source: combined.source }),
      },
    };
  }

  /** Each termination right over reports oldest first: the commitment's verdicts, read from each report. */
  terminationOver(reports: readonly ContractAvailabilityReport[]): TerminationReport {
    if (!Array.isArray(reports as unknown)) throw new SlaInputError('reports', reports, 'an array of availability reports, oldest first');
    checkConsecutive(reports);
    const rights = this.termination.map(({ rule, commitment }) => {
      const verdicts: PeriodVerdict[] = reports.map((report, i) => {
        const time = report?.commitments?.find((c) => c.id === commitment);
        if (time !== undefined) {
          const ratio = { numerator: BigInt(time.ratio.numerator), denominator: BigInt(time.ratio.denominator) };
          return { label: report.period.label, met: time.met, ...(time.aggregation === 'mean-of-months' ? {} : { availability: ratio }) };
        }
        const series = report?.seriesCommitments?.find((c) => c.id === commitment);
        if (series !== undefined && series.met !== null) return { label: report.period.label, met: series.met };
        throw new SlaInputError(`reports[${i}]`, report?.period?.label, `a report in which commitment "${commitment}" was evaluated and judged (the termination right reads it)`);
      });
      return { ...evaluateTermination(rule, verdicts), commitment };
    });
    return { rights, triggered: rights.some((right) => right.triggered) };
  }
}

/**
 * "In a row" and "in a window" are about consecutive periods: each report's
 * period (as asked, before a lifetime clipped it) must start where the
 * previous one ends. A gap, a repeat or a reversed order would otherwise
 * make a right arise that the contract does not give.
 */
function checkConsecutive(reports: readonly ContractAvailabilityReport[]): void {
  for (let i = 1; i < reports.length; i++) {
    const previous = asked(reports[i - 1] as ContractAvailabilityReport);
    const current = asked(reports[i] as ContractAvailabilityReport);
    if (previous === undefined || current === undefined) continue;
    if (current.start !== previous.end) {
      throw new SlaInputError(
        `reports[${i}]`,
        current.label,
        `the period right after reports[${i - 1}] (${previous.label}, ending ${formatInstant(previous.end)}): termination rights read consecutive periods, oldest first, with no gap or repeat`,
      );
    }
  }
}

/** The period a report was asked for (its nominal period when a lifetime clipped it). */
function asked(report: ContractAvailabilityReport): { start: number; end: number; label: string } | undefined {
  const period = report?.nominalPeriod ?? report?.period;
  return period !== undefined && typeof period.start === 'number' && typeof period.end === 'number' ? period : undefined;
}

/** Whether a rule reads the fee: a share of it (tiered, proportional, service days, a percent per incident) or capped in percent of it. */
function readsFee(rule: DefinedCreditRule): boolean {
  return rule.capPercent !== undefined || rule.type === 'tiered' || rule.type === 'proportional' || rule.type === 'service-days' || (rule.type === 'per-incident' && rule.creditPercent !== undefined);
}

/**
 * One fee is given to an evaluation, so every credit that states its fee
 * states the same unit (and the cap on the total, when it states one); a
 * cap in percent on the total needs a unit from it or from the credits.
 */
function commonFeeUnit(rules: readonly { rule: DefinedCreditRule; path: string }[], total: ContractRemedies['total'], totalPath: string): FeeUnit | undefined {
  const stated = [...rules.map(({ rule, path }) => ({ fee: rule.fee, path: `${path}.fee.per` })), { fee: total?.fee, path: `${totalPath}.fee.per` }].filter((s) => s.fee !== undefined);
  const first = stated[0];
  for (const other of stated.slice(1)) {
    if (other.fee?.per !== first?.fee?.per) {
      throw new SlaDefinitionError([{ path: other.path, message: `one fee is given to an evaluation: expected "${first?.fee?.per}" as at ${first?.path}, got "${other.fee?.per}"` }]);
    }
  }
  if (total?.capPercent !== undefined && first === undefined) {
    throw new SlaDefinitionError([{ path: `${totalPath}.fee`, message: 'a cap in percent of the fee: state what the fee given to an evaluation pays for, { "per": "month" | "quarter" | "year" | "period" }' }]);
  }
  return first?.fee?.per;
}

/** The first report's `credit` field, from the first credit evaluated. @internal */
export function firstCredit(credits: readonly CreditReport[], money: CreditMoney, feeUnit: FeeUnit | undefined, period: CreditFeed['period']): ContractAvailabilityReport['credit'] {
  const first = credits[0];
  if (first === undefined) return null;
  const fee = money.feeMinor === undefined ? undefined : periodFee(BigInt(money.feeMinor), { per: feeUnit ?? 'period', proration: 'fee-unit' }, period);
  const percent = first.tier !== undefined ? first.tier.percent : fee === undefined || fee.n === 0n || first.paidMinor === null ? 0 : Number(truncatedDecimal(BigInt(first.paidMinor) * 100n * fee.d, fee.n, 4));
  return { commitment: first.commitment, percent, amountMinor: first.paidMinor, currency: money.currency ?? null, tierIndex: first.tier?.index ?? null };
}

/** The lower of a row's percent and the table's cap, compared exactly (`"10"` and `7.5` → `7.5`); a bad cap is a definition error at `path`. */
function lowerPercent(row: PercentInput, cap: PercentInput, path: string): PercentInput {
  const limit = definitionStep(() => parsePercent(cap, path));
  return comparePercents(parsePercent(row, 'creditPercent'), limit) > 0 ? cap : row;
}

/** The row's percent, lowered to the rule's percent cap (the table's percent as a `penalties` cap read it). */
function cappedTierPercent(percent: number, cap: unknown): number {
  if (cap === undefined) return percent;
  const row = parsePercent(percent, 'percent');
  const limit = parsePercent(cap, 'capPercent');
  return comparePercents(row, limit) > 0 ? Number(limit.text) : percent;
}

/** Run a primitive's construction; its SlaInputError (whose field is a full JSON path) becomes an SlaDefinitionError there. @internal */
export function definitionStep<T>(build: () => T, path?: string): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof SlaInputError) throw new SlaDefinitionError([{ path: path ?? error.field, message: path === undefined ? `expected ${error.expected}, got ${describeValue(error.value)}` : error.message }]);
    if (error instanceof SlaError && !(error instanceof SlaDefinitionError)) throw new SlaDefinitionError([{ path: path ?? '', message: error.message }]);
    throw error;
  }
}

/** JSON with object keys sorted: equal for equal data whatever the key order. @internal */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) =>
    node !== null && typeof node === 'object' && !Array.isArray(node) ? Object.fromEntries(Object.keys(node).sort().map((key) => [key, (node as Record<string, unknown>)[key]])) : node,
  );
}
