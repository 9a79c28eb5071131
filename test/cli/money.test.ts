// --fee parsing: exact decimal → integer minor units, never through a float.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../src/cli/cli-error.js';
import { currencyDigits, formatMoney, parseFee } from '../../src/cli/money.js';

describe('parseFee', () => {
  it('"1234.56" EUR is 123 456 cents; "0.1" is 10; "0.29" is 29 (0.29 × 100 is 28.999… as a float)', () => {
    expect(parseFee('1234.56', 'EUR', 'test').amountMinor).toBe(123_456);
    expect(parseFee('0.1', 'EUR', 'test').amountMinor).toBe(10);
    expect(parseFee('0.29', 'EUR', 'test').amountMinor).toBe(29);
    expect(parseFee('1234.560', 'eur', 'test')).toEqual({ amountMinor: 123_456, currency: 'EUR', digits: 2 });
  });

  it('minor-unit digits come from ISO 4217 via Intl: EUR 2, JPY 0, KWD 3', () => {
    expect([currencyDigits('EUR', 'test'), currencyDigits('JPY', 'test'), currencyDigits('KWD', 'test')]).toEqual([2, 0, 3]);
  });

  it('refuses a sign, a separator, excess decimals and unknown codes with a usage error naming the flag', () => {
    for (const [fee, currency] of [['-1', 'EUR'], ['1,5', 'EUR'], ['1.5', 'JPY'], ['1e3', 'EUR'], ['10', 'XYZW']] as const) {
      expect(() => parseFee(fee, currency, 'test')).toThrow(CliUsageError);
    }
    expect(() => parseFee('1.5', 'JPY', 'test')).toThrow(/--fee: JPY has 0 decimal/);
  });

  it('property: formatting minor units and parsing them back is the identity (EUR, JPY, KWD)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('EUR', 'JPY', 'KWD'), (minor, currency) => {
        const text = formatMoney(minor, currency).replace(/ [A-Z]{3}$/, '').replaceAll(',', '');
        expect(parseFee(text, currency, 'test').amountMinor).toBe(minor);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatMoney groups thousands: 123456 EUR → "1,234.56 EUR", 5 JPY → "5 JPY"', () => {
    expect(formatMoney(123_456, 'EUR')).toBe('1,234.56 EUR');
    expect(formatMoney(5, 'JPY')).toBe('5 JPY');
    expect(formatMoney(7, 'EUR')).toBe('0.07 EUR');
  });
});
