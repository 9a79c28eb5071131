import { SlaInputError, SlaIntervalError } from '../errors.js';
import { IntervalSet } from '../intervals/interval-set.js';
import { durationText } from '../time/duration-text.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { type InstantInput, formatInstant, toInstant } from '../time/instant.js';
import { readProbeList, readProbeSeries, sortByTime } from './probe-input.js';

/**
 * One monitoring probe: when it ran, whether it succeeded, and optionally
 * how long the answer took.
 *
 * @example
 * ```ts
 * const probe: Probe = { at: '2026-03-10T10:00:00+01:00', ok: true, latencyMs: 31_000 }; // too slow: down
 * ```
 */
export interface Probe {
  /** When the probe ran. Epoch ms numbers take the fast path. */
  readonly at: InstantInput;
  /** Whether the probe succeeded; `false` is down whatever the latency. */
  readonly ok: boolean;
  /** Answer time in ms; above `latencyThresholdMs` the probe is down. */
  readonly latencyMs?: number | undefined;
}

/**
 * Probes as parallel typed arrays (column form), the fastest input: no
 * object per probe. `ok[i]` is 1 (succeeded) or 0 (failed).
 *
 * @example
 * ```ts
 * const series: ProbeSeries = {
 *   at: Float64Array.from([Date.UTC(2026, 2, 10, 9, 0), Date.UTC(2026, 2, 10, 9, 5)]),
 *   ok: Uint8Array.from([1, 0]),
 * };
 * ```
 */
export interface ProbeSeries {
  /** Epoch milliseconds (whole numbers). */
  readonly at: Float64Array;
  /** 1 = succeeded, 0 = failed. */
  readonly ok: Uint8Array;
  /** Answer times in ms (optional). */
  readonly latencyMs?: Float64Array | undefined;
}

/**
 * How probes become downtime; see {@link probesToIncidents}.
 *
 * @example
 * ```ts
 * // Letsignit §5: every 5 min, 30 s threshold; gaps counted up (the default).
 * const options: ProbeOptions = { interval: { minutes: 5 }, latencyThresholdMs: 30_000 };
 * ```
 */
export interface ProbeOptions {
  /** The probe interval in ms (Letsignit §5: 300 000). Give this or `interval`. */
  readonly intervalMs?: number | undefined;
  /** The probe interval as a duration (`'PT5M'`, `{ minutes: 5 }`). */
  readonly interval?: DurationInput | undefined;
  /** A probe answering in more than this many ms is down (Letsignit §5: 30 000; exactly 30 000 is up). Default: latency ignored. */
  readonly latencyThresholdMs?: number | undefined;
  /** Time no probe covers: counted `up` (default) or `down`. Reported either way. */
  readonly unmonitored?: 'up' | 'down' | undefined;
  /** Start of the observation range: time before the first probe from here is unmonitored. */
  readonly from?: InstantInput | undefined;
  /** End of the observation range: time after the last probe's hold up to here is unmonitored. */
  readonly to?: InstantInput | undefined;
}

/**
 * One incident derived from probes.
 *
 * @example
 * ```ts
 * const [first] = probesToIncidents([{ at: 0, ok: false }], { intervalMs: 300_000 }).incidents;
 * // { start: 0, end: 300000, cause: "internal", id: "probes@1970-01-01T00:00:00.000Z" }
 * ```
 */
export interface ProbeIncident {
  /** First down instant, epoch ms. */
  readonly start: number;
  /** End of the down time (exclusive), epoch ms. */
  readonly end: number;
  /** Always `internal`: a probe cannot tell causes apart. */
  readonly cause: 'internal';
  /** `probes@<ISO start>`. */
  readonly id: string;
}

/**
 * What {@link probesToIncidents} found.
 *
 * @example
 * ```ts
 * const scan = probesToIncidents([{ at: 0, ok: true }, { at: 1_200_000, ok: true }], { intervalMs: 300_000 });
 * scan.unmonitored.measure(); // 900000 (20-min gap, 5 min held)
 * ```
 */
export interface ProbeIncidents {
  /** Maximal down intervals, in time order (not yet filtered by a recording threshold). */
  readonly incidents: ProbeIncident[];
  /** Time no probe covered (clipped to `[from, to)` when given). */
  readonly unmonitored: IntervalSet;
  /** Number of probes, duplicates included. */
  readonly probeCount: number;
  /** Probes sharing an instant with an earlier one (each instant counts once; down wins). */
  readonly duplicates: number;
  /** Whether the input was out of time order (and was sorted). */
  readonly reordered: boolean;
  /** What was done to the input, in words. */
  readonly notes: string[];
}

/**
 * Probe results → down intervals (docs/semantics.md §3 *Probes*; Letsignit SLA §5).
 *
 * - A probe is down iff `ok` is false or `latencyMs > latencyThresholdMs`
 *   (exactly the threshold is up).
 * - Sample-and-hold: each probe's state holds from its time until the next
 *   probe, but at most `intervalMs`; the rest of a longer gap (and, with
 *   `from`/`to`, time before the first probe and after the last hold) is
 *   *unmonitored* — reported, and counted as up unless `unmonitored: 'down'`,
 *   in which case it is also down time merged into the incidents.
 * - Consecutive down time is one incident.
 * - Input out of time order is sorted (`reordered: true`). Several probes at
 *   the same instant count as one probe there, **down if any of them is
 *   down** (the pessimistic reading; `duplicates` counts the extra probes).
 * - Bad input throws {@link SlaInputError} naming `probes[i].field`.
 *
 * One linear pass over the probes (plus a sort only when out of order); no
 * object is allocated per probe. Numeric `at` values and {@link ProbeSeries}
 * take the fast path.
 *
 * @example
 * ```ts
 * const t = Date.UTC(2026, 2, 10, 9, 0);
 * const minute = 60_000;
 * const { incidents, unmonitored } = probesToIncidents(
 *   [
 *     { at: t, ok: true },
 *     { at: t + 5 * minute, ok: false },      // down 5 min
 *     { at: t + 10 * minute, ok: true },
 *     { at: t + 30 * minute, ok: true },      // 20-min gap: 5 min held, 15 min unmonitored
 *   ],
 *   { intervalMs: 5 * minute, latencyThresholdMs: 30_000 },
 * );
 * incidents.length;       // 1 ([t + 5 min, t + 10 min))
 * unmonitored.measure();  // 900000
 * ```
 */
export function probesToIncidents(probes: readonly Probe[] | ProbeSeries, options: ProbeOptions): ProbeIncidents {
  if (options === null || typeof options !== 'object') throw new SlaInputError('probeOptions', options, '{ intervalMs | interval, latencyThresholdMs?, unmonitored? }');
  const interval = probeInterval(options);
  const threshold = options.latencyThresholdMs;
  if (threshold !== undefined && !(typeof threshold === 'number' && threshold >= 0 && threshold < Infinity)) {
    throw new SlaInputError('latencyThresholdMs', threshold, 'a non-negative number of milliseconds');
  }
  const unmonitoredDown = options.unmonitored === 'down';
  if (options.unmonitored !== undefined && options.unmonitored !== 'up' && !unmonitoredDown) throw new SlaInputError('unmonitored', options.unmonitored, '"up" or "down"');
  const from = options.from === undefined ? undefined : toInstant(options.from, 'from');
  const to = options.to === undefined ? undefined : toInstant(options.to, 'to');
  if (from !== undefined && to !== undefined && to < from) throw new SlaIntervalError('from/to', from, to);

  const read = Array.isArray(probes) ? readProbeList(probes as readonly Probe[], threshold ?? Infinity) : readProbeSeries(probes as ProbeSeries, threshold ?? Infinity);
  const sorted = read.sorted ? read : sortByTime(read.at, read.down);
  const scan = scanProbes(sorted.at, sorted.down, interval, unmonitoredDown, from, to);

  let unmonitored = IntervalSet.fromSortedBounds(scan.gaps);
  if (from !== undefined || to !== undefined) unmonitored = unmonitored.clip(from ?? -Infinity, to ?? Infinity);
  const incidents: ProbeIncident[] = [];
  for (let i = 0; i < scan.down.length; i += 2) {
    const start = scan.down[i] as number;
    incidents.push({ start, end: scan.down[i + 1] as number, cause: 'internal', id: `probes@${formatInstant(start)}` });
  }
  const notes: string[] = [];
  if (!read.sorted) notes.push('probes were not in time order: sorted by time');
  if (scan.duplicates > 0) notes.push(`${scan.duplicates} probe(s) shared an instant with an earlier probe: each instant counts once, down if any probe there is down`);
  if (!unmonitored.isEmpty) notes.push(`${durationText(unmonitored.measure())} unmonitored (no probe within ${durationText(interval)}), counted as ${unmonitoredDown ? 'down' : 'up'}`);
  return { incidents, unmonitored, probeCount: read.at.length, duplicates: scan.duplicates, reordered: !read.sorted, notes };
}

function probeInterval(options: ProbeOptions): number {
  if (options.intervalMs !== undefined) {
    const ms = options.intervalMs;
    if (!(Number.isSafeInteger(ms) && ms > 0)) throw new SlaInputError('intervalMs', ms, 'a positive whole number of milliseconds');
    return ms;
  }
  if (options.interval === undefined) throw new SlaInputError('interval', undefined, 'the probe interval (intervalMs or interval), e.g. { minutes: 5 }');
  const ms = toDurationMs(options.interval, 'interval');
  if (ms === 0) throw new SlaInputError('interval', options.interval, 'a positive duration');
  return ms;
}

interface Scan {
  /** Flat bounds of maximal down intervals. */
  readonly down: number[];
  /** Flat bounds of unmonitored gaps, sorted. */
  readonly gaps: number[];
  readonly duplicates: number;
}

/** The hot loop: sorted probes → down intervals and gaps, one pass. */
function scanProbes(at: Float64Array, down: Uint8Array, interval: number, unmonitoredDown: boolean, from: number | undefined, to: number | undefined): Scan {
  const n = at.length;
  const downBounds: number[] = [];
  const gaps: number[] = [];
  let open = false;
  let openStart = 0;
  let openEnd = 0;
  const addDown = (start: number, end: number): void => {
    if (open && start <= openEnd) {
      if (end > openEnd) openEnd = end;
      return;
    }
    if (open) downBounds.push(openStart, openEnd);
    open = true;
    openStart = start;
    openEnd = end;
  };
  const addGap = (start: number, end: number): void => {
    gaps.push(start, end);
    if (unmonitoredDown) addDown(start, end);
  };
  if (n === 0) {
    if (from !== undefined && to !== undefined && to > from) addGap(from, to);
  } else if (from !== undefined && (at[0] as number) > from) {
    addGap(from, at[0] as number);
  }
  let duplicates = 0;
  let i = 0;
  while (i < n) {
    const t = at[i] as number;
    let isDown = down[i] as number;
    let j = i + 1;
    while (j < n && at[j] === t) {
      isDown |= down[j] as number;
      duplicates++;
      j++;
    }
    const held = t + interval;
    const next = j < n ? (at[j] as number) : to !== undefined && to > held ? to : held;
    const holdEnd = next < held ? next : held;
    if (isDown === 1) addDown(t, holdEnd);
    if (holdEnd < next) addGap(holdEnd, next);
    i = j;
  }
  if (open) downBounds.push(openStart, openEnd);
  return { down: downBounds, gaps, duplicates };
}
