/**
 * Claim deadlines of public SLAs (AWS EC2, Microsoft Online Services,
 * Atlassian Cloud, DigitalOcean), counted in the rule's zone; and the
 * property that a later incident never gets an earlier deadline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInputError } from '../presets/helpers.js';
import { AvailabilityPeriod } from '../../src/index.js';
import { type ClaimDeadlineRule, claimDeadline, claimInTime } from '../../src/claims/index.js';
import type { PeriodRule } from '../../src/periods/index.js';

const iso = (ms: number) => new Date(ms).toISOString();
const awsSource = { document: 'https://aws.amazon.com/compute/sla/', section: 'Credit Request and Payment Procedures', quote: 'by the end of the second billing cycle after which the incident occurred' };

describe('claim deadlines of public SLAs', () => {
  it('AWS EC2: incident 2026-06-10 → end of the second billing cycle after it: August 2026, exclusive bound 2026-09-01T00:00Z', () => {
    // June is the incident's cycle; July is the 1st after, August the 2nd; August ends at 2026-09-01T00:00Z.
    const deadline = claimDeadline({ type: 'end-of-following-cycle', cycles: 2, zone: 'UTC', source: awsSource }, { incidentAt: '2026-06-10T00:00:00Z' });
    expect(deadline).toMatchObject({ type: 'end-of-following-cycle', lastDay: '2026-08-31', zone: 'UTC', source: awsSource });
    expect(iso(deadline.endsAt)).toBe('2026-09-01T00:00:00.000Z');
    expect(deadline.reference.label).toBe('2026-06');
    expect(deadline.rule).toBe("claim by the end of the 2nd month after 2026-06 (the incident's, 2026-06-10T00:00:00.000Z): 2026-08: last day 2026-08-31 (UTC), in time before 2026-09-01T00:00:00.000Z");
    expect(claimInTime(deadline, '2026-08-31T23:59:59.999Z')).toBe(true);
    expect(claimInTime(deadline, '2026-09-01T00:00:00Z')).toBe(false);
  });

  it('Microsoft: by the end of the calendar month after the month of the incident: 2026-04-20 → end of May 2026', () => {
    const deadline = claimDeadline({ type: 'end-of-following-cycle', cycles: 1, zone: 'UTC' }, { incidentAt: '2026-04-20T09:00:00Z' });
    expect([deadline.lastDay, iso(deadline.endsAt)]).toEqual(['2026-05-31', '2026-06-01T00:00:00.000Z']);
    // The same in Paris: local midnight of June 1 is 2026-05-31T22:00Z (CEST, +2).
    expect(iso(claimDeadline({ type: 'end-of-following-cycle', cycles: 1, zone: 'Europe/Paris' }, { incidentAt: '2026-04-20T09:00:00Z' }).endsAt)).toBe('2026-05-31T22:00:00.000Z');
  });

  it('Atlassian: within 15 days after the end of the calendar month: September 2026 → 2026-10-15 inclusive', () => {
    // Sept 30 + 15 days = Oct 15; bound: Oct 16 00:00 local.
    const rule: ClaimDeadlineRule = { type: 'days-after-period-end', days: 15, zone: 'UTC' };
    const byPeriod = claimDeadline(rule, { period: AvailabilityPeriod.month(2026, 9, 'UTC') });
    expect([byPeriod.lastDay, iso(byPeriod.endsAt)]).toEqual(['2026-10-15', '2026-10-16T00:00:00.000Z']);
    expect(byPeriod.rule).toBe("claim by the 15 calendar day(s) after 2026-09's last day 2026-09-30: last day 2026-10-15 (UTC), in time before 2026-10-16T00:00:00.000Z");
    // With only the incident, its calendar month is the period.
    expect(claimDeadline(rule, { incidentAt: '2026-09-12T08:00:00Z' }).lastDay).toBe('2026-10-15');
    // In Sydney (AEDT, +11 from 2026-10-04): October 16 00:00 local = 2026-10-15T13:00Z.
    expect(iso(claimDeadline({ ...rule, zone: 'Australia/Sydney' }, { period: AvailabilityPeriod.month(2026, 9, 'Australia/Sydney') }).endsAt)).toBe('2026-10-15T13:00:00.000Z');
  });

  it('DigitalOcean: within three months of the end of the billing cycle: June 2026 → 2026-09-30 inclusive', () => {
    // June ends on July 1; three months later is October 1, the first day too late.
    const deadline = claimDeadline({ type: 'months-after-period-end', months: 3, zone: 'UTC' }, { period: AvailabilityPeriod.month(2026, 6, 'UTC') });
    expect([deadline.lastDay, iso(deadline.endsAt)]).toEqual(['2026-09-30', '2026-10-01T00:00:00.000Z']);
  });

  it('months after the end, on a shorter month: a period whose last day is 2026-01-30 ends on Jan 31; one month later is Feb 28 (clamped), so the last day is Feb 27', () => {
    const deadline = claimDeadline({ type: 'months-after-period-end', months: 1, zone: 'UTC' }, { period: { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 31) } });
    expect(deadline.lastDay).toBe('2026-02-27');
    // January as a whole ends on Feb 1 → March 1 → last day Feb 28.
    expect(claimDeadline({ type: 'months-after-period-end', months: 1, zone: 'UTC' }, { period: AvailabilityPeriod.month(2026, 1, 'UTC') }).lastDay).toBe('2026-02-28');
  });

  it('a quarterly billing cycle: incident 2026-08-15 (Q3) → end of the next quarter, 2026-12-31; 0 cycles → end of Q3', () => {
    const quarterly = { type: 'quarter' } as const;
    expect(claimDeadline({ type: 'end-of-following-cycle', cycles: 1, zone: 'UTC', cycle: quarterly }, { incidentAt: '2026-08-15T00:00:00Z' }).lastDay).toBe('2026-12-31');
    expect(claimDeadline({ type: 'end-of-following-cycle', cycles: 0, zone: 'UTC', cycle: quarterly }, { incidentAt: '2026-08-15T00:00:00Z' }).lastDay).toBe('2026-09-30');
  });

  it('without an incident, end-of-following-cycle counts from the cycle holding the period\'s last instant', () => {
    expect(claimDeadline({ type: 'end-of-following-cycle', cycles: 1, zone: 'UTC' }, { period: AvailabilityPeriod.month(2026, 6, 'UTC') }).lastDay).toBe('2026-07-31');
  });

  it('bad rules and events name the field', () => {
    const at = { path: 'claims.deadline' };
    expectInputError(() => claimDeadline({ type: 'days-after-period-end', days: 15, zone: 'UTC' }, {}), 'event');
    expectInputError(() => claimDeadline({ type: 'days-after-period-end', days: -1, zone: 'UTC' }, { incidentAt: 0 }, at), 'claims.deadline.days');
    expectInputError(() => claimDeadline({ type: 'months-after-period-end', months: 1.5, zone: 'UTC' }, { incidentAt: 0 }, at), 'claims.deadline.months');
    expectInputError(() => claimDeadline({ type: 'days-after-period-end', days: 15, zone: 'Mars/Base' }, { incidentAt: 0 }, at), 'claims.deadline.zone');
    expectInputError(() => claimDeadline({ type: 'within-a-month', zone: 'UTC' } as unknown as ClaimDeadlineRule, { incidentAt: 0 }, at), 'claims.deadline.type');
    expectInputError(() => claimDeadline({ type: 'days-after-period-end', days: 1, zone: 'UTC', cycle: { type: 'week' } as unknown as PeriodRule }, { incidentAt: 0 }, at), 'claims.deadline.cycle.type');
    expectInputError(() => claimDeadline({ type: 'days-after-period-end', days: 1, zone: 'UTC' }, { incidentAt: '2026-06-10' }), 'event.incidentAt');
  });
});

describe('claim deadline properties (1000 runs each)', () => {
  const zoneArb = fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', 'Pacific/Chatham', 'Australia/Sydney');
  const cycleArb: fc.Arbitrary<PeriodRule> = fc.oneof(
    fc.constantFrom({ type: 'month' as const }, { type: 'quarter' as const }),
    fc.integer({ min: 1, max: 12 }).map((startMonth) => ({ type: 'fiscal-quarter' as const, startMonth })),
  );
  const ruleArb: fc.Arbitrary<ClaimDeadlineRule> = fc.tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 60 }).map((days) => ({ type: 'days-after-period-end' as const, days })),
      fc.integer({ min: 0, max: 6 }).map((cycles) => ({ type: 'end-of-following-cycle' as const, cycles })),
      fc.integer({ min: 0, max: 12 }).map((months) => ({ type: 'months-after-period-end' as const, months })),
    ),
    zoneArb,
    cycleArb,
  ).map(([kind, zone, cycle]) => ({ ...kind, zone, cycle }));
  const instantArb = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2050, 0, 1) });

  it('issue 14: claim deadlines are monotone in the incident instant, and always after it', () => {
    fc.assert(
      fc.property(ruleArb, instantArb, instantArb, (rule, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const first = claimDeadline(rule, { incidentAt: early });
        const second = claimDeadline(rule, { incidentAt: late });
        expect(first.endsAt).toBeLessThanOrEqual(second.endsAt);
        expect(first.lastDay <= second.lastDay).toBe(true);
        expect(first.endsAt).toBeGreaterThan(early);
      }),
      { numRuns: 1000 },
    );
  });
});
