import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/clock/index.js';
import { HOUR, linkandoClock, t } from './fixtures.js';

// Linkando critical (10 h, Mon–Fri 08:00–18:00 Berlin) opened Mon 2026-06-01 13:00.
// 50 % = 5 h: Mon 13:00→18:00 = 5 h → reached at 18:00 exactly, a closing.
// 75 % = 7.5 h: 5 h Mon + 2.5 h from Tue 08:00 → Tue 10:30. 90 % = 9 h → Tue 12:00. 100 % → Tue 13:00.
const clock = linkandoClock();
const ticket = { id: 'W-1', priority: 'critical', openedAt: '2026-06-01T13:00:00+02:00' };

describe('warning thresholds (Jira/Zendesk-style warnings before breach)', () => {
  it('§0 closing boundary: 50 % of 10 h reached exactly at 18:00 is crossed at 18:00, not Tue 08:00', () => {
    const status = clock.status(ticket, '2026-06-01T20:00:00+02:00');
    expect(status.warnings.map((w) => [w.threshold, w.thresholdMs, w.at, w.crossed])).toEqual([
      [0.5, 5 * HOUR, t('2026-06-01T18:00:00+02:00'), true],
      [0.75, 7.5 * HOUR, t('2026-06-02T10:30:00+02:00'), false],
      [0.9, 9 * HOUR, t('2026-06-02T12:00:00+02:00'), false],
    ]);
    expect(status.dueAt).toBe(t('2026-06-02T13:00:00+02:00'));
  });

  it('crossed flips exactly at the crossing instant (17:59:59.999 no, 18:00 yes)', () => {
    expect(clock.status(ticket, t('2026-06-01T18:00:00+02:00') - 1).warnings[0]?.crossed).toBe(false);
    expect(clock.status(ticket, '2026-06-01T18:00:00+02:00').warnings[0]?.crossed).toBe(true);
  });

  it('custom thresholds [0.25, 1]: 2.5 h → Mon 15:30; 100 % is the due instant', () => {
    const custom = linkandoClock({ warnings: [1, 0.25] });
    const status = custom.status(ticket, '2026-06-01T14:00:00+02:00');
    expect(status.warnings.map((w) => [w.threshold, w.at])).toEqual([
      [0.25, t('2026-06-01T15:30:00+02:00')],
      [1, status.dueAt],
    ]);
  });

  it('warnings move with a pause: paused Mon 14:00 (1 h counted), at Tue 09:00 50 % is 4 h after = Tue 13:00', () => {
    const paused: Ticket = {
      id: 'W-2',
      priority: 'critical',
      events: [
        { type: 'open', at: '2026-06-01T13:00:00+02:00' },
        { type: 'pause', at: '2026-06-01T14:00:00+02:00' },
      ],
    };
    // 5 h − 1 h = 4 h from now (Tue 09:00, open) → Tue 13:00; not crossed.
    const status = clock.status(paused, '2026-06-02T09:00:00+02:00');
    expect(status.warnings[0]).toEqual({ threshold: 0.5, thresholdMs: 5 * HOUR, at: t('2026-06-02T13:00:00+02:00'), crossed: false });
  });

  it('a response stops the warnings: responded Mon 17:00, 50 % (Mon 18:00) is not crossed', () => {
    const status = clock.status({ ...ticket, respondedAt: '2026-06-01T17:00:00+02:00' }, '2026-06-03T00:00:00+02:00');
    expect(status.warnings[0]?.crossed).toBe(false);
    expect(status.state).toBe('met');
  });

  it('no warnings when the policy sets []', () => {
    expect(linkandoClock({ warnings: [] }).status(ticket, '2026-06-01T14:00:00+02:00').warnings).toEqual([]);
  });
});
