import { describe, expect, it } from 'vitest';
import { SlaEventError, SlaInputError } from '../../src/errors.js';
import type { TicketEvent, TicketInput } from '../../src/clock/index.js';
import { linkandoClock } from './fixtures.js';

// Inconsistent event streams → SlaEventError naming the ticket and the event index (issue 4).
const clock = linkandoClock();
const NOW = '2026-06-10T00:00:00Z';
const open = { type: 'open', at: '2026-06-01T10:00:00+02:00' } as const;

function eventError(events: readonly unknown[], id = 'T-BAD'): SlaEventError {
  try {
    clock.status({ id, priority: 'critical', events: events as TicketEvent[] }, NOW);
  } catch (error) {
    if (error instanceof SlaEventError) return error;
    throw error;
  }
  throw new Error('expected an SlaEventError');
}

function expectEventError(events: readonly unknown[], index: number, mentions: string): void {
  const error = eventError(events);
  expect(error).toBeInstanceOf(SlaEventError);
  expect(error.ticketId).toBe('T-BAD');
  expect(error.eventIndex).toBe(index);
  expect(error.message).toContain('T-BAD');
  expect(error.message).toContain(`events[${index}]`);
  expect(error.message).toContain(mentions);
}

function inputError(ticket: unknown, now: unknown = NOW): SlaInputError {
  try {
    clock.status(ticket as TicketInput, now as string);
  } catch (error) {
    if (error instanceof SlaInputError) return error;
    throw error;
  }
  throw new Error('expected an SlaInputError');
}

describe('SlaEventError: inconsistent events name the ticket and the event index', () => {
  it('events out of order (timestamps decreasing)', () => {
    expectEventError([open, { type: 'pause', at: '2026-06-01T11:00:00+02:00' }, { type: 'resume', at: '2026-06-01T10:30:00+02:00' }], 2, 'chronological order');
  });

  it('a respond before the open (after it in the list)', () => {
    expectEventError([open, { type: 'respond', at: '2026-06-01T09:00:00+02:00' }], 1, 'respond before open');
  });

  it('a respond before the open (first in the list)', () => {
    expectEventError([{ type: 'respond', at: '2026-06-01T09:00:00+02:00' }, open], 0, 'the first event to be "open"');
  });

  it('first event not open', () => {
    expectEventError([{ type: 'pause', at: '2026-06-01T10:00:00+02:00' }], 0, 'the first event to be "open"');
  });

  it('two opens', () => {
    expectEventError([open, { type: 'open', at: '2026-06-01T11:00:00+02:00' }], 1, 'a single "open"');
  });

  it('resume without pause', () => {
    expectEventError([open, { type: 'resume', at: '2026-06-01T11:00:00+02:00' }], 1, '"resume" only while paused');
  });

  it('pause while paused', () => {
    expectEventError(
      [open, { type: 'pause', at: '2026-06-01T11:00:00+02:00' }, { type: 'pause', at: '2026-06-01T12:00:00+02:00' }],
      2,
      'paused by events[1]',
    );
  });

  it('events after respond', () => {
    expectEventError(
      [open, { type: 'respond', at: '2026-06-01T11:00:00+02:00' }, { type: 'pause', at: '2026-06-01T12:00:00+02:00' }],
      2,
      'no event after the "respond" of events[1]',
    );
  });

  it('reprioritise to an unknown priority lists the known ones', () => {
    expectEventError([open, { type: 'reprioritise', at: '2026-06-01T11:00:00+02:00', priority: 'urgent' }], 1, '"critical", "other", "live-booking"');
  });

  it('an open event with an unknown priority', () => {
    expectEventError([{ ...open, priority: 'urgent' }], 0, '"critical", "other"');
  });

  it('an open event whose priority disagrees with the ticket', () => {
    expectEventError([{ ...open, priority: 'other' }], 0, 'the same priority as the ticket ("critical")');
  });

  it('bad instants: no offset, NaN, missing', () => {
    expectEventError([open, { type: 'pause', at: '2026-06-01T11:00' }], 1, 'offset');
    expectEventError([open, { type: 'pause', at: Number.NaN }], 1, '"at"');
    expectEventError([{ type: 'open' }], 0, '"at"');
  });

  it('an unknown event type', () => {
    expectEventError([open, { type: 'close', at: '2026-06-01T11:00:00+02:00' }], 1, '"reprioritise"');
  });

  it('invalid events after now are still reported', () => {
    // The resume at index 2 is after NOW, but the stream is inconsistent anyway.
    expectEventError([open, { type: 'respond', at: '2026-06-01T11:00:00+02:00' }, { type: 'resume', at: '2026-07-01T00:00:00Z' }], 2, 'no event after');
  });
});

describe('SlaInputError: malformed tickets and instants name the field', () => {
  it('now before the opening names "now" and the ticket', () => {
    const error = inputError({ id: 'T-9', priority: 'critical', openedAt: '2026-06-01T10:00:00+02:00' }, '2026-06-01T09:00:00+02:00');
    expect(error.field).toBe('now');
    expect(error.message).toContain('T-9');
  });

  it('an invalid now', () => {
    expect(inputError({ id: 'T-9', priority: 'critical', openedAt: 0 }, 'yesterday').field).toBe('now');
  });

  it('an unknown ticket priority names the ticket and lists the known ones', () => {
    const error = inputError({ id: 'T-8', priority: 'urgent', openedAt: '2026-06-01T10:00:00+02:00' });
    expect(error.field).toBe('ticket T-8.priority');
    expect(error.message).toContain('"critical", "other", "live-booking"');
  });

  it('a missing id', () => {
    expect(inputError({ priority: 'critical', openedAt: 0 }).field).toBe('ticket.id');
  });

  it('an empty events list', () => {
    expect(inputError({ id: 'T-7', priority: 'critical', events: [] }).field).toBe('ticket T-7.events');
  });

  it('both events and openedAt', () => {
    expect(inputError({ id: 'T-6', priority: 'critical', events: [open], openedAt: 0 }).message).toContain('not both');
  });

  it('shortcut form: a bad openedAt and a respondedAt before openedAt', () => {
    expect(inputError({ id: 'T-5', priority: 'critical', openedAt: '2026-06-01' }).field).toBe('ticket T-5.openedAt');
    const error = inputError({ id: 'T-5', priority: 'critical', openedAt: '2026-06-01T10:00:00+02:00', respondedAt: '2026-06-01T09:00:00+02:00' });
    expect(error.field).toBe('ticket T-5.respondedAt');
    expect(error.message).toContain('respond before open');
  });

  it('evaluate: duplicate ids are rejected, naming both positions', () => {
    const ticket = { id: 'T-4', priority: 'critical', openedAt: '2026-06-01T10:00:00+02:00' };
    let caught: unknown;
    try {
      clock.evaluate([ticket, { ...ticket, priority: 'other' }], NOW);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SlaInputError);
    expect((caught as SlaInputError).field).toBe('tickets[1].id');
    expect((caught as SlaInputError).message).toContain('tickets[0]');
  });

  it('evaluate: a bad ticket anywhere fails the batch with its id', () => {
    const error = (() => {
      try {
        clock.evaluate([{ id: 'OK', priority: 'critical', openedAt: 0 }, { id: 'T-3', priority: 'critical', events: [{ type: 'resume', at: 0 }] }], NOW);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SlaEventError);
    expect((error as SlaEventError).ticketId).toBe('T-3');
  });
});
