import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError, SlaIntervalError } from '../errors.js';
import { IntervalSet } from '../intervals/interval-set.js';
import { type InstantInput, formatInstant, toInstant } from '../time/instant.js';
import { type AdHocVerdict, type AdHocWindowOptions, judgeAdHocWindows } from './ad-hoc.js';
import {
  type DailyWindowOptions,
  type MonthlyNthWeekdayOptions,
  type WeeklyWindowOptions,
  dailyRecurrence,
  monthlyNthWeekdayRecurrence,
  weeklyRecurrence,
} from './recurrence.js';
import { type RruleWindowOptions, rruleRecurrence } from './rrule-recurrence.js';

/**
 * How a {@link MaintenanceWindow} was made.
 *
 * @example
 * ```ts
 * MaintenanceWindow.daily({ id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '08:00' }).kind; // "daily"
 * ```
 */
export type MaintenanceKind = 'daily' | 'weekly' | 'monthly-nth-weekday' | 'rrule' | 'ad-hoc' | 'union';

/**
 * The part of the maintenance time that one rule (or one announced window)
 * accounts for, so an explanation can say *which* window excused downtime.
 *
 * @example
 * ```ts
 * const { byWindow } = maintenanceIntervals([nightly, thirdSaturday], march.start, march.end);
 * byWindow.map((part) => `${part.by}: ${part.intervals.measure() / 3_600_000} h`);
 * ```
 */
export interface MaintenanceAttribution {
  /** What excused: the window id, or an announced window's own id. */
  readonly by: string;
  /** Id of the {@link MaintenanceWindow} rule. */
  readonly windowId: string;
  /** The rule in words, e.g. `daily 23:00–08:00 Europe/Paris`. */
  readonly description: string;
  /** The maintenance time of this rule inside the range asked for. */
  readonly intervals: IntervalSet;
  /** The clause the rule comes from. */
  readonly source?: SourceRef;
}

/**
 * Maintenance time inside a range: the union of every window, what each
 * window contributes, and the announced windows that do not excuse.
 *
 * @example
 * ```ts
 * const coverage = maintenanceIntervals([nightly], march.start, march.end);
 * coverage.intervals.measure(); // all nightly maintenance in March, ms
 * ```
 */
export interface MaintenanceCoverage {
  /** Every instant excused as maintenance. */
  readonly intervals: IntervalSet;
  /** Per window (per announced window for ad-hoc rules), in the order given; empty contributions left out. */
  readonly byWindow: readonly MaintenanceAttribution[];
  /** Announced windows overlapping the range that do not excuse (e.g. notice too short). */
  readonly rejected: readonly AdHocVerdict[];
}

interface Part {
  readonly by: string;
  readonly windowId: string;
  readonly description: string;
  readonly source?: SourceRef;
  readonly build: (from: number, to: number) => IntervalSet;
}

/**
 * A maintenance rule: time during which downtime is excused. Recurring rules
 * are read in an IANA zone and become epoch-ms intervals for any range, DST
 * included (a local 23:00–08:00 lasts its real duration, 8 h or 10 h on the
 * nights the clocks change; docs/semantics.md §1). Ad-hoc rules hold announced
 * windows and an optional minimum notice. Immutable.
 *
 * @example
 * ```ts
 * // Letsignit §7: nightly 23:00–08:00 and the whole third Saturday, Europe/Paris.
 * const nightly = MaintenanceWindow.daily({ id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '08:00' });
 * const thirdSaturday = MaintenanceWindow.monthlyNthWeekday({ id: 'third-saturday', zone: 'Europe/Paris', weekday: 'sat', nth: 3 });
 * const night = nightly.intervals('2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00');
 * night.measure() / 3_600_000; // 8 (the clocks go forward that night)
 * ```
 */
export class MaintenanceWindow {
  /** Stable id, named in explanations. */
  readonly id: string;
  /** How the window was made. */
  readonly kind: MaintenanceKind;
  /** The rule in words, e.g. `daily 23:00–08:00 Europe/Paris`. */
  readonly description: string;
  /** The clause this rule comes from. */
  readonly source?: SourceRef;
  readonly #parts: readonly Part[];
  readonly #verdicts: readonly AdHocVerdict[];

  private constructor(id: string, kind: MaintenanceKind, description: string, source: SourceRef | undefined, parts: readonly Part[], verdicts: readonly AdHocVerdict[]) {
    this.id = id;
    this.kind = kind;
    this.description = description;
    if (source !== undefined) this.source = source;
    this.#parts = parts;
    this.#verdicts = verdicts;
  }

  /**
   * Every day, from `from` to `to` local time; crosses midnight when `to` is
   * not after `from` (every night, weekends included).
   *
   * @example
   * ```ts
   * const nightly = MaintenanceWindow.daily({ id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '08:00' });
   * nightly.intervals('2026-10-24T12:00:00+02:00', '2026-10-25T12:00:00+01:00').measure() / 3_600_000; // 10
   * ```
   */
  static daily(options: DailyWindowOptions): MaintenanceWindow {
    return MaintenanceWindow.#recurring(options, 'daily', () => dailyRecurrence(options));
  }

  /**
   * On given weekdays, from `from` to `to` local time (default the whole day);
   * crosses midnight when `to` is not after `from`.
   *
   * @example
   * ```ts
   * const sundays = MaintenanceWindow.weekly({ id: 'sunday-night', zone: 'Europe/Berlin', day: 'sun', from: '22:00', to: '02:00' });
   * ```
   */
  static weekly(options: WeeklyWindowOptions): MaintenanceWindow {
    return MaintenanceWindow.#recurring(options, 'weekly', () => weeklyRecurrence(options));
  }

  /**
   * On the nth (1–5) or last (-1) given weekday of every month, by default
   * the whole local day. A month without a 5th such weekday has no window.
   *
   * @example
   * ```ts
   * // Letsignit §7: "le troisième samedi du mois".
   * const third = MaintenanceWindow.monthlyNthWeekday({ id: 'third-saturday', zone: 'Europe/Paris', weekday: 'sat', nth: 3 });
   * third.intervals('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00').toArray();
   * // [{ start: 2026-03-21T00:00+01:00, end: 2026-03-22T00:00+01:00 }] as epoch ms
   * ```
   */
  static monthlyNthWeekday(options: MonthlyNthWeekdayOptions): MaintenanceWindow {
    return MaintenanceWindow.#recurring(options, 'monthly-nth-weekday', () => monthlyNthWeekdayRecurrence(options));
  }

  /**
   * An iCalendar recurrence (RFC 5545 RRULE, EXDATE) of a local window: the
   * rule is expanded in local wall time and each occurrence is the local
   * range `[start, start + length)`, its bounds read as every local range's
   * are (docs/semantics.md §1): a bound in a spring-forward gap is the gap's
   * end, in a fall-back overlap the earlier instant. Throws
   * {@link SlaInputError} naming the bad field (`rrule`, `start`,
   * `exdate[0]`, …) and {@link SlaZoneError} for an unknown zone.
   *
   * @example
   * ```ts
   * const nightly = MaintenanceWindow.rrule({ id: 'nightly', zone: 'Europe/Paris', start: '2026-01-01T02:30', duration: 'PT1H', rrule: 'FREQ=DAILY' });
   * // 2026-03-29, the clocks go forward at 02:00: 02:30 does not exist, the window runs 03:00–03:30 CEST.
   * nightly.intervals('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00').measure() / 60_000; // 30
   * ```
   */
  static rrule(options: RruleWindowOptions): MaintenanceWindow {
    return MaintenanceWindow.#recurring(options, 'rrule', () => rruleRecurrence(options));
  }

  /**
   * Announced windows. With `minimumNotice`, a window excuses only if
   * `announcedAt <= start - minimumNotice` (Linkando §2.1: six hours — 5 h
   * 59 min is not enough, 6 h is); a window with no `announcedAt` then does
   * not excuse. Without `minimumNotice` every window excuses. See
   * {@link MaintenanceWindow.evaluate} for the verdicts.
   *
   * @example
   * ```ts
   * const announced = MaintenanceWindow.adHoc({
   *   id: 'announced',
   *   minimumNotice: { hours: 6 },
   *   windows: [{ start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00', announcedAt: '2026-06-02T04:00:00+02:00' }],
   * });
   * announced.evaluate()[0]?.excuses; // true (exactly 6 h ahead)
   * ```
   */
  static adHoc(options: AdHocWindowOptions): MaintenanceWindow {
    const id = checkOptions(options);
    const verdicts = judgeAdHocWindows(options, id);
    const parts: Part[] = verdicts
      .filter((verdict) => verdict.excuses && verdict.end > verdict.start)
      .map((verdict) => {
        const set = IntervalSet.fromSortedBounds([verdict.start, verdict.end]);
        const part: Part = {
          by: verdict.id,
          windowId: id,
          description: `announced window ${formatInstant(verdict.start)}–${formatInstant(verdict.end)}`,
          build: (from, to) => set.clip(from, to),
          ...(options.source === undefined ? {} : { source: options.source }),
        };
        return part;
      });
    return new MaintenanceWindow(id, 'ad-hoc', `${verdicts.length} announced window(s)`, options.source, parts, verdicts);
  }

  /**
   * One window made of several; explanations still name the original
   * windows. The id joins theirs with `+`.
   *
   * @example
   * ```ts
   * const letsignit = MaintenanceWindow.union(nightly, thirdSaturday);
   * letsignit.id; // "nightly+third-saturday"
   * ```
   */
  static union(...windows: MaintenanceWindow[]): MaintenanceWindow {
    windows.forEach((window, i) => {
      if (!(window instanceof MaintenanceWindow)) throw new SlaInputError(`windows[${i}]`, window, 'a MaintenanceWindow');
    });
    const id = windows.map((window) => window.id).join('+');
    return new MaintenanceWindow(
      id === '' ? 'none' : id,
      'union',
      windows.map((window) => window.description).join(' ∪ ') || 'no maintenance',
      undefined,
      windows.flatMap((window) => window.#parts),
      windows.flatMap((window) => window.#verdicts),
    );
  }

  /**
   * The maintenance time inside `[from, to)`.
   *
   * @example
   * ```ts
   * nightly.intervals('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00').measure();
   * ```
   */
  intervals(from: InstantInput, to: InstantInput): IntervalSet {
    return this.coverage(from, to).intervals;
  }

  /**
   * The maintenance time inside `[from, to)`, with what each part of this
   * window (each announced window, each member of a union) contributes and
   * the announced windows that do not excuse.
   *
   * @example
   * ```ts
   * MaintenanceWindow.union(nightly, thirdSaturday).coverage(march.start, march.end).byWindow.map((part) => part.by);
   * // ["nightly", "third-saturday"]
   * ```
   */
  coverage(from: InstantInput, to: InstantInput): MaintenanceCoverage {
    const start = toInstant(from, 'from');
    const end = toInstant(to, 'to');
    if (end < start) throw new SlaIntervalError('from/to', start, end);
    let intervals = IntervalSet.empty();
    const byWindow: MaintenanceAttribution[] = [];
    for (const part of this.#parts) {
      const set = part.build(start, end);
      if (set.isEmpty) continue;
      intervals = intervals.union(set);
      byWindow.push({ by: part.by, windowId: part.windowId, description: part.description, intervals: set, ...(part.source === undefined ? {} : { source: part.source }) });
    }
    return { intervals, byWindow, rejected: this.rejected(start, end) };
  }

  /**
   * Every announced window with its verdict (excuses or not, and why); empty
   * for recurring rules.
   *
   * @example
   * ```ts
   * announced.evaluate().map((verdict) => [verdict.id, verdict.excuses, verdict.reason]);
   * ```
   */
  evaluate(): AdHocVerdict[] {
    return [...this.#verdicts];
  }

  /**
   * The announced windows overlapping `[from, to)` that do not excuse
   * downtime, with the reason.
   *
   * @example
   * ```ts
   * announced.rejected('2026-06-01T00:00:00+02:00', '2026-07-01T00:00:00+02:00').map((verdict) => verdict.reason);
   * // ["announced 5 h 59 min before its start; the minimum notice is 6 h"]
   * ```
   */
  rejected(from: InstantInput, to: InstantInput): AdHocVerdict[] {
    const start = toInstant(from, 'from');
    const end = toInstant(to, 'to');
    if (end < start) throw new SlaIntervalError('from/to', start, end);
    return this.#verdicts.filter((verdict) => !verdict.excuses && verdict.start < end && (verdict.end > start || (verdict.end === verdict.start && verdict.start >= start)));
  }

  static #recurring(options: { readonly id: string; readonly source?: SourceRef }, kind: MaintenanceKind, make: () => { description: string; build: Part['build'] }): MaintenanceWindow {
    const id = checkOptions(options);
    const { description, build } = make();
    const part: Part = { by: id, windowId: id, description, build, ...(options.source === undefined ? {} : { source: options.source }) };
    return new MaintenanceWindow(id, kind, description, options.source, [part], []);
  }
}

/**
 * The union of several maintenance windows inside `[from, to)`, with each
 * window's contribution and the rejected announced windows — what
 * `computeAvailability` uses to say which window excused each part of an
 * incident.
 *
 * @example
 * ```ts
 * const coverage = maintenanceIntervals([nightly, thirdSaturday], '2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00');
 * coverage.byWindow.map((part) => part.by); // ["nightly", "third-saturday"]
 * ```
 */
export function maintenanceIntervals(windows: readonly MaintenanceWindow[], from: InstantInput, to: InstantInput): MaintenanceCoverage {
  if (!Array.isArray(windows)) throw new SlaInputError('maintenance', windows, 'an array of MaintenanceWindow');
  windows.forEach((window, i) => {
    if (!(window instanceof MaintenanceWindow)) throw new SlaInputError(`maintenance[${i}]`, window, 'a MaintenanceWindow');
  });
  return MaintenanceWindow.union(...windows).coverage(from, to);
}

function checkOptions(options: { readonly id: string; readonly source?: SourceRef }): string {
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, 'maintenance window options { id, … }');
  if (typeof options.id !== 'string' || options.id === '') throw new SlaInputError('id', options.id, 'a non-empty string');
  return options.id;
}
