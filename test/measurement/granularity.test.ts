/**
 * Granularity (issue 14, construct 1): downtime counted in whole intervals
 * aligned on the period's start; `touched` (default) or `whole`; `period`
 * (default) or `incident` alignment. Worked examples: a compute SLA where a
 * minute is unavailable if any part of it is, and a droplet SLA counted in
 * 5-minute intervals; June 2026 in UTC (30 days = 43 200 min).
 */
import { describe, expect, it } from 'vitest';
import {
  AvailabilityPeriod,
  BusinessCalendar,
  type Incident,
  MaintenanceWindow,
  SlaInputError,
  applyGranularity,
  compareToPercent,
  computeAvailability,
  measuredDowntime,
} from '../../src/index.js';
import { expectInputError } from '../presets/helpers.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const june = AvailabilityPeriod.month(2026, 6, 'UTC'); // 43 200 min
const at = (time: string) => Date.parse(`2026-06-10T${time}Z`);
const downtimeOf = (incidents: Incident[], extra: { maintenance?: MaintenanceWindow[]; excusedTime?: 'count-as-up' } = {}) =>
  measuredDowntime(computeAvailability({ period: june, incidents, ...extra }));
const perMinute = { interval: { minutes: 1 } };

describe('one-minute intervals, "touched": a minute is down if any part of it is', () => {
  it('10:00:30–10:04:30 (4 min) touches 5 clock minutes → 1 − 5/43 200', () => {
    const granular = applyGranularity(downtimeOf([{ start: at('10:00:30'), end: at('10:04:30') }]), perMinute);
    expect(granular.rawCountedMs).toBe(4 * MINUTE);
    expect(granular.badIntervals).toBe(5); // 10:00, 10:01, 10:02, 10:03, 10:04
    expect(granular.counted).toEqual([{ start: at('10:00:00'), end: at('10:05:00') }]);
    expect(granular.ratio).toEqual({ numerator: 43_195 * MINUTE, denominator: 43_200 * MINUTE });
  });

  it('"whole": the same outage holds 3 whole minutes (10:01, 10:02, 10:03) → 1 − 3/43 200', () => {
    const granular = applyGranularity(downtimeOf([{ start: at('10:00:30'), end: at('10:04:30') }]), { ...perMinute, rule: 'whole' });
    expect(granular.badIntervals).toBe(3);
    expect(granular.ratio).toEqual({ numerator: 43_197 * MINUTE, denominator: 43_200 * MINUTE });
  });

  it('exactly 432 min → 99.0 % exactly; 432 min + 1 ms touches 433 minutes → below 99 %', () => {
    // 432 / 43 200 = 1 %.
    const exact = applyGranularity(downtimeOf([{ start: at('10:00:00'), end: at('10:00:00') + 432 * MINUTE }]), perMinute);
    expect(exact.badIntervals).toBe(432);
    expect(compareToPercent(exact.ratio, '99')).toBe(0);
    const oneMore = applyGranularity(downtimeOf([{ start: at('10:00:00'), end: at('10:00:00') + 432 * MINUTE + 1 }]), perMinute);
    expect(oneMore.badIntervals).toBe(433);
    // (43 200 − 433) / 43 200 = 98.99768… %
    expect(oneMore.ratio).toEqual({ numerator: 42_767 * MINUTE, denominator: 43_200 * MINUTE });
    expect(compareToPercent(oneMore.ratio, '99')).toBe(-1);
    // "whole" rounds the extra millisecond away: 432 whole minutes.
    expect(applyGranularity(downtimeOf([{ start: at('10:00:00'), end: at('10:00:00') + 432 * MINUTE + 1 }]), { ...perMinute, rule: 'whole' }).badIntervals).toBe(432);
  });
});

describe('five-minute intervals: which intervals a 6-minute outage touches depends on alignment', () => {
  const fiveMinutes = (incident: Incident, rule: 'touched' | 'whole', alignment: 'period' | 'incident' = 'period') =>
    applyGranularity(downtimeOf([incident]), { interval: 'PT5M', rule, alignment });

  it('10:00–10:06, aligned on the period: touches [10:00, 10:05) and [10:05, 10:10) → 10 min; whole: [10:00, 10:05) → 5 min', () => {
    const touched = fiveMinutes({ start: at('10:00:00'), end: at('10:06:00') }, 'touched');
    expect(touched.counted).toEqual([{ start: at('10:00:00'), end: at('10:10:00') }]);
    expect(touched.badIntervals).toBe(2);
    expect(touched.countedDowntimeMs).toBe(10 * MINUTE);
    const whole = fiveMinutes({ start: at('10:00:00'), end: at('10:06:00') }, 'whole');
    expect(whole.counted).toEqual([{ start: at('10:00:00'), end: at('10:05:00') }]);
    expect(whole.countedDowntimeMs).toBe(5 * MINUTE);
  });

  it('10:02–10:08: touches 2 intervals (10 min) but holds no whole one (0 min)', () => {
    expect(fiveMinutes({ start: at('10:02:00'), end: at('10:08:00') }, 'touched').counted).toEqual([{ start: at('10:00:00'), end: at('10:10:00') }]);
    const whole = fiveMinutes({ start: at('10:02:00'), end: at('10:08:00') }, 'whole');
    expect(whole.badIntervals).toBe(0);
    expect(whole.ratio).toEqual({ numerator: 43_200 * MINUTE, denominator: 43_200 * MINUTE });
  });

  it('10:04:30–10:10:30: touches 3 intervals [10:00, 10:15) → 15 min', () => {
    const touched = fiveMinutes({ start: at('10:04:30'), end: at('10:10:30') }, 'touched');
    expect(touched.badIntervals).toBe(3);
    expect(touched.countedDowntimeMs).toBe(15 * MINUTE);
  });

  it('aligned on the incident, 10:02–10:08: touched [10:02, 10:12) → 10 min; whole [10:02, 10:07) → 5 min', () => {
    const touched = fiveMinutes({ start: at('10:02:00'), end: at('10:08:00') }, 'touched', 'incident');
    expect(touched.counted).toEqual([{ start: at('10:02:00'), end: at('10:12:00') }]);
    expect(touched.badIntervals).toBe(2);
    const whole = fiveMinutes({ start: at('10:02:00'), end: at('10:08:00') }, 'whole', 'incident');
    expect(whole.counted).toEqual([{ start: at('10:02:00'), end: at('10:07:00') }]);
  });

  it('aligned on the incident: a second outage inside the first one\'s last interval starts no new interval', () => {
    // 10:00–10:01 → [10:00, 10:05); 10:03–10:06: 10:03–10:05 covered, the next interval starts at 10:05 → [10:05, 10:10).
    const granular = applyGranularity(downtimeOf([{ start: at('10:00:00'), end: at('10:01:00') }, { start: at('10:03:00'), end: at('10:06:00') }]), { interval: 'PT5M', alignment: 'incident' });
    expect(granular.badIntervals).toBe(2);
    expect(granular.counted).toEqual([{ start: at('10:00:00'), end: at('10:10:00') }]);
  });

  it('without granularity the 6 minutes count as 6 (1 − 6/43 200 = 99.98611 %): the reading where 5-minute intervals only detect', () => {
    expect(computeAvailability({ period: june, incidents: [{ start: at('10:02:00'), end: at('10:08:00') }] }).ratio).toEqual({ numerator: 43_194 * MINUTE, denominator: 43_200 * MINUTE });
  });
});

describe('an interval weighs its measured part: excused and unmeasured instants never count', () => {
  // Announced maintenance 10:00:40–10:01:00 (20 s); outage 10:00:30–10:02:30.
  const maintenance = [MaintenanceWindow.adHoc({ id: 'announced', windows: [{ start: at('10:00:40'), end: at('10:01:00') }] })];
  const outage = [{ start: at('10:00:30'), end: at('10:02:30') }];

  it('remove-from-period: 3 minutes touched minus the 20 s excused = 160 s over 43 200 min − 20 s', () => {
    const granular = applyGranularity(downtimeOf(outage, { maintenance }), perMinute);
    expect(granular.rawCountedMs).toBe(100 * SECOND); // 10 s + 90 s
    expect(granular.badIntervals).toBe(3);
    expect(granular.countedDowntimeMs).toBe(160 * SECOND);
    expect(granular.ratio).toEqual({ numerator: 43_200 * MINUTE - 20 * SECOND - 160 * SECOND, denominator: 43_200 * MINUTE - 20 * SECOND });
  });

  it('count-as-up: the excused 20 s are up time in a down minute; 3 minutes count over 43 200 min', () => {
    const granular = applyGranularity(downtimeOf(outage, { maintenance, excusedTime: 'count-as-up' }), perMinute);
    expect(granular.countedDowntimeMs).toBe(3 * MINUTE);
    // "whole": 10:00 holds excused (up) time, 10:02 holds up time after 10:02:30; only 10:01 is wholly down.
    expect(applyGranularity(downtimeOf(outage, { maintenance, excusedTime: 'count-as-up' }), { ...perMinute, rule: 'whole' }).countedDowntimeMs).toBe(MINUTE);
  });

  it('a measured calendar: a 1-hour interval 17:00–18:00 weighs its open half hour', () => {
    const weekdays = ['09:00-17:30'];
    const support = new BusinessCalendar({ zone: 'UTC', week: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays } });
    const result = computeAvailability({ period: june, measuredCalendar: support, incidents: [{ start: at('17:10:00'), end: at('17:20:00') }] });
    // June 2026 starts on a Monday: 22 weekdays × 8.5 h = 187 h measured.
    expect(result.measuredMs).toBe(187 * 60 * MINUTE);
    const granular = applyGranularity(measuredDowntime(result, { measuredCalendar: support }), { interval: { hours: 1 } });
    expect(granular.countedDowntimeMs).toBe(30 * MINUTE); // [17:00, 17:30) of [17:00, 18:00)
    expect(granular.ratio).toEqual({ numerator: 187 * 60 * MINUTE - 30 * MINUTE, denominator: 187 * 60 * MINUTE });
    // Without the calendar the measured time cannot be rebuilt: a typed error, not a wrong figure.
    expect(() => measuredDowntime(result)).toThrow(SlaInputError);
  });

  it('the last interval of a period that is not a whole number of intervals is shorter', () => {
    // Period 00:00–00:02:30, 1-minute grid: the last interval is [00:02, 00:02:30), 30 s.
    const period = AvailabilityPeriod.between(at('00:00:00'), at('00:02:30'));
    const result = computeAvailability({ period, incidents: [{ start: at('00:02:10'), end: at('00:02:20') }] });
    const granular = applyGranularity(measuredDowntime(result), perMinute);
    expect(granular.countedDowntimeMs).toBe(30 * SECOND);
    expect(granular.ratio).toEqual({ numerator: 120 * SECOND, denominator: 150 * SECOND });
  });

  it('intervals start at the period\'s local start (Asia/Kathmandu, UTC+05:45): hours from local midnight', () => {
    const kathmandu = AvailabilityPeriod.month(2026, 6, 'Asia/Kathmandu'); // starts 2026-05-31T18:15Z
    // 10:20–10:40 local = 04:35–04:55Z touches the local hour 10:00–11:00 = 04:15–05:15Z.
    const result = computeAvailability({ period: kathmandu, incidents: [{ start: '2026-06-10T10:20:00+05:45', end: '2026-06-10T10:40:00+05:45' }] });
    expect(applyGranularity(measuredDowntime(result), { interval: { hours: 1 } }).counted).toEqual([
      { start: Date.parse('2026-06-10T04:15:00Z'), end: Date.parse('2026-06-10T05:15:00Z') },
    ]);
  });
});

describe('bad options are typed errors naming the option', () => {
  const downtime = downtimeOf([]);
  it.each([
    [{ interval: 0 }, 'interval'],
    [{ interval: 'PT1Y' }, 'interval'],
    [{ interval: 'PT1M', rule: 'partial' }, 'rule'],
    [{ interval: 'PT1M', alignment: 'hour' }, 'alignment'],
  ])('%j → %s', (options, field) => {
    expectInputError(() => applyGranularity(downtime, options as never), field);
  });

  it('a value that is not a MeasuredDowntime names "downtime"', () => {
    expect(() => applyGranularity({} as never, perMinute)).toThrow('downtime: expected a MeasuredDowntime');
  });
});
