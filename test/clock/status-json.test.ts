/**
 * A status's JSON: every field, in one order, the lazy ones (`warnings`,
 * `explanation`, `targetRule`, getters on the prototype) right after the
 * data fields and `source`; a spread copies the data fields only. Expected
 * objects are written by hand, keys in the order JSON.stringify must write
 * them, and compared entry by entry (keys, order, values) and as text.
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { ResponsePolicy } from '../../src/clock/response-policy.js';
import { ResponseTimeClock } from '../../src/clock/response-time-clock.js';
import { ClockStatus, type TicketStatus } from '../../src/clock/ticket-status.js';
import { HOUR, MINUTE, t } from './fixtures.js';

// Mon–Fri 08:00–18:00 Europe/Berlin, no holidays. Mon 2026-06-01 is in CEST (+02:00).
const desk = new BusinessCalendar({ zone: 'Europe/Berlin', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00-18:00']), name: 'desk' });
const p1Source = { document: 'Desk SLA', section: '§2', quote: 'P1 tickets are answered within 2 business hours' };
const clock = new ResponseTimeClock(
  new ResponsePolicy({
    priorities: { p1: { target: { hours: 2 }, calendar: desk, source: p1Source }, p2: { target: { hours: 4 }, calendar: desk, kind: 'kpi' } },
    warnings: [0.5],
  }),
);
const OPEN = 'open hours of calendar "desk"';

/** The JSON text of `status` read back, and the same checks against `expected`: entries in order, then the text. */
function expectJson(status: TicketStatus, expected: Record<string, unknown>): void {
  const json = JSON.parse(JSON.stringify(status)) as Record<string, unknown>;
  expect(Object.entries(json)).toEqual(Object.entries(expected));
  expect(JSON.stringify(status)).toBe(JSON.stringify(expected));
}

describe('a status written by JSON.stringify: every field, in order, lazy fields included', () => {
  it('answered in time (p1, with its source)', () => {
    // Opened Mon 08:00, answered 09:30: 1.5 h counted of 2 h; due 08:00 + 2 h = 10:00; 75 %.
    // Warning 50 % = 1 h → 09:00, crossed (09:00 ≤ 09:30).
    const status = clock.status({ id: 'A', priority: 'p1', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T09:30:00+02:00' }, '2026-06-01T12:00:00+02:00');
    expectJson(status, {
      id: 'A',
      priority: 'p1',
      kind: 'contractual',
      state: 'met',
      now: t('2026-06-01T12:00:00+02:00'),
      openedAt: t('2026-06-01T08:00:00+02:00'),
      respondedAt: t('2026-06-01T09:30:00+02:00'),
      dueAt: t('2026-06-01T10:00:00+02:00'),
      targetMs: 2 * HOUR,
      elapsedMs: 90 * MINUTE,
      remainingMs: 30 * MINUTE,
      percentUsed: 75,
      met: true,
      breached: false,
      kpiMissed: false,
      zone: 'Europe/Berlin',
      source: { document: 'Desk SLA', section: '§2', quote: 'P1 tickets are answered within 2 business hours' },
      warnings: [{ threshold: 0.5, thresholdMs: HOUR, at: t('2026-06-01T09:00:00+02:00'), crossed: true }],
      explanation: [
        {
          start: t('2026-06-01T08:00:00+02:00'),
          end: t('2026-06-01T09:30:00+02:00'),
          startLocal: '2026-06-01T08:00:00.000+02:00',
          endLocal: '2026-06-01T09:30:00.000+02:00',
          durationMs: 90 * MINUTE,
          counted: true,
          reason: 'open',
          priority: 'p1',
          calendar: 'desk',
          detail: OPEN,
        },
      ],
      targetRule: null,
    });
  });

  it('open and running (p2, a KPI without source), opened before the opening hours', () => {
    // Opened Mon 07:30, now 11:00: closed 07:30–08:00, open 08:00–11:00 = 3 h of 4 h; 1 h left → due 12:00; 75 %.
    // Warning 50 % = 2 h → 10:00, crossed (10:00 ≤ now 11:00).
    const status = clock.status({ id: 'B', priority: 'p2', openedAt: '2026-06-01T07:30:00+02:00' }, '2026-06-01T11:00:00+02:00');
    expectJson(status, {
      id: 'B',
      priority: 'p2',
      kind: 'kpi',
      state: 'running',
      now: t('2026-06-01T11:00:00+02:00'),
      openedAt: t('2026-06-01T07:30:00+02:00'),
      respondedAt: null,
      dueAt: t('2026-06-01T12:00:00+02:00'),
      targetMs: 4 * HOUR,
      elapsedMs: 3 * HOUR,
      remainingMs: HOUR,
      percentUsed: 75,
      met: null,
      breached: false,
      kpiMissed: false,
      zone: 'Europe/Berlin',
      warnings: [{ threshold: 0.5, thresholdMs: 2 * HOUR, at: t('2026-06-01T10:00:00+02:00'), crossed: true }],
      explanation: [
        {
          start: t('2026-06-01T07:30:00+02:00'),
          end: t('2026-06-01T08:00:00+02:00'),
          startLocal: '2026-06-01T07:30:00.000+02:00',
          endLocal: '2026-06-01T08:00:00.000+02:00',
          durationMs: 30 * MINUTE,
          counted: false,
          reason: 'closed',
          priority: 'p2',
          calendar: 'desk',
          detail: 'outside the opening hours of calendar "desk"',
        },
        {
          start: t('2026-06-01T08:00:00+02:00'),
          end: t('2026-06-01T11:00:00+02:00'),
          startLocal: '2026-06-01T08:00:00.000+02:00',
          endLocal: '2026-06-01T11:00:00.000+02:00',
          durationMs: 3 * HOUR,
          counted: true,
          reason: 'open',
          priority: 'p2',
          calendar: 'desk',
          detail: OPEN,
        },
      ],
      targetRule: null,
    });
  });

  it('paused (p1): due moves to now + what is left', () => {
    // Opened Mon 08:00, paused 09:00, now 12:00: 1 h counted of 2 h; due as if resumed now: 12:00 + 1 h = 13:00; 50 %.
    // Warning 50 % = 1 h → reached at 09:00, crossed (09:00 ≤ now 12:00).
    const status = clock.status(
      { id: 'C', priority: 'p1', events: [{ type: 'open', at: '2026-06-01T08:00:00+02:00' }, { type: 'pause', at: '2026-06-01T09:00:00+02:00' }] },
      '2026-06-01T12:00:00+02:00',
    );
    expectJson(status, {
      id: 'C',
      priority: 'p1',
      kind: 'contractual',
      state: 'paused',
      now: t('2026-06-01T12:00:00+02:00'),
      openedAt: t('2026-06-01T08:00:00+02:00'),
      respondedAt: null,
      dueAt: t('2026-06-01T13:00:00+02:00'),
      targetMs: 2 * HOUR,
      elapsedMs: HOUR,
      remainingMs: HOUR,
      percentUsed: 50,
      met: null,
      breached: false,
      kpiMissed: false,
      zone: 'Europe/Berlin',
      source: { document: 'Desk SLA', section: '§2', quote: 'P1 tickets are answered within 2 business hours' },
      warnings: [{ threshold: 0.5, thresholdMs: HOUR, at: t('2026-06-01T09:00:00+02:00'), crossed: true }],
      explanation: [
        {
          start: t('2026-06-01T08:00:00+02:00'),
          end: t('2026-06-01T09:00:00+02:00'),
          startLocal: '2026-06-01T08:00:00.000+02:00',
          endLocal: '2026-06-01T09:00:00.000+02:00',
          durationMs: HOUR,
          counted: true,
          reason: 'open',
          priority: 'p1',
          calendar: 'desk',
          detail: OPEN,
        },
        {
          start: t('2026-06-01T09:00:00+02:00'),
          end: t('2026-06-01T12:00:00+02:00'),
          startLocal: '2026-06-01T09:00:00.000+02:00',
          endLocal: '2026-06-01T12:00:00.000+02:00',
          durationMs: 3 * HOUR,
          counted: false,
          reason: 'paused',
          priority: 'p1',
          calendar: 'desk',
          detail: 'paused by events[1], not resumed by now',
        },
      ],
      targetRule: null,
    });
  });

  it('reprioritised p2 → p1 then answered late (recomputed from the opening): a breach', () => {
    // Opened Mon 08:00 as p2, p1 from 09:00, answered 11:00. Recomputed from the opening on p1's 2 h: due 10:00;
    // 3 h counted; −1 h left; 150 %; missed, p1 is contractual → breached. Warning 50 % = 1 h → 09:00, crossed.
    const status = clock.status(
      {
        id: 'D',
        priority: 'p2',
        events: [
          { type: 'open', at: '2026-06-01T08:00:00+02:00' },
          { type: 'reprioritise', at: '2026-06-01T09:00:00+02:00', priority: 'p1' },
          { type: 'respond', at: '2026-06-01T11:00:00+02:00' },
        ],
      },
      '2026-06-01T12:00:00+02:00',
    );
    expectJson(status, {
      id: 'D',
      priority: 'p1',
      kind: 'contractual',
      state: 'missed',
      now: t('2026-06-01T12:00:00+02:00'),
      openedAt: t('2026-06-01T08:00:00+02:00'),
      respondedAt: t('2026-06-01T11:00:00+02:00'),
      dueAt: t('2026-06-01T10:00:00+02:00'),
      targetMs: 2 * HOUR,
      elapsedMs: 3 * HOUR,
      remainingMs: -HOUR,
      percentUsed: 150,
      met: false,
      breached: true,
      kpiMissed: false,
      zone: 'Europe/Berlin',
      source: { document: 'Desk SLA', section: '§2', quote: 'P1 tickets are answered within 2 business hours' },
      warnings: [{ threshold: 0.5, thresholdMs: HOUR, at: t('2026-06-01T09:00:00+02:00'), crossed: true }],
      explanation: [
        {
          start: t('2026-06-01T08:00:00+02:00'),
          end: t('2026-06-01T11:00:00+02:00'),
          startLocal: '2026-06-01T08:00:00.000+02:00',
          endLocal: '2026-06-01T11:00:00.000+02:00',
          durationMs: 3 * HOUR,
          counted: true,
          reason: 'open',
          priority: 'p1',
          calendar: 'desk',
          detail: OPEN,
        },
      ],
      targetRule: null,
    });
  });

  it('a status with added fields (as a contract adds them): the lazy fields come before the added ones', () => {
    // Same ticket as "answered in time"; the added fields follow targetRule in the order they were given.
    const status = clock.status({ id: 'A', priority: 'p1', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T09:30:00+02:00' }, '2026-06-01T12:00:00+02:00');
    const extended = ClockStatus.extend(status, { region: 'emea', excluded: false });
    const json = JSON.parse(JSON.stringify(extended)) as Record<string, unknown>;
    expect(Object.keys(json).slice(-6)).toEqual(['source', 'warnings', 'explanation', 'targetRule', 'region', 'excluded']);
    expect(json.region).toBe('emea');
    expect((json.explanation as unknown[]).length).toBe(1);
  });
});

describe('a spread copies the data fields only', () => {
  it('{ ...status } has the sixteen data fields and source, not warnings, explanation or targetRule', () => {
    const status = clock.status({ id: 'A', priority: 'p1', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T09:30:00+02:00' }, '2026-06-01T12:00:00+02:00');
    const copy: Record<string, unknown> = { ...status };
    expect(Object.keys(copy)).toEqual([
      'id',
      'priority',
      'kind',
      'state',
      'now',
      'openedAt',
      'respondedAt',
      'dueAt',
      'targetMs',
      'elapsedMs',
      'remainingMs',
      'percentUsed',
      'met',
      'breached',
      'kpiMissed',
      'zone',
      'source',
    ]);
    // Due 08:00 + 2 h = 10:00, copied as data.
    expect(copy.dueAt).toBe(t('2026-06-01T10:00:00+02:00'));
    // Read by name, a lazy field is there: one segment, 08:00–09:30.
    expect(status.explanation).toHaveLength(1);
  });
});
