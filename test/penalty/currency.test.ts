/**
 * Currencies (issue 14 trial): the library checks an ISO 4217 code with the
 * rule the CLI's --currency applies, as an SlaInputError naming `currency`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlaInputError, currencyCode, currencyMinorDigits, defineContract } from '../../src/index.js';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof SlaInputError ? `${error.field} = ${JSON.stringify(error.value)}` : `not an SlaInputError: ${String(error)}`;
  }
  return undefined;
}

describe('currencyCode and currencyMinorDigits', () => {
  it('known codes pass; their minor units are EUR 2, JPY 0, KWD 3 (ISO 4217 exponents)', () => {
    expect(['EUR', 'USD', 'JPY'].map((code) => currencyCode(code))).toEqual(['EUR', 'USD', 'JPY']);
    expect(['EUR', 'JPY', 'KWD'].map((code) => currencyMinorDigits(code))).toEqual([2, 0, 3]);
  });

  it('"XYZ" (no such currency), "usd" (lower case), "EURO", "€", 978 are SlaInputErrors naming currency', () => {
    expect(fieldOf(() => currencyCode('XYZ'))).toBe('currency = "XYZ"');
    expect(fieldOf(() => currencyCode('usd'))).toBe('currency = "usd"');
    expect(fieldOf(() => currencyCode('EURO'))).toBe('currency = "EURO"');
    expect(fieldOf(() => currencyCode('€'))).toBe('currency = "€"');
    expect(fieldOf(() => currencyCode(978))).toBe('currency = 978');
  });

  it('property: a string that is not three capital letters is refused (1 000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }).filter((text) => !/^[A-Z]{3}$/.test(text)), (text) => {
        expect(fieldOf(() => currencyCode(text))).toBe(`currency = ${JSON.stringify(text)}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('Contract.availability checks the currency it is given', () => {
  const acme = defineContract({
    id: 'acme',
    name: 'Acme',
    calendars: {},
    availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period: 'month' }] },
    remedies: { credits: [{ type: 'tiered', fee: { per: 'month' }, tiers: [{ min: '99.9', creditPercent: 0 }, { max: '99.9', creditPercent: 10 }] }] },
  });
  const evaluate = (currency: string) => acme.availability({ period: '2026-06', incidents: [{ start: '2026-06-01T00:00:00Z', end: '2026-06-01T01:00:00Z' }], feeMinor: 50_000, currency });

  it('"XYZ" and "usd" are SlaInputErrors naming currency; "USD" gives the credit in USD', () => {
    expect(fieldOf(() => evaluate('XYZ'))).toBe('currency = "XYZ"');
    expect(fieldOf(() => evaluate('usd'))).toBe('currency = "usd"');
    // 60 min of 43 200 → 99.86111 % < 99.9 → 10 % of 50 000 = 5 000.
    expect(evaluate('USD').creditTotal).toMatchObject({ totalMinor: 5_000, currency: 'USD' });
  });

  it('a live-support billing currency in a definition is checked by the same rule, at its path', () => {
    const billing = (currency: string) => ({
      id: 'acme', name: 'Acme', calendars: {},
      billing: { liveSupport: { zone: 'UTC', ratePerHourMinor: 15_000, currency, minimumMinutes: 30, roundingMinutes: 1, noShowGraceMinutes: 5, bookingNoticeHours: 72, cancellation: 'hours-before-start', cancellationNoticeHours: 24, quotaExpiry: 'end-of-local-month' } },
    });
    expect(() => defineContract(billing('XYZ'))).toThrow(/^billing\.liveSupport\.currency: expected an ISO 4217 currency code such as "EUR", got "XYZ"/);
    expect(() => defineContract(billing('EUR'))).not.toThrow();
  });
});
