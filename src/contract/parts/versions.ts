import { SlaDefinitionError } from '../../errors.js';
import { formatInstant } from '../../time/instant.js';
import { type AmendmentSplit, ContractVersions, type VersionDefinition } from '../../versions/contract-versions.js';
import { applyMergePatch } from '../../versions/json-merge-patch.js';
import { checkTerms } from '../definition-checks.js';
import type { ContractDefinition, ContractTerms } from '../schema.js';
import { canonicalJson, definitionStep } from './remedies.js';
import { ContractTermsEngine } from './terms.js';

/** The name of the top-level terms, in force before the first amendment. @internal */
export const INITIAL_VERSION = 'initial';

/** The first instant slakit reads (1000-01-01T00:00Z): the top-level terms are in force from it. */
const BEGINNING = Date.UTC(1000, 0, 1);

/**
 * The schema check of one version's merged terms: the terms as the schema
 * reads them, or a {@link SlaDefinitionError} whose paths start with
 * `prefix` (`versions[0].patch.`). {@link defineContract} gives it; a
 * contract built from a definition already known to pass the schema (a
 * preset's) is built without it, so the engine never loads the schema.
 * @internal
 */
export type TermsSchemaCheck = (terms: unknown, prefix: string) => ContractTerms;

/** One part of a period and the engine of the version it is judged under. @internal */
export interface TermsPart {
  readonly engine: ContractTermsEngine;
  readonly effectiveFrom: number;
  readonly start: number;
  readonly end: number;
  readonly weightMs: number;
}

/**
 * The versions of a contract: the top-level terms, in force until the first
 * amendment, then each amendment's terms (the previous ones patched, RFC
 * 7396), each checked by the same schema (`schemaCheck`, when given) and
 * cross-reference checks as the top level (errors name
 * `versions[i].patch.…`) and built into an engine.
 * @internal
 */
export class TermsVersions {
  readonly base: ContractTermsEngine;
  readonly split: AmendmentSplit;
  readonly hasVersions: boolean;
  readonly #versions: ContractVersions<ContractTermsEngine>;

  constructor(definition: ContractDefinition, schemaCheck?: TermsSchemaCheck) {
    // `$schema` names the JSON Schema an editor checks the file with: not a term.
    const { versions, $schema: _schema, ...baseTerms } = definition;
    this.base = new ContractTermsEngine(baseTerms, { prefix: '', name: INITIAL_VERSION });
    this.split = baseTerms.options?.['versionSplit'] === 'pro-rata' ? 'pro-rata' : 'period-start';
    this.hasVersions = versions !== undefined;
    const initial: VersionDefinition<ContractTermsEngine> = { id: INITIAL_VERSION, effectiveFrom: BEGINNING, terms: this.base };
    if (versions === undefined) {
      this.#versions = new ContractVersions([initial]);
      return;
    }
    const zone = baseTerms.availability?.zone;
    // Where each amendment's terms come from: `versions[i].terms.` (in full) or `versions[i].patch.`.
    const given = versions.map((version, i) => `versions[${i}].${version.terms === undefined ? 'patch' : 'terms'}.`);
    const amendments: VersionDefinition<ContractTerms>[] = versions.map((version, i) => ({
      effectiveFrom: version.effectiveFrom,
      ...(version.id === undefined ? {} : { id: version.id }),
      ...(version.zone === undefined ? {} : { zone: version.zone }),
      ...(version.source === undefined ? {} : { source: version.source }),
      // Terms in full stand alone; the first patch applies to the top-level terms, each next one to the previous version's.
      ...(version.terms !== undefined ? { terms: version.terms as ContractTerms } : i === 0 ? { terms: applyMergePatch(baseTerms, version.patch) as ContractTerms } : { patch: version.patch }),
    }));
    const resolved = definitionStep(
      () =>
        new ContractVersions<ContractTerms>(amendments, {
          path: 'versions',
          ...(zone === undefined ? {} : { zone }),
          zoneSource: "the availability section's zone",
          validate: (terms, path) => validateTerms(terms, given[indexOf(path)] as string, baseTerms, schemaCheck),
        }),
    );
    const engines = resolved.versions.map((version) => new ContractTermsEngine(version.terms, { prefix: given[version.index] as string, name: version.id ?? `versions[${version.index}]` }));
    checkOneFeeUnit(this.base, engines, resolved.versions.map((version) => given[version.index] as string));
    this.#versions = definitionStep(
      () =>
        new ContractVersions<ContractTermsEngine>([
          initial,
          ...resolved.versions.map((version, i) => ({
            id: (engines[i] as ContractTermsEngine).name,
            effectiveFrom: version.effectiveFrom,
            terms: engines[i] as ContractTermsEngine,
            ...(version.source === undefined ? {} : { source: version.source }),
          })),
        ]),
      'versions[0].effectiveFrom',
    );
  }

  /** Every version's engine, in force one after the other. */
  get engines(): readonly ContractTermsEngine[] {
    return this.#versions.versions.map((version) => version.terms);
  }

  /** The engine in force at an instant. */
  at(instant: number): ContractTermsEngine {
    return this.#versions.at(instant).terms;
  }

  /** The engine in force at an instant and when it took effect (`null` for the top-level terms). */
  versionAt(instant: number): { readonly engine: ContractTermsEngine; readonly effectiveFrom: number | null } {
    const version = this.#versions.at(instant);
    return { engine: version.terms, effectiveFrom: version.index === 0 ? null : version.effectiveFrom };
  }

  /** The parts of a period and the engine each is judged under, with the reading in words. */
  forPeriod(period: { readonly start: number; readonly end: number; readonly label: string }): { readonly split: AmendmentSplit; readonly parts: readonly TermsPart[]; readonly rule: string } {
    const plan = this.#versions.forPeriod(period, { split: this.split });
    return {
      split: plan.split,
      parts: plan.parts.map((part) => ({ engine: part.version.terms, effectiveFrom: part.version.effectiveFrom, start: part.start, end: part.end, weightMs: part.weightMs })),
      rule: plan.rule.replace(formatInstant(BEGINNING), 'the beginning'),
    };
  }
}

/** One version's merged terms, checked like the top level (the schema when `schemaCheck` is given); errors under `prefix`. */
function validateTerms(terms: unknown, prefix: string, base: ContractTerms, schemaCheck: TermsSchemaCheck | undefined): ContractTerms {
  const checked = schemaCheck === undefined ? (terms as ContractTerms) : schemaCheck(terms, prefix);
  if (checked.id !== base.id) throw new SlaDefinitionError([{ path: `${prefix}id`, message: `a version cannot change the contract's id "${base.id}"` }]);
  const unchanged = ticketSideChanges(checked, base, prefix);
  if (unchanged.length > 0) throw new SlaDefinitionError(unchanged);
  const issues = checkTerms(checked, prefix);
  if (issues.length > 0) throw new SlaDefinitionError(issues);
  return checked;
}

/**
 * Amendments apply to availability, remedies, claims and response targets
 * (a ticket is judged under the version in force when it was opened, or at
 * `now`); deadlines, billing and limits are answered under the top-level
 * terms, so a version that changes them is refused rather than silently
 * ignored.
 */
function ticketSideChanges(terms: ContractTerms, base: ContractTerms, prefix: string): { path: string; message: string }[] {
  const why = 'amendments apply to availability, remedies, claims and response targets only: deadlines, billing and limits are judged under the top-level terms (state the change there, or as a new contract)';
  const fields = ['deadlines', 'billing', 'limits'] as const;
  return fields.filter((field) => canonicalJson(terms[field]) !== canonicalJson(base[field])).map((field) => ({ path: `${prefix}${field}`, message: why }));
}

/** One fee is given to an evaluation, whatever version judges it: every version's credits state the same `fee.per`. */
function checkOneFeeUnit(base: ContractTermsEngine, engines: readonly ContractTermsEngine[], prefixes: readonly string[]): void {
  const first = base.remedies.feeUnit ?? engines.find((engine) => engine.remedies.feeUnit !== undefined)?.remedies.feeUnit;
  engines.forEach((engine, i) => {
    const unit = engine.remedies.feeUnit;
    if (unit !== undefined && unit !== first) {
      throw new SlaDefinitionError([{ path: `${prefixes[i]}remedies`, message: `one fee is given to an evaluation whatever version judges it: expected the credits' fee per "${first}", as in the earlier terms, got "${unit}"` }]);
    }
  });
}

/** The amendment index in a path `versions[i].…`. */
function indexOf(path: string): number {
  return Number(/^versions\[(\d+)\]/.exec(path)?.[1] ?? 0);
}
