import { BusinessCalendar } from '../calendar/business-calendar.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';
import { checkId, checkKnownKeys } from '../ids.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { TargetRule, type TargetRuleInput, isTargetRule } from './target-rule.js';

/**
 * Whether missing a target is a breach of contract (`contractual`) or only a
 * missed key performance indicator (`kpi`, e.g. LumApps §4: "These are KPIs;
 * missing them is not a breach of contract", LumApps support services §4).
 *
 * @example
 * ```ts
 * const kind: ResponseTargetKind = 'kpi';
 * ```
 */
export type ResponseTargetKind = 'contractual' | 'kpi';

/**
 * What a reprioritisation does to a running clock:
 * - `recompute-from-open` (default, as Jira Service Management does): the
 *   whole clock is recomputed from the opening with the new priority's target
 *   **and** calendar, as if the ticket had always had the new priority. The
 *   due instant may then lie before the change (an upgrade can make a ticket
 *   late retroactively; a downgrade can rescue a late one).
 * - `from-change`: business time counted before the change is **carried
 *   over** as measured (business ms on the calendar of the priority in force
 *   at the time, pauses excluded); from the change on, time counts on the new
 *   priority's calendar, and the ticket is due at the earliest instant `d` at
 *   or after the change at which `carried + counted since the change` reaches
 *   the new target. When the carried time already reaches the new target,
 *   the ticket is due at the change itself — never before it. Warning
 *   thresholds follow the same rule. With the same calendar and carried time
 *   below the new target both rules agree; they differ when the calendars
 *   differ or when the carried time already exceeds the new target.
 *
 * @example
 * ```ts
 * const rule: Reprioritisation = 'from-change';
 * ```
 */
export type Reprioritisation = 'recompute-from-open' | 'from-change';

/** The reprioritisation rules, default first. @example `REPRIORITISATIONS[0]; // "recompute-from-open"` */
export const REPRIORITISATIONS: readonly Reprioritisation[] = ['recompute-from-open', 'from-change'];

/** Default warning thresholds, as fractions of the target: 50 %, 75 %, 90 %. @example `DEFAULT_WARNINGS; // [0.5, 0.75, 0.9]` */
export const DEFAULT_WARNINGS: readonly number[] = [0.5, 0.75, 0.9];

/**
 * The response target of one priority on a calendar: a business duration,
 * or a rule such as "end of the next business day" ({@link TargetRuleInput}).
 *
 * A rule target resolves, per ticket, at the instant the clock starts (the
 * opening) to a due instant; the clock then runs on the business duration
 * `calendar.elapsed(openedAt, ruleDue)`, so pauses push the due instant by
 * the paused business time, and warnings, `percentUsed`, batch summaries,
 * explanations and reprioritisation work as for a duration. Under both
 * reprioritisation rules a rule target is resolved from the opening: under
 * `from-change` the business time carried over counts against that
 * duration, so with one calendar and no pauses the ticket stays due at the
 * rule's deadline.
 *
 * @example
 * ```ts
 * const critical: ResponseTarget = {
 *   target: { hours: 10 },
 *   calendar: support, // Mon–Fri 08:00–18:00 Europe/Berlin, DE-RP holidays
 *   source: linkandoSources.reactionCritical,
 * };
 * const low: ResponseTarget = { target: { rule: 'end-of-business-day', days: 1 }, calendar: support };
 * ```
 */
export interface ResponseTarget {
  /** Business time allowed before the first response (positive), or a rule. */
  readonly target: DurationInput | TargetRuleInput;
  /** The calendar whose open time counts toward the target. */
  readonly calendar: BusinessCalendar;
  /** `contractual` (default) or `kpi`. */
  readonly kind?: ResponseTargetKind;
  /** The clause the target comes from. */
  readonly source?: SourceRef;
}

/**
 * Options of {@link ResponsePolicy}.
 *
 * @example
 * ```ts
 * const options: ResponsePolicyOptions = {
 *   priorities: { critical: { target: 'PT10H', calendar: support } },
 *   reprioritisation: 'from-change',
 *   warnings: [0.5, 0.9],
 * };
 * ```
 */
export interface ResponsePolicyOptions {
  /** The target of each priority, by priority id (at least one). */
  readonly priorities: Readonly<Record<string, ResponseTarget>>;
  /** What a reprioritisation does; default `recompute-from-open`. */
  readonly reprioritisation?: Reprioritisation;
  /**
   * Warning thresholds as fractions of the target, each in `(0, 1]`,
   * distinct; default {@link DEFAULT_WARNINGS}. `[]` disables warnings.
   */
  readonly warnings?: readonly number[];
}

/**
 * A priority's target once validated: the target in milliseconds (or the
 * rule), with its calendar, kind and source.
 *
 * @example
 * ```ts
 * policy.target('critical').targetMs; // 36000000
 * policy.target('low').rule?.text;    // "end of the next business day"
 * policy.target('low').targetMs;      // null: resolved per ticket, see targetMsFrom
 * ```
 */
export interface ResolvedResponseTarget {
  /** The priority id. */
  readonly priority: string;
  /** The target in business milliseconds (> 0), or `null` for a rule target. */
  readonly targetMs: number | null;
  /** The rule of a rule target on its calendar, or `null` for a duration. */
  readonly rule: TargetRule | null;
  /** The calendar whose open time counts. */
  readonly calendar: BusinessCalendar;
  /** `contractual` or `kpi`. */
  readonly kind: ResponseTargetKind;
  /** The clause the target comes from, when given. */
  readonly source?: SourceRef;
}

/**
 * Response-time targets per priority, each on its own calendar, with the
 * reprioritisation rule and the warning thresholds. Immutable and validated
 * on construction: every invalid field throws {@link SlaInputError} naming it,
 * including a priority id that is empty or a name of `Object.prototype`
 * (`__proto__`, `constructor`, `toString`, …: `priorities.__proto__`).
 *
 * @example
 * ```ts
 * const support = new BusinessCalendar({
 *   zone: 'Europe/Berlin',
 *   week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00-18:00']),
 *   holidays: 'DE-RP',
 * });
 * const policy = new ResponsePolicy({
 *   priorities: {
 *     critical: { target: { hours: 10 }, calendar: support },
 *     other: { target: { hours: 30 }, calendar: support },
 *   },
 * });
 * policy.target('other').targetMs; // 108000000
 * ```
 */
export class ResponsePolicy {
  /** The priority ids, in the order given. */
  readonly priorities: readonly string[];
  /** What a reprioritisation does. */
  readonly reprioritisation: Reprioritisation;
  /** Warning thresholds, ascending fractions of the target. */
  readonly warnings: readonly number[];
  readonly #targets: ReadonlyMap<string, ResolvedResponseTarget>;

  /**
   * Validate and freeze a policy. Throws {@link SlaInputError} naming the
   * field on a bad option, among them a key of the options or of a target
   * that is not known (a misspelled key would be read as absent).
   *
   * @example
   * ```ts
   * new ResponsePolicy({ priorities: {} }); // throws SlaInputError: priorities: expected at least one priority…
   * ```
   */
  constructor(options: ResponsePolicyOptions) {
    if (options === null || typeof options !== 'object') {
      throw new SlaInputError('options', options, 'policy options { priorities, reprioritisation?, warnings? }');
    }
    checkKnownKeys(options, POLICY_OPTION_KEYS, '');
    const priorities = options.priorities;
    if (priorities === null || typeof priorities !== 'object' || Array.isArray(priorities) || Object.keys(priorities).length === 0) {
      throw new SlaInputError('priorities', priorities, 'at least one priority: { [priority]: { target, calendar } }');
    }
    const targets = new Map<string, ResolvedResponseTarget>();
    for (const [priority, target] of Object.entries(priorities)) targets.set(checkId(priority, `priorities.${priority}`), resolveTarget(priority, target));
    this.#targets = targets;
    this.priorities = Object.freeze([...targets.keys()]);
    const rule = options.reprioritisation ?? 'recompute-from-open';
    if (!REPRIORITISATIONS.includes(rule)) {
      throw new SlaInputError('reprioritisation', rule, `one of ${REPRIORITISATIONS.map((r) => `"${r}"`).join(', ')}`);
    }
    this.reprioritisation = rule;
    this.warnings = Object.freeze(checkWarnings(options.warnings ?? DEFAULT_WARNINGS));
  }

  /**
   * Whether `priority` is one of the policy's priorities.
   *
   * @example
   * ```ts
   * policy.has('critical'); // true
   * policy.has('urgent');   // false
   * ```
   */
  has(priority: string): boolean {
    return this.#targets.has(priority);
  }

  /**
   * The validated target of `priority`; throws {@link SlaInputError} naming
   * the unknown priority and listing the known ones.
   *
   * @example
   * ```ts
   * policy.target('critical').targetMs; // 36000000
   * policy.target('urgent'); // throws SlaInputError: priority: expected one of "critical", "other", got "urgent"
   * ```
   */
  target(priority: string, field = 'priority'): ResolvedResponseTarget {
    const target = this.#targets.get(priority);
    if (target === undefined) throw new SlaInputError(field, priority, this.describePriorities());
    return target;
  }

  /**
   * "one of "a", "b"": the expectation an unknown priority is reported with.
   *
   * @example
   * ```ts
   * policy.describePriorities(); // 'one of "critical", "other"'
   * ```
   */
  describePriorities(): string {
    return `one of ${this.priorities.map((p) => JSON.stringify(p)).join(', ')}`;
  }
}

/**
 * The business ms a ticket whose clock starts at `start` (epoch ms) has on
 * `target`: the duration, or the rule resolved from `start` (see
 * {@link ResponseTarget}). Allocates nothing and never reads local time
 * through luxon.
 *
 * @example
 * ```ts
 * targetMsFrom(policy.target('critical'), Date.parse('2026-06-01T08:00:00+02:00')); // 36000000
 * ```
 */
export function targetMsFrom(target: ResolvedResponseTarget, start: number): number {
  return target.rule === null ? (target.targetMs as number) : target.rule.targetMsFrom(start);
}

const KINDS: readonly ResponseTargetKind[] = ['contractual', 'kpi'];
/** The keys of {@link ResponsePolicyOptions} and of a {@link ResponseTarget}: any other is refused (a misspelled key would be read as absent). */
const POLICY_OPTION_KEYS: ReadonlySet<string> = new Set<keyof ResponsePolicyOptions>(['priorities', 'reprioritisation', 'warnings']);
const TARGET_KEYS: ReadonlySet<string> = new Set<keyof ResponseTarget>(['target', 'calendar', 'kind', 'source']);

function resolveTarget(priority: string, target: ResponseTarget): ResolvedResponseTarget {
  const field = `priorities.${priority}`;
  if (target === null || typeof target !== 'object') throw new SlaInputError(field, target, '{ target, calendar, kind?, source? }');
  checkKnownKeys(target, TARGET_KEYS, field);
  if (!(target.calendar instanceof BusinessCalendar)) throw new SlaInputError(`${field}.calendar`, target.calendar, 'a BusinessCalendar');
  let targetMs: number | null = null;
  let rule: TargetRule | null = null;
  if (isTargetRule(target.target)) {
    rule = new TargetRule(target.target, target.calendar, `${field}.target`);
  } else {
    targetMs = toDurationMs(target.target, `${field}.target`);
    if (targetMs === 0) throw new SlaInputError(`${field}.target`, target.target, 'a positive duration (a zero target is always missed)');
  }
  const kind = target.kind ?? 'contractual';
  if (!KINDS.includes(kind)) throw new SlaInputError(`${field}.kind`, kind, '"contractual" or "kpi"');
  const source = target.source;
  if (source !== undefined) {
    const ok = source !== null && typeof source === 'object' && typeof source.document === 'string' && typeof source.section === 'string' && typeof source.quote === 'string';
    if (!ok) throw new SlaInputError(`${field}.source`, source, 'a SourceRef { document, section, quote }');
  }
  const resolved = { priority, targetMs, rule, calendar: target.calendar, kind };
  return Object.freeze(source === undefined ? resolved : { ...resolved, source });
}

function checkWarnings(warnings: readonly number[]): number[] {
  if (!Array.isArray(warnings)) throw new SlaInputError('warnings', warnings, 'an array of fractions of the target in (0, 1], e.g. [0.5, 0.75, 0.9]');
  const sorted: number[] = [];
  warnings.forEach((fraction, i) => {
    if (typeof fraction !== 'number' || !Number.isFinite(fraction) || fraction <= 0 || fraction > 1) {
      throw new SlaInputError(`warnings[${i}]`, fraction, 'a fraction of the target in (0, 1], e.g. 0.75 for 75 %');
    }
    if (sorted.includes(fraction)) throw new SlaInputError(`warnings[${i}]`, fraction, 'distinct thresholds');
    sorted.push(fraction);
  });
  return sorted.sort((a, b) => a - b);
}
