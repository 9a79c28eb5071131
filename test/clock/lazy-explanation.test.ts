/**
 * Issue 13: explanations are computed only when read. A batch of tickets
 * judged years after they opened builds none: the calendar is never asked
 * for its closed days (what an explanation reads) until one is read.
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import type { HolidayProvider } from '../../src/calendar/holidays.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { ResponseTimeClock } from '../../src/clock/response-time-clock.js';
import { HOUR, t } from './fixtures.js';

describe('explanations are lazy (issue 13)', () => {
  it('evaluate on tickets open for three years reads no closed days; reading one explanation does', () => {
    const asked: number[] = [];
    const provider: HolidayProvider = { id: 'acme', datesInYear: (year) => (asked.push(year), [`${year}-12-24`]) };
    const support = new BusinessCalendar({ zone: 'Europe/Berlin', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00-18:00']), holidays: provider, name: 'support' });
    const clock = new ResponseTimeClock({ priorities: { p: { target: { hours: 10 }, calendar: support } } });
    const now = t('2029-06-01T12:00:00+02:00');
    const tickets = [
      { id: 'A', priority: 'p', openedAt: '2026-06-01T08:00:00+02:00' },
      { id: 'B', priority: 'p', events: [{ type: 'open' as const, at: '2026-06-01T08:00:00+02:00' }, { type: 'pause' as const, at: '2026-06-01T09:00:00+02:00' }] },
    ];
    const { tickets: statuses } = clock.evaluate(tickets, now);
    // A: due Mon 2026-06-01 18:00, missed; B: 1 h counted, paused since 09:00.
    expect(statuses.map((s) => s.state)).toEqual(['missed', 'paused']);
    // A's elapsed to now built the years 2026–2029, each asking the provider once. An explanation of A
    // (2026-06-01 → 2029-06-01) would have asked for each of those years again.
    expect([...asked].sort()).toEqual([2026, 2027, 2028, 2029]);
    // Reading B's explanation (Mon 08–09 open, then paused) reads the closed days of 2026 once more.
    expect(statuses[1]?.explanation.map((s) => [s.reason, s.durationMs === HOUR])).toEqual([
      ['open', true],
      ['paused', false],
    ]);
    expect([...asked].sort()).toEqual([2026, 2026, 2027, 2028, 2029]);
  });
});
