import type { SourceRef } from '../contract/provenance.js';
import { ClockTimeline } from './clock-timeline.js';
import { type ExplanationSegment, explain } from './explanation.js';
import { type ResolvedResponseTarget, type ResponsePolicy, type ResponseTargetKind, targetMsFrom } from './response-policy.js';
import type { ParsedEvent, ParsedTicket, SimpleFields } from './ticket.js';

/**
 * Where a ticket's clock stands:
 * - `running`: counting, not yet overdue;
 * - `paused`: not counting (between a pause and its resume), not overdue;
 * - `met`: responded at or before the due instant (docs/semantics.md §2: met iff
 *   `respond <= due`);
 * - `missed`: responded after the due instant, **or** not responded and `now`
 *   is past the due instant (whether running or paused: a later response can
 *   no longer meet the target).
 *
 * @example
 * ```ts
 * const state: ClockState = 'missed';
 * ```
 */
export type ClockState = 'running' | 'paused' | 'met' | 'missed';

/**
 * One warning threshold of a ticket: the instant the counted business time
 * reaches `threshold × target`, given what is known at `now` (for a running
 * or paused clock, assuming it runs on from `now`).
 *
 * @example
 * ```ts
 * const warning: WarningStatus = { threshold: 0.5, thresholdMs: 18000000, at: 1780329600000, crossed: true };
 * ```
 */
export interface WarningStatus {
  /** The fraction of the target, e.g. `0.75`. */
  readonly threshold: number;
  /** `threshold × target` in ms, rounded up to a whole millisecond. */
  readonly thresholdMs: number;
  /** The instant the threshold is (or was) crossed; exactly at a closing when reached there. */
  readonly at: number;
  /** Whether `at` is at or before the response (or `now` when not responded). */
  readonly crossed: boolean;
}

/**
 * A ticket's response clock at an instant `now`. Events after `now` are not
 * known yet and are ignored. All instants are epoch ms.
 *
 * The statuses slakit returns are class instances: the data fields (`id`
 * to `zone`, and `source`) are own properties; `warnings`, `explanation`
 * and `targetRule` are getters on the prototype, computed on first read,
 * then kept. `JSON.stringify` writes every field, the lazy ones right after
 * `source` (the status's `toJSON`); a spread (`{ ...status }`),
 * `Object.keys` and `structuredClone` see the data fields only — read a
 * lazy field by name to copy it.
 *
 * @example
 * ```ts
 * const status = clock.status(ticket, '2026-06-01T12:00:00+02:00');
 * status.state;       // "running"
 * status.dueAt;       // epoch ms of the due instant
 * status.remainingMs; // business ms left (negative when overdue)
 * status.explanation; // why each stretch counted or not, in local time
 * JSON.parse(JSON.stringify(status)).explanation; // the same segments
 * ({ ...status }).explanation; // undefined: a spread copies the data fields
 * ```
 */
export interface TicketStatus {
  readonly id: string;
  /** The priority in force at `now` (after any reprioritisation). */
  readonly priority: string;
  /** Whether that priority's target is contractual or a KPI. */
  readonly kind: ResponseTargetKind;
  readonly state: ClockState;
  /** The instant the status is computed for. */
  readonly now: number;
  readonly openedAt: number;
  /** The response instant, or `null` when not responded (by `now`). */
  readonly respondedAt: number | null;
  /**
   * The due instant. While paused it moves: due as if the clock resumed at
   * `now` (`calendar.due(now, remaining)`). After a response: due as if the
   * clock had run on, so that `met` iff `respondedAt <= dueAt`.
   */
  readonly dueAt: number;
  /**
   * The target of `priority`, business ms: for a rule target, the rule
   * resolved from the opening (`calendar.elapsed(openedAt, ruleDue)`).
   */
  readonly targetMs: number;
  /** Business time counted up to the response, or `now` (pauses excluded). */
  readonly elapsedMs: number;
  /** `targetMs - elapsedMs`; negative when overdue. */
  readonly remainingMs: number;
  /** `100 × elapsedMs / targetMs` (may exceed 100). */
  readonly percentUsed: number;
  /** `true` when met, `false` when missed, `null` while running or paused and not overdue. */
  readonly met: boolean | null;
  /** Missed a `contractual` target: a breach of contract. */
  readonly breached: boolean;
  /** Missed a `kpi` target: reported as a KPI miss, never a breach (LumApps §4). */
  readonly kpiMissed: boolean;
  /**
   * The policy's warning thresholds, ascending. Computed on first read,
   * then kept.
   */
  readonly warnings: readonly WarningStatus[];
  /** The zone of the priority's calendar (for local display). */
  readonly zone: string;
  /** The clause the target comes from, when the policy gives one. */
  readonly source?: SourceRef;
  /**
   * For a rule target, the rule and the deadline it resolved to from the
   * opening, in the calendar's local time ("end of the next business day:
   * Tue 2026-06-09 17:30 America/New_York"); `null` for a duration. Computed
   * on first read, then kept.
   */
  readonly targetRule: string | null;
  /**
   * Segments covering `[openedAt, respondedAt ?? now)`: what counted and why
   * the rest did not. Computed on first read (it formats local times and
   * reads holidays), then kept, so batches that do not read it stay fast.
   */
  readonly explanation: readonly ExplanationSegment[];
}

/**
 * A ticket's status: a plain class instance whose data fields are all
 * assigned in one order by one constructor, so every status shares one
 * hidden class (two with `source`). `warnings`, `explanation` and
 * `targetRule` are getters on the prototype, computed on first read by
 * replaying the validated events, then kept: a batch that never reads them
 * never computes them, and a status costs what a plain object of its data
 * fields costs. {@link ClockStatus.toJSON} writes them too, after the data
 * fields and before any field {@link ClockStatus.extend} added, so
 * `JSON.stringify` writes every field; a spread (`{ ...status }`) copies the
 * data fields only. A status retains no timeline, only its numbers (and the
 * events when there is more than an open and a response): a batch of a
 * million statuses stays small. @internal
 */
export class ClockStatus implements TicketStatus {
  readonly id: string;
  readonly priority: string;
  readonly kind: ResponseTargetKind;
  readonly state: ClockState;
  readonly now: number;
  readonly openedAt: number;
  readonly respondedAt: number | null;
  readonly dueAt: number;
  readonly targetMs: number;
  readonly elapsedMs: number;
  readonly remainingMs: number;
  readonly percentUsed: number;
  readonly met: boolean | null;
  readonly breached: boolean;
  readonly kpiMissed: boolean;
  readonly zone: string;
  declare readonly source?: SourceRef;
  /** The validated events, or `null` when they are just `open` (+ `respond`): then the fields above replay them. */
  readonly #events: readonly ParsedEvent[] | null;
  /** The policy judged by (its target of `priority` is the status's target: no slot of its own). */
  readonly #policy: ResponsePolicy;
  /** `warnings`, `explanation` and `targetRule` once read (one slot for all keeps a status small). */
  #lazy: { warnings?: readonly WarningStatus[]; explanation?: readonly ExplanationSegment[]; targetRule?: string | null } | undefined = undefined;

  /** See {@link TicketStatus.warnings}: computed on first read, then kept. */
  get warnings(): readonly WarningStatus[] {
    const lazy = (this.#lazy ??= {});
    lazy.warnings ??= Object.freeze(warningsOf(replay(this, this.#events, this.#policy), this.#policy.warnings));
    return lazy.warnings;
  }

  /** See {@link TicketStatus.explanation}: O(segments of the answer), see explain(); computed on first read, then kept. */
  get explanation(): readonly ExplanationSegment[] {
    const lazy = (this.#lazy ??= {});
    lazy.explanation ??= Object.freeze(explain(replay(this, this.#events, this.#policy)));
    return lazy.explanation;
  }

  /** See {@link TicketStatus.targetRule}: computed on first read, then kept. */
  get targetRule(): string | null {
    const lazy = (this.#lazy ??= {});
    if (lazy.targetRule === undefined) {
      const rule = this.#policy.target(this.priority).rule;
      lazy.targetRule = rule === null ? null : rule.explain(this.openedAt);
    }
    return lazy.targetRule;
  }

  /**
   * The status as `JSON.stringify` writes it: its own fields in order, with
   * `warnings`, `explanation` and `targetRule` (read, so computed) right
   * after the data fields and `source`, before any field
   * {@link ClockStatus.extend} added.
   */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    const fields = this as unknown as Readonly<Record<string, unknown>>;
    let lazyWritten = false;
    for (const key of Object.keys(this)) {
      if (!lazyWritten && !DATA_FIELDS.has(key)) {
        writeLazy(this, json);
        lazyWritten = true;
      }
      json[key] = fields[key];
    }
    if (!lazyWritten) writeLazy(this, json);
    return json;
  }

  /**
   * The status of a timeline (any ticket): due where the timeline reaches
   * the target.
   */
  static of(timeline: ClockTimeline, policy: ResponsePolicy): ClockStatus {
    const events = timeline.ticket.events;
    const simple = events.length === 1 || (events.length === 2 && events[1]?.type === 'respond');
    return new ClockStatus(
      timeline.ticket.id,
      timeline.target,
      timeline.ticket.openedAt,
      timeline.respondedAt,
      timeline.now,
      timeline.pausedAtStop,
      timeline.targetMs,
      timeline.elapsed,
      timeline.instantReaching(timeline.targetMs),
      simple ? null : events,
      policy,
    );
  }

  /**
   * The status of a shortcut ticket (opened, perhaps responded), without a
   * timeline and without allocating anything but the status: the
   * {@link ClockTimeline} of one running stretch `[openedAt, stop)` on one
   * calendar, computed with the same two calendar calls — `elapsed` of the
   * stretch, then `due` from its start when the stretch reaches the target,
   * else from its end for the rest.
   */
  static simple(fields: SimpleFields, target: ResolvedResponseTarget, now: number, policy: ResponsePolicy): ClockStatus {
    const { openedAt, respondedAt } = fields;
    const calendar = target.calendar;
    const stop = respondedAt ?? now;
    const targetMs = targetMsFrom(target, openedAt);
    const elapsed = calendar.elapsed(openedAt, stop);
    const dueAt = elapsed >= targetMs ? calendar.due(openedAt, targetMs) : calendar.due(stop, targetMs - elapsed);
    return new ClockStatus(fields.id, target, openedAt, respondedAt, now, false, targetMs, elapsed, dueAt, null, policy);
  }

  /**
   * `status` with `extra` fields (a contract's region, version, metrics…),
   * without reading its lazy fields: a spread (`{ ...status }`) would copy
   * the data fields only, losing `warnings`, `explanation` and `targetRule`.
   * The copy is a status (lazy getters, {@link ClockStatus.toJSON} writing
   * `extra` last) and shares the original's lazy answers once computed.
   */
  static extend<T extends object>(status: TicketStatus, extra: T): TicketStatus & T {
    if (!(status instanceof ClockStatus)) return { ...status, ...extra };
    const copy = new ClockStatus(
      status.id,
      status.#policy.target(status.priority),
      status.openedAt,
      status.respondedAt,
      status.now,
      status.state === 'paused',
      status.targetMs,
      status.elapsedMs,
      status.dueAt,
      status.#events,
      status.#policy,
    );
    copy.#lazy = status.#lazy ??= {};
    return Object.assign(copy, extra);
  }

  private constructor(
    id: string,
    target: ResolvedResponseTarget,
    openedAt: number,
    respondedAt: number | null,
    now: number,
    pausedAtStop: boolean,
    targetMs: number,
    elapsedMs: number,
    dueAt: number,
    events: readonly ParsedEvent[] | null,
    policy: ResponsePolicy,
  ) {
    const state: ClockState = respondedAt !== null ? (respondedAt <= dueAt ? 'met' : 'missed') : now > dueAt ? 'missed' : pausedAtStop ? 'paused' : 'running';
    const met = state === 'met' ? true : state === 'missed' ? false : null;
    this.id = id;
    this.priority = target.priority;
    this.kind = target.kind;
    this.state = state;
    this.now = now;
    this.openedAt = openedAt;
    this.respondedAt = respondedAt;
    this.dueAt = dueAt;
    this.targetMs = targetMs;
    this.elapsedMs = elapsedMs;
    this.remainingMs = targetMs - elapsedMs;
    this.percentUsed = (100 * elapsedMs) / targetMs;
    this.met = met;
    this.breached = met === false && target.kind === 'contractual';
    this.kpiMissed = met === false && target.kind === 'kpi';
    this.zone = target.calendar.zone;
    if (target.source !== undefined) this.source = target.source;
    this.#events = events;
    this.#policy = policy;
  }
}

/** `warnings`, `explanation` and `targetRule` of `status` into `json` (a function, not a private method: a private method would cost every status a slot). */
function writeLazy(status: ClockStatus, json: Record<string, unknown>): void {
  json.warnings = status.warnings;
  json.explanation = status.explanation;
  json.targetRule = status.targetRule;
}

/** A status's own fields before the lazy ones: the data fields in the constructor's order, and `source`. */
const DATA_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'priority',
  'kind',
  'state',
  'now',
  'openedAt',
  'respondedAt',
  'dueAt',
  'targetMs',
  'elapsedMs',
  'remainingMs',
  'percentUsed',
  'met',
  'breached',
  'kpiMissed',
  'zone',
  'source',
]);

/**
 * A status's timeline again, from its validated snapshot (immune to later
 * changes of the caller's ticket): `events`, or for a shortcut ticket
 * (`null`) its open and response rebuilt from the status's numbers.
 */
function replay(status: ClockStatus, events: readonly ParsedEvent[] | null, policy: ResponsePolicy): ClockTimeline {
  let all = events;
  if (all === null) {
    const open: ParsedEvent = { type: 'open', at: status.openedAt, priority: status.priority, index: 0 };
    all = status.respondedAt === null ? [open] : [open, { type: 'respond', at: status.respondedAt, priority: undefined, index: 1 }];
  }
  const ticket: ParsedTicket = { id: status.id, openedAt: status.openedAt, events: all };
  return new ClockTimeline(ticket, policy, status.now);
}

/** The warning thresholds of a timeline: the instant each is reached, and whether by `stop`. */
function warningsOf(timeline: ClockTimeline, thresholds: readonly number[]): WarningStatus[] {
  return thresholds.map((threshold) => {
    const thresholdMs = thresholdAmount(threshold, timeline.targetMs);
    const at = timeline.instantReaching(thresholdMs);
    return { threshold, thresholdMs, at, crossed: at <= timeline.stop };
  });
}

/**
 * `fraction × target` rounded up to a whole ms; a product within a few ulps
 * of an integer is that integer (0.9 × 10 h is 32 400 000 ms, not one more).
 */
function thresholdAmount(fraction: number, targetMs: number): number {
  const exact = fraction * targetMs;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) <= 4 * Number.EPSILON * exact ? nearest : Math.ceil(exact);
}
