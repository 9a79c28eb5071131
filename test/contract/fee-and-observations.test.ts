/**
 * Issue 14 acceptance, bad definitions: "a proportional credit without a
 * fee" and "a request metric fed probes" fail when the contract is defined,
 * with an SlaDefinitionError naming the JSON path; what is missing only at
 * run time stays an SlaInputError naming the input field.
 */
import { describe, expect, it } from 'vitest';
import { type ContractDefinition, defineContract } from '../../src/index.js';
import { definitionErrorOf, expectInputError } from '../presets/helpers.js';

const MINUTE = 60_000;

/** 99.9 % a month, fed by downtime, with the credits given. */
function withCredits(remedies: unknown, extra: Record<string, unknown> = {}): ContractDefinition {
  return { id: 'fees', name: 'Fees', calendars: {}, availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period: 'month' }] }, remedies, ...extra } as ContractDefinition;
}

const tiers = [{ min: '99.9', creditPercent: 0 }, { max: '99.9', creditPercent: 10 }];

describe('a credit that is a share of the fee states what the fee pays for', () => {
  it('a proportional credit without a fee → remedies.credits[0].fee', () => {
    const error = definitionErrorOf(withCredits({ credits: [{ type: 'proportional', multiplier: '10' }] }));
    expect(error.path).toBe('remedies.credits[0].fee');
    expect(error.message).toContain('"per": "month" | "quarter" | "year" | "period"');
  });

  it('each kind that reads the fee, and a percent cap on any kind, needs it; the others do not', () => {
    const path = (rule: object) => definitionErrorOf(withCredits({ credits: [{ id: 'ok', type: 'lost-time', ratePerHourMinor: '10' }, rule] })).path;
    expect(path({ type: 'tiered', tiers })).toBe('remedies.credits[1].fee');
    expect(path({ type: 'service-days', daysPerHour: 1, hourCounting: 'exact' })).toBe('remedies.credits[1].fee');
    expect(path({ type: 'per-incident', creditPercent: 5 })).toBe('remedies.credits[1].fee');
    expect(path({ type: 'lost-time', ratePerHourMinor: '10', capPercent: 50 })).toBe('remedies.credits[1].fee');
    // A fixed amount per incident and a lost-time credit without a percent cap read no fee.
    expect(defineContract(withCredits({ credits: [{ type: 'per-incident', amountMinor: 100 }, { type: 'lost-time', ratePerHourMinor: '10' }] })).feeUnit).toBeUndefined();
  });

  it('a penalties table without a fee → penalties.fee', () => {
    expect(definitionErrorOf(withCredits(undefined, { penalties: { commitment: 'uptime', tiers } })).path).toBe('penalties.fee');
  });

  it('one fee per evaluation: a second credit stating another unit → remedies.credits[1].fee.per', () => {
    const error = definitionErrorOf(withCredits({ credits: [{ type: 'tiered', tiers, fee: { per: 'month' } }, { type: 'proportional', multiplier: '2', fee: { per: 'quarter' } }] }));
    expect(error.path).toBe('remedies.credits[1].fee.per');
  });

  it('a cap in percent on the total with no fee stated anywhere → remedies.total.fee; the total\'s own fee serves', () => {
    const lostTime = [{ type: 'lost-time', ratePerHourMinor: '10' }];
    expect(definitionErrorOf(withCredits({ credits: lostTime, total: { capPercent: 100 } })).path).toBe('remedies.total.fee');
    expect(defineContract(withCredits({ credits: lostTime, total: { capPercent: 100, fee: { per: 'month' } } })).feeUnit).toBe('month');
  });

  it('a proration on a kind that does not prorate → remedies.credits[0].fee.proration', () => {
    expect(definitionErrorOf(withCredits({ credits: [{ type: 'tiered', tiers, fee: { per: 'month', proration: 'period' } }] })).path).toBe('remedies.credits[0].fee.proration');
  });

  it('an amendment\'s credits are checked alike → versions[0].patch.remedies.credits[0].fee', () => {
    const definition = withCredits({ credits: [{ id: 'table', type: 'tiered', tiers, fee: { per: 'month' } }] }, { versions: [{ effectiveFrom: '2026-08-01', patch: { remedies: { credits: [{ id: 'table', type: 'tiered', tiers }] } } }] });
    expect(definitionErrorOf(definition).path).toBe('versions[0].patch.remedies.credits[0].fee');
  });

  it('an amendment may not change what the fee pays for → versions[0].patch.remedies', () => {
    const definition = withCredits({ credits: [{ id: 'table', type: 'tiered', tiers, fee: { per: 'month' } }] }, { versions: [{ effectiveFrom: '2026-08-01', patch: { remedies: { credits: [{ id: 'table', type: 'tiered', tiers, fee: { per: 'quarter' } }] } } }] });
    expect(definitionErrorOf(definition).path).toBe('versions[0].patch.remedies');
  });

  it('with the fee stated, a missing fee at run time is still an SlaInputError naming feeMinor', () => {
    const contract = defineContract(withCredits({ credits: [{ type: 'proportional', multiplier: '10', fee: { per: 'month' } }] }));
    expectInputError(() => contract.availability({ period: '2026-07', incidents: [{ start: Date.UTC(2026, 6, 7, 10), end: Date.UTC(2026, 6, 7, 10) + 30 * MINUTE }] }), 'feeMinor');
  });
});

describe('a commitment states the observations that feed it', () => {
  /** Uptime by downtime and Premium by request counts, with `observations` on the request commitment. */
  const mixed = (observations: unknown): ContractDefinition =>
    ({
      id: 'mixed',
      name: 'Mixed',
      calendars: {},
      availability: {
        zone: 'UTC',
        probes: { interval: 'PT1M' },
        commitments: [
          { id: 'uptime', target: '99.9', period: 'month' },
          { id: 'premium', target: '99.9', period: 'month', metric: { type: 'requests', interval: 'PT1M', errorRateThreshold: '5' }, observations },
        ],
      },
    }) as ContractDefinition;

  it('a request metric fed probes → availability.commitments[1].observations[1]', () => {
    const error = definitionErrorOf(mixed(['requests', 'probes']));
    expect(error.path).toBe('availability.commitments[1].observations[1]');
    expect(error.message).toContain('the "requests" metric is not fed probes: it reads incidents and requests');
  });

  it('a downtime metric fed request counts, a series fed probes → their observations[i]', () => {
    const one = (commitment: object) => ({ id: 'one', name: 'One', calendars: {}, availability: { zone: 'UTC', commitments: [commitment] } }) as ContractDefinition;
    expect(definitionErrorOf(one({ id: 'uptime', target: '99.9', period: 'month', observations: ['incidents', 'requests'] })).path).toBe('availability.commitments[0].observations[1]');
    expect(definitionErrorOf(one({ id: 'p95', period: 'month', metric: { type: 'series', series: 'latency', statistic: 'mean', bound: 200 }, observations: ['probes'] })).path).toBe('availability.commitments[0].observations[0]');
  });

  it('a commitment reads only the observations it lists: probes given to a downtime commitment fed incidents only do not count', () => {
    const definition = { id: 'listed', name: 'Listed', calendars: {}, availability: { zone: 'UTC', probes: { interval: 'PT1M' }, commitments: [{ id: 'uptime', target: '99.9', period: 'month', observations: ['incidents'] }] } } as ContractDefinition;
    const june = Date.UTC(2026, 5, 1);
    // Probes down for 60 min from June 1 00:00 (61 probes a minute apart, the first 60 down), then up; one 30 min incident.
    const probes = Array.from({ length: 61 }, (_, i) => ({ at: june + i * MINUTE, ok: i >= 60 }));
    const incidents = [{ start: Date.UTC(2026, 5, 10, 10), end: Date.UTC(2026, 5, 10, 10, 30) }];
    const report = defineContract(definition).availability({ period: '2026-06', incidents, probes });
    // Only the incident counts: 30 min of June's 43 200 → 1 − 30/43 200.
    expect(report.commitments[0]?.countedDowntimeMs).toBe(30 * MINUTE);
  });

  it('what is missing at run time stays an SlaInputError: the request commitment without request counts names requests', () => {
    const contract = defineContract(mixed(['requests']));
    expectInputError(() => contract.availability({ period: '2026-06', probes: [{ at: Date.UTC(2026, 5, 1), ok: true }] }), 'requests');
  });
});
