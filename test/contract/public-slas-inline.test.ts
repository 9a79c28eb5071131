/**
 * Issue 14 phase B: the contract model wired end to end, on the worked
 * examples of six public SLAs written as inline definitions (AWS
 * granularity, Microsoft weighting, Slack maintenance budget and
 * proportional credit, Atlassian requests with two plans, DigitalOcean
 * strict threshold and lifetime). Every expected value is hand-computed in
 * the comment next to it. Times are UTC; a 30-day month is 43 200 min, a
 * 31-day month 44 640 min, Q3 2026 132 480 min.
 */
import { describe, expect, it } from 'vitest';
import { type ContractDefinition, defineContract, formatInstant } from '../../src/index.js';
import { expectInputError } from '../presets/helpers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (text: string): number => Date.parse(text);
const outage = (start: string, ms: number, extra: Record<string, unknown> = {}) => ({ start: at(start), end: at(start) + ms, ...extra });


describe('AWS EC2 region level: granularity in whole minutes, tiered credit, claim by the end of the 2nd cycle', () => {
  const definition = (rule: 'touched' | 'whole' = 'touched'): ContractDefinition => ({
    id: 'aws-ec2-region',
    name: 'AWS Compute SLA, region level',
    calendars: {},
    availability: {
      zone: 'UTC',
      commitments: [{ id: 'region', target: '99.99', period: 'month', granularity: { interval: 'PT1M', rule }, scope: { region: 'eu-west-1' } }],
    },
    remedies: {
      credits: [
        {
          id: 'monthly',
          type: 'tiered',
          fee: { per: 'month' },
          commitment: 'region',
          tiers: [{ min: '99.99', creditPercent: 0 }, { min: '99', max: '99.99', creditPercent: 10 }, { min: '95', max: '99', creditPercent: 30 }, { max: '95', creditPercent: 100 }],
        },
      ],
    },
    claims: { deadline: { type: 'end-of-following-cycle', cycles: 2, zone: 'UTC' } },
  });
  const aws = defineContract(definition());
  const june = (incidents: readonly { start: number; end: number }[]) => aws.availability({ period: '2026-06', incidents, feeMinor: 100_000, currency: 'USD' });

  it('10 min down → 1 − 10/43 200 = 99.97685 % → 10 % → 100.00 USD', () => {
    const report = june([outage('2026-06-10T10:00:00Z', 10 * MINUTE)]);
    const [region] = report.commitments;
    // 43 190 and 43 200 min in ms.
    expect(region?.ratio).toEqual({ numerator: '2591400000', denominator: '2592000000' });
    expect(region?.availabilityPercent).toBe('99.9768');
    expect(region?.met).toBe(false);
    // 0.01 % of 43 200 min = 4.32 min = 259 200 ms allowed; 600 000 used.
    expect(region?.marginMs).toBe(259_200 - 600_000);
    expect(region?.granularity).toMatchObject({ intervalMs: MINUTE, rule: 'touched', badIntervals: 10, rawCountedMs: 10 * MINUTE });
    expect(region?.scope).toEqual({ region: 'eu-west-1' });
    expect(report.credits.map((c) => [c.id, c.commitment, c.amountMinor, c.percentOfFee])).toEqual([['monthly', 'region', 10_000, '10.0000']]);
    expect(report.credit).toEqual({ commitment: 'region', percent: 10, amountMinor: 10_000, currency: 'USD', tierIndex: 1 });
  });

  it('exactly 432 min → 99.0 % → 10 %; 432 min + 1 ms touches 433 minutes → 98.99769 % → 30 %', () => {
    // 432 / 43 200 = 1 %: A = 99 % exactly, in [99, 99.99).
    expect(june([outage('2026-06-10T00:00:00Z', 432 * MINUTE)]).credit?.percent).toBe(10);
    // 433 whole minutes counted: 1 − 433/43 200 = 0.989976…
    const over = june([outage('2026-06-10T00:00:00Z', 432 * MINUTE + 1)]);
    expect(over.commitments[0]?.countedDowntimeMs).toBe(433 * MINUTE);
    expect(over.commitments[0]?.availabilityPercent).toBe('98.9976');
    expect(over.credit).toMatchObject({ percent: 30, amountMinor: 30_000 });
  });

  it('10:00:30–10:04:30 (4 min) touches 5 clock minutes → 1 − 5/43 200 = 99.98843 % → 10 %; the "whole" reading counts 3', () => {
    const touched = june([outage('2026-06-10T10:00:30Z', 4 * MINUTE)]);
    expect(touched.commitments[0]?.countedDowntimeMs).toBe(5 * MINUTE);
    expect(touched.commitments[0]?.availabilityPercent).toBe('99.9884');
    expect(touched.commitments[0]?.result.countedDowntimeMs).toBe(4 * MINUTE); // the raw figure stays in result
    expect(touched.credit?.percent).toBe(10);
    // whole minutes inside 10:00:30–10:04:30: 10:01, 10:02, 10:03 → 3.
    const whole = defineContract(definition('whole')).availability({ period: '2026-06', incidents: [outage('2026-06-10T10:00:30Z', 4 * MINUTE)], feeMinor: 100_000 });
    expect(whole.commitments[0]?.countedDowntimeMs).toBe(3 * MINUTE);
  });

  it('claim for June (or an incident on 2026-06-10) → end of August, exclusive bound 2026-09-01T00:00Z', () => {
    const claim = june([]).claim;
    expect(claim?.deadline?.lastDay).toBe('2026-08-31');
    expect(formatInstant(claim?.deadline?.endsAt as number)).toBe('2026-09-01T00:00:00.000Z');
    expect(aws.claimDeadline({ incidentAt: '2026-06-10T14:00:00Z' })?.lastDay).toBe('2026-08-31');
  });

  it('the report is JSON: exact ratios as decimal strings', () => {
    const report = june([outage('2026-06-10T10:00:00Z', 10 * MINUTE)]);
    const json = JSON.parse(JSON.stringify(report));
    expect(json.commitments[0].ratio).toEqual({ numerator: '2591400000', denominator: '2592000000' });
    expect(json.credits[0].amountMinor).toBe(10_000);
  });
});

describe('Microsoft Online Services: downtime weighted by the users it affects', () => {
  const microsoft = defineContract({
    id: 'microsoft-online',
    name: 'Microsoft Online Services SLA',
    calendars: {},
    availability: { zone: 'UTC', commitments: [{ id: 'service', target: '99.9', period: 'month', metric: { type: 'weighted', unit: 'licensed users' } }] },
    remedies: {
      credits: [{ type: 'tiered', fee: { per: 'month' }, tiers: [{ min: '99.9', creditPercent: 0 }, { min: '99', max: '99.9', creditPercent: 25 }, { min: '95', max: '99', creditPercent: 50 }, { max: '95', creditPercent: 100 }] }],
    },
    claims: { deadline: { type: 'end-of-following-cycle', cycles: 1, zone: 'UTC' } },
  });
  const april = (incidents: readonly object[]) => microsoft.availability({ period: '2026-04', incidents: incidents as never, population: 1000, feeMinor: 125_000, currency: 'EUR' });

  it('60 min, all users affected → 1 − 60/43 200 = 99.86111 % → 25 % → 312.50 EUR', () => {
    const report = april([outage('2026-04-14T08:00:00Z', 60 * MINUTE)]);
    const [service] = report.commitments;
    // user-ms: 1 000 × 43 140 min and 1 000 × 43 200 min.
    expect(service?.ratio).toEqual({ numerator: String(1000n * 43_140n * 60_000n), denominator: String(1000n * 43_200n * 60_000n) });
    expect(service?.ratioUnit).toBe('user-ms');
    expect(service?.availabilityPercent).toBe('99.8611');
    // 0.1 % of 43 200 min = 43.2 min allowed, 60 used: −16.8 min = −1 008 000 ms of whole-population outage.
    expect(service?.marginMs).toBe(-1_008_000);
    expect(report.credit).toMatchObject({ percent: 25, amountMinor: 31_250, currency: 'EUR' });
  });

  it('1 000 licensed users, 100 affected for 600 min → 60 000 / 43 200 000 user-min → 99.86111 % → 25 % (unweighted: 98.61 % → 50 %)', () => {
    const report = april([outage('2026-04-14T08:00:00Z', 600 * MINUTE, { affected: 100 })]);
    expect(report.commitments[0]?.availabilityPercent).toBe('99.8611');
    expect(report.commitments[0]?.weighting).toMatchObject({ population: 1000, downtimeUserMs: String(100n * 600n * 60_000n) });
    // The raw (unweighted) figure: 1 − 600/43 200 = 98.6111 %.
    expect(report.commitments[0]?.result.ratio).toEqual({ numerator: 42_600 * MINUTE, denominator: 43_200 * MINUTE });
    expect(report.credit).toMatchObject({ percent: 25, amountMinor: 31_250 });
  });

  it('a weighted commitment without a population is an SlaInputError naming population', () => {
    expectInputError(() => microsoft.availability({ period: '2026-04', incidents: [] }), 'population');
  });

  it('incident 2026-04-20 → claim by the end of May 2026', () => {
    expect(microsoft.claimDeadline({ incidentAt: '2026-04-20T09:00:00Z' })?.lastDay).toBe('2026-05-31');
  });
});

describe('Slack: maintenance announced 48 h ahead, at most 10 h a year excused, credit 10 × the fee paid for the downtime', () => {
  const slack = defineContract({
    id: 'slack',
    name: 'Slack SLA',
    calendars: {},
    availability: {
      zone: 'UTC',
      commitments: [{ id: 'uptime', target: '99.99', period: 'quarter' }],
      maintenance: [{ type: 'adHoc', id: 'scheduled', minimumNotice: 'PT48H' }],
      maintenanceBudget: { budget: 'PT10H', per: 'year' },
    },
    remedies: { credits: [{ id: 'ten-times', type: 'proportional', multiplier: '10', commitment: 'uptime', fee: { per: 'month' } }] },
  });
  const thirty = outage('2026-07-15T10:00:00Z', 30 * MINUTE);
  const window = (hours: number, noticeMs: number) => ({ start: at('2026-08-05T02:00:00Z'), end: at('2026-08-05T02:00:00Z') + hours * HOUR, announcedAt: at('2026-08-05T02:00:00Z') - noticeMs });
  const quarter = (noticeMs: number, hours = 2, extra: object = {}) =>
    slack.availability({ period: '2026-Q3', incidents: [thirty, outage('2026-08-05T02:00:00Z', hours * HOUR)], maintenance: [window(hours, noticeMs)], feeMinor: 300_000, ...extra });

  it('30 min outage + 2 h maintenance announced 72 h ahead → 1 − 30/132 480 = 99.97736 % → missed', () => {
    const [uptime] = quarter(72 * HOUR).commitments;
    expect(uptime?.countedDowntimeMs).toBe(30 * MINUTE);
    expect(uptime?.availabilityPercent).toBe('99.9773');
    expect(uptime?.met).toBe(false);
    expect(uptime?.maintenanceBudget).toMatchObject({ coveredMs: 2 * HOUR, excusedMs: 2 * HOUR, countedMs: 0 });
  });

  it('announced 24 h ahead → 150 min count → 1 − 150/132 480 = 99.88677 %', () => {
    expect(quarter(24 * HOUR).commitments[0]?.availabilityPercent).toBe('99.8867');
  });

  it('announced exactly 48 h ahead → excused; 48 h − 1 ms → not excused', () => {
    expect(quarter(48 * HOUR).commitments[0]?.countedDowntimeMs).toBe(30 * MINUTE);
    expect(quarter(48 * HOUR - 1).commitments[0]?.countedDowntimeMs).toBe(150 * MINUTE);
  });

  it('11 h inside announced maintenance, none used earlier in 2026 → 10 h excused, 1 h counts; 9 h used before → 10 h count', () => {
    const fresh = quarter(72 * HOUR, 11).commitments[0];
    // 30 min outage + 1 h over the budget.
    expect(fresh?.countedDowntimeMs).toBe(90 * MINUTE);
    expect(fresh?.maintenanceBudget).toMatchObject({ excusedMs: 10 * HOUR, countedMs: HOUR });
    expect(fresh?.maintenanceBudget?.budgets[0]).toMatchObject({ label: '2026', usedBeforeMs: 0, usedMs: 10 * HOUR, remainingMs: 0 });
    const used = quarter(72 * HOUR, 11, { maintenanceUsedBeforeMs: 9 * HOUR }).commitments[0];
    // 1 h of budget left: 10 of the 11 h count, + 30 min.
    expect(used?.countedDowntimeMs).toBe(10 * HOUR + 30 * MINUTE);
  });

  it('credit for 30 min down in July 2026 at 1 000.00 USD: 10 × 100 000 × 30 / 44 640 = 672.04 → 6.72 USD (half up)', () => {
    // An explicit period evaluates every commitment, whatever its length.
    const july = slack.availability({ period: '2026-07-01T00:00:00Z/2026-08-01T00:00:00Z', incidents: [thirty], feeMinor: 100_000, currency: 'USD' });
    expect(july.credits.map((c) => [c.id, c.kind, c.amountMinor])).toEqual([['ten-times', 'proportional', 672]]);
    expect(july.credits[0]?.rule).toContain('10 × (fee 100000 per month × 30 min / 744 h)');
    expect(july.creditTotal).toMatchObject({ totalMinor: 672, capped: false, currency: 'USD' });
    // The first report shape: percent of the fee, 672 / 100 000 = 0.672 %.
    expect(july.credit).toEqual({ commitment: 'uptime', percent: 0.672, amountMinor: 672, currency: 'USD', tierIndex: null });
  });

  it('a proportional credit without a fee is an SlaInputError naming feeMinor', () => {
    expectInputError(() => slack.availability({ period: '2026-Q3', incidents: [thirty] }), 'feeMinor');
  });

  it('earlier claims: downtime already credited is not credited again', () => {
    // The 30 min outage was credited by claim C-1: nothing left for the proportional credit.
    const july = slack.availability({
      period: '2026-07-01T00:00:00Z/2026-08-01T00:00:00Z',
      incidents: [thirty],
      feeMinor: 100_000,
      claims: [{ id: 'C-1', creditedDowntime: [[thirty.start, thirty.end]] }],
    });
    expect(july.credits[0]?.amountMinor).toBe(0);
    expect(july.credits[0]?.claimHistory).toMatchObject({ removedMs: 30 * MINUTE, alreadyCreditedMinor: 0 });
    // The commitment's figure is unchanged: 1 − 30/44 640 = 99.93279 %.
    expect(july.commitments[0]?.availabilityPercent).toBe('99.9327');
  });
});

describe('Atlassian Cloud: request counts per minute, two plans each with its own credit, capped total', () => {
  const requestMetric = { type: 'requests' as const, interval: 'PT1M', errorRateThreshold: '5', unmonitored: 'good' as const };
  const atlassian = defineContract({
    id: 'atlassian-cloud',
    name: 'Atlassian Cloud SLA',
    calendars: {},
    availability: {
      zone: 'UTC',
      commitments: [
        { id: 'premium', target: '99.9', period: 'month', metric: requestMetric, scope: { plan: 'premium' } },
        { id: 'enterprise', target: '99.95', period: 'month', metric: requestMetric, scope: { plan: 'enterprise' } },
      ],
    },
    remedies: {
      credits: [
        { id: 'premium-credit', type: 'tiered', commitment: 'premium', fee: { per: 'month' }, tiers: [{ min: '99.9', creditPercent: 0 }, { max: '99.9', creditPercent: 10 }] },
        { id: 'enterprise-credit', type: 'tiered', commitment: 'enterprise', fee: { per: 'month' }, tiers: [{ min: '99.95', creditPercent: 0 }, { min: '99.9', max: '99.95', creditPercent: 10 }, { max: '99.9', creditPercent: 25 }] },
      ],
      total: { capPercent: 100 },
    },
    claims: {
      deadline: { type: 'days-after-period-end', days: 15, zone: 'UTC' },
      evidence: [{ id: 'request-logs', description: 'request logs showing the errors, with dates and times' }],
    },
  });
  // 60 minutes from 2026-09-10T10:00Z, each 1 000 requests of which 51 failed (5.1 % > 5 %).
  const sixtyBad = Array.from({ length: 60 }, (_, i) => ({ at: at('2026-09-10T10:00:00Z') + i * MINUTE, total: 1000, failed: 51 }));

  it('60 Downtime Minutes → 1 − 60/43 200 = 99.86111 %: premium 10 % → 200.00 USD, enterprise 25 % → 500.00 USD', () => {
    const report = atlassian.availability({ period: '2026-09', requests: sixtyBad, feeMinor: 200_000, currency: 'USD' });
    expect(report.commitments.map((c) => [c.id, c.availabilityPercent, c.met, c.metric, c.scope?.plan])).toEqual([
      ['premium', '99.8611', false, 'requests', 'premium'],
      ['enterprise', '99.8611', false, 'requests', 'enterprise'],
    ]);
    expect(report.commitments[0]?.requests).toMatchObject({ metric: 'bad-intervals', total: '60000', failed: '3060' });
    expect(report.commitments[0]?.requests?.intervals).toMatchObject({ total: 43_200, bad: 60, measured: 43_200 });
    expect(report.credits.map((c) => [c.id, c.commitment, c.amountMinor, c.paidMinor])).toEqual([
      ['premium-credit', 'premium', 20_000, 20_000],
      ['enterprise-credit', 'enterprise', 50_000, 50_000],
    ]);
    // 70 000 ≤ 100 % of 200 000.
    expect(report.creditTotal).toMatchObject({ totalMinor: 70_000, capped: false });
    expect(report.credit).toEqual({ commitment: 'premium', percent: 10, amountMinor: 20_000, currency: 'USD', tierIndex: 1 });
  });

  it('the scope picks one plan: only premium is evaluated and credited', () => {
    const report = atlassian.availability({ period: '2026-09', requests: sixtyBad, feeMinor: 200_000, scope: { plan: 'premium' } });
    expect(report.commitments.map((c) => c.id)).toEqual(['premium']);
    expect(report.skipped).toEqual([{ id: 'enterprise', reason: 'scope plan is "enterprise"; the scope asked is plan "premium"' }]);
    expect(report.credits.map((c) => c.id)).toEqual(['premium-credit']);
  });

  it('1 000 requests of which 50 failed is not a Downtime Minute (5 % is not above 5 %); 51 failed is', () => {
    const requests = [
      { at: '2026-09-10T10:00:00Z', total: 1000, failed: 50 },
      { at: '2026-09-10T10:01:00Z', total: 1000, failed: 51 },
    ];
    const report = atlassian.availability({ period: '2026-09', requests, feeMinor: 200_000 });
    expect(report.commitments[0]?.requests?.intervals.bad).toBe(1);
    // 1 − 1/43 200 = 99.99768 %.
    expect(report.commitments[0]?.availabilityPercent).toBe('99.9976');
    expect(report.commitments[0]?.countedDowntimeMs).toBe(MINUTE);
  });

  it('claim for September 2026: 15 days after the end of the month → 2026-10-15 inclusive, with the evidence required', () => {
    const { claim } = atlassian.availability({ period: '2026-09', requests: [], feeMinor: 200_000 });
    expect(claim?.deadline?.lastDay).toBe('2026-10-15');
    expect(formatInstant(claim?.deadline?.endsAt as number)).toBe('2026-10-16T00:00:00.000Z');
    expect(claim?.evidence.map((e) => e.id)).toEqual(['request-logs']);
  });

  it('a request metric fed probes and no request counts is an SlaInputError naming requests', () => {
    const error = expectInputError(() => atlassian.availability({ period: '2026-09', probes: [{ at: '2026-09-10T10:00:00Z', ok: false }], feeMinor: 200_000 }), 'requests');
    expect(error.message).toContain('probes do not feed it');
  });
});

describe('DigitalOcean Droplets: unavailable only for more than 5 minutes, measured over the Droplet\'s lifetime', () => {
  const droplets = defineContract({
    id: 'digitalocean-droplets',
    name: 'DigitalOcean Droplet SLA',
    calendars: {},
    availability: { zone: 'UTC', recordingThreshold: 'PT5M', recordingThresholdStrictness: 'more-than', commitments: [{ id: 'droplet', target: '99.99', period: 'month' }] },
    remedies: { credits: [{ type: 'tiered', fee: { per: 'period' }, tiers: [{ min: '99.99', creditPercent: 0 }, { max: '99.99', creditPercent: 100 }] }] },
    claims: { deadline: { type: 'months-after-period-end', months: 3, zone: 'UTC' } },
  });

  it('an outage of exactly 5 min is not Unavailability → 100 % → no credit', () => {
    const report = droplets.availability({ period: '2026-06', incidents: [outage('2026-06-10T10:00:00Z', 5 * MINUTE)], feeMinor: 2_400 });
    expect(report.commitments[0]?.availabilityPercent).toBe('100.0000');
    expect(report.credit).toMatchObject({ percent: 0, amountMinor: 0 });
  });

  it('6 min, charges 24.00 USD → 1 − 6/43 200 = 99.98611 % → 100 % of the charges: 24.00 USD', () => {
    const report = droplets.availability({ period: '2026-06', incidents: [outage('2026-06-10T10:00:00Z', 6 * MINUTE)], feeMinor: 2_400 });
    expect(report.commitments[0]?.availabilityPercent).toBe('99.9861');
    expect(report.credit).toMatchObject({ percent: 100, amountMinor: 2_400 });
  });

  it('Droplet created 2026-06-16T00:00Z, 6 min down → measured over 21 600 min → 1 − 6/21 600 = 99.97222 %', () => {
    const incidents = [outage('2026-06-20T10:00:00Z', 6 * MINUTE)];
    const report = droplets.availability({ period: '2026-06', lifetime: { from: '2026-06-16T00:00:00Z' }, incidents, feeMinor: 2_400 });
    expect(report.commitments[0]?.baseMs).toBe(21_600 * MINUTE);
    expect(report.commitments[0]?.availabilityPercent).toBe('99.9722');
    expect(formatInstant(report.period.start)).toBe('2026-06-16T00:00:00.000Z');
    expect(report.nominalPeriod?.label).toBe('2026-06');
    // The same through a period definition with its lifetime.
    const same = droplets.availability({ period: { type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } }, incidents, feeMinor: 2_400 });
    expect(same.commitments[0]?.ratio).toEqual(report.commitments[0]?.ratio);
    // Claim: within three months of the end of June → the day after June is July 1; + 3 months = October 1 → last day September 30.
    expect(report.claim?.deadline?.lastDay).toBe('2026-09-30');
  });
});
