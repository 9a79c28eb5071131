/**
 * PenaltyTable and commitments (docs/semantics.md *Penalty table*, Letsignit
 * §7; worked example 4). The Letsignit table is declared here from the
 * contract text: lower bound inclusive, upper exclusive, cap 50 %.
 */
import { describe, expect, it } from 'vitest';
import {
  AvailabilityPeriod,
  PenaltyTable,
  SlaInputError,
  computeAvailability,
  creditAmountMinor,
  evaluateCommitment,
} from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Letsignit §7 table (docs/semantics.md), default reading. */
const letsignitTable = new PenaltyTable({
  capPercent: 50,
  tiers: [
    { min: '99.5', creditPercent: 0 },
    { min: '99.4', max: '99.5', creditPercent: 3 },
    { min: '99.35', max: '99.4', creditPercent: 6 },
    { min: '99.20', max: '99.35', creditPercent: 12 },
    { min: '99.10', max: '99.20', creditPercent: 25 },
    { max: '99.10', creditPercent: 50 },
  ],
});

const march = AvailabilityPeriod.month(2026, 3, 'Europe/Paris'); // 743 h = 2 674 800 000 ms

describe('PenaltyTable.creditFor', () => {
  it('worked example 4: March 2026, one 4 h outage → 99.4616 % → 3 %', () => {
    const result = computeAvailability({ period: march, incidents: [{ start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00' }] });
    const credit = letsignitTable.creditFor(result);
    // 739/743 = 99.4616 %: 99.4 ≤ A < 99.5 → tiers[1] → 3 %.
    expect(credit).toMatchObject({ percent: 3, tierIndex: 1, capped: false, inGap: false });
    expect(credit.explanation).toBe('99.4616 % is in tiers[1] (99.4 % ≤ A < 99.5 %): 3 %');
  });

  it('docs/semantics.md: exactly 99.4 % is 3 %, 1 ms less downtime-free time is 6 %', () => {
    // 0.6 % of 2 674 800 000 ms = 16 048 800 ms of counted downtime gives exactly 99.4 %.
    const outage = (ms: number) =>
      computeAvailability({ period: march, incidents: [{ start: '2026-03-10T10:00:00+01:00', end: march.start + 9 * 24 * HOUR + 10 * HOUR + ms }] });
    // 2026-03-10T10:00+01:00 is March start + 9 days + 10 h (no DST change before the 29th).
    expect(outage(16_048_800).ratio).toEqual({ numerator: 2_658_751_200, denominator: 2_674_800_000 });
    expect(letsignitTable.creditFor(outage(16_048_800)).percent).toBe(3);
    expect(letsignitTable.creditFor(outage(16_048_801)).percent).toBe(6);
  });

  it('docs/semantics.md: 99.5 % exactly is 0 %; 100 % is 0 %; 0 % is 50 %', () => {
    expect(letsignitTable.creditFor({ numerator: 995, denominator: 1000 }).percent).toBe(0);
    expect(letsignitTable.creditFor({ numerator: 1, denominator: 1 }).percent).toBe(0);
    expect(letsignitTable.creditFor({ numerator: 0, denominator: 1 })).toMatchObject({ percent: 50, tierIndex: 5 });
  });

  it('Letsignit §7 cap: a tier above the cap is capped (cap 20 % → 25 % tier gives 20 %)', () => {
    const capped = new PenaltyTable({ capPercent: 20, tiers: [{ min: '99.1', creditPercent: 0 }, { max: '99.1', creditPercent: 25 }] });
    expect(capped.creditFor(0.98)).toMatchObject({ percent: 20, capped: true, tierIndex: 1 });
  });
});

describe('PenaltyTable: gaps and overlaps', () => {
  // Letsignit §7 read literally: "99.10% ~ 99.20% 25%" and "99% 50%" leave 99.0–99.1 uncovered.
  const literal = [
    { min: '99.10', max: '99.20', creditPercent: 25 },
    { max: '99', maxInclusive: true, creditPercent: 50 },
    { min: '99.20', creditPercent: 0 },
  ];

  it('a gap is an error by default, naming tiers and the gap', () => {
    const make = () => new PenaltyTable({ tiers: literal });
    expect(make).toThrow(SlaInputError);
    expect(make).toThrow(/^tiers: .*99 % < A < 99.10 %/);
  });

  it('gapPolicy no-credit: 99.05 % gives 0 % with no tier', () => {
    const table = new PenaltyTable({ tiers: literal, gapPolicy: 'no-credit' });
    expect(table.creditFor(0.9905)).toMatchObject({ percent: 0, tierIndex: null, inGap: true });
  });

  it('gapPolicy lowest-adjacent: 99.05 % gives the tier below the gap (50 %)', () => {
    const table = new PenaltyTable({ tiers: literal, gapPolicy: 'lowest-adjacent' });
    expect(table.creditFor(0.9905)).toMatchObject({ percent: 50, tierIndex: 1, inGap: true });
  });

  it('a point gap: both tiers exclusive at 99.4 leave 99.4 % exactly uncovered', () => {
    const make = () => new PenaltyTable({ tiers: [{ min: '99.4', minInclusive: false, creditPercent: 0 }, { max: '99.4', creditPercent: 3 }] });
    expect(make).toThrow(/^tiers: .*99.4 % ≤ A ≤ 99.4 %/);
  });

  it('overlapping tiers → SlaInputError naming tiers[i]', () => {
    const make = () => new PenaltyTable({ tiers: [{ min: 99, creditPercent: 0 }, { max: '99.5', creditPercent: 10 }] });
    expect(make).toThrow(SlaInputError);
    expect(make).toThrow(/^tiers\[0\]: .*overlap tiers\[1\]/);
  });

  it('docs/semantics.md ambiguity: both rows inclusive at the shared bound 99.4 % overlap', () => {
    const make = () =>
      new PenaltyTable({
        tiers: [
          { min: '99.4', creditPercent: 3 },
          { max: '99.4', maxInclusive: true, creditPercent: 6 },
        ],
      });
    expect(make).toThrow(/^tiers\[0\]: /);
  });

  it('bad tiers: credit above 100, min above max, bad cap, bad gap policy', () => {
    expect(() => new PenaltyTable({ tiers: [{ creditPercent: 101 }] })).toThrow(/^tiers\[0\]\.creditPercent: /);
    expect(() => new PenaltyTable({ tiers: [{ min: '99.5', max: '99.4', creditPercent: 0 }] })).toThrow(/^tiers\[0\]: /);
    expect(() => new PenaltyTable({ tiers: [{ creditPercent: 0 }], capPercent: -5 })).toThrow(/^capPercent: /);
    expect(() => new PenaltyTable({ tiers: [{ creditPercent: 0 }], gapPolicy: 'ignore' as never })).toThrow(/^gapPolicy: /);
    expect(() => new PenaltyTable({ tiers: [] })).toThrow(/^tiers: /);
  });
});

describe('credit amounts in integer minor units', () => {
  it('docs/semantics.md: 3 % of 1,234.56 EUR (123456) is 37.04 EUR (3703.68 → 3704, half up)', () => {
    expect(letsignitTable.amountMinor(123_456, 3)).toBe(3704);
    expect(letsignitTable.credit({ numerator: 739, denominator: 743 }, 123_456)).toMatchObject({ percent: 3, amountMinor: 3704, feeMinor: 123_456 });
  });

  it('rounding half up on the exact rational: 0.5 % of 100 → 0.5 → 1; 0.5 % of 99 → 0.495 → 0', () => {
    expect(creditAmountMinor(100, '0.5')).toBe(1);
    expect(creditAmountMinor(99, '0.5')).toBe(0);
    // 12 % of 4 999 999 = 599 999.88 → 600 000.
    expect(creditAmountMinor(4_999_999, 12)).toBe(600_000);
  });

  it('negative or fractional fee → SlaInputError naming feeMinor', () => {
    expect(() => letsignitTable.amountMinor(-1, 3)).toThrow(SlaInputError);
    expect(() => letsignitTable.amountMinor(-1, 3)).toThrow(/^feeMinor: /);
    expect(() => letsignitTable.credit(0.99, 1234.56)).toThrow(/^feeMinor: /);
  });
});

describe('evaluateCommitment', () => {
  const fourHours = computeAvailability({ period: march, incidents: [{ start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00' }] });

  it('Letsignit §5: 99 % met with 3 h 25 min 48 s to spare (7 h 25 min 48 s − 4 h)', () => {
    expect(evaluateCommitment({ id: 'application', target: '99' }, fourHours)).toMatchObject({
      id: 'application',
      target: '99',
      met: true,
      marginMs: 3 * HOUR + 25 * MINUTE + 48_000,
      availabilityPercent: '99.4616',
    });
  });

  it('Letsignit §4: 99.95 % missed by 4 h − 22 min 17.4 s (0.05 % of 743 h = 1 337 400 ms)', () => {
    const verdict = evaluateCommitment({ id: 'server', target: '99.95' }, fourHours);
    // allowed = 0.0005 × 2 674 800 000 = 1 337 400 ms; margin = 1 337 400 − 14 400 000 = −13 062 600 ms.
    expect(verdict).toMatchObject({ met: false, allowedMs: 1_337_400, marginMs: -13_062_600 });
  });

  it('bad input: missing id, bad target', () => {
    expect(() => evaluateCommitment({ id: '', target: '99' }, fourHours)).toThrow(/^commitment\.id: /);
    expect(() => evaluateCommitment({ id: 'x', target: '101' }, fourHours)).toThrow(/^target: /);
  });
});
