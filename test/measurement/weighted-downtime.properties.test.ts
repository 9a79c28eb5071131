/**
 * Properties of weighted downtime (fast-check, 1000 runs each): weighting
 * with everyone affected equals the unweighted figure; weighting never
 * lowers availability; "max" never counts more than "sum"; results do not
 * depend on the process TZ. Comparisons are exact cross products.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSameUnderEveryTz } from './helpers.js';
import { AvailabilityPeriod, MaintenanceWindow, type WeightedIncident, computeAvailability, measuredDowntime, weightDowntime } from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ORIGIN = Date.UTC(2026, 3, 1);
const period = AvailabilityPeriod.between(ORIGIN, ORIGIN + 2 * 24 * HOUR);

const scenarioArb = fc
  .record({
    population: fc.integer({ min: 1, max: 5000 }),
    incidents: fc.array(fc.record({ start: fc.integer({ min: -HOUR, max: 48 * HOUR }), length: fc.integer({ min: 0, max: 6 * HOUR }), share: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) }), { maxLength: 6 }),
    maintenance: fc.array(fc.record({ start: fc.integer({ min: 0, max: 48 * HOUR }), length: fc.integer({ min: 0, max: 3 * HOUR }) }), { maxLength: 2 }),
    excusedTime: fc.constantFrom('remove-from-period' as const, 'count-as-up' as const),
    threshold: fc.constantFrom(0, 5 * MINUTE),
  })
  .map((s) => ({
    ...s,
    incidents: s.incidents.map((i): WeightedIncident => ({ start: ORIGIN + i.start, end: ORIGIN + i.start + i.length, ...(i.share === null ? {} : { affected: Math.floor(i.share * s.population) }) })),
  }));
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function downtimeOf(s: Scenario) {
  const result = computeAvailability({
    period,
    incidents: s.incidents,
    maintenance: [MaintenanceWindow.adHoc({ id: 'm', windows: s.maintenance.map((w) => ({ start: ORIGIN + w.start, end: ORIGIN + w.start + w.length })) })],
    excusedTime: s.excusedTime,
    recordingThresholdMs: s.threshold,
  });
  return { result, downtime: measuredDowntime(result) };
}

describe('weighted downtime properties (1000 runs each)', () => {
  it('everyone affected equals the unweighted figure', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (s, explicit) => {
        const everyone = s.incidents.map((i) => (explicit ? { ...i, affected: s.population } : { start: i.start, end: i.end }));
        const { result, downtime } = downtimeOf({ ...s, incidents: everyone });
        const weighted = weightDowntime(downtime, { incidents: everyone, population: s.population });
        expect(weighted.downtimeUserMs).toBe(BigInt(s.population) * BigInt(result.countedDowntimeMs));
        expect(weighted.ratio.numerator * BigInt(result.ratio.denominator)).toBe(weighted.ratio.denominator * BigInt(result.ratio.numerator));
      }),
      { numRuns: 1000 },
    );
  });

  it('weighting never lowers availability, and "max" never counts more than "sum"', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { result, downtime } = downtimeOf(s);
        const sum = weightDowntime(downtime, { incidents: s.incidents, population: s.population });
        const max = weightDowntime(downtime, { incidents: s.incidents, population: s.population, overlappingAffected: 'max' });
        expect(sum.downtimeUserMs).toBeLessThanOrEqual(BigInt(s.population) * BigInt(result.countedDowntimeMs));
        expect(max.downtimeUserMs).toBeLessThanOrEqual(sum.downtimeUserMs);
        expect(sum.userMs).toBe(BigInt(s.population) * BigInt(result.ratio.denominator));
      }),
      { numRuns: 1000 },
    );
  });

  it('the same result under TZ=UTC, Pacific/Chatham and America/Santiago', () => {
    expectSameUnderEveryTz(scenarioArb, (s) => weightDowntime(downtimeOf(s).downtime, { incidents: s.incidents, population: s.population }));
  });
});
