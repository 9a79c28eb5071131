/**
 * Issue 7 differential, focused on DST changes (issue 2: "DST weeks"): the
 * window is the 40 hours around a real transition (found with luxon, not with
 * src/), and range bounds sit at night, where gaps and repeated hours are —
 * including bounds strictly inside a spring-forward gap or a repeated hour.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import type { Weekday, WeeklySchedule } from '../../src/calendar/weekly-schedule.js';
import { HOUR, MINUTE, ZONES, rangeText } from '../calendar/arbitraries.js';
import { dueRef, elapsedRef } from './minute-stepping.js';

const DST_ZONES = ZONES.filter((zone) => zone !== 'Asia/Tokyo');
const transitions = new Map<string, number[]>();

/** Instants (minute-aligned) at which the zone's offset changes in `year`, found by luxon readings. */
function transitionsOf(zone: string, year: number): number[] {
  const key = `${zone}:${year}`;
  let found = transitions.get(key);
  if (!found) {
    found = [];
    const offset = (t: number) => DateTime.fromMillis(t, { zone }).offset;
    for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 24 * HOUR) {
      if (offset(day) === offset(day + 24 * HOUR)) continue;
      let lo = day;
      let hi = day + 24 * HOUR;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offset(mid) === offset(lo)) lo = mid;
        else hi = mid;
      }
      found.push(hi);
    }
    transitions.set(key, found);
  }
  return found;
}

/** Night ranges on a 15-min grid: starting 00:00–05:45 (up to 8 h), or overnight from 20:00–23:45 (up to 12 h). */
const nightRange = fc.oneof(
  fc.record({ start: fc.integer({ min: 0, max: 23 }), length: fc.integer({ min: 1, max: 32 }) }),
  fc.record({ start: fc.integer({ min: 80, max: 95 }), length: fc.integer({ min: 1, max: 48 }) }),
).map(({ start, length }) => rangeText(start * 15, length * 15));

const KEYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const nightWeek: fc.Arbitrary<WeeklySchedule> = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), nightRange), { minLength: 1, maxLength: 8 })
  .map((entries) => {
    const week: { [day in Weekday]?: string[] } = {};
    for (const [day, range] of entries) week[day] = [...(week[day] ?? []), range];
    return week;
  });

const dstCase = fc.record({
  zone: fc.constantFrom(...DST_ZONES),
  year: fc.integer({ min: 2000, max: 2099 }),
  which: fc.integer({ min: 0, max: 1 }),
  week: nightWeek,
  before: fc.integer({ min: 0, max: 20 * 60 }),
  after: fc.integer({ min: 0, max: 20 * 60 }),
  target: fc.integer({ min: 0, max: 6 * HOUR }),
});

describe('differential around DST transitions (issues 2 and 7)', () => {
  it('issue 7 + §0 DST: elapsed and due equal the minute-stepping reference within 20 h of a transition (400 runs)', () => {
    fc.assert(
      fc.property(dstCase, ({ zone, year, which, week, before, after, target }) => {
        const change = transitionsOf(zone, year)[which];
        if (change === undefined) return;
        const a = change - before * MINUTE;
        const b = change + after * MINUTE;
        const calendar = new BusinessCalendar({ zone, week });
        const reference = { zone, week };
        expect(calendar.elapsed(a, b)).toBe(elapsedRef(reference, a, b));
        const expected = dueRef(reference, a, target, before + after);
        if (expected === null) expect(calendar.due(a, target)).toBeGreaterThan(b);
        else expect(calendar.due(a, target)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  }, 180_000);

  it('the transitions found are real DST changes (two a year in the five DST zones, 2026)', () => {
    // Paris 2026: 03-29 01:00Z and 10-25 01:00Z
    expect(transitionsOf('Europe/Paris', 2026)).toEqual([Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]);
    // Chatham 2026: 04-05 03:45 CHADT = 04-04 14:00Z; 09-27 02:45 CHAST = 09-26 14:00Z
    expect(transitionsOf('Pacific/Chatham', 2026)).toEqual([Date.UTC(2026, 3, 4, 14), Date.UTC(2026, 8, 26, 14)]);
  });
});
