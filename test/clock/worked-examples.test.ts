import { describe, expect, it } from 'vitest';
import { HOUR, letsignitClock, linkandoClock, lumappsClock, t } from './fixtures.js';

// the worked examples 1, 2, 3, 5 and 6, as response clocks.

describe('worked example 1 — Linkando critical opened Fri 16:00 Berlin', () => {
  const clock = linkandoClock();
  const ticket = { id: 'L-1', priority: 'critical', openedAt: '2026-05-29T16:00:00+02:00' };

  it('Linkando Annex 1 (10 h, support hours): due Mon 2026-06-01 16:00 Berlin = 14:00Z', () => {
    // Fri 16:00→18:00 = 2 h; Sat, Sun closed; Mon 08:00→16:00 = 8 h; 2 + 8 = 10 h.
    const status = clock.status(ticket, '2026-05-29T17:00:00+02:00');
    expect(status.dueAt).toBe(t('2026-06-01T14:00:00Z'));
    // At Fri 17:00: 1 h of 10 h counted → 10 %, 9 h left.
    expect(status.elapsedMs).toBe(1 * HOUR);
    expect(status.remainingMs).toBe(9 * HOUR);
    expect(status.percentUsed).toBe(10);
    expect(status.state).toBe('running');
    expect(status.met).toBeNull();
  });

  it('Linkando Annex 1: the weekend does not count (Sun 12:00 still 2 h counted)', () => {
    // Fri 16:00→18:00 = 2 h; Sat and Sun closed → 2 h, 20 %.
    const status = clock.status(ticket, '2026-05-31T12:00:00+02:00');
    expect(status.elapsedMs).toBe(2 * HOUR);
    expect(status.percentUsed).toBe(20);
    expect(status.dueAt).toBe(t('2026-06-01T16:00:00+02:00'));
  });

  it('§0 met iff respond <= due: a response at exactly Mon 16:00 meets, 1 ms later misses', () => {
    const onTime = clock.status({ ...ticket, respondedAt: '2026-06-01T16:00:00+02:00' }, '2026-06-02T00:00:00+02:00');
    expect(onTime.state).toBe('met');
    expect(onTime.met).toBe(true);
    expect(onTime.breached).toBe(false);
    expect(onTime.elapsedMs).toBe(10 * HOUR);
    const late = clock.status({ ...ticket, respondedAt: t('2026-06-01T16:00:00+02:00') + 1 }, '2026-06-02T00:00:00+02:00');
    expect(late.state).toBe('missed');
    expect(late.met).toBe(false);
    expect(late.breached).toBe(true);
    expect(late.kpiMissed).toBe(false);
    // 10 h + 1 ms counted; 1 ms over.
    expect(late.remainingMs).toBe(-1);
  });
});

describe('worked example 2 — Linkando other opened Wed 2026-06-03 09:00 Berlin', () => {
  const clock = linkandoClock();
  const ticket = { id: 'L-2', priority: 'other', openedAt: '2026-06-03T09:00:00+02:00' };

  it('Linkando Annex 1 (30 h) with Corpus Christi (DE-RP): due Tue 2026-06-09 09:00 Berlin', () => {
    // Wed 9 h (09→18), Thu 2026-06-04 Fronleichnam closed, Fri 10 h (19), Mon 10 h (29), Tue 08→09 1 h (30).
    const status = clock.status(ticket, '2026-06-08T12:00:00+02:00');
    expect(status.dueAt).toBe(t('2026-06-09T07:00:00Z'));
    // At Mon 12:00: 9 + 10 + 4 = 23 h of 30 h; 7 h left; 23/30 = 76.666… %.
    expect(status.elapsedMs).toBe(23 * HOUR);
    expect(status.remainingMs).toBe(7 * HOUR);
    expect(status.percentUsed).toBeCloseTo(76.6667, 4);
  });

  it('Linkando Annex 1: the holiday shows in the explanation with its date and source', () => {
    const status = clock.status({ ...ticket, respondedAt: '2026-06-09T09:00:00+02:00' }, '2026-06-09T09:00:00+02:00');
    const holiday = status.explanation.find((segment) => segment.reason === 'holiday');
    expect(holiday?.holiday).toEqual({ date: '2026-06-04', source: 'date-holidays:DE-RP' });
    expect(holiday?.startLocal).toBe('2026-06-04T00:00:00.000+02:00');
    expect(holiday?.endLocal).toBe('2026-06-05T00:00:00.000+02:00');
    expect(holiday?.counted).toBe(false);
    expect(status.state).toBe('met');
  });
});

describe('worked example 3 — LumApps NAM priority 2 opened Wed 2026-11-25 16:00 New York', () => {
  const ticket = { id: 'N-3', priority: 'p2', openedAt: '2026-11-25T16:00:00-05:00' };

  it('LumApps §4 (4 business hours, US holidays): due Fri 2026-11-27 11:00 New York = 16:00Z', () => {
    // Wed 16:00→18:00 = 2 h; Thu 2026-11-26 Thanksgiving closed; Fri 09:00→11:00 = 2 h; 2 + 2 = 4 h.
    const status = lumappsClock.status(ticket, '2026-11-26T12:00:00-05:00');
    expect(status.dueAt).toBe(t('2026-11-27T16:00:00Z'));
    expect(status.elapsedMs).toBe(2 * HOUR);
    expect(status.percentUsed).toBe(50);
    expect(status.kind).toBe('kpi');
  });

  it('LumApps §4: a late response is a KPI miss, never a breach', () => {
    // Responded Fri 11:30: 4.5 h counted > 4 h.
    const status = lumappsClock.status({ ...ticket, respondedAt: '2026-11-27T11:30:00-05:00' }, '2026-11-28T00:00:00-05:00');
    expect(status.state).toBe('missed');
    expect(status.met).toBe(false);
    expect(status.kpiMissed).toBe(true);
    expect(status.breached).toBe(false);
    expect(status.elapsedMs).toBe(4.5 * HOUR);
  });
});

describe('worked example 5 — Letsignit escalation received Sun 2026-05-03 10:00 Paris', () => {
  it('Letsignit §3 (1 jour ouvrable = 24 h Mon–Sat): due Tue 2026-05-05 00:00 Paris', () => {
    // Sunday is not a jour ouvrable; Mon 2026-05-04 00:00→24:00 = 24 h; the Fri 2026-05-01 holiday is not in range.
    const status = letsignitClock.status({ id: 'E-5', priority: 'escalation', openedAt: '2026-05-03T10:00:00+02:00' }, '2026-05-03T23:00:00+02:00');
    expect(status.dueAt).toBe(t('2026-05-05T00:00:00+02:00'));
    expect(status.elapsedMs).toBe(0);
    expect(status.state).toBe('running');
  });

  it('Letsignit §3: Friday 15:00 → Saturday 15:00', () => {
    // Fri 2026-05-15 15:00→24:00 = 9 h; Sat 2026-05-16 is a jour ouvrable: 00:00→15:00 = 15 h; 9 + 15 = 24 h.
    const status = letsignitClock.status({ id: 'E-6', priority: 'escalation', openedAt: '2026-05-15T15:00:00+02:00' }, '2026-05-15T16:00:00+02:00');
    expect(status.dueAt).toBe(t('2026-05-16T15:00:00+02:00'));
  });
});

describe('worked example 6 — Linkando critical reaching its target exactly at closing', () => {
  const clock = linkandoClock();
  const ticket = { id: 'L-6', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00' };

  it('§0 due instant: opened Mon 08:00, 10 h → due Mon 18:00, not Tue 08:00', () => {
    const status = clock.status(ticket, '2026-06-01T12:00:00+02:00');
    expect(status.dueAt).toBe(t('2026-06-01T18:00:00+02:00'));
  });

  it('§0 met/missed: at Mon 18:00 with no response the clock is still running (a response now would meet)', () => {
    const status = clock.status(ticket, '2026-06-01T18:00:00+02:00');
    // 08:00→18:00 = 10 h = target; 0 left; due = now, not past it.
    expect(status.remainingMs).toBe(0);
    expect(status.percentUsed).toBe(100);
    expect(status.state).toBe('running');
  });

  it('§0 met/missed: at Mon 20:00 with no response it is missed, though no business time passed since 18:00', () => {
    const status = clock.status(ticket, '2026-06-01T20:00:00+02:00');
    // Still 10 h counted (closed after 18:00), but a response now (20:00) would be after the due instant 18:00.
    expect(status.elapsedMs).toBe(10 * HOUR);
    expect(status.remainingMs).toBe(0);
    expect(status.state).toBe('missed');
    expect(status.met).toBe(false);
  });

  it('§0: a response at Mon 18:00 exactly meets; one on Tue 08:00 misses', () => {
    expect(clock.status({ ...ticket, respondedAt: '2026-06-01T18:00:00+02:00' }, '2026-06-02T12:00:00+02:00').state).toBe('met');
    // Tue 08:00: still 10 h counted, but after the due instant Mon 18:00.
    const late = clock.status({ ...ticket, respondedAt: '2026-06-02T08:00:00+02:00' }, '2026-06-02T12:00:00+02:00');
    expect(late.state).toBe('missed');
    expect(late.elapsedMs).toBe(10 * HOUR);
  });
});
