/**
 * Measurement periods (issue 3 *AvailabilityPeriod*; docs/semantics.md: a
 * calendar month in Europe/Paris lasts its real duration).
 */
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod, SlaInputError, SlaIntervalError, SlaZoneError, toInstant } from '../../src/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t = (iso: string) => toInstant(iso);

describe('AvailabilityPeriod: calendar periods in a zone', () => {
  it('docs/semantics.md: March 2026 in Europe/Paris is 743 h (31 × 24 − 1)', () => {
    const march = AvailabilityPeriod.month(2026, 3, 'Europe/Paris');
    expect(march.start).toBe(t('2026-03-01T00:00:00+01:00'));
    expect(march.end).toBe(t('2026-04-01T00:00:00+02:00'));
    expect(march.durationMs).toBe(743 * HOUR);
    expect(march.label).toBe('2026-03');
  });

  it('docs/semantics.md: October 2026 in Europe/Paris is 745 h (31 × 24 + 1)', () => {
    expect(AvailabilityPeriod.month(2026, 10, 'Europe/Paris').durationMs).toBe(745 * HOUR);
  });

  it('December rolls into January of the next year', () => {
    const december = AvailabilityPeriod.month(2026, 12, 'Europe/Berlin');
    expect(december.end).toBe(t('2027-01-01T00:00:00+01:00'));
  });

  it('quarter: 2026-Q1 in Europe/Paris is (31 + 28 + 31) × 24 − 1 = 2159 h', () => {
    const q1 = AvailabilityPeriod.quarter(2026, 1, 'Europe/Paris');
    expect(q1.durationMs).toBe(2159 * HOUR);
    expect(q1.label).toBe('2026-Q1');
  });

  it('SiteKiosk §1: the leap year 2028 in Europe/Berlin is 366 × 24 = 8784 h', () => {
    expect(AvailabilityPeriod.year(2028, 'Europe/Berlin').durationMs).toBe(8784 * HOUR);
    expect(AvailabilityPeriod.year(2026, 'Europe/Berlin').durationMs).toBe(8760 * HOUR);
  });

  it('parse: "2026-03", "2026-Q4", "2026" and "<start>/<end>"', () => {
    expect(AvailabilityPeriod.parse('2026-03', 'Europe/Paris').durationMs).toBe(743 * HOUR);
    // Q4 2026 Paris: 92 days × 24 + 1 (October fall-back) = 2209 h.
    expect(AvailabilityPeriod.parse('2026-Q4', 'Europe/Paris').durationMs).toBe(2209 * HOUR);
    expect(AvailabilityPeriod.parse('2026', 'UTC').durationMs).toBe(365 * DAY);
    const custom = AvailabilityPeriod.parse('2026-03-10T00:00/2026-03-11T00:00', 'Europe/Paris');
    expect(custom.start).toBe(t('2026-03-09T23:00:00Z'));
    expect(custom.durationMs).toBe(DAY);
  });

  it('rolling: the last 30 × 24 h ending at end', () => {
    const last30 = AvailabilityPeriod.rolling('2026-04-01T00:00:00Z', 30);
    expect(last30.start).toBe(t('2026-03-02T00:00:00Z'));
    expect(last30.durationMs).toBe(30 * DAY);
  });
});

describe('AvailabilityPeriod: bad input is a typed error naming the field', () => {
  it('period end before start → SlaIntervalError naming period', () => {
    const make = () => AvailabilityPeriod.between('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z');
    expect(make).toThrow(SlaIntervalError);
    expect(make).toThrow(/^period: /);
  });

  it('empty period → SlaInputError naming period.end', () => {
    expect(() => AvailabilityPeriod.between('2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')).toThrow(/^period\.end: /);
  });

  it('month 13, quarter 5, unknown zone, unparsable text', () => {
    expect(() => AvailabilityPeriod.month(2026, 13, 'UTC')).toThrow(SlaInputError);
    expect(() => AvailabilityPeriod.month(2026, 13, 'UTC')).toThrow(/^month: /);
    expect(() => AvailabilityPeriod.quarter(2026, 5, 'UTC')).toThrow(/^quarter: /);
    expect(() => AvailabilityPeriod.month(2026, 3, 'Mars/Base')).toThrow(SlaZoneError);
    expect(() => AvailabilityPeriod.parse('March 2026', 'UTC')).toThrow(/^period: /);
    expect(() => AvailabilityPeriod.rolling('2026-04-01T00:00:00Z', 0)).toThrow(/^days: /);
  });
});
