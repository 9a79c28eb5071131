/**
 * Properties of granularity (fast-check, 1000 runs each): "touched" never
 * counts less downtime than the raw time and covers it; "whole" never
 * counts more and lies inside it; the denominator is the raw one; the
 * result does not depend on the process TZ.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSameUnderEveryTz } from './helpers.js';
import { AvailabilityPeriod, IntervalSet, MaintenanceWindow, applyGranularity, computeAvailability, measuredDowntime } from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 2026-03-27 00:00 UTC: periods run over the Europe/Paris spring-forward night. */
const ORIGIN = Date.UTC(2026, 2, 27);

const scenarioArb = fc.record({
  periodStart: fc.integer({ min: 0, max: DAY }),
  periodLength: fc.integer({ min: HOUR, max: 3 * DAY }),
  incidents: fc.array(fc.record({ start: fc.integer({ min: -HOUR, max: 3 * DAY }), length: fc.integer({ min: 0, max: 3 * HOUR }) }), { maxLength: 6 }),
  maintenance: fc.array(fc.record({ start: fc.integer({ min: 0, max: 3 * DAY }), length: fc.integer({ min: 0, max: 2 * HOUR }) }), { maxLength: 3 }),
  excusedTime: fc.constantFrom('remove-from-period' as const, 'count-as-up' as const),
  nightly: fc.boolean(),
  interval: fc.constantFrom(1, 1000, MINUTE, 5 * MINUTE, 7 * MINUTE + 13, HOUR),
  alignment: fc.constantFrom('period' as const, 'incident' as const),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function downtimeOf(s: Scenario) {
  const result = computeAvailability({
    period: AvailabilityPeriod.between(ORIGIN + s.periodStart, ORIGIN + s.periodStart + s.periodLength),
    incidents: s.incidents.map((i) => ({ start: ORIGIN + i.start, end: ORIGIN + i.start + i.length })),
    maintenance: [
      MaintenanceWindow.adHoc({ id: 'announced', windows: s.maintenance.map((w) => ({ start: ORIGIN + w.start, end: ORIGIN + w.start + w.length })) }),
      ...(s.nightly ? [MaintenanceWindow.daily({ id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '01:00' })] : []),
    ],
    excusedTime: s.excusedTime,
  });
  return { result, downtime: measuredDowntime(result) };
}

describe('granularity properties (1000 runs each)', () => {
  it('"touched" counts at least the raw downtime and covers it; "whole" counts at most and lies inside it', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { result, downtime } = downtimeOf(s);
        const touched = applyGranularity(downtime, { interval: s.interval, rule: 'touched', alignment: s.alignment });
        const whole = applyGranularity(downtime, { interval: s.interval, rule: 'whole', alignment: s.alignment });
        expect(touched.countedDowntimeMs).toBeGreaterThanOrEqual(result.countedDowntimeMs);
        expect(whole.countedDowntimeMs).toBeLessThanOrEqual(result.countedDowntimeMs);
        expect(downtime.counted.subtract(IntervalSet.of(touched.counted)).isEmpty).toBe(true);
        expect(IntervalSet.of(whole.counted).subtract(downtime.counted).isEmpty).toBe(true);
        // Same measured time as the raw availability; never excused time counted.
        expect(touched.ratio.denominator).toBe(result.ratio.denominator);
        expect(whole.ratio.denominator).toBe(result.ratio.denominator);
        if (s.excusedTime === 'remove-from-period') expect(IntervalSet.of(touched.counted).intersect(downtime.excused).isEmpty).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('24/7, nothing excused, whole intervals only: counted downtime is badIntervals × interval', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 72 }), (s, hours) => {
        const { downtime } = downtimeOf({ ...s, periodLength: hours * HOUR, maintenance: [], nightly: false });
        const interval = [MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR][hours % 4] as number;
        for (const rule of ['touched', 'whole'] as const) {
          const granular = applyGranularity(downtime, { interval, rule });
          expect(granular.countedDowntimeMs).toBe(granular.badIntervals * interval);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the same result under TZ=UTC, Pacific/Chatham and America/Santiago', () => {
    expectSameUnderEveryTz(fc.tuple(scenarioArb, fc.constantFrom('touched' as const, 'whole' as const)), ([s, rule]) =>
      applyGranularity(downtimeOf(s).downtime, { interval: s.interval, rule, alignment: s.alignment }),
    );
  });
});
