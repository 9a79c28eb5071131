/**
 * `slakit diff` (issue 12 §1), in process. Letsignit §3 escalation:
 * 24 h of joursOuvrables (Mon–Sat, FR holidays closed, Europe/Paris) vs the
 * end of the next jour ouvrable; §7 credit table at 99.4 % exactly.
 * The dues are worked by hand in test/contract/diff-tickets.test.ts (same
 * tickets): only T1, T3, T4, T5, T7 move.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letsignitDefinition } from '../../src/presets/letsignit/index.js';
import type { ContractDefinition } from '../../src/index.js';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const TICKETS = `id,priority,openedAt,respondedAt
T1,escalation,2026-06-05T15:00:00+02:00,2026-06-06T18:00:00+02:00
T2,escalation,2026-06-07T10:00:00+02:00,2026-06-08T16:00:00+02:00
T3,escalation,2026-06-09T09:00:00+02:00,2026-06-10T11:00:00+02:00
T4,escalation,2026-06-10T23:59:00+02:00,2026-06-11T23:59:30+02:00
T5,escalation,2026-07-13T10:00:00+02:00,
T6,escalation,2026-06-14T23:59:00+02:00,2026-06-15T09:00:00+02:00
T7,escalation,2026-06-18T10:00:00+02:00,2026-06-18T11:00:00+02:00
`;
// A "standard" priority (8 h of support, Mon–Fri 08:00–23:00) beside escalation, the same under both readings.
const withStandard = (definition: ContractDefinition): string =>
  JSON.stringify({ ...definition, responses: { priorities: { ...definition.responses?.priorities, standard: { target: 'PT8H', calendar: 'support' } } } });
const MIXED = `${TICKETS}S1,standard,2026-06-05T15:00:00+02:00,2026-06-05T22:00:00+02:00
S2,standard,2026-06-07T10:00:00+02:00,
X1,urgent,2026-06-09T09:00:00+02:00,
`;
// June 2026 = 720 h; 4 h 19 min 12 s = 0.6 % of it → 99.4 % exactly; 3 h 57 min 36 s = 0.55 % → 99.45 %.
const dir = scratch({
  'escalations.csv': TICKETS,
  'mixed.csv': MIXED,
  'a.json': withStandard(letsignitDefinition()),
  'b.json': withStandard(letsignitDefinition({ escalation: 'end-of-next-business-day' })),
  'at-99.4.csv': 'start,end,cause\n2026-06-09T10:00:00+02:00,2026-06-09T14:19:12+02:00,internal\n',
  'at-99.45.csv': 'start,end,cause\n2026-06-09T10:00:00+02:00,2026-06-09T13:57:36+02:00,internal\n',
});
const NOW = '2026-07-20T12:00:00+02:00';

interface TicketDiffJson {
  changes: { id: string; line: number; changed: string[]; a: { verdict: string; dueAt?: string }; b: { verdict: string; dueAt?: string }; rules: { path: string }[] }[];
  readings: { option: string; a: string; b: string }[];
  rejected: { file: string; line: number; reason: string }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number; compared: number; changed: number; unchanged: number };
}

describe('slakit diff <tickets.csv> (issue 12 §1)', () => {
  it('Letsignit, default vs --versus escalation=end-of-next-business-day: exactly the tickets whose due instant differs', async () => {
    const { code, json } = await runJson<TicketDiffJson>(['diff', join(dir, 'escalations.csv'), '--contract', 'letsignit', '--versus', 'escalation=end-of-next-business-day', '--now', NOW]);
    expect(code).toBe(0);
    expect(json.changes.map((c) => [c.id, c.line, c.a.verdict, c.a.dueAt, c.b.verdict, c.b.dueAt])).toEqual([
      ['T1', 2, 'missed', '2026-06-06T13:00:00.000Z', 'met', '2026-06-06T22:00:00.000Z'],
      ['T3', 4, 'missed', '2026-06-10T07:00:00.000Z', 'met', '2026-06-10T22:00:00.000Z'],
      ['T4', 5, 'missed', '2026-06-11T21:59:00.000Z', 'met', '2026-06-11T22:00:00.000Z'],
      ['T5', 6, 'open-overdue', '2026-07-15T08:00:00.000Z', 'open-overdue', '2026-07-15T22:00:00.000Z'],
      ['T7', 8, 'met', '2026-06-19T08:00:00.000Z', 'met', '2026-06-19T22:00:00.000Z'],
    ]);
    expect(json.changes.every((c) => c.rules.map((r) => r.path).join() === 'responses.priorities.escalation.target')).toBe(true);
    expect(json.readings.map((r) => [r.option, r.a, r.b])).toEqual([['escalation', 'jours-ouvrables-24h', 'end-of-next-business-day']]);
    expect(json.summary).toMatchObject({ rowsRead: 7, rowsUsed: 7, rowsRejected: 0, compared: 7, changed: 5, unchanged: 2 });
  });

  it('text: one line per changed ticket in Paris time, why once with §3, how many changed', async () => {
    const { code, stdout } = await run(['diff', join(dir, 'escalations.csv'), '--contract', 'letsignit', '--versus', 'escalation=end-of-next-business-day', '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout).toContain('A = letsignit, B = letsignit with escalation=end-of-next-business-day');
    expect(stdout).toMatch(/T1 +escalation +missed +Sat 2026-06-06 15:00 \+02:00 +met +Sun 2026-06-07 00:00 \+02:00 +verdict, due, target/);
    expect(stdout).toContain('  T1, T3, T4, T5, T7:\n    responses.priorities.escalation.target: A "PT24H"; B {"rule":"end-of-business-day","days":1,"outsideHours":"ticket-date"} [§3 ESCALADE');
    expect(stdout).not.toMatch(/^T2 |^T6 /m);
    expect(stdout).toContain('Summary: 5 of 7 ticket(s) change (2 unchanged)');
    expect(stdout).toContain('escalations.csv: 7 read = 7 used + 0 rejected');
  });

  it('two definition files: tickets of another priority are not listed; a row neither contract knows is rejected (read = used + rejected, exit 1)', async () => {
    const { code, json } = await runJson<TicketDiffJson>(['diff', join(dir, 'mixed.csv'), '--contract', join(dir, 'a.json'), '--versus', join(dir, 'b.json'), '--now', NOW]);
    expect(code).toBe(1);
    expect(json.changes.map((c) => c.id)).toEqual(['T1', 'T3', 'T4', 'T5', 'T7']);
    // 10 rows: 7 escalation + 2 standard used; X1 ("urgent", line 11) rejected.
    expect(json.summary).toMatchObject({ rowsRead: 10, rowsUsed: 9, rowsRejected: 1, compared: 9, changed: 5, unchanged: 4 });
    expect(json.rejected.map((r) => r.line)).toEqual([11]);
    expect(json.rejected[0]?.reason).toContain('urgent');
  });

  it('a contract compared with itself: nothing changes, exit 0', async () => {
    const { code, json } = await runJson<TicketDiffJson>(['diff', join(dir, 'escalations.csv'), '--contract', 'letsignit', '--versus', 'letsignit', '--now', NOW]);
    expect([code, json.changes, json.readings, json.summary.changed]).toEqual([0, [], [], 0]);
  });
});

interface PeriodDiffJson {
  changes: { id: string; changed: string[]; credits: { id: string; a: { tierPercent: number; amountMinor: number }; b: { tierPercent: number; amountMinor: number } }[] }[];
  total: { a: { totalMinor: number }; b: { totalMinor: number } } | null;
  summary: { rowsRead: number; rowsUsed: number; compared: number; changed: number };
}

describe('slakit diff --period (issue 12 §1)', () => {
  const base = ['diff', '--contract', 'letsignit', '--versus', 'creditBounds=upper-inclusive', '--period', '2026-06', '--fee', '1490.00', '--currency', 'EUR'];

  it('a month at exactly 99.4 %: application credit 3 % → 6 % (44.70 → 89.40 EUR)', async () => {
    const { code, json } = await runJson<PeriodDiffJson>([...base, '--incidents', join(dir, 'at-99.4.csv')]);
    expect(code).toBe(0);
    // 3 % × 149 000 = 4 470; 6 % × 149 000 = 8 940 minor units.
    expect(json.changes.map((c) => [c.id, c.changed, c.credits.map((k) => [k.a.tierPercent, k.a.amountMinor, k.b.tierPercent, k.b.amountMinor])])).toEqual([['application', ['credit'], [[3, 4470, 6, 8940]]]]);
    expect(json.total).toMatchObject({ a: { totalMinor: 4470 }, b: { totalMinor: 8940 } });
    expect(json.summary).toMatchObject({ rowsRead: 1, rowsUsed: 1, compared: 2, changed: 1 });
    const text = await run([...base, '--incidents', join(dir, 'at-99.4.csv')]);
    expect(text.stdout).toMatch(/application +99\.4000 % +met +3 % = 44\.70 EUR +99\.4000 % +met +6 % = 89\.40 EUR +credit/);
    expect(text.stdout).toContain('Summary: 1 of 2 commitment(s) change (1 unchanged)');
  });

  it('a month at 99.45 %: 3 % either way, nothing listed', async () => {
    const { code, json } = await runJson<PeriodDiffJson>([...base, '--incidents', join(dir, 'at-99.45.csv')]);
    expect([code, json.changes, json.total, json.summary.changed]).toEqual([0, [], null, 0]);
    expect((await run([...base, '--incidents', join(dir, 'at-99.45.csv')])).stdout).toContain('No commitment changes.');
  });
});

describe('slakit diff: bad --versus and misplaced flags are usage errors naming the flag and the value (exit 2)', () => {
  const tickets = (versus: readonly string[], contract = 'letsignit') => ['diff', join(dir, 'escalations.csv'), '--contract', contract, ...versus.flatMap((v) => ['--versus', v]), '--now', NOW];
  it.each([
    [['acme'], 'letsignit', '--versus acme: unknown contract "acme": expected one of letsignit, sitekiosk, linkando, signinapp, lumapps'],
    [['tomorrow=yes'], 'letsignit', '--versus tomorrow=yes: unknown option "tomorrow" for contract letsignit: expected one of supportHolidays'],
    [['escalation=soon'], 'letsignit', '--versus escalation=soon: expected one of'],
    [['escalation=jours-ouvres'], 'A_JSON', '--versus escalation=jours-ouvres: an option applies to a preset, and --contract'],
    [['linkando', 'escalation=jours-ouvres'], 'letsignit', '--versus linkando: give one contract to compare with, or options name=value applied to --contract, not both'],
    [[], 'letsignit', '--versus is required'],
  ])('--versus %j with --contract %s', async (versus, contract, message) => {
    const { code, stderr } = await run(tickets(versus, contract === 'A_JSON' ? join(dir, 'a.json') : contract));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('a flag of the other form is refused by name; --help has an example', async () => {
    const period = await run(['diff', join(dir, 'escalations.csv'), '--contract', 'letsignit', '--versus', 'creditBounds=upper-inclusive', '--period', '2026-06']);
    expect([period.code, period.stderr.includes('--period does not apply here')]).toEqual([2, true]);
    const now = await run(['diff', '--contract', 'letsignit', '--versus', 'creditBounds=upper-inclusive', '--period', '2026-06', '--no-downtime', '--now', NOW]);
    expect([now.code, now.stderr.includes('--now does not apply here')]).toEqual([2, true]);
    const help = await run(['diff', '--help']);
    expect(help.stdout).toContain('slakit diff escalations.csv --contract letsignit --versus escalation=end-of-next-business-day');
  });
});

describe('slakit diff --period: a period one side does not measure, observations each side reads', () => {
  const quarter = ['--period', '2026-Q1', '--no-downtime'];

  it('diff(A, B) and diff(B, A) alike: server measured per quarter on one side is "not evaluated" on the monthly side', async () => {
    const ab = await runJson<PeriodDiffJson>(['diff', '--contract', 'letsignit', '--versus', 'serverPeriod=quarter', ...quarter]);
    const ba = await runJson<PeriodDiffJson>(['diff', '--contract', 'letsignit', '--option', 'serverPeriod=quarter', '--versus', 'letsignit', ...quarter]);
    expect([ab.code, ba.code]).toEqual([0, 0]);
    // Only server is evaluated, on the quarterly side; application is monthly on both.
    expect(ab.json.changes.map((c) => c.id)).toEqual(['server']);
    expect(ba.json.changes.map((c) => c.id)).toEqual(['server']);
  });

  it('neither side measures the period: a usage error naming both contracts', async () => {
    const result = await run(['diff', '--contract', 'letsignit', '--versus', 'creditBounds=upper-inclusive', ...quarter]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--period 2026-Q1: no commitment of contract letsignit nor of contract letsignit is measured over such a period (A (letsignit): server: commitment is per month');
  });

  it('--requests that neither side reads is a usage error naming the file and each side\'s commitments', async () => {
    const requests = join(scratch({ 'r.csv': 'at,total,failed\n2026-06-10T10:00:00Z,1000,120\n' }), 'r.csv');
    const result = await run(['diff', '--contract', 'letsignit', '--versus', 'linkando', '--period', '2026-06', '--requests', requests]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--requests ${requests}: no commitment reads request counts (A (letsignit): server (downtime), application (downtime); B (linkando): platform (downtime))`);
  });
});

describe('slakit diff --period across zones: each side\'s interval', () => {
  it('letsignit (Europe/Paris) vs the same terms in America/New_York: June 2026 is two intervals, both stated', async () => {
    const ny = { ...letsignitDefinition(), id: 'letsignit-ny' } as ContractDefinition;
    const file = join(scratch({ 'ny.json': JSON.stringify({ ...ny, availability: { ...ny.availability, zone: 'America/New_York' } }) }), 'ny.json');
    const { code, json } = await runJson<{ period: { start: string; end: string }; periodB: { start: string; end: string } | null }>(['diff', '--contract', 'letsignit', '--versus', file, '--period', '2026-06', '--no-downtime']);
    expect(code).toBe(0);
    // Paris in June is UTC+2: 1 June 00:00 = 31 May 22:00Z; New York is UTC−4: 1 June 00:00 = 04:00Z.
    expect(json.period).toMatchObject({ start: '2026-05-31T22:00:00.000Z', end: '2026-06-30T22:00:00.000Z' });
    expect(json.periodB).toMatchObject({ start: '2026-06-01T04:00:00.000Z', end: '2026-07-01T04:00:00.000Z' });
    const text = await run(['diff', '--contract', 'letsignit', '--versus', file, '--period', '2026-06', '--no-downtime']);
    expect(text.stdout).toContain('Period 2026-06: A 2026-05-31T22:00:00.000Z to 2026-06-30T22:00:00.000Z; B 2026-06-01T04:00:00.000Z to 2026-07-01T04:00:00.000Z (another zone)');
    // Same zone on both sides: periodB is null.
    expect((await runJson<{ periodB: unknown }>(['diff', '--contract', 'letsignit', '--versus', 'creditBounds=upper-inclusive', '--period', '2026-06', '--no-downtime'])).json.periodB).toBeNull();
  });
});

describe('slakit diff --period: an incident label one side refuses, aliases on the side that declares the cause', () => {
  // Tue 9 June 2026 10:00–11:00 +02:00: inside Linkando's support hours (Mon–Fri 08:00–18:00 Berlin).
  const ddos = join(scratch({ 'ddos.csv': 'start,end,cause\n2026-06-09T10:00:00+02:00,2026-06-09T11:00:00+02:00,DDoS\n' }), 'ddos.csv');
  type Json = { rejected: { file: string; line: number; reason: string }[]; changes: { id: string; a: { figure?: string }; b: { figure?: string } }[] };

  it('"DDoS" (unknown to letsignit, which excludes causes) rejects the row with its file, line and side, in either order', async () => {
    for (const [a, b, side] of [['linkando', 'letsignit', 'B (letsignit)'], ['letsignit', 'linkando', 'A (letsignit)']] as const) {
      const { code, json } = await runJson<Json>(['diff', '--contract', a, '--versus', b, '--period', '2026-06', '--incidents', ddos]);
      expect(code).toBe(1);
      expect(json.rejected.map((r) => [r.file, r.line])).toEqual([[ddos, 2]]);
      expect(json.rejected[0]?.reason).toContain(`cause: expected on side ${side}, one of the contract's causes internal, external-network, ddos`);
    }
  });

  it('--cause-alias DDoS=ddos applies on letsignit, which declares ddos, and not on linkando: the row is used on both sides', async () => {
    const { code, json } = await runJson<Json>(['diff', '--contract', 'linkando', '--versus', 'letsignit', '--cause-alias', 'DDoS=ddos', '--period', '2026-06', '--incidents', ddos]);
    expect([code, json.rejected]).toEqual([0, []]);
    // Linkando counts the hour: (210 − 1) h / 210 h = 99.5238… %; letsignit excludes ddos: 100 %.
    expect(json.changes.find((c) => c.id === 'platform')?.b.figure).toBeUndefined();
    expect(json.changes.find((c) => c.id === 'platform')?.a.figure).toBe('99.5238');
    expect(json.changes.find((c) => c.id === 'application')?.b.figure).toBe('100.0000');
    const none = await run(['diff', '--contract', 'linkando', '--versus', 'letsignit', '--cause-alias', 'DDoS=nope', '--period', '2026-06', '--incidents', ddos]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--cause-alias DDoS=nope: neither side declares the cause "nope" (A (linkando): internal; B (letsignit): internal, external-network, ddos)');
  });
});
