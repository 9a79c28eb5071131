import { SlaInputError, SlaIntervalError } from '../errors.js';
import { type InstantInput, toInstant } from '../time/instant.js';

/**
 * The cause of an incident that does not name one.
 *
 * @example
 * ```ts
 * resolveIncidents([{ start: 0, end: 1 }])[0]?.cause === DEFAULT_CAUSE; // true ("internal")
 * ```
 */
export const DEFAULT_CAUSE = 'internal';

/**
 * A period of downtime from any source (monitoring, tickets, status page).
 * `cause` decides whether it can be excused (e.g. Letsignit §6 excludes
 * `external-network` and `ddos`); default `internal`.
 *
 * @example
 * ```ts
 * const outage: Incident = { start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00', cause: 'internal', id: 'INC-42' };
 * ```
 */
export interface Incident {
  /** First down instant. */
  readonly start: InstantInput;
  /** Exclusive end; not before `start`. */
  readonly end: InstantInput;
  /** Default `internal`. */
  readonly cause?: string | undefined;
  /** Named in explanations; default `incidents[<index>]`. */
  readonly id?: string | undefined;
}

/**
 * An incident with epoch-ms bounds, its cause and id resolved.
 *
 * @example
 * ```ts
 * const [resolved] = resolveIncidents([{ start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z' }]);
 * // { start: 1773136800000, end: 1773140400000, cause: "internal", id: "incidents[0]" }
 * ```
 */
export interface ResolvedIncident {
  /** Epoch ms. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
  /** The cause, `internal` unless given. */
  readonly cause: string;
  /** The id, `incidents[<index>]` unless given. */
  readonly id: string;
}

/**
 * A maximal stretch of downtime: the union of overlapping or touching
 * incidents, with what it is made of.
 *
 * @example
 * ```ts
 * const [merged] = mergeIncidents([{ start: 0, end: 10, id: 'a' }, { start: 10, end: 20, cause: 'ddos', id: 'b' }]);
 * // { start: 0, end: 20, causes: ["internal", "ddos"], ids: ["a", "b"], members: [...] }
 * ```
 */
export interface MergedIncident {
  /** Epoch ms. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
  /** Distinct causes, in order of first appearance. */
  readonly causes: string[];
  /** Ids of the incidents merged, by start. */
  readonly ids: string[];
  /** The incidents merged, by start. */
  readonly members: ResolvedIncident[];
}

/**
 * Validate incidents and resolve instants, causes and ids; throws
 * {@link SlaInputError} / {@link SlaIntervalError} naming `incidents[i].field`.
 *
 * @example
 * ```ts
 * resolveIncidents([{ start: 0, end: 60_000 }]); // [{ start: 0, end: 60000, cause: "internal", id: "incidents[0]" }]
 * ```
 */
export function resolveIncidents(incidents: readonly Incident[], field = 'incidents'): ResolvedIncident[] {
  if (!Array.isArray(incidents)) throw new SlaInputError(field, incidents, 'an array of { start, end, cause?, id? }');
  return incidents.map((incident: Incident, i) => {
    const name = `${field}[${i}]`;
    if (incident === null || typeof incident !== 'object') throw new SlaInputError(name, incident, '{ start, end, cause?, id? }');
    const start = toInstant(incident.start, `${name}.start`);
    const end = toInstant(incident.end, `${name}.end`);
    if (end < start) throw new SlaIntervalError(name, start, end);
    const cause = incident.cause ?? DEFAULT_CAUSE;
    if (typeof cause !== 'string' || cause === '') throw new SlaInputError(`${name}.cause`, cause, 'a non-empty cause such as "internal" or "ddos"');
    const id = incident.id ?? name;
    if (typeof id !== 'string' || id === '') throw new SlaInputError(`${name}.id`, id, 'a non-empty string');
    return { start, end, cause, id };
  });
}

/**
 * Merge incidents into maximal stretches of downtime (docs/semantics.md §3
 * *Incidents*: overlapping incidents are one; touching ones too). Empty
 * incidents (`start === end`) are dropped. Result in time order.
 *
 * @example
 * ```ts
 * mergeIncidents([
 *   { start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z', cause: 'internal' },
 *   { start: '2026-03-10T10:30:00Z', end: '2026-03-10T12:00:00Z', cause: 'ddos' },
 * ]).map((m) => [m.causes, (m.end - m.start) / 60_000]); // [[["internal", "ddos"], 120]]
 * ```
 */
export function mergeIncidents(incidents: readonly Incident[]): MergedIncident[] {
  return mergeResolved(resolveIncidents(incidents));
}

/** {@link mergeIncidents} for incidents already resolved. @internal */
export function mergeResolved(resolved: readonly ResolvedIncident[]): MergedIncident[] {
  const sorted = resolved.filter((incident) => incident.end > incident.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MergedIncident[] = [];
  let current: { start: number; end: number; members: ResolvedIncident[] } | undefined;
  for (const incident of sorted) {
    if (current && incident.start <= current.end) {
      if (incident.end > current.end) current.end = incident.end;
      current.members.push(incident);
      continue;
    }
    if (current) merged.push(finish(current));
    current = { start: incident.start, end: incident.end, members: [incident] };
  }
  if (current) merged.push(finish(current));
  return merged;
}

function finish(group: { start: number; end: number; members: ResolvedIncident[] }): MergedIncident {
  const causes: string[] = [];
  for (const member of group.members) if (!causes.includes(member.cause)) causes.push(member.cause);
  return { start: group.start, end: group.end, causes, ids: group.members.map((member) => member.id), members: group.members };
}
