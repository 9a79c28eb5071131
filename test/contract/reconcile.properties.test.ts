/**
 * Issue 12 §2 properties (fast-check, 1000 runs each) on msp-p1-p4:
 * - an export made of slakit's own dues and verdicts reconciles with zero differences;
 * - a helpdesk that computes every due under one other reading (UTC or Chicago hours, no holidays,
 *   24/7, another priority) is always explained, and the cause found — checked by an oracle that
 *   rebuilds the contract by hand from the cause's parameters — reproduces the helpdesk's values exactly.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Contract, type ContractDefinition, type ContractTicket, type ReconcileCause, type ReconcileRow, defineContract, reconcileTickets } from '../../src/index.js';

const json = JSON.parse(readFileSync(new URL('../../examples/contracts/msp-p1-p4.json', import.meta.url), 'utf8')) as ContractDefinition;
const msp = defineContract(json);
const PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
const NOW = Date.parse('2027-01-01T00:00:00Z');
const QUARTER_HOUR = 900_000;
const START = Date.parse('2026-01-01T00:00:00Z');

const ticketArbitrary = (id: string) =>
  fc.record({
    priority: fc.constantFrom(...PRIORITIES),
    opened: fc.integer({ min: 0, max: 330 * 96 }),
    answeredAfter: fc.option(fc.integer({ min: 0, max: 5 * 96 })),
  }).map(({ priority, opened, answeredAfter }): ContractTicket => {
    const openedAt = START + opened * QUARTER_HOUR;
    return { id, priority, openedAt, respondedAt: answeredAfter === null ? null : openedAt + answeredAfter * QUARTER_HOUR };
  });

/** Contracts the oracle builds by hand, once per change. */
const oracleContracts = new Map<string, Contract>();
function edited(key: string, edit: (definition: ContractDefinition) => void): Contract {
  let contract = oracleContracts.get(key);
  if (contract === undefined) {
    const copy = structuredClone(json);
    edit(copy);
    contract = defineContract(copy);
    oracleContracts.set(key, contract);
  }
  return contract;
}

/** The helpdesk's due and verdict under a reading the oracle states in its own terms. */
function judged(contract: Contract, ticket: ContractTicket): { dueAt: number; breached: boolean } {
  const status = contract.ticket(ticket, NOW);
  return { dueAt: status.dueAt, breached: status.met === false };
}

const inZone = (zone: string) => edited(`zone ${zone}`, (d) => Object.values(d.calendars).forEach((c) => (c.zone = zone)));
const allDay = () => edited('24/7', (d) => (d.calendars['business'] = { always: true, zone: 'America/New_York' }));

/** The oracle: recompute a ticket from a cause's parameters alone. */
function oracle(cause: ReconcileCause, ticket: ContractTicket): { dueAt: number; breached: boolean } {
  switch (cause.kind) {
    case 'zone':
      return judged(inZone(cause.zone), ticket);
    case 'holiday': {
      const dates = cause.holidays.map((h) => h.date);
      return judged(edited(`reopen ${dates.join(',')}`, (d) => ((d.calendars['business'] as { ignoreHolidays?: string[] }).ignoreHolidays = dates)), ticket);
    }
    case 'calendar':
      if (cause.calendar === null) return judged(allDay(), ticket);
      return judged(edited(`hours ${cause.calendar}`, (d) => { const hours = d.calendars[cause.calendar as string]; for (const id of Object.keys(d.calendars)) d.calendars[id] = structuredClone(hours) as never; }), ticket);
    case 'target': {
      if (cause.priority !== null) return judged(msp, { ...ticket, priority: cause.priority });
      // The business time counted in calendar time: opened + targetMs (no pauses here); `now` is after every due.
      const dueAt = (ticket.openedAt as number) + cause.targetMs;
      return { dueAt, breached: ticket.respondedAt === null || (ticket.respondedAt as number) > dueAt };
    }
    default:
      throw new Error(`no oracle for ${cause.kind}`);
  }
}

const READINGS = ['utc', 'chicago', 'no-holidays', '24/7', 'other-priority'] as const;

describe('reconcileTickets properties (issue 12 §2)', () => {
  it("an export of slakit's own dues and verdicts reconciles with zero differences (1000 runs)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ticketArbitrary('T'), fc.constantFrom('due', 'flag', 'both')), { minLength: 1, maxLength: 4 }), (entries) => {
        const rows: ReconcileRow[] = entries.map(([ticket, given], i) => {
          const own = judged(msp, { ...ticket, id: `T-${i}` });
          return { ticket: { ...ticket, id: `T-${i}` }, ...(given === 'flag' ? {} : { helpdeskDueAt: own.dueAt }), ...(given === 'due' ? {} : { helpdeskBreached: own.breached }) };
        });
        const { summary, tickets } = reconcileTickets(msp, rows, { now: NOW });
        expect(summary.differ).toBe(0);
        expect(summary.agree).toBe(rows.length);
        expect(tickets.every((t) => t.cause === null && (t.differenceMs ?? 0) === 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("a helpdesk under one other reading is explained, and the cause reproduces its values exactly (1000 runs)", () => {
    fc.assert(
      fc.property(ticketArbitrary('H-1'), fc.constantFrom(...READINGS), fc.constantFrom(...PRIORITIES), fc.boolean(), (ticket, reading, otherPriority, withFlag) => {
        const contract = reading === 'utc' ? inZone('UTC') : reading === 'chicago' ? inZone('America/Chicago') : reading === 'no-holidays' ? edited('no holidays', (d) => delete (d.calendars['business'] as { holidays?: string[] }).holidays) : reading === '24/7' ? allDay() : msp;
        const helpdesk = judged(contract, reading === 'other-priority' ? { ...ticket, priority: otherPriority } : ticket);
        const row: ReconcileRow = { ticket, helpdeskDueAt: helpdesk.dueAt, ...(withFlag ? { helpdeskBreached: helpdesk.breached } : {}) };
        const [result] = reconcileTickets(msp, [row], { now: NOW, zones: ['America/Chicago'] }).tickets;
        if (result?.agrees === true) {
          expect(result.slakit.dueAt).toBe(helpdesk.dueAt);
          return;
        }
        const cause = result?.cause as ReconcileCause;
        expect(cause.kind).not.toBe('unexplained');
        expect(oracle(cause, ticket)).toEqual(withFlag ? helpdesk : { ...helpdesk, breached: oracle(cause, ticket).breached });
        expect(cause.recomputed?.dueAt).toBe(helpdesk.dueAt);
      }),
      { numRuns: 1000 },
    );
  });
});
