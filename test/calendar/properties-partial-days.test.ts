/**
 * Issue 10 §5, acceptance: properties (≥ 1,000 runs each) of calendars with
 * partial days — random relative rules (close early, keep hours, offsets
 * before and after), random closing special days and the part-day holiday
 * readings — in the six zones of the foundation tests: the rules never add
 * open time, and `due` / `before` / `elapsed` stay consistent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, type BusinessCalendarOptions } from '../../src/calendar/business-calendar.js';
import type { RelativeDayRule } from '../../src/calendar/day-rules.js';
import { type HolidayProvider, dateHolidays, holidayList } from '../../src/calendar/holidays.js';
import { DAY, HOUR, ZONES, rangeText, scheduleArbitrary, targetArbitrary, trickyInstantArbitrary } from './arbitraries.js';

const relativeRule: fc.Arbitrary<RelativeDayRule> = fc.oneof(
  fc.record({ offset: fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0), minutes: fc.integer({ min: 1, max: 600 }) }).map(({ offset, minutes }) => ({ relativeTo: 'holiday' as const, offsetDays: offset, closeEarly: { minutes } })),
  fc.record({ offset: fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0), start: fc.integer({ min: 0, max: 95 }), length: fc.integer({ min: 1, max: 96 }) }).map(({ offset, start, length }) => ({
    relativeTo: 'holiday' as const,
    offsetDays: offset,
    hours: [rangeText(start * 15, length * 15)],
  })),
);

/** A calendar with rules, and the same calendar without them. */
interface Twin {
  readonly ruled: BusinessCalendar;
  readonly plain: BusinessCalendar;
}

const twinSpec = fc.record({
  zone: fc.constantFrom(...ZONES),
  week: scheduleArbitrary({ grid: 15, minLongest: 240 }),
  rules: fc.array(relativeRule, { minLength: 1, maxLength: 3 }),
  // closing special days: every 37th day from a random one in 2000–2100 (a few hundred, some on holidays)
  closedEvery: fc.integer({ min: 0, max: 36 }),
  withPartDays: fc.constantFrom('full-day', 'partial', 'ignore'),
});

/** Holidays dense enough to matter: FR or DE (with its part-day bank holidays), or the 1st and 15th of each month. */
const HOLIDAYS = [dateHolidays('FR'), dateHolidays('DE', { types: ['public', 'bank'] }), { id: 'mid-month', datesInYear: (year: number) => Array.from({ length: 12 }, (_, m) => [`${year}-${String(m + 1).padStart(2, '0')}-01`, `${year}-${String(m + 1).padStart(2, '0')}-15`]).flat() }];

const twins: Twin[] = fc.sample(twinSpec, { numRuns: 18, seed: 10 }).map((spec, i) => {
  // The twin reads part-day holidays the same way: 'partial' and 'ignore' open more than 'full-day' by design.
  const partDayHolidays = spec.withPartDays as NonNullable<BusinessCalendarOptions['partDayHolidays']>;
  const base: BusinessCalendarOptions = { zone: spec.zone, week: spec.week, holidays: HOLIDAYS[i % HOLIDAYS.length] as HolidayProvider, partDayHolidays, horizonYears: 40, maxCachedYears: 300 };
  const closed: string[] = [];
  for (let day = Date.UTC(2000, 0, 1) + spec.closedEvery * DAY; day < Date.UTC(2100, 0, 1); day += 37 * DAY) closed.push(new Date(day).toISOString().slice(0, 10));
  return {
    plain: new BusinessCalendar(base),
    ruled: new BusinessCalendar({ ...base, relativeDays: spec.rules, specialHours: closed.map((date) => ({ date, hours: [] })) }),
  };
});
twins.push({ plain: BusinessCalendar.always('UTC'), ruled: new BusinessCalendar({ zone: 'UTC', week: { mon: ['00:00-24:00'], tue: ['00:00-24:00'] }, holidays: holidayList(['2026-06-02']), relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT1H' }] }) });

const twin = fc.integer({ min: 0, max: twins.length - 1 }).map((i) => twins[i] as Twin);
const options = { numRuns: 1000 };

describe('partial days: properties (issue 10 §5, 1000 runs each)', () => {
  it('rules never add open time: elapsed with the rules <= without, over any window (up to 40 days)', () => {
    fc.assert(
      fc.property(twin, trickyInstantArbitrary, fc.integer({ min: 0, max: 40 * 24 * 60 }), ({ ruled, plain }, from, minutes) => {
        const to = from + minutes * 60_000;
        expect(ruled.elapsed(from, to)).toBeLessThanOrEqual(plain.elapsed(from, to));
        // pointwise: open with the rules ⇒ open without them
        if (ruled.isOpen(from)) expect(plain.isOpen(from)).toBe(true);
      }),
      options,
    );
  });

  it('issue 2 on these calendars: elapsed(s, due(s, d)) === d', () => {
    fc.assert(
      fc.property(twin, trickyInstantArbitrary, targetArbitrary, ({ ruled }, s, d) => {
        expect(ruled.elapsed(s, ruled.due(s, d))).toBe(d);
      }),
      options,
    );
  });

  it('issue 10 §4 on these calendars: elapsed(before(t, d), t) === d, and the start is open when d > 0', () => {
    fc.assert(
      fc.property(twin, trickyInstantArbitrary, targetArbitrary, ({ ruled }, t, d) => {
        const s = ruled.before(t, d);
        expect(ruled.elapsed(s, t)).toBe(d);
        if (d > 0) expect(ruled.isOpen(s)).toBe(true);
      }),
      options,
    );
  });

  it('the sanity twin: a 24 h Monday before a Tuesday holiday closes at 23:00 (47 h → 23 h that week)', () => {
    const { ruled } = twins[twins.length - 1] as Twin;
    // Mon 2026-06-01 00:00–23:00 (rule), Tue 06-02 holiday: 23 h from Mon to Wed
    expect(ruled.elapsed('2026-06-01T00:00Z', '2026-06-03T00:00Z')).toBe(23 * HOUR);
  });
});
