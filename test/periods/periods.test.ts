/**
 * Periods as JSON data: calendar and fiscal periods, rolling and explicit
 * windows, a service lifetime that clips the period, and the period of a
 * rule containing an instant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInputError } from '../presets/helpers.js';
import { AvailabilityPeriod } from '../../src/index.js';
import { type PeriodDefinition, type PeriodRule, clipToLifetime, periodAfter, periodContaining, periodFromDefinition } from '../../src/periods/index.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('fiscal periods (AvailabilityPeriod.fiscalYear / fiscalQuarter)', () => {
  it('a fiscal year starting in July, named by its end year (default): FY2027 = 2026-07-01 … 2027-07-01, 365 days', () => {
    // Jul–Dec 2026: 31+31+30+31+30+31 = 184; Jan–Jun 2027: 31+28+31+30+31+30 = 181; 184 + 181 = 365.
    const fy = AvailabilityPeriod.fiscalYear(2027, 7, 'UTC');
    expect([iso(fy.start), iso(fy.end), fy.label, fy.kind, fy.durationMs / DAY]).toEqual(['2026-07-01T00:00:00.000Z', '2027-07-01T00:00:00.000Z', 'FY2027', 'fiscal-year', 365]);
  });

  it('named by its start year, the same dates are FY2026; a fiscal year from January is the calendar year under both', () => {
    expect(iso(AvailabilityPeriod.fiscalYear(2026, 7, 'UTC', 'start-year').start)).toBe('2026-07-01T00:00:00.000Z');
    expect(iso(AvailabilityPeriod.fiscalYear(2026, 1, 'UTC', 'end-year').start)).toBe('2026-01-01T00:00:00.000Z');
    expect(iso(AvailabilityPeriod.fiscalYear(2026, 1, 'UTC', 'start-year').start)).toBe('2026-01-01T00:00:00.000Z');
  });

  it('FY2027-Q2 (July start) is October–December 2026: 31 + 30 + 31 = 92 days; FY2027-Q3 starts in January 2027', () => {
    const q2 = AvailabilityPeriod.fiscalQuarter(2027, 2, 7, 'UTC');
    expect([iso(q2.start), q2.durationMs / DAY, q2.label]).toEqual(['2026-10-01T00:00:00.000Z', 92, 'FY2027-Q2']);
    expect(iso(AvailabilityPeriod.fiscalQuarter(2027, 3, 7, 'UTC').start)).toBe('2027-01-01T00:00:00.000Z');
  });

  it('local midnight in the zone: FY2027 in New York starts 2026-07-01 00:00 EDT = 04:00Z', () => {
    expect(iso(AvailabilityPeriod.fiscalYear(2027, 7, 'America/New_York').start)).toBe('2026-07-01T04:00:00.000Z');
  });
});

describe('periodFromDefinition', () => {
  it('DigitalOcean: June 2026 clipped to a Droplet created 2026-06-16T00:00Z → 21 600 min (15 days × 1 440)', () => {
    const resolved = periodFromDefinition({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } });
    expect(resolved.period.durationMs / MINUTE).toBe(21_600);
    expect(resolved.nominal.durationMs / MINUTE).toBe(43_200);
    expect(resolved.clipped).toBe(true);
    expect(resolved.rule).toBe('month 2026-06 [2026-06-01T00:00:00.000Z, 2026-07-01T00:00:00.000Z), measured over the service lifetime [2026-06-16T00:00:00.000Z, 2026-07-01T00:00:00.000Z)');
  });

  it('a lifetime covering the whole period changes nothing (the same period, clipped false)', () => {
    const resolved = periodFromDefinition({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' } });
    expect(resolved.clipped).toBe(false);
    expect(resolved.period).toBe(resolved.nominal);
  });

  it('every form: quarter, year, fiscal, rolling, explicit [from, to) with local times in a zone', () => {
    const cases: [PeriodDefinition, string, string][] = [
      [{ type: 'quarter', year: 2026, quarter: 3, zone: 'UTC' }, '2026-07-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
      [{ type: 'year', year: 2026, zone: 'UTC' }, '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
      [{ type: 'fiscal-year', fiscalYear: 2027, startMonth: 7, zone: 'UTC' }, '2026-07-01T00:00:00.000Z', '2027-07-01T00:00:00.000Z'],
      [{ type: 'fiscal-quarter', fiscalYear: 2026, quarter: 1, startMonth: 10, zone: 'UTC', labelling: 'start-year' }, '2026-10-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
      // 30 × 24 h before 2026-04-01T00:00Z: March 2 (March has 31 days; 31 − 30 + 1 = 2).
      [{ type: 'rolling', days: 30, end: '2026-04-01T00:00:00Z' }, '2026-03-02T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
      // Paris local midnight in June = 22:00Z the day before (CEST, +2).
      [{ type: 'between', from: '2026-06-01T00:00', to: '2026-06-08T00:00', zone: 'Europe/Paris' }, '2026-05-31T22:00:00.000Z', '2026-06-07T22:00:00.000Z'],
    ];
    for (const [definition, start, end] of cases) {
      const { period } = periodFromDefinition(definition);
      expect([iso(period.start), iso(period.end)]).toEqual([start, end]);
    }
  });

  it('bad definitions name the field under the path', () => {
    const fieldOf = (definition: unknown, field: string, path?: string) =>
      expectInputError(() => periodFromDefinition(definition as PeriodDefinition, path === undefined ? {} : { path }), field);
    fieldOf({ type: 'month', year: 2026, month: 13, zone: 'UTC' }, 'period.month');
    fieldOf({ type: 'month', year: 2026, month: 6, zone: 'Mars/Base' }, 'period.zone');
    fieldOf({ type: 'fiscal-year', fiscalYear: 2027, startMonth: 0, zone: 'UTC' }, 'period.startMonth');
    fieldOf({ type: 'fiscal-year', fiscalYear: 'FY2027', startMonth: 7, zone: 'UTC' }, 'period.fiscalYear');
    fieldOf({ type: 'fiscal-year', fiscalYear: 2027, startMonth: 7, zone: 'UTC', labelling: 'middle' }, 'period.labelling');
    fieldOf({ type: 'week', year: 2026, zone: 'UTC' }, 'period.type');
    fieldOf({ type: 'rolling', days: 0, end: '2026-04-01T00:00:00Z' }, 'period.days');
    fieldOf({ type: 'between', from: '2026-06-08T00:00:00Z', to: '2026-06-01T00:00:00Z' }, 'period.to');
    fieldOf({ type: 'between', from: '2026-06-01T00:00', to: '2026-06-08T00:00:00Z' }, 'period.from'); // no offset, no zone
    fieldOf({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-07-01T00:00:00Z' } }, 'period.lifetime.from');
    fieldOf({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { to: '2026-06-01T00:00:00Z' } }, 'evaluation.period.lifetime.to', 'evaluation.period');
    fieldOf({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-20T00:00:00Z', to: '2026-06-10T00:00:00Z' } }, 'period.lifetime.to');
  });

  it('clipToLifetime: a Droplet deleted 2026-06-11T12:00Z → June 1 to June 11 12:00 = 10.5 days = 15 120 min', () => {
    const clipped = clipToLifetime(AvailabilityPeriod.month(2026, 6, 'UTC'), { to: '2026-06-11T12:00:00Z' });
    expect(clipped.durationMs / MINUTE).toBe(15_120);
    expect(clipped.label).toBe('2026-06 (service lifetime 2026-06-01T00:00:00.000Z/2026-06-11T12:00:00.000Z)');
  });
});

describe('periodContaining / periodAfter', () => {
  it('the month, quarter, fiscal year and fiscal quarter of an instant, in the local calendar', () => {
    expect(periodContaining({ type: 'month' }, '2026-06-10T12:00:00Z', 'UTC').label).toBe('2026-06');
    // 2026-05-31T22:30Z is June 1 00:30 in Paris (CEST).
    expect(periodContaining({ type: 'month' }, '2026-05-31T22:30:00Z', 'Europe/Paris').label).toBe('2026-06');
    expect(periodContaining({ type: 'quarter' }, '2026-08-15T00:00:00Z', 'UTC').label).toBe('2026-Q3');
    expect(periodContaining({ type: 'year' }, '2026-08-15T00:00:00Z', 'UTC').label).toBe('2026');
    expect(periodContaining({ type: 'fiscal-year', startMonth: 7 }, '2026-07-01T00:00:00Z', 'UTC').label).toBe('FY2027');
    expect(periodContaining({ type: 'fiscal-year', startMonth: 7 }, '2026-06-30T23:59:59.999Z', 'UTC').label).toBe('FY2026');
    expect(periodContaining({ type: 'fiscal-quarter', startMonth: 7, labelling: 'start-year' }, '2027-02-01T00:00:00Z', 'UTC').label).toBe('FY2026-Q3');
  });

  it('periodAfter: the second month after the one holding 2026-06-10 is August', () => {
    expect(periodAfter({ type: 'month' }, '2026-06-10T00:00:00Z', 'UTC', 2).label).toBe('2026-08');
    expect(periodAfter({ type: 'quarter' }, '2026-11-10T00:00:00Z', 'UTC', 1).label).toBe('2027-Q1');
  });

  it('property: the period contains the instant and the next one starts where it ends, in any zone (1000 runs)', () => {
    const ruleArb: fc.Arbitrary<PeriodRule> = fc.oneof(
      fc.constantFrom({ type: 'month' as const }, { type: 'quarter' as const }, { type: 'year' as const }),
      fc.tuple(fc.constantFrom('fiscal-year' as const, 'fiscal-quarter' as const), fc.integer({ min: 1, max: 12 }), fc.constantFrom('end-year' as const, 'start-year' as const)).map(([type, startMonth, labelling]) => ({ type, startMonth, labelling })),
    );
    const zoneArb = fc.constantFrom('UTC', 'Europe/Paris', 'America/Sao_Paulo', 'Pacific/Chatham', 'Asia/Kolkata', 'America/Havana');
    fc.assert(
      fc.property(ruleArb, fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), zoneArb, (rule, at, zone) => {
        const period = periodContaining(rule, at, zone);
        expect(period.start <= at && at < period.end).toBe(true);
        expect(periodContaining(rule, period.end, zone).start).toBe(period.end);
        expect(periodContaining(rule, period.start, zone).label).toBe(period.label);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('AvailabilityPeriod.parse: fiscal names and rolling windows', () => {
  const iso = (t: number) => new Date(t).toISOString();

  it('FY2026-Q2, fiscal year from April: start-year → 2026-07-01 … 2026-10-01; end-year → a year earlier', () => {
    const start = AvailabilityPeriod.parse('FY2026-Q2', 'UTC', { startMonth: 4, labelling: 'start-year' });
    expect([iso(start.start), iso(start.end), start.label, start.kind]).toEqual(['2026-07-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z', 'FY2026-Q2', 'fiscal-quarter']);
    // end-year: FY2026 ends in March 2026, so it is April 2025 – March 2026, and its Q2 is July–September 2025.
    const end = AvailabilityPeriod.parse('FY2026-Q2', 'UTC', { startMonth: 4 });
    expect([iso(end.start), iso(end.end)]).toEqual(['2025-07-01T00:00:00.000Z', '2025-10-01T00:00:00.000Z']);
  });

  it('FY2027 from July (end-year): 2026-07-01 … 2027-07-01 New York local (EDT: 04:00Z)', () => {
    const fy = AvailabilityPeriod.parse('FY2027', 'America/New_York', { startMonth: 7 });
    expect([iso(fy.start), iso(fy.end)]).toEqual(['2026-07-01T04:00:00.000Z', '2027-07-01T04:00:00.000Z']);
  });

  it('an FY name without a fiscal year, or a fiscal quarter 5, is an SlaInputError', () => {
    expectInputError(() => AvailabilityPeriod.parse('FY2026-Q2', 'UTC'), 'period');
    expectInputError(() => AvailabilityPeriod.parse('FY2026-Q5', 'UTC', { startMonth: 4 }), 'quarter');
  });

  it('P30D/2026-07-01T00:00:00Z: the last 30 × 24 h, 2026-06-01T00:00Z … 2026-07-01T00:00Z, labelled as rolling periods are', () => {
    const last30 = AvailabilityPeriod.parse('P30D/2026-07-01T00:00:00Z', 'UTC');
    expect([iso(last30.start), iso(last30.end), last30.kind, last30.label]).toEqual(['2026-06-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z', 'rolling', 'P30D/2026-07-01T00:00:00.000Z']);
  });
});
