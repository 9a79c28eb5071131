import { checkChoice, checkObject, fieldPath } from '../contract/fields.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';
import { MS_PER_DAY, parseLocalDate } from '../time/civil.js';
import { durationText } from '../time/duration-text.js';
import { type InstantInput, formatInstant, toInstant } from '../time/instant.js';
import { TimeZone } from '../time/zone.js';
import { type JsonMergePatch, applyMergePatch } from './json-merge-patch.js';

/**
 * One version of a contract as JSON data: when it takes effect and its
 * terms, given in full (`terms`) or as a JSON Merge Patch (RFC 7396) of the
 * previous version's terms (`patch`): exactly one of the two; the first
 * version gives `terms`.
 *
 * `effectiveFrom` is an instant (ISO 8601 with an offset, or epoch ms), a
 * local date `YYYY-MM-DD` (its local midnight) or a local date-time
 * `YYYY-MM-DDTHH:MM`, read in `zone` (or the options' zone).
 *
 * @example
 * ```ts
 * const versions: VersionDefinition<{ target: string }>[] = [
 *   { id: '2024', effectiveFrom: '2024-01-01', terms: { target: '99.9' } },
 *   { id: '2026', effectiveFrom: '2026-06-15', patch: { target: '99.95' } },
 * ];
 * ```
 */
export interface VersionDefinition<T> {
  /** Stable id, named in reports (`2024`, `amendment-2`). */
  readonly id?: string | undefined;
  /** When the version takes effect (inclusive). */
  readonly effectiveFrom: InstantInput;
  /** Zone of a local `effectiveFrom`. */
  readonly zone?: string | undefined;
  /** The terms in full. */
  readonly terms?: T | undefined;
  /** The changes to the previous version's terms (RFC 7396). */
  readonly patch?: JsonMergePatch | undefined;
  /** The amendment's clause or document. */
  readonly source?: SourceRef | undefined;
}

/**
 * Options of {@link ContractVersions}.
 *
 * @example
 * ```ts
 * new ContractVersions(versions, { zone: 'UTC', validate: (terms, path) => termsSchema.parse(terms) });
 * ```
 */
export interface ContractVersionsOptions<T> {
  /** Zone of local `effectiveFrom` values without their own `zone`. */
  readonly zone?: string | undefined;
  /** Where that zone comes from, for errors (default "the options' zone"), e.g. "the availability section's zone". */
  readonly zoneSource?: string | undefined;
  /**
   * Check each version's terms (full, or merged from a patch) and return
   * them typed; `path` is `versions[i].terms` or `versions[i].patch`.
   * Default: the terms as they are.
   */
  readonly validate?: ((terms: unknown, path: string) => T) | undefined;
  /** JSON path of the list, prefixed to every field an error names; default `versions`. */
  readonly path?: string | undefined;
}

/**
 * A version in force from `effectiveFrom` until the next one's.
 *
 * @example
 * ```ts
 * const { id, effectiveFrom, terms } = versions.at('2026-07-01T00:00:00Z');
 * ```
 */
export interface ContractVersion<T> {
  /** Index in the list. */
  readonly index: number;
  /** The version's id, when given. */
  readonly id?: string;
  /** First instant in force, epoch ms. */
  readonly effectiveFrom: number;
  /** The next version's `effectiveFrom` (exclusive), or absent for the last. */
  readonly effectiveUntil?: number;
  /** The terms in force, in full (patches applied). */
  readonly terms: T;
  /** The version's source, when given. */
  readonly source?: SourceRef;
}

/**
 * How a period that spans an amendment is judged: `period-start` (default)
 * under the version in force at the period's start, the amendment taking
 * effect from the next period; or `pro-rata`, split at each amendment into
 * sub-periods, each judged under its own version and weighted by its
 * length in ms.
 *
 * @example
 * ```ts
 * const split: AmendmentSplit = 'pro-rata';
 * ```
 */
export type AmendmentSplit = 'period-start' | 'pro-rata';

/**
 * One sub-period and the version it is judged under.
 *
 * @example
 * ```ts
 * for (const part of versions.forPeriod(june, { split: 'pro-rata' }).parts) console.log(part.version.id, part.weightMs);
 * ```
 */
export interface PeriodVersionPart<T> {
  /** First instant, epoch ms. */
  readonly start: number;
  /** End (exclusive), epoch ms. */
  readonly end: number;
  /** `end − start`: the part's weight; the weights add up to the period's length. */
  readonly weightMs: number;
  /** The version the part is judged under. */
  readonly version: ContractVersion<T>;
}

/**
 * The versions a period is judged under.
 *
 * @example
 * ```ts
 * const { split, parts, amendments, rule } = versions.forPeriod(june);
 * ```
 */
export interface PeriodVersions<T> {
  /** The reading applied. */
  readonly split: AmendmentSplit;
  /** The sub-periods in time order (one with `period-start`), tiling the period. */
  readonly parts: readonly PeriodVersionPart<T>[];
  /** The amendments that take effect strictly inside the period, epoch ms. */
  readonly amendments: readonly number[];
  /** The reading and the versions, in words. */
  readonly rule: string;
}

/**
 * A contract as a list of versions, each in force from its
 * `effectiveFrom` until the next one's: the version in force at an instant,
 * and the versions a period is judged under. Generic over the terms type
 * (a whole contract definition, or any part of one). Versions are listed in
 * the order they take effect; a version that does not start after the one
 * before it (an overlap, or a duplicate `effectiveFrom`) is refused.
 * Construction throws {@link SlaInputError} naming `versions[i].…`.
 *
 * @example
 * ```ts
 * const versions = new ContractVersions(
 *   [
 *     { id: 'v1', effectiveFrom: '2026-01-01', terms: { target: '99.9', fee: 100_000 } },
 *     { id: 'v2', effectiveFrom: '2026-06-15', patch: { target: '99.95' } },
 *   ],
 *   { zone: 'UTC' },
 * );
 * versions.at('2026-07-01T00:00:00Z').terms; // { target: '99.95', fee: 100000 }
 * versions.forPeriod(AvailabilityPeriod.month(2026, 6, 'UTC')).parts[0].version.id; // "v1" (in force on June 1)
 * ```
 */
export class ContractVersions<T> {
  /** The versions, in force one after the other. */
  readonly versions: readonly ContractVersion<T>[];
  readonly #path: string;

  /**
   * Resolve every version's `effectiveFrom` and terms (patches applied in
   * order) and check the order.
   *
   * @example
   * ```ts
   * new ContractVersions([{ effectiveFrom: '2026-06-01T00:00:00Z', terms: {} }, { effectiveFrom: '2026-06-01T00:00:00Z', patch: {} }]);
   * // throws SlaInputError: versions[1].effectiveFrom: … after versions[0].effectiveFrom …
   * ```
   */
  constructor(definitions: readonly VersionDefinition<T>[], options: ContractVersionsOptions<T> = {}) {
    const path = options.path ?? 'versions';
    this.#path = path;
    if (!Array.isArray(definitions) || definitions.length === 0) throw new SlaInputError(path, definitions, 'a non-empty list of versions, in the order they take effect');
    const validate = options.validate ?? ((terms: unknown) => terms as T);
    const starts: number[] = [];
    let previous: unknown;
    const resolved = definitions.map((definition: VersionDefinition<T>, index) => {
      const at = `${path}[${index}]`;
      checkObject(definition, at, '{ effectiveFrom, terms } or { effectiveFrom, patch }');
      const effectiveFrom = resolveEffectiveFrom(definition, options.zone, options.zoneSource ?? "the options' zone", at);
      const before = starts[index - 1];
      if (before !== undefined && effectiveFrom <= before) {
        throw new SlaInputError(
          fieldPath(at, 'effectiveFrom'),
          definition.effectiveFrom,
          `an instant after ${path}[${index - 1}].effectiveFrom (${formatInstant(before)}): each version is in force until the next one takes effect, so versions are listed in time order and ${effectiveFrom === before ? 'two cannot take effect at the same instant' : 'must not overlap'}`,
        );
      }
      starts.push(effectiveFrom);
      if ((definition.terms === undefined) === (definition.patch === undefined)) {
        throw new SlaInputError(at, { terms: definition.terms, patch: definition.patch }, 'exactly one of terms (in full) and patch (changes to the previous version, RFC 7396)');
      }
      if (definition.patch !== undefined && index === 0) throw new SlaInputError(fieldPath(at, 'patch'), definition.patch, 'terms in full: the first version has no previous version to patch');
      if (definition.patch !== undefined) checkObject(definition.patch, fieldPath(at, 'patch'), 'a JSON object of changes (RFC 7396 JSON Merge Patch)');
      const merged = definition.terms !== undefined ? definition.terms : applyMergePatch(previous, definition.patch);
      const terms = validate(merged, fieldPath(at, definition.terms !== undefined ? 'terms' : 'patch'));
      previous = terms;
      return { index, effectiveFrom, terms, definition };
    });
    this.versions = resolved.map(({ index, effectiveFrom, terms, definition }): ContractVersion<T> => {
      const next = resolved[index + 1];
      return {
        index,
        ...(definition.id === undefined ? {} : { id: definition.id }),
        effectiveFrom,
        ...(next === undefined ? {} : { effectiveUntil: next.effectiveFrom }),
        terms,
        ...(definition.source === undefined ? {} : { source: definition.source }),
      };
    });
  }

  /**
   * The version in force at an instant. Throws {@link SlaInputError}
   * naming `at` before the first version.
   *
   * @example
   * ```ts
   * versions.at('2026-06-14T23:59:59.999Z').id; // "v1"
   * versions.at('2026-06-15T00:00:00Z').id;     // "v2"
   * ```
   */
  at(instant: InstantInput, field = 'at'): ContractVersion<T> {
    const t = toInstant(instant, field);
    const first = this.versions[0] as ContractVersion<T>;
    if (t < first.effectiveFrom) throw new SlaInputError(field, instant, `an instant at or after ${this.#path}[0].effectiveFrom (${formatInstant(first.effectiveFrom)}): no version is in force before it`);
    let low = 0;
    let high = this.versions.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.versions[mid] as ContractVersion<T>).effectiveFrom <= t) low = mid;
      else high = mid - 1;
    }
    return this.versions[low] as ContractVersion<T>;
  }

  /**
   * The versions a period is judged under: by default the one in force at
   * its start; with `split: 'pro-rata'`, one part per version in force
   * during the period, weighted by its length in ms (the weights add up to
   * the period's length). Throws {@link SlaInputError} naming
   * `period.start` when no version is in force then, or `split`.
   *
   * @example
   * ```ts
   * // June 2026 with an amendment on June 15: 14 days under v1, 16 under v2.
   * const june = AvailabilityPeriod.month(2026, 6, 'UTC');
   * versions.forPeriod(june, { split: 'pro-rata' }).parts.map((part) => part.weightMs / 86_400_000); // [14, 16]
   * ```
   */
  forPeriod(period: { readonly start: number; readonly end: number; readonly label?: string | undefined }, options: { readonly split?: AmendmentSplit | undefined } = {}): PeriodVersions<T> {
    checkObject(period, 'period', '{ start, end } epoch ms');
    if (!Number.isSafeInteger(period.start) || !Number.isSafeInteger(period.end) || period.end <= period.start) throw new SlaInputError('period', period, '{ start, end } epoch ms with start < end');
    const split = checkChoice(options.split, 'split', ['period-start', 'pro-rata'] as const, 'period-start');
    const first = this.at(period.start, 'period.start');
    const amendments = this.versions.filter((version) => version.effectiveFrom > period.start && version.effectiveFrom < period.end);
    const name = (version: ContractVersion<T>) => version.id ?? `${this.#path}[${version.index}]`;
    const label = period.label ?? `${formatInstant(period.start)}/${formatInstant(period.end)}`;
    if (split === 'period-start') {
      const later = amendments.length === 0 ? '' : `; ${amendments.map((version) => `${name(version)} (from ${formatInstant(version.effectiveFrom)})`).join(', ')} applies from the next period`;
      return {
        split,
        parts: [{ start: period.start, end: period.end, weightMs: period.end - period.start, version: first }],
        amendments: amendments.map((version) => version.effectiveFrom),
        rule: `${label} is judged under ${name(first)}, in force at its start${later}`,
      };
    }
    const bounds = [period.start, ...amendments.map((version) => version.effectiveFrom), period.end];
    const parts = [first, ...amendments].map((version, k): PeriodVersionPart<T> => {
      const start = bounds[k] as number;
      const end = bounds[k + 1] as number;
      return { start, end, weightMs: end - start, version };
    });
    return {
      split,
      parts,
      amendments: amendments.map((version) => version.effectiveFrom),
      rule: `${label} is split pro rata: ${parts.map((part) => `${name(part.version)} for ${durationText(part.weightMs)}`).join(', ')}`,
    };
  }
}

function resolveEffectiveFrom(definition: VersionDefinition<unknown>, fallbackZone: string | undefined, zoneSource: string, at: string): number {
  const field = fieldPath(at, 'effectiveFrom');
  const zoneName = definition.zone ?? fallbackZone;
  const zone = zoneName === undefined ? undefined : TimeZone.of(zoneName, definition.zone === undefined ? 'zone' : fieldPath(at, 'zone'));
  const value = definition.effectiveFrom;
  const day = typeof value === 'string' ? parseLocalDate(value.trim()) : undefined;
  if (day !== undefined) {
    if (zone === undefined) throw new SlaInputError(field, value, `an instant with an offset, or a zone to read the local date in: the version's own "zone", else ${zoneSource} (none is given)`);
    return zone.fromWall(day * MS_PER_DAY, 'boundary');
  }
  return toInstant(value, field, zoneName);
}
