/**
 * The practical floor: the workload's 2026–2029 open intervals precomputed
 * once (with luxon, not slakit) into Float64Arrays with a prefix sum, and
 * `due`/`elapsed` answered by binary searches. No validation, no year
 * lookup, no generality: what a hand-tuned single-purpose table costs.
 */
import { DateTime } from 'luxon';
import { HOLIDAY_YEARS, ZONE } from '../workload.js';
import { openIntervalOf } from './luxon-schedule.js';
import type { Peer } from './peer.js';

/** Bounds and prefix sums of every open interval of the workload years. */
export interface BareIndex {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** before[i] = open ms before interval i. */
  readonly before: Float64Array;
}

/** Local years the index covers, first and last inclusive (default: the workload's holiday years). */
export interface BareYears {
  readonly first: number;
  readonly last: number;
}

export function buildBareIndex(holidays: readonly string[], years: BareYears = { first: HOLIDAY_YEARS[0], last: HOLIDAY_YEARS[HOLIDAY_YEARS.length - 1] as number }): BareIndex {
  const closed = new Set(holidays);
  const first = DateTime.fromObject({ year: years.first }, { zone: ZONE });
  const last = DateTime.fromObject({ year: years.last + 1 }, { zone: ZONE });
  const bounds: [number, number][] = [];
  for (let day = first; day < last; day = day.plus({ days: 1 })) {
    const open = openIntervalOf(day, closed);
    if (open) bounds.push(open);
  }
  const starts = new Float64Array(bounds.length);
  const ends = new Float64Array(bounds.length);
  const before = new Float64Array(bounds.length);
  let sum = 0;
  bounds.forEach(([s, e], i) => {
    starts[i] = s;
    ends[i] = e;
    before[i] = sum;
    sum += e - s;
  });
  return { starts, ends, before };
}

/** Open ms before instant t (from the first indexed interval). */
export function openBefore(index: BareIndex, t: number): number {
  const { starts, ends, before } = index;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return 0;
  const s = starts[found] as number;
  const e = ends[found] as number;
  return (before[found] as number) + (t < e ? t - s : e - s);
}

/** Earliest instant with `amount` open ms before it (amount > 0). */
function instantAfterOpen(index: BareIndex, amount: number): number {
  const { starts, before } = index;
  let lo = 0;
  let hi = before.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((before[mid] as number) < amount) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return (starts[found] as number) + (amount - (before[found] as number));
}

export function bareIndexPeer(holidays: readonly string[]): Peer {
  const index = buildBareIndex(holidays);
  return {
    id: 'bare-index',
    label: 'bare prefix-sum index (reference)',
    note: `${index.starts.length} open intervals of 2026–2029 precomputed once with luxon into Float64Arrays + prefix sums; two binary searches per call, no input checks`,
    zoneBlind: false,
    dueAll(starts, count, targetMs, out) {
      for (let i = 0; i < count; i++) out[i] = instantAfterOpen(index, openBefore(index, starts[i] as number) + targetMs);
    },
    elapsedAll(from, to, count, out) {
      for (let i = 0; i < count; i++) out[i] = openBefore(index, to[i] as number) - openBefore(index, from[i] as number);
    },
  };
}
