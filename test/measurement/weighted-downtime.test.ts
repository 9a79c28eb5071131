/**
 * Weighted downtime (issue 14, construct 4): incidents carry `affected`,
 * the input gives the population; availability in user-ms. Worked
 * examples: an online-services SLA whose Monthly Uptime % is (user minutes
 * − downtime user-minutes) / user minutes; April 2026 in UTC (30 days =
 * 43 200 min).
 */
import { describe, expect, it } from 'vitest';
import {
  AvailabilityPeriod,
  MaintenanceWindow,
  type WeightedIncident,
  computeAvailability,
  formatPercent,
  measuredDowntime,
  ratioAtLeast,
  weightDowntime,
} from '../../src/index.js';
import { expectInputError } from '../presets/helpers.js';

const MINUTE = 60_000;
const april = AvailabilityPeriod.month(2026, 4, 'UTC'); // 43 200 min
const at = (time: string) => `2026-04-14T${time}Z`;
const weigh = (incidents: WeightedIncident[], population: number, extra: { maintenance?: MaintenanceWindow[]; overlappingAffected?: 'max' } = {}) => {
  const result = computeAvailability({ period: april, incidents, ...(extra.maintenance ? { maintenance: extra.maintenance } : {}) });
  return { result, weighted: weightDowntime(measuredDowntime(result), { incidents, population, ...(extra.overlappingAffected ? { overlappingAffected: extra.overlappingAffected } : {}) }) };
};

describe('user-minutes: 1 000 licensed users in April 2026 (43 200 000 user-minutes)', () => {
  it('100 users affected for 600 min → 60 000 / 43 200 000 → 99.86111 % (unweighted it would be 98.61 %)', () => {
    const { result, weighted } = weigh([{ start: at('08:00:00'), end: at('18:00:00'), affected: 100 }], 1000);
    // 100 × 600 min = 60 000 user-min; 1 000 × 43 200 min = 43 200 000 user-min.
    expect(weighted.downtimeUserMs).toBe(60_000n * 60_000n);
    expect(weighted.userMs).toBe(43_200_000n * 60_000n);
    expect(weighted.ratio).toEqual({ numerator: 43_140_000n * 60_000n, denominator: 43_200_000n * 60_000n });
    expect(formatPercent(weighted.ratio, 5)).toBe('99.86111');
    expect(ratioAtLeast(weighted, '99')).toBe(true);
    // Unweighted: 1 − 600/43 200 = 98.6111 % → the < 99 % row instead.
    expect(formatPercent(result, 2)).toBe('98.61');
    expect(weighted.incidents).toEqual([{ id: 'incidents[0]', affected: 100, countedMs: 600 * MINUTE }]);
  });

  it('60 min with every user affected (no `affected`) → 1 − 60/43 200 = 99.86111 %, the unweighted figure', () => {
    const { result, weighted } = weigh([{ start: at('08:00:00'), end: at('09:00:00') }], 1000);
    expect(weighted.downtimeUserMs).toBe(1000n * 60n * 60_000n);
    expect(formatPercent(weighted.ratio, 5)).toBe('99.86111');
    // Same value as the ms ratio: (43 140 × 1 000) / (43 200 × 1 000).
    expect(weighted.ratio.numerator * BigInt(result.ratio.denominator)).toBe(weighted.ratio.denominator * BigInt(result.ratio.numerator));
  });

  it('excused time is out of both terms: 100 users 10:00–12:00, maintenance 11:00–12:00 → 6 000 of 1 000 × 43 140 user-min', () => {
    const maintenance = [MaintenanceWindow.adHoc({ id: 'upgrade', windows: [{ start: at('11:00:00'), end: at('12:00:00') }] })];
    const { weighted } = weigh([{ start: at('10:00:00'), end: at('12:00:00'), affected: 100 }], 1000, { maintenance });
    expect(weighted.downtimeUserMs).toBe(100n * 60n * 60_000n);
    expect(weighted.userMs).toBe(1000n * 43_140n * 60_000n);
  });

  it('counted downtime no weighted incident covers (e.g. from probes) affects everyone', () => {
    const result = computeAvailability({ period: april, incidents: [{ start: at('10:00:00'), end: at('11:00:00') }] });
    const weighted = weightDowntime(measuredDowntime(result), { incidents: [], population: 1000 });
    expect(weighted.downtimeUserMs).toBe(1000n * 60n * 60_000n);
  });
});

describe('overlapping incidents: counts add up (default, capped at the population) or the largest holds', () => {
  // A: 100 users 10:00–11:00; B: 50 users 10:30–11:30.
  const incidents = [
    { start: at('10:00:00'), end: at('11:00:00'), affected: 100, id: 'A' },
    { start: at('10:30:00'), end: at('11:30:00'), affected: 50, id: 'B' },
  ];

  it('sum: 100 × 60 + 50 × 60 = 9 000 user-min', () => {
    expect(weigh(incidents, 1000).weighted.downtimeUserMs).toBe(9000n * 60_000n);
  });

  it('max: 100 × 30 + 100 × 30 + 50 × 30 = 7 500 user-min', () => {
    expect(weigh(incidents, 1000, { overlappingAffected: 'max' }).weighted.downtimeUserMs).toBe(7500n * 60_000n);
  });

  it('a sum above the population is capped, with a note: 800 and 700 users overlapping 30 min of 1 000', () => {
    const { weighted } = weigh(
      [
        { start: at('10:00:00'), end: at('11:00:00'), affected: 800 },
        { start: at('10:30:00'), end: at('11:30:00'), affected: 700 },
      ],
      1000,
    );
    // 800 × 30 + 1 000 × 30 (capped from 1 500) + 700 × 30 = 75 000 user-min.
    expect(weighted.downtimeUserMs).toBe(75_000n * 60_000n);
    expect(weighted.notes).toEqual(['for 30 min overlapping incidents affect more users than the population together; counted as the whole population']);
  });
});

describe('big integers: 10 million users over the leap year 2028 pass 2^53 user-ms', () => {
  it('10 000 000 × 8 784 h in ms = 316 224 000 000 000 000 user-ms, exact', () => {
    const year = AvailabilityPeriod.year(2028, 'UTC');
    const incidents = [{ start: '2028-02-29T00:00:00Z', end: '2028-02-29T00:00:00.001Z', affected: 1 }];
    const result = computeAvailability({ period: year, incidents });
    const weighted = weightDowntime(measuredDowntime(result), { incidents, population: 10_000_000 });
    expect(weighted.userMs).toBe(10_000_000n * 8784n * 3_600_000n);
    expect(weighted.ratio.numerator).toBe(316_224_000_000_000_000n - 1n);
  });
});

describe('bad input is a typed error naming the field', () => {
  const incident = { start: at('10:00:00'), end: at('11:00:00') };
  const downtime = measuredDowntime(computeAvailability({ period: april, incidents: [incident] }));
  it.each([
    ['affected above the population', { incidents: [{ ...incident, affected: 1001 }], population: 1000 }, 'incidents[0].affected'],
    ['negative affected', { incidents: [incident, { ...incident, affected: -1 }], population: 1000 }, 'incidents[1].affected'],
    ['fractional affected', { incidents: [{ ...incident, affected: 2.5 }], population: 1000 }, 'incidents[0].affected'],
    ['a zero population', { incidents: [incident], population: 0 }, 'population'],
    ['an incident ending before it starts', { incidents: [{ start: at('11:00:00'), end: at('10:00:00') }], population: 10 }, 'incidents[0]'],
    ['an unknown overlap reading', { incidents: [incident], population: 10, overlappingAffected: 'min' }, 'overlappingAffected'],
  ])('%s → %s', (_name, options, field) => {
    expectInputError(() => weightDowntime(downtime, options as never), field);
  });
});
