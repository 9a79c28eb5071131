import { describe, expect, it } from 'vitest';
import { HOUR, linkandoClock, lumappsClock, t } from './fixtures.js';

describe('explanation: what counted and why the rest did not, in local time', () => {
  it('worked example 2 (Linkando other, responded at the due instant): 9 segments, 30 h counted', () => {
    // Wed 09–18 open 9 h; Wed 18–24 closed; Thu holiday (Fronleichnam, DE-RP); Fri 00–08 closed; Fri 08–18 open 10 h;
    // Fri 18 → Mon 08 closed; Mon 08–18 open 10 h; Mon 18 → Tue 08 closed; Tue 08–09 open 1 h. 9 + 10 + 10 + 1 = 30 h.
    const status = linkandoClock().status(
      { id: 'X-2', priority: 'other', openedAt: '2026-06-03T09:00:00+02:00', respondedAt: '2026-06-09T09:00:00+02:00' },
      '2026-06-10T00:00:00+02:00',
    );
    expect(status.explanation.map((s) => [s.startLocal.slice(0, 16), s.endLocal.slice(0, 16), s.reason])).toEqual([
      ['2026-06-03T09:00', '2026-06-03T18:00', 'open'],
      ['2026-06-03T18:00', '2026-06-04T00:00', 'closed'],
      ['2026-06-04T00:00', '2026-06-05T00:00', 'holiday'],
      ['2026-06-05T00:00', '2026-06-05T08:00', 'closed'],
      ['2026-06-05T08:00', '2026-06-05T18:00', 'open'],
      ['2026-06-05T18:00', '2026-06-08T08:00', 'closed'],
      ['2026-06-08T08:00', '2026-06-08T18:00', 'open'],
      ['2026-06-08T18:00', '2026-06-09T08:00', 'closed'],
      ['2026-06-09T08:00', '2026-06-09T09:00', 'open'],
    ]);
    const counted = status.explanation.filter((s) => s.counted).reduce((sum, s) => sum + s.durationMs, 0);
    expect(counted).toBe(30 * HOUR);
    expect(status.explanation[0]).toMatchObject({
      start: t('2026-06-03T09:00:00+02:00'),
      end: t('2026-06-03T18:00:00+02:00'),
      priority: 'other',
      calendar: 'support',
      detail: 'open hours of calendar "support"',
    });
    expect(status.explanation[1]?.detail).toBe('outside the opening hours of calendar "support"');
    expect(status.explanation[2]?.detail).toBe('holiday 2026-06-04 (date-holidays:DE-RP)');
  });

  it('worked example 3 (LumApps NAM): Thanksgiving 2026-11-26 is a holiday from US public holidays', () => {
    const status = lumappsClock.status({ id: 'X-3', priority: 'p2', openedAt: '2026-11-25T16:00:00-05:00' }, '2026-11-27T11:00:00-05:00');
    expect(status.explanation.map((s) => [s.startLocal, s.reason, s.holiday?.date])).toEqual([
      ['2026-11-25T16:00:00.000-05:00', 'open', undefined],
      ['2026-11-25T18:00:00.000-05:00', 'closed', undefined],
      ['2026-11-26T00:00:00.000-05:00', 'holiday', '2026-11-26'],
      ['2026-11-27T00:00:00.000-05:00', 'closed', undefined],
      ['2026-11-27T09:00:00.000-05:00', 'open', undefined],
    ]);
  });

  it('§0 DST: a closed stretch across the Berlin fall-back lasts its real duration (63 h), offsets change', () => {
    // Fri 2026-10-23 18:00 CEST (16:00Z) → Mon 2026-10-26 08:00 CET (07:00Z) = 63 h of real time.
    const status = linkandoClock().status({ id: 'X-4', priority: 'critical', openedAt: '2026-10-23T17:00:00+02:00' }, '2026-10-26T09:00:00+01:00');
    const closed = status.explanation[1];
    expect(closed?.startLocal).toBe('2026-10-23T18:00:00.000+02:00');
    expect(closed?.endLocal).toBe('2026-10-26T08:00:00.000+01:00');
    expect(closed?.durationMs).toBe(63 * HOUR);
    // Fri 17→18 1 h + Mon 08→09 1 h.
    expect(status.elapsedMs).toBe(2 * HOUR);
  });

  it('no segments when nothing has elapsed (now = openedAt)', () => {
    expect(linkandoClock().status({ id: 'X-5', priority: 'critical', openedAt: 0 }, 0).explanation).toEqual([]);
  });

  it('the explanation is a lazy getter: JSON keeps it (and the warnings); a spread copies the data fields only', () => {
    // Opened Mon 08:00, now 09:00: one open segment 08–09; critical 10 h → due Mon 18:00; three default warnings.
    const status = linkandoClock().status({ id: 'X-6', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00' }, '2026-06-01T09:00:00+02:00');
    const json = JSON.parse(JSON.stringify(status)) as { explanation: unknown[]; warnings: unknown[]; dueAt: number };
    expect(json.explanation).toHaveLength(1);
    expect(json.warnings).toHaveLength(3);
    expect(json.dueAt).toBe(t('2026-06-01T18:00:00+02:00'));
    const copy: Partial<Record<string, unknown>> = { ...status };
    expect(copy.dueAt).toBe(t('2026-06-01T18:00:00+02:00'));
    expect('explanation' in copy).toBe(false);
    expect('warnings' in copy).toBe(false);
    expect(status.explanation).toHaveLength(1);
  });

  it('lazy fields are computed from the validated snapshot: mutating the ticket afterwards changes nothing', () => {
    // Opened Mon 08:00, paused 09:00, now 12:00: open 08–09, paused 09–12.
    const events: { type: 'open' | 'pause'; at: string }[] = [
      { type: 'open', at: '2026-06-01T08:00:00+02:00' },
      { type: 'pause', at: '2026-06-01T09:00:00+02:00' },
    ];
    const row = { id: 'X-7', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00' };
    const clock = linkandoClock();
    const paused = clock.status({ id: 'X-7', priority: 'critical', events }, '2026-06-01T12:00:00+02:00');
    const simple = clock.status(row, '2026-06-01T12:00:00+02:00');
    events.pop();
    row.openedAt = '2026-06-01T11:00:00+02:00';
    expect(paused.explanation.map((s) => s.reason)).toEqual(['open', 'paused']);
    expect(simple.explanation[0]?.durationMs).toBe(4 * HOUR);
    // 50 % of 10 h: paused with 1 h counted → 4 h more from 12:00 → 16:00.
    expect(paused.warnings[0]?.at).toBe(t('2026-06-01T16:00:00+02:00'));
  });
});
