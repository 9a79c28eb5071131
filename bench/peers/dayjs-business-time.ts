/**
 * dayjs-business-time: business hours and holidays are global dayjs locale
 * data; local time is the process's `TZ`, so this peer runs in a child
 * process with TZ=Europe/Berlin. It counts in whole minutes.
 */
import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import { OPEN_FROM, OPEN_TO, MS_PER_HOUR } from '../workload.js';
import { packageVersion, type Peer } from './peer.js';

export function dayjsBusinessTimePeer(holidays: readonly string[]): Peer {
  dayjs.extend(dayjsBusinessTime);
  const day = [{ start: `${OPEN_FROM}:00`, end: `${OPEN_TO}:00` }];
  dayjs.setBusinessTime({ sunday: null, monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: null });
  dayjs.setHolidays([...holidays]);
  return {
    id: 'dayjs-business-time',
    label: `dayjs-business-time ${packageVersion('dayjs-business-time')} (dayjs ${packageVersion('dayjs')})`,
    note: `\`setBusinessTime\` Mon–Fri 08:00:00–18:00:00, \`setHolidays\` = the ${holidays.length} DE-RP dates; \`dayjs(ms).addBusinessHours(h)\`, \`businessMinutesDiff\` × 60,000 (its finest unit); zone-blind: run under TZ=Europe/Berlin`,
    zoneBlind: true,
    dueAll(starts, count, targetMs, out) {
      const hours = targetMs / MS_PER_HOUR;
      for (let i = 0; i < count; i++) out[i] = dayjs(starts[i] as number).addBusinessHours(hours).valueOf();
    },
    elapsedAll(from, to, count, out) {
      for (let i = 0; i < count; i++) out[i] = dayjs(from[i] as number).businessMinutesDiff(dayjs(to[i] as number)) * 60_000;
    },
  };
}
