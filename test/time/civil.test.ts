import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatDayNumber,
  formatWall,
  isoWeekday,
  parseLocalDate,
  parseTimeOfDay,
  yearFromDays,
} from '../../src/time/civil.js';

describe('civil calendar arithmetic (proleptic Gregorian)', () => {
  it('day numbers: 1970-01-01 is 0; 2000-03-01 is 11 017', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    // 30 years × 365 + 7 leap days (1972 … 1996) = 10 957 to 2000-01-01, + 31 (Jan) + 29 (Feb 2000) = 11 017
    expect(daysFromCivil(2000, 3, 1)).toBe(11_017);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
  });

  it('civilFromDays and yearFromDays invert daysFromCivil across 1900–2300', () => {
    for (let day = daysFromCivil(1900, 1, 1); day <= daysFromCivil(2300, 12, 31); day += 37) {
      const { year, month, day: d } = civilFromDays(day);
      expect(daysFromCivil(year, month, d)).toBe(day);
      expect(yearFromDays(day)).toBe(year);
    }
    expect(civilFromDays(11_017)).toEqual({ year: 2000, month: 3, day: 1 });
  });

  it('ISO weekdays: 1970-01-01 was a Thursday (4); 2026-06-01 is a Monday (1)', () => {
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(daysFromCivil(2026, 6, 1))).toBe(1);
    expect(isoWeekday(-1)).toBe(3);
  });

  it('leap years: February 2000 has 29 days, 2100 and 1900 have 28, 2028 has 29', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('parseLocalDate rejects impossible dates; parseTimeOfDay accepts 24:00 only as 24:00', () => {
    expect(parseLocalDate('2026-02-30')).toBeUndefined();
    expect(parseLocalDate('2026-2-3')).toBeUndefined();
    expect(parseLocalDate('2028-02-29')).toBe(daysFromCivil(2028, 2, 29));
    expect(parseTimeOfDay('24:00')).toBe(1440);
    expect(parseTimeOfDay('24:01')).toBeUndefined();
    expect(parseTimeOfDay('25:00')).toBeUndefined();
    expect(parseTimeOfDay('08:60')).toBeUndefined();
    expect(parseTimeOfDay('8:00')).toBeUndefined();
    expect(parseTimeOfDay('08:30')).toBe(510);
  });

  it('formatting: day numbers as YYYY-MM-DD, wall ms with seconds only when present', () => {
    expect(formatDayNumber(daysFromCivil(2026, 6, 1))).toBe('2026-06-01');
    expect(formatWall(Date.UTC(2026, 5, 1, 8, 5))).toBe('2026-06-01T08:05');
    expect(formatWall(Date.UTC(2026, 5, 1, 8, 5, 7))).toBe('2026-06-01T08:05:07');
    expect(formatWall(Date.UTC(2026, 5, 1, 8, 5, 7, 9))).toBe('2026-06-01T08:05:07.009');
  });
});
