/**
 * Schema fragments of the new sections (src/contract/sections): what they
 * accept and refuse (with the JSON path), that their parsed output is the
 * input type of the primitive it feeds (checked by the type checker), and
 * that parsed JSON runs through the primitives unchanged.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { type ClaimDeadlineRule, type EarlierClaim, claimDeadline } from '../../src/claims/index.js';
import {
  type ClaimDeadlineRuleDefinition,
  type CreditRuleDefinition,
  type EarlierClaimDefinition,
  type PeriodDefinitionJson,
  type PeriodRuleDefinition,
  type TerminationRuleDefinition,
  claimsSectionSchema,
  earlierClaimSchema,
  periodDefinitionSchema,
  periodRuleSchema,
  remediesSectionSchema,
  terminationRuleSchema,
  versionsSchema,
} from '../../src/contract/sections/index.js';
import { type PeriodDefinition, type PeriodRule, periodFromDefinition } from '../../src/periods/index.js';
import { type CreditRule, ServiceCredit, type TerminationRule } from '../../src/remedies/index.js';
import { ContractVersions, type VersionDefinition } from '../../src/versions/index.js';

describe('each fragment parses to its primitive\'s input type', () => {
  it('checked by the type checker (a mismatch fails tsc --noEmit)', () => {
    expectTypeOf<CreditRuleDefinition>().toExtend<CreditRule>();
    expectTypeOf<TerminationRuleDefinition>().toExtend<TerminationRule>();
    expectTypeOf<ClaimDeadlineRuleDefinition>().toExtend<ClaimDeadlineRule>();
    expectTypeOf<EarlierClaimDefinition>().toExtend<EarlierClaim>();
    expectTypeOf<PeriodDefinitionJson>().toExtend<PeriodDefinition>();
    expectTypeOf<PeriodRuleDefinition>().toExtend<PeriodRule>();
  });
});

/** Paths of the issues of a failed parse, as `a.b[0].c`. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, ''));
}

describe('remedies section', () => {
  it('Slack as JSON → ServiceCredit: 10 × 1 000.00 × 30 / 44 640 = 6.72 USD', () => {
    const section = remediesSectionSchema.parse(JSON.parse('{"credits":[{"type":"proportional","multiplier":"10","commitment":"uptime"}],"total":{"capPercent":100}}'));
    const credit = new ServiceCredit(section.credits?.[0] as CreditRule, { path: 'remedies.credits[0]' });
    // 10 × 100 000 × 30 / 44 640 = 672.04… → 672
    expect(credit.credit({ feeMinor: 100_000, countedDowntimeMs: 30 * 60_000, period: { start: Date.UTC(2026, 6, 1), end: Date.UTC(2026, 7, 1) } }).amountMinor).toBe(672);
  });

  it('refuses with the JSON path: a proportional credit without multiplier, unknown fields, both per-incident amounts, service days without hourCounting', () => {
    expect(issuePaths(remediesSectionSchema.safeParse({ credits: [{ type: 'proportional' }] }))).toEqual(['credits[0].multiplier']);
    expect(issuePaths(remediesSectionSchema.safeParse({ credits: [{ type: 'proportional', multiplier: 10, colour: 'blue' }] }))).toEqual(['credits[0]']);
    expect(issuePaths(remediesSectionSchema.safeParse({ credits: [{ type: 'per-incident', amountMinor: 1, creditPercent: 5 }] }))).toEqual(['credits[0].amountMinor']);
    expect(issuePaths(remediesSectionSchema.safeParse({ credits: [{ type: 'service-days', daysPerHour: 1 }] }))).toEqual(['credits[0].hourCounting']);
    expect(issuePaths(remediesSectionSchema.safeParse({ credits: [{ type: 'lost-time', ratePerHourMinor: '-3' }] }))).toEqual(['credits[0].ratePerHourMinor']);
    expect(issuePaths(remediesSectionSchema.safeParse({ total: { capMinor: 1.5 } }))).toEqual(['total.capMinor']);
  });

  it('termination rights: misses at most window', () => {
    expect(terminationRuleSchema.safeParse({ type: 'below-in-any-period', percent: '95' }).success).toBe(true);
    expect(issuePaths(terminationRuleSchema.safeParse({ type: 'misses-in-window', misses: 4, window: 3 }))).toEqual(['misses']);
  });
});

describe('claims and periods sections', () => {
  it('AWS deadline as JSON → claimDeadline: incident 2026-06-10 → bound 2026-09-01T00:00Z', () => {
    const section = claimsSectionSchema.parse({ deadline: { type: 'end-of-following-cycle', cycles: 2, zone: 'UTC' }, evidence: [{ id: 'logs', description: 'instance IDs and dates of the incident' }] });
    const deadline = claimDeadline(section.deadline as ClaimDeadlineRule, { incidentAt: '2026-06-10T00:00:00Z' });
    expect(new Date(deadline.endsAt).toISOString()).toBe('2026-09-01T00:00:00.000Z');
    expect(issuePaths(claimsSectionSchema.safeParse({ deadline: { type: 'days-after-period-end', days: 15, zone: 'Mars/Base' } }))).toEqual(['deadline.zone']);
    expect(issuePaths(claimsSectionSchema.safeParse({ deadline: { type: 'days-after-period-end', days: 15, zone: 'UTC', cycle: { type: 'fiscal-year' } } }))).toEqual(['deadline.cycle.startMonth']);
  });

  it('earlier claims: intervals, or an amount with its period', () => {
    expect(earlierClaimSchema.safeParse({ creditedDowntime: [{ start: '2026-06-10T10:00:00Z', end: '2026-06-10T10:30:00Z' }] }).success).toBe(true);
    expect(earlierClaimSchema.safeParse({ amountMinor: 100 }).success).toBe(false);
    expect(issuePaths(earlierClaimSchema.safeParse({ creditedDowntime: [['2026-06-10T10:00', '2026-06-10T10:30:00Z']] }))).toEqual(['creditedDowntime[0][0]']);
  });

  it('DigitalOcean period as JSON → periodFromDefinition: 21 600 min', () => {
    const json = periodDefinitionSchema.parse({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } });
    expect(periodFromDefinition(json).period.durationMs / 60_000).toBe(21_600);
    expect(issuePaths(periodDefinitionSchema.safeParse({ type: 'fiscal-year', fiscalYear: 2027, startMonth: 13, zone: 'UTC' }))).toEqual(['startMonth']);
    expect(issuePaths(periodDefinitionSchema.safeParse({ type: 'rolling', days: 30, end: '2026-04-01' }))).toEqual(['end']);
    expect(periodRuleSchema.safeParse({ type: 'fiscal-quarter', startMonth: 7, labelling: 'start-year' }).success).toBe(true);
  });
});

describe('versions fragment', () => {
  const termsSchema = z.strictObject({ target: z.string(), feeMinor: z.number().int() });
  const schema = versionsSchema(termsSchema);

  it('parsed versions feed ContractVersions; patched terms are checked once merged', () => {
    const parsed = schema.parse([
      { id: 'v1', effectiveFrom: '2026-01-01', terms: { target: '99.9', feeMinor: 100_000 } },
      { id: 'v2', effectiveFrom: '2026-06-15', patch: { target: '99.95' } },
    ]);
    const versions = new ContractVersions(parsed as VersionDefinition<z.infer<typeof termsSchema>>[], { zone: 'UTC', validate: (terms) => termsSchema.parse(terms) });
    expect(versions.at('2026-07-01T00:00:00Z').terms).toEqual({ target: '99.95', feeMinor: 100_000 });
  });

  it('refuses with the path: both terms and patch, a patch first, a bad effectiveFrom, bad terms', () => {
    // both: not exactly one, and a first version with a patch
    expect(issuePaths(schema.safeParse([{ effectiveFrom: '2026-01-01', terms: { target: '1', feeMinor: 1 }, patch: {} }]))).toEqual(['[0].terms', '[0].patch']);
    expect(issuePaths(schema.safeParse([{ effectiveFrom: '2026-01-01', patch: {} }]))).toEqual(['[0].patch']);
    expect(issuePaths(schema.safeParse([{ effectiveFrom: 'June 2026', terms: { target: '1', feeMinor: 1 } }]))).toEqual(['[0].effectiveFrom']);
    expect(issuePaths(schema.safeParse([{ effectiveFrom: '2026-01-01', terms: { target: 99.9, feeMinor: 1 } }]))).toEqual(['[0].terms.target']);
  });
});
