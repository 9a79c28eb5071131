import { ownValue } from '../../ids.js';
import type { Contract } from '../contract.js';
import { canonicalJson } from '../parts/remedies.js';
import type { SourceRef } from '../provenance.js';
import type { Ambiguity } from '../schema.js';

/**
 * One side of a {@link RuleDifference}: the rule's value in that contract's
 * terms (absent when that side states no such rule) and the clause it comes
 * from (the nearest `source` around it).
 *
 * @example
 * ```ts
 * const side: RuleSide = { value: 'PT24H', source: letsignitSources.escalationTarget };
 * ```
 */
export interface RuleSide {
  /** The JSON value of the rule on this side; absent when this side has none. */
  readonly value?: unknown;
  /** The clause the rule comes from on this side. */
  readonly source?: SourceRef;
}

/**
 * A rule two contracts state differently, at its definition path, with
 * each side's value and clause: the reason a ticket's due instant or a
 * period's credit differs between them.
 *
 * @example
 * ```ts
 * const why: RuleDifference = {
 *   path: 'responses.priorities.escalation.target',
 *   a: { value: 'PT24H' },
 *   b: { value: { rule: 'end-of-business-day', days: 1, outsideHours: 'ticket-date' } },
 * };
 * ```
 */
export interface RuleDifference {
  /** The definition path of the value that differs (`remedies.credits[0].tiers[1].minInclusive`); `version` when the versions in force differ. */
  readonly path: string;
  readonly a: RuleSide;
  readonly b: RuleSide;
}

/**
 * A reading of the text (a preset option, see the contract's `ambiguities`)
 * taken differently by two contracts.
 *
 * @example
 * ```ts
 * const reading: ReadingDifference = { option: 'escalation', a: 'jours-ouvrables-24h', b: 'end-of-next-business-day', clause: '§3 Escalade' };
 * ```
 */
export interface ReadingDifference {
  /** The option's name in `definition.options`. */
  readonly option: string;
  /** Its value on each side; absent when that side does not record it. */
  readonly a?: string | number | boolean;
  readonly b?: string | number | boolean;
  /** The open question it answers, when the contract documents it (`ambiguities`). */
  readonly question?: string;
  readonly clause?: string;
  readonly source?: SourceRef;
}

/** A subtree of a contract's terms, with the clause around it. @internal */
export interface RuleScope {
  readonly path: string;
  readonly a: unknown;
  readonly b: unknown;
  readonly sourceA?: SourceRef | undefined;
  readonly sourceB?: SourceRef | undefined;
}

/** Keys that carry words or citations, not rules: a difference in them changes no figure. */
const WORDS = new Set(['source', 'sources', 'description']);

/**
 * Every value that differs between the two sides of each scope, at its
 * path: objects are compared key by key, arrays of objects with ids by id
 * (else by position), anything else as a whole. Words and citations
 * (`description`, `source`, `sources`) are not rules and are skipped; each
 * side's clause is the nearest `source` around the value (or the
 * `sources[key]` of the object holding it).
 * @internal
 */
export function ruleDifferences(scopes: readonly RuleScope[]): RuleDifference[] {
  const out: RuleDifference[] = [];
  for (const scope of scopes) compare(scope.a, scope.b, scope.path, scope.sourceA, scope.sourceB, out);
  return out;
}

function compare(a: unknown, b: unknown, path: string, sourceA: SourceRef | undefined, sourceB: SourceRef | undefined, out: RuleDifference[]): void {
  if (canonicalJson(a) === canonicalJson(b)) return;
  if (isRecord(a) && isRecord(b)) {
    const here = { a: sourceOf(a) ?? sourceA, b: sourceOf(b) ?? sourceB };
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (WORDS.has(key)) continue;
      compare(ownValue(a, key), ownValue(b, key), `${path}.${key}`, keySource(a, key) ?? here.a, keySource(b, key) ?? here.b, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.every(isRecord) && b.every(isRecord)) {
    for (const { path: itemPath, a: itemA, b: itemB } of pairItems(a, b, path)) compare(itemA, itemB, itemPath, sourceA, sourceB, out);
    return;
  }
  out.push({ path, a: side(a, isRecord(a) ? (sourceOf(a) ?? sourceA) : sourceA), b: side(b, isRecord(b) ? (sourceOf(b) ?? sourceB) : sourceB) });
}

/** The items of two arrays of objects, paired by `id` when every item has one, else by position. */
function pairItems(a: readonly Record<string, unknown>[], b: readonly Record<string, unknown>[], path: string): { path: string; a: unknown; b: unknown }[] {
  const ids = [...a, ...b].every((item) => typeof item['id'] === 'string');
  if (!ids) return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({ path: `${path}[${i}]`, a: a[i], b: b[i] }));
  const pairs: { path: string; a: unknown; b: unknown }[] = [];
  const seen = new Set<string>();
  for (const item of [...a, ...b]) {
    const id = item['id'] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const i = a.findIndex((x) => x['id'] === id);
    const j = b.findIndex((x) => x['id'] === id);
    pairs.push({ path: i === j ? `${path}[${i}]` : `${path}[id=${id}]`, a: a[i], b: b[j] });
  }
  return pairs;
}

function side(value: unknown, source: SourceRef | undefined): RuleSide {
  return { ...(value === undefined ? {} : { value }), ...(source === undefined ? {} : { source }) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sourceOf(value: Record<string, unknown>): SourceRef | undefined {
  const source = ownValue(value, 'source');
  return isRecord(source) ? (source as unknown as SourceRef) : undefined;
}

/** The citation an object gives one of its keys (`sources: { recordingThreshold: … }`). */
function keySource(value: Record<string, unknown>, key: string): SourceRef | undefined {
  const sources = ownValue(value, 'sources');
  const source = isRecord(sources) ? ownValue(sources, key) : undefined;
  return isRecord(source) ? (source as unknown as SourceRef) : undefined;
}

/**
 * A subtree of both contracts' terms at `keys` (own keys only), with the
 * nearest clause around it on each side.
 * @internal
 */
export function scopeAt(path: readonly string[], termsA: unknown, termsB: unknown): RuleScope {
  const a = descend(termsA, path);
  const b = descend(termsB, path);
  return { path: path.join('.'), a: a.value, b: b.value, sourceA: a.source, sourceB: b.source };
}

function descend(root: unknown, path: readonly string[]): { value: unknown; source: SourceRef | undefined } {
  let value = root;
  let source: SourceRef | undefined;
  for (const key of path) {
    if (!isRecord(value)) return { value: undefined, source };
    source = keySource(value, key) ?? sourceOf(value) ?? source;
    value = ownValue(value, key);
  }
  return { value, source: isRecord(value) ? (sourceOf(value) ?? source) : source };
}

/**
 * The readings (preset options, `definition.options`) two contracts take
 * differently, each with the open question and clause it answers when
 * either contract documents it.
 * @internal
 */
export function readingDifferences(a: Contract, b: Contract): ReadingDifference[] {
  const optionsA = a.definition.options ?? {};
  const optionsB = b.definition.options ?? {};
  const out: ReadingDifference[] = [];
  for (const option of new Set([...Object.keys(optionsA), ...Object.keys(optionsB)])) {
    const valueA = ownValue(optionsA, option);
    const valueB = ownValue(optionsB, option);
    if (valueA === valueB) continue;
    const ambiguity: Ambiguity | undefined = a.ambiguities.find((x) => x.option === option) ?? b.ambiguities.find((x) => x.option === option);
    out.push({
      option,
      ...(valueA === undefined ? {} : { a: valueA }),
      ...(valueB === undefined ? {} : { b: valueB }),
      ...(ambiguity === undefined ? {} : { question: ambiguity.question, clause: ambiguity.clause, ...(ambiguity.source ? { source: ambiguity.source } : {}) }),
    });
  }
  return out;
}
