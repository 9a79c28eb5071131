import { describe, expect, it } from 'vitest';
import { HOUR, signinappClock, t } from './fixtures.js';

// Sign In App §1.1 / §1.9: critical runs 24/7, severe on Mon–Fri 00:00–24:00
// Europe/London with GB-ENG holidays. Both tickets opened Sat 2026-06-06 10:00 London (BST, 09:00Z).
const clock = signinappClock();
const openedAt = '2026-06-06T10:00:00+01:00';

describe('Sign In App: critical (24/7) vs severe (support days) opened on the same Saturday instant', () => {
  it('§1.9 critical, 1 working hour on the 24/7 calendar: due Sat 11:00 London (10:00Z)', () => {
    const status = clock.status({ id: 'C', priority: 'critical', openedAt }, '2026-06-06T10:30:00+01:00');
    expect(status.dueAt).toBe(t('2026-06-06T10:00:00Z'));
    // 30 min of 60.
    expect(status.percentUsed).toBe(50);
    expect(status.zone).toBe('Europe/London');
  });

  it('§1.9 severe, 2 working hours on support: Sat and Sun closed → Mon 2026-06-08 00:00 + 2 h = 02:00 London (01:00Z)', () => {
    const status = clock.status({ id: 'S', priority: 'severe', openedAt }, '2026-06-06T10:30:00+01:00');
    expect(status.dueAt).toBe(t('2026-06-08T01:00:00Z'));
    expect(status.elapsedMs).toBe(0);
    expect(status.percentUsed).toBe(0);
  });

  it('at Sat 12:00 with no response: critical is missed (2 h counted of 1 h), severe still running (0 h)', () => {
    const critical = clock.status({ id: 'C', priority: 'critical', openedAt }, '2026-06-06T12:00:00+01:00');
    const severe = clock.status({ id: 'S', priority: 'severe', openedAt }, '2026-06-06T12:00:00+01:00');
    expect(critical.state).toBe('missed');
    expect(critical.elapsedMs).toBe(2 * HOUR);
    expect(critical.percentUsed).toBe(200);
    expect(severe.state).toBe('running');
    expect(severe.remainingMs).toBe(2 * HOUR);
  });

  it('§1.1 the severe explanation shows the weekend as closed in London local time', () => {
    const severe = clock.status({ id: 'S', priority: 'severe', openedAt }, '2026-06-08T01:00:00+01:00');
    expect(severe.explanation.map((s) => [s.startLocal, s.endLocal, s.reason])).toEqual([
      ['2026-06-06T10:00:00.000+01:00', '2026-06-08T00:00:00.000+01:00', 'closed'],
      ['2026-06-08T00:00:00.000+01:00', '2026-06-08T01:00:00.000+01:00', 'open'],
    ]);
  });

  it('§1.1 GB-ENG holiday: severe opened Fri 2026-08-28 23:00 runs over the bank holiday Mon 2026-08-31', () => {
    // Fri 23:00→24:00 = 1 h; Sat, Sun closed; Mon 2026-08-31 Summer bank holiday closed; Tue 00:00 + 1 h → Tue 01:00 BST.
    const status = clock.status({ id: 'S2', priority: 'severe', openedAt: '2026-08-28T23:00:00+01:00' }, '2026-08-29T12:00:00+01:00');
    expect(status.dueAt).toBe(t('2026-09-01T01:00:00+01:00'));
  });
});
