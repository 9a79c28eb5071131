// slakit tickets and slakit due with rule targets (issue 10 §3) and contract versions (§6), in process.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson } from './in-process.js';

const SAMPLES = join(import.meta.dirname, 'samples');
const MSP = join(import.meta.dirname, '../../examples/contracts/msp-p1-p4.json');

interface TicketsOut {
  tickets: { id: string; target: string; version: string; dueAt: string; met: boolean | null; businessElapsedMs: number }[];
  summary: { byPriority: Record<string, { met: number; missed: number; total: number }> };
}

describe('slakit tickets: Letsignit escalation under end-of-next-business-day, no preset override', () => {
  const args = ['tickets', join(SAMPLES, 'letsignit-escalations-2026-05.csv'), '--contract', 'letsignit', '--option', 'escalation=end-of-next-business-day', '--now', '2026-05-20T00:00:00Z'];

  it('every row judged against the end of the next jour ouvrable (weekend, 8 May, Ascension)', async () => {
    const { code, json } = await runJson<TicketsOut>(args);
    expect(code).toBe(0);
    const byId = Object.fromEntries(json.tickets.map((t) => [t.id, t]));
    // E-1 Wed 13 May 15:00; Thu 14 Ascension → end of Fri 15 = 22:00Z; answered Fri 23:59 → met; 9 h Wed + 24 h Fri - 1 min.
    expect(byId['E-1']).toMatchObject({ target: 'end of the next business day', dueAt: '2026-05-15T22:00:00.000Z', met: true, businessElapsedMs: 33 * 3_600_000 - 60_000 });
    // E-2 Sat 9 May: Sunday closed → end of Mon 11 = 22:00Z; answered Tue 00:30 → missed.
    expect(byId['E-2']).toMatchObject({ dueAt: '2026-05-11T22:00:00.000Z', met: false });
    // E-3 Fri 8 May (Victoire 1945, closed): the first jour ouvrable after it is Sat 9 → 22:00Z; answered Sat 20:00 → met.
    expect(byId['E-3']).toMatchObject({ dueAt: '2026-05-09T22:00:00.000Z', met: true });
    // E-4 Sun 10 May, not answered by 20 May: due end of Mon 11 → missed.
    expect(byId['E-4']).toMatchObject({ dueAt: '2026-05-11T22:00:00.000Z', met: false });
    expect(json.summary.byPriority['escalation']).toMatchObject({ total: 4, met: 2, missed: 2 });
    expect(json.tickets.every((t) => t.version === 'initial')).toBe(true);
  });

  it('the text report has a target column with the rule', async () => {
    const { code, stdout } = await run(args);
    expect(code).toBe(0);
    expect(stdout).toContain('target');
    expect(stdout).toMatch(/E-1\s+escalation\s+end of the next business day\s+Wed 2026-05-13 15:00 \+02:00\s+Sat 2026-05-16 00:00 \+02:00/);
  });
});

describe('slakit tickets and due: msp-p1-p4 P4 response by the end of the next business day', () => {
  it('tickets: M-1 opened Mon 06-08 10:00 → due Tue 17:30 EDT, answered 17:00: met; M-2 opened Sat → due Mon 17:30, answered Tue: missed', async () => {
    const { code, json } = await runJson<TicketsOut>(['tickets', join(SAMPLES, 'msp-tickets-2026-06.csv'), '--contract', MSP]);
    expect(code).toBe(0);
    expect(json.tickets.map((t) => [t.id, t.target, t.dueAt, t.met])).toEqual([
      ['M-1', 'end of the next business day', '2026-06-09T21:30:00.000Z', true],
      ['M-2', 'end of the next business day', '2026-06-08T21:30:00.000Z', false],
      ['M-3', '2 h', '2026-06-08T16:00:00.000Z', true],
    ]);
  });

  it('tickets --format csv carries the target and version columns', async () => {
    const { code, stdout } = await run(['tickets', join(SAMPLES, 'msp-tickets-2026-06.csv'), '--contract', MSP, '--format', 'csv']);
    expect(code).toBe(0);
    const [header, first] = stdout.split('\n');
    expect(header).toBe('id,priority,region,target,version,openedAt,dueAt,respondedAt,met,businessElapsedMs');
    expect(first).toBe('M-1,p4,,end of the next business day,initial,2026-06-08T14:00:00.000Z,2026-06-09T21:30:00.000Z,2026-06-09T21:00:00.000Z,true,55800000');
  });

  it('due: the rule in words and the business time it comes to (7.5 h Mon + 8.5 h Tue = 16 h)', async () => {
    const { code, json } = await runJson<{ rule: string; targetMs: number; dueAtLocal: string }>(['due', '--contract', MSP, '--priority', 'p4', '--opened', '2026-06-08T10:00:00-04:00']);
    expect(code).toBe(0);
    expect(json).toMatchObject({ rule: 'end of the next business day', targetMs: 16 * 3_600_000, dueAtLocal: '2026-06-09T17:30:00.000-04:00' });
    const text = await run(['due', '--contract', MSP, '--priority', 'p4', '--opened', '2026-06-08T10:00:00-04:00']);
    expect(text.stdout).toContain('p4: end of the next business day (here 16 h) of calendar');
    expect(text.stdout).toContain('total counted: 16 h = the target');
  });

  it('--version-at other than opened|now is a usage error (exit 2)', async () => {
    const { code, stderr } = await run(['tickets', join(SAMPLES, 'msp-tickets-2026-06.csv'), '--contract', MSP, '--version-at', 'latest']);
    expect(code).toBe(2);
    expect(stderr).toContain('--version-at latest: expected "opened"');
  });
});

describe('slakit tickets --events: msp-p1-p4 response and resolution clocks per priority, the worked examples', () => {
  interface Cycle { dueAt: string; stoppedAt: string | null; met: boolean | null }
  interface Out { tickets: { id: string; dueAt: string; met: boolean | null; metrics: Record<string, { cycles: Cycle[] }> }[]; summary: { rowsRead: number; rowsUsed: number } }
  const args = ['tickets', join(SAMPLES, 'msp-worked-tickets.csv'), '--events', join(SAMPLES, 'msp-worked-events.csv'), '--contract', MSP, '--now', '2026-12-01T00:00:00Z'];

  it('each ticket’s response and resolution due instants and verdicts, hand computed', async () => {
    const { code, json } = await runJson<Out>(args);
    expect(code).toBe(0);
    const byId = new Map(json.tickets.map((t) => [t.id, t]));
    const verdict = (id: string, metric: string) => {
      const cycle = byId.get(id)?.metrics[metric]?.cycles[0];
      return [cycle?.dueAt, cycle?.met];
    };
    // P1 opened Sat 07-04 03:00 EDT (24/7): response 04:00 EDT = 08:00Z, replied 03:40 → met;
    // resolution 03:00 + 4 h = 07:00 EDT = 11:00Z, resolved 06:30 → met.
    expect(verdict('P1-W', 'firstResponse')).toEqual(['2026-07-04T08:00:00.000Z', true]);
    expect(verdict('P1-W', 'resolution')).toEqual(['2026-07-04T11:00:00.000Z', true]);
    // P2 opened Fri 11-27 10:00 EST: response 12:00 EST = 17:00Z (replied 11:00 → met); resolution the same
    // business day, 17:30 EST = 22:30Z (resolved 17:00 → met).
    expect(verdict('P2-W', 'firstResponse')).toEqual(['2026-11-27T17:00:00.000Z', true]);
    expect(verdict('P2-W', 'resolution')).toEqual(['2026-11-27T22:30:00.000Z', true]);
    // P3 opened Thu 07-02 16:00 EDT: 1.5 h Thu, Fri observed holiday, Mon 09:00 + 2.5 h = 11:30 EDT = 15:30Z
    // (replied 11:00 → met); resolution 17 business hours: 1.5 + 8.5 (Mon) = 10, Tue 09:00 + 7 h = 16:00 EDT
    // = 20:00Z (resolved 16:30 → missed).
    expect(verdict('P3-W', 'firstResponse')).toEqual(['2026-07-06T15:30:00.000Z', true]);
    expect(verdict('P3-W', 'resolution')).toEqual(['2026-07-07T20:00:00.000Z', false]);
    // P4 opened Mon 06-08 10:00 EDT: response by the end of the next business day, Tue 17:30 EDT = 21:30Z
    // (replied 17:00 → met); resolution 42.5 business hours → Mon 06-15 10:00 EDT = 14:00Z (resolved 10:30 → missed).
    expect(verdict('P4-W', 'firstResponse')).toEqual(['2026-06-09T21:30:00.000Z', true]);
    expect(verdict('P4-W', 'resolution')).toEqual(['2026-06-15T14:00:00.000Z', false]);
    expect(json.summary).toMatchObject({ rowsRead: 4, rowsUsed: 4 });
  });
});
