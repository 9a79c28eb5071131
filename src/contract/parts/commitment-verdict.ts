import { type ExactRatio, formatPercent, parsePercent } from '../../availability/ratio.js';
import { SlaInputError } from '../../errors.js';
import { truncatedDecimal } from '../../remedies/decimal.js';
import { metricOf } from '../definition-checks.js';
import { type CommitmentReport, type SeriesCommitmentReport, ratioJson } from '../report.js';
import type { CommitmentDefinition } from '../schema.js';
import type { SeriesMeasure, TimeMeasure } from './measure-commitment.js';

/**
 * From a commitment's measure to its verdict: met, margin, the report.
 * Exact throughout: a target `t` (percent, an exact fraction) is met iff
 * `numerator × 100 ≥ t × denominator`, and the margin is
 * `floor(denominator × (100 − t) / 100) − (denominator − numerator)` in the
 * ratio's unit.
 * @internal
 */

/** A target in percent as an exact fraction `n / d`. @internal */
export interface PercentFraction {
  readonly n: bigint;
  readonly d: bigint;
}

/** The target of a commitment as a fraction of percent. @internal */
export function targetOf(commitment: CommitmentDefinition): PercentFraction {
  const percent = parsePercent(commitment.target, 'target');
  return { n: percent.units, d: percent.scale };
}

/** Met, and the margin in the ratio's unit and in equivalent ms. @internal */
export function verdictOf(ratio: ExactRatio, target: PercentFraction, baseMs: number): { met: boolean; margin: bigint; marginMs: number } {
  const { numerator, denominator } = ratio;
  if (denominator === 0n) return { met: true, margin: 0n, marginMs: 0 };
  const hundred = 100n * target.d;
  const allowed = (denominator * (hundred - target.n)) / hundred;
  const margin = allowed - (denominator - numerator);
  return { met: margin >= 0n, margin, marginMs: Number(floorDiv(margin * BigInt(baseMs), denominator)) };
}

/** A commitment's report from its measure, judged against `target` (its own, or a pro-rata mean). @internal */
export function commitmentReport(commitment: CommitmentDefinition, measure: TimeMeasure, options: { readonly target?: PercentFraction; readonly version?: string | undefined } = {}): CommitmentReport {
  const target = options.target ?? targetOf(commitment);
  const mean = measure.meanOfMonths;
  const verdict = mean === undefined ? verdictOf(measure.ratio, target, measure.baseMs) : { met: mean.met, margin: BigInt(mean.marginMs), marginMs: mean.marginMs };
  return {
    id: commitment.id,
    target: options.target === undefined ? parsePercent(commitment.target, 'target').text : percentText(target),
    period: commitment.period,
    met: verdict.met,
    marginMs: verdict.marginMs,
    aggregation: commitment.aggregation ?? 'whole-period',
    availabilityPercent: mean === undefined ? formatPercent(measure.ratio) : mean.availabilityPercent,
    metric: measure.metric,
    ratio: ratioJson(measure.ratio),
    ratioUnit: measure.ratioUnit,
    margin: String(verdict.margin),
    baseMs: measure.baseMs,
    countedDowntimeMs: measure.countedDowntimeMs,
    result: measure.result,
    ...(mean === undefined ? {} : { monthly: mean.monthly }),
    ...(measure.granularity === undefined ? {} : { granularity: measure.granularity }),
    ...(measure.maintenanceBudget === undefined ? {} : { maintenanceBudget: measure.maintenanceBudget }),
    ...(measure.weighting === undefined ? {} : { weighting: measure.weighting }),
    ...(measure.requests === undefined ? {} : { requests: measure.requests }),
    ...(commitment.scope === undefined ? {} : { scope: commitment.scope }),
    ...(options.version === undefined ? {} : { version: options.version }),
    notes: measure.notes,
    ...(commitment.source === undefined ? {} : { source: commitment.source }),
  };
}

/** A series commitment's report. @internal */
export function seriesReport(commitment: CommitmentDefinition, measure: SeriesMeasure, version?: string): SeriesCommitmentReport {
  const { result } = measure;
  const unit = commitment.metric?.type === 'series' ? commitment.metric.unit : undefined;
  return {
    id: commitment.id,
    metric: 'series',
    period: commitment.period,
    series: measure.series,
    statistic: result.statistic,
    ...(result.percentile === undefined ? {} : { percentile: result.percentile }),
    comparison: result.comparison,
    bound: result.bound,
    ...(unit === undefined ? {} : { unit }),
    ...(result.exact === undefined ? {} : { exact: ratioJson(result.exact) }),
    ...(result.value === undefined ? {} : { value: result.value }),
    met: result.met ?? null,
    ...(result.margin === undefined ? {} : { margin: ratioJson(result.margin) }),
    points: result.points,
    ignored: result.ignored,
    ...(result.rank === undefined ? {} : { rank: result.rank }),
    ...(commitment.scope === undefined ? {} : { scope: commitment.scope }),
    ...(version === undefined ? {} : { version }),
    notes: result.notes,
    ...(commitment.source === undefined ? {} : { source: commitment.source }),
  };
}

/**
 * The parts of a pro-rata split pooled into one figure: numerators and
 * denominators add up (the parts tile the period), counted downtime joins.
 * The parts must measure in the same unit. @internal
 */
export function poolMeasures(id: string, parts: readonly TimeMeasure[]): TimeMeasure {
  const first = parts[0] as TimeMeasure;
  if (parts.some((part) => part.ratioUnit !== first.ratioUnit || part.metric !== first.metric)) {
    throw new SlaInputError('options.versionSplit', 'pro-rata', `versions that measure commitment "${id}" by the same metric: its metric changes at an amendment inside the period, so the parts cannot be pooled (judge the period under the version in force at its start: "period-start")`);
  }
  let counted = first.counted;
  for (const part of parts.slice(1)) counted = counted.union(part.counted);
  return {
    ...first,
    ratio: { numerator: parts.reduce((sum, part) => sum + part.ratio.numerator, 0n), denominator: parts.reduce((sum, part) => sum + part.ratio.denominator, 0n) },
    baseMs: parts.reduce((sum, part) => sum + part.baseMs, 0),
    countedDowntimeMs: counted.measure(),
    counted,
    incidentCount: counted.size,
    notes: parts.flatMap((part) => part.notes),
  };
}

/** The targets of the parts weighted by their lengths in ms: `Σ wᵢ tᵢ / Σ wᵢ`. @internal */
export function weightedTarget(parts: readonly { readonly target: PercentFraction; readonly weightMs: number }[]): PercentFraction {
  const same = parts.every((part) => part.target.n * (parts[0] as { target: PercentFraction }).target.d === (parts[0] as { target: PercentFraction }).target.n * part.target.d);
  if (same) return (parts[0] as { target: PercentFraction }).target;
  const d = parts.reduce((product, part) => product * part.target.d, 1n);
  const total = BigInt(parts.reduce((sum, part) => sum + part.weightMs, 0));
  const n = parts.reduce((sum, part) => sum + BigInt(part.weightMs) * part.target.n * (d / part.target.d), 0n);
  return { n, d: d * total };
}

/** A pro-rata commitment can be pooled only from measures in time; others fail naming the option. @internal */
export function checkPoolable(commitment: CommitmentDefinition): void {
  const metric = metricOf(commitment);
  if (metric === 'requests' || metric === 'series' || commitment.aggregation === 'mean-of-months') {
    throw new SlaInputError(
      'options.versionSplit',
      'pro-rata',
      `"period-start" for a period that spans an amendment when commitment "${commitment.id}" is ${commitment.aggregation === 'mean-of-months' ? 'a mean of monthly figures' : `measured by the ${metric} metric`}: only downtime measured in time can be split pro rata`,
    );
  }
}

/** A target fraction as text: exact when it ends within 4 decimals, else truncated to 4. */
function percentText(target: PercentFraction): string {
  const exact = parsePercentText(target);
  return exact ?? truncatedDecimal(target.n, target.d, 4);
}

function parsePercentText(target: PercentFraction): string | undefined {
  for (let digits = 0; digits <= 4; digits++) {
    if ((target.n * 10n ** BigInt(digits)) % target.d === 0n) return truncatedDecimal(target.n, target.d, digits);
  }
  return undefined;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
