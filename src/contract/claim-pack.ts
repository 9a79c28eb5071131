import { formatInstant } from '../time/instant.js';
import { commitmentIncidents, excusedBy, incidentFigures } from './commitment-incidents.js';
import type { Contract } from './contract.js';
import type { SourceRef } from './provenance.js';
import type { CommitmentReport, ContractAvailabilityInput, ContractAvailabilityReport, ExactRatioJson, RatioUnit } from './report.js';

/**
 * A claim pack: what a customer files to claim a service credit for a
 * period, and what anyone needs to re-run and check it — the period, every
 * commitment's figures, every credit with its rule, the claim deadline, the
 * evidence the contract asks for and every clause cited. Plain JSON data;
 * instants are ISO 8601 UTC. The CLI (`slakit claim`) adds SHA-256 digests
 * of the definition and the input files.
 *
 * @example
 * ```ts
 * const pack: ClaimPackData = claimPack(letsignit(), { period: '2026-03', incidents: [], feeMinor: 149_000, currency: 'EUR' });
 * pack.credits.map((c) => c.amountMinor); // [0]: 100 %, no credit
 * ```
 */
export interface ClaimPackData {
  readonly contract: { readonly id: string; readonly name: string };
  /** The period measured (clipped to the service's lifetime). */
  readonly period: { readonly start: string; readonly end: string; readonly label: string };
  /** The period as asked, when a lifetime clipped it; else null. */
  readonly nominalPeriod: { readonly start: string; readonly end: string; readonly label: string } | null;
  /** The version the period is judged under; null for a contract without versions. */
  readonly version: string | null;
  readonly commitments: readonly {
    readonly id: string;
    readonly target: string;
    readonly met: boolean;
    readonly metric: CommitmentReport['metric'];
    readonly availabilityPercent: string;
    readonly ratio: ExactRatioJson;
    readonly ratioUnit: RatioUnit;
    readonly margin: string;
    readonly countedDowntimeMs: number;
    readonly source: SourceRef | null;
  }[];
  readonly credits: readonly {
    readonly id: string;
    readonly commitment: string;
    readonly amountMinor: number | null;
    readonly paidMinor: number | null;
    readonly rule: string;
    readonly source: SourceRef | null;
  }[];
  /** The total owed under the contract's cap; null without credits or without a fee. */
  readonly total: { readonly totalMinor: number; readonly currency: string | null; readonly rule: string } | null;
  /** The last day to claim (`YYYY-MM-DD`, inclusive), the instant it ends and the rule; null when the contract states none. */
  readonly deadline: { readonly lastDay: string; readonly endsAt: string; readonly zone: string; readonly rule: string; readonly source: SourceRef | null } | null;
  /** The evidence the contract asks a claim to include. */
  readonly evidence: readonly { readonly id: string; readonly description: string; readonly source: SourceRef | null }[];
  /**
   * The incidents behind the figure of the commitment that feeds the first
   * credit (else the first commitment), recorded or not, with their dates
   * and times — the evidence most contracts ask for: each one's counted and
   * excused downtime in ms (maintenance over the budget counted, see
   * {@link commitmentIncidents}) and what excused it. Empty for a figure
   * not measured from incidents (requests, series).
   */
  readonly incidents: readonly {
    readonly commitment: string;
    readonly start: string;
    readonly end: string;
    readonly durationMs: number;
    readonly causes: readonly string[];
    readonly ids: readonly string[];
    readonly recorded: boolean;
    readonly countedMs: number;
    readonly excusedMs: number;
    readonly overBudgetMs: number;
    /** Each rule that excused part of it and the window or cause, e.g. `maintenance: nightly`. */
    readonly excusedBy: readonly string[];
  }[];
  /** Every clause cited above, once each, in order of first use. */
  readonly citations: readonly SourceRef[];
}

/**
 * The claim pack of a period: {@link Contract.availability} of `input`,
 * laid out as what a claim needs (see {@link ClaimPackData}). No digest:
 * the CLI's `slakit claim` adds SHA-256 digests of the definition and inputs.
 *
 * Throws what {@link Contract.availability} throws (`SlaInputError` for bad
 * input, e.g. a proportional credit without `feeMinor`).
 *
 * @example
 * ```ts
 * import { letsignit } from 'slakit/presets/letsignit';
 * const pack = claimPack(letsignit(), { period: '2026-03', incidents: [{ start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00', cause: 'internal' }], feeMinor: 149_000, currency: 'EUR' });
 * pack.credits[0]?.amountMinor;   // 4470 — 99.4616 % → 3 % of 1 490.00 EUR
 * pack.incidents[0]?.countedMs;   // 14400000 — the 4 h outage, the evidence a claim lists
 * ```
 */
export function claimPack(contract: Contract, input: ContractAvailabilityInput): ClaimPackData {
  return claimPackOf(contract, contract.availability(input));
}

/**
 * The claim pack of an availability report already computed (see
 * {@link claimPack}).
 *
 * @example
 * ```ts
 * import { letsignit } from 'slakit/presets/letsignit';
 * const contract = letsignit();
 * const incidents = [{ start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00', cause: 'internal' }];
 * const pack = claimPackOf(contract, contract.availability({ period: '2026-03', incidents, feeMinor: 149_000, currency: 'EUR' }));
 * pack.credits[0]?.amountMinor; // 4470 — 1 − 4/743 = 99.4616 % → 3 % of 1 490.00 EUR
 * ```
 */
export function claimPackOf(contract: Contract, report: ContractAvailabilityReport): ClaimPackData {
  const citations = new Map<string, SourceRef>();
  const cite = (source: SourceRef | undefined): SourceRef | null => {
    if (source === undefined) return null;
    const key = JSON.stringify([source.document, source.section, source.quote]);
    if (!citations.has(key)) citations.set(key, source);
    return source;
  };
  const period = (p: { readonly start: number; readonly end: number; readonly label: string }) => ({ start: formatInstant(p.start), end: formatInstant(p.end), label: p.label });
  const commitments = report.commitments.map((c) => ({
    id: c.id,
    target: c.target,
    met: c.met,
    metric: c.metric,
    availabilityPercent: c.availabilityPercent,
    ratio: c.ratio,
    ratioUnit: c.ratioUnit,
    margin: c.margin,
    countedDowntimeMs: c.countedDowntimeMs,
    source: cite(c.source),
  }));
  const credits = report.credits.map((c) => ({ id: c.id, commitment: c.commitment, amountMinor: c.amountMinor, paidMinor: c.paidMinor, rule: c.rule, source: cite(c.tier?.source ?? c.source) }));
  const total = report.creditTotal;
  const deadline = report.claim?.deadline ?? null;
  return {
    contract: { id: contract.id, name: contract.name },
    period: period(report.period),
    nominalPeriod: report.nominalPeriod === undefined ? null : period(report.nominalPeriod),
    version: report.version?.id ?? null,
    commitments,
    credits,
    total: total === null ? null : { totalMinor: total.totalMinor, currency: total.currency, rule: total.rule },
    deadline: deadline === null ? null : { lastDay: deadline.lastDay, endsAt: formatInstant(deadline.endsAt), zone: deadline.zone, rule: deadline.rule, source: cite(deadline.source) },
    evidence: (report.claim?.evidence ?? []).map((e) => ({ id: e.id, description: e.description, source: cite(e.source) })),
    incidents: incidentsOf(report),
    citations: [...citations.values()],
  };
}

/** The incidents of the commitment feeding the first credit (else the first), as {@link ClaimPackData.incidents}. */
function incidentsOf(report: ContractAvailabilityReport): ClaimPackData['incidents'] {
  const fed = report.commitments.find((c) => c.id === report.credit?.commitment) ?? report.commitments[0];
  if (fed === undefined || fed.requests !== undefined) return [];
  return commitmentIncidents(fed).map((view) => ({ commitment: fed.id, ...incidentFigures(view), excusedBy: excusedBy(view.incident) }));
}
