import { describe, expect, it } from 'vitest';
import { SlaInputError } from '../../src/errors.js';
import { toDurationMs } from '../../src/time/duration.js';

function expectInputError(fn: () => unknown, field: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SlaInputError);
  // every slakit message starts with "<field>: "
  expect((caught as Error).message.startsWith(`${field}: `), (caught as Error).message).toBe(true);
}

describe('toDurationMs — issue 2 "Durations: milliseconds, { hours, minutes, ... }, or ISO 8601"', () => {
  it('milliseconds pass through, zero included', () => {
    expect(toDurationMs(0)).toBe(0);
    expect(toDurationMs(36_000_000)).toBe(36_000_000);
  });

  it('unit objects add up: 1 h 30 min = 5 400 000 ms; 1 week = 604 800 000 ms', () => {
    expect(toDurationMs({ hours: 1, minutes: 30 })).toBe(5_400_000);
    // 7 × 24 × 3 600 000
    expect(toDurationMs({ weeks: 1 })).toBe(604_800_000);
    // 1 d + 2 s + 3 ms = 86 400 000 + 2 000 + 3
    expect(toDurationMs({ days: 1, seconds: 2, milliseconds: 3 })).toBe(86_402_003);
    // fractional hours that are whole ms: 0.1 h = 360 000 ms
    expect(toDurationMs({ hours: 0.1 })).toBe(360_000);
  });

  it('ISO 8601: PT10H = 36 000 000; P1DT2H = 26 h = 93 600 000; P1W = 604 800 000; PT1.5S = 1 500', () => {
    expect(toDurationMs('PT10H')).toBe(36_000_000);
    expect(toDurationMs('P1DT2H')).toBe(93_600_000);
    expect(toDurationMs('P1W')).toBe(604_800_000);
    expect(toDurationMs('PT1.5S')).toBe(1_500);
    expect(toDurationMs('PT30M')).toBe(1_800_000);
    // trailing zeros past the millisecond are harmless: 1.2500 s = 1 250 ms
    expect(toDurationMs('PT1.2500S')).toBe(1_250);
  });

  it('issue 2: a negative duration is an SlaInputError naming the field', () => {
    expectInputError(() => toDurationMs(-1, 'target'), 'target');
    expectInputError(() => toDurationMs({ hours: -1 }, 'target'), 'target');
    expectInputError(() => toDurationMs('-PT1H', 'target'), 'target');
    expectInputError(() => toDurationMs('PT-1H', 'target'), 'target');
  });

  it('issue 2: ISO durations with years or months (no fixed length) are SlaInputErrors naming the field', () => {
    expectInputError(() => toDurationMs('P1M', 'target'), 'target');
    expectInputError(() => toDurationMs('P1Y', 'target'), 'target');
    expectInputError(() => toDurationMs('P1Y2M3DT4H', 'target'), 'target');
  });

  it('issue 2: NaN, ±Infinity, fractional ms, unknown units and garbage are SlaInputErrors naming the field', () => {
    expectInputError(() => toDurationMs(Number.NaN, 'target'), 'target');
    expectInputError(() => toDurationMs(Number.POSITIVE_INFINITY, 'target'), 'target');
    expectInputError(() => toDurationMs(0.5, 'target'), 'target');
    // 0.5 ms and 123.4 ms are not whole milliseconds (luxon alone would truncate them to 0 and 123)
    expectInputError(() => toDurationMs('PT0.0005S', 'target'), 'target');
    expectInputError(() => toDurationMs('PT0.1234S', 'target'), 'target');
    expectInputError(() => toDurationMs({ hours: Number.NaN }, 'target'), 'target.hours');
    expectInputError(() => toDurationMs({ hourz: 1 } as never, 'target'), 'target.hourz');
    expectInputError(() => toDurationMs('10 hours', 'target'), 'target');
    expectInputError(() => toDurationMs(null as never, 'target'), 'target');
  });
});
