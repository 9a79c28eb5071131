import { AvailabilityPeriod, type CauseReading, type IncidentCauses } from '../../availability/index.js';
import { checkObject } from '../fields.js';
import type { AccountingReading } from '../../measurement/accounting-reading.js';
import { SlaInputError } from '../../errors.js';
import { checkKnownKeys, ownValue } from '../../ids.js';
import { currencyCode } from '../../penalty/money.js';
import { apportionMinor } from '../../penalty/rounding.js';
import { type PeriodDefinition, clipToLifetime, periodFromDefinition } from '../../periods/period-definition.js';
import { COMMITMENT_DATA_KEYS, CONTRACT_AVAILABILITY_INPUT_KEYS, type CommitmentData, type CommitmentReport, type ContractAvailabilityInput, type ContractAvailabilityReport, type CreditReport, type SeriesCommitmentReport, type VersionReport } from '../report.js';
import type { CommitmentDefinition } from '../schema.js';
import type { ContractAvailability } from './availability.js';
import { checkPoolable, commitmentReport, isPoolable, poolMeasures, seriesReport, targetOf, weightedTarget } from './commitment-verdict.js';
import { canonicalJson } from './remedies.js';
import type { MeasureData, TimeMeasure } from './measure-commitment.js';
import { type CreditMoney, firstCredit } from './remedies.js';
import type { ContractTermsEngine } from './terms.js';
import type { TermsPart, TermsVersions } from './versions.js';

/**
 * {@link Contract.availability}: the period (clipped to a lifetime), the
 * version(s) it is judged under, each commitment measured and judged, the
 * credits, their total, the claim.
 *
 * A pro-rata split (option `versionSplit: "pro-rata"`, a period that spans
 * an amendment) measures each part under its version over the whole period
 * and keeps the part's share (so intervals and budgets stay aligned on the
 * period); a commitment's figure pools the parts (good and measured time
 * add up), its target is the parts' targets weighted by their lengths; a
 * credit stated alike in every part is computed once on the pooled figures,
 * one that changed is computed per part on the pooled figures and paid on
 * the part's share of the fee (apportioned by length, largest remainder).
 * A commitment that cannot be pooled (request or series metric, mean of
 * months) is measured once over the whole period when no amendment changes
 * it or its section's rules; otherwise the split is refused naming
 * `options.versionSplit`.
 *
 * With `reading`, excused and unmonitored time are accounted for under it
 * instead of each version's own reading (see `Contract.sideBySide`).
 * @internal
 */
export function evaluateAvailability(versions: TermsVersions, input: ContractAvailabilityInput, reading?: AccountingReading): ContractAvailabilityReport {
  checkObject(input, 'input', '{ period, incidents?, probes?, requests?, … }');
  checkKnownKeys(input, CONTRACT_AVAILABILITY_INPUT_KEYS, 'input');
  const base = versions.base;
  const zone = base.requireAvailability().section.zone;
  const { measured, nominal } = resolvePeriod(input, base.requireAvailability());
  const plan = versions.forPeriod(measured);
  const parts = plan.parts;
  const proRata = plan.split === 'pro-rata' && parts.length > 1;
  const engines = parts.map((part) => part.engine);
  const availabilities = engines.map((engine) => engine.requireAvailability());
  checkByCommitment(input, availabilities, base.terms.id);
  const selections = availabilities.map((availability) => availability.select(nominal, input.scope));
  const money: CreditMoney = { feeMinor: input.feeMinor, currency: input.currency === undefined ? undefined : currencyCode(input.currency), claims: input.claims };
  const creditPeriod = { start: measured.start, end: measured.end, zone: measured.zone ?? zone };
  const data = engines.map((_, i) => dataReader(availabilities[i] as ContractAvailability, input));
  const contexts = parts.map((part, i) => ({
    period: measured,
    maintenance: (availabilities[i] as ContractAvailability).maintenanceWindows(input.maintenance ?? []),
    maintenanceUsedBeforeMs: input.maintenanceUsedBeforeMs,
    restrict: proRata ? { start: part.start, end: part.end } : undefined,
    reading,
  }));

  const commitments: CommitmentReport[] = [];
  const seriesCommitments: SeriesCommitmentReport[] = [];
  const pooled = new Map<string, TimeMeasure>();
  const partReports = parts.map((): CommitmentReport[] => []);
  for (const id of evaluatedIds(selections)) {
    const holders = parts.map((_, i) => i).filter((i) => selections[i]?.evaluated.some((c) => c.id === id));
    const definitionOf = (i: number) => (selections[i]?.evaluated.find((c) => c.id === id) as CommitmentDefinition);
    const name = (i: number) => (versions.hasVersions ? (engines[i] as ContractTermsEngine).name : undefined);
    // A commitment that cannot be pooled from parts is measured once over the whole period when no amendment changes it.
    const whole = !proRata || (!isPoolable(definitionOf(holders[0] as number)) && holders.length === parts.length && unchangedAcross(holders.map((i) => measuredTerms(availabilities[i] as ContractAvailability, id))));
    if (whole) {
      const first = holders[0] as number;
      const commitment = definitionOf(first);
      const measure = (availabilities[first] as ContractAvailability).measure(commitment, (data[first] as DataReader)(id), { ...(contexts[first] as (typeof contexts)[number]), restrict: undefined });
      const version = proRata ? holders.map(name).join(', ') : name(first);
      if (measure.kind === 'series') seriesCommitments.push(seriesReport(commitment, measure, version));
      else {
        pooled.set(id, measure);
        commitments.push(commitmentReport(commitment, measure, { version }));
      }
      continue;
    }
    const measures = holders.map((i) => {
      const commitment = definitionOf(i);
      checkPoolable(commitment);
      const measure = (availabilities[i] as ContractAvailability).measure(commitment, (data[i] as DataReader)(id), contexts[i] as (typeof contexts)[number]) as TimeMeasure;
      partReports[i]?.push(commitmentReport(commitment, measure, { version: name(i) }));
      return measure;
    });
    const measure = poolMeasures(id, measures);
    pooled.set(id, measure);
    const target = weightedTarget(holders.map((i) => ({ target: targetOf(definitionOf(i)), weightMs: (parts[i] as TermsPart).weightMs })));
    commitments.push(commitmentReport(definitionOf(holders[0] as number), measure, { target, version: holders.map(name).join(', ') }));
  }

  const credits = proRata ? proRataCredits(parts, pooled, money, creditPeriod) : creditsOf(parts[0] as TermsPart, pooled, money, creditPeriod, versions.hasVersions);
  const remedies = (engines[0] as ContractTermsEngine).remedies;
  const first = remedies.combine(credits, money, creditPeriod);
  const claims = (engines[0] as ContractTermsEngine).claims;
  return {
    contract: base.terms.id,
    period: { start: measured.start, end: measured.end, label: measured.label },
    ...(measured === nominal ? {} : { nominalPeriod: { start: nominal.start, end: nominal.end, label: nominal.label } }),
    commitments,
    seriesCommitments,
    skipped: skippedOf(selections),
    credit: firstCredit(first.credits, money, remedies.feeUnit, creditPeriod),
    credits: first.credits,
    creditTotal: first.total,
    claim: claims === undefined ? null : claims.report(nominal),
    version: versions.hasVersions ? versionReport(plan, proRata ? partReports : undefined) : null,
  };
}

/** What a commitment is measured under: its definition and its section's rules (without the other commitments). */
function measuredTerms(availability: ContractAvailability, id: string): string {
  const { commitments, ...rules } = availability.section;
  return canonicalJson({ commitment: commitments.find((c) => c.id === id), rules });
}

function unchangedAcross(keys: readonly string[]): boolean {
  return keys.every((key) => key === keys[0]);
}

/** The measured period (clipped to a lifetime) and the period as asked. @internal */
export function resolvePeriod(input: Pick<ContractAvailabilityInput, 'period' | 'lifetime'>, availability: Pick<ContractAvailability, 'parsePeriod'>): { measured: AvailabilityPeriod; nominal: AvailabilityPeriod } {
  const asked = input.period;
  let nominal: AvailabilityPeriod;
  let measured: AvailabilityPeriod | undefined;
  if (typeof asked === 'string') nominal = availability.parsePeriod(asked);
  else if (asked instanceof AvailabilityPeriod) nominal = asked;
  else if (asked !== null && typeof asked === 'object' && 'type' in asked) {
    const resolved = periodFromDefinition(asked as PeriodDefinition, { path: 'period' });
    nominal = resolved.nominal;
    measured = resolved.period;
  } else {
    throw new SlaInputError('period', asked, 'a period such as "2026-03", an AvailabilityPeriod, or a period definition { type: "month", year, month, zone, … }');
  }
  measured ??= nominal;
  if (input.lifetime !== undefined) measured = clipToLifetime(measured, input.lifetime, { path: 'lifetime' });
  return { measured, nominal };
}

/** The data of one commitment by id. @internal */
export type DataReader = (id: string) => MeasureData;

/** The data of each commitment: its own (`byCommitment`) or the shared data, causes read by the version's rules. @internal */
export function dataReader(availability: ContractAvailability, input: CauseReading & CommitmentData & Pick<ContractAvailabilityInput, 'byCommitment'>): DataReader {
  let causes: IncidentCauses | undefined;
  const read = () => (causes ??= availability.incidentCauses(input));
  let shared: MeasureData | undefined;
  return (id) => {
    const own = ownValue(input.byCommitment, id);
    if (own === undefined) {
      shared ??= { ...dataFields(input, input.incidents && read().readIncidents(input.incidents)), population: input.population, field: '', ownProbes: false };
      return shared;
    }
    if (own === null || typeof own !== 'object') throw new SlaInputError(`byCommitment.${id}`, own, '{ incidents?, probes?, requests?, series?, population? }');
    checkKnownKeys(own, COMMITMENT_DATA_KEYS, `byCommitment.${id}`);
    const field = `byCommitment.${id}.`;
    return { ...dataFields(own, own.incidents && read().readIncidents(own.incidents, `${field}incidents`)), population: own.population ?? input.population, field, ownProbes: own.probes !== undefined };
  };
}

function dataFields(data: CommitmentData, incidents: CommitmentData['incidents']) {
  return { incidents, probes: data.probes, requests: data.requests, series: data.series };
}

/** An unknown `byCommitment` id is refused. @internal */
export function checkByCommitment(input: Pick<ContractAvailabilityInput, 'byCommitment'>, availabilities: readonly ContractAvailability[], contract: string): void {
  const known = new Set(availabilities.flatMap((availability) => availability.commitments.map((c) => c.id)));
  for (const id of Object.keys(input.byCommitment ?? {})) {
    if (!known.has(id)) throw new SlaInputError(`byCommitment.${id}`, id, `a commitment id of contract ${contract}: ${[...known].join(', ')}`);
  }
}

/** Commitment ids evaluated in any part, in the order they first appear. */
function evaluatedIds(selections: readonly ReturnType<ContractAvailability['select']>[]): string[] {
  const ids: string[] = [];
  for (const selection of selections) for (const c of selection.evaluated) if (!ids.includes(c.id)) ids.push(c.id);
  return ids;
}

/** Commitments skipped in every part, with the first reason. */
function skippedOf(selections: readonly ReturnType<ContractAvailability['select']>[]): { id: string; reason: string }[] {
  const evaluated = new Set(evaluatedIds(selections));
  const skipped: { id: string; reason: string }[] = [];
  for (const selection of selections) {
    for (const entry of selection.skipped) if (!evaluated.has(entry.id) && !skipped.some((s) => s.id === entry.id)) skipped.push(entry);
  }
  return skipped;
}

/** The credits of one version whose commitments were evaluated. */
function creditsOf(part: TermsPart, pooled: ReadonlyMap<string, TimeMeasure>, money: CreditMoney, period: { start: number; end: number; zone: string }, named: boolean): CreditReport[] {
  const { remedies } = part.engine;
  return remedies.credits.flatMap((credit) => {
    const measure = pooled.get(credit.commitment);
    return measure === undefined ? [] : [remedies.evaluate(credit, { measure, period }, money, named ? part.engine.name : undefined)];
  });
}

/** Pro-rata credits: once when stated alike in every part, else per part on its share of the fee. */
function proRataCredits(parts: readonly TermsPart[], pooled: ReadonlyMap<string, TimeMeasure>, money: CreditMoney, period: { start: number; end: number; zone: string }): CreditReport[] {
  const ids: string[] = [];
  for (const part of parts) for (const credit of part.engine.remedies.credits) if (!ids.includes(credit.id)) ids.push(credit.id);
  const shares = money.feeMinor === undefined ? undefined : apportionMinor(money.feeMinor, parts.map((part) => part.weightMs));
  return ids.flatMap((id) => {
    const holders = parts.map((part, i) => ({ part, i, credit: part.engine.remedies.credits.find((c) => c.id === id) })).filter((h) => h.credit !== undefined && pooled.has(h.credit.commitment));
    const first = holders[0];
    if (first === undefined || first.credit === undefined) return [];
    const alike = holders.length === parts.length && holders.every((h) => h.credit?.key === first.credit?.key);
    if (alike) return [first.part.engine.remedies.evaluate(first.credit, { measure: pooled.get(first.credit.commitment) as TimeMeasure, period }, money, holders.map((h) => h.part.engine.name).join(', '))];
    return holders.map((h) =>
      h.part.engine.remedies.evaluate(h.credit as NonNullable<typeof h.credit>, { measure: pooled.get(h.credit?.commitment as string) as TimeMeasure, period }, shares === undefined ? money : { ...money, feeMinor: shares[h.i] }, h.part.engine.name),
    );
  });
}

function versionReport(plan: ReturnType<TermsVersions['forPeriod']>, partReports: readonly CommitmentReport[][] | undefined): VersionReport {
  const first = plan.parts[0] as TermsPart;
  return {
    split: plan.split,
    id: first.engine.name,
    effectiveFrom: first.effectiveFrom,
    parts: plan.parts.map((part, i) => ({
      version: part.engine.name,
      start: part.start,
      end: part.end,
      weightMs: part.weightMs,
      ...(partReports === undefined ? {} : { commitments: partReports[i] ?? [] }),
    })),
    rule: plan.rule,
  };
}
