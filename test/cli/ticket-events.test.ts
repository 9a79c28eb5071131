// slakit tickets --events: the issue 10 next-reply and periodic-update scenarios through the CLI
// (the same tickets as test/clock/helpdesk-fixtures.ts, hand arithmetic in test/clock/metrics.test.ts).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, runJson } from './in-process.js';

const dir = (name: string) => fileURLToPath(new URL(`./helpdesk/${name}`, import.meta.url));
const ARGS = ['tickets', dir('tickets.csv'), '--contract', dir('contract.json'), '--events', dir('events.csv'), '--now', '2026-06-08T13:00:00+02:00'];

interface Cycle { startedAt: string; dueAt: string; stoppedAt: string | null; met: boolean | null; businessElapsedMs: number }
interface Output {
  tickets: { id: string; metrics: Record<string, { state: string | null; missedCycles: number; cycles: Cycle[] }> }[];
  rejected: { file: string; line: number; reason: string }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number; files: { file: string; rowsRead: number; rowsUsed: number; rowsRejected: number }[]; metrics: Record<string, { byPriority: Record<string, { total: number; met: number; missed: number }> }> };
}

describe('slakit tickets --events (judged Mon 2026-06-08 13:00 Paris)', async () => {
  const { code, json } = await runJson<Output>(ARGS);
  const ticket = (id: string) => json.tickets.find((t) => t.id === id);

  it('exit 1: rows were rejected; the ticket file reconciles 3 read = 2 used + 1 rejected', () => {
    expect(code).toBe(1);
    expect(json.summary).toMatchObject({ rowsRead: 3, rowsUsed: 2, rowsRejected: 1 });
    expect(json.tickets.map((t) => t.id)).toEqual(['NR-1', 'PU-1']);
  });

  it('the JSON reconciles each file: events 21 read = 17 used (NR-1 10, PU-1 7) + 4 rejected (PU-1 author "bot", unknown XX-9, BAD-1 2)', () => {
    expect(json.summary.files.map((f) => [f.rowsRead, f.rowsUsed, f.rowsRejected])).toEqual([
      [3, 2, 1],
      [21, 17, 4],
    ]);
  });

  it('next reply of NR-1: 1.5 h met (due 15:00), 2.5 h missed (due Wed 11:30), the Wed 15:00 cycle overdue by Monday', () => {
    const cycles = ticket('NR-1')?.metrics['nextReply']?.cycles ?? [];
    // cycle 1: 10:00–11:00 + 14:00–14:30 (pending 11–14); cycle 2: Tue 16:00–16:30 + Wed 10:00–12:00 (paused in between)
    expect(cycles.map((c) => [c.startedAt, c.dueAt, c.stoppedAt, c.met, c.businessElapsedMs])).toEqual([
      ['2026-06-02T08:00:00.000Z', '2026-06-02T13:00:00.000Z', '2026-06-02T12:30:00.000Z', true, 1.5 * 3_600_000],
      ['2026-06-02T14:00:00.000Z', '2026-06-03T09:30:00.000Z', '2026-06-03T10:00:00.000Z', false, 2.5 * 3_600_000],
      // Wed 15:00–17:00 (2 h) by its due at 17:00; by Mon 13:00: Wed 2 h + Thu 8 h + Fri 8 h + Mon 4 h = 22 h
      ['2026-06-03T13:00:00.000Z', '2026-06-03T15:00:00.000Z', null, false, 22 * 3_600_000],
    ]);
    expect(ticket('NR-1')?.metrics['nextReply']?.missedCycles).toBe(2);
  });

  it('periodic update of PU-1: met, missed, met, and the reopened cycle missed since 12:30', () => {
    const metric = ticket('PU-1')?.metrics['periodicUpdate'];
    expect(metric?.cycles.map((c) => [c.dueAt, c.met, c.businessElapsedMs])).toEqual([
      ['2026-06-04T11:00:00.000Z', true, 2 * 3_600_000], // Thu 10:00 + 3 h = 13:00 CEST
      ['2026-06-04T15:00:00.000Z', false, 4 * 3_600_000], // on-hold 14–16; 1 h left at 16:00 → 17:00
      ['2026-06-05T11:00:00.000Z', true, 3_600_000], // Fri 10:00 + 3 h = 13:00; solved 11:00
      ['2026-06-08T10:30:00.000Z', false, 3.5 * 3_600_000], // reopened Mon 09:30 + 3 h = 12:30
    ]);
    expect(metric?.state).toBe('missed');
    expect(metric?.missedCycles).toBe(2);
  });

  it('resolution of PU-1 resumes at the reopening: 11.5 h, due Tue 09:30', () => {
    const cycle = ticket('PU-1')?.metrics['resolution']?.cycles[0];
    expect(cycle?.businessElapsedMs).toBe(11.5 * 3_600_000);
    expect(cycle?.dueAt).toBe('2026-06-09T07:30:00.000Z');
  });

  it('the events file reconciles: 21 read = 17 used + 4 rejected, each with its line and reason', () => {
    const events = json.rejected.filter((r) => r.file.endsWith('events.csv'));
    expect(events.map((r) => r.line)).toEqual([19, 20, 21, 22]);
    expect(events[0]?.reason).toContain('"bot"');
    expect(events[1]?.reason).toContain('ticketId');
    // The row at fault is named by its own time in ISO (10:00 Paris = 08:00Z), not by epoch ms or an index.
    expect(events[2]?.reason).toMatch(/^ticket BAD-1, status waiting-on-vendor at 2026-06-04T08:00:00\.000Z \(status\): expected a status every metric maps/);
    // The other rows of the rejected ticket point to it rather than repeat the reason.
    expect(events[3]?.reason).toMatch(/^ticket BAD-1 is rejected \(see .*events\.csv line 21\)$/);
    const tickets = json.rejected.filter((r) => r.file.endsWith('tickets.csv'));
    expect(tickets).toEqual([{ file: expect.stringMatching(/tickets\.csv$/), line: 4, reason: expect.stringMatching(/^ticket BAD-1 is rejected: .*events\.csv line 21: .*waiting-on-vendor/) }]);
  });

  it('the summary per metric counts cycles', () => {
    // next reply: NR-1 has 3 cycles (1 met, 2 missed), PU-1 none
    expect(json.summary.metrics['nextReply']?.byPriority['p2']).toMatchObject({ total: 3, met: 1, missed: 2 });
    // periodic update: NR-1 09:30→14:30 (5 h) missed, 14:30→Wed 12:00 (4 h) missed, Wed 12:00→ missed; PU-1 2 met, 2 missed
    expect(json.summary.metrics['periodicUpdate']?.byPriority['p2']).toMatchObject({ total: 7, met: 2, missed: 5 });
  });

  it('the text report has a metrics table and both files reconciled', async () => {
    const text = (await run(ARGS)).stdout;
    expect(text).toContain('Metrics (current or last cycle):');
    expect(text).toMatch(/PU-1\s+periodicUpdate\s+4\s+2\s+missed/);
    expect(text).toMatch(/events\.csv: 21 read = 17 used \+ 4 rejected/);
  });
});

describe('slakit tickets: standard input feeds one file', () => {
  it('"tickets - --events -" is a usage error (exit 2), before any input is read', async () => {
    const { code, stderr } = await run(['tickets', '-', '--contract', dir('contract.json'), '--events', '-', '--now', '2026-06-08T13:00:00+02:00']);
    expect(code).toBe(2);
    expect(stderr).toContain('standard input ("-") can feed one input file only');
  });
});
