/**
 * Properties of the request metrics (fast-check, 1000 runs each): adding a
 * failed request never raises availability, for every metric and policy;
 * the figures equal a cell-by-cell reference; results do not depend on the
 * process TZ. Availabilities are compared exactly (big-integer cross
 * products, 0/0 read as 1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSameUnderEveryTz } from './helpers.js';
import { AvailabilityPeriod, type ExactRatio, IntervalSet, type RequestCount, requestAvailability } from '../../src/index.js';

const MINUTE = 60_000;
const ORIGIN = Date.UTC(2026, 8, 10);
const CELLS = 30;
const period = AvailabilityPeriod.between(ORIGIN, ORIGIN + CELLS * MINUTE);

const rowArb = fc
  .record({ cell: fc.integer({ min: 0, max: CELLS - 1 }), offset: fc.integer({ min: 0, max: MINUTE - 1 }), total: fc.integer({ min: 0, max: 2000 }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ cell, offset, total, share }): RequestCount => ({ at: ORIGIN + cell * MINUTE + offset, total, failed: Math.floor(total * share) }));

const optionsArb = fc.record({
  metric: fc.constantFrom('bad-intervals' as const, 'mean-error-rate' as const, 'success-ratio' as const),
  threshold: fc.constantFrom('0', '5', '5.5', '50', '100'),
  thresholdComparison: fc.constantFrom('above' as const, 'at-or-above' as const),
  unmonitored: fc.constantFrom('excluded' as const, 'good' as const, 'bad' as const),
  excused: fc.array(fc.record({ start: fc.integer({ min: 0, max: CELLS * MINUTE }), length: fc.integer({ min: 0, max: 5 * MINUTE }) }), { maxLength: 2 }),
  excusedIntervals: fc.constantFrom('overlapping' as const, 'inside' as const),
})
  // 100 % "above" and 0 % "at-or-above" are refused (they class every interval alike).
  .filter((o) => !(o.threshold === '100' && o.thresholdComparison === 'above') && !(o.threshold === '0' && o.thresholdComparison === 'at-or-above'));
type Options = typeof optionsArb extends fc.Arbitrary<infer T> ? T : never;

function measure(requests: readonly RequestCount[], o: Options) {
  return requestAvailability({
    period,
    requests,
    interval: { minutes: 1 },
    metric: o.metric,
    ...(o.metric === 'bad-intervals' ? { errorRateThreshold: o.threshold, thresholdComparison: o.thresholdComparison } : {}),
    unmonitored: o.unmonitored,
    excused: o.excused.map((e) => [ORIGIN + e.start, ORIGIN + e.start + e.length] as const),
    excusedIntervals: o.excusedIntervals,
  });
}

/** Sign of a − b, exactly; 0/0 is 1. */
function compare(a: ExactRatio, b: ExactRatio): number {
  const [an, ad] = a.denominator === 0n ? [1n, 1n] : [a.numerator, a.denominator];
  const [bn, bd] = b.denominator === 0n ? [1n, 1n] : [b.numerator, b.denominator];
  return Number(an * bd - bn * ad > 0n) - Number(an * bd - bn * ad < 0n);
}

/** A slow, obvious oracle: every one of the 30 one-minute cells classed in turn. */
function reference(requests: readonly RequestCount[], o: Options): ExactRatio {
  const totals = new Array<number>(CELLS).fill(0);
  const failures = new Array<number>(CELLS).fill(0);
  for (const r of requests) {
    const cell = Math.floor(((r.at as number) - ORIGIN) / MINUTE);
    totals[cell] = (totals[cell] as number) + r.total;
    failures[cell] = (failures[cell] as number) + r.failed;
  }
  let good = 0n;
  let measured = 0n;
  let errorN = 0n; // Σ failed/total as one fraction errorN / errorD
  let errorD = 1n;
  let ok = 0n;
  let all = 0n;
  for (let cell = 0; cell < CELLS; cell++) {
    const from = ORIGIN + cell * MINUTE;
    const to = from + MINUTE;
    // Excused time is a set: adjacent pieces make one stretch.
    const excusedHere = IntervalSet.of(o.excused.map(({ start, length }) => [ORIGIN + start, ORIGIN + start + length] as const)).clip(from, to).measure();
    const excused = o.excusedIntervals === 'overlapping' ? excusedHere > 0 : excusedHere === MINUTE;
    if (excused) continue;
    const total = BigInt(totals[cell] as number);
    const failed = BigInt(failures[cell] as number);
    ok += total - failed;
    all += total;
    if (total === 0n && o.unmonitored === 'excluded') continue;
    measured += 1n;
    // An unmonitored cell is classed by the policy: error rate 1 when bad, 0 when good.
    const [rn, rd] = total === 0n ? (o.unmonitored === 'bad' ? [1n, 1n] : [0n, 1n]) : [failed, total];
    errorN = errorN * rd + rn * errorD;
    errorD *= rd;
    // threshold t %: bad when rn/rd > t/100 (or >=).
    const [units, scale] = o.threshold === '5.5' ? [55n, 10n] : [BigInt(o.threshold), 1n];
    const left = rn * 100n * scale;
    const right = units * rd;
    const bad = total === 0n ? o.unmonitored === 'bad' : o.thresholdComparison === 'above' ? left > right : left >= right;
    if (!bad) good += 1n;
  }
  if (o.metric === 'success-ratio') return { numerator: ok, denominator: all };
  if (o.metric === 'bad-intervals') return { numerator: good, denominator: measured };
  return { numerator: measured * errorD - errorN, denominator: measured * errorD };
}

describe('request metric properties (1000 runs each)', () => {
  it('adding a failed request never raises availability', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), optionsArb, fc.integer({ min: 0, max: CELLS * MINUTE - 1 }), (requests, o, offset) => {
        const before = measure(requests, o);
        const after = measure([...requests, { at: ORIGIN + offset, total: 1, failed: 1 }], o);
        expect(compare(after.ratio, before.ratio)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('equals a cell-by-cell reference', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), optionsArb, (requests, o) => {
        expect(compare(measure(requests, o).ratio, reference(requests, o))).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('the same result under TZ=UTC, Pacific/Chatham and America/Santiago', () => {
    expectSameUnderEveryTz(fc.tuple(fc.array(rowArb, { maxLength: 40 }), optionsArb), ([requests, o]) => measure(requests, o));
  });
});
