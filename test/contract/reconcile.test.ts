// Issue 12 §2: reconciliation with the helpdesk. A small export on msp-p1-p4 (Mon–Fri 09:00–17:30
// America/New_York, US federal holidays; P1 1 h 24/7, P2 2 h, P3 4 h, P4 end of the next business day),
// one helpdesk per cause, every due computed by hand below. EDT is UTC−4 all summer 2026.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ContractDefinition, type ReconcileRow, SlaInputError, SlaZoneError, defineContract, reconcileTickets } from '../../src/index.js';

const json = JSON.parse(readFileSync(new URL('../../examples/contracts/msp-p1-p4.json', import.meta.url), 'utf8')) as ContractDefinition;
const msp = defineContract(json);
const NOW = '2026-07-10T00:00:00Z';
const HOUR = 3_600_000;
const at = (iso: string): number => Date.parse(iso);

function one(row: ReconcileRow, options: Partial<Parameters<typeof reconcileTickets>[2]> = {}, contract = msp) {
  const result = reconcileTickets(contract, [row], { now: NOW, ...options });
  return result.tickets[0] as NonNullable<(typeof result.tickets)[0]>;
}

// P3 opened Tue 2026-06-02 08:00 EDT (12:00Z), before the New York opening:
// slakit 09:00 EDT + 4 h = 13:00 EDT = 17:00Z.
const P3_TUESDAY = { id: 'Z-1', priority: 'p3', openedAt: '2026-06-02T08:00:00-04:00' };

describe('zone: the helpdesk reads the business hours in another zone', () => {
  it('a helpdesk in UTC: 12:00Z is inside 09:00–17:30 UTC, so + 4 h = 16:00Z, 1 h before slakit', () => {
    const ticket = one({ ticket: P3_TUESDAY, helpdeskDueAt: '2026-06-02T16:00:00Z' });
    expect(ticket.slakit.dueAt).toBe(at('2026-06-02T17:00:00Z'));
    expect(ticket.differenceMs).toBe(-HOUR);
    expect(ticket.cause).toMatchObject({ kind: 'zone', zone: 'UTC', recomputed: { dueAt: at('2026-06-02T16:00:00Z'), breached: true } });
  });

  it('a helpdesk in Chicago (CDT, UTC−5): 09:00 CDT = 10:00 EDT, + 4 h = 14:00 EDT = 18:00Z; named when given in zones', () => {
    expect(one({ ticket: P3_TUESDAY, helpdeskDueAt: '2026-06-02T18:00:00Z' }, { zones: ['America/Chicago'] }).cause).toMatchObject({ kind: 'zone', zone: 'America/Chicago' });
  });

  it('without a zone given, the offset the difference points to: EDT (−4 h) − (+1 h) = UTC−5, i.e. Etc/GMT+5', () => {
    const ticket = one({ ticket: P3_TUESDAY, helpdeskDueAt: '2026-06-02T18:00:00Z' });
    expect(ticket.differenceMs).toBe(HOUR);
    expect(ticket.cause).toMatchObject({ kind: 'zone', zone: 'Etc/GMT+5' });
  });
});

// P3 opened Thu 2026-07-02 16:00 EDT: Thu 16:00–17:30 = 1.5 h; Fri 07-03 is the observed Independence Day
// (July 4 is a Saturday), closed; Mon 07-06 09:00 + 2.5 h = 11:30 EDT (15:30Z).
const P3_THURSDAY = { id: 'H-1', priority: 'p3', openedAt: '2026-07-02T16:00:00-04:00' };

describe('holiday: the helpdesk lacks a holiday slakit closes', () => {
  it('without the observed Independence Day: Fri 07-03 09:00 + 2.5 h = 11:30 EDT, 3 days early; the holiday is named', () => {
    const ticket = one({ ticket: P3_THURSDAY, helpdeskDueAt: '2026-07-03T11:30:00-04:00' });
    expect(ticket.slakit.dueAt).toBe(at('2026-07-06T15:30:00Z'));
    expect(ticket.differenceMs).toBe(-3 * 24 * HOUR);
    expect(ticket.cause).toMatchObject({ kind: 'holiday', holidays: [{ date: '2026-07-03', source: 'date-holidays:US' }] });
    expect(ticket.cause?.reading).toContain('2026-07-03');
  });

  it('a breach flag only: answered Fri 07-03 12:00 is met for slakit (due Mon) and breached for that helpdesk (due Fri 11:30)', () => {
    const ticket = one({ ticket: { ...P3_THURSDAY, respondedAt: '2026-07-03T12:00:00-04:00' }, helpdeskBreached: true });
    expect(ticket.slakit.breached).toBe(false);
    expect(ticket.differenceMs).toBeNull();
    expect(ticket.cause).toMatchObject({ kind: 'holiday', holidays: [{ date: '2026-07-03' }], recomputed: { breached: true } });
  });
});

describe('calendar: the helpdesk counts other hours', () => {
  it('24/7: Thu 16:00 + 4 h = 20:00 EDT (Fri 00:00Z), 87.5 h before slakit (Mon 15:30Z)', () => {
    const ticket = one({ ticket: P3_THURSDAY, helpdeskDueAt: '2026-07-03T00:00:00Z' });
    expect(ticket.differenceMs).toBe(-87.5 * HOUR);
    expect(ticket.cause).toMatchObject({ kind: 'calendar', calendar: null });
  });

  it('P1 counted on the business hours: opened Sat 07-04 03:00 → Mon 07-06 09:00 + 1 h = 10:00 EDT (slakit: 04:00 on 24/7)', () => {
    const ticket = one({ ticket: { id: 'C-2', priority: 'p1', openedAt: '2026-07-04T03:00:00-04:00' }, helpdeskDueAt: '2026-07-06T10:00:00-04:00' });
    expect(ticket.slakit.dueAt).toBe(at('2026-07-04T08:00:00Z'));
    expect(ticket.cause).toMatchObject({ kind: 'calendar', calendar: 'business' });
  });
});

// P2 opened Tue 2026-06-02 10:00 EDT, paused 10:30–14:00: 0.5 h, then 1.5 h from 14:00 → 15:30 EDT.
// Ignoring the pause: 10:00 + 2 h = 12:00 EDT. (UTC hours: 10:30 EDT + 1.5 h would reach past 17:30Z; no
// whole-hour offset gives 12:00; no holiday; 24/7 keeps the pause: 15:30 again.)
describe('pause: the helpdesk ran the clock through a pause', () => {
  const opened = '2026-06-02T10:00:00-04:00';
  it('pause and resume events: helpdesk 12:00 EDT, slakit 15:30 EDT', () => {
    const events = [{ type: 'open', at: opened }, { type: 'pause', at: '2026-06-02T10:30:00-04:00' }, { type: 'resume', at: '2026-06-02T14:00:00-04:00' }] as const;
    const ticket = one({ ticket: { id: 'P-1', priority: 'p2', events }, helpdeskDueAt: '2026-06-02T12:00:00-04:00' });
    expect(ticket.slakit.dueAt).toBe(at('2026-06-02T19:30:00Z'));
    expect(ticket.differenceMs).toBe(-3.5 * HOUR);
    expect(ticket.cause).toMatchObject({ kind: 'pause', recomputed: { dueAt: at('2026-06-02T16:00:00Z') } });
  });

  it('a pending status under the ambiguity reading pauseOn ["pending"]: the same 12:00 against 15:30', () => {
    const pending = defineContract({ ...json, responses: { ...json.responses, statuses: { ...json.responses?.statuses, pauseOn: ['pending'] } } });
    const events = [
      { type: 'open', at: opened },
      { type: 'status', at: '2026-06-02T10:30:00-04:00', status: 'pending' },
      { type: 'status', at: '2026-06-02T14:00:00-04:00', status: 'open' },
    ] as const;
    const ticket = one({ ticket: { id: 'P-2', priority: 'p2', events }, helpdeskDueAt: '2026-06-02T12:00:00-04:00' }, {}, pending);
    expect(ticket.slakit.dueAt).toBe(at('2026-06-02T19:30:00Z'));
    expect(ticket.cause).toMatchObject({ kind: 'pause' });
  });
});

describe('target: the helpdesk used another target', () => {
  it("the wrong priority: P3 judged as P2, 09:00 + 2 h = 11:00 EDT (15:00Z); the priority is named", () => {
    const ticket = one({ ticket: P3_TUESDAY, helpdeskDueAt: '2026-06-02T11:00:00-04:00' });
    expect(ticket.differenceMs).toBe(-2 * HOUR);
    expect(ticket.cause).toMatchObject({ kind: 'target', priority: 'p2', targetMs: 2 * HOUR });
  });

  it('the target in calendar time: P4 opened Mon 06-08 10:00 EDT is 16 business hours (Mon 7.5 + Tue 8.5), read as 16 h: Tue 02:00 EDT', () => {
    const ticket = one({ ticket: { id: 'T-2', priority: 'p4', openedAt: '2026-06-08T10:00:00-04:00' }, helpdeskDueAt: '2026-06-09T02:00:00-04:00' });
    expect(ticket.slakit.dueAt).toBe(at('2026-06-09T21:30:00Z'));
    expect(ticket.cause).toMatchObject({ kind: 'target', priority: null, targetMs: 16 * HOUR });
  });
});

describe('version: the helpdesk used the other contract version', () => {
  // From 2026-09-01 P3 is 3 business hours. A P3 opened Mon 2026-08-31 10:00 EDT is judged under the initial
  // terms (4 h → 14:00 EDT); the helpdesk used the amendment (10:00 + 3 h = 13:00 EDT). No other priority
  // gives 13:00 (P1 11:00, P2 12:00, P4 Tue 17:30), nor UTC hours (10:00 EDT = 14:00Z + 4 h = 18:00Z = 14:00 EDT).
  const versioned = defineContract({ ...json, versions: [{ id: 'amendment-2026-09', effectiveFrom: '2026-09-01T00:00:00-04:00', patch: { responses: { priorities: { p3: { target: 'PT3H' } } } } }] });
  const row = { ticket: { id: 'V-1', priority: 'p3', openedAt: '2026-08-31T10:00:00-04:00' }, helpdeskDueAt: '2026-08-31T13:00:00-04:00' };

  it('judged at the opening, the helpdesk matches the version in force at now', () => {
    const ticket = one(row, { now: '2026-09-10T00:00:00Z' }, versioned);
    expect([ticket.version, ticket.slakit.dueAt]).toEqual(['initial', at('2026-08-31T18:00:00Z')]);
    expect(ticket.cause).toMatchObject({ kind: 'version', version: 'amendment-2026-09', versionAt: 'now' });
  });

  it('judged at now, the helpdesk with 14:00 matches the version in force at the opening', () => {
    const ticket = one({ ...row, helpdeskDueAt: '2026-08-31T14:00:00-04:00' }, { now: '2026-09-10T00:00:00Z', versionAt: 'now' }, versioned);
    expect(ticket.version).toBe('amendment-2026-09');
    expect(ticket.cause).toMatchObject({ kind: 'version', version: 'initial', versionAt: 'opened' });
  });

  it("the other readings change every version's terms: a UTC helpdesk on a P3 under the amendment (3 h)", () => {
    // Opened Tue 2026-09-08 08:00 EDT (12:00Z): slakit 09:00 + 3 h = 12:00 EDT (16:00Z); in UTC hours 12:00Z + 3 h = 15:00Z.
    const ticket = one({ ticket: { id: 'V-2', priority: 'p3', openedAt: '2026-09-08T08:00:00-04:00' }, helpdeskDueAt: '2026-09-08T15:00:00Z' }, { now: '2026-09-20T00:00:00Z' }, versioned);
    expect([ticket.version, ticket.slakit.dueAt]).toEqual(['amendment-2026-09', at('2026-09-08T16:00:00Z')]);
    expect(ticket.cause).toMatchObject({ kind: 'zone', zone: 'UTC' });
  });
});

describe('agreement, unexplained differences and the summary', () => {
  const rows: ReconcileRow[] = [
    // agrees: slakit Mon 07-06 11:30 EDT, not breached at 07-10 since answered Mon 10:00
    { ticket: { ...P3_THURSDAY, respondedAt: '2026-07-06T10:00:00-04:00' }, helpdeskDueAt: '2026-07-06T11:30:00-04:00', helpdeskBreached: false },
    // holiday, as above
    { ticket: P3_THURSDAY, helpdeskDueAt: '2026-07-03T11:30:00-04:00' },
    // one second off the P2 reading: no reading gives 11:00:01
    { ticket: P3_TUESDAY, helpdeskDueAt: '2026-06-02T11:00:01-04:00' },
    // P1 answered 03:40, due 04:00: met; every reading keeps it met (P2–P4 and business hours are due Monday)
    { ticket: { id: 'U-2', priority: 'p1', openedAt: '2026-07-04T03:00:00-04:00', respondedAt: '2026-07-04T03:40:00-04:00' }, helpdeskBreached: true },
  ];
  const result = reconcileTickets(msp, rows, { now: NOW });

  it('counts: 4 tickets = 1 agree + 3 differ = holiday 1 + unexplained 2', () => {
    expect(result.summary).toEqual({ tickets: 4, agree: 1, differ: 3, byCause: { zone: 0, holiday: 1, calendar: 0, pause: 0, target: 0, version: 0, unexplained: 2 } });
    expect(result.tickets.map((t) => [t.agrees, t.cause?.kind ?? null])).toEqual([
      [true, null],
      [false, 'holiday'],
      [false, 'unexplained'],
      [false, 'unexplained'],
    ]);
  });

  it('an unexplained difference keeps both instants and the difference: 11:00:01 − 13:00 EDT = −7,199,000 ms', () => {
    const ticket = result.tickets[2];
    expect(ticket?.differenceMs).toBe(-(2 * HOUR - 1000));
    expect(ticket?.cause).toEqual({
      kind: 'unexplained',
      reading: "no single cause reproduces the helpdesk's values: helpdesk due 2026-06-02T15:00:01.000Z, slakit due 2026-06-02T17:00:00.000Z (-7199000 ms)",
      recomputed: null,
    });
  });

  it('an unexplained verdict names both verdicts', () => {
    expect(result.tickets[3]?.cause?.reading).toBe("no single cause reproduces the helpdesk's values: helpdesk breached, slakit not breached");
  });
});

describe('typed errors name the field, the value and what was expected', () => {
  const ticket = P3_TUESDAY;
  const cases: [string, () => unknown, string][] = [
    ['rows', () => reconcileTickets(msp, 'x' as never, { now: NOW }), 'rows'],
    ['a row that is not an object', () => reconcileTickets(msp, [7 as never], { now: NOW }), 'rows[0]'],
    ['an unknown key', () => reconcileTickets(msp, [{ ticket, helpdeskDue: 1 } as never], { now: NOW }), 'rows[0].helpdeskDue'],
    ['no helpdesk value', () => reconcileTickets(msp, [{ ticket }], { now: NOW }), 'rows[0]'],
    ['a due that is no instant', () => reconcileTickets(msp, [{ ticket, helpdeskDueAt: '2026-06-02 11:00' }], { now: NOW }), 'rows[0].helpdeskDueAt'],
    ['a flag that is no boolean', () => reconcileTickets(msp, [{ ticket, helpdeskBreached: 'yes' as never }], { now: NOW }), 'rows[0].helpdeskBreached'],
    ['a malformed ticket', () => reconcileTickets(msp, [{ ticket: 3 as never, helpdeskBreached: true }], { now: NOW }), 'rows[0].ticket'],
    ['now', () => reconcileTickets(msp, [], { now: 'soon' }), 'options.now'],
    ['versionAt', () => reconcileTickets(msp, [], { now: NOW, versionAt: 'later' as never }), 'options.versionAt'],
  ];
  it.each(cases)('%s', (_, call, field) => {
    expect(call).toThrow(SlaInputError);
    try {
      call();
    } catch (error) {
      expect((error as SlaInputError).field).toBe(field);
      expect((error as SlaInputError).message).toContain('expected');
    }
  });

  it('an unknown zone is an SlaZoneError naming options.zones[1]', () => {
    expect(() => reconcileTickets(msp, [], { now: NOW, zones: ['UTC', 'Mars/Base'] })).toThrow(SlaZoneError);
    expect(() => reconcileTickets(msp, [], { now: NOW, zones: ['UTC', 'Mars/Base'] })).toThrow(/options\.zones\[1\].*Mars\/Base/);
  });
});

describe('an offset read off the difference comes after every concrete cause (reconcile trial F4)', () => {
  it('a P2 opened Tue 2026-06-16 09:00 EDT judged on the P3 target: due 13:00 not 11:00 — target p3, not Etc/GMT+6', () => {
    // slakit: 09:00 + 2 h = 11:00 EDT (15:00Z); the helpdesk: 09:00 + 4 h (P3) = 13:00 EDT (17:00Z), +2 h.
    // Hours read at UTC−6 instead of UTC−4 (09:00 there = 11:00 EDT, + 2 h = 13:00 EDT) also give +2 h, but that zone is a guess.
    const ticket = one({ ticket: { id: 'W-1', priority: 'p2', openedAt: '2026-06-16T09:00:00-04:00' }, helpdeskDueAt: '2026-06-16T13:00:00-04:00' });
    expect(ticket.differenceMs).toBe(2 * HOUR);
    expect(ticket.cause).toMatchObject({ kind: 'target', priority: 'p3' });
  });
});
