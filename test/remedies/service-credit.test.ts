/**
 * ServiceCredit: every credit kind on the worked examples of public SLAs
 * (AWS EC2 region level, Microsoft Online Services, Slack, Atlassian Cloud,
 * DigitalOcean Droplets), with caps, the minimum payable and rounding.
 * Months in UTC: June 2026 = 30 d = 43 200 min; July 2026 = 31 d = 44 640 min.
 */
import { describe, expect, it } from 'vitest';
import { expectInputError } from '../presets/helpers.js';
import { AvailabilityPeriod } from '../../src/index.js';
import { type CreditRule, ServiceCredit } from '../../src/remedies/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const june = AvailabilityPeriod.month(2026, 6, 'UTC'); // 43 200 min
const july = AvailabilityPeriod.month(2026, 7, 'UTC'); // 44 640 min
/** Availability of June with `minutes` counted, as an exact minute ratio. */
const juneWith = (minutes: number) => ({ numerator: 43_200 - minutes, denominator: 43_200 });

const awsSource = { document: 'https://aws.amazon.com/compute/sla/', section: 'Service Credits (region level)', quote: 'Less than 99.99% but equal to or greater than 99.0%: 10%' };
const aws = new ServiceCredit({
  type: 'tiered',
  id: 'region',
  source: awsSource,
  tiers: [
    { min: '99.99', creditPercent: 0 },
    { min: '99.0', max: '99.99', creditPercent: 10 },
    { min: '95.0', max: '99.0', creditPercent: 30 },
    { max: '95.0', creditPercent: 100 },
  ],
});

describe('tiered credits (a PenaltyTable with the common limits)', () => {
  it('AWS EC2, June 2026, 1 000.00 USD: 10 min down → 99.97685 % → 10 % → 100.00 USD, with the rule and the source', () => {
    // 1 − 10/43 200 = 0.9997685… → in [99.0, 99.99) → 10 % × 100 000 = 10 000 cents.
    const credit = aws.credit({ feeMinor: 100_000, availability: juneWith(10) });
    expect(credit).toMatchObject({ kind: 'tiered', id: 'region', amountMinor: 10_000, computedMinor: 10_000, percentOfFee: '10.0000', capped: false, belowMinimum: false, rounding: 'half-up' });
    expect(credit.tier?.tierIndex).toBe(1);
    expect(credit.source).toEqual(awsSource);
    // formatPercent truncates 99.976851… to 99.9768.
    expect(credit.rule).toBe('99.9768 % is in tiers[1] (99.0 % ≤ A < 99.99 %): 10 % of the fee 100000 = 10000.0000 → 10000 (half-up)');
  });

  it('AWS EC2: exactly 432 min → 99.0 % → 10 %; 433 min → 98.99769 % → 30 %', () => {
    // 42 768 / 43 200 = 0.99 exactly (lower bound inclusive); 42 767 / 43 200 = 0.989976… → [95, 99) → 30 %.
    expect(aws.credit({ feeMinor: 100_000, availability: juneWith(432) }).amountMinor).toBe(10_000);
    expect(aws.credit({ feeMinor: 100_000, availability: juneWith(433) }).amountMinor).toBe(30_000);
  });

  it('Microsoft Online Services, April 2026, 1 250.00 EUR: 60 min all users → 99.86111 % → 25 % → 312.50 EUR; 100 of 1 000 users for 600 min gives the same', () => {
    const microsoft = new ServiceCredit({
      type: 'tiered',
      tiers: [{ min: '99.9', creditPercent: 0 }, { min: '99', max: '99.9', creditPercent: 25 }, { min: '95', max: '99', creditPercent: 50 }, { max: '95', creditPercent: 100 }],
    });
    // 43 140 / 43 200 = 0.998611… → [99, 99.9) → 25 % × 125 000 = 31 250.
    expect(microsoft.credit({ feeMinor: 125_000, availability: { numerator: 43_140, denominator: 43_200 } }).amountMinor).toBe(31_250);
    // user-minutes: 1 000 × 43 200 = 43 200 000; 100 × 600 = 60 000 down → 43 140 000 / 43 200 000, the same ratio.
    expect(microsoft.credit({ feeMinor: 125_000, availability: { numerator: 43_140_000, denominator: 43_200_000 } }).amountMinor).toBe(31_250);
  });

  it('Atlassian Premium, September 2026, 2 000.00 USD: 60 Downtime Minutes → 99.86111 % → 10 % → 200.00 USD, cap 100 % not reached', () => {
    const premium = new ServiceCredit({ type: 'tiered', capPercent: 100, tiers: [{ min: '99.9', creditPercent: 0 }, { max: '99.9', creditPercent: 10 }] });
    // 43 140 / 43 200 < 99.9 % → 10 % × 200 000 = 20 000; the cap is 200 000.
    expect(premium.credit({ feeMinor: 200_000, availability: { numerator: 43_140, denominator: 43_200 } })).toMatchObject({ amountMinor: 20_000, capped: false });
  });

  it('DigitalOcean, June 2026, 24.00 USD: 6 min → 99.98611 % → 100 % → 24.00 USD; over a lifetime of 21 600 min → 99.97222 % → 24.00 USD', () => {
    const droplet = new ServiceCredit({ type: 'tiered', tiers: [{ min: '99.99', creditPercent: 0 }, { max: '99.99', creditPercent: 100 }] });
    // 43 194 / 43 200 = 0.999861… < 0.9999 → 100 % of 2 400 = 2 400.
    expect(droplet.credit({ feeMinor: 2_400, availability: juneWith(6) }).amountMinor).toBe(2_400);
    // 21 594 / 21 600 = 0.999722… → 100 %.
    expect(droplet.credit({ feeMinor: 2_400, availability: { numerator: 21_594, denominator: 21_600 } }).amountMinor).toBe(2_400);
    // exactly 5 min is not Unavailability: no counted downtime → 100 % → 0.
    expect(droplet.credit({ feeMinor: 2_400, availability: juneWith(0) }).amountMinor).toBe(0);
  });
});

describe('proportional credits', () => {
  const slackSource = { document: 'https://slack.com/terms/service-level-agreement', section: 'Service credits', quote: '10 times the amount' };
  const slack = new ServiceCredit({ type: 'proportional', multiplier: '10', source: slackSource });

  it('Slack: 30 min down in July 2026 at 1 000.00 USD/month → 10 × 1 000.00 × 30 / 44 640 = 6.72 USD', () => {
    // 10 × 100 000 × 30 / 44 640 = 30 000 000 / 44 640 = 672.043… cents → half up → 672.
    const credit = slack.credit({ feeMinor: 100_000, countedDowntimeMs: 30 * MINUTE, period: july });
    expect(credit).toMatchObject({ kind: 'proportional', amountMinor: 672, computedMinor: 672, percentOfFee: '0.6720', capped: false, source: slackSource });
    expect(credit.rule).toBe('10 × fee 100000 × counted downtime 30 min / period 744 h = 672.0430 → 672 (half-up)');
  });

  it('the same 30 min in June (43 200 min) is worth more: 30 000 000 / 43 200 = 694.44… → 694', () => {
    expect(slack.credit({ feeMinor: 100_000, countedDowntimeMs: 30 * MINUTE, period: june }).amountMinor).toBe(694);
  });

  it('a cap per period: the whole of July down is 10 × the fee, capped at 100 % → 1 000.00 USD; capMinor lower than the percent cap wins', () => {
    const capped = new ServiceCredit({ type: 'proportional', multiplier: 10, capPercent: 100 });
    // 10 × 100 000 × 44 640 / 44 640 = 1 000 000 → cap 100 % × 100 000 = 100 000.
    const credit = capped.credit({ feeMinor: 100_000, countedDowntimeMs: july.durationMs, period: july });
    expect(credit).toMatchObject({ amountMinor: 100_000, computedMinor: 1_000_000, capped: true, percentOfFee: '100.0000' });
    expect(credit.rule).toMatch(/, capped at 100000 \(100 % of the fee 100000, rounded down\)$/);
    const both = new ServiceCredit({ type: 'proportional', multiplier: 10, capPercent: 100, capMinor: 50_000 });
    expect(both.credit({ feeMinor: 100_000, countedDowntimeMs: july.durationMs, period: july }).amountMinor).toBe(50_000);
  });

  it('a percent cap is rounded down to the minor unit, so it is never exceeded: 33.333 % of 100 cents → 33', () => {
    const credit = new ServiceCredit({ type: 'proportional', multiplier: 1, capPercent: '33.333' });
    // credit 1 × 100 × full period = 100; cap 33.333 cents → 33.
    expect(credit.credit({ feeMinor: 100, countedDowntimeMs: HOUR, period: { start: 0, end: HOUR } }).amountMinor).toBe(33);
  });

  it('a minimum payable: 672 below a 10.00 USD minimum → 0; exactly at the minimum → paid', () => {
    const minimum = new ServiceCredit({ type: 'proportional', multiplier: '10', minimumMinor: 1_000 });
    const credit = minimum.credit({ feeMinor: 100_000, countedDowntimeMs: 30 * MINUTE, period: july });
    expect(credit).toMatchObject({ amountMinor: 0, computedMinor: 672, belowMinimum: true, percentOfFee: '0.0000' });
    expect(credit.rule).toMatch(/, below the minimum payable 1000: 0$/);
    const atMinimum = new ServiceCredit({ type: 'proportional', multiplier: '10', minimumMinor: 672 });
    expect(atMinimum.credit({ feeMinor: 100_000, countedDowntimeMs: 30 * MINUTE, period: july })).toMatchObject({ amountMinor: 672, belowMinimum: false });
  });

  it('named rounding rules on exact halves: 1.5 and 2.5 cents', () => {
    const period = { start: 0, end: 2 * HOUR };
    const amount = (rounding: 'half-up' | 'half-even' | 'down' | 'up', feeMinor: number) =>
      new ServiceCredit({ type: 'proportional', multiplier: 1, rounding }).credit({ feeMinor, countedDowntimeMs: HOUR, period }).amountMinor;
    // fee 3, half the period → 1.5; fee 5 → 2.5.
    expect([amount('half-up', 3), amount('half-even', 3), amount('down', 3), amount('up', 3)]).toEqual([2, 2, 1, 2]);
    expect([amount('half-up', 5), amount('half-even', 5), amount('down', 5), amount('up', 5)]).toEqual([3, 2, 2, 3]);
    // fee 1, 1 h of 3 h → 0.333…: up → 1, others 0.
    const third = (rounding: 'half-up' | 'up') => new ServiceCredit({ type: 'proportional', multiplier: 1, rounding }).credit({ feeMinor: 1, countedDowntimeMs: HOUR, period: { start: 0, end: 3 * HOUR } }).amountMinor;
    expect([third('half-up'), third('up')]).toEqual([0, 1]);
  });
});

describe('lost-time credits (downtime × hourly rate)', () => {
  // DigitalOcean's older terms: a 24.00 USD/month Droplet billed 0.03571 USD an hour = 3.571 cents an hour.
  const rule = (hourCounting?: 'exact' | 'started-hours' | 'whole-hours'): CreditRule => ({ type: 'lost-time', ratePerHourMinor: '3.571', ...(hourCounting ? { hourCounting } : {}) });

  it('6 min: exact 3.571 × 0.1 = 0.3571 → 0; per started hour 1 × 3.571 → 4; per whole hour 0', () => {
    expect(new ServiceCredit(rule()).credit({ countedDowntimeMs: 6 * MINUTE }).amountMinor).toBe(0);
    expect(new ServiceCredit(rule('started-hours')).credit({ countedDowntimeMs: 6 * MINUTE }).amountMinor).toBe(4);
    expect(new ServiceCredit(rule('whole-hours')).credit({ countedDowntimeMs: 6 * MINUTE }).amountMinor).toBe(0);
  });

  it('2 h 30 min exact: 3.571 × 2.5 = 8.9275 → 9, with the hours in words; no fee → no percentOfFee', () => {
    const credit = new ServiceCredit(rule()).credit({ countedDowntimeMs: 150 * MINUTE });
    expect(credit.amountMinor).toBe(9);
    expect(credit.percentOfFee).toBeUndefined();
    expect(credit.rule).toBe('rate 3.571 per hour × 2 h 30 min, pro rata = 8.9275 → 9 (half-up)');
  });

  it('with a fee, percentOfFee is the amount over the fee: 9 / 2 400 = 0.375 %', () => {
    expect(new ServiceCredit(rule()).credit({ countedDowntimeMs: 150 * MINUTE, feeMinor: 2_400 }).percentOfFee).toBe('0.3750');
  });
});

describe('per-incident credits', () => {
  it('5 % of the fee per qualifying incident, 3 incidents, 1 000.00 USD → 15 % → 150.00 USD; capped at 10 % → 100.00 USD', () => {
    // 3 × 5 % × 100 000 = 15 000; cap 10 % × 100 000 = 10 000.
    expect(new ServiceCredit({ type: 'per-incident', creditPercent: 5 }).credit({ incidentCount: 3, feeMinor: 100_000 }).amountMinor).toBe(15_000);
    expect(new ServiceCredit({ type: 'per-incident', creditPercent: 5, capPercent: 10 }).credit({ incidentCount: 3, feeMinor: 100_000 })).toMatchObject({ amountMinor: 10_000, computedMinor: 15_000, capped: true });
  });

  it('a fixed 25.00 per incident, 3 incidents → 75.00, no fee needed', () => {
    const credit = new ServiceCredit({ type: 'per-incident', amountMinor: 2_500 }).credit({ incidentCount: 3 });
    expect(credit.amountMinor).toBe(7_500);
    expect(credit.rule).toBe('3 incident(s) × 2500 = 7500.0000 → 7500 (half-up)');
  });
});

describe('service-days credits', () => {
  it('1 day per hour of downtime, June (30 days), 300.00/month, 90 min: started hours 2 d → 20.00; whole hours 1 d → 10.00; exact 1.5 d → 15.00', () => {
    const days = (hourCounting: 'exact' | 'started-hours' | 'whole-hours') =>
      new ServiceCredit({ type: 'service-days', daysPerHour: 1, hourCounting }).credit({ feeMinor: 30_000, countedDowntimeMs: 90 * MINUTE, period: june });
    // started: ⌈1.5⌉ = 2 days × 30 000 / 30 = 2 000; whole: ⌊1.5⌋ = 1 → 1 000; exact: 1.5 → 1 500.
    expect(days('started-hours')).toMatchObject({ amountMinor: 2_000, serviceDays: '2' });
    expect(days('whole-hours')).toMatchObject({ amountMinor: 1_000, serviceDays: '1' });
    expect(days('exact')).toMatchObject({ amountMinor: 1_500, serviceDays: '1.5' });
  });

  it('a day is a local calendar day: March 2026 in Paris is 743 h but 31 days; 1 min → 1 started hour → 1 day = 31 000 / 31 = 1 000', () => {
    const march = AvailabilityPeriod.month(2026, 3, 'Europe/Paris');
    const credit = new ServiceCredit({ type: 'service-days', daysPerHour: '1', hourCounting: 'started-hours' }).credit({ feeMinor: 31_000, countedDowntimeMs: MINUTE, period: march });
    expect(credit.amountMinor).toBe(1_000);
    expect(credit.rule).toBe('1 day(s) per hour × 1 started hour (1 min) = 1 day(s) × fee 31000 / 31 days in the period = 1000.0000 → 1000 (half-up)');
  });

  it('0.5 day per hour, exact, 90 min → 0.75 day → 30 000 × 0.75 / 30 = 750', () => {
    expect(new ServiceCredit({ type: 'service-days', daysPerHour: '0.5', hourCounting: 'exact' }).credit({ feeMinor: 30_000, countedDowntimeMs: 90 * MINUTE, period: june })).toMatchObject({ amountMinor: 750, serviceDays: '0.75' });
  });
});

describe('bad rules and inputs are typed errors naming the field', () => {
  const at = { path: 'remedies.credits[0]' };

  it('a proportional credit without a fee, a period or the downtime', () => {
    const slack = new ServiceCredit({ type: 'proportional', multiplier: '10' });
    expectInputError(() => slack.credit({ countedDowntimeMs: MINUTE, period: july }), 'feeMinor');
    expectInputError(() => slack.credit({ feeMinor: 100, countedDowntimeMs: MINUTE }), 'period');
    expectInputError(() => slack.credit({ feeMinor: 100, period: july }), 'countedDowntimeMs');
    // more downtime than the period: 744 h + 1 ms
    expectInputError(() => slack.credit({ feeMinor: 100, period: july, countedDowntimeMs: july.durationMs + 1 }), 'countedDowntimeMs');
    expectInputError(() => slack.credit({ feeMinor: 12.5, period: july, countedDowntimeMs: 0 }), 'feeMinor');
  });

  it('rule fields are named under the definition path', () => {
    expectInputError(() => new ServiceCredit({ type: 'proportional', multiplier: '-1' }, at), 'remedies.credits[0].multiplier');
    expectInputError(() => new ServiceCredit({ type: 'proportional', multiplier: '10', rounding: 'nearest' as 'up' }, at), 'remedies.credits[0].rounding');
    expectInputError(() => new ServiceCredit({ type: 'proportional', multiplier: '10', capPercent: 150 }, at), 'remedies.credits[0].capPercent');
    expectInputError(() => new ServiceCredit({ type: 'proportional', multiplier: '10', minimumMinor: 0.5 }, at), 'remedies.credits[0].minimumMinor');
    expectInputError(() => new ServiceCredit({ type: 'service-days', daysPerHour: 1 } as CreditRule, at), 'remedies.credits[0].hourCounting');
    expectInputError(() => new ServiceCredit({ type: 'per-incident', amountMinor: 1, creditPercent: 1 }, at), 'remedies.credits[0]');
    expectInputError(() => new ServiceCredit({ type: 'refund' } as unknown as CreditRule, at), 'remedies.credits[0].type');
    // [99, ∞) and (−∞, 99.5) overlap: sorted by lower bound, (−∞, 99.5) comes first and [99, ∞) = tiers[0] is the one
    // that overlaps it; the table's field is named under the path.
    expectInputError(() => new ServiceCredit({ type: 'tiered', tiers: [{ min: 99, creditPercent: 0 }, { max: '99.5', creditPercent: 10 }] }, at), 'remedies.credits[0].tiers[0]');
  });

  it('a tiered credit without availability; a percent cap without a fee; a per-incident credit without a count', () => {
    expectInputError(() => aws.credit({ feeMinor: 100 }), 'availability');
    expectInputError(() => new ServiceCredit({ type: 'lost-time', ratePerHourMinor: 100, capPercent: 10 }).credit({ countedDowntimeMs: HOUR }), 'feeMinor');
    expectInputError(() => new ServiceCredit({ type: 'per-incident', amountMinor: 100 }).credit({}), 'incidentCount');
  });
});
