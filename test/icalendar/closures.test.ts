/**
 * Issue 11 §2: `closures` of a calendar definition — a holiday/closure feed as iCalendar text,
 * an .ics file the CLI reads (the library reads no files), or closures as data. They close whole
 * local days, as holidays do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlaDefinitionError, SlaInputError, defineContract, icsClosures, toInstant } from '../../src/index.js';

const t = (iso: string) => toInstant(iso);
const FEED = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ACME HR//Closures//EN',
  // Christmas break 24–26 Dec every year (DTEND is exclusive: 3 days), not in 2027.
  'BEGIN:VEVENT', 'UID:xmas@acme', 'SUMMARY:Christmas break', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227', 'RRULE:FREQ=YEARLY', 'EXDATE;VALUE=DATE:20271224', 'END:VEVENT',
  // One company day off.
  'BEGIN:VEVENT', 'UID:offsite@acme', 'DTSTART;VALUE=DATE:20260612', 'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

const WEEK = { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] };
const contractWith = (closures: unknown[]) =>
  defineContract({ id: 'acme', name: 'ACME', calendars: { support: { zone: 'Europe/Paris', week: WEEK, closures } } } as unknown);

describe('icsClosures', () => {
  it('expands all-day events per year: multi-day, yearly, EXDATE', () => {
    const provider = icsClosures(FEED);
    expect([...provider.datesInYear(2026)]).toEqual(['2026-06-12', '2026-12-24', '2026-12-25', '2026-12-26']);
    expect([...provider.datesInYear(2027)]).toEqual([]); // EXDATE 2027-12-24 removes that year's occurrence
    expect([...provider.datesInYear(2028)]).toEqual(['2028-12-24', '2028-12-25', '2028-12-26']);
  });

  it('a timed VEVENT is refused: closures close whole local days', () => {
    const timed = FEED.replace('DTSTART;VALUE=DATE:20260612', 'DTSTART:20260612T090000Z');
    expect(() => icsClosures(timed)).toThrow(SlaInputError);
    // Lines: 1–3 the calendar's header, 4–11 the first VEVENT (BEGIN … END), 12 the second's BEGIN:VEVENT.
    expect(() => icsClosures(timed)).toThrow('closures: expected an all-day VEVENT (DTSTART;VALUE=DATE): closures close whole local days, got "VEVENT offsite@acme at line 12"');
  });
});

describe('closures in a calendar definition', () => {
  it('an ics feed closes its dates: Thu 2026-12-24 to Sat closed, Mon 12-28 open', () => {
    const support = contractWith([{ ics: FEED }]).calendar('support');
    expect(support.isOpen(t('2026-12-23T10:00:00+01:00'))).toBe(true);
    expect(support.isOpen(t('2026-12-24T10:00:00+01:00'))).toBe(false);
    expect(support.isOpen(t('2026-12-25T10:00:00+01:00'))).toBe(false);
    // Wed 12-23 16:00 + 2 h: 1 h Wed (to 17:00), Thu/Fri closed, weekend → Mon 12-28 10:00 CET = 09:00Z.
    expect(support.due(t('2026-12-23T16:00:00+01:00'), { hours: 2 })).toBe(t('2026-12-28T09:00:00Z'));
  });

  it('closures as data: a date, a number of days, a yearly rule', () => {
    const support = contractWith([{ date: '2026-08-03', days: 5, summary: 'summer break' }, { date: '2026-05-01', rrule: 'FREQ=YEARLY' }]).calendar('support');
    expect(support.closedDays(t('2026-08-01T00:00:00+02:00'), t('2026-08-10T00:00:00+02:00')).map((d) => d.date)).toEqual(['2026-08-03', '2026-08-04', '2026-08-05', '2026-08-06', '2026-08-07']);
    expect(support.isOpen(t('2027-05-03T10:00:00+02:00'))).toBe(true); // 2027-05-01 is a Saturday; Monday open
    expect(support.closedDays(t('2030-05-01T00:00:00+02:00'), t('2030-05-02T00:00:00+02:00')).map((d) => d.date)).toEqual(['2030-05-01']);
  });

  it('explanations name a closed day by its event: SUMMARY, else UID, keeping the path', () => {
    const closures = [{ ics: FEED }, { date: '2026-08-03', summary: 'summer break' }, { date: '2026-08-04' }];
    const contract = defineContract({
      id: 'acme', name: 'ACME', calendars: { support: { zone: 'Europe/Paris', week: WEEK, closures } },
      responses: { priorities: { p1: { target: 'PT10H', calendar: 'support' } } },
    } as unknown);
    const support = contract.calendar('support');
    // Wed 2026-06-10 16:00 CEST + 10 h: Wed 16–17 1 h, Thu 11 09–17 8 h, Fri 12 offsite (no SUMMARY: its UID), Mon 15 09–10 1 h.
    const status = contract.clock().status({ id: 'T', priority: 'p1', openedAt: '2026-06-10T16:00:00+02:00' }, '2026-06-16T00:00:00+02:00');
    expect(status.explanation.filter((s) => s.reason === 'holiday').map((s) => s.detail)).toEqual(['holiday 2026-06-12 offsite@acme (closures[0])']);
    expect(status.dueAt).toBe(t('2026-06-15T10:00:00+02:00'));
    const closed = support.closedDays(t('2026-12-24T00:00:00+01:00'), t('2026-12-25T00:00:00+01:00'));
    expect(closed.map(({ date, source, name }) => ({ date, source, name }))).toEqual([{ date: '2026-12-24', source: 'closures[0]', name: 'Christmas break' }]);
    // Data closures: the summary when given, no name without one.
    const august = support.closedDays(t('2026-08-03T00:00:00+02:00'), t('2026-08-05T00:00:00+02:00'));
    expect(august.map(({ date, source, name }) => ({ date, source, name }))).toEqual([
      { date: '2026-08-03', source: 'closures[1]', name: 'summer break' },
      { date: '2026-08-04', source: 'closures[2]', name: undefined },
    ]);
  });

  it('errors name the JSON path: icsFile (the CLI reads files, the library does not), a bad rule, a timed event', () => {
    const issue = (closures: unknown[]) => {
      try {
        contractWith(closures);
      } catch (error) {
        expect(error).toBeInstanceOf(SlaDefinitionError);
        return (error as SlaDefinitionError).issues[0];
      }
      throw new Error('accepted');
    };
    expect(issue([{ icsFile: 'closures.ics' }])).toMatchObject({ path: 'calendars.support.closures[0].icsFile' });
    expect(issue([{ date: '2026-05-01', rrule: 'FREQ=YEARLY;BYMONTH=13' }])?.path).toBe('calendars.support.closures[0].rrule');
    expect(issue([{ ics: FEED.replace('DTSTART;VALUE=DATE:20260612', 'DTSTART:20260612T090000Z') }])).toMatchObject({ path: 'calendars.support.closures[0]' });
  });
});

describe('property: a yearly closure of n days closes exactly those dates each year (1 000 runs)', () => {
  it('datesInYear(y) = the dates of the occurrences of y − 1 and y that fall in y', () => {
    const DAY = 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2250 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }), // no 29–31: a yearly rule skips years without that date
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        (startYear, month, day, days, later) => {
          const date = `${startYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const provider = icsClosures([{ date, days, rrule: 'FREQ=YEARLY' }]);
          const year = startYear + later;
          const expected = new Set<string>();
          for (const occurrenceYear of [year - 1, year]) {
            if (occurrenceYear < startYear) continue;
            const first = Date.UTC(occurrenceYear, month - 1, day);
            for (let d = 0; d < days; d++) if (new Date(first + d * DAY).getUTCFullYear() === year) expected.add(iso(first + d * DAY));
          }
          expect([...provider.datesInYear(year)]).toEqual([...expected].sort());
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('property: nameOf names exactly the closed dates, by the first closure covering them (1 000 runs)', () => {
  it('every date of datesInYear(y) has the name of the first closure whose occurrence covers it; no other date has one', () => {
    const DAY = 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const closure = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), days: fc.integer({ min: 1, max: 20 }), named: fc.boolean() });
    fc.assert(
      fc.property(fc.array(closure, { minLength: 1, maxLength: 4 }), fc.integer({ min: 2000, max: 2100 }), (specs, year) => {
        const events = specs.map((spec, i) => ({ date: `${year}-${String(spec.month).padStart(2, '0')}-${String(spec.day).padStart(2, '0')}`, days: spec.days, ...(spec.named ? { summary: `closure ${i}` } : {}) }));
        const provider = icsClosures(events);
        // By hand: walk the closures in order; a date keeps the first one's name (or none).
        const expected = new Map<string, string | undefined>();
        specs.forEach((spec, i) => {
          for (let d = 0; d < spec.days; d++) {
            const date = iso(Date.UTC(year, spec.month - 1, spec.day) + d * DAY);
            if (date.startsWith(String(year)) && !expected.has(date)) expected.set(date, spec.named ? `closure ${i}` : undefined);
          }
        });
        expect([...provider.datesInYear(year)]).toEqual([...expected.keys()].sort());
        for (const [date, name] of expected) expect(provider.nameOf?.(date)).toBe(name);
        // A date no closure covers has no name: 1 Jan of the year is covered only when a closure starts there.
        const newYear = `${year}-01-01`;
        if (!expected.has(newYear)) expect(provider.nameOf?.(newYear)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a closure name from a feed is one line (attack 18, M7)', () => {
  it('newlines, control and bidi characters become spaces; a long name is cut at 120 characters with "…"', () => {
    const provider = icsClosures([
      { date: '2027-03-25', summary: 'Office move\nWhy: fake line\u0000\u001b[31m\u202Eevil' },
      { date: '2027-03-26', summary: 'x'.repeat(10_000) },
      { date: '2027-03-29', summary: '\n\t ' },
    ]);
    // "\n" → " ", NUL → " ", ESC → " " (then "[31m" stays text), U+202E → " "; runs of spaces → one
    expect(provider.nameOf?.('2027-03-25')).toBe('Office move Why: fake line [31m evil');
    // 119 characters and the ellipsis: 120 in all
    expect(provider.nameOf?.('2027-03-26')).toBe(`${'x'.repeat(119)}…`);
    // only blanks: no name
    expect(provider.nameOf?.('2027-03-29')).toBeUndefined();
  });
});
