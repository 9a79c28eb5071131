import { describe, expect, it } from 'vitest';
import { type MetricStatus, TicketClock, type TicketMetrics } from '../../src/clock/index.js';
import { HOUR, MINUTE, t } from './fixtures.js';
import { NEXT_REPLY_NOW, PERIODIC_NOW, helpdeskPolicy, nextReplyTicket, periodicTicket } from './helpdesk-fixtures.js';

// Issue 10 §1–§2: several metrics per ticket, driven by helpdesk events. Calendar Mon–Fri 09:00–17:00 Paris
// (CEST, +02:00); p2 targets: first response 1 h, resolution 16 h, next reply 2 h, periodic update 3 h.
// Default status map (first response, next reply): new/open/on-hold run, pending pauses, solved stops;
// resolution: pending and on-hold pause; periodic update: only on-hold pauses.
const clock = new TicketClock(helpdeskPolicy);

function metric(status: TicketMetrics, kind: keyof TicketMetrics['metrics']): MetricStatus {
  const found = status.metrics[kind];
  if (found === undefined) throw new Error(`no ${kind} metric`);
  return found;
}

describe('next reply: three customer messages and two pauses (Tue 2026-06-02 – Wed 06-03)', () => {
  const status = clock.status(nextReplyTicket, NEXT_REPLY_NOW);
  const nextReply = metric(status, 'nextReply');

  it('the first reply (agent 09:30) starts no next-reply cycle: it is the first-response clock, met in 30 min', () => {
    const first = metric(status, 'firstResponse');
    // open Tue 09:00, agent message 09:30: 30 min ≤ 1 h; due 09:00 + 1 h = 10:00
    expect(first.cycles).toHaveLength(1);
    expect(first.current?.state).toBe('met');
    expect(first.current?.elapsedMs).toBe(30 * MINUTE);
    expect(first.current?.dueAt).toBe(t('2026-06-02T10:00:00+02:00'));
  });

  it('cycle 1: customer 10:00, pending 11:00–14:00 (pause 1), agent 14:30 → 1.5 h, met, due 15:00', () => {
    const cycle = nextReply.cycles[0];
    // counted 10:00–11:00 (1 h) + 14:00–14:30 (0.5 h) = 1.5 h ≤ 2 h; 1 h left at 14:00 → due 15:00
    expect(cycle?.openedAt).toBe(t('2026-06-02T10:00:00+02:00'));
    expect(cycle?.respondedAt).toBe(t('2026-06-02T14:30:00+02:00'));
    expect(cycle?.elapsedMs).toBe(1.5 * HOUR);
    expect(cycle?.dueAt).toBe(t('2026-06-02T15:00:00+02:00'));
    expect(cycle?.state).toBe('met');
  });

  it('cycle 2: customer 16:00, pause event 16:30 → Wed 10:00 (pause 2), agent Wed 12:00 → 2.5 h, missed, due Wed 11:30', () => {
    const cycle = nextReply.cycles[1];
    // counted Tue 16:00–16:30 (0.5 h) + Wed 10:00–12:00 (2 h) = 2.5 h > 2 h;
    // 1.5 h left when the pause ends at Wed 10:00 → due 11:30; answered 12:00 > 11:30 → missed
    expect(cycle?.openedAt).toBe(t('2026-06-02T16:00:00+02:00'));
    expect(cycle?.respondedAt).toBe(t('2026-06-03T12:00:00+02:00'));
    expect(cycle?.elapsedMs).toBe(2.5 * HOUR);
    expect(cycle?.dueAt).toBe(t('2026-06-03T11:30:00+02:00'));
    expect(cycle?.state).toBe('missed');
    expect(cycle?.breached).toBe(true);
  });

  it('cycle 3: customer Wed 15:00, still unanswered at 16:00 → running, 1 h used, due 17:00', () => {
    // counted Wed 15:00–16:00 = 1 h; 1 h left → 17:00 (the closing)
    expect(nextReply.cycles).toHaveLength(3);
    expect(nextReply.current).toBe(nextReply.cycles[2]);
    expect(nextReply.current?.state).toBe('running');
    expect(nextReply.current?.elapsedMs).toBe(HOUR);
    expect(nextReply.current?.remainingMs).toBe(HOUR);
    expect(nextReply.current?.dueAt).toBe(t('2026-06-03T17:00:00+02:00'));
    expect(nextReply.missedCycles).toBe(1);
  });

  it('the pauses name the ticket events that caused them', () => {
    const paused = (nextReply.cycles[0]?.explanation ?? []).filter((segment) => segment.reason === 'paused');
    // the pending status is events[3], the open status events[4]
    expect(paused.map((s) => s.detail)).toEqual(['paused by events[3], resumed by events[4]']);
  });

  it('resolution runs on through both pauses: 10.5 h counted by Wed 16:00, due Thu 13:30', () => {
    const resolution = metric(status, 'resolution').current;
    // Tue 09–11 (2 h) + 14:00–16:30 (2.5 h) + Wed 10–16 (6 h) = 10.5 h; 5.5 h left:
    // Wed 16–17 (1 h), Thu 09:00 + 4.5 h = 13:30
    expect(resolution?.elapsedMs).toBe(10.5 * HOUR);
    expect(resolution?.state).toBe('running');
    expect(resolution?.dueAt).toBe(t('2026-06-04T13:30:00+02:00'));
  });
});

describe('periodic update: every 3 business hours between agent updates (Thu 2026-06-04 – Mon 06-08)', () => {
  const status = clock.status(periodicTicket, PERIODIC_NOW);
  const periodic = metric(status, 'periodicUpdate');

  it('four cycles: from the first agent reply, between agent replies, and from the reopening', () => {
    expect(periodic.cycles.map((c) => c.openedAt)).toEqual([
      t('2026-06-04T10:00:00+02:00'),
      t('2026-06-04T12:00:00+02:00'),
      t('2026-06-05T10:00:00+02:00'),
      t('2026-06-08T09:30:00+02:00'),
    ]);
  });

  it('cycle 1: Thu 10:00 → 12:00, 2 h, met (due 13:00)', () => {
    const cycle = periodic.cycles[0];
    expect(cycle?.elapsedMs).toBe(2 * HOUR);
    expect(cycle?.dueAt).toBe(t('2026-06-04T13:00:00+02:00'));
    expect(cycle?.state).toBe('met');
  });

  it('cycle 2: Thu 12:00, on-hold 14:00–16:00 pauses it, next update Fri 10:00 → 4 h, missed (due Thu 17:00)', () => {
    const cycle = periodic.cycles[1];
    // Thu 12–14 (2 h) + 16–17 (1 h) + Fri 09–10 (1 h) = 4 h > 3 h; 1 h left at Thu 16:00 → 17:00, the closing
    expect(cycle?.elapsedMs).toBe(4 * HOUR);
    expect(cycle?.dueAt).toBe(t('2026-06-04T17:00:00+02:00'));
    expect(cycle?.respondedAt).toBe(t('2026-06-05T10:00:00+02:00'));
    expect(cycle?.state).toBe('missed');
  });

  it('cycle 3: Fri 10:00, solved 11:00 stops it → 1 h, met (due 13:00)', () => {
    const cycle = periodic.cycles[2];
    expect(cycle?.respondedAt).toBe(t('2026-06-05T11:00:00+02:00'));
    expect(cycle?.elapsedMs).toBe(HOUR);
    expect(cycle?.dueAt).toBe(t('2026-06-05T13:00:00+02:00'));
    expect(cycle?.state).toBe('met');
  });

  it('cycle 4: reopened Mon 09:30, no update by 13:00 → 3.5 h, overdue since 12:30: missed; 2 cycles missed', () => {
    const cycle = periodic.current;
    // Mon 09:30 + 3 h = 12:30 < 13:00; counted 09:30–13:00 = 3.5 h, remaining −0.5 h
    expect(cycle?.elapsedMs).toBe(3.5 * HOUR);
    expect(cycle?.remainingMs).toBe(-0.5 * HOUR);
    expect(cycle?.dueAt).toBe(t('2026-06-08T12:30:00+02:00'));
    expect(cycle?.respondedAt).toBeNull();
    expect(cycle?.state).toBe('missed');
    expect(periodic.missedCycles).toBe(2);
  });

  it('no customer message: the next-reply metric has no cycle', () => {
    const nextReply = metric(status, 'nextReply');
    expect(nextReply.cycles).toEqual([]);
    expect(nextReply.current).toBeNull();
    expect(nextReply.missedCycles).toBe(0);
  });

  it('resolution: solved Fri 11:00 is met when judged Fri 12:00, due Mon 11:00', () => {
    const resolution = metric(clock.status(periodicTicket, '2026-06-05T12:00:00+02:00'), 'resolution').current;
    // Thu 09–14 (5 h) + 16–17 (1 h) + Fri 09–11 (2 h) = 8 h; run on for the 8 h left from Fri 11:00:
    // Fri 11–17 (6 h), Mon 09:00 + 2 h = 11:00
    expect(resolution?.respondedAt).toBe(t('2026-06-05T11:00:00+02:00'));
    expect(resolution?.elapsedMs).toBe(8 * HOUR);
    expect(resolution?.dueAt).toBe(t('2026-06-08T11:00:00+02:00'));
    expect(resolution?.state).toBe('met');
  });

  it('resolution: the reopening resumes the same clock (solved time does not count): 11.5 h by Mon 13:00, due Tue 09:30', () => {
    const resolution = metric(status, 'resolution').current;
    // 8 h by the solve + Mon 09:30–13:00 (3.5 h) = 11.5 h; 4.5 h left: Mon 13–17 (4 h), Tue 09:00 + 0.5 h
    expect(resolution?.respondedAt).toBeNull();
    expect(resolution?.elapsedMs).toBe(11.5 * HOUR);
    expect(resolution?.state).toBe('running');
    expect(resolution?.dueAt).toBe(t('2026-06-09T09:30:00+02:00'));
  });
});

describe('batches summarise per metric and priority', () => {
  const { tickets, summary } = clock.evaluate([nextReplyTicket, periodicTicket], PERIODIC_NOW);

  it('statuses in input order', () => {
    expect(tickets.map((s) => s.id)).toEqual(['NR-1', 'PU-1']);
  });

  it('next reply counts cycles: NR-1 has 3 (met, missed, and the Wed 15:00 one, overdue by Mon 13:00), PU-1 none', () => {
    // at Mon 13:00 cycle 3 of NR-1 (due Wed 17:00) is missed: 1 met + 2 missed
    expect(summary.nextReply?.byPriority.p2).toMatchObject({ total: 3, met: 1, missed: 2, running: 0, paused: 0, responded: 2 });
  });

  it('first response: both met, median of 0.5 h and 1 h (nearest rank) is 0.5 h', () => {
    expect(summary.firstResponse?.byPriority.p2).toMatchObject({ total: 2, met: 2, medianResponseMs: 30 * MINUTE, p90ResponseMs: HOUR });
  });
});
