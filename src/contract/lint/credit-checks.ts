import { type ExactPercent, parsePercent } from '../../availability/ratio.js';
import { PenaltyTable, type PenaltyTier } from '../../penalty/penalty-table.js';
import { comparePercents } from '../../penalty/percent-range.js';
import { metricOf } from '../definition-checks.js';
import type { SourceRef } from '../provenance.js';
import type { CommitmentDefinition, ContractDefinition } from '../schema.js';
import { sources } from './citations.js';
import type { LintWarning } from './lint-contract.js';

/** One tiered credit table of a definition, wherever it is written. */
interface TieredTable {
  readonly id: string;
  readonly path: string;
  readonly commitment: string | undefined;
  readonly tiers: readonly PenaltyTier[];
  readonly gapPolicy: 'error' | 'no-credit' | 'lowest-adjacent' | undefined;
  readonly source: SourceRef | undefined;
}

/**
 * The credit-table checks: commitments stricter than the first paying
 * tier, tables paying above the target of the commitment that feeds them,
 * and gaps between tiers. @internal
 */
export function creditWarnings(definition: ContractDefinition): LintWarning[] {
  const commitments = definition.availability?.commitments ?? [];
  const warnings: LintWarning[] = [];
  for (const table of tieredTables(definition)) {
    const fedId = table.commitment ?? (commitments.length === 1 ? commitments[0]?.id : undefined);
    const fed = commitments.find((c) => c.id === fedId);
    const paying = firstPayingBound(table.tiers);
    if (paying !== undefined) {
      const threshold = paying.bound;
      const below = `pays only ${paying.inclusive ? 'at or ' : ''}below ${threshold.text} %`;
      commitments.forEach((commitment, i) => {
        const target = targetOf(commitment);
        if (target === undefined) return;
        const path = `availability.commitments[${i}]`;
        const cited = (...more: (SourceRef | undefined)[]) => sources(commitment.source, ...(commitment === fed ? [] : [fed?.source]), table.source, ...more);
        if (comparePercents(target, threshold) > 0) {
          warnings.push({
            code: 'commitment-above-credit',
            message: `commitment "${commitment.id}" promises ${target.text} % but credit "${table.id}" ${below}${fed === undefined || fed === commitment ? '' : ` (fed by commitment "${fed.id}", ${targetText(fed)})`}: from ${threshold.text} % to ${target.text} % the commitment is missed and no credit is due`,
            path,
            sources: cited(paying.source),
          });
        } else if (commitment === fed && comparePercents(target, threshold) < 0) {
          warnings.push({
            code: 'credit-while-met',
            message: `credit "${table.id}" ${below} although commitment "${commitment.id}", which feeds it, promises ${target.text} %: from ${target.text} % to ${threshold.text} % a credit is due while the commitment is met`,
            path,
            sources: cited(paying.source),
          });
        }
      });
    }
    const built = new PenaltyTable({ tiers: table.tiers, ...(table.gapPolicy === undefined ? {} : { gapPolicy: table.gapPolicy }) });
    for (const gap of built.gaps) {
      const around = [gap.below, gap.above].flatMap((index) => (index === null ? [] : [table.tiers[index]?.source]));
      warnings.push({
        code: 'tier-gap',
        message: `no tier of credit "${table.id}" covers ${gap.range}: ${built.gapPolicy === 'no-credit' ? 'no credit is due there' : 'the tier just below applies there'} (gapPolicy "${built.gapPolicy}")`,
        path: `${table.path}.tiers`,
        sources: sources(table.source, ...around),
      });
    }
  }
  return warnings;
}

function tieredTables(definition: ContractDefinition): TieredTable[] {
  const penalties = definition.penalties;
  if (penalties !== undefined) {
    return [{ id: 'credit', path: 'penalties', commitment: penalties.commitment, tiers: penalties.tiers as PenaltyTier[], gapPolicy: penalties.gapPolicy, source: penalties.source }];
  }
  return (definition.remedies?.credits ?? []).flatMap((credit, i) =>
    credit.type === 'tiered'
      ? [{ id: credit.id ?? `remedies.credits[${i}]`, path: `remedies.credits[${i}]`, commitment: credit.commitment, tiers: credit.tiers as PenaltyTier[], gapPolicy: credit.gapPolicy, source: credit.source }]
      : [],
  );
}

/** The highest availability bound under which some tier pays a credit above 0 %, with that tier's clause. */
function firstPayingBound(tiers: readonly PenaltyTier[]): { bound: ExactPercent; inclusive: boolean; source: SourceRef | undefined } | undefined {
  let best: { bound: ExactPercent; inclusive: boolean; source: SourceRef | undefined } | undefined;
  for (const tier of tiers) {
    if (comparePercents(parsePercent(tier.creditPercent, 'creditPercent'), parsePercent('0', 'creditPercent')) === 0) continue;
    const bound = parsePercent(tier.max ?? '100', 'max');
    const inclusive = tier.max === undefined || tier.maxInclusive === true;
    const c = best === undefined ? 1 : comparePercents(bound, best.bound);
    if (c > 0 || (c === 0 && inclusive && best?.inclusive === false)) best = { bound, inclusive, source: tier.source };
  }
  return best;
}

/** A commitment's target as an exact percent, when it is measured as availability (not a series bound). */
function targetOf(commitment: CommitmentDefinition): ExactPercent | undefined {
  if (commitment.target === undefined || metricOf(commitment) === 'series') return undefined;
  return parsePercent(commitment.target, 'target');
}

function targetText(commitment: CommitmentDefinition): string {
  return commitment.target === undefined ? 'no target' : `${parsePercent(commitment.target, 'target').text} %`;
}
