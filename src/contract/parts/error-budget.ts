import { type BurnRateAlert, type CauseReading, type ErrorBudget, type WindowTime, errorBudget } from '../../availability/index.js';
import { SlaInputError } from '../../errors.js';
import type { AdHocWindowInput } from '../../maintenance/index.js';
import { checkKnownKeys } from '../../ids.js';
import { periodContaining } from '../../periods/period-rule.js';
import { type InstantInput, toInstant } from '../../time/instant.js';
import { metricOf } from '../definition-checks.js';
import { checkObject } from '../fields.js';
import type { SourceRef } from '../provenance.js';
import { type ByCommitment, CONTRACT_AVAILABILITY_INPUT_KEYS, type CommitmentData, type ContractAvailabilityInput } from '../report.js';
import type { ContractIds } from '../contract-ids.js';
import type { CommitmentDefinition } from '../schema.js';
import { checkByCommitment, dataReader, resolvePeriod } from './evaluate-availability.js';
import type { TimeMeasure } from './measure-commitment.js';
import type { TermsVersions } from './versions.js';

/**
 * Input of {@link Contract.errorBudget}: the data of
 * {@link Contract.availability} (incidents, probes, announced maintenance,
 * causes), `now`, and how to lay out the burn-rate windows. `Ids` are the
 * contract's ids ({@link ContractIds}): they type `commitment`,
 * `byCommitment` keys and the `causeAliases` targets.
 *
 * @example
 * ```ts
 * const input: ContractErrorBudgetInput = { now: '2026-06-13T10:00:00+02:00', incidents: [] };
 * ```
 */
export interface ContractErrorBudgetInput<Ids extends ContractIds = ContractIds> extends CauseReading<Ids['cause']>, CommitmentData {
  /** The instant asked about. */
  readonly now: InstantInput;
  /** The period; default: each commitment's own period (a month…) holding `now`. */
  readonly period?: ContractAvailabilityInput['period'];
  /** The service's lifetime: clips a `period` given. */
  readonly lifetime?: ContractAvailabilityInput['lifetime'];
  /** Only this commitment; default every commitment measured in downtime. */
  readonly commitment?: Ids['commitment'];
  readonly maintenance?: readonly AdHocWindowInput[];
  readonly maintenanceUsedBeforeMs?: number;
  readonly byCommitment?: ByCommitment<Ids['commitment']>;
  /** The alert conditions; default `SRE_WORKBOOK_ALERTS`. */
  readonly alerts?: readonly BurnRateAlert[];
  /** `measured` (default) or `wall`: see {@link WindowTime}. */
  readonly windowTime?: WindowTime;
}

/**
 * One commitment's error budget at `now`.
 *
 * @example
 * ```ts
 * const { id, budgetMs, leftMs, alerts } = report.commitments[0];
 * ```
 */
export interface CommitmentBudgetReport extends ErrorBudget {
  readonly id: string;
  /** The period's label (`2026-06`). */
  readonly label: string;
  /** The calendar measured on, or null (round the clock). */
  readonly measuredCalendar: string | null;
  /** The version the period is judged under (null without versions). */
  readonly version: string | null;
  /** The commitment's clause. */
  readonly source: SourceRef | null;
  /** What the measurement did (maintenance windows that excuse nothing, …). */
  readonly notes: readonly string[];
}

/**
 * The output of {@link Contract.errorBudget}: plain JSON data.
 *
 * @example
 * ```ts
 * report.commitments.flatMap((c) => c.alerts.filter((a) => a.firing).map((a) => `${c.id} ${a.id}`));
 * ```
 */
export interface ContractErrorBudgetReport {
  readonly contract: string;
  /** Epoch ms. */
  readonly now: number;
  readonly commitments: readonly CommitmentBudgetReport[];
  /** Commitments with no budget in ms (request, weighted, series metrics; mean of months; 100 % targets), with why. */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
}

/** The keys of `Contract.availability`'s input that a budget does not read (fees, claims, scope). */
const NOT_BUDGET_KEYS = ['feeMinor', 'currency', 'claims', 'scope'] as const satisfies readonly (keyof ContractAvailabilityInput)[];

/** Every key of {@link ContractErrorBudgetInput}: availability's but fees, claims and scope, and its own. */
const INPUT_KEYS: ReadonlySet<string> = new Set([
  ...[...CONTRACT_AVAILABILITY_INPUT_KEYS].filter((key) => !(NOT_BUDGET_KEYS as readonly string[]).includes(key)),
  ...Object.keys({ now: true, commitment: true, alerts: true, windowTime: true } satisfies Record<Exclude<keyof ContractErrorBudgetInput, keyof ContractAvailabilityInput>, true>),
]);

/**
 * {@link Contract.errorBudget}: each downtime commitment measured by the
 * availability pipeline over its period (the version in force at the
 * period's start), its counted downtime fed to {@link errorBudget} on its
 * measured calendar.
 * @internal
 */
export function evaluateErrorBudget(versions: TermsVersions, input: ContractErrorBudgetInput): ContractErrorBudgetReport {
  checkObject(input, 'input', '{ now, period?, commitment?, incidents?, probes?, maintenance?, alerts?, windowTime?, … }');
  checkKnownKeys(input, INPUT_KEYS, 'input');
  const now = toInstant(input.now, 'now');
  const base = versions.base;
  const zone = base.requireAvailability().section.zone;
  const asked = input.period === undefined ? undefined : resolvePeriod({ period: input.period, ...(input.lifetime === undefined ? {} : { lifetime: input.lifetime }) }, base.requireAvailability()).measured;
  const all = versions.engines.flatMap((engine) => engine.availability?.commitments ?? []);
  if (input.commitment !== undefined && !all.some((c) => c.id === input.commitment)) {
    throw new SlaInputError('commitment', input.commitment, `a commitment id of contract ${base.terms.id}: ${[...new Set(all.map((c) => c.id))].join(', ')}`);
  }
  const ids = [...new Set(base.requireAvailability().commitments.map((c) => c.id))].filter((id) => input.commitment === undefined || id === input.commitment);
  const commitments: CommitmentBudgetReport[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const id of ids) {
    const rule = base.requireAvailability().commitments.find((c) => c.id === id) as CommitmentDefinition;
    const period = asked ?? periodContaining(typeof rule.period === 'string' ? { type: rule.period } : rule.period, now, zone, { path: `commitments.${id}.period` });
    const plan = versions.forPeriod(period);
    if (plan.split === 'pro-rata' && plan.parts.length > 1) {
      throw new SlaInputError('options.versionSplit', 'pro-rata', `a period judged under one version: ${period.label} spans an amendment, and an error budget is not pooled across versions`);
    }
    const part = plan.parts[0];
    const availability = part?.engine.availability;
    const commitment = availability?.commitments.find((c) => c.id === id);
    if (part === undefined || availability === undefined || commitment === undefined) {
      skipped.push({ id, reason: `not a commitment of the version in force at the start of ${period.label}` });
      continue;
    }
    const why = unbudgeted(commitment);
    if (why !== undefined) {
      skipped.push({ id, reason: why });
      continue;
    }
    checkByCommitment(input, [availability], base.terms.id);
    const data = dataReader(availability, input)(id);
    const measure = availability.measure(commitment, data, { period, maintenance: availability.maintenanceWindows(input.maintenance ?? []), maintenanceUsedBeforeMs: input.maintenanceUsedBeforeMs }) as TimeMeasure;
    const calendar = availability.measuredCalendar(commitment);
    const budget = errorBudget({
      target: String(commitment.target),
      period,
      ...(calendar === undefined ? {} : { measuredCalendar: calendar }),
      counted: measure.counted,
      now,
      ...(input.alerts === undefined ? {} : { alerts: input.alerts }),
      ...(input.windowTime === undefined ? {} : { windowTime: input.windowTime }),
    });
    commitments.push({
      id,
      label: period.label,
      measuredCalendar: commitment.measuredCalendar ?? null,
      version: versions.hasVersions ? part.engine.name : null,
      source: commitment.source ?? null,
      notes: measure.notes,
      ...budget,
    });
  }
  return { contract: base.terms.id, now, commitments, skipped };
}

/** Why a commitment has no error budget in ms, or undefined when it has one. */
function unbudgeted(commitment: CommitmentDefinition): string | undefined {
  const metric = metricOf(commitment);
  if (metric !== 'downtime') return `measured by the ${metric} metric: an error budget is counted in downtime ms`;
  if (commitment.aggregation === 'mean-of-months') return 'judged on the mean of monthly figures: no single budget in ms';
  if (commitment.target === undefined) return 'states no target';
  if (/^100(\.0*)?$/.test(String(commitment.target))) return 'a 100 % target leaves no error budget';
  return undefined;
}
