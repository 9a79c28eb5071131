import { describe, expect, it } from 'vitest';
import { SlaDefinitionError, SlaEventError, SlaInputError, defineContract } from '../../src/index.js';

// Issue 10 §1–§2 in contract JSON: responses.metrics, responses.statuses, unmappedStatus; paths in errors.
const base = {
  id: 'helpdesk',
  name: 'Helpdesk',
  calendars: { always: { always: true, zone: 'UTC' } },
  responses: {
    priorities: { p1: { target: 'PT1H', calendar: 'always' } },
    statuses: { runOn: ['open'], pauseOn: ['pending'], stopOn: ['solved'] },
    metrics: { resolution: { priorities: { p1: { target: 'PT4H', calendar: 'always' } } }, nextReply: { priorities: { p1: { target: 'PT2H', calendar: 'always' } } } },
  },
} as const;

function definitionPath(patch: (d: typeof base) => unknown): string {
  try {
    defineContract(patch(base) as never);
  } catch (error) {
    if (error instanceof SlaDefinitionError) return error.path;
    throw error;
  }
  throw new Error('expected SlaDefinitionError');
}

describe('contract JSON: metrics and status maps', () => {
  const contract = defineContract(base as never);
  const events = [
    { type: 'open', at: '2026-06-01T00:00:00Z' },
    { type: 'message', at: '2026-06-01T00:30:00Z', author: 'agent' },
    { type: 'message', at: '2026-06-01T01:00:00Z', author: 'customer' },
    { type: 'status', at: '2026-06-01T02:00:00Z', status: 'pending' },
    { type: 'status', at: '2026-06-01T03:00:00Z', status: 'solved' },
  ] as const;

  it('ticket(): the first-response status as before, with every metric', () => {
    const status = contract.ticket({ id: 'T-1', priority: 'p1', events }, '2026-06-01T04:00:00Z');
    // first response 00:00 → 00:30: 30 min, met
    expect(status.elapsedMs).toBe(30 * 60_000);
    expect(status.met).toBe(true);
    // resolution 00:00–02:00 counted, pending 02:00–03:00, solved 03:00: 2 h, met (due 05:00)
    expect(status.metrics?.resolution?.current?.elapsedMs).toBe(2 * 3_600_000);
    expect(status.metrics?.resolution?.current?.dueAt).toBe(Date.parse('2026-06-01T05:00:00Z'));
    // next reply: customer 01:00, pending 02:00 pauses, solved 03:00 stops it: 1 h, met
    expect(status.metrics?.nextReply?.current?.elapsedMs).toBe(3_600_000);
    expect(status.metrics?.nextReply?.current?.state).toBe('met');
  });

  it('tickets(): a summary per metric', () => {
    const result = contract.tickets([{ id: 'T-1', priority: 'p1', events }, { id: 'T-2', priority: 'p1', openedAt: '2026-06-01T00:00:00Z' }], '2026-06-01T04:00:00Z');
    // T-2 unanswered after 4 h: first response (1 h) missed; resolution 4 h reached exactly at now: running
    expect(result.summary.byPriority.p1).toMatchObject({ total: 2, met: 1, missed: 1 });
    expect(result.metrics?.resolution?.byPriority.p1).toMatchObject({ total: 2, met: 1, running: 1 });
    expect(result.metrics?.nextReply?.byPriority.p1).toMatchObject({ total: 1, met: 1 });
  });

  it('an unmapped status names the ticket, the event index and the field', () => {
    const bad = [...events.slice(0, 3), { type: 'status', at: '2026-06-01T02:00:00Z', status: 'waiting' }] as const;
    expect(() => contract.ticket({ id: 'T-9', priority: 'p1', events: bad }, '2026-06-01T04:00:00Z')).toThrow(SlaEventError);
    expect(() => contract.ticket({ id: 'T-9', priority: 'p1', events: bad }, '2026-06-01T04:00:00Z')).toThrow('ticket T-9 events[3].status');
    const lenient = defineContract({ ...base, responses: { ...base.responses, unmappedStatus: 'run' } } as never);
    expect(lenient.ticket({ id: 'T-9', priority: 'p1', events: bad }, '2026-06-01T04:00:00Z').metrics?.resolution?.current?.state).toBe('running');
  });

  it('definition errors have paths', () => {
    expect(definitionPath((d) => ({ ...d, responses: { ...d.responses, statuses: { runOn: ['open'], stopOn: ['open'] } } }))).toBe('responses.statuses.stopOn[0]');
    expect(definitionPath((d) => ({ ...d, responses: { ...d.responses, metrics: { resolution: { priorities: { p1: { target: 'PT4H', calendar: 'office' } } } } } }))).toBe(
      'responses.metrics.resolution.priorities.p1.calendar',
    );
    expect(definitionPath((d) => ({ ...d, responses: { ...d.responses, metrics: { firstReply: { priorities: {} } } } }))).toBe('responses.metrics');
  });
});

// Issue 10 trial: a malformed ticket at the contract's edge is a typed error naming the ticket and the field,
// never a TypeError, an events string read char by char, or events silently winning over openedAt.
describe('contract tickets: malformed tickets are SlaInputErrors naming the field', () => {
  const contract = defineContract(base as never);
  const NOW = '2026-06-02T00:00:00Z';
  const open = { type: 'open', at: '2026-06-01T00:00:00Z' } as const;
  const fieldOf = (fn: () => unknown): string => {
    try {
      fn();
    } catch (error) {
      if (error instanceof SlaInputError) return error.field;
      throw error;
    }
    throw new Error('expected SlaInputError');
  };

  it('null, an array or a string as the ticket: field "ticket" (or "tickets[i]" in a batch)', () => {
    expect(fieldOf(() => contract.ticket(null as never, NOW))).toBe('ticket');
    expect(fieldOf(() => contract.ticketMetrics('T-1' as never, NOW))).toBe('ticket');
    const good = { id: 'A', priority: 'p1', events: [open] };
    expect(fieldOf(() => contract.tickets([good, null as never], NOW))).toBe('tickets[1]');
    expect(fieldOf(() => contract.tickets([good, { priority: 'p1', events: [open] } as never], NOW))).toBe('tickets[1].id');
  });

  it('events that are not an array ({}, "abc") name ticket <id>.events', () => {
    expect(fieldOf(() => contract.ticket({ id: 'X', priority: 'p1', events: {} as never }, NOW))).toBe('ticket X.events');
    expect(fieldOf(() => contract.ticket({ id: 'X', priority: 'p1', events: 'abc' as never }, NOW))).toBe('ticket X.events');
    expect(fieldOf(() => contract.tickets([{ id: 'Y', priority: 'p1', events: 'abc' as never }], NOW))).toBe('ticket Y.events');
  });

  it('openedAt (or respondedAt) and events both given are refused, whichever instants they hold', () => {
    // openedAt 00:00 = the open event: still refused (one form per ticket); 01:00 ≠ 00:00 would silently lose either.
    expect(fieldOf(() => contract.ticket({ id: 'B', priority: 'p1', openedAt: '2026-06-01T01:00:00Z', events: [open] }, NOW))).toBe('ticket B');
    expect(fieldOf(() => contract.ticket({ id: 'B', priority: 'p1', openedAt: '2026-06-01T00:00:00Z', events: [open] }, NOW))).toBe('ticket B');
    expect(fieldOf(() => contract.tickets([{ id: 'C', priority: 'p1', respondedAt: '2026-06-01T00:30:00Z', events: [open] }], NOW))).toBe('ticket C');
    // respondedAt: null is "no response", not a second form.
    expect(contract.ticket({ id: 'D', priority: 'p1', respondedAt: null, events: [open] }, NOW).state).toBe('missed');
  });

  it('an unknown key (respondAt for respondedAt) is refused instead of leaving the ticket unanswered', () => {
    const typo = { id: 'E', priority: 'p1', openedAt: '2026-06-01T00:00:00Z', respondAt: '2026-06-01T00:30:00Z' };
    expect(fieldOf(() => contract.ticket(typo as never, NOW))).toBe('ticket E.respondAt');
    expect(fieldOf(() => contract.tickets([typo as never], NOW))).toBe('ticket E.respondAt');
    // With the right key: answered after 30 min of a 1 h target (24/7) → met.
    expect(contract.ticket({ id: 'E', priority: 'p1', openedAt: '2026-06-01T00:00:00Z', respondedAt: '2026-06-01T00:30:00Z' }, NOW).met).toBe(true);
  });
});
