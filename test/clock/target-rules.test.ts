// Targets that are not durations (issue 10 §3): each rule's worked examples on the msp-p1-p4 business
// calendar (Mon–Fri 09:00–17:30 America/New_York, US federal holidays), computed by hand. June 2026 is
// EDT (UTC−4): 17:30 local = 21:30Z, 12:00 = 16:00Z, 10:00 = 14:00Z, 09:00 = 13:00Z.
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { ResponsePolicy, ResponseTimeClock, TargetRule, type TargetRuleInput } from '../../src/clock/index.js';
import { SlaHorizonError, SlaInputError } from '../../src/errors.js';
import { caught } from '../calendar/expect-error.js';
import { HOUR, t } from './fixtures.js';

const business = new BusinessCalendar({
  zone: 'America/New_York',
  week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:30']),
  holidays: 'US',
  name: 'business',
});
const iso = (ms: number): string => new Date(ms).toISOString();
const due = (rule: TargetRuleInput, opened: string): string => iso(new TargetRule(rule, business).dueFrom(t(opened)));

const MON_10 = '2026-06-08T10:00:00-04:00';
const MON_07 = '2026-06-08T07:00:00-04:00';
const MON_18 = '2026-06-08T18:00:00-04:00';
const SAT_10 = '2026-06-06T10:00:00-04:00';

describe('end-of-business-day', () => {
  it('days 0: inside hours → the end of that day; after the close → the end of the next business day', () => {
    expect(due({ rule: 'end-of-business-day' }, MON_10)).toBe('2026-06-08T21:30:00.000Z'); // Mon 17:30
    expect(due({ rule: 'end-of-business-day' }, MON_18)).toBe('2026-06-09T21:30:00.000Z'); // Tue 17:30
    expect(due({ rule: 'end-of-business-day' }, SAT_10)).toBe('2026-06-08T21:30:00.000Z'); // Sat closed → Mon 17:30
  });

  it('days 0 before the opening: beforeOpening same-day (default) → that day; outside-hours → the next business day', () => {
    expect(due({ rule: 'end-of-business-day' }, MON_07)).toBe('2026-06-08T21:30:00.000Z');
    expect(due({ rule: 'end-of-business-day', beforeOpening: 'outside-hours' }, MON_07)).toBe('2026-06-09T21:30:00.000Z');
  });

  it('msp P4 worked example: opened Mon 2026-06-08 10:00 → due Tue 2026-06-09 17:30 New York, 16 business hours', () => {
    const rule = new TargetRule({ rule: 'end-of-business-day', days: 1 }, business);
    expect(iso(rule.dueFrom(t(MON_10)))).toBe('2026-06-09T21:30:00.000Z');
    // Mon 10:00–17:30 = 7.5 h, Tue 09:00–17:30 = 8.5 h.
    expect(rule.targetMsFrom(t(MON_10))).toBe(16 * HOUR);
    expect(rule.explain(t(MON_10))).toBe('end of the next business day: Tue 2026-06-09 17:30 America/New_York');
  });

  it('days 1 outside hours: ticket-date (default) counts from the opening date, next-business-day from the next opening', () => {
    // Saturday: the first business day after Sat 06-06 is Mon 06-08; with next-business-day Monday is day 0 → Tue.
    expect(due({ rule: 'end-of-business-day', days: 1 }, SAT_10)).toBe('2026-06-08T21:30:00.000Z');
    expect(due({ rule: 'end-of-business-day', days: 1, outsideHours: 'next-business-day' }, SAT_10)).toBe('2026-06-09T21:30:00.000Z');
    // Mon 18:00 (after the close): the business day after Monday is Tuesday; next-business-day: Tue is day 0 → Wed.
    expect(due({ rule: 'end-of-business-day', days: 1 }, MON_18)).toBe('2026-06-09T21:30:00.000Z');
    expect(due({ rule: 'end-of-business-day', days: 1, outsideHours: 'next-business-day' }, MON_18)).toBe('2026-06-10T21:30:00.000Z');
  });

  it('skips a federal holiday: Thu 2026-06-18 10:00, Fri 06-19 is Juneteenth → due Mon 06-22 17:30', () => {
    expect(business.isBusinessDay('2026-06-19')).toBe(false);
    expect(due({ rule: 'end-of-business-day', days: 1 }, '2026-06-18T10:00:00-04:00')).toBe('2026-06-22T21:30:00.000Z');
  });

  it('days 3: Mon 10:00 → the 3rd next business day, Thu 06-11 17:30', () => {
    expect(due({ rule: 'end-of-business-day', days: 3 }, MON_10)).toBe('2026-06-11T21:30:00.000Z');
  });
});

describe('by-time', () => {
  it('by 12:00 on the next business day: Mon 15:00 → Tue 12:00; Fri 06-05 15:00 → Mon 06-08 12:00', () => {
    expect(due({ rule: 'by-time', days: 1, time: '12:00' }, '2026-06-08T15:00:00-04:00')).toBe('2026-06-09T16:00:00.000Z');
    expect(due({ rule: 'by-time', days: 1, time: '12:00' }, '2026-06-05T15:00:00-04:00')).toBe('2026-06-08T16:00:00.000Z');
  });

  it('days 0: before the time → that day at the time; at or after it → the next business day at the time', () => {
    expect(due({ rule: 'by-time', time: '12:00' }, '2026-06-08T11:00:00-04:00')).toBe('2026-06-08T16:00:00.000Z');
    expect(due({ rule: 'by-time', time: '12:00' }, '2026-06-08T12:00:00-04:00')).toBe('2026-06-09T16:00:00.000Z');
  });

  it('a time in closed hours is refused when a ticket resolves to it (it is not a business duration)', () => {
    const rule = new TargetRule({ rule: 'by-time', days: 1, time: '08:00' }, business, 'priorities.p4.target');
    expect(() => rule.dueFrom(t(MON_10))).toThrow(SlaInputError);
    expect(() => rule.dueFrom(t(MON_10))).toThrow(/priorities\.p4\.target\.time: expected a time inside the open hours of calendar "business" on 2026-06-09/);
  });

  it('issue 10 trial: a time exactly at the opening is inside the open hours; due at the close before it (same business time)', () => {
    // by 09:00 (the opening) on the next business day, opened Mon 10:00 → Tue 09:00, which in business time
    // is Mon 17:30 (nothing of Tuesday counts by 09:00): due Mon 17:30 EDT = 21:30Z, 7.5 h.
    const rule = new TargetRule({ rule: 'by-time', days: 1, time: '09:00' }, business);
    expect(iso(rule.dueFrom(t(MON_10)))).toBe('2026-06-08T21:30:00.000Z');
    expect(rule.targetMsFrom(t(MON_10))).toBe(7.5 * HOUR);
    // days 0, opened Mon 07:00 (before the opening): Mon 09:00 leaves no business time → Tue 09:00 = Mon 17:30, 8.5 h.
    const sameDay = new TargetRule({ rule: 'by-time', time: '09:00' }, business);
    expect(iso(sameDay.dueFrom(t(MON_07)))).toBe('2026-06-08T21:30:00.000Z');
    expect(sameDay.targetMsFrom(t(MON_07))).toBe(8.5 * HOUR);
  });
});

describe('by-time in a DST gap that swallows the opening', () => {
  it('by 02:30 on Sun 2026-03-29, Paris, hours 02:00–04:00 every day: the gap 02:00–03:00 holds both, so due Sat 04:00, the close before Sun 03:00', () => {
    // Opened Sat 2026-03-28 03:00 CET, 1 day → Sunday 02:30, in the gap → 03:00 CEST, Sunday's opening (02:00 is in the
    // gap too) → the close before it, Sat 04:00 CET = 03:00Z; no open time lies between Sat 04:00 and Sun 03:00.
    const night = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], ['02:00-04:00']) });
    const dueAt = new TargetRule({ rule: 'by-time', days: 1, time: '02:30' }, night).dueFrom(t('2026-03-28T03:00:00+01:00'));
    expect(iso(dueAt)).toBe('2026-03-28T03:00:00.000Z');
    expect(night.elapsed(dueAt, t('2026-03-29T03:00:00+02:00'))).toBe(0);
  });
});

describe('cutoff', () => {
  it('cutoff 15:00: Mon 14:59 → Mon 17:30; Mon 15:00 → Tue 17:30; Sat → Mon 17:30', () => {
    const rule: TargetRuleInput = { rule: 'cutoff', cutoff: '15:00' };
    expect(due(rule, '2026-06-08T14:59:00-04:00')).toBe('2026-06-08T21:30:00.000Z');
    expect(due(rule, '2026-06-08T15:00:00-04:00')).toBe('2026-06-09T21:30:00.000Z');
    expect(due(rule, SAT_10)).toBe('2026-06-08T21:30:00.000Z');
  });
});

describe('business-days: the three readings of "2 business days"', () => {
  it('open-hours: 2 × 8.5 h = 17 business hours — Mon 10:00 → Wed 10:00 (7.5 Mon + 8.5 Tue + 1 Wed)', () => {
    expect(due({ rule: 'business-days', days: 2, reading: 'open-hours' }, MON_10)).toBe('2026-06-10T14:00:00.000Z');
    // Mon 18:00: the clock starts Tue 09:00 (day 0 is Tuesday, 8.5 h) → 8.5 Tue + 8.5 Wed → Wed 17:30.
    expect(due({ rule: 'business-days', days: 2, reading: 'open-hours' }, MON_18)).toBe('2026-06-10T21:30:00.000Z');
  });

  it('same-local-time: Mon 10:00 → Wed 10:00; Mon 18:00 (clock starts Tue 09:00) → Thu 09:00 = Wed 17:30 in business time; Fri 16:00 with 1 day → Mon 16:00', () => {
    expect(due({ rule: 'business-days', days: 2, reading: 'same-local-time' }, MON_10)).toBe('2026-06-10T14:00:00.000Z');
    // Thu 09:00 is an opening: no business time passes between Wed 17:30 and it, and the due instant is the earliest one.
    expect(due({ rule: 'business-days', days: 2, reading: 'same-local-time' }, MON_18)).toBe('2026-06-10T21:30:00.000Z');
    expect(due({ rule: 'business-days', days: 1, reading: 'same-local-time' }, '2026-06-12T16:00:00-04:00')).toBe('2026-06-15T20:00:00.000Z');
  });

  it('same-local-time reads the wall clock: in the repeated hour of a fall-back change a ticket opened later is due earlier', () => {
    // New York falls back on Sun 2026-11-01 at 06:00Z (02:00 EDT → 01:00 EST). On a 24/7 calendar, 1 business day:
    // opened 05:46Z = 01:46 EDT → Mon 11-02 01:46 EST = 06:46Z; opened 14 min later, 06:00Z = 01:00 EST → Mon 01:00 EST = 06:00Z.
    const always = new BusinessCalendar({ zone: 'America/New_York', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], ['00:00-24:00']) });
    const rule = new TargetRule({ rule: 'business-days', days: 1, reading: 'same-local-time' }, always);
    expect(iso(rule.dueFrom(Date.UTC(2026, 10, 1, 5, 46)))).toBe('2026-11-02T06:46:00.000Z');
    expect(iso(rule.dueFrom(Date.UTC(2026, 10, 1, 6, 0)))).toBe('2026-11-02T06:00:00.000Z');
  });

  it('end-of-day: Mon 10:00 → Wed 17:30, the same deadline as end-of-business-day with days 2', () => {
    expect(due({ rule: 'business-days', days: 2, reading: 'end-of-day' }, MON_10)).toBe('2026-06-10T21:30:00.000Z');
    expect(due({ rule: 'end-of-business-day', days: 2 }, MON_10)).toBe('2026-06-10T21:30:00.000Z');
  });
});

describe('a rule target in the response clock', () => {
  const clock = new ResponseTimeClock(new ResponsePolicy({ priorities: { p4: { target: { rule: 'end-of-business-day', days: 1 }, calendar: business } } }));

  it('the status runs on the resolved business duration: due, remaining, percentUsed, warnings, targetRule', () => {
    const status = clock.status({ id: 'P4', priority: 'p4', openedAt: MON_10 }, '2026-06-08T14:00:00-04:00');
    expect(iso(status.dueAt)).toBe('2026-06-09T21:30:00.000Z');
    expect(status.targetMs).toBe(16 * HOUR);
    // 4 h of 16 h used: 25 %, 12 h left.
    expect(status.percentUsed).toBe(25);
    expect(status.remainingMs).toBe(12 * HOUR);
    // 50 % = 8 h: Mon 10:00 + 7.5 h = 17:30, + 0.5 h Tue → Tue 09:30 = 13:30Z.
    expect(iso(status.warnings[0]?.at as number)).toBe('2026-06-09T13:30:00.000Z');
    expect(status.targetRule).toBe('end of the next business day: Tue 2026-06-09 17:30 America/New_York');
  });

  it('a pause pushes the due instant by the paused business time: 2 h paused Monday → Wed 11:00 (Tue 17:30 + 2 h of business time: Wed 09:00–11:00)', () => {
    const status = clock.status(
      { id: 'P4', priority: 'p4', events: [{ type: 'open', at: MON_10 }, { type: 'pause', at: '2026-06-08T11:00:00-04:00' }, { type: 'resume', at: '2026-06-08T13:00:00-04:00' }] },
      '2026-06-08T14:00:00-04:00',
    );
    expect(iso(status.dueAt)).toBe('2026-06-10T15:00:00.000Z');
  });

  it('reprioritisation to a rule target resolves it from the opening, under both rules', () => {
    const priorities = { p3: { target: 'PT4H', calendar: business }, p4: { target: { rule: 'end-of-business-day', days: 1 } as TargetRuleInput, calendar: business } };
    const ticket = { id: 'R', priority: 'p3', events: [{ type: 'open' as const, at: MON_10 }, { type: 'reprioritise' as const, at: '2026-06-08T12:00:00-04:00', priority: 'p4' }] };
    for (const reprioritisation of ['recompute-from-open', 'from-change'] as const) {
      const status = new ResponseTimeClock({ priorities, reprioritisation }).status(ticket, '2026-06-08T13:00:00-04:00');
      // From the opening Mon 10:00: 16 h → Tue 17:30. Under from-change the 2 h carried (10:00–12:00) count against the 16 h:
      // 14 h more from 12:00 = 5.5 h Mon + 8.5 h Tue → Tue 17:30 as well (one calendar, no pause).
      expect(iso(status.dueAt)).toBe('2026-06-09T21:30:00.000Z');
      expect(status.targetMs).toBe(16 * HOUR);
    }
  });

  it('a duration target behaves exactly as before: targetMs is the duration, targetRule null', () => {
    const durations = new ResponseTimeClock({ priorities: { p2: { target: 'PT2H', calendar: business } } });
    const status = durations.status({ id: 'D', priority: 'p2', openedAt: MON_10 }, MON_10);
    expect(iso(status.dueAt)).toBe('2026-06-08T16:00:00.000Z');
    expect(status.targetMs).toBe(2 * HOUR);
    expect(status.targetRule).toBeNull();
    expect(durations.policy.target('p2').rule).toBeNull();
  });
});

describe('bad rule definitions: typed errors naming the field', () => {
  const bad = (target: unknown): SlaInputError => {
    try {
      new ResponsePolicy({ priorities: { p4: { target: target as TargetRuleInput, calendar: business } } });
    } catch (error) {
      if (error instanceof SlaInputError) return error;
      throw error;
    }
    throw new Error('accepted');
  };

  it.each([
    [{ rule: 'end-of-business-day', days: -1 }, 'priorities.p4.target.days', -1],
    [{ rule: 'end-of-business-day', days: 1.5 }, 'priorities.p4.target.days', 1.5],
    [{ rule: 'by-time', days: 1, time: '25:00' }, 'priorities.p4.target.time', '25:00'],
    [{ rule: 'by-time', days: 1 }, 'priorities.p4.target.time', undefined],
    [{ rule: 'cutoff', cutoff: '24:00' }, 'priorities.p4.target.cutoff', '24:00'],
    [{ rule: 'end-of-day' }, 'priorities.p4.target.rule', 'end-of-day'],
    [{ rule: 'business-days', days: 2, reading: 'calendar-days' }, 'priorities.p4.target.reading', 'calendar-days'],
    [{ rule: 'business-days', days: 0, reading: 'open-hours' }, 'priorities.p4.target.days', 0],
    [{ rule: 'end-of-business-day', outsideHours: 'later' }, 'priorities.p4.target.outsideHours', 'later'],
    [{ rule: 'cutoff', cutoff: '15:00', days: 1 }, 'priorities.p4.target.days', 1],
  ])('%j → %s', (target, field, value) => {
    const error = bad(target);
    expect(error.field).toBe(field);
    expect(error.value).toBe(value);
  });
});

describe('rule targets at the edge of the supported years (issue 10 trial)', () => {
  it('an opening in 1899 names openedAt; a deadline past 2300 says the years, not the 10-year horizon', () => {
    const rule = new TargetRule({ rule: 'end-of-business-day', days: 10 }, business, 'priorities.p4.target');
    const early = caught(() => rule.dueFrom(t('1899-12-29T10:00:00-05:00')));
    expect(early).toBeInstanceOf(SlaInputError);
    expect((early as SlaInputError).field).toBe('openedAt');
    // Thu 2300-12-20 + 10 business days: Fri 21, Mon 24, (Tue 25 Christmas, a US holiday) Wed 26, Thu 27, Fri 28 — 5 —
    // then the walk leaves 2300 before the 10th: the supported years stop it, not the horizon (2310).
    const late = caught(() => rule.dueFrom(t('2300-12-20T10:00:00-05:00')));
    expect(late).toBeInstanceOf(SlaHorizonError);
    expect((late as SlaHorizonError).bound).toBe('years');
    expect(late.message).toMatch(/^priorities\.p4\.target: not reached within the local years 1900–2300 slakit answers for/);
    // Inside the years it resolves: Thu 2300-12-27 10:00 + 1 → the end of Fri 28, 17:30 EST = 22:30Z.
    expect(iso(new TargetRule({ rule: 'end-of-business-day', days: 1 }, business).dueFrom(t('2300-12-27T10:00:00-05:00')))).toBe('2300-12-28T22:30:00.000Z');
  });

  it('a duration past 2300 on the calendar says the years too', () => {
    const error = caught(() => business.due(t('2300-12-29T10:00:00-05:00'), { hours: 40 }));
    expect((error as SlaHorizonError).bound).toBe('years');
    expect(error.message).toContain('within the local years 1900–2300');
  });
});

