import type { Contract } from '../contract.js';
import type { SourceRef } from '../provenance.js';
import type { CommitmentReport, ContractAvailabilityInput, ContractAvailabilityReport, CreditReport, CreditTotalReport, ExactRatioJson, SeriesCommitmentReport } from '../report.js';
import type { ContractTerms } from '../schema.js';
import { type ReadingDifference, type RuleDifference, type RuleScope, readingDifferences, ruleDifferences, scopeAt } from './rule-differences.js';

/**
 * One commitment over the period as one side judges it: its figure and
 * verdict, or why it was not evaluated there.
 *
 * @example
 * ```ts
 * const side: CommitmentJudgement = { evaluated: true, figure: '99.4000', ratio: { numerator: '2576448000', denominator: '2592000000' }, met: true, target: '99', version: null };
 * ```
 */
export type CommitmentJudgement =
  | {
      readonly evaluated: true;
      /** The figure the verdict is on: availability percent truncated to 4 decimals, or a series statistic. */
      readonly figure: string;
      /** The figure, exact (`null` for a series without points). */
      readonly ratio: ExactRatioJson | null;
      /** `null` for a series without points. */
      readonly met: boolean | null;
      /** The target percent, or a series' bound (`at-most 200`). */
      readonly target: string;
      readonly version: string | null;
      readonly source?: SourceRef;
    }
  | {
      readonly evaluated: false;
      /** Why: skipped (another period length or scope), or not a commitment of that contract. */
      readonly reason: string;
    };

/**
 * One credit as one side computes it (`null` in {@link CreditChange} when
 * that side has no such credit).
 *
 * @example
 * ```ts
 * const credit: CreditJudgement = { tierPercent: 3, tierIndex: 1, percentOfFee: '3.0000', amountMinor: 4470, paidMinor: 4470, rule: '…' };
 * ```
 */
export interface CreditJudgement {
  /** For a tiered credit: the row's percent, and the row's index (`null` in a gap without credit). */
  readonly tierPercent: number | null;
  readonly tierIndex: number | null;
  /** The amount as a percent of the fee, 4 decimals truncated; `null` without a fee. */
  readonly percentOfFee: string | null;
  /** Minor units; `null` without a fee. */
  readonly amountMinor: number | null;
  /** What is paid after the cap on the total; `null` without a fee. */
  readonly paidMinor: number | null;
  /** The rule applied, in words, with the figures. */
  readonly rule: string;
  /** The row's clause (a tiered credit), else the credit's. */
  readonly source?: SourceRef;
}

/**
 * A credit fed by a commitment, on both sides.
 *
 * @example
 * ```ts
 * const { id, a, b } = report.changes[0].credits[0]; // a.tierPercent 3, b.tierPercent 6
 * ```
 */
export interface CreditChange {
  readonly id: string;
  readonly a: CreditJudgement | null;
  readonly b: CreditJudgement | null;
}

/**
 * What changed for a commitment: `evaluated` (evaluated on one side only),
 * `figure` (its exact figure), `verdict` (met or missed), `credit` (a
 * credit it feeds: percent, or amount in minor units when a fee is given).
 *
 * @example
 * ```ts
 * const what: CommitmentChangeKind = 'credit';
 * ```
 */
export type CommitmentChangeKind = 'evaluated' | 'figure' | 'verdict' | 'credit';

/**
 * A commitment whose figure, verdict or credit differs between contract `a`
 * and contract `b` over the same period and inputs, with both sides and the
 * rules that differ.
 *
 * @example
 * ```ts
 * const { id, changed, credits, rules } = diffAvailability(a, b, input).changes[0];
 * ```
 */
export interface CommitmentChange {
  readonly id: string;
  readonly changed: readonly CommitmentChangeKind[];
  readonly a: CommitmentJudgement;
  readonly b: CommitmentJudgement;
  /** Every credit it feeds on either side, both values (changed or not). */
  readonly credits: readonly CreditChange[];
  /**
   * The rules behind the figure that differ: the commitment (target,
   * period, metric, granularity), the availability section's shared rules
   * (excused time, maintenance, causes, probes, recording threshold), its
   * measured calendar, the credits it feeds (tiers and their bounds, gap
   * policy) and the cap on the total — each side's value with its clause.
   */
  readonly rules: readonly RuleDifference[];
}

/**
 * Output of {@link diffAvailability}.
 *
 * @example
 * ```ts
 * const report: AvailabilityDiffReport = diffAvailability(a, b, { period: '2026-06', incidents });
 * report.changes.length; // 0 when nothing changes
 * ```
 */
export interface AvailabilityDiffReport {
  /** The period measured (by side `a`), epoch ms. */
  readonly period: { readonly start: number; readonly end: number; readonly label: string };
  /** The period side `b` measures, in its own zone: another interval than `period` when the two contracts' zones differ. */
  readonly periodB: { readonly start: number; readonly end: number; readonly label: string };
  /** Commitments either side names (evaluated or skipped). */
  readonly compared: number;
  /** The commitments that change, `a`'s order then `b`'s. */
  readonly changes: readonly CommitmentChange[];
  /** The credits' total under the cap, when it differs (`null` on a side without one). */
  readonly total: { readonly a: CreditTotalReport | null; readonly b: CreditTotalReport | null } | null;
  readonly readings: readonly ReadingDifference[];
}

/**
 * What-if over a period: the same period and inputs (incidents, probes,
 * maintenance, fee…) under contract `a` and contract `b`, listing every
 * commitment whose figure, verdict or credit (percent, and amount in minor
 * units when a fee is given) changes, with both values and the rules that
 * differ, with their clauses; and the total under the cap when it differs.
 * A contract compared with itself lists nothing.
 *
 * Throws what {@link Contract.availability} throws on either side.
 *
 * @example
 * ```ts
 * // Letsignit §7: 99.4 % exactly sits in two printed rows. June 2026 = 720 h; 0.6 % of it = 4 h 19 min 12 s down.
 * const report = diffAvailability(letsignit(), letsignit({ creditBounds: 'upper-inclusive' }), {
 *   period: '2026-06', feeMinor: 149_000, currency: 'EUR',
 *   incidents: [{ start: '2026-06-09T10:00:00+02:00', end: '2026-06-09T14:19:12+02:00', cause: 'internal' }],
 * });
 * report.changes.map((c) => [c.id, c.credits[0]?.a?.amountMinor, c.credits[0]?.b?.amountMinor]); // [["application", 4470, 8940]] — 3 % or 6 % of 1 490.00 EUR
 * ```
 */
export function diffAvailability(a: Contract, b: Contract, input: ContractAvailabilityInput): AvailabilityDiffReport {
  const reportA = a.availability(input);
  const reportB = b.availability(input);
  const versionsA = versionTerms(a, reportA);
  const versionsB = versionTerms(b, reportB);
  const changes: CommitmentChange[] = [];
  const ids = commitmentIds(reportA, reportB);
  for (const id of ids) {
    const sideA = judgement(reportA, id);
    const sideB = judgement(reportB, id);
    const credits = creditPairs(reportA, reportB, id);
    const changed = changesOf(sideA, sideB, credits);
    if (changed.length === 0) continue;
    changes.push({ id, changed, a: sideA, b: sideB, credits, rules: commitmentRules(id, versionsA, versionsB, sideA, sideB) });
  }
  const total = sameTotal(reportA.creditTotal, reportB.creditTotal) ? null : { a: reportA.creditTotal, b: reportB.creditTotal };
  return { period: reportA.period, periodB: reportB.period, compared: ids.length, changes, total, readings: readingDifferences(a, b) };
}

/** Every commitment either report names (evaluated, series or skipped), `a`'s first. */
function commitmentIds(a: ContractAvailabilityReport, b: ContractAvailabilityReport): string[] {
  const ids = (report: ContractAvailabilityReport): string[] => [...report.commitments.map((c) => c.id), ...report.seriesCommitments.map((c) => c.id), ...report.skipped.map((s) => s.id)];
  return [...new Set([...ids(a), ...ids(b)])];
}

function judgement(report: ContractAvailabilityReport, id: string): CommitmentJudgement {
  const time = report.commitments.find((c) => c.id === id);
  if (time !== undefined) return timeJudgement(time);
  const series = report.seriesCommitments.find((c) => c.id === id);
  if (series !== undefined) return seriesJudgement(series);
  const skipped = report.skipped.find((s) => s.id === id);
  return { evaluated: false, reason: skipped === undefined ? `not a commitment of contract ${report.contract}` : skipped.reason };
}

function timeJudgement(c: CommitmentReport): CommitmentJudgement {
  return { evaluated: true, figure: c.availabilityPercent, ratio: c.ratio, met: c.met, target: c.target, version: c.version ?? null, ...(c.source === undefined ? {} : { source: c.source }) };
}

function seriesJudgement(c: SeriesCommitmentReport): CommitmentJudgement {
  return {
    evaluated: true,
    figure: c.exact === undefined ? '—' : String(c.value),
    ratio: c.exact ?? null,
    met: c.met,
    target: `${c.comparison} ${c.bound}${c.unit === undefined ? '' : ` ${c.unit}`}`,
    version: c.version ?? null,
    ...(c.source === undefined ? {} : { source: c.source }),
  };
}

/** The credits fed by commitment `id` on either side, paired by credit id. */
function creditPairs(a: ContractAvailabilityReport, b: ContractAvailabilityReport, id: string): CreditChange[] {
  const fedA = a.credits.filter((c) => c.commitment === id);
  const fedB = b.credits.filter((c) => c.commitment === id);
  const ids = [...new Set([...fedA, ...fedB].map((c) => c.id))];
  return ids.map((creditId) => ({ id: creditId, a: creditJudgement(fedA.find((c) => c.id === creditId)), b: creditJudgement(fedB.find((c) => c.id === creditId)) }));
}

function creditJudgement(credit: CreditReport | undefined): CreditJudgement | null {
  if (credit === undefined) return null;
  const source = credit.tier?.source ?? credit.source;
  return {
    tierPercent: credit.tier?.percent ?? null,
    tierIndex: credit.tier?.index ?? null,
    percentOfFee: credit.percentOfFee ?? null,
    amountMinor: credit.amountMinor,
    paidMinor: credit.paidMinor,
    rule: credit.rule,
    ...(source === undefined ? {} : { source }),
  };
}

function changesOf(a: CommitmentJudgement, b: CommitmentJudgement, credits: readonly CreditChange[]): CommitmentChangeKind[] {
  const changed: CommitmentChangeKind[] = [];
  if (a.evaluated !== b.evaluated) changed.push('evaluated');
  if (a.evaluated && b.evaluated) {
    if (!sameRatio(a.ratio, b.ratio)) changed.push('figure');
    if (a.met !== b.met) changed.push('verdict');
  }
  if (credits.some((credit) => !sameCredit(credit.a, credit.b))) changed.push('credit');
  return changed;
}

/** Exact equality of two fractions (their terms need not be reduced). */
function sameRatio(a: ExactRatioJson | null, b: ExactRatioJson | null): boolean {
  if (a === null || b === null) return a === b;
  return BigInt(a.numerator) * BigInt(b.denominator) === BigInt(b.numerator) * BigInt(a.denominator);
}

function sameCredit(a: CreditJudgement | null, b: CreditJudgement | null): boolean {
  if (a === null || b === null) return a === b;
  return a.tierPercent === b.tierPercent && a.percentOfFee === b.percentOfFee && a.amountMinor === b.amountMinor && a.paidMinor === b.paidMinor;
}

function sameTotal(a: CreditTotalReport | null, b: CreditTotalReport | null): boolean {
  if (a === null || b === null) return a === b;
  return a.totalMinor === b.totalMinor && a.uncappedTotalMinor === b.uncappedTotalMinor && a.capped === b.capped;
}

/** The terms of the version(s) a report was judged under, by name (the top-level terms for a contract without versions). */
function versionTerms(contract: Contract, report: ContractAvailabilityReport): { readonly contract: Contract; readonly byName: ReadonlyMap<string, ContractTerms> } {
  const names = report.version === null ? ['initial'] : [...new Set(report.version.parts.map((part) => part.version))];
  return { contract, byName: new Map(names.map((name) => [name, contract.termsOf(name)])) };
}

/**
 * The rules behind a commitment's figure that differ, under the version
 * that judged it on each side (the one in force at the period's start).
 */
function commitmentRules(
  id: string,
  a: ReturnType<typeof versionTerms>,
  b: ReturnType<typeof versionTerms>,
  sideA: CommitmentJudgement,
  sideB: CommitmentJudgement,
): RuleDifference[] {
  const versionA = sideA.evaluated ? sideA.version : null;
  const versionB = sideB.evaluated ? sideB.version : null;
  const termsA = a.byName.get(versionA ?? 'initial') ?? [...a.byName.values()][0] ?? a.contract.termsOf();
  const termsB = b.byName.get(versionB ?? 'initial') ?? [...b.byName.values()][0] ?? b.contract.termsOf();
  const commitmentA = termsA.availability?.commitments.find((c) => c.id === id);
  const commitmentB = termsB.availability?.commitments.find((c) => c.id === id);
  const indexA = termsA.availability?.commitments.findIndex((c) => c.id === id) ?? -1;
  const indexB = termsB.availability?.commitments.findIndex((c) => c.id === id) ?? -1;
  const scopes: RuleScope[] = [
    {
      path: `availability.commitments[${indexA === indexB ? indexA : `id=${id}`}]`,
      a: commitmentA,
      b: commitmentB,
      sourceA: commitmentA?.source ?? termsA.availability?.source,
      sourceB: commitmentB?.source ?? termsB.availability?.source,
    },
    withoutCommitments(termsA, termsB),
  ];
  for (const calendar of new Set([commitmentA?.measuredCalendar, commitmentB?.measuredCalendar])) {
    if (calendar !== undefined) scopes.push(scopeAt(['calendars', calendar], termsA, termsB));
  }
  if (termsA.penalties?.commitment === id || termsB.penalties?.commitment === id) scopes.push(scopeAt(['penalties'], termsA, termsB));
  scopes.push(...creditScopes(id, termsA, termsB));
  scopes.push(scopeAt(['remedies', 'total'], termsA, termsB));
  const rules = ruleDifferences(scopes);
  if (versionA !== versionB) rules.push({ path: 'version', a: versionA === null ? {} : { value: versionA }, b: versionB === null ? {} : { value: versionB } });
  return rules;
}

/** The credits commitment `id` feeds on either side, paired by id (else by position among them), at their paths in the definition. */
function creditScopes(id: string, termsA: ContractTerms, termsB: ContractTerms): RuleScope[] {
  const fed = (terms: ContractTerms) => (terms.remedies?.credits ?? []).map((credit, index) => ({ credit, index })).filter(({ credit }) => credit.commitment === id);
  const fedA = fed(termsA);
  const fedB = fed(termsB);
  const key = (entry: { credit: { id?: string | undefined }; index: number }, position: number): string => entry.credit.id ?? `#${position}`;
  const keys = [...new Set([...fedA.map(key), ...fedB.map(key)])];
  return keys.map((k) => {
    const a = fedA.find((entry, position) => key(entry, position) === k);
    const b = fedB.find((entry, position) => key(entry, position) === k);
    const index = a !== undefined && b !== undefined && a.index !== b.index ? `id=${k}` : String((a ?? b)?.index);
    return { path: `remedies.credits[${index}]`, a: a?.credit, b: b?.credit, sourceA: a?.credit.source, sourceB: b?.credit.source };
  });
}

/** The availability section's shared rules: everything but the list of commitments. */
function withoutCommitments(termsA: ContractTerms, termsB: ContractTerms): RuleScope {
  const shared = (terms: ContractTerms): unknown => {
    if (terms.availability === undefined) return undefined;
    const { commitments: _commitments, ...rest } = terms.availability;
    return rest;
  };
  return { path: 'availability', a: shared(termsA), b: shared(termsB), sourceA: termsA.availability?.source, sourceB: termsB.availability?.source };
}
