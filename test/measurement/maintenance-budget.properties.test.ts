/**
 * Properties of the maintenance budget (fast-check, 1000 runs each): what
 * is excused never exceeds what is left of the budget; excused + counted =
 * the maintenance-covered downtime; with `split` the budget is used as far
 * as the downtime goes; the budget never raises availability; results do
 * not depend on the process TZ.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod, MaintenanceWindow, applyMaintenanceBudget, computeAvailability, measuredDowntime } from '../../src/index.js';
import { expectSameUnderEveryTz } from './helpers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 2026-06-25 00:00 UTC: 10-day periods cross the June/July and Q2/Q3 bounds of Europe/Paris. */
const ORIGIN = Date.UTC(2026, 5, 25);

const scenarioArb = fc.record({
  incidents: fc.array(fc.record({ start: fc.integer({ min: 0, max: 10 * DAY }), length: fc.integer({ min: 0, max: 8 * HOUR }) }), { maxLength: 6 }),
  windows: fc.array(fc.record({ start: fc.integer({ min: 0, max: 10 * DAY }), length: fc.integer({ min: 0, max: 12 * HOUR }) }), { maxLength: 4 }),
  nightly: fc.boolean(),
  excusedTime: fc.constantFrom('remove-from-period' as const, 'count-as-up' as const),
  budget: fc.integer({ min: 0, max: 12 * HOUR }),
  usedBeforeMs: fc.integer({ min: 0, max: 14 * HOUR }),
  per: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
  zone: fc.constantFrom('UTC', 'Europe/Paris', 'Pacific/Chatham'),
  order: fc.constantFrom('earliest-first' as const, 'shortest-first' as const, 'longest-first' as const),
  exhaustingWindow: fc.constantFrom('split' as const, 'counts' as const),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function run(s: Scenario) {
  const result = computeAvailability({
    period: AvailabilityPeriod.between(ORIGIN, ORIGIN + 10 * DAY),
    incidents: s.incidents.map((i) => ({ start: ORIGIN + i.start, end: ORIGIN + i.start + i.length })),
    maintenance: [
      MaintenanceWindow.adHoc({ id: 'announced', windows: s.windows.map((w) => ({ start: ORIGIN + w.start, end: ORIGIN + w.start + w.length })) }),
      ...(s.nightly ? [MaintenanceWindow.daily({ id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '02:00' })] : []),
    ],
    excusedTime: s.excusedTime,
  });
  const downtime = measuredDowntime(result);
  const budgeted = applyMaintenanceBudget(downtime, { budget: s.budget, per: s.per, zone: s.zone, usedBeforeMs: s.usedBeforeMs, order: s.order, exhaustingWindow: s.exhaustingWindow });
  return { result, downtime, budgeted };
}

describe('maintenance budget properties (1000 runs each)', () => {
  it('excused never exceeds what is left of the budget; excused + counted = the maintenance-covered downtime', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { result, downtime, budgeted } = run(s);
        const covered = downtime.excusedParts.filter((part) => part.rule === 'maintenance').reduce((sum, part) => sum + part.end - part.start, 0);
        expect(budgeted.coveredMs).toBe(covered);
        expect(budgeted.excusedMs + budgeted.countedMs).toBe(covered);
        budgeted.budgets.forEach((use, b) => {
          const left = Math.max(0, s.budget - (b === 0 ? s.usedBeforeMs : 0));
          expect(use.excusedMs).toBeLessThanOrEqual(left);
          const coveredHere = use.excusedMs + use.countedMs;
          // split uses the budget as far as the downtime goes, whatever the order.
          if (s.exhaustingWindow === 'split') expect(use.excusedMs).toBe(Math.min(coveredHere, left));
        });
        // The excess moves from excused to counted, nothing else changes.
        expect(budgeted.downtime.counted.measure()).toBe(result.countedDowntimeMs + budgeted.countedMs);
        expect(budgeted.downtime.excused.measure()).toBe(result.excusedMs - budgeted.countedMs);
      }),
      { numRuns: 1000 },
    );
  });

  it('the budget never raises availability', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { result, budgeted } = run(s);
        const a = result.ratio;
        const b = budgeted.ratio;
        // b ≤ a, with 0/0 read as 1.
        const [an, ad] = a.denominator === 0 ? [1n, 1n] : [BigInt(a.numerator), BigInt(a.denominator)];
        const [bn, bd] = b.denominator === 0 ? [1n, 1n] : [BigInt(b.numerator), BigInt(b.denominator)];
        expect(bn * ad <= an * bd).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('the same result under TZ=UTC, Pacific/Chatham and America/Santiago', () => {
    expectSameUnderEveryTz(scenarioArb, (s) => run(s).budgeted);
  });
});
