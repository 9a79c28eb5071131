import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Contract, type ContractAvailabilityReport, defineContract, formatLocal } from '../../src/index.js';

/**
 * The six public SLAs of examples/contracts/: each JSON definition is
 * accepted by defineContract, and each worked example holds. Expected values
 * are hand-computed (arithmetic in the comments), never read from the code.
 */

const IDS = ['aws-ec2-region-2022', 'microsoft-online-services', 'slack-2024', 'atlassian-cloud', 'digitalocean-droplets', 'msp-p1-p4'] as const;

function json(id: (typeof IDS)[number]): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../examples/contracts/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

function load(id: (typeof IDS)[number]): Contract {
  return defineContract(json(id));
}

describe('examples/contracts: every public SLA is a valid definition', () => {
  for (const id of IDS) {
    it(`${id} is accepted by defineContract, under its own id`, () => {
      expect(load(id).id).toBe(id);
    });
  }
});

/** The exact ratio equals `a / b` (cross-multiplied in big integers: no float). */
function expectRatio(ratio: { readonly numerator: string; readonly denominator: string }, a: number, b: number): void {
  expect(BigInt(ratio.numerator) * BigInt(b)).toBe(BigInt(a) * BigInt(ratio.denominator));
}

/** A claim deadline's last day (inclusive) and exclusive bound. */
function expectDeadline(deadline: { readonly lastDay: string; readonly endsAt: number } | null | undefined, lastDay: string, endsAt: string): void {
  expect(deadline?.lastDay).toBe(lastDay);
  expect(deadline?.endsAt).toBe(Date.parse(endsAt));
}

/** The only (or the named) commitment of a report. */
function commitment(report: ContractAvailabilityReport, id?: string): ContractAvailabilityReport['commitments'][number] {
  const found = id === undefined ? report.commitments[0] : report.commitments.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no commitment ${id ?? '[0]'} in the report`);
  return found;
}

/** A definition with its first commitment changed (the other reading of an ambiguity). */
function withFirstCommitment(id: (typeof IDS)[number], change: Record<string, unknown>): Contract {
  const definition = json(id) as { availability: { commitments: Record<string, unknown>[] } };
  const [first, ...rest] = definition.availability.commitments;
  return defineContract({ ...definition, availability: { ...definition.availability, commitments: [{ ...first, ...change }, ...rest] } });
}

describe('aws-ec2-region-2022: 99.99 % per region and month, Unavailable minutes "touched"', () => {
  const aws = load('aws-ec2-region-2022');
  // June 2026: 30 days = 43 200 minutes; charges 1 000.00 USD = 100 000 cents.
  const june = (end: string, start = '2026-06-10T10:00:00Z', contract = aws) => contract.availability({ period: '2026-06', incidents: [{ start, end }], feeMinor: 100_000, currency: 'USD' });

  it('10 minutes down: 1 − 10/43 200 = 99.97685 % → 10 % → 100.00 USD', () => {
    const report = june('2026-06-10T10:10:00Z');
    expectRatio(commitment(report).ratio, 43_190, 43_200);
    expect(commitment(report).met).toBe(false);
    expect(report.credits[0]?.amountMinor).toBe(10_000);
    expect(report.credit?.amountMinor).toBe(10_000);
  });

  it('exactly 432 minutes is 99.0 %, in the 10 % row; 432 min + 1 ms touches 433 minutes → 30 %', () => {
    // 10:00 → 17:12 = 432 min: 1 − 432/43 200 = 42 768/43 200 = 0.99.
    const exact = june('2026-06-10T17:12:00Z');
    expectRatio(commitment(exact).ratio, 42_768, 43_200);
    expect(exact.credits[0]?.amountMinor).toBe(10_000);
    // + 1 ms reaches into the minute 17:12: 433 minutes, 1 − 433/43 200 = 98.99768… % → 30 % of 100 000 = 30 000.
    const over = june('2026-06-10T17:12:00.001Z');
    expectRatio(commitment(over).ratio, 42_767, 43_200);
    expect(over.credits[0]?.amountMinor).toBe(30_000);
  });

  it('10:00:30–10:04:30 (4 min) touches 5 clock minutes: 1 − 5/43 200 → 10 %; the "whole" reading counts 3, met', () => {
    const touched = june('2026-06-10T10:04:30Z', '2026-06-10T10:00:30Z');
    expectRatio(commitment(touched).ratio, 43_195, 43_200);
    expect(touched.credits[0]?.amountMinor).toBe(10_000);
    // whole: only 10:01, 10:02, 10:03 are Unavailable from start to end.
    const whole = withFirstCommitment('aws-ec2-region-2022', { granularity: { interval: 'PT1M', rule: 'whole' } });
    const wholeReport = june('2026-06-10T10:04:30Z', '2026-06-10T10:00:30Z', whole);
    expectRatio(commitment(wholeReport).ratio, 43_197, 43_200);
    // 1 − 3/43 200 = 99.99305… % ≥ 99.99 %: met, no credit.
    expect(commitment(wholeReport).met).toBe(true);
    expect(wholeReport.credits[0]?.amountMinor).toBe(0);
  });

  it('an excluded cause stays in the month as up time: 100 %, no credit', () => {
    const report = aws.availability({ period: '2026-06', incidents: [{ start: '2026-06-10T10:00:00Z', end: '2026-06-10T12:00:00Z', cause: 'force-majeure' }], feeMinor: 100_000 });
    expectRatio(commitment(report).ratio, 43_200, 43_200);
    expect(report.credits[0]?.amountMinor).toBe(0);
  });

  it('claim by the end of the second billing cycle after the incident: 2026-06-10 → 2026-08-31, before 2026-09-01T00:00Z', () => {
    expectDeadline(aws.claimDeadline({ incidentAt: '2026-06-10T10:00:00Z' }), '2026-08-31', '2026-09-01T00:00:00Z');
  });
});

describe('microsoft-online-services: uptime in user-minutes, 99.9 % a month', () => {
  const microsoft = load('microsoft-online-services');
  // April 2026: 43 200 minutes; 1 000 licensed users; fee 1 250.00 EUR = 125 000 cents.
  const april = (incidents: { start: string; end: string; affected?: number }[]) => microsoft.availability({ period: '2026-04', incidents, population: 1000, feeMinor: 125_000, currency: 'EUR' });

  it('60 minutes, all users: 1 − 60/43 200 = 99.86111 % → 25 % → 312.50 EUR', () => {
    const report = april([{ start: '2026-04-14T08:00:00Z', end: '2026-04-14T09:00:00Z' }]);
    expectRatio(commitment(report).ratio, 43_140, 43_200);
    expect(report.credits[0]?.amountMinor).toBe(31_250);
  });

  it('100 of 1 000 users for 600 minutes: 60 000 / 43 200 000 user-minutes → 99.86111 % → 25 % (not 98.61 % → 50 %)', () => {
    const report = april([{ start: '2026-04-14T08:00:00Z', end: '2026-04-14T18:00:00Z', affected: 100 }]);
    // 1 − 100 × 600 / (1 000 × 43 200) = 43 140 000 / 43 200 000.
    expectRatio(commitment(report).ratio, 43_140_000, 43_200_000);
    expect(report.credits[0]?.amountMinor).toBe(31_250);
  });

  it('claim by the end of the month after the incident: 2026-04-20 → 2026-05-31', () => {
    expectDeadline(microsoft.claimDeadline({ incidentAt: '2026-04-20T12:00:00Z' }), '2026-05-31', '2026-06-01T00:00:00Z');
  });
});

describe('slack-2024: 99.99 % a quarter, 48-hour notice, 10 hours of maintenance a year', () => {
  const slack = load('slack-2024');
  // Q3 2026: 31 + 31 + 30 = 92 days = 132 480 minutes; the fee is stated per month: 1 000.00 USD = 100 000 cents.
  const outage = { start: '2026-07-07T10:00:00Z', end: '2026-07-07T10:30:00Z' };
  const window = { start: '2026-08-12T02:00:00Z', end: '2026-08-12T04:00:00Z' };
  const quarter = (announcedAt: string) => slack.availability({ period: '2026-Q3', incidents: [outage, window], maintenance: [{ ...window, announcedAt }], feeMinor: 100_000 });

  it('30 min outage + 2 h maintenance announced 72 h ahead: 1 − 30/132 480 = 99.97735 % → missed', () => {
    const report = quarter('2026-08-09T02:00:00Z');
    expectRatio(commitment(report).ratio, 132_450, 132_480);
    expect(commitment(report).met).toBe(false);
  });

  it('the same maintenance announced 24 h ahead: 150 minutes count, 1 − 150/132 480 = 99.88677 %', () => {
    expectRatio(commitment(quarter('2026-08-11T02:00:00Z')).ratio, 132_330, 132_480);
  });

  it('announced exactly 48 h ahead is excused; 48 h − 1 ms is not', () => {
    expectRatio(commitment(quarter('2026-08-10T02:00:00Z')).ratio, 132_450, 132_480);
    expectRatio(commitment(quarter('2026-08-10T02:00:00.001Z')).ratio, 132_330, 132_480);
  });

  it('11 h down inside announced maintenance, none earlier in 2026: 10 h excused, 1 h counts', () => {
    const long = { start: '2026-08-01T00:00:00Z', end: '2026-08-01T11:00:00Z' };
    const report = slack.availability({ period: '2026-Q3', incidents: [long], maintenance: [{ ...long, announcedAt: '2026-07-29T00:00:00Z' }], feeMinor: 100_000 });
    // 1 − 60/132 480 = 132 420/132 480.
    expectRatio(commitment(report).ratio, 132_420, 132_480);
  });

  it('credit: 10 × 1 000.00 USD × 30 / 44 640 min (July) = 672.04 cents → 6.72 USD, on July or on the quarter', () => {
    const july = slack.availability({ period: { type: 'between', from: '2026-07-01T00:00:00Z', to: '2026-08-01T00:00:00Z' }, incidents: [outage], feeMinor: 100_000 });
    expect(july.credits[0]?.amountMinor).toBe(672);
    // Default proration "fee-unit": the quarter's 30 min fall in July, priced at July's fee per minute:
    // 10 × 100 000 × 30 / 44 640 = 672.04… → 672, the same as evaluating July alone.
    const q3 = quarter('2026-08-09T02:00:00Z');
    expect(q3.credits[0]?.amountMinor).toBe(672);
    // The quarter's fee is the fees of its 3 months: 3 × 100 000 = 300 000.
    expect(q3.credits[0]?.periodFee).toBe('300000');
  });

  it('credit-period ambiguity, proration "period": 10 × (3 × 1 000.00) × 30 / 132 480 min = 679.34… → 6.79 USD', () => {
    const definition = json('slack-2024') as { remedies: { credits: { fee: object }[] } };
    const credit = definition.remedies.credits[0] as { fee: object };
    credit.fee = { per: 'month', proration: 'period' };
    const spread = defineContract(definition).availability({ period: '2026-Q3', incidents: [outage], feeMinor: 100_000 });
    expect(spread.credits[0]?.amountMinor).toBe(679);
  });
});

describe('atlassian-cloud: Downtime Minutes from request error rates, one commitment per plan', () => {
  const atlassian = load('atlassian-cloud');
  const minute = 60_000;
  const start = Date.UTC(2026, 8, 10, 10);

  it('60 Downtime Minutes in September 2026 (Premium): 1 − 60/43 200 = 99.86111 % → 10 % → 200.00 USD', () => {
    // 120 of 1 000 requests failed (12 % > 5 %) in each of 60 minutes; every other minute has no request and is not down.
    const requests = Array.from({ length: 60 }, (_, i) => ({ at: start + i * minute, total: 1000, failed: 120 }));
    const report = atlassian.availability({ period: '2026-09', requests, scope: { plan: 'premium' }, feeMinor: 200_000, currency: 'USD' });
    expectRatio(commitment(report, 'premium').ratio, 43_140, 43_200);
    expect(report.credits.map((credit) => [credit.id, credit.amountMinor])).toEqual([['premium-credit', 20_000]]);
    expect(report.skipped.map((skipped) => skipped.id)).toEqual(['enterprise']);
  });

  it('an error rate of exactly 5 % is not a Downtime Minute ("greater than 5%"); 51 of 1 000 is', () => {
    const one = (failed: number) => commitment(atlassian.availability({ period: '2026-09', requests: [{ at: start, total: 1000, failed }], scope: { plan: 'premium' } }));
    expectRatio(one(50).ratio, 43_200, 43_200);
    expectRatio(one(51).ratio, 43_199, 43_200);
  });

  it('claim within 15 days after the end of the calendar month: September 2026 → 2026-10-15 inclusive', () => {
    const report = atlassian.availability({ period: '2026-09', requests: [], scope: { plan: 'premium' } });
    expectDeadline(report.claim?.deadline, '2026-10-15', '2026-10-16T00:00:00Z');
  });
});

describe('digitalocean-droplets: Unavailability is more than 5 minutes, measured over the lifetime', () => {
  const droplets = load('digitalocean-droplets');
  // June 2026: 43 200 minutes; the Droplet's charges 24.00 USD = 2 400 cents.
  const june = (end: string, contract = droplets) => contract.availability({ period: '2026-06', incidents: [{ start: '2026-06-10T10:02:00Z', end }], feeMinor: 2400 });

  it('an outage of exactly 5 minutes is not Unavailability: 100 %, no credit', () => {
    const report = june('2026-06-10T10:07:00Z');
    expectRatio(commitment(report).ratio, 43_200, 43_200);
    expect(report.credits[0]?.amountMinor).toBe(0);
  });

  it('6 minutes: 1 − 6/43 200 = 99.98611 % → 100 % of the charges = 24.00 USD, under the June 2025 version', () => {
    const report = june('2026-06-10T10:08:00Z');
    expectRatio(commitment(report).ratio, 43_194, 43_200);
    expect(report.credits[0]?.amountMinor).toBe(2400);
    expect(report.version?.id).toBe('2025-06-03');
  });

  it('the rounding reading: 10:02–10:08 touches two 5-minute intervals, 10 minutes count', () => {
    const rounded = withFirstCommitment('digitalocean-droplets', { granularity: { interval: 'PT5M', rule: 'touched' } });
    expectRatio(commitment(june('2026-06-10T10:08:00Z', rounded)).ratio, 43_190, 43_200);
  });

  it('a Droplet created 2026-06-16T00:00Z is measured over 21 600 minutes: 1 − 6/21 600 = 99.97222 %', () => {
    const report = droplets.availability({
      period: { type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } },
      incidents: [{ start: '2026-06-20T10:02:00Z', end: '2026-06-20T10:08:00Z' }],
      feeMinor: 1200,
    });
    expectRatio(commitment(report).ratio, 21_594, 21_600);
  });

  it('before June 3, 2025 the credit is the lost time at the hourly rate: 10 h in May 2025 → 3.571 × 10 = 35.71 → 36 cents', () => {
    const report = droplets.availability({ period: '2025-05', incidents: [{ start: '2025-05-10T00:00:00Z', end: '2025-05-10T10:00:00Z' }], feeMinor: 2400 });
    expect(report.credits.map((credit) => [credit.kind, credit.amountMinor])).toEqual([['lost-time', 36]]);
    expect(report.version?.id).toBe('initial');
  });

  it('claim within three months of the end of the billing cycle: June 2026 → 2026-09-30', () => {
    expectDeadline(june('2026-06-10T10:08:00Z').claim?.deadline, '2026-09-30', '2026-10-01T00:00:00Z');
  });
});

describe('msp-p1-p4: business hours Mon–Fri 09:00–17:30 New York, US federal holidays', () => {
  const msp = load('msp-p1-p4');
  const ny = (t: number) => formatLocal(t, 'America/New_York');

  it('P3 response, 4 business hours across the observed Independence Day', () => {
    // Thu 07-02 16:00–17:30 = 1.5 h; Fri 07-03 observed holiday (07-04 is a Saturday); Mon 09:00 + 2.5 h = 11:30 EDT.
    expect(ny(msp.due('p3', '2026-07-02T16:00:00-04:00').dueAt)).toBe('2026-07-06T11:30:00.000-04:00');
  });

  it('P1 response and resolution run 24/7: opened Sat 03:00 → 04:00 and 07:00; resolved 06:30 is met', () => {
    // 03:00 + 1 h = 04:00; 03:00 + 4 h = 07:00 EDT; agent reply 03:40 < 04:00; resolved 06:30 < 07:00.
    expect(ny(msp.due('p1', '2026-07-04T03:00:00-04:00').dueAt)).toBe('2026-07-04T04:00:00.000-04:00');
    const ticket = {
      id: 'T-1',
      priority: 'p1',
      events: [
        { type: 'open', at: '2026-07-04T03:00:00-04:00' },
        { type: 'message', at: '2026-07-04T03:40:00-04:00', author: 'agent' },
        { type: 'status', at: '2026-07-04T06:30:00-04:00', status: 'resolved' },
      ],
    } as const;
    const status = msp.ticket(ticket, '2026-07-05T00:00:00Z');
    expect(ny(status.dueAt)).toBe('2026-07-04T04:00:00.000-04:00');
    expect(status.met).toBe(true);
    const resolution = status.metrics?.resolution?.current;
    expect(ny(resolution?.dueAt as number)).toBe('2026-07-04T07:00:00.000-04:00');
    expect(ny(resolution?.respondedAt as number)).toBe('2026-07-04T06:30:00.000-04:00');
    expect(resolution?.elapsedMs).toBe(3.5 * 3_600_000);
    expect(resolution?.met).toBe(true);
  });

  it('the resolution targets are a metric, not pseudo priorities', () => {
    expect(msp.priorities).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(msp.metricPriorities).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(msp.metricClock().policy.metrics).toEqual(['firstResponse', 'resolution']);
  });

  it('P2 response on the day after Thanksgiving, not a federal holiday: 10:00 + 2 h = 12:00 EST', () => {
    expect(ny(msp.due('p2', '2026-11-27T10:00:00-05:00').dueAt)).toBe('2026-11-27T12:00:00.000-05:00');
  });

  it('P3 resolution, 2 business days read as 17 business hours', () => {
    // Thu 07-02 16:00–17:30 = 1.5 h; Fri closed; Mon 07-06 8.5 h (total 10); Tue 07-07 09:00 + 7 h = 16:00 EDT.
    const status = msp.ticketMetrics({ id: 'T-3', priority: 'p3', openedAt: '2026-07-02T16:00:00-04:00' }, '2026-07-02T17:00:00-04:00');
    expect(ny(status.metrics.resolution?.current?.dueAt as number)).toBe('2026-07-07T16:00:00.000-04:00');
  });

  it('P4 resolution, 5 business days read as 42.5 business hours', () => {
    // Mon 2026-06-08 10:00–17:30 = 7.5 h; Tue–Thu 3 × 8.5 = 25.5 h (33 h); Fri 06-12 8.5 h (41.5 h);
    // Mon 06-15 09:00 + 1 h = 10:00 EDT (42.5 h).
    const status = msp.ticketMetrics({ id: 'T-4', priority: 'p4', openedAt: '2026-06-08T10:00:00-04:00' }, '2026-06-08T11:00:00-04:00');
    expect(Object.keys(status.metrics)).toEqual(['firstResponse', 'resolution']);
    expect(ny(status.metrics.resolution?.current?.dueAt as number)).toBe('2026-06-15T10:00:00.000-04:00');
  });

  it('P4 response by the end of the next business day (a rule target): opened Mon 2026-06-08 10:00 → due Tue 2026-06-09 17:30 EDT', () => {
    // The business day after Mon 06-08 is Tue 06-09; its last close is 17:30 EDT. Business time: 7.5 h Mon + 8.5 h Tue = 16 h.
    const answer = msp.due('p4', '2026-06-08T10:00:00-04:00');
    expect(ny(answer.dueAt)).toBe('2026-06-09T17:30:00.000-04:00');
    expect(answer.targetMs).toBe(16 * 3_600_000);
    expect(answer.rule).toBe('end of the next business day');
    const late = msp.ticket({ id: 'P4-1', priority: 'p4', openedAt: '2026-06-08T10:00:00-04:00', respondedAt: '2026-06-09T17:31:00-04:00' }, '2026-06-10T00:00:00Z');
    expect(late.met).toBe(false);
    expect(late.targetRule).toBe('end of the next business day: Tue 2026-06-09 17:30 America/New_York');
    // Opened Thu 07-02 16:00: Fri 07-03 is the observed Independence Day → Mon 07-06 17:30.
    expect(ny(msp.due('p4', '2026-07-02T16:00:00-04:00').dueAt)).toBe('2026-07-06T17:30:00.000-04:00');
  });

  it('P2 resolution the same business day (a rule target): opened Fri 2026-11-27 10:00 EST → response 12:00, resolution 17:30 the same day', () => {
    // Response: 10:00 + 2 business hours = 12:00. Resolution: the end of the business day of opening, 17:30.
    const status = msp.ticketMetrics({ id: 'P2-1', priority: 'p2', openedAt: '2026-11-27T10:00:00-05:00' }, '2026-11-27T10:00:00-05:00');
    expect(ny(status.metrics.firstResponse?.current?.dueAt as number)).toBe('2026-11-27T12:00:00.000-05:00');
    expect(ny(status.metrics.resolution?.current?.dueAt as number)).toBe('2026-11-27T17:30:00.000-05:00');
  });

  it('P2 resolution opened outside hours: the end of the next business day (Fri 18:00 and Sat 12:00 → Mon 17:30; Mon 08:00 → Mon 17:30)', () => {
    // After Friday's 17:30 close, on Saturday, or before Monday's 09:00 opening, the next business day that
    // counts is Mon 11-30: its close is 17:30 EST.
    for (const openedAt of ['2026-11-27T18:00:00-05:00', '2026-11-28T12:00:00-05:00', '2026-11-30T08:00:00-05:00']) {
      const status = msp.ticketMetrics({ id: 'P2-2', priority: 'p2', openedAt }, openedAt);
      expect(ny(status.metrics.resolution?.current?.dueAt as number), openedAt).toBe('2026-11-30T17:30:00.000-05:00');
    }
  });
});
