/**
 * Issue 11 §2: a recurring maintenance window given as an iCalendar RRULE
 * (MaintenanceWindow.rrule, and `type: "rrule"` in a contract definition).
 * DST follows slakit's rule for the bounds of local ranges
 * (docs/semantics.md §1): a bound in a spring-forward gap is the gap's end,
 * a bound in a fall-back overlap the earlier instant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MaintenanceWindow, SlaDefinitionError, SlaInputError, SlaZoneError, defineContract, lintContract, toInstant } from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const t = (iso: string) => toInstant(iso);

/** FREQ=DAILY at 02:30 Paris for one hour. */
const nightly = MaintenanceWindow.rrule({ id: 'nightly', zone: 'Europe/Paris', start: '2026-03-01T02:30', duration: 'PT1H', rrule: 'FREQ=DAILY' });

describe('MaintenanceWindow.rrule: DST in Europe/Paris', () => {
  it('spring forward 2026-03-29: 02:30 does not exist, the window runs from the gap end 03:00 CEST to 03:30 CEST', () => {
    // Clocks go 02:00 CET → 03:00 CEST at 01:00Z. Start 02:30 is in the gap → 03:00 CEST = 01:00Z;
    // end 03:30 exists: 03:30 CEST = 01:30Z. 30 minutes.
    const day = nightly.intervals(t('2026-03-29T00:00:00+01:00'), t('2026-03-30T00:00:00+02:00'));
    expect(day.toArray()).toEqual([{ start: t('2026-03-29T01:00:00Z'), end: t('2026-03-29T01:30:00Z') }]);
    expect(day.measure()).toBe(30 * MINUTE);
  });

  it('the day before and after spring forward: 02:30–03:30 at +01:00 and at +02:00', () => {
    // 03-28 CET: 02:30 − 1 h = 01:30Z → 02:30Z. 03-30 CEST: 02:30 − 2 h = 00:30Z → 01:30Z.
    expect(nightly.intervals(t('2026-03-28T00:00:00+01:00'), t('2026-03-29T00:00:00+01:00')).toArray()).toEqual([{ start: t('2026-03-28T01:30:00Z'), end: t('2026-03-28T02:30:00Z') }]);
    expect(nightly.intervals(t('2026-03-30T00:00:00+02:00'), t('2026-03-31T00:00:00+02:00')).toArray()).toEqual([{ start: t('2026-03-30T00:30:00Z'), end: t('2026-03-30T01:30:00Z') }]);
  });

  it('fall back 2026-10-25: 02:30 happens twice, the window starts at the earlier (CEST) and ends at 03:30 CET: 2 h', () => {
    // Clocks go 03:00 CEST → 02:00 CET at 01:00Z. Start 02:30 → earlier instant, 02:30 CEST = 00:30Z;
    // end 03:30 exists once, in CET = 02:30Z. 00:30Z → 02:30Z = 2 h.
    const day = nightly.intervals(t('2026-10-25T00:00:00+02:00'), t('2026-10-26T00:00:00+01:00'));
    expect(day.toArray()).toEqual([{ start: t('2026-10-25T00:30:00Z'), end: t('2026-10-25T02:30:00Z') }]);
    expect(day.measure()).toBe(2 * HOUR);
  });

  it('a window given by end instead of duration is the same local range', () => {
    const byEnd = MaintenanceWindow.rrule({ id: 'nightly', zone: 'Europe/Paris', start: '2026-03-01T02:30', end: '2026-03-01T03:30', rrule: 'FREQ=DAILY' });
    const march = [t('2026-03-01T00:00:00+01:00'), t('2026-04-01T00:00:00+02:00')] as const;
    expect(byEnd.intervals(...march).equals(nightly.intervals(...march))).toBe(true);
    // 31 days × 1 h, except 03-29 (30 min): 30 h 30 min.
    expect(nightly.intervals(...march).measure()).toBe(30 * HOUR + 30 * MINUTE);
  });
});

describe('MaintenanceWindow.rrule: the rule', () => {
  it('EXDATE removes an occurrence; COUNT counts the occurrences before removal (RFC 5545)', () => {
    // Sundays from 2026-01-04, 4 occurrences: 01-04, 01-11, 01-18, 01-25; 01-11 excluded → 3 windows of 2 h (CET: −1 h).
    const sundays = MaintenanceWindow.rrule({ id: 'patch', zone: 'Europe/Paris', start: '2026-01-04T22:00', duration: { hours: 2 }, rrule: 'RRULE:FREQ=WEEKLY;BYDAY=SU;COUNT=4', exdate: ['2026-01-11T22:00'] });
    expect(sundays.intervals(t('2026-01-01T00:00:00Z'), t('2026-03-01T00:00:00Z')).toArray()).toEqual([
      { start: t('2026-01-04T21:00:00Z'), end: t('2026-01-04T23:00:00Z') },
      { start: t('2026-01-18T21:00:00Z'), end: t('2026-01-18T23:00:00Z') },
      { start: t('2026-01-25T21:00:00Z'), end: t('2026-01-25T23:00:00Z') },
    ]);
    expect(sundays.kind).toBe('rrule');
    expect(sundays.description).toBe('FREQ=WEEKLY;BYDAY=SU;COUNT=4 from 2026-01-04T22:00 for 2 h except 1 date(s) Europe/Paris');
  });

  it('the third Saturday, whole day (a date start): the same intervals as monthlyNthWeekday', () => {
    const rrule = MaintenanceWindow.rrule({ id: 'third', zone: 'Europe/Paris', start: '2026-01-17', rrule: 'FREQ=MONTHLY;BYDAY=3SA' });
    const nth = MaintenanceWindow.monthlyNthWeekday({ id: 'third', zone: 'Europe/Paris', weekday: 'sat', nth: 3 });
    const year = [t('2026-01-01T00:00:00+01:00'), t('2027-01-01T00:00:00+01:00')] as const;
    expect(rrule.intervals(...year).equals(nth.intervals(...year))).toBe(true);
    // 2026-03-21 is a Saturday of the third week: 00:00 CET = 03-20T23:00Z → 03-22 00:00 CET = 03-21T23:00Z.
    expect(rrule.intervals(t('2026-03-01T00:00:00Z'), t('2026-04-01T00:00:00Z')).toArray()).toEqual([{ start: t('2026-03-20T23:00:00Z'), end: t('2026-03-21T23:00:00Z') }]);
  });

  it('an UNTIL in UTC is the instant it names: the occurrence exactly at it is the last', () => {
    // 02:30 CET = 01:30Z; UNTIL 2026-01-03T01:30Z is the third occurrence's start (UNTIL is inclusive).
    const until = MaintenanceWindow.rrule({ id: 'u', zone: 'Europe/Paris', start: '2026-01-01T02:30', duration: 'PT1H', rrule: 'FREQ=DAILY;UNTIL=20260103T013000Z' });
    expect(until.intervals(t('2026-01-01T00:00:00Z'), t('2026-01-10T00:00:00Z')).toArray().map((i) => new Date(i.start).toISOString())).toEqual([
      '2026-01-01T01:30:00.000Z',
      '2026-01-02T01:30:00.000Z',
      '2026-01-03T01:30:00.000Z',
    ]);
  });

  it('bad input is a typed error naming the field and the value', () => {
    const base = { id: 'w', zone: 'Europe/Paris', start: '2026-01-01T02:00', duration: 'PT1H' };
    const error = (options: object) => {
      try {
        MaintenanceWindow.rrule(options as never);
      } catch (caught) {
        return caught as SlaInputError;
      }
      throw new Error('no error');
    };
    expect(error({ ...base, rrule: 'FREQ=SOMETIMES' })).toMatchObject({ field: 'rrule', value: 'FREQ=SOMETIMES' });
    expect(error({ ...base, rrule: 'BYDAY=MO' })).toMatchObject({ field: 'rrule', value: 'BYDAY=MO' }); // no FREQ
    expect(error({ ...base, rrule: 'FREQ=DAILY;EVERY=2' })).toMatchObject({ field: 'rrule' }); // not an RFC 5545 part
    expect(error({ ...base, start: '2026-02-30T02:00', rrule: 'FREQ=DAILY' })).toMatchObject({ field: 'start', value: '2026-02-30T02:00' });
    expect(error({ ...base, start: '2026-01-01T02:00+01:00', rrule: 'FREQ=DAILY' })).toMatchObject({ field: 'start' });
    expect(error({ ...base, end: '2026-01-01T03:00', rrule: 'FREQ=DAILY' })).toMatchObject({ field: 'end' }); // both end and duration
    expect(error({ ...base, duration: 'PT0S', rrule: 'FREQ=DAILY' })).toMatchObject({ field: 'duration' });
    expect(error({ ...base, rrule: 'FREQ=DAILY', exdate: ['2026-01-02'] })).toMatchObject({ field: 'exdate[0]', value: '2026-01-02' }); // a date for a date-time start
    expect(error({ ...base, zone: 'Europe/Pariss', rrule: 'FREQ=DAILY' })).toBeInstanceOf(SlaZoneError);
  });
});

describe('type "rrule" in a contract definition', () => {
  const definition = (rule: object) => ({
    id: 'acme',
    name: 'ACME',
    calendars: { always: { always: true, zone: 'Europe/Paris' } },
    availability: { zone: 'Europe/Paris', maintenance: [rule], commitments: [{ id: 'uptime', target: '99.9', period: 'month' }] },
  });

  it('builds the window in the section zone', () => {
    const contract = defineContract(definition({ type: 'rrule', id: 'nightly', start: '2026-03-01T02:30', duration: 'PT1H', rrule: 'FREQ=DAILY', exdate: ['2026-03-02T02:30'] }) as never);
    const [window] = contract.maintenanceWindows();
    // 03-01 02:30 CET = 01:30Z; 03-02 excluded; 03-03 01:30Z.
    expect(window?.intervals(t('2026-03-01T00:00:00Z'), t('2026-03-04T00:00:00Z')).toArray()).toEqual([
      { start: t('2026-03-01T01:30:00Z'), end: t('2026-03-01T02:30:00Z') },
      { start: t('2026-03-03T01:30:00Z'), end: t('2026-03-03T02:30:00Z') },
    ]);
  });

  it('a bad RRULE is an SlaDefinitionError at its JSON path, naming the value', () => {
    try {
      defineContract(definition({ type: 'rrule', id: 'nightly', start: '2026-03-01T02:30', duration: 'PT1H', rrule: 'FREQ=FORTNIGHTLY' }) as never);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(SlaDefinitionError);
      const issue = (error as SlaDefinitionError).issues[0];
      expect(issue?.path).toBe('availability.maintenance[0].rrule');
      expect(issue?.message).toContain('"FREQ=FORTNIGHTLY"');
    }
  });
});

describe('lint', () => {
  it('an rrule window starting in a DST gap is named: 02:30 Paris daily skips 2026-03-29 02:30', () => {
    const definition = {
      id: 'acme', name: 'ACME', calendars: { always: { always: true, zone: 'Europe/Paris' } },
      availability: { zone: 'Europe/Paris', maintenance: [{ type: 'rrule', id: 'nightly', start: '2026-01-01T02:30', duration: 'PT1H', rrule: 'FREQ=DAILY' }], commitments: [{ id: 'uptime', target: '99.9', period: 'month' }] },
    };
    const [warning] = lintContract(definition as never, { from: '2026-01-01T00:00:00Z', years: 1 }).warnings;
    expect(warning?.code).toBe('maintenance-in-dst-gap');
    // 2026: one spring-forward night, 03-29; 02:30 is skipped once.
    expect(warning?.message).toContain('starts at 2026-03-29 02:30 local time (Europe/Paris)');
    expect(warning?.message).toContain('(1 time(s)');
  });
});

describe('properties', () => {
  const zones = ['Europe/Paris', 'America/New_York', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/Santiago'];
  const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

  it('FREQ=DAILY from a local time for a wall-clock length equals MaintenanceWindow.daily over the same days (1 000 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 1439 }),
        fc.integer({ min: 0, max: 364 }),
        (zone, startMinute, lengthMinutes, dayOffset) => {
          const endMinute = (startMinute + lengthMinutes) % 1440;
          const rrule = MaintenanceWindow.rrule({ id: 'w', zone, start: `2026-01-01T${hhmm(startMinute)}`, duration: lengthMinutes * MINUTE, rrule: 'FREQ=DAILY' });
          const daily = MaintenanceWindow.daily({ id: 'w', zone, from: hhmm(startMinute), to: hhmm(endMinute) });
          // From 2026-01-03 (both have windows every day before it), over 3 days.
          const from = Date.UTC(2026, 0, 3) + dayOffset * 86_400_000;
          const to = from + 3 * 86_400_000;
          expect(rrule.intervals(from, to).toBounds()).toEqual(daily.intervals(from, to).toBounds());
        },
      ),
      { numRuns: 1000 },
    );
  });
});
