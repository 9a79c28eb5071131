/**
 * opening_hours (the OpenStreetMap `opening_hours` evaluator): the schedule
 * as an OSM value with one `YYYY Mon DD off` rule per holiday. It evaluates
 * in the process's local time, so this peer runs in a child process with
 * TZ=Europe/Berlin. "Add N open hours" walks its iterator (`advance()` from
 * change to change), consuming open time.
 */
import opening_hours from 'opening_hours';
import { OPEN_FROM, OPEN_TO } from '../workload.js';
import { packageVersion, type Peer } from './peer.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Mo-Fr 08:00-18:00; 2026 Jan 01 off; …` */
export function openingHoursValue(holidays: readonly string[]): string {
  const offRules = holidays.map((date) => `${date.slice(0, 4)} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(8, 10)} off`);
  return [`Mo-Fr ${OPEN_FROM}-${OPEN_TO}`, ...offRules].join('; ');
}

export function openingHoursPeer(holidays: readonly string[]): Peer {
  const hours = new opening_hours(openingHoursValue(holidays), null);

  function due(start: number, target: number): number {
    const iterator = hours.getIterator(new Date(start));
    let at = start;
    let left = target;
    for (;;) {
      const open = iterator.getState();
      if (!iterator.advance()) return Number.NaN;
      const next = iterator.getDate().getTime();
      if (open) {
        if (left <= next - at) return at + left;
        left -= next - at;
      }
      at = next;
    }
  }

  return {
    id: 'opening_hours',
    label: `opening_hours ${packageVersion('opening_hours')}`,
    note: "value `Mo-Fr 08:00-18:00; 2026 Jan 01 off; …` (one rule per DE-RP date); due = walk `getIterator(start)` with `advance()`; elapsed = `getOpenDuration(a, b)[0]`; zone-blind: run under TZ=Europe/Berlin",
    zoneBlind: true,
    dueAll(starts, count, targetMs, out) {
      for (let i = 0; i < count; i++) out[i] = due(starts[i] as number, targetMs);
    },
    elapsedAll(from, to, count, out) {
      for (let i = 0; i < count; i++) out[i] = hours.getOpenDuration(new Date(from[i] as number), new Date(to[i] as number))[0];
    },
  };
}
