/**
 * `slakit availability --side-by-side` (issue 12 §6) on Letsignit, March 2026
 * in Europe/Paris: 743 h = 44 580 min. Incidents: internal Tue 10 March
 * 07:00–09:00 (+01:00), of which 07:00–08:00 inside the nightly window
 * (M = 60 min) and 08:00–09:00 counted (C = 60 min); DDoS Thu 12 March
 * 10:00–10:30 (K = 30 min, excluded by §6). No probes: no unmonitored time.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const dir = scratch({
  'march.csv': 'start,end,cause\n2026-03-10T07:00:00+01:00,2026-03-10T09:00:00+01:00,internal\n2026-03-12T10:00:00+01:00,2026-03-12T10:30:00+01:00,ddos\nnot-a-date,2026-03-12T10:30:00+01:00,internal\n',
});
const ARGS = ['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', join(dir, 'march.csv'), '--side-by-side'];

interface SideBySideJson {
  own: Record<string, string>;
  rows: { own: boolean; varies: string | null; reading: Record<string, string>; commitments: { id: string; availabilityPercent: string; met: boolean }[]; credit: { percent: number } | null }[];
  rejected: { file: string; line: number }[];
}

describe('slakit availability --side-by-side (issue 12 §6)', () => {
  it('JSON: the own row first, then two other readings of each kind of time, each figure by hand', async () => {
    const { code, json } = await runJson<SideBySideJson>(ARGS);
    expect(code).toBe(1); // the bad row is rejected, the report still written
    expect(json.rejected.map((r) => r.line)).toEqual([4]);
    expect(json.own).toEqual({ maintenance: 'excluded', excludedCauses: 'excluded', unmonitored: 'up' });
    expect(json.rows.map((row) => [row.own, row.varies, row.varies === null ? null : row.reading[row.varies], row.commitments.map((c) => c.availabilityPercent)])).toEqual([
      [true, null, null, ['99.8651', '99.8651']], // (44 580 − 90 − 60) / (44 580 − 90) = 44 430 / 44 490
      [false, 'maintenance', 'up', ['99.8653', '99.8653']], // 44 490 / 44 550
      [false, 'maintenance', 'down', ['99.7306', '99.7306']], // 44 430 / 44 550
      [false, 'excludedCauses', 'up', ['99.8652', '99.8652']], // 44 460 / 44 520
      [false, 'excludedCauses', 'down', ['99.7978', '99.7978']], // 44 430 / 44 520
      [false, 'unmonitored', 'excluded', ['99.8651', '99.8651']], // no unmonitored time: as the own row
      [false, 'unmonitored', 'down', ['99.8651', '99.8651']],
    ]);
    // server 99.95 % missed in every row; application 99 % met in every row; no credit above 99.5 %.
    expect(json.rows.every((row) => row.commitments[0]?.met === false && row.commitments[1]?.met === true && row.credit?.percent === 0)).toBe(true);
  });

  it('text: one table per kind of time, the three readings in order, the contract\'s marked *', async () => {
    const { stdout } = await run(ARGS);
    expect(stdout).toContain('Accounting side by side for 2026-03 (Europe/Paris)');
    expect(stdout).toMatch(/Maintenance: [^\n]*\n[^\n]*\n[^\n]*\n\*\s+excluded\s+99\.8651 % MISSED\s+99\.8651 % met\s+0 %\n\s+up\s+99\.8653 % MISSED\s+99\.8653 % met\s+0 %\n\s+down\s+99\.7306 % MISSED\s+99\.7306 % met\s+0 %/);
    expect(stdout).toMatch(/Unmonitored: [^\n]*\n[^\n]*\n[^\n]*\n\s+excluded\s+99\.8651[^\n]*\n\*\s+up\s+99\.8651/);
  });

  it('--side-by-side takes text or json, not html', async () => {
    const { code, stderr } = await run([...ARGS, '--format', 'html']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format must be one of text, json');
  });
});

describe('slakit availability --side-by-side: per-file row counts', () => {
  it('JSON summary: march.csv has 3 rows, 2 used, line 4 rejected', async () => {
    const { json } = await runJson<{ summary: { rowsRead: number; rowsUsed: number; rowsRejected: number; files: unknown[] } }>(ARGS);
    expect(json.summary).toEqual({ rowsRead: 3, rowsUsed: 2, rowsRejected: 1, files: [{ kind: 'incidents', file: join(dir, 'march.csv'), rowsRead: 3, rowsUsed: 2, rowsRejected: 1 }] });
  });
});
