/**
 * Issue 12 §1 properties (fast-check, 1000 runs each): a contract diffed
 * with itself reports nothing (random tickets over the presets and a
 * contract with several metrics; random incidents over a month), and
 * diff(A, B) lists the same tickets as diff(B, A), sides swapped.
 * Instants are epoch ms in 2026: nothing reads the process's zone.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Contract, type ContractTicket, type RuleDifference, type TicketDiffReport, defineContract, diffAvailability, diffTickets } from '../../src/index.js';
import { letsignit } from '../../src/presets/letsignit/index.js';
import { linkando } from '../../src/presets/linkando/index.js';
import { lumapps } from '../../src/presets/lumapps/index.js';
import { signinapp } from '../../src/presets/signinapp/index.js';

const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 86_400_000;
const msp = defineContract(JSON.parse(readFileSync(new URL('../../examples/contracts/msp-p1-p4.json', import.meta.url), 'utf8')));
const WITH_TICKETS: readonly Contract[] = [letsignit(), linkando(), signinapp(), lumapps(), msp];

/** Random tickets of `contract` (a priority it has, or one it does not; a region when it has regions), and a `now` after every opening. */
function ticketsOf(contract: Contract): fc.Arbitrary<{ tickets: ContractTicket[]; now: number }> {
  const priority = fc.constantFrom(...contract.priorities, 'unknown-priority');
  const region = contract.regions.length === 0 ? fc.constant(undefined) : fc.constantFrom(...contract.regions);
  const ticket = fc.record({
    opened: fc.integer({ min: 0, max: YEAR_MS - 1 }),
    answeredAfter: fc.option(fc.integer({ min: 0, max: 10 * 86_400_000 }), { nil: null }),
    priority,
    region,
  });
  return fc.tuple(fc.array(ticket, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 20 * 86_400_000 })).map(([rows, after]) => {
    const tickets = rows.map((row, i) => ({
      id: `T${i}`,
      priority: row.priority,
      openedAt: YEAR_START + row.opened,
      respondedAt: row.answeredAfter === null ? null : YEAR_START + row.opened + row.answeredAfter,
      ...(row.region === undefined ? {} : { region: row.region }),
    }));
    const now = Math.max(...tickets.map((t) => t.respondedAt ?? t.openedAt)) + after;
    return { tickets, now };
  });
}

const swapRule = (rule: RuleDifference): RuleDifference => ({ path: rule.path, a: rule.b, b: rule.a });
const swapped = (report: TicketDiffReport) => ({
  changes: report.changes.map((c) => ({ ...c, a: c.b, b: c.a, rules: c.rules.map(swapRule) })),
  refused: report.refused.map((r) => ({ ...r, a: r.b, b: r.a })),
  readings: report.readings.map(({ a, b, ...rest }) => ({ ...rest, ...(b === undefined ? {} : { a: b }), ...(a === undefined ? {} : { b: a }) })),
  compared: report.compared,
});

describe('diff properties (issue 12 §1)', () => {
  it('diffTickets(C, C) lists nothing, over the presets and a contract with several metrics (1000 runs)', () => {
    const arbitrary = fc.constantFrom(...WITH_TICKETS).chain((contract) => ticketsOf(contract).map((input) => ({ contract, ...input })));
    fc.assert(
      fc.property(arbitrary, ({ contract, tickets, now }) => {
        const report = diffTickets(contract, contract, tickets, { now });
        expect(report.changes).toEqual([]);
        expect(report.readings).toEqual([]);
        // Each ticket is compared or refused by both: none is lost.
        expect(report.compared + report.refused.length).toBe(tickets.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('diffTickets(A, B) and diffTickets(B, A) list the same tickets, sides swapped (Letsignit readings, 1000 runs)', () => {
    const readings = [
      letsignit(),
      letsignit({ escalation: 'end-of-next-business-day' }),
      letsignit({ escalation: 'jours-ouvres' }),
      letsignit({ escalation: 'end-of-next-business-day', supportHolidays: 'FR' }),
    ];
    const pair = fc.tuple(fc.constantFrom(...readings), fc.constantFrom(...readings));
    fc.assert(
      fc.property(pair, ticketsOf(readings[0] as Contract), ([a, b], { tickets, now }) => {
        const forward = diffTickets(a, b, tickets, { now });
        const backward = diffTickets(b, a, tickets, { now });
        expect(backward.changes.map((c) => c.id)).toEqual(forward.changes.map((c) => c.id));
        expect(swapped(backward)).toEqual({ changes: forward.changes, refused: forward.refused, readings: forward.readings, compared: forward.compared });
      }),
      { numRuns: 1000 },
    );
  });

  it('diffAvailability(C, C) lists nothing for random incidents over a month (Letsignit, Linkando; 1000 runs)', () => {
    const contracts = [letsignit(), letsignit({ creditBounds: 'upper-inclusive', excusedTime: 'count-as-up' }), linkando()];
    // March 2026 in Paris/Berlin: 2026-02-28T23:00Z to 2026-03-31T22:00Z (743 h, spring forward on the 29th).
    const start = Date.UTC(2026, 1, 28, 23);
    const span = 743 * 3_600_000;
    const incident = fc.record({
      at: fc.integer({ min: -3_600_000, max: span }),
      length: fc.integer({ min: 1, max: 12 * 3_600_000 }),
      cause: fc.constantFrom('internal', 'ddos', 'external-network'),
    });
    fc.assert(
      fc.property(fc.constantFrom(...contracts), fc.array(incident, { maxLength: 5 }), fc.constantFrom(undefined, 149_000), (contract, rows, fee) => {
        const causes = contract.id === 'letsignit';
        const incidents = rows.map((row) => ({ start: start + row.at, end: start + row.at + row.length, ...(causes ? { cause: row.cause } : {}) }));
        const report = diffAvailability(contract, contract, { period: '2026-03', incidents, ...(fee === undefined ? {} : { feeMinor: fee, currency: 'EUR' }) });
        expect([report.changes, report.total, report.readings]).toEqual([[], null, []]);
      }),
      { numRuns: 1000 },
    );
  });
});
