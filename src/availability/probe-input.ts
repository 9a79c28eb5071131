import { SlaInputError } from '../errors.js';
import { toInstant } from '../time/instant.js';
import type { Probe, ProbeSeries } from './probes.js';

// The same bounds as toInstant (years 1000 and 9999), for the numeric fast path.
const MIN_INSTANT = Date.UTC(1000, 0, 1);
const MAX_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Probes validated into columns: times and down flags. @internal */
export interface ReadProbes {
  readonly at: Float64Array;
  /** 1 = down. */
  readonly down: Uint8Array;
  readonly sorted: boolean;
}

/** Validate a list of probe objects; the down flag applies `latencyMs > threshold`. @internal */
export function readProbeList(probes: readonly Probe[], threshold: number): ReadProbes {
  const n = probes.length;
  const at = new Float64Array(n);
  const down = new Uint8Array(n);
  let sorted = true;
  let previous = -Infinity;
  for (let i = 0; i < n; i++) {
    const probe = probes[i];
    if (probe === null || typeof probe !== 'object') throw new SlaInputError(`probes[${i}]`, probe, '{ at, ok, latencyMs? }');
    const raw = probe.at;
    const t = typeof raw === 'number' && Number.isInteger(raw) && raw >= MIN_INSTANT && raw <= MAX_INSTANT ? raw : toInstant(raw, `probes[${i}].at`);
    const ok = probe.ok;
    if (ok !== true && ok !== false) throw new SlaInputError(`probes[${i}].ok`, ok, 'true or false');
    const latency = probe.latencyMs;
    let slow = false;
    if (latency !== undefined) {
      if (typeof latency !== 'number' || !(latency >= 0 && latency < Infinity)) throw new SlaInputError(`probes[${i}].latencyMs`, latency, 'a non-negative number of milliseconds');
      slow = latency > threshold;
    }
    at[i] = t;
    down[i] = ok && !slow ? 0 : 1;
    if (t < previous) sorted = false;
    previous = t;
  }
  return { at, down, sorted };
}

/** Validate a {@link ProbeSeries}; its `at` column is used as is. @internal */
export function readProbeSeries(series: ProbeSeries, threshold: number): ReadProbes {
  if (series === null || typeof series !== 'object' || !(series.at instanceof Float64Array) || !(series.ok instanceof Uint8Array)) {
    throw new SlaInputError('probes', series, 'an array of { at, ok, latencyMs? } or a ProbeSeries { at: Float64Array, ok: Uint8Array, latencyMs?: Float64Array }');
  }
  const { at, ok, latencyMs } = series;
  const n = at.length;
  if (ok.length !== n) throw new SlaInputError('probes.ok', `length ${ok.length}`, `the length of probes.at (${n})`);
  if (latencyMs !== undefined && (!(latencyMs instanceof Float64Array) || latencyMs.length !== n)) {
    throw new SlaInputError('probes.latencyMs', latencyMs instanceof Float64Array ? `length ${latencyMs.length}` : latencyMs, `a Float64Array of the length of probes.at (${n})`);
  }
  const down = new Uint8Array(n);
  let sorted = true;
  let previous = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = at[i] as number;
    if (!(Number.isInteger(t) && t >= MIN_INSTANT && t <= MAX_INSTANT)) toInstant(t, `probes.at[${i}]`);
    const state = ok[i] as number;
    if (state > 1) throw new SlaInputError(`probes.ok[${i}]`, state, '1 (succeeded) or 0 (failed)');
    let slow = false;
    if (latencyMs !== undefined) {
      const latency = latencyMs[i] as number;
      if (!(latency >= 0 && latency < Infinity)) throw new SlaInputError(`probes.latencyMs[${i}]`, latency, 'a non-negative number of milliseconds');
      slow = latency > threshold;
    }
    down[i] = state === 1 && !slow ? 0 : 1;
    if (t < previous) sorted = false;
    previous = t;
  }
  return { at, down, sorted };
}

/** Sorted copies of the columns (only for input out of time order). @internal */
export function sortByTime(at: Float64Array, down: Uint8Array): ReadProbes {
  const order = new Uint32Array(at.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => (at[a] as number) - (at[b] as number));
  const sortedAt = new Float64Array(at.length);
  const sortedDown = new Uint8Array(at.length);
  for (let i = 0; i < order.length; i++) {
    sortedAt[i] = at[order[i] as number] as number;
    sortedDown[i] = down[order[i] as number] as number;
  }
  return { at: sortedAt, down: sortedDown, sorted: true };
}
