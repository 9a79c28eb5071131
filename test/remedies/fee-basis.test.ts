/**
 * The fee's unit (`fee: { per, proration }`): the fee given to an evaluation
 * pays for a calendar month, quarter or year (local, in the period's zone),
 * or for the evaluated period itself; a longer period converts it exactly.
 * UTC months of 2026: July and August 31 d = 44 640 min, September 30 d =
 * 43 200 min; Q3 = 92 d = 132 480 min.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInputError } from '../presets/helpers.js';
import { AvailabilityPeriod, IntervalSet, combineCredits } from '../../src/index.js';
import { type CreditRule, ServiceCredit } from '../../src/remedies/index.js';

const MINUTE = 60_000;
const q3 = AvailabilityPeriod.quarter(2026, 3, 'UTC');
const july = AvailabilityPeriod.month(2026, 7, 'UTC');
const table: CreditRule = { type: 'tiered', tiers: [{ min: '99.99', creditPercent: 0 }, { max: '99.99', creditPercent: 10 }] };
const tenPercent = (fee: CreditRule['fee']) => new ServiceCredit({ ...table, fee } as CreditRule);
const missed = { numerator: 9_000, denominator: 10_000 };
const down = (start: string, minutes: number) => IntervalSet.of([[Date.parse(start), Date.parse(start) + minutes * MINUTE]]);

describe('the period fee from the fee per unit', () => {
  it('per month over Q3 2026: 3 × 1 000.00 = 3 000.00; 10 % of it = 300.00', () => {
    const result = tenPercent({ per: 'month' }).credit({ feeMinor: 100_000, availability: missed, period: q3 });
    // 10 % × 300 000 = 30 000 cents.
    expect(result.amountMinor).toBe(30_000);
    expect(result.periodFee).toBe('300000');
    // 30 000 / 300 000 = 10 % of the period's fee (not 30 % of the fee given).
    expect(result.percentOfFee).toBe('10.0000');
  });

  it('per quarter over the year 2026: 4 × 2 500.00 = 10 000.00; 10 % = 1 000.00', () => {
    const result = tenPercent({ per: 'quarter' }).credit({ feeMinor: 250_000, availability: missed, period: AvailabilityPeriod.year(2026, 'UTC') });
    expect(result.amountMinor).toBe(100_000);
  });

  it('per period: the fee given is the period\'s own, whatever its length (10 % of 1 000.00 over Q3 = 100.00)', () => {
    expect(tenPercent({ per: 'period' }).credit({ feeMinor: 100_000, availability: missed, period: q3 }).amountMinor).toBe(10_000);
    // No fee basis on a rule given to ServiceCredit directly reads the same way.
    expect(new ServiceCredit(table).credit({ feeMinor: 100_000, availability: missed, period: q3 }).amountMinor).toBe(10_000);
  });

  it('a period clipped to 15 of June\'s 30 days pays half the monthly fee: 24.00 × 15 / 30 = 12.00 → 10 % = 1.20', () => {
    const clipped = { start: Date.parse('2026-06-16T00:00:00Z'), end: Date.parse('2026-07-01T00:00:00Z'), zone: 'UTC' };
    expect(tenPercent({ per: 'month' }).credit({ feeMinor: 2_400, availability: missed, period: clipped }).amountMinor).toBe(120);
  });

  it('months are local: March 2026 in Paris (743 h, DST on the 29th) is one whole month, fee 310.00 → 10 % = 31.00', () => {
    // Were months read in UTC, Paris March [Feb 28 23:00Z, Mar 31 22:00Z) would take 1 h of February's fee
    // (31 000 / 672 h) and miss 2 h of March's (31 000 × 2 / 744 h): not exactly 31 000.
    const march = AvailabilityPeriod.month(2026, 3, 'Europe/Paris');
    const result = tenPercent({ per: 'month' }).credit({ feeMinor: 31_000, availability: missed, period: march });
    expect(result.amountMinor).toBe(3_100);
    expect(result.periodFee).toBe('31000');
  });

  it('a fee per unit needs the period: SlaInputError naming period', () => {
    expectInputError(() => tenPercent({ per: 'month' }).credit({ feeMinor: 100_000, availability: missed }), 'period');
  });
});

describe('a proportional credit over several fee units: the credit-period reading', () => {
  const slack = (proration?: 'fee-unit' | 'period') => new ServiceCredit({ type: 'proportional', multiplier: '10', fee: proration === undefined ? { per: 'month' } : { per: 'month', proration } });

  it('fee-unit (default): 30 min in July on the quarter = on July alone: 10 × 100 000 × 30 / 44 640 = 672.04… → 672', () => {
    const thirty = down('2026-07-07T10:00:00Z', 30);
    expect(slack().credit({ feeMinor: 100_000, countedDowntimeMs: 30 * MINUTE, countedDowntime: thirty, period: q3 }).amountMinor).toBe(672);
    expect(slack().credit({ feeMinor: 100_000, countedDowntimeMs: 30 * MINUTE, period: july }).amountMinor).toBe(672);
  });

  it('period: the quarter\'s fee over the quarter\'s minutes: 10 × 300 000 × 30 / 132 480 = 679.34… → 679', () => {
    expect(slack('period').credit({ feeMinor: 100_000, countedDowntimeMs: 30 * MINUTE, period: q3 }).amountMinor).toBe(679);
  });

  it('fee-unit over two months: 30 min in July + 30 min in September = 672.043… + 694.444… = 1 366.487… → 1 366', () => {
    // 10 × 100 000 × 30 / 44 640 = 672.0430; 10 × 100 000 × 30 / 43 200 = 694.4444; summed exactly, then rounded half up.
    const both = down('2026-07-07T10:00:00Z', 30).union(down('2026-09-07T10:00:00Z', 30));
    const result = slack().credit({ feeMinor: 100_000, countedDowntimeMs: 60 * MINUTE, countedDowntime: both, period: q3 });
    expect(result.amountMinor).toBe(1_366);
    expect(result.rule).toContain('fee 100000 per month × 30 min / 744 h + fee 100000 per month × 30 min / 720 h');
  });

  it('fee-unit over several units without the downtime located: SlaInputError naming countedDowntime', () => {
    expectInputError(() => slack().credit({ feeMinor: 100_000, countedDowntimeMs: 30 * MINUTE, period: q3 }), 'countedDowntime');
  });

  it('property (1 000 runs): downtime inside one month costs the same on the quarter (fee-unit) as on that month alone, in any zone', () => {
    const zones = ['UTC', 'Europe/Paris', 'America/Santiago', 'Pacific/Chatham', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 10_000_000 }), (zone, year, quarter, nth, offsetMin, minutes, fee) => {
        const period = AvailabilityPeriod.quarter(year, quarter, zone);
        const month = AvailabilityPeriod.month(year, (quarter - 1) * 3 + nth + 1, zone);
        const start = Math.min(month.start + offsetMin * MINUTE, month.end - minutes * MINUTE);
        const downtime = IntervalSet.of([[start, start + minutes * MINUTE]]);
        const onQuarter = slack().credit({ feeMinor: fee, countedDowntimeMs: minutes * MINUTE, countedDowntime: downtime, period });
        const onMonth = slack().credit({ feeMinor: fee, countedDowntimeMs: minutes * MINUTE, period: month });
        expect(onQuarter.amountMinor).toBe(onMonth.amountMinor);
      }),
      { numRuns: 1000 },
    );
  });

  it('property (1 000 runs): a quarter\'s fee is exactly 3 monthly fees and a year\'s 12, in any zone (100 % tier)', () => {
    const all: CreditRule = { type: 'tiered', tiers: [{ min: '99.99', creditPercent: 0 }, { max: '99.99', creditPercent: 100 }], fee: { per: 'month' } };
    const credit = new ServiceCredit(all);
    fc.assert(
      fc.property(fc.constantFrom('UTC', 'Europe/Paris', 'America/Santiago', 'Pacific/Chatham', 'Asia/Kolkata'), fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 1_000_000 }), (zone, year, quarter, fee) => {
        expect(credit.credit({ feeMinor: fee, availability: missed, period: AvailabilityPeriod.quarter(year, quarter, zone) }).amountMinor).toBe(3 * fee);
        expect(credit.credit({ feeMinor: fee, availability: missed, period: AvailabilityPeriod.year(year, zone) }).amountMinor).toBe(12 * fee);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('every share of the fee reads the period\'s fee', () => {
  it('service days per month over Q3: 1 day per started hour, 30 min → 1 day × 300 000 / 92 days = 3 260.87 → 3 261', () => {
    const days = new ServiceCredit({ type: 'service-days', daysPerHour: 1, hourCounting: 'started-hours', fee: { per: 'month' } });
    expect(days.credit({ feeMinor: 100_000, countedDowntimeMs: 30 * MINUTE, period: q3 }).amountMinor).toBe(3_261);
  });

  it('a cap of 8 % with a monthly fee over Q3: 8 % × 300 000 = 24 000 (5 % per incident × 6 incidents = 30 % = 90 000 → capped)', () => {
    const each = new ServiceCredit({ type: 'per-incident', creditPercent: 5, capPercent: 8, fee: { per: 'month' } });
    const result = each.credit({ feeMinor: 100_000, incidentCount: 6, period: q3 });
    expect(result).toMatchObject({ amountMinor: 24_000, capped: true });
  });

  it('the cap on the total converts the same way: 100 % of 3 × 1 000.00 over Q3 pays 2 000.00 then 1 000.00 of 1 500.00', () => {
    const total = combineCredits(
      [
        { kind: 'tiered', amountMinor: 200_000 },
        { kind: 'proportional', amountMinor: 150_000 },
      ],
      { capPercent: 100, fee: { per: 'month' }, feeMinor: 100_000, period: q3 },
    );
    // Cap 300 000; in order: 200 000, then 300 000 − 200 000 = 100 000.
    expect(total.credits.map((c) => c.paidMinor)).toEqual([200_000, 100_000]);
  });
});

describe('a bad fee basis is an SlaInputError naming its field', () => {
  it('per "week" → fee.per; proration on a tiered credit → fee.proration; an unknown key → fee.colour', () => {
    expectInputError(() => new ServiceCredit({ ...table, fee: { per: 'week' } } as unknown as CreditRule), 'fee.per');
    expectInputError(() => new ServiceCredit({ ...table, fee: { per: 'month', proration: 'period' } } as CreditRule), 'fee.proration');
    expectInputError(() => new ServiceCredit({ ...table, fee: { per: 'month', colour: 'blue' } } as unknown as CreditRule), 'fee.colour');
    expectInputError(() => new ServiceCredit({ type: 'proportional', multiplier: '10', fee: { per: 'month', proration: 'weekly' } } as unknown as CreditRule), 'fee.proration');
  });
});
