import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/clock/index.js';
import { HOUR, MINUTE, linkandoClock, signinappClock, t } from './fixtures.js';

// Linkando: other (30 h) → critical (10 h), both on Mon–Fri 08:00–18:00 Berlin.
// Opened Mon 2026-06-01 08:00 as other; reprioritised Tue 10:00: counted before = Mon 10 h + Tue 08→10 2 h = 12 h.
const upgraded: Ticket = {
  id: 'R-1',
  priority: 'other',
  events: [
    { type: 'open', at: '2026-06-01T08:00:00+02:00' },
    { type: 'reprioritise', at: '2026-06-02T10:00:00+02:00', priority: 'critical' },
  ],
};
const respondedAtChange: Ticket = { ...upgraded, events: [...upgraded.events, { type: 'respond', at: '2026-06-02T10:00:00+02:00' }] };

describe('reprioritisation other → critical, recompute-from-open (default, as Jira)', () => {
  const clock = linkandoClock();

  it('the whole clock is recomputed from the opening with 10 h: due Mon 18:00, missed retroactively', () => {
    // 10 h from Mon 08:00 → Mon 18:00. At Tue 11:00: Mon 10 h + Tue 08→11 3 h = 13 h; 13 − 10 = −3 h; 130 %.
    const status = clock.status(upgraded, '2026-06-02T11:00:00+02:00');
    expect(status.priority).toBe('critical');
    expect(status.targetMs).toBe(10 * HOUR);
    expect(status.dueAt).toBe(t('2026-06-01T18:00:00+02:00'));
    expect(status.elapsedMs).toBe(13 * HOUR);
    expect(status.remainingMs).toBe(-3 * HOUR);
    expect(status.percentUsed).toBeCloseTo(130, 10);
    expect(status.state).toBe('missed');
  });

  it('a response at the change instant (Tue 10:00) is after the recomputed due instant: missed', () => {
    expect(clock.status(respondedAtChange, '2026-06-02T12:00:00+02:00').state).toBe('missed');
  });

  it('before the change (Mon 11:00) the ticket is still other: 30 h → due Wed 18:00', () => {
    // Mon 10 h + Tue 10 h + Wed 10 h = 30 h → Wed 2026-06-03 18:00.
    const status = clock.status(upgraded, '2026-06-01T11:00:00+02:00');
    expect(status.priority).toBe('other');
    expect(status.dueAt).toBe(t('2026-06-03T18:00:00+02:00'));
  });

  it('the warnings are recomputed too: 50 % of 10 h was crossed Mon 13:00', () => {
    // 5 h from Mon 08:00 → 13:00.
    const status = clock.status(upgraded, '2026-06-02T11:00:00+02:00');
    expect(status.warnings[0]).toEqual({ threshold: 0.5, thresholdMs: 5 * HOUR, at: t('2026-06-01T13:00:00+02:00'), crossed: true });
  });
});

describe('reprioritisation other → critical, from-change', () => {
  const clock = linkandoClock({ reprioritisation: 'from-change' });

  it('carried 12 h already exceed the new 10 h: due at the change itself (Tue 10:00), never before it', () => {
    // carried = 12 h ≥ 10 h → due = the change instant. At Tue 11:00: 12 + 1 = 13 h; −3 h left.
    const status = clock.status(upgraded, '2026-06-02T11:00:00+02:00');
    expect(status.dueAt).toBe(t('2026-06-02T10:00:00+02:00'));
    expect(status.elapsedMs).toBe(13 * HOUR);
    expect(status.remainingMs).toBe(-3 * HOUR);
    expect(status.state).toBe('missed');
  });

  it('a response at the change instant meets (respond <= due)', () => {
    // Responded Tue 10:00 = due.
    const status = clock.status(respondedAtChange, '2026-06-02T12:00:00+02:00');
    expect(status.state).toBe('met');
    expect(status.elapsedMs).toBe(12 * HOUR);
  });

  it('with the same calendar and carried time below the new target, both rules agree', () => {
    // Changed Mon 12:00 (4 h counted): recompute 10 h from Mon 08:00 → Mon 18:00; from-change 4 h + 6 h from Mon 12:00 → Mon 18:00.
    const early: Ticket = {
      id: 'R-2',
      priority: 'other',
      events: [
        { type: 'open', at: '2026-06-01T08:00:00+02:00' },
        { type: 'reprioritise', at: '2026-06-01T12:00:00+02:00', priority: 'critical' },
      ],
    };
    const expected = t('2026-06-01T18:00:00+02:00');
    expect(clock.status(early, '2026-06-01T13:00:00+02:00').dueAt).toBe(expected);
    expect(linkandoClock().status(early, '2026-06-01T13:00:00+02:00').dueAt).toBe(expected);
  });

  it('explanation marks which priority measured each stretch', () => {
    const status = clock.status(upgraded, '2026-06-02T11:00:00+02:00');
    const priorities = status.explanation.filter((s) => s.counted).map((s) => [s.startLocal, s.priority]);
    expect(priorities).toEqual([
      ['2026-06-01T08:00:00.000+02:00', 'other'],
      ['2026-06-02T08:00:00.000+02:00', 'other'],
      ['2026-06-02T10:00:00.000+02:00', 'critical'],
    ]);
  });
});

describe('reprioritisation across calendars: Sign In App severe (Mon–Fri) → critical (24/7)', () => {
  // Opened Fri 2026-06-05 23:30 London as severe; reprioritised Sat 10:00 to critical.
  // Before the change, on the severe calendar: Fri 23:30→24:00 = 30 min; Saturday closed.
  const ticket: Ticket = {
    id: 'S-1',
    priority: 'severe',
    events: [
      { type: 'open', at: '2026-06-05T23:30:00+01:00' },
      { type: 'reprioritise', at: '2026-06-06T10:00:00+01:00', priority: 'critical' },
    ],
  };

  it('recompute-from-open: 1 h on the 24/7 calendar from Fri 23:30 → due Sat 00:30 London', () => {
    // At Sat 10:15 on 24/7: 10 h 45 min counted.
    const status = signinappClock().status(ticket, '2026-06-06T10:15:00+01:00');
    expect(status.dueAt).toBe(t('2026-06-06T00:30:00+01:00'));
    expect(status.elapsedMs).toBe(10 * HOUR + 45 * MINUTE);
    expect(status.state).toBe('missed');
  });

  it('from-change: 30 min carried from the severe calendar + 30 min on 24/7 from Sat 10:00 → due Sat 10:30', () => {
    // At Sat 10:15: 30 + 15 = 45 min of 60 → 75 %, 15 min left.
    const status = signinappClock({ reprioritisation: 'from-change' }).status(ticket, '2026-06-06T10:15:00+01:00');
    expect(status.dueAt).toBe(t('2026-06-06T10:30:00+01:00'));
    expect(status.elapsedMs).toBe(45 * MINUTE);
    expect(status.remainingMs).toBe(15 * MINUTE);
    expect(status.percentUsed).toBe(75);
    expect(status.state).toBe('running');
  });
});

describe('downgrade critical → other', () => {
  // Opened Mon 08:00 critical (due Mon 18:00); downgraded Tue 10:00 (12 h counted) to other (30 h).
  const downgraded: Ticket = {
    id: 'R-3',
    priority: 'critical',
    events: [
      { type: 'open', at: '2026-06-01T08:00:00+02:00' },
      { type: 'reprioritise', at: '2026-06-02T10:00:00+02:00', priority: 'other' },
    ],
  };

  it('recompute-from-open rescues it: 30 h from Mon 08:00 → due Wed 18:00, running at Tue 11:00', () => {
    const status = linkandoClock().status(downgraded, '2026-06-02T11:00:00+02:00');
    expect(status.dueAt).toBe(t('2026-06-03T18:00:00+02:00'));
    expect(status.state).toBe('running');
    // 13 h counted; 17 h left.
    expect(status.remainingMs).toBe(17 * HOUR);
  });

  it('from-change agrees on one calendar: 12 h carried + Tue 10→18 8 h + Wed 10 h = 30 h → Wed 18:00', () => {
    const status = linkandoClock({ reprioritisation: 'from-change' }).status(downgraded, '2026-06-02T11:00:00+02:00');
    expect(status.dueAt).toBe(t('2026-06-03T18:00:00+02:00'));
  });
});
