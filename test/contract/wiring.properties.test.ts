/**
 * Issue 14 phase B properties, through `Contract.availability` (fast-check,
 * 1 000 runs each): splitting a period pro rata at an amendment between two
 * identical versions changes no figure and no credit; every credit kind is
 * non-increasing in availability; no cap is ever exceeded, across sources
 * too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContractAvailabilityReport, type ContractDefinition, defineContract } from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// March 2026 in Europe/Paris: 743 h (the clocks go forward on the 29th).
const MARCH_START = Date.parse('2026-02-28T23:00:00Z');
const MARCH_END = Date.parse('2026-03-31T22:00:00Z');

/** Granularity, a maintenance window under a monthly budget, weighting, and a credit of every kind. */
function contract(versions?: { readonly amendmentAt: number; readonly given?: 'patch' | 'terms' }): ContractDefinition {
  if (versions === undefined) return terms();
  const base = { ...terms(), options: { versionSplit: 'pro-rata' } };
  // The amendment restates the same terms: as an empty patch, or in full.
  const same = versions.given === 'terms' ? { terms: structuredClone(base) } : { patch: {} };
  return { ...base, versions: [{ id: 'same-terms', effectiveFrom: versions.amendmentAt, ...same }] };
}

function terms(): ContractDefinition {
  return {
    id: 'everything',
    name: 'Every measurement step and credit kind',
    calendars: {},
    availability: {
      zone: 'Europe/Paris',
      commitments: [
        { id: 'minutes', target: '99.9', period: 'month', granularity: { interval: 'PT1M' } },
        { id: 'users', target: '99.5', period: 'month', metric: { type: 'weighted' } },
      ],
      maintenance: [{ type: 'daily', id: 'nightly', from: '02:00', to: '03:00' }],
      maintenanceBudget: { budget: 'PT2H', per: 'month' },
    },
    remedies: {
      credits: [
        { id: 'table', type: 'tiered', commitment: 'minutes', fee: { per: 'period' }, tiers: [{ min: '99.9', creditPercent: 0 }, { min: '99', max: '99.9', creditPercent: 10 }, { max: '99', creditPercent: 25 }] },
        { id: 'ten-times', type: 'proportional', multiplier: '10', commitment: 'minutes', fee: { per: 'period' } },
        { id: 'lost-time', type: 'lost-time', ratePerHourMinor: '3.571', hourCounting: 'started-hours', commitment: 'minutes' },
        { id: 'days', type: 'service-days', daysPerHour: '0.5', hourCounting: 'exact', commitment: 'users', fee: { per: 'period' } },
        { id: 'per-outage', type: 'per-incident', creditPercent: '2', commitment: 'users', capPercent: '10', fee: { per: 'period' } },
      ],
      total: { capPercent: '40', allocation: 'pro-rata' },
    },
  };
}

const incident = fc.record({
  start: fc.integer({ min: MARCH_START - 12 * HOUR, max: MARCH_END }),
  length: fc.integer({ min: 1, max: 30 * HOUR }),
  affected: fc.integer({ min: 0, max: 1000 }),
});

/** The figures and money of a report, without the version bookkeeping. */
function figures(report: ContractAvailabilityReport) {
  return {
    commitments: report.commitments.map((c) => [c.id, c.ratio, c.met, c.marginMs, c.margin, c.availabilityPercent, c.countedDowntimeMs, c.baseMs, c.target]),
    credits: report.credits.map((c) => [c.id, c.amountMinor, c.paidMinor, c.tier?.percent]),
    total: report.creditTotal?.totalMinor,
  };
}

describe('contract model properties (1 000 runs each)', () => {
  it('splitting a period at an amendment between two identical versions changes nothing (the amendment as a patch or in full terms)', () => {
    const plain = defineContract(contract());
    fc.assert(
      fc.property(fc.integer({ min: MARCH_START + 1, max: MARCH_END - 1 }), fc.array(incident, { maxLength: 5 }), fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('patch' as const, 'terms' as const), (amendmentAt, outages, feeMinor, given) => {
        const split = defineContract(contract({ amendmentAt, given }));
        const input = {
          period: '2026-03',
          incidents: outages.map((o, i) => ({ id: `I-${i}`, start: o.start, end: o.start + o.length, affected: o.affected })),
          population: 1000,
          feeMinor,
        };
        const whole = plain.availability(input);
        const parts = split.availability(input);
        expect(parts.version?.parts.map((part) => part.weightMs)).toEqual([amendmentAt - MARCH_START, MARCH_END - amendmentAt]);
        expect(figures(parts)).toEqual(figures(whole));
      }),
      { numRuns: 1000 },
    );
  });

  it('every credit kind is non-increasing in availability, and no cap is exceeded, per credit or across credits', () => {
    const engine = defineContract(contract());
    fc.assert(
      fc.property(
        fc.integer({ min: MARCH_START, max: MARCH_END - 1 }),
        fc.integer({ min: 0, max: 40 * HOUR }),
        fc.integer({ min: 0, max: 40 * HOUR }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (start, a, b, affected, feeMinor) => {
          const [shorter, longer] = a <= b ? [a, b] : [b, a];
          const at = (length: number) =>
            engine.availability({ period: '2026-03', incidents: length === 0 ? [] : [{ start, end: start + length, affected }], population: 1000, feeMinor });
          const less = at(shorter);
          const more = at(longer);
          // More downtime from the same start: never a higher availability…
          less.commitments.forEach((c, i) => {
            const other = more.commitments[i];
            expect(BigInt(other?.ratio.numerator ?? 0) * BigInt(c.ratio.denominator) <= BigInt(c.ratio.numerator) * BigInt(other?.ratio.denominator ?? 0)).toBe(true);
          });
          // …and never a lower credit, of any kind.
          less.credits.forEach((credit, i) => expect(credit.amountMinor as number).toBeLessThanOrEqual(more.credits[i]?.amountMinor as number));
          for (const report of [less, more]) {
            // per-outage is capped at 10 % of the fee, the total at 40 %, each cap rounded down.
            expect(report.credits[4]?.amountMinor as number).toBeLessThanOrEqual(Math.floor(feeMinor / 10));
            expect(report.creditTotal?.totalMinor as number).toBeLessThanOrEqual(Math.floor((feeMinor * 40) / 100));
            for (const credit of report.credits) expect(credit.paidMinor as number).toBeLessThanOrEqual(credit.amountMinor as number);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
