import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/clock/index.js';
import { HOUR, linkandoClock, t } from './fixtures.js';

// Linkando critical (10 h on Mon–Fri 08:00–18:00 Berlin), paused from Fri 16:00 to Mon 10:00.
const clock = linkandoClock();
const ticket: Ticket = {
  id: 'P-1',
  priority: 'critical',
  events: [
    { type: 'open', at: '2026-05-29T14:00:00+02:00' },
    { type: 'pause', at: '2026-05-29T16:00:00+02:00' },
    { type: 'resume', at: '2026-06-01T10:00:00+02:00' },
  ],
};

describe('pause across a weekend (Linkando critical, 10 h)', () => {
  it('while paused on Saturday: due = calendar.due(now, remaining) = Mon 08:00 + 8 h = Mon 16:00', () => {
    // Counted Fri 14:00→16:00 = 2 h; 8 h left; from Sat 12:00 the next opening is Mon 08:00; +8 h → 16:00.
    const status = clock.status(ticket, '2026-05-30T12:00:00+02:00');
    expect(status.state).toBe('paused');
    expect(status.met).toBeNull();
    expect(status.elapsedMs).toBe(2 * HOUR);
    expect(status.percentUsed).toBe(20);
    expect(status.dueAt).toBe(t('2026-06-01T16:00:00+02:00'));
  });

  it('the due instant moves while paused: at Mon 09:00 (still paused) it is Mon 17:00', () => {
    // Still 2 h counted; 8 h left from Mon 09:00 → 17:00.
    const status = clock.status(ticket, '2026-06-01T09:00:00+02:00');
    expect(status.state).toBe('paused');
    expect(status.dueAt).toBe(t('2026-06-01T17:00:00+02:00'));
  });

  it('after the resume: Fri 14–16 and Mon 10–12 count (4 h), due Mon 18:00 instead of Mon 14:00', () => {
    // Without the pause: Fri 14→18 = 4 h, Mon 08:00 + 6 h = 14:00.
    // The pause cost Fri 16→18 (2 h) and Mon 08→10 (2 h): 14:00 + 4 h = 18:00.
    const status = clock.status(ticket, '2026-06-01T12:00:00+02:00');
    expect(status.state).toBe('running');
    expect(status.elapsedMs).toBe(4 * HOUR);
    expect(status.remainingMs).toBe(6 * HOUR);
    expect(status.dueAt).toBe(t('2026-06-01T18:00:00+02:00'));
    const unpaused = clock.status({ id: 'P-0', priority: 'critical', openedAt: '2026-05-29T14:00:00+02:00' }, '2026-06-01T12:00:00+02:00');
    expect(unpaused.dueAt).toBe(t('2026-06-01T14:00:00+02:00'));
  });

  it('explanation: open Fri 14–16, paused Fri 16 → Mon 10 (weekend included), open Mon 10–12', () => {
    const status = clock.status(ticket, '2026-06-01T12:00:00+02:00');
    expect(status.explanation.map((s) => [s.startLocal, s.endLocal, s.reason, s.counted])).toEqual([
      ['2026-05-29T14:00:00.000+02:00', '2026-05-29T16:00:00.000+02:00', 'open', true],
      ['2026-05-29T16:00:00.000+02:00', '2026-06-01T10:00:00.000+02:00', 'paused', false],
      ['2026-06-01T10:00:00.000+02:00', '2026-06-01T12:00:00.000+02:00', 'open', true],
    ]);
    expect(status.explanation[1]?.detail).toBe('paused by events[1], resumed by events[2]');
  });

  it('a response while paused stops the clock; met iff before the due instant as if resumed then', () => {
    // Paused since Fri 16:00 with 2 h counted; respond Mon 09:30 → met (8 h left).
    const status = clock.status({ ...ticket, events: [...ticket.events.slice(0, 2), { type: 'respond', at: '2026-06-01T09:30:00+02:00' }] }, '2026-06-02T00:00:00+02:00');
    expect(status.state).toBe('met');
    expect(status.elapsedMs).toBe(2 * HOUR);
    expect(status.respondedAt).toBe(t('2026-06-01T09:30:00+02:00'));
    expect(status.explanation.at(-1)?.detail).toBe('paused by events[1], still paused at the response');
  });

  it('an overdue ticket that is paused is missed: a later response cannot meet the target', () => {
    // Opened Mon 08:00, paused Mon 19:00 (10 h counted, due Mon 18:00); at Tue 12:00 the due instant has passed.
    const status = clock.status(
      {
        id: 'P-2',
        priority: 'critical',
        events: [
          { type: 'open', at: '2026-06-01T08:00:00+02:00' },
          { type: 'pause', at: '2026-06-01T19:00:00+02:00' },
        ],
      },
      '2026-06-02T12:00:00+02:00',
    );
    expect(status.dueAt).toBe(t('2026-06-01T18:00:00+02:00'));
    expect(status.state).toBe('missed');
  });

  it('pause and resume at the same instant change nothing', () => {
    const status = clock.status(
      {
        id: 'P-3',
        priority: 'critical',
        events: [
          { type: 'open', at: '2026-06-01T08:00:00+02:00' },
          { type: 'pause', at: '2026-06-01T10:00:00+02:00' },
          { type: 'resume', at: '2026-06-01T10:00:00+02:00' },
        ],
      },
      '2026-06-01T12:00:00+02:00',
    );
    // 08→12 = 4 h; due 18:00; one merged open segment.
    expect(status.elapsedMs).toBe(4 * HOUR);
    expect(status.dueAt).toBe(t('2026-06-01T18:00:00+02:00'));
    expect(status.explanation).toHaveLength(1);
  });

  it('events after now are not known yet: a pause at Fri 16:00 is ignored at Fri 15:00', () => {
    // At Fri 15:00: 1 h counted, running, due as without pause: Fri 14→18 4 h + Mon 08:00 + 6 h = 14:00.
    const status = clock.status(ticket, '2026-05-29T15:00:00+02:00');
    expect(status.state).toBe('running');
    expect(status.elapsedMs).toBe(1 * HOUR);
    expect(status.dueAt).toBe(t('2026-06-01T14:00:00+02:00'));
  });
});
