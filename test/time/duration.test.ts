import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
    // the component is named: target.hours
    expectInputError(() => toDurationMs({ hours: -1 }, 'target'), 'target.hours');
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

describe('toDurationMs — issue 15 kind 3: integer milliseconds, one sign, or a typed error', () => {
  it('issue 15: { hours: 1, minutes: -30 } and PT1H-30M are errors, not 1 800 000', () => {
    expectInputError(() => toDurationMs({ hours: 1, minutes: -30 }, 'target'), 'target.minutes');
    expectInputError(() => toDurationMs('PT1H-30M', 'target'), 'target');
    expectInputError(() => toDurationMs('-PT1H30M', 'target'), 'target');
  });

  it('issue 15: { milliseconds: 0.0004 } is an error, not 0 — like PT0.0005S', () => {
    expectInputError(() => toDurationMs({ milliseconds: 0.0004 }, 'target'), 'target.milliseconds');
    expectInputError(() => toDurationMs('PT0.0005S', 'target'), 'target');
    // 0.0000001 h = 0.36 ms; 1.0000001 s = 1 000.0001 ms
    expectInputError(() => toDurationMs({ hours: 0.0000001 }, 'target'), 'target.hours');
    expectInputError(() => toDurationMs('PT1.0000001S', 'target'), 'target');
    // each unit contributes whole ms: 0.0005 s + 0.9995 ms is not accepted as 1 ms
    expectInputError(() => toDurationMs({ seconds: 0.0005, milliseconds: 0.9995 }, 'target'), 'target.seconds');
  });

  it('issue 15 kind 2: { "constructor": 10 } from JSON is an unknown unit, not 0 ms', () => {
    expectInputError(() => toDurationMs(JSON.parse('{"constructor": 10}'), 'target'), 'target.constructor');
    expectInputError(() => toDurationMs(JSON.parse('{"__proto__": 10, "hours": 1}'), 'target'), 'target.__proto__');
    expectInputError(() => toDurationMs(JSON.parse('{"toString": 1}'), 'target'), 'target.toString');
    // an inherited unit is not a unit of the object: nothing of it is counted
    expect(toDurationMs(Object.create({ hours: 5 }) as never)).toBe(0);
  });

  it('decimals that are whole milliseconds stay exact: 0.1 h = 360 000; 1.5 min = 90 000; PT0,5S = 500; 1.25e-3 s = 1.25 ms is refused', () => {
    expect(toDurationMs({ hours: 0.1 })).toBe(360_000);
    expect(toDurationMs({ minutes: 1.5 })).toBe(90_000);
    expect(toDurationMs('PT0,5S')).toBe(500);
    // 0.25 d = 6 h = 21 600 000
    expect(toDurationMs('P0.25D')).toBe(21_600_000);
    expectInputError(() => toDurationMs({ seconds: 1.25e-3 }, 'target'), 'target.seconds');
    // -0 is zero, not a sign: { hours: -0 } = 0 and -0 ms = 0 (never -0)
    expect(Object.is(toDurationMs({ hours: -0 }), 0)).toBe(true);
    expect(Object.is(toDurationMs(-0), 0)).toBe(true);
  });

  it('totals beyond Number.MAX_SAFE_INTEGER ms are errors, not rounded sums', () => {
    // 2^53 ms ≈ 285 616 years; 1e20 weeks is far beyond it
    expectInputError(() => toDurationMs(2 ** 53, 'target'), 'target');
    expectInputError(() => toDurationMs({ weeks: 1e20, milliseconds: 1 }, 'target'), 'target.weeks');
    expectInputError(() => toDurationMs('P99999999999999999W', 'target'), 'target');
    // "PT" and "P1DT" name no component
    expectInputError(() => toDurationMs('PT', 'target'), 'target');
    expectInputError(() => toDurationMs('P1DT', 'target'), 'target');
  });
});

const UNIT_SIZES = [
  ['weeks', 'W', 604_800_000],
  ['days', 'D', 86_400_000],
  ['hours', 'H', 3_600_000],
  ['minutes', 'M', 60_000],
  ['seconds', 'S', 1000],
] as const;

/**
 * A decimal `n.dddddddd1` (9 fraction digits, the last one 1) is never a whole number of ms in
 * any unit: the unit sizes are 1, 10^3, 6·10^4, 36·10^5, 864·10^5 and 6048·10^5 ms, so
 * `N/10^9 × size` is `N × (1, 1, 6, 36, 864, 6048) / 10^(9, 6, 5, 4, 4, 4)` and N ≡ 1 (mod 10) makes
 * the numerator end in 1, 6, 6, 4 or 8 — never divisible by 10. 6 integer + 9 fraction digits
 * keep it exact as a double.
 */
const fractionalText = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99_999_999 }))
  .map(([whole, digits]) => `${whole}.${String(digits).padStart(8, '0')}1`);

describe('toDurationMs — issue 15 kind 3 properties (1000 runs each)', () => {
  it('any unit object with a negative and a positive component throws SlaInputError naming the negative one', () => {
    const units = ['weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds'] as const;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...units), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        ([positive, negative], p, n) => {
          const input = { [positive as string]: p, [negative as string]: -n };
          expectInputError(() => toDurationMs(input, 'target'), `target.${negative}`);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('any ISO duration with a sign (leading or on a component) throws SlaInputError', () => {
    fc.assert(
      fc.property(fc.subarray([...UNIT_SIZES], { minLength: 1 }), fc.integer({ min: 1, max: 1000 }), fc.nat(), (parts, amount, at) => {
        const components = parts.map(([, letter]) => `${amount}${letter}`);
        const where = at % (components.length + 1);
        // a minus before one component, or before the whole duration
        const signed = components.map((c, i) => (i === where ? `-${c}` : c));
        const dateParts = parts.filter(([unit]) => unit === 'weeks' || unit === 'days').length;
        const text = (list: string[]) => `P${list.slice(0, dateParts).join('')}${list.length > dateParts ? `T${list.slice(dateParts).join('')}` : ''}`;
        const input = where === components.length ? `-${text(components)}` : text(signed);
        expectInputError(() => toDurationMs(input, 'target'), 'target');
      }),
      { numRuns: 1000 },
    );
  });

  it('any component that is not a whole number of ms (object or ISO, any unit) throws SlaInputError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNIT_SIZES), fractionalText, fc.boolean(), ([unit, letter], text, asObject) => {
        if (asObject) {
          expectInputError(() => toDurationMs({ [unit]: Number(text) }, 'target'), `target.${unit}`);
        } else {
          const iso = unit === 'weeks' || unit === 'days' ? `P${text}${letter}` : `PT${text}${letter}`;
          expectInputError(() => toDurationMs(iso, 'target'), 'target');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a fractional number of ms (M + f/1000 ms, 1 ≤ f ≤ 999) written in any unit throws SlaInputError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNIT_SIZES, ['milliseconds', '', 1] as const), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 999 }), ([unit, , size], ms, thousandths) => {
        // the double nearest (M + f/1000) / size is off by < 1e-6 ms once multiplied back: still ≥ 0.001 ms from a whole ms
        const value = (ms + thousandths / 1000) / size;
        expectInputError(() => toDurationMs({ [unit]: value }, 'target'), `target.${unit}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('non-negative whole components add up exactly: Σ nᵤ × sizeᵤ (sizes are the fixed unit lengths)', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(999), (w, d, h, m, s, ms) => {
        const expected = w * 604_800_000 + d * 86_400_000 + h * 3_600_000 + m * 60_000 + s * 1000 + ms;
        expect(toDurationMs({ weeks: w, days: d, hours: h, minutes: m, seconds: s, milliseconds: ms })).toBe(expected);
        // the ms as the seconds' decimals, with a harmless fourth decimal 0
        expect(toDurationMs(`P${w}W${d}DT${h}H${m}M${s}.${String(ms).padStart(3, '0')}0S`)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
