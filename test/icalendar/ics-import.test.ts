/**
 * Issue 11 §2: maintenance windows from an .ics file (test/fixtures/icalendar/maintenance.ics):
 * RRULE, EXDATE, TZID, DTEND or DURATION, a spring-forward and a fall-back day; every VEVENT used
 * or rejected with its UID, line and reason. Expected windows computed by hand in the comments.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SlaInputError, icsWindows, readIcsEvents, toInstant } from '../../src/index.js';

const fixture = readFileSync(new URL('../fixtures/icalendar/maintenance.ics', import.meta.url), 'utf8');
const t = (iso: string) => toInstant(iso);
const window = (uid: string, start: string, end: string) => ({ uid, start: t(start), end: t(end) });

describe('icsWindows on the fixture', () => {
  it('March–April 2026: nightly-db (DAILY, COUNT=7, EXDATE 03-28, spring forward 03-29) and the UTC migration', () => {
    const { windows } = icsWindows(fixture, { zone: 'Europe/Paris', from: '2026-03-01T00:00:00+01:00', to: '2026-05-01T00:00:00+02:00' });
    expect(windows.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual([
      // DTSTART:20260315T220000Z, DTEND:20260316T020000Z: in UTC as written.
      window('migration@acme.example', '2026-03-15T22:00:00Z', '2026-03-16T02:00:00Z'),
      // COUNT=7 from 03-26 02:30 Paris: 26, 27, 28, 29, 30, 31, 04-01; EXDATE removes 28 (it still counts: RFC 5545).
      // 03-26, 03-27 CET (+01): 02:30–03:30 → 01:30Z–02:30Z.
      window('nightly-db@acme.example', '2026-03-26T01:30:00Z', '2026-03-26T02:30:00Z'),
      window('nightly-db@acme.example', '2026-03-27T01:30:00Z', '2026-03-27T02:30:00Z'),
      // 03-29: 02:00 CET → 03:00 CEST at 01:00Z; 02:30 is skipped → the gap's end 03:00 CEST = 01:00Z; 03:30 CEST = 01:30Z.
      window('nightly-db@acme.example', '2026-03-29T01:00:00Z', '2026-03-29T01:30:00Z'),
      // 03-30, 03-31, 04-01 CEST (+02): 02:30–03:30 → 00:30Z–01:30Z.
      window('nightly-db@acme.example', '2026-03-30T00:30:00Z', '2026-03-30T01:30:00Z'),
      window('nightly-db@acme.example', '2026-03-31T00:30:00Z', '2026-03-31T01:30:00Z'),
      window('nightly-db@acme.example', '2026-04-01T00:30:00Z', '2026-04-01T01:30:00Z'),
    ]);
    expect(windows[3]?.id).toBe('nightly-db@acme.example@2026-03-29T01:00:00.000Z');
    expect(windows[1]?.summary).toBe('Database patching, nightly');
  });

  it('October–November 2026: sunday-patch (WEEKLY SU, COUNT=3, PT2H) across the fall-back day', () => {
    const { windows } = icsWindows(fixture, { zone: 'Europe/Paris', from: '2026-10-01T00:00:00+02:00', to: '2026-12-01T00:00:00+01:00' });
    expect(windows.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual([
      // 10-18 CEST: 02:00–04:00 → 00:00Z–02:00Z (2 h).
      window('sunday-patch@acme.example', '2026-10-18T00:00:00Z', '2026-10-18T02:00:00Z'),
      // 10-25: 03:00 CEST → 02:00 CET at 01:00Z; 02:00 happens twice → the earlier, 02:00 CEST = 00:00Z;
      // 04:00 CET = 03:00Z: 3 h of wall-clock 02:00–04:00.
      window('sunday-patch@acme.example', '2026-10-25T00:00:00Z', '2026-10-25T03:00:00Z'),
      // 11-01 CET: 02:00–04:00 → 01:00Z–03:00Z.
      window('sunday-patch@acme.example', '2026-11-01T01:00:00Z', '2026-11-01T03:00:00Z'),
    ]);
  });

  it('reconciles: 6 VEVENTs = 3 used + 3 rejected, each with its UID, line and reason', () => {
    const result = icsWindows(fixture, { zone: 'Europe/Paris', from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
    expect([result.events, result.used, result.rejected.length]).toEqual([6, 3, 3]);
    const [outlook, typo, cancelled] = result.rejected;
    // Lines of BEGIN:VEVENT in the fixture: 19, 28, 36, 43, 49, 56.
    expect(outlook).toMatchObject({ uid: 'outlook-zone@acme.example', line: 43 });
    expect(outlook?.reason).toContain('TZID "W. Europe Standard Time" is not an IANA zone');
    expect(typo).toMatchObject({ uid: 'typo@acme.example', line: 49 });
    expect(typo?.reason).toContain('"FREQ=FORTNIGHTLY"');
    expect(cancelled).toMatchObject({ uid: 'cancelled@acme.example', line: 56 });
    expect(cancelled?.reason).toContain('STATUS:CANCELLED');
  });

  it('windows are clipped to the range', () => {
    // The migration 22:00Z–02:00Z, asked from 00:00Z on 03-16: 00:00Z–02:00Z.
    const { windows } = icsWindows(fixture, { zone: 'UTC', from: '2026-03-16T00:00:00Z', to: '2026-03-17T00:00:00Z' });
    expect(windows.map(({ start, end }) => ({ start, end }))).toEqual([{ start: t('2026-03-16T00:00:00Z'), end: t('2026-03-16T02:00:00Z') }]);
  });
});

describe('readIcsEvents', () => {
  const calendar = (...event: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', 'BEGIN:VEVENT', ...event, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

  it('floating times and all-day dates take the caller zone; a RECURRENCE-ID override replaces its occurrence', () => {
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN',
      'BEGIN:VEVENT', 'UID:w', 'DTSTART:20260105T010000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=3', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:w', 'RECURRENCE-ID:20260106T010000', 'DTSTART:20260106T050000', 'DURATION:PT30M', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:day', 'DTSTART;VALUE=DATE:20260110', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { windows } = icsWindows(text, { zone: 'America/New_York', from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(windows.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual([
      // EST = −5 h: 01:00 → 06:00Z.
      window('w', '2026-01-05T06:00:00Z', '2026-01-05T07:00:00Z'),
      // 01-06 01:00 replaced by 05:00–05:30 EST = 10:00Z–10:30Z.
      window('w', '2026-01-06T10:00:00Z', '2026-01-06T10:30:00Z'),
      window('w', '2026-01-07T06:00:00Z', '2026-01-07T07:00:00Z'),
      // A date: the whole local day, 00:00 EST = 05:00Z to the next 05:00Z.
      window('day', '2026-01-10T05:00:00Z', '2026-01-11T05:00:00Z'),
    ]);
  });

  it('an EXDATE in UTC excludes the occurrence at that instant in DTSTART zone', () => {
    // 2026-01-02 02:00 Paris (CET) = 01:00Z.
    const text = calendar('UID:x', 'DTSTART;TZID=Europe/Paris:20260101T020000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=3', 'EXDATE:20260102T010000Z');
    const { windows } = icsWindows(text, { zone: 'UTC', from: '2026-01-01T00:00:00Z', to: '2026-01-05T00:00:00Z' });
    expect(windows.map((w) => new Date(w.start).toISOString())).toEqual(['2026-01-01T01:00:00.000Z', '2026-01-03T01:00:00.000Z']);
  });

  it('an UNTIL in UTC with a TZID start is the instant it names (RFC 5545): 2026-01-03 02:30 CET = 01:30Z is the last', () => {
    const text = calendar('UID:u', 'DTSTART;TZID=Europe/Paris:20260101T023000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;UNTIL=20260103T013000Z');
    const { windows } = icsWindows(text, { zone: 'UTC', from: '2026-01-01T00:00:00Z', to: '2026-01-10T00:00:00Z' });
    expect(windows.map((w) => new Date(w.start).toISOString())).toEqual(['2026-01-01T01:30:00.000Z', '2026-01-02T01:30:00.000Z', '2026-01-03T01:30:00.000Z']);
  });

  it('rejects DTEND before DTSTART, DTEND and DURATION together, DTEND in another zone, a missing DTSTART', () => {
    const reason = (...lines: string[]) => readIcsEvents(calendar(...lines)).rejected[0]?.reason;
    expect(reason('UID:a', 'DTSTART:20260101T100000Z', 'DTEND:20260101T090000Z')).toBe('DTEND: before DTSTART');
    expect(reason('UID:a', 'DTSTART:20260101T100000Z', 'DTEND:20260101T110000Z', 'DURATION:PT1H')).toBe('DTEND and DURATION: give one of them, not both');
    expect(reason('UID:a', 'DTSTART;TZID=Europe/Paris:20260101T100000', 'DTEND:20260101T110000Z')).toBe('DTEND: in UTC, DTSTART in Europe/Paris; give both in the same zone and form');
    expect(reason('UID:a', 'SUMMARY:no start')).toBe('DTSTART: missing');
  });

  it('text that is not iCalendar is an SlaInputError naming ics', () => {
    expect(() => readIcsEvents('id,start,end\n')).toThrow(SlaInputError);
    expect(() => readIcsEvents('id,start,end\n')).toThrow(/^ics: expected iCalendar text/);
  });
});
