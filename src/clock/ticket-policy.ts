import { SlaInputError } from '../errors.js';
import { checkKnownKeys } from '../ids.js';
import { ResponsePolicy, type Reprioritisation, type ResponseTarget } from './response-policy.js';

/**
 * The clocks a helpdesk runs on one ticket, as Zendesk SLA policies and Jira
 * Service Management goals name them:
 * - `firstResponse`: from the opening to the first agent reply (an agent
 *   `message` or a `respond`); one cycle.
 * - `resolution`: from the opening to the ticket's entry into a stop status
 *   (e.g. `solved`); one cycle. Time in a stop status never counts;
 *   reopening (a status that is not a stop status) resumes the same clock,
 *   and the resolution is the last entry into a stop status.
 * - `nextReply`: cycles. Once the first agent reply is given, a customer
 *   `message` starts a cycle when none is running (later customer messages
 *   wait in it: the oldest unanswered message counts); the next agent reply
 *   stops it.
 * - `periodicUpdate`: cycles between agent replies: the first agent reply
 *   starts one, each agent reply stops the running cycle and starts the
 *   next. Reopening a ticket after its first reply starts a cycle.
 *
 * On every metric, the policy's status map decides: a `pauseOn` status
 * pauses the running cycle (as does a `pause` event), a `stopOn` status
 * stops it (for `resolution`: see above) and starts no new one until the
 * ticket leaves the stop status.
 *
 * @example
 * ```ts
 * const kind: MetricKind = 'nextReply';
 * ```
 */
export type MetricKind = 'firstResponse' | 'resolution' | 'nextReply' | 'periodicUpdate';

/** The metric kinds, in the order statuses report them. @example `METRIC_KINDS[0]; // "firstResponse"` */
export const METRIC_KINDS: readonly MetricKind[] = ['firstResponse', 'resolution', 'nextReply', 'periodicUpdate'];

/**
 * What a helpdesk status does to a metric's clock. A status listed nowhere
 * is unmapped (see {@link TicketPolicyOptions.unmappedStatus}). Before the
 * first `status` event a ticket's clocks run.
 *
 * @example
 * ```ts
 * const zendesk: StatusMap = { runOn: ['new', 'open'], pauseOn: ['pending', 'on-hold'], stopOn: ['solved', 'closed'] };
 * ```
 */
export interface StatusMap {
  /** Statuses in which the clock runs. */
  readonly runOn?: readonly string[];
  /** Statuses in which the clock is paused. */
  readonly pauseOn?: readonly string[];
  /** Statuses that stop the clock (the ticket is solved). */
  readonly stopOn?: readonly string[];
}

/**
 * One metric of a {@link TicketPolicy}: a target per priority (the shape of
 * a {@link ResponsePolicy}'s), and optionally its own status map.
 *
 * @example
 * ```ts
 * const resolution: MetricOptions = {
 *   priorities: { p1: { target: 'PT4H', calendar: always } },
 *   statuses: { runOn: ['open'], pauseOn: ['pending'], stopOn: ['solved'] },
 * };
 * ```
 */
export interface MetricOptions {
  /** The target of each priority the metric covers (at least one). */
  readonly priorities: Readonly<Record<string, ResponseTarget>>;
  /** This metric's status map, replacing the policy's `statuses` whole. */
  readonly statuses?: StatusMap;
}

/**
 * Options of {@link TicketPolicy}.
 *
 * @example
 * ```ts
 * const options: TicketPolicyOptions = {
 *   metrics: {
 *     firstResponse: { priorities: { p1: { target: 'PT1H', calendar: always } } },
 *     nextReply: { priorities: { p1: { target: 'PT2H', calendar: always } } },
 *   },
 *   statuses: { runOn: ['open'], pauseOn: ['pending'], stopOn: ['solved'] },
 * };
 * ```
 */
export interface TicketPolicyOptions {
  /**
   * The metrics (at least one), each as {@link MetricOptions} or as a
   * ready {@link ResponsePolicy} (which keeps its own reprioritisation and
   * warnings).
   */
  readonly metrics: Readonly<Partial<Record<MetricKind, MetricOptions | ResponsePolicy>>>;
  /** The status map of every metric that gives none; default: maps nothing. */
  readonly statuses?: StatusMap;
  /**
   * A `status` event whose status some metric does not map: `error`
   * (default: an {@link SlaEventError} naming the ticket, the event index
   * and the field `status`) or `run` (the clock runs in it).
   */
  readonly unmappedStatus?: UnmappedStatus;
  /** What a reprioritisation does, for every metric; default `recompute-from-open`. */
  readonly reprioritisation?: Reprioritisation;
  /** Warning thresholds of every metric; default {@link DEFAULT_WARNINGS}. */
  readonly warnings?: readonly number[];
}

/**
 * What an unmapped status does: `error` or `run`.
 *
 * @example
 * ```ts
 * const lenient: UnmappedStatus = 'run';
 * ```
 */
export type UnmappedStatus = 'error' | 'run';

/** What a status does to one metric's clock. @internal */
export type StatusEffect = 'run' | 'pause' | 'stop';

/** One metric once validated: its kind, its targets as a {@link ResponsePolicy}, its status map. @internal */
export interface ResolvedMetric {
  readonly kind: MetricKind;
  readonly policy: ResponsePolicy;
  readonly statuses: ReadonlyMap<string, StatusEffect>;
}

/**
 * A helpdesk's SLA policy: several metrics per ticket (see
 * {@link MetricKind}), each with its targets per priority on their
 * calendars, and status maps saying which helpdesk statuses pause or stop
 * each clock. Immutable and validated on construction: every invalid field
 * throws {@link SlaInputError} naming it (`metrics.resolution.priorities.p1.target`,
 * `statuses.pauseOn[1]`, …); a status listed twice in one map is refused.
 *
 * A priority belongs to the policy when some metric has a target for it; a
 * metric applies to a ticket when it has a target for every priority the
 * ticket has had.
 *
 * @example
 * ```ts
 * const always = BusinessCalendar.always('UTC');
 * const policy = new TicketPolicy({
 *   metrics: {
 *     firstResponse: { priorities: { p1: { target: 'PT1H', calendar: always } } },
 *     resolution: { priorities: { p1: { target: 'PT4H', calendar: always } } },
 *   },
 *   statuses: { runOn: ['open'], pauseOn: ['pending'], stopOn: ['solved'] },
 * });
 * policy.metrics;    // ["firstResponse", "resolution"]
 * policy.priorities; // ["p1"]
 * ```
 */
export class TicketPolicy {
  /** The metrics, in the order of {@link METRIC_KINDS}. */
  readonly metrics: readonly MetricKind[];
  /** Every priority some metric covers, in order of first appearance. */
  readonly priorities: readonly string[];
  /** What an unmapped status does. */
  readonly unmappedStatus: UnmappedStatus;
  readonly #resolved: ReadonlyMap<MetricKind, ResolvedMetric>;
  /** The statuses every metric maps. */
  readonly #mappedByAll: ReadonlySet<string>;

  /**
   * Validate and freeze a policy. Throws {@link SlaInputError} naming the
   * field on a bad option, among them a key of the options, of a metric or
   * of a target that is not known (a misspelled key would be read as absent).
   *
   * @example
   * ```ts
   * new TicketPolicy({ metrics: {} }); // throws SlaInputError: metrics: expected at least one metric…
   * ```
   */
  constructor(options: TicketPolicyOptions) {
    if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, 'policy options { metrics, statuses?, unmappedStatus?, reprioritisation?, warnings? }');
    checkKnownKeys(options, POLICY_OPTION_KEYS, '');
    const metrics = options.metrics;
    const kinds = metrics !== null && typeof metrics === 'object' && !Array.isArray(metrics) ? Object.keys(metrics) : [];
    const unknown = kinds.find((kind) => !METRIC_KINDS.includes(kind as MetricKind));
    if (unknown !== undefined) throw new SlaInputError(`metrics.${unknown}`, unknown, `a metric: ${METRIC_KINDS.map((k) => `"${k}"`).join(', ')}`);
    if (kinds.length === 0) throw new SlaInputError('metrics', metrics, `at least one metric: ${METRIC_KINDS.map((k) => `"${k}"`).join(', ')}`);
    const unmapped = options.unmappedStatus ?? 'error';
    if (unmapped !== 'error' && unmapped !== 'run') throw new SlaInputError('unmappedStatus', unmapped, '"error" or "run"');
    const defaultMap = readStatusMap(options.statuses, 'statuses');
    const resolved = new Map<MetricKind, ResolvedMetric>();
    const priorities: string[] = [];
    for (const kind of METRIC_KINDS) {
      if (!Object.hasOwn(metrics, kind)) continue;
      const metric = metrics[kind] as MetricOptions | ResponsePolicy;
      const field = `metrics.${kind}`;
      let policy: ResponsePolicy;
      let statuses = defaultMap;
      if (metric instanceof ResponsePolicy) {
        policy = metric;
      } else {
        if (metric === null || typeof metric !== 'object') throw new SlaInputError(field, metric, 'a metric { priorities, statuses? } or a ResponsePolicy');
        checkKnownKeys(metric, METRIC_OPTION_KEYS, field);
        policy = prefixed(field, () =>
          new ResponsePolicy({
            priorities: metric.priorities,
            ...(options.reprioritisation === undefined ? {} : { reprioritisation: options.reprioritisation }),
            ...(options.warnings === undefined ? {} : { warnings: options.warnings }),
          }),
        );
        if (metric.statuses !== undefined) statuses = readStatusMap(metric.statuses, `${field}.statuses`);
      }
      for (const priority of policy.priorities) if (!priorities.includes(priority)) priorities.push(priority);
      resolved.set(kind, Object.freeze({ kind, policy, statuses }));
    }
    const all = [...resolved.values()];
    const first = all[0] as ResolvedMetric;
    this.#mappedByAll = new Set([...first.statuses.keys()].filter((status) => all.every((metric) => metric.statuses.has(status))));
    this.#resolved = resolved;
    this.metrics = Object.freeze([...resolved.keys()]);
    this.priorities = Object.freeze(priorities);
    this.unmappedStatus = unmapped;
  }

  /**
   * The metric `kind` once validated, or `undefined` when the policy has none.
   * @internal
   */
  metric(kind: MetricKind): ResolvedMetric | undefined {
    return this.#resolved.get(kind);
  }

  /**
   * Whether some metric has a target for `priority`.
   *
   * @example
   * ```ts
   * policy.has('p1'); // true
   * ```
   */
  has(priority: string): boolean {
    for (const metric of this.#resolved.values()) if (metric.policy.has(priority)) return true;
    return false;
  }

  /**
   * "one of "a", "b"": the expectation an unknown priority is reported with.
   *
   * @example
   * ```ts
   * policy.describePriorities(); // 'one of "p1"'
   * ```
   */
  describePriorities(): string {
    return `one of ${this.priorities.map((p) => JSON.stringify(p)).join(', ')}`;
  }

  /**
   * Whether a `status` event may name `status`: every metric maps it, or
   * unmapped statuses run.
   *
   * @example
   * ```ts
   * policy.statusKnown('pending'); // true
   * policy.statusKnown('waiting'); // false (unmappedStatus "error")
   * ```
   */
  statusKnown(status: string): boolean {
    return this.unmappedStatus === 'run' || this.#mappedByAll.has(status);
  }

  /**
   * The expectation an unmapped status is reported with.
   *
   * @example
   * ```ts
   * policy.describeStatuses(); // 'a status every metric maps: "open", "pending", "solved" (or the option unmappedStatus: "run")'
   * ```
   */
  describeStatuses(): string {
    const known = [...this.#mappedByAll].map((s) => JSON.stringify(s)).join(', ');
    return `a status every metric maps: ${known === '' ? '(none)' : known} (or the option unmappedStatus: "run")`;
  }
}

/** Validate a status map into status → effect; a status in two lists is refused. */
function readStatusMap(map: StatusMap | undefined, field: string): Map<string, StatusEffect> {
  const effects = new Map<string, StatusEffect>();
  if (map === undefined) return effects;
  if (map === null || typeof map !== 'object' || Array.isArray(map)) throw new SlaInputError(field, map, 'a status map { runOn?, pauseOn?, stopOn? }');
  for (const key of Object.keys(map)) if (!STATUS_LISTS.some(([list]) => list === key)) throw new SlaInputError(`${field}.${key}`, key, '"runOn", "pauseOn" or "stopOn"');
  for (const [list, effect] of STATUS_LISTS) {
    const statuses = map[list];
    if (statuses === undefined) continue;
    if (!Array.isArray(statuses)) throw new SlaInputError(`${field}.${list}`, statuses, 'an array of status names');
    statuses.forEach((status: unknown, i) => {
      if (typeof status !== 'string' || status === '') throw new SlaInputError(`${field}.${list}[${i}]`, status, 'a status name, a non-empty string');
      const earlier = effects.get(status);
      if (earlier !== undefined) throw new SlaInputError(`${field}.${list}[${i}]`, status, `a status not already mapped (it ${EFFECT_VERBS[earlier]} the clock)`);
      effects.set(status, effect);
    });
  }
  return effects;
}

/** The keys of {@link TicketPolicyOptions} and of {@link MetricOptions}: any other is refused (a misspelled key would be read as absent). */
const POLICY_OPTION_KEYS: ReadonlySet<string> = new Set<keyof TicketPolicyOptions>(['metrics', 'statuses', 'unmappedStatus', 'reprioritisation', 'warnings']);
const METRIC_OPTION_KEYS: ReadonlySet<string> = new Set<keyof MetricOptions>(['priorities', 'statuses']);

const STATUS_LISTS: readonly (readonly [keyof StatusMap, StatusEffect])[] = [
  ['runOn', 'run'],
  ['pauseOn', 'pause'],
  ['stopOn', 'stop'],
];

const EFFECT_VERBS: Readonly<Record<StatusEffect, string>> = { run: 'runs', pause: 'pauses', stop: 'stops' };

/** Run `build`, prefixing with `prefix` the field of an {@link SlaInputError} it throws about the metric's priorities. */
function prefixed<T>(prefix: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof SlaInputError && error.field.startsWith('priorities')) throw new SlaInputError(`${prefix}.${error.field}`, error.value, error.expected);
    throw error;
  }
}
