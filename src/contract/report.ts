import type { AvailabilityPeriod, AvailabilityResult, CauseReading, IncidentCauses, Probe, ProbeSeries } from '../availability/index.js';
import type { EarlierClaim } from '../claims/claim-history.js';
import type { ClaimDeadline } from '../claims/claim-deadline.js';
import type { Interval } from '../intervals/interval-set.js';
import type { AdHocWindowInput } from '../maintenance/index.js';
import type { BudgetedWindow, MaintenanceBudgetUse } from '../measurement/maintenance-budget.js';
import type { RequestCount } from '../measurement/request-metrics.js';
import type { SeriesPoint } from '../measurement/series-metrics.js';
import type { WeightedIncident } from '../measurement/weighted-downtime.js';
import type { PeriodDefinition, ServiceLifetime } from '../periods/period-definition.js';
import type { Contract } from './contract.js';
import type { ContractIds } from './contract-ids.js';
import type { CreditKind } from '../remedies/credit-rule.js';
import type { TerminationResult } from '../remedies/termination.js';
import type { AmendmentSplit } from '../versions/contract-versions.js';
import type { SourceRef } from './provenance.js';
import type { CommitmentDefinition, CommitmentScope } from './schema.js';

/**
 * The shapes {@link Contract.availability} reads and returns. Every report
 * is plain JSON data (`JSON.stringify` works): exact ratios in big integers
 * are written as decimal strings.
 */

/**
 * The data of one commitment, replacing the shared data for it.
 *
 * @example
 * ```ts
 * const data: CommitmentData = { requests: [{ at: '2026-09-10T10:00:00Z', total: 1000, failed: 51 }] };
 * ```
 */
export interface CommitmentData {
  /** Incidents (with `affected` for a weighted commitment). */
  readonly incidents?: readonly WeightedIncident[];
  /** Probe results. */
  readonly probes?: readonly Probe[] | ProbeSeries;
  /** Request counts per interval, for a `requests` commitment. */
  readonly requests?: readonly RequestCount[];
  /** Measured series by name, for a `series` commitment. */
  readonly series?: Readonly<Record<string, readonly SeriesPoint[]>>;
  /** Users in the service, for a `weighted` commitment: a whole number > 0. */
  readonly population?: number;
}

/**
 * Data per commitment id (`byCommitment`): keyed by the contract's
 * commitment ids when the code knows them (`{ server?: …, application?: … }`
 * for Letsignit), by any string otherwise.
 *
 * @example
 * ```ts
 * const data: ByCommitment<'server' | 'application'> = { server: { incidents: [] } };
 * ```
 */
export type ByCommitment<Commitment extends string = string> = string extends Commitment
  ? Readonly<Record<string, CommitmentData>>
  : { readonly [Id in Commitment]?: CommitmentData };

/**
 * Input of {@link Contract.availability}. Incident causes are read by the
 * contract's {@link IncidentCauses}: where the contract excludes causes, a
 * label it does not declare is an error unless `causeAliases` maps it or
 * `unknownCauses: 'count'` counts it as downtime. `Ids` are the contract's
 * ids ({@link ContractIds}): they type `byCommitment` keys and the
 * `causeAliases` targets.
 *
 * @example
 * ```ts
 * const input: ContractAvailabilityInput = {
 *   period: '2026-06',
 *   incidents: [{ start: '2026-06-10T10:00:30Z', end: '2026-06-10T10:04:30Z' }],
 *   feeMinor: 100_000,
 *   currency: 'USD',
 * };
 * ```
 */
export interface ContractAvailabilityInput<Ids extends ContractIds = ContractIds> extends CauseReading<Ids['cause']>, CommitmentData {
  /**
   * `YYYY-MM`, `YYYY-Qn`, `YYYY` (in the contract's zone), `<start>/<end>`,
   * an {@link AvailabilityPeriod}, or a period as JSON data (see
   * {@link PeriodDefinition}: fiscal, rolling, explicit, with a lifetime).
   */
  readonly period: string | AvailabilityPeriod | PeriodDefinition;
  /** The service's lifetime: the period is measured only over the part the service existed in. */
  readonly lifetime?: ServiceLifetime;
  /** Announced ad-hoc maintenance windows. */
  readonly maintenance?: readonly AdHocWindowInput[];
  /** Maintenance downtime the budget already excused earlier in the budget period holding the period's start, ms. Default 0. */
  readonly maintenanceUsedBeforeMs?: number;
  /** The fee of the period in integer minor units, to turn credits into amounts (needed by every credit but a table's percent). */
  readonly feeMinor?: number;
  /** The fee's ISO 4217 currency code (`"EUR"`, `"USD"`), as written: anything else (`"usd"`, `"XYZ"`) is an `SlaInputError` naming `currency` (see `currencyCode`). */
  readonly currency?: string;
  /** Earlier claims: downtime they credited is not credited again; amounts already paid for this period are deducted. */
  readonly claims?: readonly EarlierClaim[];
  /** Evaluate only the commitments of this scope (every given label must match); the others are skipped. */
  readonly scope?: CommitmentScope;
  /**
   * Data for one commitment only, replacing the shared data for it: e.g.
   * Letsignit's `server` commitment (§4) is measured from alert tickets, its
   * `application` commitment (§5) from HTTPS probes.
   */
  readonly byCommitment?: ByCommitment<Ids['commitment']>;
}

/**
 * An exact ratio as JSON: big integers written as decimal strings.
 *
 * @example
 * ```ts
 * const ratio: ExactRatioJson = { numerator: '2591400000', denominator: '2592000000' };
 * ```
 */
export interface ExactRatioJson {
  readonly numerator: string;
  readonly denominator: string;
}

/**
 * The unit of a commitment's exact ratio: `ms` (downtime, bad request
 * intervals), `user-ms` (weighted downtime), `ms-rate` (the mean error rate:
 * ms × the product of request totals), `requests` (success ratio) or
 * `mean-of-months` (the mean of monthly ratios, no unit).
 *
 * @example
 * ```ts
 * const unit: RatioUnit = 'user-ms';
 * ```
 */
export type RatioUnit = 'ms' | 'user-ms' | 'ms-rate' | 'requests' | 'mean-of-months';

/**
 * One commitment's verdict over a period, with its own figures.
 *
 * @example
 * ```ts
 * const { id, availabilityPercent, ratio, met, marginMs, metric } = report.commitments[0];
 * ```
 */
export interface CommitmentReport {
  readonly id: string;
  /** The target, normalised (`"99.95"`); with a pro-rata split over versions of different targets, their mean weighted by time. */
  readonly target: string;
  readonly period: CommitmentDefinition['period'];
  readonly met: boolean;
  /**
   * Counted downtime still allowed (negative: the excess), ms, floored.
   * With `aggregation: 'mean-of-months'`: what the shortest measured month
   * could still take while the monthly mean stays at the target. For
   * figures not counted in ms it is the margin in equivalent ms of total
   * outage: `margin × baseMs / denominator` (user-ms ÷ population for
   * weighted downtime; requests ÷ requests × measured ms for a success ratio).
   */
  readonly marginMs: number;
  /** How the figure is formed: over the whole period, or the mean of monthly figures. */
  readonly aggregation: 'whole-period' | 'mean-of-months';
  /** The figure the verdict is on, percent truncated to 4 decimals. */
  readonly availabilityPercent: string;
  /** What the figure is computed from. */
  readonly metric: 'downtime' | 'weighted' | 'requests';
  /** The figure, exact (after granularity, maintenance budget, weighting). */
  readonly ratio: ExactRatioJson;
  /** The unit of `ratio`. */
  readonly ratioUnit: RatioUnit;
  /** The margin in the unit of `ratio`, exact (floor of the allowed part minus the used part). */
  readonly margin: string;
  /** Time the figure is measured over after excused time is removed, ms (for requests: the measured intervals). */
  readonly baseMs: number;
  /** Downtime counted in the figure, ms, unweighted (for requests: the bad intervals; 0 for a success ratio or mean error rate). */
  readonly countedDowntimeMs: number;
  /**
   * The raw availability of the incidents and probes fed to this
   * commitment, before granularity, budget and weighting, with every
   * incident's counted and excused parts (for a request metric: of the
   * incidents given, if any — the figure is `ratio`).
   */
  readonly result: AvailabilityResult;
  /** With `aggregation: 'mean-of-months'`: each local month's result, in order. */
  readonly monthly?: readonly AvailabilityResult[];
  /** Granularity applied. */
  readonly granularity?: {
    readonly intervalMs: number;
    readonly rule: 'touched' | 'whole';
    readonly alignment: 'period' | 'incident';
    readonly badIntervals: number;
    /** Counted downtime before rounding to intervals, ms. */
    readonly rawCountedMs: number;
  };
  /** The maintenance budget applied. */
  readonly maintenanceBudget?: {
    readonly coveredMs: number;
    readonly excusedMs: number;
    readonly countedMs: number;
    readonly budgets: readonly MaintenanceBudgetUse[];
    /** Each stretch of downtime inside a maintenance window, with what the budget excused of it and what it counted. */
    readonly windows: readonly BudgetedWindow[];
  };
  /** Weighting applied. */
  readonly weighting?: {
    readonly population: number;
    readonly userMs: string;
    readonly downtimeUserMs: string;
    readonly incidents: readonly { readonly id: string; readonly affected: number; readonly countedMs: number }[];
  };
  /** The request metric's classification. */
  readonly requests?: {
    readonly metric: 'bad-intervals' | 'mean-error-rate' | 'success-ratio';
    readonly intervalMs: number;
    readonly intervals: { readonly total: number; readonly excused: number; readonly unmonitored: number; readonly measured: number; readonly good: number; readonly bad: number };
    readonly total: string;
    readonly failed: string;
    readonly bad: readonly Interval[];
  };
  /** Who or what the commitment covers. */
  readonly scope?: CommitmentScope;
  /** The version the figure is judged under (`versions` contracts only; several with a pro-rata split). */
  readonly version?: string;
  /** What was done and edge cases met, in words. */
  readonly notes: readonly string[];
  readonly source?: SourceRef;
}

/**
 * A commitment on a measured series (latency, packet loss): a statistic
 * against a bound.
 *
 * @example
 * ```ts
 * const { id, value, bound, met } = report.seriesCommitments[0];
 * ```
 */
export interface SeriesCommitmentReport {
  readonly id: string;
  readonly metric: 'series';
  readonly period: CommitmentDefinition['period'];
  /** The series' name. */
  readonly series: string;
  readonly statistic: 'mean' | 'percentile';
  readonly percentile?: string;
  readonly comparison: 'at-most' | 'at-least';
  /** The bound, decimal text. */
  readonly bound: string;
  readonly unit?: string;
  /** The statistic, exact; absent without points. */
  readonly exact?: ExactRatioJson;
  /** The statistic as a number, for display only. */
  readonly value?: number;
  /** Whether the bound is kept; `null` without points (nothing to judge). */
  readonly met: boolean | null;
  /** Headroom to the bound, exact (negative when missed). */
  readonly margin?: ExactRatioJson;
  /** Points used, and left out. */
  readonly points: number;
  /** Points left out: outside the period; inside excused time (`excused`), of which inside a maintenance window (`maintenance`; see the metric's `maintenance` field). */
  readonly ignored: { readonly outsidePeriod: number; readonly excused: number; readonly maintenance: number };
  /** For a percentile: the 1-based rank of the value. */
  readonly rank?: number;
  readonly scope?: CommitmentScope;
  readonly version?: string;
  readonly notes: readonly string[];
  readonly source?: SourceRef;
}

/**
 * One credit of the period, with how it was reached.
 *
 * @example
 * ```ts
 * const { id, amountMinor, paidMinor, rule, source } = report.credits[0];
 * ```
 */
export interface CreditReport {
  /** The rule's id (`credit` for a `penalties` table; `remedies.credits[i]` when the rule has none). */
  readonly id: string;
  readonly kind: CreditKind;
  /** The commitment whose figures feed it. */
  readonly commitment: string;
  /** The credit, minor units, after rounding, its own cap and minimum, and claim history; null without a fee (a table's percent only). */
  readonly amountMinor: number | null;
  /** What is paid of it after the cap on the total; null without a fee. */
  readonly paidMinor: number | null;
  /** `amountMinor` as a percent of the period's fee, 4 decimals truncated; absent without a fee. */
  readonly percentOfFee?: string;
  /** The period's fee converted from the fee given when the rule's fee is per month, quarter or year (`"300000"` for a quarter at 100000 a month), exact decimal or fraction text. */
  readonly periodFee?: string;
  /** For a tiered credit: the row's percent after the rule's cap, and the row's index (null in a gap with no credit). */
  readonly tier?: { readonly percent: number; readonly index: number | null; readonly explanation: string; readonly source?: SourceRef };
  /** The credit's own cap, percent of the fee (a `penalties` table's cap on its rows). */
  readonly capPercent?: string;
  readonly capped: boolean;
  readonly belowMinimum: boolean;
  /** The rule applied, in words, with the figures. */
  readonly rule: string;
  /** Earlier claims: downtime already credited (ms) and amounts already paid for this period (minor units). */
  readonly claimHistory?: { readonly removedMs: number; readonly alreadyCreditedMinor: number; readonly rule: string };
  readonly version?: string;
  readonly source?: SourceRef;
}

/**
 * The period's credits combined under the contract's cap on the total.
 *
 * @example
 * ```ts
 * report.creditTotal?.totalMinor;
 * ```
 */
export interface CreditTotalReport {
  readonly totalMinor: number;
  readonly uncappedTotalMinor: number;
  readonly capped: boolean;
  readonly belowMinimum: boolean;
  readonly currency: string | null;
  /** The cap on the total, percent of the fee and minor units, when stated. */
  readonly capPercent?: string;
  readonly capMinor?: number;
  readonly rule: string;
  readonly source?: SourceRef;
}

/**
 * What a claim for the period needs: its deadline and the evidence the
 * contract asks for.
 *
 * @example
 * ```ts
 * report.claim?.deadline?.lastDay; // "2026-10-15"
 * ```
 */
export interface ClaimReport {
  readonly deadline: ClaimDeadline | null;
  readonly evidence: readonly { readonly id: string; readonly description: string; readonly source?: SourceRef }[];
  readonly source?: SourceRef;
}

/**
 * The version(s) of a contract with `versions` a period is judged under.
 *
 * @example
 * ```ts
 * report.version?.parts.map((part) => [part.version, part.weightMs]);
 * ```
 */
export interface VersionReport {
  readonly split: AmendmentSplit;
  /** The version in force at the period's start. */
  readonly id: string;
  readonly effectiveFrom: number;
  /** Each part of the period and its version (one with `period-start`). */
  readonly parts: readonly {
    readonly version: string;
    readonly start: number;
    readonly end: number;
    readonly weightMs: number;
    /** Each commitment's figures on this part alone (pro-rata only). */
    readonly commitments?: readonly CommitmentReport[];
  }[];
  readonly rule: string;
}

/**
 * Output of {@link Contract.availability}: every commitment with its own
 * figures, every credit with its rule, the total, the claim and the
 * version. `credit` keeps its first shape: the first credit, for the
 * commitment that feeds it.
 *
 * @example
 * ```ts
 * const report = contract.availability({ period: '2026-06', incidents, feeMinor: 100_000 });
 * report.commitments.map((c) => [c.id, c.availabilityPercent, c.met]);
 * report.credits.map((c) => [c.id, c.amountMinor]);
 * ```
 */
export interface ContractAvailabilityReport {
  readonly contract: string;
  /** The period measured (clipped to the service lifetime), epoch ms. */
  readonly period: { readonly start: number; readonly end: number; readonly label: string };
  /** The period as asked, when a lifetime clipped it. */
  readonly nominalPeriod?: { readonly start: number; readonly end: number; readonly label: string };
  readonly commitments: readonly CommitmentReport[];
  /** Commitments on a measured series (latency, packet loss). */
  readonly seriesCommitments: readonly SeriesCommitmentReport[];
  /** Commitments not evaluated: their period differs from the one asked, or their scope from the one asked. */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  /** The first credit as the first versions of slakit reported it (percent of the fee, amount, tier). */
  readonly credit: {
    readonly commitment: string;
    readonly percent: number;
    readonly amountMinor: number | null;
    readonly currency: string | null;
    readonly tierIndex: number | null;
  } | null;
  /** Every credit whose commitment was evaluated, in definition order. */
  readonly credits: readonly CreditReport[];
  /** The credits combined under the cap on the total; null without credits or without a fee. */
  readonly creditTotal: CreditTotalReport | null;
  /** The claim deadline and evidence; null when the contract states no claim rules. */
  readonly claim: ClaimReport | null;
  /** The version(s) the period is judged under; null for a contract without versions. */
  readonly version: VersionReport | null;
}

/**
 * The termination rights of a contract over a series of period reports.
 *
 * @example
 * ```ts
 * contract.termination(reports).rights.filter((right) => right.triggered);
 * ```
 */
export interface TerminationReport {
  /** Each right, in definition order, with the commitment it reads. */
  readonly rights: readonly (TerminationResult & { readonly commitment: string })[];
  /** Whether any right arose. */
  readonly triggered: boolean;
}

/** A big-integer ratio as JSON. @internal */
export function ratioJson(ratio: { readonly numerator: bigint | number; readonly denominator: bigint | number }): ExactRatioJson {
  return { numerator: String(ratio.numerator), denominator: String(ratio.denominator) };
}

/** Every key of {@link CommitmentData}: any other is refused. @internal */
export const COMMITMENT_DATA_KEYS: ReadonlySet<string> = new Set(
  Object.keys({ incidents: true, probes: true, requests: true, series: true, population: true } satisfies Record<keyof CommitmentData, true>),
);

/** Every key of {@link ContractAvailabilityInput}: any other is refused (a misspelled `incident` would read as "no incidents"). @internal */
export const CONTRACT_AVAILABILITY_INPUT_KEYS: ReadonlySet<string> = new Set(
  Object.keys({
    incidents: true,
    probes: true,
    requests: true,
    series: true,
    population: true,
    causeAliases: true,
    unknownCauses: true,
    period: true,
    lifetime: true,
    maintenance: true,
    maintenanceUsedBeforeMs: true,
    feeMinor: true,
    currency: true,
    claims: true,
    scope: true,
    byCommitment: true,
  } satisfies Record<keyof ContractAvailabilityInput, true>),
);
