/**
 * JSON forms of the measurement steps (issue 14): each schema accepts the
 * clauses of the public SLAs it serves and rejects bad definitions with the
 * path of the offending field; a parsed value is a valid options object of
 * the matching library function.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  granularitySchema,
  maintenanceBudgetSchema,
  recordingThresholdStrictnessSchema,
  requestMetricSchema,
  seriesMetricSchema,
  weightingSchema,
} from '../../../src/contract/sections/measurement.js';
import { durationValueSchema, sourceValueSchema } from '../../../src/contract/sections/value-schemas.js';
import { AvailabilityPeriod, applyGranularity, computeAvailability, measuredDowntime, requestAvailability, seriesMetric } from '../../../src/index.js';

/** The first issue's path (`a.b[0]` form) and message. */
function firstIssue(schema: z.ZodType, input: unknown): { path: string; message: string } {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  const issue = result.error.issues[0];
  return { path: (issue?.path ?? []).map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('.'), message: issue?.message ?? '' };
}

const source = { document: 'https://example.com/sla', section: 'Definitions', quote: 'more than five minutes' };

describe('accepted: the clauses of the public SLAs', () => {
  it('a minute is unavailable if any part of it is: { interval: "PT1M", rule: "touched" }', () => {
    const parsed = granularitySchema.parse({ interval: 'PT1M', rule: 'touched', source });
    // Handed over as is: a 4-minute outage 10:00:30–10:04:30 touches 5 minutes of June 2026.
    const result = computeAvailability({ period: AvailabilityPeriod.month(2026, 6, 'UTC'), incidents: [{ start: '2026-06-10T10:00:30Z', end: '2026-06-10T10:04:30Z' }] });
    expect(applyGranularity(measuredDowntime(result), parsed).badIntervals).toBe(5);
  });

  it('unavailability means more than 5 minutes: "more-than"', () => {
    expect(recordingThresholdStrictnessSchema.parse('more-than')).toBe('more-than');
    expect(firstIssue(recordingThresholdStrictnessSchema, 'greater').message).toBe('expected "at-least" or "more-than", got "greater"');
  });

  it('a Downtime Minute is a minute whose error rate exceeds 5 %', () => {
    const parsed = requestMetricSchema.parse({ interval: { minutes: 1 }, errorRateThreshold: '5', source });
    const measured = requestAvailability({ ...parsed, period: AvailabilityPeriod.month(2026, 9, 'UTC'), requests: [{ at: '2026-09-10T10:00:00Z', total: 1000, failed: 51 }] });
    expect(measured.intervals.bad).toBe(1);
  });

  it('user-minutes weighted by licensed users', () => {
    expect(weightingSchema.parse({ unit: 'licensed users', source })).toEqual({ unit: 'licensed users', source });
  });

  it('at most 10 h of scheduled downtime per calendar year', () => {
    expect(maintenanceBudgetSchema.parse({ budget: 'PT10H', per: 'year', zone: 'America/Los_Angeles', source }).budget).toBe('PT10H');
  });

  it('p95 latency at most 200 ms', () => {
    const parsed = seriesMetricSchema.parse({ statistic: 'percentile', percentile: 95, bound: 200, unit: 'ms' });
    const { unit: _unit, ...options } = parsed;
    const p95 = seriesMetric({ ...options, period: AvailabilityPeriod.month(2026, 6, 'UTC'), points: [{ at: '2026-06-10T10:00:00Z', value: 150 }] });
    expect(p95.met).toBe(true);
  });
});

describe('rejected, with the path of the offending field', () => {
  it.each([
    ['granularity without interval', granularitySchema, { rule: 'touched' }, 'interval'],
    ['granularity with a zero interval', granularitySchema, { interval: 'PT0S' }, 'interval'],
    ['granularity with an unknown rule', granularitySchema, { interval: 'PT1M', rule: 'partly' }, 'rule'],
    ['a request metric without its threshold', requestMetricSchema, { interval: 'PT1M' }, 'errorRateThreshold'],
    ['a success ratio with a threshold', requestMetricSchema, { metric: 'success-ratio', interval: 'PT1M', errorRateThreshold: '5' }, 'errorRateThreshold'],
    ['a threshold of 100 % "above"', requestMetricSchema, { interval: 'PT1M', errorRateThreshold: 100 }, 'errorRateThreshold'],
    ['a threshold above 100 %', requestMetricSchema, { interval: 'PT1M', errorRateThreshold: '150' }, 'errorRateThreshold'],
    ['an unknown unmonitored policy', requestMetricSchema, { interval: 'PT1M', errorRateThreshold: '5', unmonitored: 'up' }, 'unmonitored'],
    ['a maintenance budget without a period', maintenanceBudgetSchema, { budget: 'PT10H' }, 'per'],
    ['a maintenance budget in months of unknown length', maintenanceBudgetSchema, { budget: 'P1M', per: 'year' }, 'budget'],
    ['a maintenance budget in an unknown zone', maintenanceBudgetSchema, { budget: 'PT10H', per: 'year', zone: 'Mars/Base' }, 'zone'],
    ['a percentile statistic without percentile', seriesMetricSchema, { statistic: 'percentile', bound: 200 }, 'percentile'],
    ['a mean with a percentile', seriesMetricSchema, { statistic: 'mean', percentile: 95, bound: 200 }, 'percentile'],
    ['a bound that is not a number', seriesMetricSchema, { statistic: 'mean', bound: 'fast' }, 'bound'],
    ['a source without quote', weightingSchema, { source: { document: 'x', section: 'y' } }, 'source.quote'],
  ] as const)('%s → %s', (_name, schema, input, path) => {
    expect(firstIssue(schema, input).path).toBe(path);
  });

  it('messages say what was expected', () => {
    expect(firstIssue(maintenanceBudgetSchema, { budget: 'PT10H' }).message).toBe('a maintenance budget needs the period it renews over: "month", "quarter" or "year", got undefined');
    expect(firstIssue(requestMetricSchema, { metric: 'success-ratio', interval: 'PT1M', errorRateThreshold: '5' }).message).toBe('expected no threshold: the success-ratio metric does not class intervals as bad');
    expect(firstIssue(durationValueSchema, 'P1M').message).toBe('expected a duration: milliseconds, { "minutes": 5 } or ISO 8601 such as "PT5M" (no years or months), got "P1M"');
  });

  it('unknown fields are refused, naming the key', () => {
    const issue = firstIssue(granularitySchema, { interval: 'PT1M', granularity: 'minute' });
    expect(issue.message).toContain('"granularity"');
    expect(firstIssue(sourceValueSchema, { ...source, page: 3 }).message).toContain('"page"');
  });
});
