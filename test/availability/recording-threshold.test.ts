/**
 * Recording-threshold strictness (issue 14, construct 2): "at least N" (the
 * default, unchanged) against "more than N" (an incident of exactly N is not
 * recorded). Worked examples: a droplet SLA where unavailability means all
 * requests failing for more than 5 minutes, June 2026 in UTC (30 days =
 * 43 200 min).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod, SlaInputError, computeAvailability } from '../../src/index.js';

const MINUTE = 60_000;
const june = AvailabilityPeriod.month(2026, 6, 'UTC'); // 43 200 min
const outage = (minutes: number, extraMs = 0) => ({ start: '2026-06-10T10:00:00Z', end: Date.parse('2026-06-10T10:00:00Z') + minutes * MINUTE + extraMs });
const strict = { period: june, recordingThresholdMs: 5 * MINUTE, recordingThresholdStrictness: 'more-than' as const };

describe('"more than 5 minutes": exactly 5 min is not unavailability, 6 min is', () => {
  it('an outage of exactly 5 min is not recorded → 100 %', () => {
    const result = computeAvailability({ ...strict, incidents: [outage(5)] });
    expect(result.countedDowntimeMs).toBe(0);
    expect(result.ratio).toEqual({ numerator: 43_200 * MINUTE, denominator: 43_200 * MINUTE });
    expect(result.incidents[0]?.recorded).toBe(false);
    expect(result.incidents[0]?.reason).toBe('not longer than the recording threshold (5 min <= 5 min; only incidents of more than the threshold are recorded)');
  });

  it('5 min + 1 ms is recorded: 300 001 ms count', () => {
    const result = computeAvailability({ ...strict, incidents: [outage(5, 1)] });
    expect(result.countedDowntimeMs).toBe(5 * MINUTE + 1);
  });

  it('6 min → 1 − 6/43 200 = 99.98611 %', () => {
    const result = computeAvailability({ ...strict, incidents: [outage(6)] });
    // (43 200 − 6) / 43 200 minutes, in ms.
    expect(result.ratio).toEqual({ numerator: 43_194 * MINUTE, denominator: 43_200 * MINUTE });
  });

  it('the default stays "at least": exactly 5 min is recorded and counts 5 min', () => {
    const result = computeAvailability({ period: june, recordingThresholdMs: 5 * MINUTE, incidents: [outage(5)] });
    expect(result.countedDowntimeMs).toBe(5 * MINUTE);
    const explicit = computeAvailability({ period: june, recordingThresholdMs: 5 * MINUTE, recordingThresholdStrictness: 'at-least', incidents: [outage(5)] });
    expect(explicit.countedDowntimeMs).toBe(5 * MINUTE);
  });

  it('an unknown strictness is a typed error naming the option', () => {
    const call = () => computeAvailability({ period: june, recordingThresholdStrictness: 'greater' as never });
    expect(call).toThrow(SlaInputError);
    expect(call).toThrow('recordingThresholdStrictness: expected "at-least" or "more-than", got "greater"');
  });
});

describe('property: "more-than" differs from "at-least" only on incidents of exactly the threshold (1000 runs)', () => {
  it('counted downtime under more-than = under at-least minus the incidents lasting exactly N', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 6 }), fc.integer({ min: 0, max: 8 }), (lengths, thresholdMinutes) => {
        // One incident a day, so merging does not change lengths.
        const incidents = lengths.map((minutes, i) => ({ start: june.start + i * 1440 * MINUTE, end: june.start + i * 1440 * MINUTE + minutes * MINUTE }));
        const options = { period: june, incidents, recordingThresholdMs: thresholdMinutes * MINUTE };
        const atLeast = computeAvailability(options).countedDowntimeMs;
        const moreThan = computeAvailability({ ...options, recordingThresholdStrictness: 'more-than' }).countedDowntimeMs;
        const exact = lengths.filter((minutes) => minutes === thresholdMinutes).length * thresholdMinutes * MINUTE;
        expect(moreThan).toBe(atLeast - exact);
      }),
      { numRuns: 1000 },
    );
  });
});
