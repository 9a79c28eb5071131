/** `slakit lint` (issue 12 §5): exit 0 clean, 1 warnings, 2 a definition refused; Letsignit's acceptance line. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const clean = {
  id: 'clean',
  name: 'Clean',
  calendars: { always: { always: true, zone: 'UTC' } },
  availability: { zone: 'UTC', commitments: [{ id: 'c', target: '99.9', period: 'month' }] },
  remedies: { credits: [{ type: 'tiered', commitment: 'c', fee: { per: 'month' }, tiers: [{ min: '99.9', creditPercent: 0 }, { max: '99.9', creditPercent: 10 }] }] },
};
const dir = scratch({ 'clean.json': JSON.stringify(clean), 'bad.json': JSON.stringify({ ...clean, id: '' }) });

describe('slakit lint (issue 12 §5)', () => {
  it('Letsignit: exit 1; the 99.95 % vs 99.5 % contradiction and the 99.0–99.1 % gap with their clauses', async () => {
    const { code, stdout } = await run(['lint', '--contract', 'letsignit', '--from', '2026-01-01T00:00:00Z']);
    expect(code).toBe(1);
    expect(stdout).toContain('commitment "server" promises 99.95 % but credit "credit" pays only below 99.5 %');
    expect(stdout).toContain('§4 DISPONIBILITE DU SERVEUR: « Pour soutenir cet engagement');
    expect(stdout).toContain('No row covers 99.0–99.1 %');
    expect(stdout).toContain('§7 MAINTENANCE PLANIFIÉE, tableau des pénalités: « 99.10% ~ 99.20%\t25%\n99%\t50% »');
    const gap = await runJson<{ warnings: { code: string; message: string }[] }>(['lint', '--contract', 'letsignit', '--option', 'creditGap=no-credit']);
    expect(gap.json.warnings.filter((w) => w.code === 'tier-gap').map((w) => w.message)).toEqual(['no tier of credit "credit" covers 99 % ≤ A < 99.10 %: no credit is due there (gapPolicy "no-credit")']);
  });

  it('open readings are notes: SiteKiosk has no contradiction, so exit 0 with its 5 notes; --strict counts them, exit 1', async () => {
    // SiteKiosk documents 5 ambiguities (aggregation, announcedUpdates, companyClosures, northAmericaZone, northAmericaHolidays).
    const plain = await run(['lint', '--contract', 'sitekiosk']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('No warning, 5 note(s) on open readings');
    expect(plain.stdout).toContain('open-reading (ambiguities[3])');
    expect((await run(['lint', '--contract', 'sitekiosk', '--strict'])).code).toBe(1);
    const json = await runJson<{ warnings: unknown[]; notes: { code: string }[] }>(['lint', '--contract', 'sitekiosk']);
    expect(json.json.warnings).toEqual([]);
    expect(json.json.notes.map((n) => n.code)).toEqual(['open-reading', 'open-reading', 'open-reading', 'open-reading', 'open-reading']);
  });

  it('a clean contract: exit 0, "No warning"; a refused definition: exit 2', async () => {
    const ok = await run(['lint', '--contract', join(dir, 'clean.json'), '--from', '2026-01-01T00:00:00Z']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('No warning');
    expect((await run(['lint', '--contract', join(dir, 'bad.json')])).code).toBe(2);
    expect((await run(['lint', '--contract', 'letsignit', '--years', '0'])).code).toBe(2);
  });
});
