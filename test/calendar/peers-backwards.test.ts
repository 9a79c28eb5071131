/**
 * Issue 10 §4, acceptance: "Tests from peers' own expected values" for
 * business time backwards. Each case re-states a peer's test with a slakit
 * calendar (same hours, zone and dates) and the value the peer's test
 * states; the file is cited above each group. Where slakit's documented
 * semantics differ on purpose, the comment says so and the test asserts
 * slakit's value with the hand reasoning (and, where one exists, the slakit
 * query that gives the peer's value).
 *
 * The peers read times in one zone (UTC for biz and businesstimedelta; the
 * process zone for business_time and moment-business-time, which their
 * suites run in a fixed zone): the calendars below use UTC unless the peer
 * names a zone.
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { type WeeklySchedule, sameHours } from '../../src/calendar/weekly-schedule.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const HOUR = 3_600_000;
const utc = (week: WeeklySchedule) => new BusinessCalendar({ zone: 'UTC', week });
/** Epoch ms of a UTC wall time written `YYYY-MM-DDTHH:MM[:SS[.mmm]]`. */
const at = (wall: string) => Date.parse(`${wall}Z`);

describe('zendesk/biz (spec/calculation/for_duration_spec.rb, spec/periods/before_spec.rb)', () => {
  // spec/support/time.rb: Mon 09–17, Tue 10–16, Wed 09–17, Thu 10–16, Fri 09–17, Sat 11–14:30, Etc/UTC. 2006-01-02 is a Monday.
  const biz = utc({ mon: ['09:00-17:00'], tue: ['10:00-16:00'], wed: ['09:00-17:00'], thu: ['10:00-16:00'], fri: ['09:00-17:00'], sat: ['11:00-14:30'] });

  it('for_duration_spec "seconds #before": 90 s before Wed 2006-01-04 16:01:30 = 16:00', () => {
    expect(biz.before(at('2006-01-04T16:01:30'), { seconds: 90 })).toBe(at('2006-01-04T16:00'));
  });

  it('for_duration_spec "minutes #before": 90 min before Wed 16:30 = 15:00', () => {
    expect(biz.before(at('2006-01-04T16:30'), { minutes: 90 })).toBe(at('2006-01-04T15:00'));
  });

  it('for_duration_spec "hours #before": 3 h before Wed 17:00 = 14:00', () => {
    expect(biz.before(at('2006-01-04T17:00'), { hours: 3 })).toBe(at('2006-01-04T14:00'));
  });

  it('for_duration_spec "scalar is zero" (time(0).before): Tue 2006-01-03 00:00 → Mon 17:00, which slakit calls previousClose', () => {
    // Deliberate difference: biz's time(0, …).before(t) is "the first active moment backward"; slakit's
    // before(t, 0) is t itself (the latest s with elapsed(s, t) = 0 is t). The peer's value is previousClose(t).
    expect(biz.previousClose(at('2006-01-03T00:00'))).toBe(at('2006-01-02T17:00'));
    expect(biz.before(at('2006-01-03T00:00'), 0)).toBe(at('2006-01-03T00:00'));
    // inside business hours both agree: biz's days-scalar-zero case, Mon 14:00 → Mon 14:00
    expect(biz.previousClose(at('2006-01-02T14:00'))).toBe(at('2006-01-02T14:00'));
  });

  it('periods/before_spec "origin outside a period": the period before Tue 2006-01-03 00:00 is Mon 09:00–17:00', () => {
    // before_spec runs with shifts on 01-04 and 01-05, which do not touch Monday
    expect(biz.previousOpen(at('2006-01-03T00:00'))).toBe(at('2006-01-02T09:00'));
    expect(biz.previousClose(at('2006-01-03T00:00'))).toBe(at('2006-01-02T17:00'));
  });

  it('periods/before_spec "origin inside a period": the partial period before Mon 12:00 is Mon 09:00–12:00', () => {
    expect(biz.previousOpen(at('2006-01-02T12:00'))).toBe(at('2006-01-02T09:00'));
    expect(biz.previousClose(at('2006-01-02T12:00'))).toBe(at('2006-01-02T12:00'));
  });

  it('periods/before_spec "one week of periods": walking back from Sun 2006-01-08 gives Sat 11–14:30, Fri 09–17, … Mon 09–17', () => {
    // Without before_spec's shifts (per-date hours, slakit's `days`, tested with §5): Thu 10–16 and Wed 09–17 are the weekly hours.
    const periods: [number, number][] = [];
    let t = at('2006-01-08T00:00');
    for (let i = 0; i < 6; i++) {
      const open = biz.previousOpen(t) as number;
      periods.push([open, biz.previousClose(t) as number]);
      t = open;
    }
    expect(periods).toEqual([
      [at('2006-01-07T11:00'), at('2006-01-07T14:30')],
      [at('2006-01-06T09:00'), at('2006-01-06T17:00')],
      [at('2006-01-05T10:00'), at('2006-01-05T16:00')],
      [at('2006-01-04T09:00'), at('2006-01-04T17:00')],
      [at('2006-01-03T10:00'), at('2006-01-03T16:00')],
      [at('2006-01-02T09:00'), at('2006-01-02T17:00')],
    ]);
  });
});

describe('bokmann/business_time (test/test_business_hours.rb, N.business_hours.before)', () => {
  // business_time's default work hours: Mon–Fri 09:00–17:00.
  const office = utc(sameHours(WEEKDAYS, ['09:00-17:00']));

  it('"move to yesterday if we subtract 8 business hours": Wed 2010-08-04 09:35 → Tue 09:35', () => {
    expect(office.before(at('2010-08-04T09:35'), { hours: 8 })).toBe(at('2010-08-03T09:35'));
  });

  it('"take into account a weekend when subtracting an hour": Mon 2010-04-12 09:50 → Fri 16:50', () => {
    expect(office.before(at('2010-04-12T09:50'), { hours: 1 })).toBe(at('2010-04-09T16:50'));
  });

  it('"any time on a weekend as equivalent to monday morning": 1 h before Sun 2010-04-25 12:06:56 = 1 h before Mon 09:00 (Fri 16:00)', () => {
    expect(office.before(at('2010-04-25T12:06:56'), { hours: 1 })).toBe(office.before(at('2010-04-26T09:00'), { hours: 1 }));
    expect(office.before(at('2010-04-25T12:06:56'), { hours: 1 })).toBe(at('2010-04-23T16:00'));
  });

  it('"subtracting zero hours on the weekend": Sat 2016-01-30 12:33 → Fri 17:00, which slakit calls previousClose', () => {
    // Deliberate difference, as with biz: 0.business_hours.before(t) rolls back to the last close; slakit's before(t, 0) is t.
    expect(office.previousClose(at('2016-01-30T12:33'))).toBe(at('2016-01-29T17:00'));
    expect(office.before(at('2016-01-30T12:33'), 0)).toBe(at('2016-01-30T12:33'));
  });

  it('"respect work_hours within same day": Fri-only 09–17, 8 h before Fri 2010-12-24 17:00 = 09:00', () => {
    expect(utc({ fri: ['09:00-17:00'] }).before(at('2010-12-24T17:00'), { hours: 8 })).toBe(at('2010-12-24T09:00'));
  });

  describe('work_hours mon 9–17, fri 9–17, sat 10–15 (no holidays configured)', () => {
    const hours = utc({ mon: ['09:00-17:00'], fri: ['09:00-17:00'], sat: ['10:00-15:00'] });

    it('"respect work_hours": 9 h before Mon 2010-12-27 11:00 = Fri 12-24 15:00', () => {
      // Mon 09–11 (2 h) + Sat 10–15 (5 h) + Fri 15–17 (2 h) = 9 h
      expect(hours.before(at('2010-12-27T11:00'), { hours: 9 })).toBe(at('2010-12-24T15:00'));
    });

    it('"…when starting before beginning of workday": 15 h before Mon 11:00 = Fri 09:00 (friday 08:00 + 1 h)', () => {
      // 2 + 5 + Fri 09–17 (8 h) = 15 h, used up exactly at Friday's opening
      expect(hours.before(at('2010-12-27T11:00'), { hours: 15 })).toBe(at('2010-12-24T09:00'));
    });
  });

  describe('work_hours with 24-hour days: mon and fri "0:00"–"0:00" (whole day), sat 11–15', () => {
    const hours = utc({ mon: ['00:00-24:00'], fri: ['00:00-24:00'], sat: ['11:00-15:00'] });

    it('"respect work_hours with some 24 hour days": 24 h before Mon 2010-12-27 11:00 = Fri 15:00', () => {
      // Mon 00–11 (11 h) + Sat 11–15 (4 h) + Fri 15–24 (9 h) = 24 h
      expect(hours.before(at('2010-12-27T11:00'), { hours: 24 })).toBe(at('2010-12-24T15:00'));
    });

    it('"…starting before beginning of workday": 15 h before Mon 11:00 = Sat 11:00 (saturday 08:00 + 3 h)', () => {
      // 11 + 4 = 15 h, used up exactly at Saturday's opening
      expect(hours.before(at('2010-12-27T11:00'), { hours: 15 })).toBe(at('2010-12-25T11:00'));
    });
  });
});

describe('seppemans/businesstimedelta (businesstimedelta/test/businesstimedelta_tests.py, datetime − BusinessTimeDelta)', () => {
  // WorkDayRule 09:00–17:00, working_days 0–4 (Mon–Fri), tz UTC.
  const workday = utc(sameHours(WEEKDAYS, ['09:00-17:00']));

  it('test_subtract_less_than_one_period: Mon 2016-01-25 11:14 − 2 h = 09:14', () => {
    expect(workday.before(at('2016-01-25T11:14'), { hours: 2 })).toBe(at('2016-01-25T09:14'));
  });

  it('test_subtract_exactly_one_period: Fri 2016-01-22 18:00 − 8 h = Fri 09:00', () => {
    expect(workday.before(at('2016-01-22T18:00'), { hours: 8 })).toBe(at('2016-01-22T09:00'));
  });

  it('test_subtract_more_than_one_period: Mon 2016-01-25 11:14 − 8 h = Fri 11:14', () => {
    expect(workday.before(at('2016-01-25T11:14'), { hours: 8 })).toBe(at('2016-01-22T11:14'));
  });

  it('test_negation: dt + 120 h − 120 h = dt (Mon 2016-01-25 11:14, open)', () => {
    const dt = at('2016-01-25T11:14');
    expect(workday.before(workday.due(dt, { hours: 120 }), { hours: 120 })).toBe(dt);
  });

  // ReadmeTest: WorkDayRule 09–18 Mon–Fri UTC with a LunchTimeRule 12–13.
  const withLunch = utc(sameHours(WEEKDAYS, ['09:00-12:00', '13:00-18:00']));

  it('test_readme: end 2016-01-25 09:00 − 40 h = 2016-01-18 09:00, and start + 40 h = 2016-01-22 18:00', () => {
    // 8 h a day × 5 days = 40 h: used up exactly at Monday 01-18's opening
    expect(withLunch.before(at('2016-01-25T09:00'), { hours: 40 })).toBe(at('2016-01-18T09:00'));
    expect(withLunch.due(at('2016-01-18T09:00'), { hours: 40 })).toBe(at('2016-01-22T18:00'));
  });

  it('test_readme with US-CA holidays: difference 2015-12-21 09:00 → 12-28 09:00 is 32 h, so 32 h before 12-28 09:00 is 12-21 09:00', () => {
    // 5 days × 8 h − Christmas Fri 12-25 (8 h) = 32 h (the peer states the difference; before is its mirror)
    const california = new BusinessCalendar({ zone: 'UTC', week: sameHours(WEEKDAYS, ['09:00-12:00', '13:00-18:00']), holidays: 'US-CA' });
    expect(california.elapsed(at('2015-12-21T09:00'), at('2015-12-28T09:00'))).toBe(32 * HOUR);
    expect(california.before(at('2015-12-28T09:00'), { hours: 32 })).toBe(at('2015-12-21T09:00'));
  });

  it('test_readme_localized: Santiago 09–18 with lunch 12–13; 4 h before SF 2016-01-18 18:00 = SF 09:00', () => {
    // SF 09:00 PST = 17:00Z = 14:00 in Santiago (−03:00 in January); SF 18:00 = 02:00Z = 23:00 Santiago.
    // Santiago's open time between them is 14:00–18:00 = 4 h (the peer's difference); 14:00 is the latest start.
    const santiago = new BusinessCalendar({ zone: 'America/Santiago', week: sameHours(WEEKDAYS, ['09:00-12:00', '13:00-18:00']) });
    expect(santiago.before('2016-01-18T18:00:00-08:00', { hours: 4 })).toBe(Date.parse('2016-01-18T09:00:00-08:00'));
  });

  it('test_readme_nightshift: 09–17 plus 23:00–07:00 Mon–Fri; difference 2016-01-18 09:00 → 01-25 09:00 is 80 h', () => {
    // 5 × 8 h days + 5 × 8 h nights (Mon 23:00 … Fri 23:00 → Sat 07:00) = 80 h; Monday 01-18 00–07 belongs to
    // Sunday's night (not worked), so 09:00 is the latest start with 80 h to 01-25 09:00.
    const shifts = utc(sameHours(WEEKDAYS, ['09:00-17:00', '23:00-07:00']));
    expect(shifts.elapsed(at('2016-01-18T09:00'), at('2016-01-25T09:00'))).toBe(80 * HOUR);
    expect(shifts.before(at('2016-01-25T09:00'), { hours: 80 })).toBe(at('2016-01-18T09:00'));
  });
});

describe('lennym/moment-business-time (test/spec.business-hours.js, subtractWorkingTime / lastWorkingTime)', () => {
  // locale/default.js: Mon–Fri 09:00–17:00, no holidays. 2015-02-26 is a Thursday.
  const office = utc(sameHours(WEEKDAYS, ['09:00-17:00']));
  const now = at('2015-02-26T16:12:34');
  const sunday = at('2015-03-01T16:12:34');

  it('lastWorkingTime: weekend → Fri 17:00; after closing → that day 17:00; before opening → the day before 17:00; open → itself', () => {
    // slakit's previousClose is the same rule (the mirror of nextOpen)
    expect(office.previousClose(at('2015-02-28T10:13'))).toBe(at('2015-02-27T17:00'));
    expect(office.previousClose(at('2015-02-26T17:30'))).toBe(at('2015-02-26T17:00'));
    expect(office.previousClose(at('2015-02-26T07:30'))).toBe(at('2015-02-25T17:00'));
    expect(office.previousClose(at('2015-02-26T10:12:34'))).toBe(at('2015-02-26T10:12:34'));
  });

  it('subtracting hours: 2 h, 1 h within the day; 2 h from Sunday; 9 h and 19 h overnight; 108 h over weeks', () => {
    expect(office.before(now, { hours: 2 })).toBe(at('2015-02-26T14:12:34'));
    expect(office.before(now, { hours: 1 })).toBe(at('2015-02-26T15:12:34'));
    expect(office.before(sunday, { hours: 2 })).toBe(at('2015-02-27T15:00'));
    // Thu 09:00–16:12:34 = 7:12:34; 9 h leaves 1:47:26 before Wed 17:00 → 15:12:34
    expect(office.before(now, { hours: 9 })).toBe(at('2015-02-25T15:12:34'));
    // 7:12:34 + Wed 8 h = 15:12:34; 19 h leaves 3:47:26 before Tue 17:00 → 13:12:34
    expect(office.before(now, { hours: 19 })).toBe(at('2015-02-24T13:12:34'));
    // 7:12:34 + 24 (Wed–Mon 02-23) + 40 (02-16…20) + 32 (Fri 13 … Tue 10) = 103:12:34; 4:47:26 before Mon 02-09 17:00
    expect(office.before(now, { hours: 108 })).toBe(at('2015-02-09T12:12:34'));
  });

  it('subtracting hours with breaks: Thu 09–12, 13–18; Fri 09–12, 12:30–17', () => {
    const breaks = utc({ mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-12:00', '13:00-18:00'], fri: ['09:00-12:00', '12:30-17:00'] });
    expect(breaks.before(at('2020-01-02T15:00'), { hours: 4 })).toBe(at('2020-01-02T10:00'));
    expect(breaks.before(at('2020-01-03T13:30'), { hours: 2 })).toBe(at('2020-01-03T11:00'));
    // Mon 09–10:30 (1.5) + Fri 7.5 + Thu 13–18 (5) + Thu 10–12 (2) = 16 h
    expect(breaks.before(at('2020-01-06T10:30'), { hours: 16 })).toBe(at('2020-01-02T10:00'));
    // 13–15 is exactly 2 h: the answer is the opening after lunch, 13:00
    expect(breaks.before(at('2020-01-02T15:00'), { hours: 2 })).toBe(at('2020-01-02T13:00'));
    expect(breaks.before(at('2020-01-03T13:00'), { hours: 1 })).toBe(at('2020-01-03T11:30'));
  });

  it('subtracting minutes, seconds and milliseconds, within the day, from the weekend and over the night', () => {
    expect(office.before(now, { minutes: 45 })).toBe(at('2015-02-26T15:27:34'));
    expect(office.before(sunday, { minutes: 45 })).toBe(at('2015-02-27T16:15'));
    expect(office.before(at('2015-02-26T09:00:00.700'), { minutes: 45 })).toBe(at('2015-02-25T16:15:00.700'));
    expect(office.before(now, { seconds: 45 })).toBe(at('2015-02-26T16:11:49'));
    expect(office.before(sunday, { seconds: 45 })).toBe(at('2015-02-27T16:59:15'));
    expect(office.before(at('2015-02-26T09:00:20'), { seconds: 45 })).toBe(at('2015-02-25T16:59:35'));
    expect(office.before(now, 555)).toBe(at('2015-02-26T16:12:33.445'));
    expect(office.before(sunday, 555)).toBe(at('2015-02-27T16:59:59.445'));
    expect(office.before(at('2015-02-26T09:00:00.100'), 555)).toBe(at('2015-02-25T16:59:59.545'));
  });

  it('subtracting a combination of units: 9 h 48 min 17 s = Wed 14:24:17', () => {
    expect(office.before(now, 'PT9H48M17S')).toBe(at('2015-02-25T14:24:17'));
  });

  it('"modified locales: inconsistent closing hours": Wed 09:30–13:00, other days 09:30–17:00; 8 h before Wed 16:00 = Tue 12:30', () => {
    const closing = utc({ mon: ['09:30-17:00'], tue: ['09:30-17:00'], wed: ['09:30-13:00'], thu: ['09:30-17:00'], fri: ['09:30-17:00'] });
    // Wed 09:30–13:00 (3.5 h) + Tue 12:30–17:00 (4.5 h) = 8 h
    expect(closing.before(at('2015-02-25T16:00'), { hours: 8 })).toBe(at('2015-02-24T12:30'));
  });
});
