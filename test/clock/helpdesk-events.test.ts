import { describe, expect, it } from 'vitest';
import { SlaEventError, SlaInputError } from '../../src/errors.js';
import { ResponsePolicy, ResponseTimeClock, TicketClock, TicketPolicy, type TicketEvent } from '../../src/clock/index.js';
import { HOUR, t } from './fixtures.js';
import { helpdeskOptions, office } from './helpdesk-fixtures.js';

// Issue 10 acceptance: bad helpdesk events give typed errors naming the ticket, the event index and the field;
// unmapped statuses can be set to keep running.
const clock = new TicketClock(helpdeskOptions);
const NOW = '2026-06-05T00:00:00+02:00';
const open = { type: 'open', at: '2026-06-02T09:00:00+02:00' } as const;

function eventError(target: TicketClock | ResponseTimeClock, events: readonly unknown[]): SlaEventError {
  try {
    target.status({ id: 'T-BAD', priority: 'p2', events: events as TicketEvent[] }, NOW);
  } catch (error) {
    if (error instanceof SlaEventError) return error;
    throw error;
  }
  throw new Error('expected an SlaEventError');
}

describe('bad helpdesk events → SlaEventError(ticket, event index, field)', () => {
  it('a message whose author is neither customer nor agent', () => {
    const error = eventError(clock, [open, { type: 'message', at: '2026-06-02T10:00:00+02:00', author: 'bot' }]);
    expect([error.ticketId, error.eventIndex, error.eventField]).toEqual(['T-BAD', 1, 'author']);
    expect(error.field).toBe('ticket T-BAD events[1].author');
    expect(error.message).toContain('"customer" or "agent"');
  });

  it('a status change first in the list, before the open', () => {
    const error = eventError(clock, [{ type: 'status', at: '2026-06-02T08:00:00+02:00', status: 'open' }, open]);
    expect([error.ticketId, error.eventIndex, error.eventField]).toEqual(['T-BAD', 0, 'type']);
    expect(error.message).toContain('a "status" before the open');
  });

  it('a status change dated before the open', () => {
    const error = eventError(clock, [open, { type: 'status', at: '2026-06-02T08:00:00+02:00', status: 'pending' }]);
    expect([error.ticketId, error.eventIndex, error.eventField]).toEqual(['T-BAD', 1, 'at']);
    expect(error.message).toContain('a status before open');
  });

  it('a status no metric maps, by default', () => {
    const error = eventError(clock, [open, { type: 'status', at: '2026-06-02T10:00:00+02:00', status: 'waiting-on-vendor' }]);
    expect([error.ticketId, error.eventIndex, error.eventField]).toEqual(['T-BAD', 1, 'status']);
    expect(error.message).toContain('"waiting-on-vendor"');
    expect(error.message).toContain('unmappedStatus');
  });

  it('a status one metric maps but another does not', () => {
    const partial = new TicketClock({
      metrics: {
        firstResponse: { priorities: { p2: { target: 'PT1H', calendar: office } } },
        resolution: { priorities: { p2: { target: 'PT8H', calendar: office } }, statuses: { pauseOn: ['pending'] } },
      },
      statuses: { runOn: ['open'] },
    });
    const error = eventError(partial, [open, { type: 'status', at: '2026-06-02T10:00:00+02:00', status: 'pending' }]);
    expect([error.eventIndex, error.eventField]).toEqual([1, 'status']);
  });

  it('a status that is not a string', () => {
    const error = eventError(clock, [open, { type: 'status', at: '2026-06-02T10:00:00+02:00', status: 3 }]);
    expect([error.eventIndex, error.eventField]).toEqual([1, 'status']);
  });

  it('an unknown event type names the field type', () => {
    const error = eventError(clock, [open, { type: 'comment', at: '2026-06-02T10:00:00+02:00' }]);
    expect([error.eventIndex, error.eventField]).toEqual([1, 'type']);
  });

  it('a ResponseTimeClock refuses helpdesk events (it has no status map)', () => {
    const legacy = new ResponseTimeClock({ priorities: { p2: { target: 'PT1H', calendar: office } } });
    const error = eventError(legacy, [open, { type: 'message', at: '2026-06-02T10:00:00+02:00', author: 'agent' }]);
    expect([error.eventIndex, error.eventField]).toEqual([1, 'type']);
  });
});

describe('unmappedStatus: "run" keeps the clocks running in an unmapped status', () => {
  const lenient = new TicketClock({ ...helpdeskOptions, unmappedStatus: 'run' });
  const ticket = {
    id: 'T-RUN',
    priority: 'p2',
    events: [
      open,
      { type: 'status', at: '2026-06-02T10:00:00+02:00', status: 'waiting-on-vendor' },
      { type: 'status', at: '2026-06-02T12:00:00+02:00', status: 'pending' },
    ] as TicketEvent[],
  };

  it('resolution counts Tue 09:00–12:00 (3 h) through the unmapped status, then pauses on pending', () => {
    const resolution = lenient.status(ticket, '2026-06-02T15:00:00+02:00').metrics.resolution?.current;
    // 09:00–12:00 counted (waiting-on-vendor runs), 12:00–15:00 pending: paused
    expect(resolution?.elapsedMs).toBe(3 * HOUR);
    expect(resolution?.state).toBe('paused');
  });

  it('the policy says so', () => {
    expect(lenient.policy.unmappedStatus).toBe('run');
    expect(lenient.policy.statusKnown('anything')).toBe(true);
    expect(clock.policy.statusKnown('anything')).toBe(false);
  });
});

describe('TicketPolicy validation names the field', () => {
  const bad = (options: unknown): SlaInputError => {
    try {
      new TicketPolicy(options as ConstructorParameters<typeof TicketPolicy>[0]);
    } catch (error) {
      if (error instanceof SlaInputError) return error;
      throw error;
    }
    throw new Error('expected an SlaInputError');
  };
  const firstResponse = { priorities: { p2: { target: 'PT1H', calendar: office } } };

  it('no metric, an unknown metric', () => {
    expect(bad({ metrics: {} }).field).toBe('metrics');
    expect(bad({ metrics: { firstReply: firstResponse } }).field).toBe('metrics.firstReply');
  });

  it('a bad target names the metric and the priority', () => {
    expect(bad({ metrics: { resolution: { priorities: { p2: { target: 0, calendar: office } } } } }).field).toBe('metrics.resolution.priorities.p2.target');
  });

  it('a status in two lists of one map', () => {
    const error = bad({ metrics: { firstResponse }, statuses: { runOn: ['open'], pauseOn: ['open'] } });
    expect(error.field).toBe('statuses.pauseOn[0]');
    expect(error.message).toContain('it runs the clock');
  });

  it('a misspelt list, a bad unmappedStatus', () => {
    expect(bad({ metrics: { firstResponse }, statuses: { pausedOn: ['pending'] } }).field).toBe('statuses.pausedOn');
    expect(bad({ metrics: { firstResponse }, unmappedStatus: 'ignore' }).field).toBe('unmappedStatus');
  });

  it('the priorities are the union of the metrics', () => {
    const policy = new TicketPolicy({
      metrics: { firstResponse, resolution: { priorities: { p4: { target: 'PT8H', calendar: office } } } },
    });
    expect(policy.priorities).toEqual(['p2', 'p4']);
  });
});

describe('a metric with no target for the ticket priority is left out', () => {
  const twoMetrics = new TicketClock({
    metrics: {
      firstResponse: { priorities: { p2: { target: 'PT1H', calendar: office } } },
      resolution: { priorities: { p4: { target: 'PT8H', calendar: office } } },
    },
  });

  it('a p4 ticket has a resolution and no first response', () => {
    const status = twoMetrics.status({ id: 'T-4', priority: 'p4', openedAt: '2026-06-02T09:00:00+02:00' }, '2026-06-02T10:00:00+02:00');
    expect(Object.keys(status.metrics)).toEqual(['resolution']);
    // 09:00 + 8 h = 17:00
    expect(status.metrics.resolution?.current?.dueAt).toBe(t('2026-06-02T17:00:00+02:00'));
  });
});

describe('a TicketClock of a ResponsePolicy is its first-response clock', () => {
  const policy = new ResponsePolicy({ priorities: { p2: { target: 'PT1H', calendar: office } } });
  it('same status as the ResponseTimeClock for a paused ticket', () => {
    const ticket = {
      id: 'T-L',
      priority: 'p2',
      events: [open, { type: 'pause', at: '2026-06-02T09:20:00+02:00' }, { type: 'resume', at: '2026-06-02T10:00:00+02:00' }, { type: 'respond', at: '2026-06-02T10:30:00+02:00' }] as TicketEvent[],
    };
    const now = '2026-06-02T12:00:00+02:00';
    const expected = new ResponseTimeClock(policy).status(ticket, now);
    const actual = new TicketClock(policy).status(ticket, now).metrics.firstResponse?.current;
    // 09:00–09:20 + 10:00–10:30 = 50 min ≤ 1 h; due 10:00 + 40 min = 10:40
    expect(actual?.elapsedMs).toBe(50 * 60_000);
    expect(actual?.dueAt).toBe(t('2026-06-02T10:40:00+02:00'));
    expect({ ...actual }).toEqual({ ...expected });
  });
});
