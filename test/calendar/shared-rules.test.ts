/**
 * Issue 13: calendars with equal rules (zone, weekly hours, holiday
 * providers, closed dates, ignored holidays, extra open intervals, cache
 * size) share their year indexes: a local year is built once per
 * configuration, not once per calendar. Observed through a holiday provider
 * that counts how often it is asked.
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, type BusinessCalendarOptions } from '../../src/calendar/business-calendar.js';
import type { HolidayProvider } from '../../src/calendar/holidays.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';

const HOUR = 3_600_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
/** Mon 2026-06-01 00:00 and Sat 2026-06-06 00:00, Berlin (CEST, +02:00). */
const MONDAY = Date.parse('2026-06-01T00:00:00+02:00');
const SATURDAY = Date.parse('2026-06-06T00:00:00+02:00');

/** A provider closing 24 December, recording every year it is asked for. */
function countingProvider(): { provider: HolidayProvider; asked: number[] } {
  const asked: number[] = [];
  return { asked, provider: { id: 'acme', datesInYear: (year) => (asked.push(year), [`${year}-12-24`]) } };
}

function calendar(provider: HolidayProvider, options: Partial<BusinessCalendarOptions> = {}): BusinessCalendar {
  return new BusinessCalendar({ zone: 'Europe/Berlin', week: sameHours([...WEEKDAYS], ['08:00-18:00']), holidays: provider, ...options });
}

describe('equal calendars share their year indexes (issue 13)', () => {
  it('a second calendar with the same rules (another name and horizon) does not rebuild 2026', () => {
    const { provider, asked } = countingProvider();
    const a = calendar(provider, { name: 'tenant-a' });
    const b = calendar(provider, { name: 'tenant-b', horizonYears: 20 });
    // Mon–Fri 08–18 from Mon 06-01 to Sat 06-06: 5 × 10 h = 50 h.
    expect(a.elapsed(MONDAY, SATURDAY)).toBe(50 * HOUR);
    expect(asked).toEqual([2026]);
    expect(b.elapsed(MONDAY, SATURDAY)).toBe(50 * HOUR);
    expect(asked).toEqual([2026]);
    expect(b.name).toBe('tenant-b');
  });

  it('closed dates are part of the rules, in any order: equal sets share, another set builds its own year', () => {
    const { provider, asked } = countingProvider();
    const one = calendar(provider, { closedDates: ['2026-06-03', '2026-06-02'] });
    const same = calendar(provider, { closedDates: ['2026-06-02', '2026-06-03', '2026-06-02'] });
    const other = calendar(provider, { closedDates: ['2026-06-02'] });
    // Tue and Wed closed: Mon, Thu, Fri = 30 h; only Tue closed: 40 h.
    expect(one.elapsed(MONDAY, SATURDAY)).toBe(30 * HOUR);
    expect(same.elapsed(MONDAY, SATURDAY)).toBe(30 * HOUR);
    expect(asked).toEqual([2026]);
    expect(other.elapsed(MONDAY, SATURDAY)).toBe(40 * HOUR);
    expect(asked).toEqual([2026, 2026]);
  });

  it('a different provider object is different rules, even with the same id and dates', () => {
    const first = countingProvider();
    const second = countingProvider();
    calendar(first.provider).elapsed(MONDAY, SATURDAY);
    calendar(second.provider).elapsed(MONDAY, SATURDAY);
    expect([first.asked, second.asked]).toEqual([[2026], [2026]]);
  });

  it('withHorizon shares the years of the calendar it copies', () => {
    const { provider, asked } = countingProvider();
    const base = calendar(provider);
    base.elapsed(MONDAY, SATURDAY);
    // 50 h counted from Mon 08:00: five days of 10 h end at Fri 18:00 (16:00Z).
    expect(base.withHorizon(30).due(MONDAY, 50 * HOUR)).toBe(Date.parse('2026-06-05T18:00:00+02:00'));
    expect(asked).toEqual([2026]);
  });
});
