/**
 * moment-business-time: working hours and holidays are moment *locale*
 * data (global to the process); local time is the process's `TZ`, so this
 * peer runs in a child process with TZ=Europe/Berlin.
 */
import { createRequire } from 'node:module';
import { OPEN_FROM, OPEN_TO, MS_PER_HOUR } from '../workload.js';
import { packageVersion, type Peer } from './peer.js';

/** The part of moment + moment-business-time this benchmark uses (the plugin ships no types). */
interface BusinessMoment {
  addWorkingTime(amount: number, unit: 'hours'): BusinessMoment;
  workingDiff(other: BusinessMoment, unit: 'milliseconds'): number;
  valueOf(): number;
}
interface BusinessMomentFactory {
  (ms: number): BusinessMoment;
  locale(): string;
  updateLocale(locale: string, data: object): unknown;
}

export function momentBusinessTimePeer(holidays: readonly string[]): Peer {
  const moment = createRequire(import.meta.url)('moment-business-time') as BusinessMomentFactory;
  const day = [`${OPEN_FROM}:00`, `${OPEN_TO}:00`];
  moment.updateLocale(moment.locale(), {
    workinghours: { 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null },
    holidays: [...holidays],
  });
  return {
    id: 'moment-business-time',
    label: `moment-business-time ${packageVersion('moment-business-time')} (moment ${packageVersion('moment')})`,
    note: `locale \`workinghours\` Mon–Fri 08:00:00–18:00:00 and \`holidays\` = the ${holidays.length} DE-RP dates; \`moment(ms).addWorkingTime(h, 'hours')\`, \`moment(b).workingDiff(moment(a), 'milliseconds')\`; zone-blind: run under TZ=Europe/Berlin`,
    zoneBlind: true,
    dueAll(starts, count, targetMs, out) {
      const hours = targetMs / MS_PER_HOUR;
      for (let i = 0; i < count; i++) out[i] = moment(starts[i] as number).addWorkingTime(hours, 'hours').valueOf();
    },
    elapsedAll(from, to, count, out) {
      for (let i = 0; i < count; i++) out[i] = moment(to[i] as number).workingDiff(moment(from[i] as number), 'milliseconds');
    },
  };
}
