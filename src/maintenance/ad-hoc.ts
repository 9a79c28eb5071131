import type { SourceRef } from '../contract/provenance.js';
import { SlaInputError, SlaIntervalError } from '../errors.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { durationText } from '../time/duration-text.js';

/**
 * One announced maintenance window, as given to {@link MaintenanceWindow.adHoc}.
 *
 * @example
 * ```ts
 * const window: AdHocWindowInput = {
 *   id: 'MW-1', start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00', announcedAt: '2026-06-01T09:00:00+02:00',
 * };
 * ```
 */
export interface AdHocWindowInput {
  /** Start of the window. */
  readonly start: InstantInput;
  /** End of the window (exclusive). */
  readonly end: InstantInput;
  /** When the window was announced to the customer. */
  readonly announcedAt?: InstantInput;
  /** Id named in explanations; default `<window id>[<index>]`. */
  readonly id?: string;
}

/**
 * Options of {@link MaintenanceWindow.adHoc}.
 *
 * @example
 * ```ts
 * // Linkando §2.1: unplanned maintenance excused only if announced at least 6 h ahead.
 * const options: AdHocWindowOptions = { id: 'announced', minimumNotice: { hours: 6 }, windows: [] };
 * ```
 */
export interface AdHocWindowOptions {
  /** Stable id of the rule, named in explanations (e.g. `announced`). */
  readonly id: string;
  /** The announced windows. */
  readonly windows?: readonly AdHocWindowInput[];
  /**
   * Minimum notice: a window excuses downtime only if announced at least this
   * long before it starts (Linkando §2.1: six hours). Without it every
   * window excuses, announced or not (Letsignit §7: notice is best-effort).
   */
  readonly minimumNotice?: DurationInput;
  /** The clause this rule comes from. */
  readonly source?: SourceRef;
}

/**
 * The verdict on one announced window: whether it excuses downtime, and why.
 *
 * @example
 * ```ts
 * const announced = MaintenanceWindow.adHoc({
 *   id: 'announced', minimumNotice: { hours: 6 },
 *   windows: [{ start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00', announcedAt: '2026-06-02T04:01:00+02:00' }],
 * });
 * announced.evaluate()[0]?.reason; // "announced 5 h 59 min before its start; the minimum notice is 6 h"
 * ```
 */
export interface AdHocVerdict {
  /** The window's id (`<rule id>[<index>]` unless given). */
  readonly id: string;
  /** Id of the ad-hoc rule holding it. */
  readonly windowId: string;
  /** Start of the window, epoch ms. */
  readonly start: number;
  /** End of the window (exclusive), epoch ms. */
  readonly end: number;
  /** When it was announced, epoch ms. */
  readonly announcedAt?: number;
  /** `start - announcedAt`, when announced (negative when announced after the start). */
  readonly noticeMs?: number;
  /** Whether downtime inside the window is excused. */
  readonly excuses: boolean;
  /** Why, in words. */
  readonly reason: string;
}

/** Validate announced windows and judge each against the minimum notice. @internal */
export function judgeAdHocWindows(options: AdHocWindowOptions, windowId: string): AdHocVerdict[] {
  const notice = options.minimumNotice === undefined ? undefined : toDurationMs(options.minimumNotice, 'minimumNotice');
  const windows = options.windows ?? [];
  if (!Array.isArray(windows)) throw new SlaInputError('windows', windows, 'an array of { start, end, announcedAt?, id? }');
  return windows.map((window: AdHocWindowInput, i) => {
    const field = `windows[${i}]`;
    if (window === null || typeof window !== 'object') throw new SlaInputError(field, window, '{ start, end, announcedAt?, id? }');
    const start = toInstant(window.start, `${field}.start`);
    const end = toInstant(window.end, `${field}.end`);
    if (end < start) throw new SlaIntervalError(field, start, end);
    if (window.id !== undefined && (typeof window.id !== 'string' || window.id === '')) throw new SlaInputError(`${field}.id`, window.id, 'a non-empty string');
    const id = window.id ?? `${windowId}[${i}]`;
    const base = { id, windowId, start, end };
    if (window.announcedAt === undefined) {
      return notice === undefined
        ? { ...base, excuses: true, reason: 'no minimum notice required' }
        : { ...base, excuses: false, reason: `not announced; the minimum notice is ${durationText(notice)}` };
    }
    const announcedAt = toInstant(window.announcedAt, `${field}.announcedAt`);
    const noticeMs = start - announcedAt;
    const given = noticeMs >= 0 ? `announced ${durationText(noticeMs)} before its start` : `announced ${durationText(-noticeMs)} after its start`;
    if (notice === undefined) return { ...base, announcedAt, noticeMs, excuses: true, reason: `${given}; no minimum notice required` };
    const excuses = noticeMs >= notice;
    return { ...base, announcedAt, noticeMs, excuses, reason: `${given}; the minimum notice is ${durationText(notice)}` };
  });
}

/** The note for an announced window that excuses nothing: "maintenance window mnt-1 does not excuse: announced 23 h before its start; the minimum notice is 24 h". @internal */
export function unexcusedWindowNote(verdict: AdHocVerdict): string {
  return `maintenance window ${verdict.id} does not excuse: ${verdict.reason}`;
}
