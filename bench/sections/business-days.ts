/**
 * luxon-business-days adds whole business *days* to a DateTime; it has no
 * business hours at all, so it cannot answer the due workload. It is
 * compared where it is comparable: n business days after the start's local
 * date, against slakit's `addBusinessDays` (n = 1, 3, 20: the day counts of
 * 10 h, 30 h and 200 h in a 10-hour business day).
 */
import { createRequire } from 'node:module';
import { timeBatch, type Timing } from '../measure.js';
import { packageVersion } from '../peers/peer.js';
import { workloadCalendar, ZONE } from '../workload.js';

/** The part of luxon + luxon-business-days used here (the plugin ships no types; it patches luxon's DateTime). */
interface BusinessDateTime {
  plusBusiness(options: { days: number }): BusinessDateTime;
  toISODate(): string | null;
  toMillis(): number;
  setupBusiness(options: { businessDays: number[]; holidayMatchers: ((day: BusinessDateTime) => boolean)[] }): void;
}
interface BusinessDateTimeStatic {
  fromMillis(ms: number, options: { zone: string }): BusinessDateTime;
}

export const BUSINESS_DAY_COUNTS = [1, 3, 20] as const;

export interface BusinessDaysRow {
  readonly days: number;
  readonly slakit: Timing;
  readonly peer: Timing;
  readonly samples: number;
  readonly exact: number;
}

export interface BusinessDaysResult {
  readonly label: string;
  readonly rows: readonly BusinessDaysRow[];
  /** What `plusBusiness({ days: 0.1 })` (1 h of a 10 h day) returns for a Monday 10:00 start. */
  readonly fractional: { start: number; result: number };
}

export function runBusinessDays(starts: Float64Array, samples: number, rounds: number, holidays: readonly string[]): BusinessDaysResult {
  const { DateTime } = createRequire(import.meta.url)('luxon-business-days') as { DateTime: BusinessDateTimeStatic };
  const closed = new Set(holidays);
  DateTime.fromMillis(0, { zone: ZONE }).setupBusiness({
    businessDays: [1, 2, 3, 4, 5],
    holidayMatchers: [(day) => closed.has(day.toISODate() as string)],
  });
  const calendar = workloadCalendar();
  const rows: BusinessDaysRow[] = [];
  for (const days of BUSINESS_DAY_COUNTS) {
    const fromSlakit: string[] = new Array<string>(samples);
    const fromPeer: string[] = new Array<string>(samples);
    const slakit = timeBatch(() => {
      for (let i = 0; i < samples; i++) fromSlakit[i] = calendar.addBusinessDays(calendar.localDate(starts[i] as number), days);
    }, samples, rounds, 1);
    const peer = timeBatch(() => {
      for (let i = 0; i < samples; i++) fromPeer[i] = DateTime.fromMillis(starts[i] as number, { zone: ZONE }).plusBusiness({ days }).toISODate() as string;
    }, samples, 1, 0);
    let exact = 0;
    for (let i = 0; i < samples; i++) if (fromSlakit[i] === fromPeer[i]) exact++;
    rows.push({ days, slakit, peer, samples, exact });
  }
  const monday = Date.parse('2026-06-01T10:00:00+02:00');
  const fractional = DateTime.fromMillis(monday, { zone: ZONE }).plusBusiness({ days: 0.1 });
  return {
    label: `luxon-business-days ${packageVersion('luxon-business-days')}`,
    rows,
    fractional: { start: monday, result: fractional.toMillis() },
  };
}
