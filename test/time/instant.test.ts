import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SlaInputError, SlaZoneError } from '../../src/errors.js';
import { formatInstant, formatLocal, toInstant } from '../../src/time/instant.js';
import { TimeZone } from '../../src/time/zone.js';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';

/** Assert `fn` throws `type` and that the message names `field`. */
function expectInputError(fn: () => unknown, type: new (...args: never[]) => Error, field: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(type);
  // every slakit message starts with "<field>: "
  expect((caught as Error).message.startsWith(`${field}: `), (caught as Error).message).toBe(true);
}

describe('toInstant — docs/semantics.md "Instants": ISO 8601 with offset or Z', () => {
  it('§0: Z and lowercase z read as UTC', () => {
    expect(toInstant('2026-06-01T14:00:00Z')).toBe(Date.UTC(2026, 5, 1, 14));
    expect(toInstant('2026-06-01t14:00:00z')).toBe(Date.UTC(2026, 5, 1, 14));
    expect(toInstant('2026-06-01T14:00Z')).toBe(Date.UTC(2026, 5, 1, 14));
  });

  it('§0: an offset is subtracted to get UTC (+02:00, +05:45, -03:30, compact forms)', () => {
    // 16:00 at +02:00 is 14:00Z
    expect(toInstant('2026-06-01T16:00:00+02:00')).toBe(Date.UTC(2026, 5, 1, 14));
    // Kathmandu: 12:00 at +05:45 is 12:00 - 5:45 = 06:15Z
    expect(toInstant('2026-06-01T12:00:00+05:45')).toBe(Date.UTC(2026, 5, 1, 6, 15));
    expect(toInstant('2026-06-01T12:00:00+0545')).toBe(Date.UTC(2026, 5, 1, 6, 15));
    // St John's standard time: 12:00 at -03:30 is 12:00 + 3:30 = 15:30Z
    expect(toInstant('2026-01-15T12:00:00-03:30')).toBe(Date.UTC(2026, 0, 15, 15, 30));
    // hours-only offset: 12:00 at -05 is 17:00Z
    expect(toInstant('2026-01-15T12:00-05')).toBe(Date.UTC(2026, 0, 15, 17));
    // an offset that crosses midnight: 01:00 at +05:45 is 19:15Z the day before
    expect(toInstant('2026-03-01T01:00:00+05:45')).toBe(Date.UTC(2026, 1, 28, 19, 15));
  });

  it('issue 15: an offset with seconds, ±hh:mm:ss or ±hhmmss (RFC 9557), is read to the second', () => {
    // Paris mean time +00:09:21: 00:09:21 local is 00:00:00Z (reading it as +00:09 was 21 s late)
    expect(toInstant('1905-01-01T00:09:21+00:09:21')).toBe(Date.UTC(1905, 0, 1));
    expect(toInstant('1905-01-01T00:09:21.000+000921')).toBe(Date.UTC(1905, 0, 1));
    // Monrovia −00:44:30: 23:15:30 + 0:44:30 = 24:00:00, i.e. 1960-01-01 00:00Z (reading it as −00:45 was 30 s late)
    expect(toInstant('1959-12-31T23:15:30-00:44:30')).toBe(Date.UTC(1960, 0, 1));
    // Santiago mean time −04:42:45: 19:17:15 + 4:42:45 = 24:00:00
    expect(toInstant('1904-12-31T19:17:15.000-04:42:45')).toBe(Date.UTC(1905, 0, 1));
  });

  it('issue 15: an offset whose seconds are not 00–59, or with mixed separators, is an SlaInputError naming the field', () => {
    expectInputError(() => toInstant('1905-01-01T00:09:21+00:09:60', 'at'), SlaInputError, 'at');
    expectInputError(() => toInstant('1905-01-01T00:09:21+00:0921', 'at'), SlaInputError, 'at');
    expectInputError(() => toInstant('1905-01-01T00:09:21+0009:21', 'at'), SlaInputError, 'at');
    expectInputError(() => toInstant('1905-01-01T00:09:21+00:09:2', 'at'), SlaInputError, 'at');
  });

  it('§0: fractional seconds are milliseconds; zeros past the millisecond are harmless', () => {
    expect(toInstant('2026-06-01T14:00:00.5Z')).toBe(Date.UTC(2026, 5, 1, 14, 0, 0, 500));
    expect(toInstant('2026-06-01T14:00:00.123Z')).toBe(Date.UTC(2026, 5, 1, 14, 0, 0, 123));
    expect(toInstant('2026-06-01T14:00:00,25Z')).toBe(Date.UTC(2026, 5, 1, 14, 0, 0, 250));
    // .123000 s = 123 ms exactly; 14:00 at +05:45 is 08:15Z
    expect(toInstant('2026-06-01T14:00:00.123000+05:45')).toBe(Date.UTC(2026, 5, 1, 8, 15, 0, 123));
    expect(toInstant('2026-06-01T14:00:59.999000000Z')).toBe(Date.UTC(2026, 5, 1, 14, 0, 59, 999));
    expect(toInstant('2026-06-01T14:00:00.001Z')).toBe(Date.UTC(2026, 5, 1, 14, 0, 0, 1));
  });

  it('issue 15 kind 3: digits past the millisecond that are not zeros are an SlaInputError, never truncated', () => {
    // .0005 s = 0.5 ms: truncating would answer 08:00:00.000Z, a different instant
    expectInputError(() => toInstant('2026-06-01T08:00:00.0005Z', 'openedAt'), SlaInputError, 'openedAt');
    // .123456 s = 123.456 ms; .999999999 s = 999.999999 ms
    expectInputError(() => toInstant('2026-06-01T14:00:00.123456+05:45', 'at'), SlaInputError, 'at');
    expectInputError(() => toInstant('2026-06-01T14:00:59.999999999Z', 'at'), SlaInputError, 'at');
    // also for local strings read in a zone
    expectInputError(() => toInstant('2026-06-01T08:00:00.1234', 'at', 'Europe/Paris'), SlaInputError, 'at');
  });

  it('§0: a local date-time without offset is read in an explicitly given zone', () => {
    // Berlin in June is CEST (+02:00): 16:00 local = 14:00Z
    expect(toInstant('2026-06-01T16:00', 'openedAt', 'Europe/Berlin')).toBe(Date.UTC(2026, 5, 1, 14));
    // an explicit offset wins over the zone
    expect(toInstant('2026-06-01T16:00+00:00', 'openedAt', 'Europe/Berlin')).toBe(Date.UTC(2026, 5, 1, 16));
  });

  it('§0 DST "compatible" for points: Paris 02:30 on 2026-03-29 (gap) → 03:30 CEST; 02:30 on 2026-10-25 (overlap) → the earlier, CEST', () => {
    // 03:30 CEST = 01:30Z
    expect(toInstant('2026-03-29T02:30', 'at', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // 02:30 CEST (+02:00) = 00:30Z; the later reading 02:30 CET would be 01:30Z
    expect(toInstant('2026-10-25T02:30', 'at', 'Europe/Paris')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('Date and integer epoch milliseconds pass through', () => {
    expect(toInstant(new Date(Date.UTC(2026, 5, 1)))).toBe(Date.UTC(2026, 5, 1));
    expect(toInstant(1_780_322_400_000)).toBe(Date.UTC(2026, 5, 1, 14));
  });

  it('issue 2: an ISO string without offset is an SlaInputError naming the field', () => {
    expectInputError(() => toInstant('2026-06-01T08:00', 'openedAt'), SlaInputError, 'openedAt');
    expectInputError(() => toInstant('2026-06-01T08:00:00.000', 'openedAt'), SlaInputError, 'openedAt');
  });

  it('issue 2: an invalid date (2026-02-30, 24:00, 23:60, bad offset) is an SlaInputError naming the field', () => {
    expectInputError(() => toInstant('2026-02-30T00:00Z', 'openedAt'), SlaInputError, 'openedAt');
    expectInputError(() => toInstant('2025-02-29T00:00Z', 'openedAt'), SlaInputError, 'openedAt');
    expectInputError(() => toInstant('2026-06-01T24:00Z', 'openedAt'), SlaInputError, 'openedAt');
    expectInputError(() => toInstant('2026-06-01T23:60Z', 'openedAt'), SlaInputError, 'openedAt');
    expectInputError(() => toInstant('2026-06-01T23:00+24:00', 'openedAt'), SlaInputError, 'openedAt');
    expectInputError(() => toInstant('2026-13-01T00:00Z', 'openedAt'), SlaInputError, 'openedAt');
    expectInputError(() => toInstant('not a date', 'openedAt'), SlaInputError, 'openedAt');
    expectInputError(() => toInstant(new Date(Number.NaN), 'openedAt'), SlaInputError, 'openedAt');
  });

  it('issue 2: NaN, ±Infinity and fractional milliseconds are SlaInputErrors naming the field', () => {
    expectInputError(() => toInstant(Number.NaN, 'respondedAt'), SlaInputError, 'respondedAt');
    expectInputError(() => toInstant(Number.POSITIVE_INFINITY, 'respondedAt'), SlaInputError, 'respondedAt');
    expectInputError(() => toInstant(Number.NEGATIVE_INFINITY, 'respondedAt'), SlaInputError, 'respondedAt');
    expectInputError(() => toInstant(1.5, 'respondedAt'), SlaInputError, 'respondedAt');
    expectInputError(() => toInstant({} as never, 'respondedAt'), SlaInputError, 'respondedAt');
  });

  it('instants outside the years 1000–9999 are SlaInputErrors naming the field', () => {
    expectInputError(() => toInstant('0999-12-31T23:59:59Z', 'at'), SlaInputError, 'at');
    expectInputError(() => toInstant(8.64e15, 'at'), SlaInputError, 'at');
  });

  it('an unknown zone for a local string is an SlaZoneError naming the zone', () => {
    expectInputError(() => toInstant('2026-06-01T08:00', 'at', 'Europe/Pariss'), SlaZoneError, 'zone');
    expect(() => toInstant('2026-06-01T08:00', 'at', 'Europe/Pariss')).toThrow(/Europe\/Pariss/);
  });
});

describe('formatInstant / formatLocal', () => {
  it('formatInstant is ISO UTC with milliseconds', () => {
    expect(formatInstant(Date.UTC(2026, 5, 1, 14))).toBe('2026-06-01T14:00:00.000Z');
  });

  it('formatLocal writes the zone offset, including :45 and negative :30 offsets', () => {
    expect(formatLocal(Date.UTC(2026, 5, 1, 14), 'Europe/Berlin')).toBe('2026-06-01T16:00:00.000+02:00');
    // 06:15Z + 5:45 = 12:00 Kathmandu
    expect(formatLocal(Date.UTC(2026, 5, 1, 6, 15), 'Asia/Kathmandu')).toBe('2026-06-01T12:00:00.000+05:45');
    // January: St John's is at -03:30; 15:30Z - 3:30 = 12:00
    expect(formatLocal(Date.UTC(2026, 0, 15, 15, 30), 'America/St_Johns')).toBe('2026-01-15T12:00:00.000-03:30');
    // Chatham in January (summer) is +13:45: 00:00Z + 13:45 = 13:45
    expect(formatLocal(Date.UTC(2026, 0, 15), 'Pacific/Chatham')).toBe('2026-01-15T13:45:00.000+13:45');
  });
});

describe('formatLocal — issue 15: offsets with seconds are written with their seconds', () => {
  it('Paris +00:09:21 (before 1911), Monrovia −00:44:30 (1919–1972), Santiago −04:42:45 (before 1910), Dublin −00:25:21 (before 1916)', () => {
    // 00:00Z + 0:09:21 = 00:09:21 (was written "+00:09", which reads back 21 s off)
    expect(formatLocal(Date.UTC(1905, 0, 1), 'Europe/Paris')).toBe('1905-01-01T00:09:21.000+00:09:21');
    // 00:00Z − 0:44:30 = 23:15:30 the day before (was "-00:45", 30 s off)
    expect(formatLocal(Date.UTC(1960, 0, 1), 'Africa/Monrovia')).toBe('1959-12-31T23:15:30.000-00:44:30');
    // 00:00Z − 4:42:45 = 19:17:15 the day before
    expect(formatLocal(Date.UTC(1905, 0, 1), 'America/Santiago')).toBe('1904-12-31T19:17:15.000-04:42:45');
    // 00:00Z − 0:25:21 = 23:34:39 the day before
    expect(formatLocal(Date.UTC(1910, 0, 1), 'Europe/Dublin')).toBe('1909-12-31T23:34:39.000-00:25:21');
    // offsets in whole minutes keep the ±hh:mm form: UTC is +00:00
    expect(formatLocal(Date.UTC(1905, 0, 1), 'UTC')).toBe('1905-01-01T00:00:00.000+00:00');
  });

  it('property: toInstant(formatLocal(t, zone)) is t, local mean times included (1000 runs; the suite runs under TZ=UTC and TZ=Pacific/Chatham)', () => {
    const zones = ['Europe/Paris', 'Africa/Monrovia', 'Europe/Amsterdam', 'America/Santiago', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Europe/Dublin', 'Europe/Moscow'];
    // Half the draws before 1972, where the offsets with seconds are; the rest over the whole local range.
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(1972, 0, 1) }),
      fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2300, 11, 31) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, t) => {
        const text = formatLocal(t, zone);
        expect(toInstant(text, 'at')).toBe(t);
        // the offset written is the zone's, to the second
        const [, sign, hh, mm, ss] = /([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text) as RegExpExecArray;
        const written = (Number(hh) * 3600 + Number(mm) * 60 + Number(ss ?? 0)) * 1000 * (sign === '-' ? -1 : 1);
        expect(written).toBe(TimeZone.of(zone).offsetMs(t));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatLocal — issue 15: the end of the local range, 2301-01-01T00:00 local, is a bound it writes', () => {
  // Paris, 2301-01-01T00:00 +01:00 = 2300-12-31T23:00Z: the exclusive end of the periods 2300-12, 2300-Q4 and 2300
  const parisEnd = Date.UTC(2300, 11, 31, 23);

  it('writes the end of the range and reads it back; one millisecond later is out of range', () => {
    expect(parisEnd).toBe(10_445_324_400_000);
    expect(formatLocal(parisEnd, 'Europe/Paris')).toBe('2301-01-01T00:00:00.000+01:00');
    expect(toInstant('2301-01-01T00:00:00.000+01:00')).toBe(parisEnd);
    expect(toInstant('2301-01-01T00:00', 'at', 'Europe/Paris')).toBe(parisEnd);
    // the last millisecond of the range is 23:59:59.999 local
    expect(formatLocal(parisEnd - 1, 'Europe/Paris')).toBe('2300-12-31T23:59:59.999+01:00');
    expectInputError(() => formatLocal(parisEnd + 1, 'Europe/Paris'), SlaInputError, 'ms');
    expect(() => formatLocal(parisEnd + 1, 'Europe/Paris')).toThrow('ms: expected an instant in the local years 1900–2300 or their end, 2301-01-01T00:00 local, got 10445324400001');
    // UTC: 2301-01-01T00:00Z; Chatham in January is +13:45: 00:00 local = 2300-12-31 10:15Z
    expect(formatLocal(Date.UTC(2301, 0, 1), 'UTC')).toBe('2301-01-01T00:00:00.000+00:00');
    expect(formatLocal(Date.UTC(2300, 11, 31, 10, 15), 'Pacific/Chatham')).toBe('2301-01-01T00:00:00.000+13:45');
    // the start stays the start: 1900-01-01T00:00 local is in, one ms before is not
    expect(formatLocal(Date.UTC(1900, 0, 1), 'UTC')).toBe('1900-01-01T00:00:00.000+00:00');
    expectInputError(() => formatLocal(Date.UTC(1900, 0, 1) - 1, 'UTC'), SlaInputError, 'ms');
  });

  it('the same bound a query may end at: elapsed over December 2300 in Paris ends at it', () => {
    const paris = BusinessCalendar.always('Europe/Paris');
    // 31 days × 24 h = 744 h = 2 678 400 000 ms (no DST change in December)
    expect(paris.elapsed('2300-12-01T00:00+01:00', parisEnd)).toBe(2_678_400_000);
    expectInputError(() => paris.elapsed('2300-12-01T00:00+01:00', parisEnd + 1), SlaInputError, 'to');
  });

  it('property: in any IANA zone, local midnight of 2301-01-01 is written as such and reads back; the next millisecond is an SlaInputError (1000 runs)', () => {
    const end = Date.UTC(2301, 0, 1); // the wall time 2301-01-01T00:00, written as if UTC
    fc.assert(
      fc.property(fc.constantFrom(...Intl.supportedValuesOf('timeZone')), (zone) => {
        const tz = TimeZone.of(zone);
        const t = tz.fromWall(end);
        expect(tz.toWall(t)).toBe(end);
        const text = formatLocal(t, zone);
        expect(text.startsWith('2301-01-01T00:00:00.000')).toBe(true);
        expect(toInstant(text, 'at')).toBe(t);
        expectInputError(() => formatLocal(t + 1, zone), SlaInputError, 'ms');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toInstant fast path for YYYY-MM-DDTHH:MM:SS.sssZ', () => {
  it('property: equals the instant for every canonical string of years 1000–9999 (1000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (ms) => {
        expect(toInstant(new Date(ms).toISOString(), 'at')).toBe(ms);
      }),
      { numRuns: 1000 },
    );
  });

  it('impossible canonical-looking dates still fail, naming the field', () => {
    for (const bad of ['2026-02-29T00:00:00.000Z', '2026-13-01T00:00:00.000Z', '2026-01-01T24:00:00.000Z', '2026-01-01T00:60:00.000Z', '2026-01-01T00:00:60.000Z', '2026-01-0xT00:00:00.000Z']) {
      expect(() => toInstant(bad, 'at')).toThrow(SlaInputError);
      expect(() => toInstant(bad, 'at')).toThrow(/^at: /);
    }
  });
});

describe('toInstant — issue 15 kind 3: whole milliseconds or a typed error (1000 runs)', () => {
  it('property: a canonical instant plus 1–6 extra second digits is the same instant when they are zeros, an SlaInputError otherwise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(999_999),
        (ms, length, digits) => {
          const extra = String(digits % 10 ** length).padStart(length, '0');
          // "…SS.sss" + extra digits + "Z": only zeros keep it a whole millisecond
          const text = `${new Date(ms).toISOString().slice(0, 23)}${extra}Z`;
          if (/^0+$/.test(extra)) expect(toInstant(text, 'at')).toBe(ms);
          else expectInputError(() => toInstant(text, 'at'), SlaInputError, 'at');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('-0 epoch milliseconds is the instant 0, not -0', () => {
    expect(Object.is(toInstant(-0), 0)).toBe(true);
  });
});
