/**
 * Properties of credits (fast-check, 1000 runs each): for every credit kind
 * the credit is non-decreasing in downtime (non-increasing in availability),
 * whatever the limits and rounding; no cap is ever exceeded, per credit and
 * across sources; a termination right that arose still holds when the
 * series goes on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreditInput, type CreditRule, ServiceCredit, combineCredits, evaluateTermination } from '../../src/remedies/index.js';

const options = { numRuns: 1000 };
const HOUR = 3_600_000;

const roundingArb = fc.constantFrom('half-up' as const, 'half-even' as const, 'down' as const, 'up' as const);
const percentArb = fc.integer({ min: 0, max: 10_000 }).map((basisPoints) => (basisPoints / 100).toFixed(2));
const decimalArb = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 999 })).map(([whole, thousandths]) => `${whole}.${String(thousandths).padStart(3, '0')}`);
const hourCountingArb = fc.constantFrom('exact' as const, 'started-hours' as const, 'whole-hours' as const);
const limitsArb = fc.record(
  {
    capPercent: fc.option(percentArb, { nil: undefined }),
    capMinor: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
    minimumMinor: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    rounding: roundingArb,
  },
  { requiredKeys: ['rounding'] },
);

/** A rule of each kind, with random figures and limits. */
const ruleArb: fc.Arbitrary<CreditRule> = fc.tuple(
  fc.oneof(
    fc.constant({ type: 'tiered' as const, tiers: [{ min: '99.99', creditPercent: 0 }, { min: '99', max: '99.99', creditPercent: 10 }, { min: '95', max: '99', creditPercent: 30 }, { max: '95', creditPercent: 100 }] }),
    decimalArb.map((multiplier) => ({ type: 'proportional' as const, multiplier })),
    fc.tuple(decimalArb, hourCountingArb).map(([ratePerHourMinor, hourCounting]) => ({ type: 'lost-time' as const, ratePerHourMinor, hourCounting })),
    fc.integer({ min: 0, max: 100_000 }).map((amountMinor) => ({ type: 'per-incident' as const, amountMinor })),
    percentArb.map((creditPercent) => ({ type: 'per-incident' as const, creditPercent })),
    fc.tuple(decimalArb, hourCountingArb).map(([daysPerHour, hourCounting]) => ({ type: 'service-days' as const, daysPerHour, hourCounting })),
  ),
  limitsArb,
).map(([kind, limits]) => ({ ...kind, ...limits }) as CreditRule);

/** A period of 1 h to 100 days starting anywhere in 2020–2030, and a fee up to 10 000 000.00. */
const periodArb = fc.tuple(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.integer({ min: HOUR, max: 100 * 24 * HOUR }), fc.constantFrom('UTC', 'Europe/Paris', 'Pacific/Chatham', 'America/New_York'))
  .map(([start, length, zone]) => ({ start, end: start + length, zone }));

/** The same period with `downtime` ms counted: availability, downtime and (for per-incident) one incident per started hour. */
function inputFor(period: { start: number; end: number; zone: string }, feeMinor: number, downtime: number): CreditInput {
  const length = period.end - period.start;
  return { feeMinor, period, countedDowntimeMs: downtime, availability: { numerator: length - downtime, denominator: length }, incidentCount: Math.ceil(downtime / HOUR) };
}

describe('credit properties (1000 runs each)', () => {
  it('issue 14: every kind is non-decreasing in downtime (non-increasing in availability), whatever the limits and rounding', () => {
    fc.assert(
      fc.property(ruleArb, periodArb, fc.integer({ min: 0, max: 1_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (rule, period, fee, a, b) => {
        const length = period.end - period.start;
        const [less, more] = [Math.floor(Math.min(a, b) * length), Math.floor(Math.max(a, b) * length)];
        const credit = new ServiceCredit(rule);
        expect(credit.credit(inputFor(period, fee, less)).amountMinor).toBeLessThanOrEqual(credit.credit(inputFor(period, fee, more)).amountMinor);
      }),
      options,
    );
  });

  it('issue 14: no per-period cap is ever exceeded: amount ≤ capMinor and amount × 100 ≤ fee × capPercent, exactly', () => {
    fc.assert(
      fc.property(ruleArb, periodArb, fc.integer({ min: 0, max: 1_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (rule, period, fee, share) => {
        const downtime = Math.floor(share * (period.end - period.start));
        const result = new ServiceCredit(rule).credit(inputFor(period, fee, downtime));
        expect(Number.isSafeInteger(result.amountMinor) && result.amountMinor >= 0).toBe(true);
        if (rule.capMinor !== undefined) expect(result.amountMinor).toBeLessThanOrEqual(rule.capMinor);
        if (rule.capPercent !== undefined) {
          // capPercent has two decimals: amount ≤ fee × p / 100  ⇔  amount × 10 000 ≤ fee × (p × 100)
          const basisPoints = BigInt(Math.round(Number(rule.capPercent) * 100));
          expect(BigInt(result.amountMinor) * 10_000n <= BigInt(fee) * basisPoints).toBe(true);
        }
        // untouched unless the cap or the minimum says so
        if (!result.capped && !result.belowMinimum) expect(result.amountMinor).toBe(result.computedMinor);
        if (result.capped && !result.belowMinimum) expect(result.amountMinor).toBeLessThan(result.computedMinor);
        if (result.belowMinimum) expect(result.amountMinor).toBe(0);
      }),
      options,
    );
  });

  it('issue 14: no cap across sources is ever exceeded; shares add up to the total, none above its credit', () => {
    const creditArb = fc.record({ kind: fc.constantFrom('tiered' as const, 'proportional' as const, 'per-incident' as const), amountMinor: fc.integer({ min: 0, max: 1_000_000 }) });
    fc.assert(
      fc.property(
        fc.array(creditArb, { maxLength: 6 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.option(percentArb, { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
        fc.constantFrom('in-order' as const, 'pro-rata' as const),
        (credits, fee, capPercent, capMinor, allocation) => {
          const total = combineCredits(credits, { feeMinor: fee, capPercent, capMinor, allocation });
          const sum = credits.reduce((a, c) => a + c.amountMinor, 0);
          let cap = capMinor ?? Number.MAX_SAFE_INTEGER;
          if (capPercent !== undefined) cap = Math.min(cap, Number((BigInt(fee) * BigInt(Math.round(Number(capPercent) * 100))) / 10_000n));
          expect(total.totalMinor).toBe(Math.min(sum, cap));
          expect(total.credits.reduce((a, c) => a + c.paidMinor, 0)).toBe(total.totalMinor);
          for (const share of total.credits) expect(share.paidMinor >= 0 && share.paidMinor <= share.amountMinor).toBe(true);
          expect(total.capped).toBe(sum > cap);
        },
      ),
      options,
    );
  });

  it('a termination right that arose still holds, at the same period, when later periods are added', () => {
    const verdictsArb = fc.array(fc.boolean().map((met) => ({ met })), { maxLength: 24 });
    const ruleArb2 = fc.oneof(
      fc.integer({ min: 1, max: 4 }).map((count) => ({ type: 'consecutive-misses' as const, count })),
      fc.integer({ min: 1, max: 6 }).chain((window) => fc.integer({ min: 1, max: window }).map((misses) => ({ type: 'misses-in-window' as const, misses, window }))),
    );
    fc.assert(
      fc.property(ruleArb2, verdictsArb, verdictsArb, (rule, head, tail) => {
        const early = evaluateTermination(rule, head);
        const later = evaluateTermination(rule, [...head, ...tail]);
        if (early.triggered) expect(later).toMatchObject({ triggered: true, triggeredAt: early.triggeredAt, periods: early.periods });
        if (!later.triggered) expect(early.triggered).toBe(false);
      }),
      options,
    );
  });
});
