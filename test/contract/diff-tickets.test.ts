/**
 * Issue 12 §1, what-if on tickets: Letsignit §3 "répondra dans un délai
 * d'un jour ouvrable" read as 24 h of the joursOuvrables calendar (default)
 * or as the end of the next jour ouvrable (`escalation:
 * 'end-of-next-business-day'`). joursOuvrables: Mon–Sat 00:00–24:00
 * Europe/Paris, French public holidays closed. June and July 2026 are
 * CEST (UTC+2).
 */
import { describe, expect, it } from 'vitest';
import { type ContractDefinition, type ContractTicket, type TicketChange, defineContract, diffTickets } from '../../src/index.js';
import { letsignit, letsignitDefinition, letsignitSources } from '../../src/presets/letsignit/index.js';
import { expectInputError } from '../presets/helpers.js';

const A = letsignit();
const B = letsignit({ escalation: 'end-of-next-business-day' });
const NOW = '2026-07-20T12:00:00+02:00';
const H = 3_600_000;

/** The hand-written export: 5 tickets whose due instant differs, 2 whose due instant is the same. */
export const ESCALATIONS: readonly ContractTicket[] = [
  // Fri 15:00. A: 9 h of Fri + 15 h of Sat → Sat 06-06 15:00 (13:00Z). B: day 0 Fri, next jour ouvrable Sat → its end, Sun 00:00 (06-06T22:00Z).
  // Answered Sat 18:00: A missed, B met. B's target: 9 h + 24 h = 33 h.
  { id: 'T1', priority: 'escalation', openedAt: '2026-06-05T15:00:00+02:00', respondedAt: '2026-06-06T18:00:00+02:00' },
  // Sun 10:00 (closed). A: counts from Mon 00:00, 24 h → Tue 06-09 00:00. B: the first jour ouvrable after Sunday is Mon → its end, Tue 00:00. Same.
  { id: 'T2', priority: 'escalation', openedAt: '2026-06-07T10:00:00+02:00', respondedAt: '2026-06-08T16:00:00+02:00' },
  // Tue 09:00. A: Wed 06-10 09:00 (07:00Z). B: end of Wed, Thu 06-11 00:00 (06-10T22:00Z). Answered Wed 11:00: A missed, B met. B: 15 h + 24 h = 39 h.
  { id: 'T3', priority: 'escalation', openedAt: '2026-06-09T09:00:00+02:00', respondedAt: '2026-06-10T11:00:00+02:00' },
  // Wed 23:59. A: 1 min of Wed + 23 h 59 of Thu → Thu 06-11 23:59 (21:59Z). B: day 0 Wed (before its end), end of Thu → Fri 06-12 00:00 (06-11T22:00Z).
  // Answered Thu 23:59:30: A missed by 30 s, B met. B: 1 min + 24 h.
  { id: 'T4', priority: 'escalation', openedAt: '2026-06-10T23:59:00+02:00', respondedAt: '2026-06-11T23:59:30+02:00' },
  // Mon 07-13 10:00, Tue 07-14 is a French holiday. A: 14 h of Mon + 10 h of Wed → Wed 07-15 10:00 (08:00Z).
  // B: next jour ouvrable after Mon is Wed → its end, Thu 07-16 00:00 (07-15T22:00Z). Open at NOW (07-20): overdue on both sides. B: 14 h + 24 h = 38 h.
  { id: 'T5', priority: 'escalation', openedAt: '2026-07-13T10:00:00+02:00', respondedAt: null },
  // Sun 23:59 (closed). A: Mon 00:00 + 24 h → Tue 06-16 00:00. B: end of Mon → Tue 00:00. Same.
  { id: 'T6', priority: 'escalation', openedAt: '2026-06-14T23:59:00+02:00', respondedAt: '2026-06-15T09:00:00+02:00' },
  // Thu 10:00, answered 11:00. A: Fri 06-19 10:00 (08:00Z). B: end of Fri, Sat 06-20 00:00 (06-19T22:00Z). Met either way. B: 14 h + 24 h = 38 h.
  { id: 'T7', priority: 'escalation', openedAt: '2026-06-18T10:00:00+02:00', respondedAt: '2026-06-18T11:00:00+02:00' },
];

const dueOf = (change: TicketChange, side: 'a' | 'b'): string => {
  const judged = change[side];
  return judged.verdict === 'refused' ? 'refused' : new Date(judged.dueAt).toISOString();
};

describe('diffTickets: Letsignit §3, 24 h of jours ouvrables vs the end of the next jour ouvrable', () => {
  const report = diffTickets(A, B, ESCALATIONS, { now: NOW });

  it('lists exactly the tickets whose due instant differs (T1, T3, T4, T5, T7), with both dues worked by hand', () => {
    expect(report.changes.map((c) => [c.id, dueOf(c, 'a'), dueOf(c, 'b')])).toEqual([
      ['T1', '2026-06-06T13:00:00.000Z', '2026-06-06T22:00:00.000Z'],
      ['T3', '2026-06-10T07:00:00.000Z', '2026-06-10T22:00:00.000Z'],
      ['T4', '2026-06-11T21:59:00.000Z', '2026-06-11T22:00:00.000Z'],
      ['T5', '2026-07-15T08:00:00.000Z', '2026-07-15T22:00:00.000Z'],
      ['T7', '2026-06-19T08:00:00.000Z', '2026-06-19T22:00:00.000Z'],
    ]);
    expect(report.compared).toBe(7);
    expect(report.refused).toEqual([]);
  });

  it('gives each side its verdict and what changed: T1, T3, T4 flip from missed to met; T5 stays overdue; T7 stays met', () => {
    expect(report.changes.map((c) => [c.id, c.a.verdict, c.b.verdict, c.changed])).toEqual([
      ['T1', 'missed', 'met', ['verdict', 'due', 'target']],
      ['T3', 'missed', 'met', ['verdict', 'due', 'target']],
      ['T4', 'missed', 'met', ['verdict', 'due', 'target']],
      ['T5', 'open-overdue', 'open-overdue', ['due', 'target']],
      ['T7', 'met', 'met', ['due', 'target']],
    ]);
  });

  it("gives each side's target: 24 h on A; on B the rule, resolved to 33 h, 39 h, 24 h 1 min, 38 h, 38 h", () => {
    const targets = report.changes.map((c) => [c.a.verdict === 'refused' ? null : c.a.targetMs, c.b.verdict === 'refused' ? null : [c.b.target, c.b.targetMs]]);
    expect(targets).toEqual([
      [24 * H, ['end of the next business day', 33 * H]],
      [24 * H, ['end of the next business day', 39 * H]],
      [24 * H, ['end of the next business day', 24 * H + 60_000]],
      [24 * H, ['end of the next business day', 38 * H]],
      [24 * H, ['end of the next business day', 38 * H]],
    ]);
  });

  it('says why: the escalation target, PT24H vs the rule, both citing §3; same calendar joursOuvrables, same version', () => {
    const change = report.changes[0] as TicketChange;
    expect(change.rules).toEqual([
      {
        path: 'responses.priorities.escalation.target',
        a: { value: 'PT24H', source: letsignitSources.escalationTarget },
        b: { value: { rule: 'end-of-business-day', days: 1, outsideHours: 'ticket-date' }, source: letsignitSources.escalationTarget },
      },
    ]);
    expect(change.a).toMatchObject({ calendar: 'joursOuvrables', version: 'initial', zone: 'Europe/Paris', source: letsignitSources.escalationTarget });
    expect(change.b).toMatchObject({ calendar: 'joursOuvrables', version: 'initial' });
    // Every listed ticket has the same reason.
    for (const other of report.changes) expect(other.rules).toEqual(change.rules);
  });

  it('names the reading that differs, with its open question and clause', () => {
    expect(report.readings).toEqual([
      {
        option: 'escalation',
        a: 'jours-ouvrables-24h',
        b: 'end-of-next-business-day',
        question: 'What is "un délai d\'un jour ouvrable"?',
        clause: '§3 Escalade',
        source: letsignitSources.escalationTarget,
      },
    ]);
  });

  it('a ticket of another priority judged alike on both sides is not listed', () => {
    // Both readings plus a "standard" priority: 8 h of the support calendar (Mon–Fri 08:00–23:00), untouched by the escalation reading.
    const withStandard = (definition: ContractDefinition) =>
      defineContract({ ...definition, responses: { priorities: { ...definition.responses?.priorities, standard: { target: 'PT8H', calendar: 'support' } } } });
    const a = withStandard(letsignitDefinition());
    const b = withStandard(letsignitDefinition({ escalation: 'end-of-next-business-day' }));
    const standard: ContractTicket[] = [
      // Fri 15:00 + 8 h of support → Fri 23:00; Sun 10:00 → Mon 08:00 + 8 h = Mon 16:00: the same on both sides.
      { id: 'S1', priority: 'standard', openedAt: '2026-06-05T15:00:00+02:00', respondedAt: '2026-06-05T22:00:00+02:00' },
      { id: 'S2', priority: 'standard', openedAt: '2026-06-07T10:00:00+02:00', respondedAt: null },
    ];
    const mixed = diffTickets(a, b, [...standard, ...ESCALATIONS], { now: NOW });
    expect(mixed.changes.map((c) => c.id)).toEqual(['T1', 'T3', 'T4', 'T5', 'T7']);
    expect(mixed.changes.map((c) => c.index)).toEqual([2, 4, 5, 6, 8]);
  });

  it('a ticket both refuse (a priority neither has) is not a change: it is in `refused`, with each reason', () => {
    const other = diffTickets(A, B, [{ id: 'X1', priority: 'standard', openedAt: '2026-06-05T15:00:00+02:00', respondedAt: null }, ...ESCALATIONS], { now: NOW });
    expect(other.changes.map((c) => c.id)).toEqual(['T1', 'T3', 'T4', 'T5', 'T7']);
    expect(other.compared).toBe(7);
    expect(other.refused.map((r) => [r.id, r.index])).toEqual([['X1', 0]]);
    expect(other.refused[0]?.a).toContain('standard');
  });

  it('a ticket one side judges and the other refuses is listed as refused, not dropped', () => {
    // B adds a "standard" priority (8 h of support); A does not know it.
    const definition = letsignitDefinition();
    const b = defineContract({ ...definition, responses: { priorities: { ...definition.responses?.priorities, standard: { target: 'PT8H', calendar: 'support' } } } });
    // Fri 15:00 + 8 h of Mon–Fri 08:00–23:00 → Fri 23:00 (21:00Z); open at NOW: overdue.
    const result = diffTickets(A, b, [{ id: 'X1', priority: 'standard', openedAt: '2026-06-05T15:00:00+02:00', respondedAt: null }], { now: NOW });
    expect(result.changes).toHaveLength(1);
    const change = result.changes[0] as TicketChange;
    expect([change.a.verdict, change.b.verdict, change.changed]).toEqual(['refused', 'open-overdue', ['verdict']]);
    expect(change.a.verdict === 'refused' && change.a.field).toBe('ticket X1.priority');
    expect(dueOf(change, 'b')).toBe('2026-06-05T21:00:00.000Z');
    // Why: B has a target for "standard", A none (its calendar, support, is the same on both sides).
    expect(change.rules).toEqual([{ path: 'responses.priorities.standard', a: {}, b: { value: { target: 'PT8H', calendar: 'support' } } }]);
  });

  it('an amendment in force from 1 July: only the tickets opened after it change, with the version as a reason', () => {
    // B = Letsignit with an amendment from 2026-07-01 (Paris): escalation within 12 h of jours ouvrables.
    const amended = defineContract({ ...letsignitDefinition(), versions: [{ id: 'july', effectiveFrom: '2026-07-01', patch: { responses: { priorities: { escalation: { target: 'PT12H' } } } } }] });
    const result = diffTickets(A, amended, ESCALATIONS, { now: NOW });
    // T5, Mon 07-13 10:00: A 24 h → Wed 07-15 10:00 (08:00Z); B 12 h of Monday → Mon 22:00 (20:00Z). Every other ticket opened in June.
    expect(result.changes.map((c) => [c.id, dueOf(c, 'a'), dueOf(c, 'b')])).toEqual([['T5', '2026-07-15T08:00:00.000Z', '2026-07-13T20:00:00.000Z']]);
    expect(result.changes[0]?.rules.map((r) => [r.path, r.a.value, r.b.value])).toEqual([
      ['responses.priorities.escalation.target', 'PT24H', 'PT12H'],
      ['version', 'initial', 'july'],
    ]);
  });

  it('a contract compared with itself lists nothing and names no reading', () => {
    const self = diffTickets(A, A, ESCALATIONS, { now: NOW });
    expect([self.changes, self.refused, self.readings, self.compared]).toEqual([[], [], [], 7]);
  });

  it('bad input is a typed error naming the field', () => {
    expectInputError(() => diffTickets(A, B, 'T1' as never, { now: NOW }), 'tickets');
    expectInputError(() => diffTickets(A, B, ESCALATIONS, { now: 'yesterday' }), 'options.now');
    expectInputError(() => diffTickets(A, B, ESCALATIONS, { now: NOW, versionAt: 'later' as never }), 'options.versionAt');
    expectInputError(() => diffTickets(A, B, ESCALATIONS, { now: NOW, at: NOW } as never), 'options.at');
    expectInputError(() => diffTickets(A, B, [null as never], { now: NOW }), 'tickets[0]');
  });
});

describe('Contract.termsOf', () => {
  it("gives a version's terms by name; an unknown name is an SlaInputError naming `version` and listing the versions", () => {
    expect(A.termsOf().responses?.priorities['escalation']?.target).toBe('PT24H');
    expect(B.termsOf('initial').responses?.priorities['escalation']?.target).toEqual({ rule: 'end-of-business-day', days: 1, outsideHours: 'ticket-date' });
    const error = expectInputError(() => A.termsOf('2027'), 'version');
    expect(error.expected).toBe('one of initial (contract letsignit)');
  });
});
