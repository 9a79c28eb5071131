/**
 * Base class of every error slakit throws on purpose. Catch this to handle any
 * slakit failure; check the subclass to tell bad input from an impossible
 * question.
 *
 * @example
 * ```ts
 * try {
 *   calendar.due('2026-06-01T08:00', { hours: 10 });
 * } catch (error) {
 *   if (error instanceof SlaError) console.error(error.code, error.message);
 * }
 * ```
 */
export class SlaError extends Error {
  /** A stable machine-readable code, e.g. `SLA_INPUT`. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * Render a value for an error message: short, unambiguous, never throws.
 *
 * @example
 * ```ts
 * describeValue('2026-06-01T08:00'); // '"2026-06-01T08:00"'
 * describeValue(Number.NaN);         // 'NaN'
 * describeValue(new Date('nope'));   // 'Invalid Date'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  try {
    const text = boundedJson(value, DESCRIBED_LENGTH + 1);
    return text === undefined ? String(value) : text.length > DESCRIBED_LENGTH ? `${text.slice(0, DESCRIBED_LENGTH - 3)}...` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Characters of a value an error message shows. */
const DESCRIBED_LENGTH = 80;

/**
 * `JSON.stringify(value)`, but written only up to about `limit` characters:
 * a value nested 10 000 levels deep, or a DAG whose paths double at each
 * level, costs no more than a short one (JSON.stringify would overflow the
 * stack or run for hours).
 */
function boundedJson(value: unknown, limit: number): string | undefined {
  let text = '';
  const write = (node: unknown, inArray: boolean): void => {
    if (text.length > limit) return;
    if (node !== null && typeof node === 'object' && typeof (node as { toJSON?: unknown }).toJSON === 'function') node = (node as { toJSON: () => unknown }).toJSON();
    if (node === null || typeof node === 'number' || typeof node === 'boolean' || typeof node === 'string') {
      text += typeof node === 'number' && !Number.isFinite(node) ? 'null' : JSON.stringify(typeof node === 'string' && node.length > limit ? node.slice(0, limit) : node);
      return;
    }
    if (typeof node !== 'object') {
      if (typeof node === 'bigint') throw new TypeError('BigInt value can\'t be serialized in JSON');
      if (inArray) text += 'null';
      return;
    }
    const array = Array.isArray(node);
    text += array ? '[' : '{';
    let first = true;
    for (const key of Object.keys(node)) {
      if (text.length > limit) return;
      const child = (node as Record<string, unknown>)[key];
      if (!array && (child === undefined || typeof child === 'function' || typeof child === 'symbol')) continue;
      if (!first) text += ',';
      first = false;
      if (!array) text += `${JSON.stringify(key)}:`;
      write(child, array);
    }
    text += array ? ']' : '}';
  };
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  write(value, false);
  return text;
}

/**
 * An argument or a record field is invalid: it names the `field`, the `value`
 * received and what was `expected`.
 *
 * @example
 * ```ts
 * try {
 *   toInstant('2026-06-01T08:00', 'openedAt');
 * } catch (error) {
 *   // SlaInputError: openedAt: expected an ISO 8601 instant with an offset or Z, got "2026-06-01T08:00"
 *   if (error instanceof SlaInputError) console.log(error.field); // "openedAt"
 * }
 * ```
 */
export class SlaInputError extends SlaError {
  /** The argument or field name, as the caller knows it. */
  readonly field: string;
  /** The offending value, as received. */
  readonly value: unknown;
  /** What would have been accepted. */
  readonly expected: string;

  constructor(field: string, value: unknown, expected: string, code = 'SLA_INPUT') {
    super(code, `${field}: expected ${expected}, got ${describeValue(value)}`);
    this.field = field;
    this.value = value;
    this.expected = expected;
  }
}

/**
 * An IANA time-zone name is unknown to the runtime's time-zone database.
 *
 * @example
 * ```ts
 * new BusinessCalendar({ zone: 'Europe/Pariss', week: { mon: ['09:00-17:00'] } });
 * // SlaZoneError: zone: expected an IANA time zone such as "Europe/Paris", got "Europe/Pariss"
 * ```
 */
export class SlaZoneError extends SlaInputError {
  constructor(field: string, value: unknown) {
    super(field, value, 'an IANA time zone such as "Europe/Paris"', 'SLA_ZONE');
  }
}

/**
 * An interval ends before it starts (intervals are half-open `[start, end)`;
 * an empty one, `start === end`, is allowed).
 *
 * @example
 * ```ts
 * IntervalSet.of([[Date.UTC(2026, 0, 2), Date.UTC(2026, 0, 1)]]);
 * // SlaIntervalError: intervals[0]: expected end >= start, got ...
 * ```
 */
export class SlaIntervalError extends SlaInputError {
  constructor(field: string, start: number, end: number) {
    super(
      field,
      { start: isoOrNumber(start), end: isoOrNumber(end) },
      'end >= start (half-open interval [start, end))',
      'SLA_INTERVAL',
    );
  }
}

function isoOrNumber(ms: number): string | number {
  return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : ms;
}

/**
 * A question has no answer within the horizon a calendar searches: e.g. a due
 * instant on a calendar that never opens, or not within 10 years. When the
 * search stopped at the edge of the local years slakit answers for
 * (1900–2300) rather than at the horizon, `bound` is `years` and the
 * message says so ("not reached within the local years 1900–2300 slakit
 * answers for").
 *
 * @example
 * ```ts
 * const closed = BusinessCalendar.always().minus(BusinessCalendar.always());
 * closed.due(0, { hours: 1 });
 * // SlaHorizonError: target: not reached within the horizon of 10 years ...
 * ```
 */
export class SlaHorizonError extends SlaError {
  /** The argument that could not be satisfied. */
  readonly field: string;
  /** The horizon searched, in years. */
  readonly horizonYears: number;

  /** What stopped the search: the calendar's `horizon`, or the supported local `years` 1900–2300. */
  readonly bound: 'horizon' | 'years';

  constructor(field: string, horizonYears: number, detail: string, bound: 'horizon' | 'years' = 'horizon') {
    const limit = bound === 'years' ? 'the local years 1900–2300 slakit answers for' : `the horizon of ${horizonYears} years`;
    super('SLA_HORIZON', `${field}: not reached within ${limit} (${detail})`);
    this.field = field;
    this.horizonYears = horizonYears;
    this.bound = bound;
  }
}

/**
 * A contract definition (JSON) is malformed; `path` is the JSON path of the
 * offending value, e.g. `calendars.support.zone`.
 *
 * @example
 * ```ts
 * try {
 *   defineContract({ id: 'x', calendars: { support: { zone: 'Mars/Base' } } });
 * } catch (error) {
 *   if (error instanceof SlaDefinitionError) console.log(error.path);
 * }
 * ```
 */
export class SlaDefinitionError extends SlaError {
  /** JSON path of the first offending value (`a.b[2].c`). */
  readonly path: string;
  /** Every issue found, each with its path. */
  readonly issues: readonly { readonly path: string; readonly message: string }[];

  constructor(issues: readonly { readonly path: string; readonly message: string }[]) {
    const first = issues[0] ?? { path: '', message: 'invalid definition' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1, 4).map((i) => i.path || '(root)').join(', ')})` : '';
    super('SLA_DEFINITION', `${first.path || '(root)'}: ${first.message}${more}`);
    this.path = first.path;
    this.issues = issues;
  }
}

/**
 * A ticket's event stream is inconsistent (out of order, respond before open,
 * resume without pause, a message with an unknown author, a status the
 * policy does not map, …): names the ticket, the event index, the event's
 * field when one field is at fault (`type`, `at`, `status`, `author`,
 * `priority`) and the event.
 *
 * @example
 * ```ts
 * try {
 *   clock.status({ id: 'T-1', priority: 'critical', events: [{ type: 'resume', at: '2026-06-01T08:00Z' }] }, now);
 * } catch (error) {
 *   if (error instanceof SlaEventError) console.log(error.ticketId, error.eventIndex, error.eventField); // "T-1" 0 "type"
 * }
 * ```
 */
export class SlaEventError extends SlaInputError {
  /** Id of the ticket whose events are inconsistent. */
  readonly ticketId: string;
  /** Index of the offending event in the ticket's event list. */
  readonly eventIndex: number;
  /** The offending field of the event (`type`, `at`, `status`, `author`, `priority`), or `null` when the event as a whole is at fault. */
  readonly eventField: string | null;

  constructor(ticketId: string, eventIndex: number, event: unknown, expected: string, eventField: string | null = null) {
    super(`ticket ${ticketId} events[${eventIndex}]${eventField === null ? '' : `.${eventField}`}`, event, expected, 'SLA_EVENT');
    this.ticketId = ticketId;
    this.eventIndex = eventIndex;
    this.eventField = eventField;
  }
}
