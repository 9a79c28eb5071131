// Contract.ticketTally: the summary counted one status at a time equals Contract.tickets' batch summary
// (and its per-metric summaries) for the same tickets — whatever the versions, regions, metrics and
// events. The CLI's streamed `slakit tickets` report relies on it (it never holds the statuses).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Contract, type ContractTicket, SlaError, type TicketEvent, defineContract } from '../../src/index.js';
import { lumapps } from '../../src/presets/lumapps/index.js';

const HOUR = 3_600_000;
const office = { zone: 'UTC', week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] } };

/** Two versions: the amendment of 2026-07-01 adds a KPI priority p3, a status map and a resolution metric. */
const versioned = defineContract({
  id: 'versioned',
  name: 'Versioned',
  calendars: { office },
  responses: { priorities: { p1: { target: 'PT4H', calendar: 'office' }, p2: { target: 'PT8H', calendar: 'office', kind: 'kpi' } } },
  versions: [
    {
      id: 'amendment',
      effectiveFrom: '2026-07-01T00:00:00Z',
      patch: {
        responses: {
          priorities: { p1: { target: 'PT2H' }, p3: { target: 'PT6H', calendar: 'office', kind: 'kpi' } },
          statuses: { runOn: ['open'], pauseOn: ['pending'], stopOn: ['solved'] },
          metrics: { resolution: { priorities: { p1: { target: 'PT16H', calendar: 'office' }, p3: { target: 'PT24H', calendar: 'office' } } } },
        },
      },
    },
  ],
} as never);

/** One version with metrics: every ticket is judged on first response, resolution and next reply. */
const helpdesk = defineContract({
  id: 'helpdesk',
  name: 'Helpdesk',
  calendars: { office },
  responses: {
    priorities: { p1: { target: 'PT1H', calendar: 'office' }, p2: { target: 'PT4H', calendar: 'office', kind: 'kpi' } },
    statuses: { runOn: ['open'], pauseOn: ['pending'], stopOn: ['solved'] },
    metrics: { resolution: { priorities: { p1: { target: 'PT8H', calendar: 'office' } } }, nextReply: { priorities: { p1: { target: 'PT2H', calendar: 'office' }, p2: { target: 'PT4H', calendar: 'office' } } } },
  },
} as never);

/** One version without metrics: a ticket with `message` events is still judged on every metric. */
const plain = defineContract({
  id: 'plain',
  name: 'Plain',
  calendars: { office },
  responses: { priorities: { p1: { target: 'PT2H', calendar: 'office' }, p2: { target: 'PT8H', calendar: 'office' } } },
} as never);

const START = Date.parse('2026-06-15T00:00:00Z');
const SPAN = 40 * 24 * HOUR; // openings from 15 June to 25 July 2026, across the amendment of 1 July

interface Draft {
  readonly priority: number;
  readonly region: number;
  readonly openedAt: number;
  readonly answer: number | null;
  readonly events: readonly { readonly after: number; readonly kind: number }[] | null;
}

const draft: fc.Arbitrary<Draft> = fc.record({
  priority: fc.nat(3),
  region: fc.nat(3),
  openedAt: fc.integer({ min: START, max: START + SPAN }),
  answer: fc.option(fc.integer({ min: 0, max: 5 * 24 * HOUR }), { nil: null }),
  events: fc.option(fc.array(fc.record({ after: fc.integer({ min: 1, max: 3 * 24 * HOUR }), kind: fc.nat(4) }), { maxLength: 4 }), { nil: null }),
});

const KINDS: readonly ((at: number) => TicketEvent)[] = [
  (at) => ({ type: 'message', at, author: 'agent' }),
  (at) => ({ type: 'message', at, author: 'customer' }),
  (at) => ({ type: 'status', at, status: 'pending' }),
  (at) => ({ type: 'status', at, status: 'open' }),
  (at) => ({ type: 'status', at, status: 'solved' }),
];

/** The ticket a draft stands for under `contract`: shortcut or events, a region when the contract has regions. */
function ticketOf(contract: Contract, d: Draft, i: number): ContractTicket {
  const priorities = contract.id === 'lumapps' ? ['p1', 'p2', 'p3', 'p4'] : ['p1', 'p2', 'p3', 'p1'];
  const regions = contract.regions;
  const region = regions.length === 0 ? {} : { region: regions[d.region % regions.length] as string };
  const priority = priorities[d.priority] as string;
  const usesStatuses = contract.id !== 'plain' && contract.id !== 'lumapps';
  if (d.events === null || contract.id === 'lumapps') {
    return { id: `T-${i}`, priority, openedAt: d.openedAt, respondedAt: d.answer === null ? null : d.openedAt + d.answer, ...region };
  }
  const events: TicketEvent[] = [{ type: 'open', at: d.openedAt }];
  let at = d.openedAt;
  for (const e of d.events) {
    at += e.after;
    events.push((KINDS[usesStatuses ? e.kind : e.kind % 2] as (at: number) => TicketEvent)(at));
  }
  return { id: `T-${i}`, priority, events, ...region };
}

describe('Contract.ticketTally: one status at a time = Contract.tickets (summary and metrics)', () => {
  const contracts: readonly [string, Contract][] = [
    ['versioned (a KPI priority and metrics from the amendment on)', versioned],
    ['helpdesk (metrics and status maps)', helpdesk],
    ['plain (message events switch a ticket to every metric)', plain],
    ['lumapps (four regions, each its own calendars)', lumapps()],
  ];
  for (const [name, contract] of contracts) {
    it(`${name}: random tickets, versionAt opened or now`, () => {
      fc.assert(
        fc.property(fc.array(draft, { maxLength: 25 }), fc.boolean(), fc.integer({ min: 0, max: 400 * 24 * HOUR }), (drafts, atNow, later) => {
          const now = START + SPAN + 9 * 24 * HOUR + later; // after every event
          const options = { versionAt: atNow ? ('now' as const) : ('opened' as const) };
          const tally = contract.ticketTally();
          const judged: ContractTicket[] = [];
          drafts.forEach((d, i) => {
            const ticket = ticketOf(contract, d, i);
            let status;
            try {
              status = contract.ticket(ticket, now, options);
            } catch (error) {
              if (error instanceof SlaError) return; // refused (a priority the version lacks): the CLI rejects the row
              throw error;
            }
            tally.add(status);
            judged.push(ticket);
          });
          const batch = contract.tickets(judged, now, options);
          const expected = batch.metrics === undefined ? { summary: batch.summary } : { summary: batch.summary, metrics: batch.metrics };
          expect(tally.result()).toEqual(expected);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('no ticket: the top-level terms, every priority at zero (p1 contractual, p2 KPI), no metrics without metric terms', () => {
    expect(plain.ticketTally().result()).toEqual({
      summary: {
        byPriority: {
          p1: { kind: 'contractual', total: 0, met: 0, missed: 0, running: 0, paused: 0, responded: 0, medianResponseMs: null, p90ResponseMs: null },
          p2: { kind: 'contractual', total: 0, met: 0, missed: 0, running: 0, paused: 0, responded: 0, medianResponseMs: null, p90ResponseMs: null },
        },
        total: 0,
        met: 0,
        missed: 0,
        running: 0,
        paused: 0,
      },
    });
    expect(Object.keys(helpdesk.ticketTally().result().metrics ?? {})).toEqual(['firstResponse', 'resolution', 'nextReply']);
  });

  it('a status of another contract version is refused, naming status.version', () => {
    const status = versioned.ticket({ id: 'A', priority: 'p1', openedAt: '2026-07-02T10:00:00Z' }, '2026-07-03T00:00:00Z');
    expect(status.version).toBe('amendment');
    expect(() => plain.ticketTally().add(status)).toThrow('status.version');
  });

  it('two tickets counted one by one: p1 answered after 1 h of 2 (met) and 3 h (missed); median 1 h, p90 3 h', () => {
    // plain p1: 2 business hours. Mon 2026-06-15 10:00Z + 1 h → met; + 3 h → missed (due 12:00).
    const tally = plain.ticketTally();
    tally.add(plain.ticket({ id: 'A', priority: 'p1', openedAt: '2026-06-15T10:00:00Z', respondedAt: '2026-06-15T11:00:00Z' }, '2026-06-16T00:00:00Z'));
    tally.add(plain.ticket({ id: 'B', priority: 'p1', openedAt: '2026-06-15T10:00:00Z', respondedAt: '2026-06-15T13:00:00Z' }, '2026-06-16T00:00:00Z'));
    // nearest rank: median rank ⌈0.5 × 2⌉ = 1 → 1 h; p90 rank ⌈0.9 × 2⌉ = 2 → 3 h.
    expect(tally.result().summary.byPriority['p1']).toEqual({ kind: 'contractual', total: 2, met: 1, missed: 1, running: 0, paused: 0, responded: 2, medianResponseMs: HOUR, p90ResponseMs: 3 * HOUR });
  });
});
