/**
 * Issue 10 §3, properties (≥ 1,000 runs each) of rule targets over the random calendar pool of the
 * calendar properties (the six zones, overnight and 00:00-24:00 ranges, FR / DE-RP holidays, derived
 * calendars) and instants near DST changes and holidays in 2000–2100.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { ResponseTimeClock, TargetRule, type TargetRuleInput } from '../../src/clock/index.js';
import { SlaInputError } from '../../src/errors.js';
import { formatLocal } from '../../src/time/instant.js';
import { TimeZone } from '../../src/time/zone.js';
import { HOUR, MINUTE, ZONES, rangeText, trickyInstantArbitrary } from '../calendar/arbitraries.js';
import { calendarPool } from '../calendar/pool.js';

const pool = calendarPool(24, 10);
const entry = fc.integer({ min: 0, max: pool.length - 1 }).map((i) => pool[i] as (typeof pool)[number]);
const options = { numRuns: 1000 };

const readings = { outsideHours: fc.constantFrom('ticket-date', 'next-business-day'), beforeOpening: fc.constantFrom('same-day', 'outside-hours') } as const;
const days = fc.integer({ min: 0, max: 4 });
const time = fc.integer({ min: 0, max: 1439 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** Rules whose deadline is the end of a business day. */
const endRule: fc.Arbitrary<TargetRuleInput> = fc.oneof(
  fc.record({ rule: fc.constant('end-of-business-day' as const), days, ...readings }),
  fc.record({ rule: fc.constant('cutoff' as const), cutoff: time, beforeOpening: readings.beforeOpening }),
  fc.record({ rule: fc.constant('business-days' as const), days: fc.integer({ min: 1, max: 4 }), reading: fc.constant('end-of-day' as const), ...readings }),
);
/**
 * Every rule whose due instant is monotone in the start on any calendar: open-hours needs days of equal
 * length, and `beforeOpening: 'outside-hours'` is not monotone by its very reading (opened 08:59, before a
 * 09:00 opening, it counts from the next business day; opened 09:00, from this one).
 */
const monotoneRule: fc.Arbitrary<TargetRuleInput> = fc
  .oneof(endRule, fc.record({ rule: fc.constant('business-days' as const), days: fc.integer({ min: 1, max: 4 }), reading: fc.constant('same-local-time' as const), ...readings }))
  .map((rule) => ({ ...rule, beforeOpening: 'same-day' as const }));

/** Whether `t` is a close: the calendar is open just before it, and closed at it or `t` starts a local day. */
function isCloseOrDayEnd(calendar: BusinessCalendar, t: number): boolean {
  return calendar.isOpen(t - 1) && (!calendar.isOpen(t) || calendar.startOfDay(calendar.localDate(t)) === t);
}

describe('rule targets: properties (issue 10 §3, 1000 runs each)', () => {
  it('end rules: the due instant is after the start and is a close of the calendar (or the end of a day open until midnight)', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, endRule, ({ calendar }, s, input) => {
        const due = new TargetRule(input, calendar).dueFrom(s);
        expect(due).toBeGreaterThan(s);
        expect(isCloseOrDayEnd(calendar, due)).toBe(true);
      }),
      options,
    );
  });

  /**
   * `same-local-time` reads the wall clock, so it is monotone in the local time of the start, not in the
   * instant: in the repeated hour of a fall-back change, 01:46 EDT is followed 14 minutes later by 01:00 EST,
   * and the ticket opened later is due at the earlier local time (see the worked example in
   * target-rules.test.ts). The end rules and cutoff are monotone in the instant.
   */
  it('monotone in the start: s1 <= s2 ⇒ due(s1) <= due(s2) (end rules, cutoff; same-local-time when the wall clock does not go back)', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, fc.integer({ min: 0, max: 20 * 24 * 60 }), monotoneRule, ({ calendar }, s1, shift, input) => {
        const rule = new TargetRule(input, calendar);
        const s2 = s1 + shift * MINUTE;
        const tz = TimeZone.of(calendar.zone);
        if (input.rule === 'business-days' && input.reading === 'same-local-time' && tz.toWall(s2) < tz.toWall(s1)) {
          // The wall clock went back between s1 and s2 (a fall-back change): the reading does not promise order here.
          return;
        }
        expect(rule.dueFrom(s1)).toBeLessThanOrEqual(rule.dueFrom(s2));
      }),
      options,
    );
  });

  it('the clock runs a rule target as the business duration elapsed(open, ruleDue): dueAt === ruleDue, targetMs > 0', () => {
    fc.assert(
      fc.property(entry, trickyInstantArbitrary, monotoneRule, ({ calendar }, s, input) => {
        const rule = new TargetRule(input, calendar);
        const status = new ResponseTimeClock({ priorities: { p: { target: input, calendar } } }).status({ id: 'T', priority: 'p', openedAt: s }, s);
        expect(status.dueAt).toBe(rule.dueFrom(s));
        expect(status.targetMs).toBe(calendar.elapsed(s, status.dueAt));
        expect(status.targetMs).toBeGreaterThan(0);
      }),
      options,
    );
  });

  /** Same hours on a random set of weekdays in one of the six zones: every business day has equal open time. */
  const uniform = fc
    .record({
      zone: fc.constantFrom(...ZONES),
      days: fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, { minLength: 1 }),
      start: fc.integer({ min: 0, max: 18 * 4 }).map((q) => q * 15),
      length: fc.integer({ min: 2, max: 20 }).map((q) => q * 30),
    })
    .filter(({ start, length }) => start + length <= 1440)
    .map(({ zone, days: open, start, length }) => ({ calendar: new BusinessCalendar({ zone, week: sameHours([...open], [rangeText(start, length)]) }), start, length }));

  it('by-time: the due instant is after the start and reads the given local time (or the end of a DST gap it falls in, or the close before that end when it is an opening)', () => {
    fc.assert(
      fc.property(uniform, trickyInstantArbitrary, days, fc.integer({ min: 1, max: 1000 }), ({ calendar, start, length }, s, n, k) => {
        // A time inside the day's hours (after the opening, up to the close): open just before it every business day.
        const minute = start + 1 + (k % length);
        const text = rangeText(minute, 1).slice(0, 5);
        let due: number;
        try {
          due = new TargetRule({ rule: 'by-time', days: n, time: text }, calendar).dueFrom(s);
        } catch (error) {
          // The time fell in a DST gap on the due day, where the opening itself starts later.
          if (error instanceof SlaInputError && error.field === 'target.time') return;
          throw error;
        }
        expect(due).toBeGreaterThan(s);
        const local = formatLocal(due, calendar.zone).slice(11, 16);
        const tz = TimeZone.of(calendar.zone);
        const afterChange = (x: number): boolean => tz.offsetMs(x) !== tz.offsetMs(x - 3 * HOUR);
        // A time in a gap takes effect at the gap's end; when that end is the day's opening, the due instant is the
        // close before it, the same business instant (no open time between them), as for a time at an opening.
        const next = calendar.nextOpen(due);
        const closeBeforeGapEnd = next !== null && next > due && calendar.elapsed(due, next) === 0 && afterChange(next);
        expect(local === text || afterChange(due) || closeBeforeGapEnd).toBe(true);
      }),
      options,
    );
  });

  it('open-hours on days of equal length: due(s) is monotone in s and counts days × the day\'s open time', () => {
    fc.assert(
      fc.property(uniform, trickyInstantArbitrary, fc.integer({ min: 0, max: 20 * 24 * 60 }), fc.integer({ min: 1, max: 4 }), ({ calendar }, s1, shift, n) => {
        const rule = new TargetRule({ rule: 'business-days', days: n, reading: 'open-hours' }, calendar);
        const s2 = s1 + shift * MINUTE;
        expect(rule.dueFrom(s1)).toBeLessThanOrEqual(rule.dueFrom(s2));
        // n × one day's open time: a whole multiple of n ms.
        expect(rule.targetMsFrom(s1) % n).toBe(0);
      }),
      options,
    );
  });
});
