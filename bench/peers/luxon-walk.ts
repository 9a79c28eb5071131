/**
 * A naive luxon day walk, as a user would write it without a library: from
 * the start's local day, take each open day's 08:00–18:00 in Europe/Berlin
 * and consume the target. Exact (ms, zone-aware), but it builds luxon
 * DateTimes for every day it crosses.
 */
import { packageVersion, type Peer } from './peer.js';
import { localDayOf, openIntervalOf } from './luxon-schedule.js';

export function luxonWalkPeer(holidays: readonly string[]): Peer {
  const closed = new Set(holidays);

  function due(start: number, target: number): number {
    let left = target;
    for (let day = localDayOf(start); ; day = day.plus({ days: 1 })) {
      const open = openIntervalOf(day, closed);
      if (!open) continue;
      const from = Math.max(open[0], start);
      if (from >= open[1]) continue;
      if (left <= open[1] - from) return from + left;
      left -= open[1] - from;
    }
  }

  function elapsed(from: number, to: number): number {
    let total = 0;
    for (let day = localDayOf(from); day.toMillis() < to; day = day.plus({ days: 1 })) {
      const open = openIntervalOf(day, closed);
      if (open) total += Math.max(0, Math.min(open[1], to) - Math.max(open[0], from));
    }
    return total;
  }

  return {
    id: 'luxon-walk',
    label: `naive luxon ${packageVersion('luxon')} day walk`,
    note: 'written for this benchmark (bench/peers/luxon-walk.ts): DateTime per local day in Europe/Berlin, Set of holiday dates',
    zoneBlind: false,
    dueAll(starts, count, targetMs, out) {
      for (let i = 0; i < count; i++) out[i] = due(starts[i] as number, targetMs);
    },
    elapsedAll(from, to, count, out) {
      for (let i = 0; i < count; i++) out[i] = elapsed(from[i] as number, to[i] as number);
    },
  };
}
