/**
 * `slakit budget` (issue 12 §4) on Linkando: 98 % of the support hours
 * (Mon–Fri 08:00–18:00 Europe/Berlin); June 2026 has 210 support hours
 * (21 open weekdays × 10 h), budget 2 % = 4 h 12 min = 15 120 000 ms.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const dir = scratch({ 'friday.csv': 'start,end,cause\n2026-06-12T17:00:00+02:00,2026-06-12T18:00:00+02:00,internal\n' });
const friday = join(dir, 'friday.csv');

interface BudgetJson {
  commitments: { id: string; budgetMs: number; consumedMs: number; leftMs: number; nowMeasured: boolean; alerts: { id: string; firing: boolean; long: { burnRate: number } }[] }[];
}

describe('slakit budget (issue 12 §4)', () => {
  it('Saturday after a Friday 17:00–18:00 outage: 1 h consumed, nothing fires', async () => {
    const { code, json } = await runJson<BudgetJson>(['budget', '--contract', 'linkando', '--now', '2026-06-13T12:00:00+02:00', '--incidents', friday]);
    expect(code).toBe(0);
    const platform = json.commitments[0];
    expect(platform?.budgetMs).toBe(15_120_000);
    expect(platform?.consumedMs).toBe(3_600_000);
    expect(platform?.leftMs).toBe(11_520_000); // 15 120 000 − 3 600 000
    expect(platform?.nowMeasured).toBe(false);
    expect(platform?.alerts.map((a) => a.firing)).toEqual([false, false, false]);
  });

  it('Monday 08:05: measured windows still hold Friday\'s last half hour (page-6h fires); wall windows do not', async () => {
    // 6 h measured: Fri 12:05–18:00 + Mon 08:00–08:05, 1 h down: 1/6/0.02 = 8.33 > 6;
    // 30 min: Fri 17:35–18:00 (25 min down) + Mon 08:00–08:05: 25/30/0.02 = 41.67 > 6.
    const measured = await runJson<BudgetJson>(['budget', '--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00', '--incidents', friday]);
    expect(measured.json.commitments[0]?.alerts.map((a) => [a.id, a.firing])).toEqual([
      ['page-1h', false],
      ['page-6h', true],
      ['ticket-3d', false],
    ]);
    // Wall 6 h [02:05, 08:05) Monday: 5 min measured, none down: 0.
    const wall = await runJson<BudgetJson>(['budget', '--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00', '--incidents', friday, '--window-time', 'wall']);
    expect(wall.json.commitments[0]?.alerts.map((a) => a.firing)).toEqual([false, false, false]);
  });

  it('text names the budget, what is left and the firing alert', async () => {
    const { stdout } = await run(['budget', '--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00', '--incidents', friday]);
    expect(stdout).toContain('budget 4 h 12 min = (100 − 98) % of 210 h measured');
    expect(stdout).toContain('consumed 1 h, left 3 h 12 min');
    expect(stdout).toMatch(/page-6h\s+6×\s+8\.33× over 6 h\s+41\.67× over 30 min\s+PAGE/);
  });

  it('usage errors: no --now, a bad --window-time, a flag it does not take', async () => {
    expect((await run(['budget', '--contract', 'linkando', '--incidents', friday])).code).toBe(2);
    const bad = await run(['budget', '--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00', '--incidents', friday, '--window-time', 'business']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--window-time must be measured or wall');
    expect((await run(['budget', '--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00', '--incidents', friday, '--fee', '10'])).stderr).toContain('--fee is not a flag of slakit budget');
  });
});

describe('slakit budget: no silent full budget, per-file row counts', () => {
  it('no downtime input (or --maintenance only) is a usage error naming the commitment, as in slakit availability', async () => {
    const bare = await run(['budget', '--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00']);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('no downtime observation: give --probes and/or --incidents, or --no-downtime');
    expect(bare.stderr).toContain('contract linkando measures platform in downtime');
    const maintenance = join(scratch({ 'm.csv': 'start,end\n2026-06-12T10:00:00+02:00,2026-06-12T11:00:00+02:00\n' }), 'm.csv');
    expect((await run(['budget', '--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00', '--maintenance', maintenance])).code).toBe(2);
    // --no-downtime states it: nothing consumed, the whole 15 120 000 ms left.
    const stated = await runJson<BudgetJson>(['budget', '--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00', '--no-downtime']);
    expect([stated.code, stated.json.commitments[0]?.consumedMs, stated.json.commitments[0]?.leftMs]).toEqual([0, 0, 15_120_000]);
  });

  it('JSON summary: rows read = used + rejected, per file', async () => {
    const file = join(scratch({ 'two.csv': 'start,end,cause\n2026-06-12T17:00:00+02:00,2026-06-12T18:00:00+02:00,internal\n2026-06-12T18:00:00+02:00,2026-06-12T17:00:00+02:00,internal\n' }), 'two.csv');
    const { code, json } = await runJson<{ summary: { rowsRead: number; rowsUsed: number; rowsRejected: number; files: { kind: string; file: string; rowsRead: number; rowsUsed: number; rowsRejected: number }[] } }>(['budget', '--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00', '--incidents', file]);
    expect(code).toBe(1); // the second row ends before it starts: rejected
    expect(json.summary).toEqual({ rowsRead: 2, rowsUsed: 1, rowsRejected: 1, files: [{ kind: 'incidents', file, rowsRead: 2, rowsUsed: 1, rowsRejected: 1 }] });
  });
});
