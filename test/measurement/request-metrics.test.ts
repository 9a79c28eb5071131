/**
 * Request-based metrics (issue 14, construct 3): counts per interval
 * `at, total, failed`; bad-interval ratio, 100 % − mean error rate, plain
 * success ratio. Worked examples: a cloud SLA where a Downtime Minute is a
 * minute whose error rate exceeds 5 %; September 2026 in UTC (30 days =
 * 43 200 min).
 */
import { describe, expect, it } from 'vitest';
import {
  AvailabilityPeriod,
  MaintenanceWindow,
  type RequestCount,
  compareToPercent,
  formatPercent,
  requestAvailability,
} from '../../src/index.js';
import { expectInputError } from '../presets/helpers.js';

const MINUTE = 60_000;
const september = AvailabilityPeriod.month(2026, 9, 'UTC'); // 43 200 min
const at = (time: string) => `2026-09-10T${time}Z`;
const base = { period: september, interval: { minutes: 1 }, errorRateThreshold: '5' };

describe('bad-interval ratio: a Downtime Minute is a minute whose error rate exceeds 5 %', () => {
  it('60 Downtime Minutes in a month of data → (43 200 − 60) / 43 200 = 99.86111 %', () => {
    // One row per minute: 1 000 requests; the 60 minutes from 10:00 have 51 failures (5.1 %).
    const requests: RequestCount[] = [];
    const downFrom = Date.parse(at('10:00:00'));
    for (let t = september.start; t < september.end; t += MINUTE) requests.push({ at: t, total: 1000, failed: t >= downFrom && t < downFrom + 60 * MINUTE ? 51 : 0 });
    const measured = requestAvailability({ ...base, requests });
    expect(measured.intervals).toEqual({ total: 43_200, excused: 0, unmonitored: 0, measured: 43_200, good: 43_140, bad: 60 });
    expect(measured.ratio).toEqual({ numerator: 43_140n * 60_000n, denominator: 43_200n * 60_000n });
    expect(formatPercent(measured.ratio, 5)).toBe('99.86111');
    expect(measured.bad).toEqual([{ start: downFrom, end: downFrom + 60 * MINUTE }]);
  });

  it('1 000 requests with 50 failed is not a Downtime Minute (5 % is not above 5 %); 51 failed is', () => {
    const fifty = requestAvailability({ ...base, requests: [{ at: at('10:00:00'), total: 1000, failed: 50 }] });
    expect(fifty.intervals.bad).toBe(0);
    const fiftyOne = requestAvailability({ ...base, requests: [{ at: at('10:00:00'), total: 1000, failed: 51 }] });
    expect(fiftyOne.intervals.bad).toBe(1);
  });

  it('thresholdComparison "at-or-above": 50 of 1 000 is bad; a 100 % threshold means all requests failed', () => {
    expect(requestAvailability({ ...base, thresholdComparison: 'at-or-above', requests: [{ at: at('10:00:00'), total: 1000, failed: 50 }] }).intervals.bad).toBe(1);
    const all = { ...base, errorRateThreshold: '100', thresholdComparison: 'at-or-above' as const };
    expect(requestAvailability({ ...all, requests: [{ at: at('10:00:00'), total: 7, failed: 7 }] }).intervals.bad).toBe(1);
    expect(requestAvailability({ ...all, requests: [{ at: at('10:00:00'), total: 7, failed: 6 }] }).intervals.bad).toBe(0);
  });

  it('a decimal threshold is exact: 0.1 % of 10 000 is 10 failures (not above), 11 is above', () => {
    const tenth = { ...base, errorRateThreshold: '0.1' };
    expect(requestAvailability({ ...tenth, requests: [{ at: at('10:00:00'), total: 10_000, failed: 10 }] }).intervals.bad).toBe(0);
    expect(requestAvailability({ ...tenth, requests: [{ at: at('10:00:00'), total: 10_000, failed: 11 }] }).intervals.bad).toBe(1);
  });

  it('rows for one interval add up: 30/600 + 21/400 = 51/1 000 → bad', () => {
    const measured = requestAvailability({ ...base, requests: [{ at: at('10:00:00'), total: 600, failed: 30 }, { at: at('10:00:59.999'), total: 400, failed: 21 }] });
    expect(measured.intervals.bad).toBe(1);
    expect(measured.requests).toEqual({ total: 1000n, failed: 51n });
  });
});

describe('unmonitored intervals (no row, or total 0)', () => {
  const two = [
    { at: at('10:00:00'), total: 1000, failed: 0 },
    { at: at('10:01:00'), total: 1000, failed: 51 },
    { at: at('10:02:00'), total: 0, failed: 0 }, // no requests: unmonitored
  ];

  it('default "excluded": only the 2 monitored minutes are measured → 1/2', () => {
    const measured = requestAvailability({ ...base, requests: two });
    expect(measured.intervals).toEqual({ total: 43_200, excused: 0, unmonitored: 43_198, measured: 2, good: 1, bad: 1 });
    expect(measured.ratio).toEqual({ numerator: 60_000n, denominator: 120_000n });
  });

  it('"good": 43 199 good of 43 200; "bad": 1 good of 43 200', () => {
    expect(requestAvailability({ ...base, requests: two, unmonitored: 'good' }).ratio).toEqual({ numerator: 43_199n * 60_000n, denominator: 43_200n * 60_000n });
    const bad = requestAvailability({ ...base, requests: two, unmonitored: 'bad' });
    expect(bad.ratio).toEqual({ numerator: 60_000n, denominator: 43_200n * 60_000n });
    expect(bad.intervals.bad).toBe(43_199);
  });

  it('the unmonitored intervals are listed: the month minus 10:00–10:02', () => {
    expect(requestAvailability({ ...base, requests: two }).unmonitoredIntervals).toEqual([
      { start: september.start, end: Date.parse(at('10:00:00')) },
      { start: Date.parse(at('10:02:00')), end: september.end },
    ]);
  });

  it('no data at all: 0 / 0, read as 100 %, with a note', () => {
    const measured = requestAvailability({ ...base, requests: [] });
    expect(measured.ratio).toEqual({ numerator: 0n, denominator: 0n });
    expect(compareToPercent(measured.ratio, '100')).toBe(0);
    expect(measured.notes).toContain('nothing measured: availability taken as 100 %');
  });
});

describe('100 % − mean error rate, and the plain success ratio', () => {
  // A 3-minute period with rates 0/10, 1/3, 1/2.
  const period = AvailabilityPeriod.between(at('10:00:00'), at('10:03:00'));
  const requests = [
    { at: at('10:00:00'), total: 10, failed: 0 },
    { at: at('10:01:00'), total: 3, failed: 1 },
    { at: at('10:02:00'), total: 2, failed: 1 },
  ];

  it('mean error rate (0 + 1/3 + 1/2) / 3 = 5/18 → availability 13/18 = 72.2222… %', () => {
    const measured = requestAvailability({ period, requests, interval: 'PT1M', metric: 'mean-error-rate' });
    const { numerator, denominator } = measured.ratio;
    expect(numerator * 18n).toBe(denominator * 13n);
    expect(formatPercent(measured.ratio, 4)).toBe('72.2222');
  });

  it('success ratio (10 + 2 + 1) / (10 + 3 + 2) = 13/15', () => {
    const measured = requestAvailability({ period, requests, interval: 'PT1M', metric: 'success-ratio' });
    expect(measured.ratio).toEqual({ numerator: 13n, denominator: 15n });
  });

  it('success ratio stays exact past 2^53 requests: 2 × 2^52 requests, 1 failed', () => {
    const huge = [
      { at: at('10:00:00'), total: 2 ** 52, failed: 1 },
      { at: at('10:01:00'), total: 2 ** 52, failed: 0 },
    ];
    expect(requestAvailability({ period, requests: huge, interval: 'PT1M', metric: 'success-ratio' }).ratio).toEqual({ numerator: 2n ** 53n - 1n, denominator: 2n ** 53n });
  });

  it('mean error rate with unmonitored "bad": the empty 4th minute has rate 1 → 1 − (5/6 + 1)/4 = 13/24', () => {
    const four = AvailabilityPeriod.between(at('10:00:00'), at('10:04:00'));
    const measured = requestAvailability({ period: four, requests, interval: 'PT1M', metric: 'mean-error-rate', unmonitored: 'bad' });
    const { numerator, denominator } = measured.ratio;
    expect(numerator * 24n).toBe(denominator * 13n);
  });
});

describe('excused time: an interval overlapping it is removed (default), or only one wholly inside it', () => {
  // 5-minute intervals; maintenance 10:02–10:13 touches 10:00, 10:05, 10:10 and holds only 10:05 wholly.
  const maintenance = [MaintenanceWindow.adHoc({ id: 'upgrade', windows: [{ start: at('10:02:00'), end: at('10:13:00') }] })];
  const requests = ['10:00:00', '10:05:00', '10:10:00', '10:15:00'].map((time) => ({ at: at(time), total: 100, failed: 100 }));
  const options = { ...base, interval: 'PT5M', requests, maintenance };

  it('"overlapping": 3 intervals excused, 1 bad measured', () => {
    const measured = requestAvailability(options);
    expect(measured.intervals).toMatchObject({ excused: 3, measured: 1, bad: 1 });
    expect(measured.requests).toEqual({ total: 100n, failed: 100n });
  });

  it('"inside": only 10:05 excused, 3 bad measured', () => {
    expect(requestAvailability({ ...options, excusedIntervals: 'inside' }).intervals).toMatchObject({ excused: 1, measured: 3, bad: 3 });
  });

  it('excused time given as intervals works the same', () => {
    const measured = requestAvailability({ ...base, interval: 'PT5M', requests, excused: [[at('10:02:00'), at('10:13:00')]] });
    expect(measured.intervals.excused).toBe(3);
  });
});

describe('bad input is a typed error naming requests[i].field or the option', () => {
  const cases: [string, Partial<Parameters<typeof requestAvailability>[0]>, string][] = [
    ['failed above total', { requests: [{ at: at('10:00:00'), total: 10, failed: 0 }, { at: at('10:01:00'), total: 10, failed: 11 }] }, 'requests[1].failed'],
    ['negative total', { requests: [{ at: at('10:00:00'), total: -1, failed: 0 }] }, 'requests[0].total'],
    ['fractional failed', { requests: [{ at: at('10:00:00'), total: 10, failed: 1.5 }] }, 'requests[0].failed'],
    ['an instant without offset', { requests: [{ at: '2026-09-10T10:00', total: 1, failed: 0 }] }, 'requests[0].at'],
    ['no threshold for bad-intervals', { errorRateThreshold: undefined }, 'errorRateThreshold'],
    ['a threshold for the success ratio', { metric: 'success-ratio' }, 'errorRateThreshold'],
    ['a threshold above 100 %', { errorRateThreshold: '101' }, 'errorRateThreshold'],
    ['100 % with "above": no rate is above it', { errorRateThreshold: '100' }, 'errorRateThreshold'],
    ['0 % with "at-or-above": every rate is at or above it', { errorRateThreshold: '0', thresholdComparison: 'at-or-above' }, 'errorRateThreshold'],
    ['an unknown metric', { metric: 'p99' as never }, 'metric'],
    ['an unknown unmonitored policy', { unmonitored: 'up' as never }, 'unmonitored'],
    ['a zero interval', { interval: 0 }, 'interval'],
  ];
  it.each(cases)('%s → %s', (_name, change, field) => {
    expectInputError(() => requestAvailability({ ...base, requests: [], ...change } as Parameters<typeof requestAvailability>[0]), field);
  });

  it('rows outside the period are ignored, and said', () => {
    const measured = requestAvailability({ ...base, requests: [{ at: '2026-10-01T00:00:00Z', total: 10, failed: 10 }] });
    expect(measured.intervals.measured).toBe(0);
    expect(measured.notes).toContain('1 request row(s) outside the period ignored');
  });
});
