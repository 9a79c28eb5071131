import { type AvailabilityValue, type PercentInput, compareExact, parsePercent, toExactFraction } from '../availability/ratio.js';
import { checkChoice, checkObject, checkWholeNumber, fieldPath } from '../contract/fields.js';
import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError } from '../errors.js';

/**
 * A right to terminate triggered over a series of periods, as JSON data:
 * - `consecutive-misses`: the commitment missed `count` periods in a row;
 * - `below-in-any-period`: availability below `percent` in any one period
 *   (`comparison` `below`, default, is strict `A < percent`; `at-or-below`
 *   is `A <= percent`);
 * - `misses-in-window`: `misses` missed periods among any `window`
 *   consecutive periods ("3 of the last 6 months").
 *
 * A period is missed when its `met` is `false`; with `target` given, when
 * its availability is below the target instead (exactly, `A < target`).
 *
 * @example
 * ```ts
 * const rule: TerminationRule = { type: 'consecutive-misses', count: 3 };
 * ```
 */
export type TerminationRule =
  | ({ readonly type: 'consecutive-misses'; readonly count: number } & TerminationBase)
  | ({ readonly type: 'below-in-any-period'; readonly percent: PercentInput; readonly comparison?: 'below' | 'at-or-below' | undefined } & TerminationBase)
  | ({ readonly type: 'misses-in-window'; readonly misses: number; readonly window: number } & TerminationBase);

/**
 * The fields every {@link TerminationRule} may carry.
 *
 * @example
 * ```ts
 * const base: TerminationBase = { id: 'chronic-failure', target: '99.9' };
 * ```
 */
export interface TerminationBase {
  /** Stable id. */
  readonly id?: string | undefined;
  /** Judge "missed" from each period's availability against this target instead of `met`. */
  readonly target?: PercentInput | undefined;
  /** The clause. */
  readonly source?: SourceRef | undefined;
}

/**
 * One period of the series, oldest first: its verdict, its availability,
 * or both.
 *
 * @example
 * ```ts
 * const june: PeriodVerdict = { label: '2026-06', met: false, availability: { numerator: 43_190, denominator: 43_200 } };
 * ```
 */
export interface PeriodVerdict {
  /** The period's label, for the report (`2026-06`). */
  readonly label?: string | undefined;
  /** Whether the commitment was met. */
  readonly met?: boolean | undefined;
  /** The period's exact availability. */
  readonly availability?: AvailabilityValue | undefined;
}

/**
 * Whether a termination right arose, when and by which periods.
 *
 * @example
 * ```ts
 * const { triggered, periods } = evaluateTermination({ type: 'consecutive-misses', count: 2 }, verdicts);
 * ```
 */
export interface TerminationResult {
  /** Whether the right arose in the series. */
  readonly triggered: boolean;
  /** Index of the period at which it first arose. */
  readonly triggeredAt?: number;
  /** Indices of the periods that made it arise (the run, the window's misses, or the one period). */
  readonly periods: readonly number[];
  /** Their labels (`periods[i]` when a period has none). */
  readonly labels: readonly string[];
  /** The rule and the outcome, in words. */
  readonly rule: string;
  /** The rule's id, when given. */
  readonly id?: string;
  /** The clause, when given. */
  readonly source?: SourceRef;
}

/**
 * Decide a termination right over a series of period verdicts (oldest
 * first), exactly: the first period at which the rule is satisfied, and the
 * periods that satisfy it. Throws {@link SlaInputError} naming the rule's
 * field, or `periods[i].met` / `periods[i].availability` when a period lacks
 * what the rule needs.
 *
 * @example
 * ```ts
 * const months = [{ label: '2026-04', met: false }, { label: '2026-05', met: true }, { label: '2026-06', met: false }, { label: '2026-07', met: false }];
 * evaluateTermination({ type: 'consecutive-misses', count: 2 }, months).labels; // ["2026-06", "2026-07"]
 * evaluateTermination({ type: 'misses-in-window', misses: 3, window: 4 }, months).triggeredAt; // 3
 * ```
 */
export function evaluateTermination(rule: TerminationRule, periods: readonly PeriodVerdict[], options: { readonly path?: string } = {}): TerminationResult {
  const path = options.path ?? '';
  checkObject(rule, path === '' ? 'rule' : path, 'a termination rule { type, … }');
  if (!Array.isArray(periods)) throw new SlaInputError('periods', periods, 'an array of period verdicts, oldest first');
  const target = rule.target === undefined ? undefined : parsePercent(rule.target, fieldPath(path, 'target'));
  const missed = (i: number): boolean => {
    const period = checkObject(periods[i], `periods[${i}]`, '{ label?, met?, availability? }');
    if (target !== undefined) return compareExact(toExactFraction(availabilityOf(period, i), `periods[${i}].availability`), target) < 0;
    if (typeof period.met !== 'boolean') throw new SlaInputError(`periods[${i}].met`, period.met, 'true or false (or give the rule a target to judge from availability)');
    return !period.met;
  };
  let found: { at: number; periods: number[] } | undefined;
  let words: string;
  switch (rule.type) {
    case 'consecutive-misses': {
      const count = checkWholeNumber(rule.count, fieldPath(path, 'count'), 1, 1000);
      words = `${count} consecutive missed period(s)`;
      let run = 0;
      for (let i = 0; i < periods.length && found === undefined; i++) {
        run = missed(i) ? run + 1 : 0;
        if (run === count) found = { at: i, periods: range(i - count + 1, i) };
      }
      break;
    }
    case 'below-in-any-period': {
      const percent = parsePercent(rule.percent, fieldPath(path, 'percent'));
      const comparison = checkChoice(rule.comparison, fieldPath(path, 'comparison'), ['below', 'at-or-below'] as const, 'below');
      words = `availability ${comparison === 'below' ? '<' : '≤'} ${percent.text} % in any period`;
      for (let i = 0; i < periods.length && found === undefined; i++) {
        const sign = compareExact(toExactFraction(availabilityOf(periods[i], i), `periods[${i}].availability`), percent);
        if (sign < 0 || (sign === 0 && comparison === 'at-or-below')) found = { at: i, periods: [i] };
      }
      break;
    }
    case 'misses-in-window': {
      const window = checkWholeNumber(rule.window, fieldPath(path, 'window'), 1, 1000);
      const misses = checkWholeNumber(rule.misses, fieldPath(path, 'misses'), 1, window);
      words = `${misses} missed period(s) among ${window} consecutive`;
      const missedIndices: number[] = [];
      for (let i = 0; i < periods.length && found === undefined; i++) {
        if (missed(i)) missedIndices.push(i);
        const inWindow = missedIndices.filter((j) => j > i - window);
        if (inWindow.length >= misses) found = { at: i, periods: inWindow };
      }
      break;
    }
    default:
      throw new SlaInputError(fieldPath(path, 'type'), (rule as { type?: unknown }).type, '"consecutive-misses", "below-in-any-period" or "misses-in-window"');
  }
  const label = (i: number): string => periods[i]?.label ?? `periods[${i}]`;
  const labels = found === undefined ? [] : found.periods.map(label);
  const outcome = found === undefined ? `not triggered over ${periods.length} period(s)` : `triggered at ${label(found.at)} by ${labels.join(', ')}`;
  return {
    triggered: found !== undefined,
    ...(found === undefined ? {} : { triggeredAt: found.at }),
    periods: found?.periods ?? [],
    labels,
    rule: `termination right on ${words}${target === undefined ? '' : ` (missed: A < ${target.text} %)`}: ${outcome}`,
    ...(rule.id === undefined ? {} : { id: rule.id }),
    ...(rule.source === undefined ? {} : { source: rule.source }),
  };
}

function availabilityOf(period: PeriodVerdict | undefined, i: number): AvailabilityValue {
  const value = checkObject(period, `periods[${i}]`, '{ label?, met?, availability? }').availability;
  if (value === undefined) throw new SlaInputError(`periods[${i}].availability`, value, 'the period\'s availability (the rule compares it with a percentage)');
  return value;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
