import { type Incident, resolveIncidents } from '../availability/incidents.js';
import type { ExactRatio } from '../availability/ratio.js';
import { SlaInputError } from '../errors.js';
import { durationText } from '../time/duration-text.js';
import { ratioToNumber } from './exact-arithmetic.js';
import { type MeasuredDowntime, checkDowntime, measuredBase } from './measured-downtime.js';

/**
 * An incident that names how many users (customers, seats, devices) it
 * affected; without `affected` it affects the whole population.
 *
 * @example
 * ```ts
 * const outage: WeightedIncident = { start: '2026-04-14T08:00:00Z', end: '2026-04-14T18:00:00Z', affected: 100 };
 * ```
 */
export interface WeightedIncident extends Incident {
  /** Users affected: a whole number from 0 to the population. Default: the whole population. */
  readonly affected?: number | undefined;
}

/**
 * How overlapping incidents combine at one instant: `sum` (default: the
 * incidents' affected counts add up, as "Σ affected × minutes per
 * incident" reads, capped at the population) or `max` (the largest count:
 * the incidents are taken to hit the same users).
 *
 * @example
 * ```ts
 * weightDowntime(downtime, { incidents, population: 1000, overlappingAffected: 'max' });
 * ```
 */
export type OverlappingAffected = 'sum' | 'max';

/**
 * Options of {@link weightDowntime}; plain data.
 *
 * @example
 * ```ts
 * const options: WeightingOptions = { population: 1000, incidents: [{ start: '2026-04-14T08:00:00Z', end: '2026-04-14T18:00:00Z', affected: 100 }] };
 * ```
 */
export interface WeightingOptions {
  /** The incidents the availability was computed from, with `affected`. */
  readonly incidents: readonly WeightedIncident[];
  /** Users in the service (licensed users, customers): a whole number > 0. */
  readonly population: number;
  /** Default `sum`. */
  readonly overlappingAffected?: OverlappingAffected | undefined;
}

/**
 * Availability in user-milliseconds, exact.
 *
 * @example
 * ```ts
 * const weighted: WeightedAvailability = weightDowntime(measuredDowntime(result), { incidents, population: 1000 });
 * formatPercent(weighted.ratio, 5);
 * ```
 */
export interface WeightedAvailability {
  /** The population. */
  readonly population: number;
  /** Measured time after excusing (see `measuredBase`), ms. */
  readonly measuredMs: number;
  /** Counted downtime, ms (unweighted). */
  readonly countedDowntimeMs: number;
  /** `population × measuredMs`: all user-ms. */
  readonly userMs: bigint;
  /** Σ over counted downtime of (users affected × ms): the user-ms lost. */
  readonly downtimeUserMs: bigint;
  /** `(userMs − downtimeUserMs) / userMs`; `0 / 0` reads as 100 %. */
  readonly ratio: ExactRatio;
  /** `ratio` as a number, for display only. */
  readonly availability: number;
  /** Each incident: its id, users affected and counted ms (its part of the counted downtime). */
  readonly incidents: readonly {
    /** The incident's id (`incidents[i]` unless given). */
    readonly id: string;
    /** Users affected. */
    readonly affected: number;
    /** Its counted downtime, ms. */
    readonly countedMs: number;
  }[];
  /** Edge cases met, in words. */
  readonly notes: readonly string[];
}

/**
 * Weight counted downtime by the users it affected:
 * `(population × |B| − Σ affected × counted ms) / (population × |B|)` in
 * user-milliseconds, `B` the measured time after excusing. Counted downtime
 * no incident covers (e.g. derived from probes) affects everyone; where
 * incidents overlap their counts add up (capped at the population, with a
 * note) or the largest one holds (`overlappingAffected: 'max'`). With
 * everyone affected it equals the unweighted availability. Big integers
 * throughout: population × a year of ms passes 2^53.
 *
 * Throws {@link SlaInputError} naming `population`,
 * `incidents[i].affected` (not a whole number, or above the population),
 * `incidents[i].start`/`end`, `overlappingAffected` or `downtime`.
 *
 * @example
 * ```ts
 * // April 2026 (43 200 min), 1 000 licensed users, 100 affected for 600 min:
 * // 100 × 600 = 60 000 of 1 000 × 43 200 = 43 200 000 user-minutes → 1 − 1/720 = 99.86111 %.
 * const incidents = [{ start: '2026-04-14T08:00:00Z', end: '2026-04-14T18:00:00Z', affected: 100 }];
 * const result = computeAvailability({ period: AvailabilityPeriod.month(2026, 4, 'UTC'), incidents });
 * const weighted = weightDowntime(measuredDowntime(result), { incidents, population: 1000 });
 * formatPercent(weighted.ratio, 5); // "99.86111"
 * formatPercent(result, 2);         // "98.61" unweighted
 * ```
 */
export function weightDowntime(downtime: MeasuredDowntime, options: WeightingOptions): WeightedAvailability {
  checkDowntime(downtime);
  if (options === null || typeof options !== 'object') throw new SlaInputError('weighting', options, '{ incidents, population, overlappingAffected? }');
  const { population } = options;
  if (!Number.isSafeInteger(population) || population <= 0) throw new SlaInputError('population', population, 'a whole number of users > 0');
  const overlapping = options.overlappingAffected ?? 'sum';
  if (overlapping !== 'sum' && overlapping !== 'max') throw new SlaInputError('overlappingAffected', overlapping, '"sum" or "max"');
  const resolved = resolveIncidents(options.incidents);
  const affected = options.incidents.map((incident, i) => {
    const value = incident.affected ?? population;
    if (!Number.isSafeInteger(value) || value < 0 || value > population) {
      throw new SlaInputError(`incidents[${i}].affected`, incident.affected, `a whole number of users from 0 to the population (${population})`);
    }
    return value;
  });
  const { counted } = downtime;
  const notes: string[] = [];

  // Sweep the counted downtime segment by segment, between consecutive incident bounds.
  const events = resolved.flatMap((incident, i) => [
    { at: incident.start, users: affected[i] as number, change: 1 },
    { at: incident.end, users: affected[i] as number, change: -1 },
  ]);
  events.sort((a, b) => a.at - b.at);
  const cuts = [...new Set([...counted.toBounds(), ...events.map((event) => event.at)])].sort((a, b) => a - b);
  const active = new Map<number, number>(); // users affected → how many active incidents affect that many
  let sum = 0;
  let next = 0;
  let lost = 0n;
  let cappedMs = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k] as number;
    const to = cuts[k + 1] as number;
    for (let event = events[next]; event !== undefined && event.at <= from; event = events[++next]) {
      sum += event.change * event.users;
      const count = (active.get(event.users) ?? 0) + event.change;
      if (count === 0) active.delete(event.users);
      else active.set(event.users, count);
    }
    if (!counted.contains(from)) continue;
    let users = population; // downtime no incident covers affects everyone
    if (active.size > 0) users = overlapping === 'max' ? Math.max(...active.keys()) : Math.min(sum, population);
    if (active.size > 0 && overlapping === 'sum' && sum > population) cappedMs += to - from;
    lost += BigInt(users) * BigInt(to - from);
  }
  if (cappedMs > 0) notes.push(`for ${durationText(cappedMs)} overlapping incidents affect more users than the population together; counted as the whole population`);

  const measuredMs = measuredBase(downtime).measure();
  const userMs = BigInt(population) * BigInt(measuredMs);
  const ratio = { numerator: userMs - lost, denominator: userMs };
  return {
    population,
    measuredMs,
    countedDowntimeMs: counted.measure(),
    userMs,
    downtimeUserMs: lost,
    ratio,
    availability: ratioToNumber(ratio),
    incidents: resolved.map((incident, i) => ({ id: incident.id, affected: affected[i] as number, countedMs: counted.clip(incident.start, incident.end).measure() })),
    notes,
  };
}
