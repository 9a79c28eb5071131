import { SlaInputError } from '../../errors.js';
import { checkKnownKeys } from '../../ids.js';
import type { AdHocWindowInput } from '../../maintenance/index.js';
import { type InstantInput, toInstant } from '../../time/instant.js';
import { Contract } from '../contract.js';
import { defineContract } from '../define-contract.js';
import type { SourceRef } from '../provenance.js';
import type { ContractDefinition } from '../schema.js';
import { creditWarnings } from './credit-checks.js';
import { noticeWarnings, timeWarnings } from './time-checks.js';

/**
 * What a lint warning is about:
 *
 * - `commitment-above-credit` — a commitment promises more than the credit
 *   table pays for: between the table's first paying bound and the target,
 *   the commitment is missed and no credit is due;
 * - `credit-while-met` — the table fed by a commitment pays above its
 *   target: a credit is due while the commitment is met;
 * - `tier-gap` — availabilities no tier covers (allowed by a gap policy);
 * - `open-reading` — a reading the contract's text leaves open (its
 *   documented ambiguities), with the one taken: a note, not a warning
 *   (the contract made its choice; see {@link LintReport.notes});
 * - `maintenance-in-measured-time` — a recurring maintenance window inside
 *   the open time of a commitment's measured calendar;
 * - `notice-longer-than-lead` — an announced window announced later than
 *   the notice rule asks (it excuses nothing);
 * - `target-unreachable` — a response target its calendar cannot reach
 *   within its horizon (e.g. a calendar with no open time);
 * - `maintenance-in-dst-gap` — a recurring window that starts or ends at a
 *   local time its zone skips (spring forward) in the years checked.
 *
 * @example
 * ```ts
 * const code: LintCode = 'tier-gap';
 * ```
 */
export type LintCode =
  | 'commitment-above-credit'
  | 'credit-while-met'
  | 'tier-gap'
  | 'open-reading'
  | 'maintenance-in-measured-time'
  | 'notice-longer-than-lead'
  | 'target-unreachable'
  | 'maintenance-in-dst-gap';

/**
 * One contradiction or trap in a contract, with the clauses involved.
 *
 * @example
 * ```ts
 * const { code, message, path, sources } = lintContract(letsignit()).warnings[0];
 * ```
 */
export interface LintWarning {
  readonly code: LintCode;
  /** What is wrong, in words, with the figures. */
  readonly message: string;
  /** The definition path of the rule at fault (`availability.commitments[0]`). */
  readonly path: string;
  /** The clause citations of every rule involved. */
  readonly sources: readonly SourceRef[];
}

/**
 * Options of {@link lintContract}.
 *
 * @example
 * ```ts
 * const options: LintOptions = { from: '2026-01-01T00:00:00Z', years: 5 };
 * ```
 */
export interface LintOptions {
  /** Where the checks over time start (maintenance windows, DST gaps, targets). Without it they are skipped. */
  readonly from?: InstantInput | undefined;
  /** How many years from `from` the checks over time look at: a whole number from 1 to 50. Default 5. */
  readonly years?: number | undefined;
  /** Announced ad-hoc windows, to check against the notice rule. */
  readonly announced?: readonly AdHocWindowInput[] | undefined;
}

/**
 * The result of {@link lintContract}: plain JSON data.
 *
 * @example
 * ```ts
 * lintContract(letsignit()).warnings.map((w) => w.code);
 * ```
 */
export interface LintReport {
  readonly contract: string;
  /** Contradictions and traps: what `slakit lint` exits 1 for. */
  readonly warnings: readonly LintWarning[];
  /**
   * The readings the contract's text leaves open (code `open-reading`), each with the reading the contract took
   * and the option that switches it. Documented choices, not faults: `slakit lint` shows them and exits 1 for
   * them only with `--strict`.
   */
  readonly notes: readonly LintWarning[];
  /** Checks not run, with why. */
  readonly skipped: readonly string[];
}

const OPTION_KEYS: ReadonlySet<string> = new Set(Object.keys({ from: true, years: true, announced: true } satisfies Record<keyof LintOptions, true>));

/** A lint check's view of the contract: the built contract, its definition, the span of time checked. @internal */
export interface LintContext {
  readonly contract: Contract;
  readonly definition: ContractDefinition;
  readonly from: number;
  readonly to: number;
  readonly announced: readonly AdHocWindowInput[];
}

/**
 * Contradictions and traps of a contract (docs/beyond-slas.md): each a
 * warning with its code, the figures, the definition path and the clause
 * citations of the rules involved; the readings its text leaves open come
 * apart, as notes. A valid contract can still carry them:
 * the lint never refuses one. The top-level terms are checked; versions are
 * not checked for overlap or gaps, which their model cannot have (each is
 * in force from its `effectiveFrom` until the next one's).
 *
 * Throws {@link SlaDefinitionError} for a definition `defineContract`
 * refuses, and {@link SlaInputError} naming `options.from`,
 * `options.years` or `options.announced[i]`.
 *
 * @example
 * ```ts
 * const report = lintContract(letsignit(), { from: '2026-01-01T00:00:00Z' });
 * report.warnings.find((w) => w.code === 'commitment-above-credit')?.message;
 * // 'commitment "server" promises 99.95 % but credit "credit" pays only below 99.5 % …'
 * ```
 */
export function lintContract(contract: Contract | ContractDefinition, options: LintOptions = {}): LintReport {
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, '{ from?, years?, announced? }');
  checkKnownKeys(options, OPTION_KEYS, 'options');
  const built = contract instanceof Contract ? contract : defineContract(contract);
  const years = options.years ?? 5;
  if (!Number.isInteger(years) || years < 1 || years > 50) throw new SlaInputError('options.years', years, 'a whole number of years from 1 to 50');
  if (options.announced !== undefined && !Array.isArray(options.announced)) throw new SlaInputError('options.announced', options.announced, 'an array of announced windows { start, end, announcedAt }');
  const announced = options.announced ?? [];
  const warnings: LintWarning[] = [...creditWarnings(built.definition), ...noticeWarnings({ contract: built, definition: built.definition, announced })];
  const skipped: string[] = ['versions: each version is in force from its effectiveFrom until the next one, so versions can neither overlap nor leave a gap'];
  if (options.from === undefined) {
    skipped.push('maintenance windows in measured time, response targets and DST gaps: no `from` instant given');
  } else {
    const from = toInstant(options.from, 'options.from');
    const to = from + years * 365 * 86_400_000;
    warnings.push(...timeWarnings({ contract: built, definition: built.definition, from, to, announced }));
  }
  return { contract: built.id, warnings, notes: openReadings(built.definition), skipped };
}

/** Each reading the text leaves open, as the contract documents it. */
function openReadings(definition: ContractDefinition): LintWarning[] {
  return (definition.ambiguities ?? []).map((a, i) => ({
    code: 'open-reading',
    message: `${a.clause}: ${a.question} Read as: ${a.defaultReading} (option ${a.option}; alternatives: ${a.alternatives.join('; ')})`,
    path: `ambiguities[${i}]`,
    sources: a.source === undefined ? [] : [a.source],
  }));
}
