// slakit tickets: the JSON schema, open tickets judged at --now, CSV output.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, scratch, slakit, slakitJson } from './built-cli.js';

beforeAll(ensureBuilt, 300_000);

const SAMPLE = join(ROOT, 'samples/lumapps-tickets-2026-11.csv');
const NOW = '2026-11-30T18:00:00Z';

interface Output {
  contract: string;
  tickets: Record<string, unknown>[];
  rejected: unknown[];
  summary: {
    rowsRead: number;
    rowsUsed: number;
    rowsRejected: number;
    now: string;
    total: number;
    met: number;
    missed: number;
    running: number;
    byPriority: Record<string, { met: number; missed: number; total: number }>;
  };
}

describe('slakit tickets --format json (LumApps sample export, judged at 2026-11-30T18:00Z)', () => {
  let cached: { code: number | null; json: Output } | undefined;
  const run = (): { code: number | null; json: Output } => (cached ??= slakitJson<Output>(['tickets', SAMPLE, '--contract', 'lumapps', '--now', NOW]));

  it('has exactly the documented shape: { contract, tickets: [{ id, priority, region, target, version, openedAt, dueAt, respondedAt, met, businessElapsedMs }], rejected, summary }', () => {
    const { code, json } = run();
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(['contract', 'tickets', 'rejected', 'summary']);
    expect(json.contract).toBe('lumapps');
    for (const ticket of json.tickets) expect(Object.keys(ticket)).toEqual(['id', 'priority', 'region', 'target', 'version', 'openedAt', 'dueAt', 'respondedAt', 'met', 'businessElapsedMs']);
    for (const ticket of json.tickets) expect(ticket['dueAt']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(json.summary).toMatchObject({ rowsRead: 14, rowsUsed: 14, rowsRejected: 0, now: '2026-11-30T18:00:00.000Z', total: 14 });
  });

  it('LumApps §1 EMEA over Armistice Day: p1 opened Tue 2026-11-10 17:30 Paris → due Thu 09:30, answered 09:20: met after 50 business minutes', () => {
    // 30 min Tue (17:30–18:00), Wed 11-11 FR holiday, Thu 09:00→09:30 → due; answered 09:20: 30 + 20 = 50 min.
    const ticket = run().json.tickets.find((t) => t['id'] === 'LA-1001');
    expect(ticket).toEqual({
      id: 'LA-1001',
      priority: 'p1',
      region: 'emea',
      target: '1 h',
      version: 'initial',
      openedAt: '2026-11-10T16:30:00.000Z',
      dueAt: '2026-11-12T08:30:00.000Z',
      respondedAt: '2026-11-12T08:20:00.000Z',
      met: true,
      businessElapsedMs: 50 * 60_000,
    });
  });

  it('APAC over Labour Thanksgiving Day (JP, Mon 11-23): p2 Fri 16:00 Tokyo → due Tue 11:00, answered 11:30: missed', () => {
    // 2 h Fri (16–18), Mon 11-23 holiday, Tue 09→11 = 4 h → due 11:00 JST = 02:00Z; answered 11:30 → 4 h 30 min.
    const ticket = run().json.tickets.find((t) => t['id'] === 'LA-1006');
    expect(ticket).toMatchObject({ dueAt: '2026-11-24T02:00:00.000Z', met: false, businessElapsedMs: 4.5 * 3_600_000 });
  });

  it('open tickets are judged at --now: overdue is missed, not yet due is met: null', () => {
    // LA-1008 p1 EMEA opened Mon 09:30 Paris, due 10:30, open at 19:00 Paris → missed; 8 h 30 min counted (09:30–18:00).
    // LA-1009 p2 NAM opened Mon 11:00 New York, due 15:00, now 13:00 New York → open, 2 h counted.
    const { json } = run();
    expect(json.tickets.find((t) => t['id'] === 'LA-1008')).toMatchObject({ respondedAt: null, met: false, businessElapsedMs: 8.5 * 3_600_000 });
    expect(json.tickets.find((t) => t['id'] === 'LA-1009')).toMatchObject({ respondedAt: null, met: null, businessElapsedMs: 2 * 3_600_000 });
    // 14 tickets: missed LA-1002, LA-1006, LA-1008, LA-1012; open LA-1009; the other 9 met.
    expect(json.summary).toMatchObject({ met: 9, missed: 4, running: 1 });
    expect(json.summary.byPriority['p1']).toMatchObject({ total: 7, met: 5, missed: 2 });
  });

  it('without open tickets --now may be left out: tickets are judged after the last response', () => {
    const dir = scratch({ 't.csv': 'id,priority,openedAt,respondedAt\nL-1,critical,2026-06-01T08:00:00+02:00,2026-06-01T18:00:00+02:00\n' });
    const { code, json } = slakitJson<Output>(['tickets', join(dir, 't.csv'), '--contract', 'linkando']);
    expect(code).toBe(0);
    // Example 6: due at 18:00 exactly, answered at 18:00: met (r <= due).
    expect(json.tickets[0]).toMatchObject({ dueAt: '2026-06-01T16:00:00.000Z', met: true, region: null });
    expect(json.summary.now).toBe('2026-06-01T16:00:00.000Z');
  });

  it('--region gives the region of rows without one; a region on a contract without regions is rejected', () => {
    const dir = scratch({ 't.csv': 'id,priority,openedAt,respondedAt\nL-1,p1,2026-11-25T16:00:00-05:00,2026-11-25T16:30:00-05:00\n' });
    const nam = slakitJson<Output>(['tickets', join(dir, 't.csv'), '--contract', 'lumapps', '--region', 'nam']);
    expect(nam.json.tickets[0]).toMatchObject({ region: 'nam', met: true });
    const linkando = slakit(['tickets', join(dir, 't.csv'), '--contract', 'linkando', '--region', 'nam']);
    expect(linkando.code).toBe(2);
    expect(linkando.stderr).toContain('contract linkando has no regions');
  });
});

describe('slakit tickets --format csv and text', () => {
  it('CSV: one header line and one line per ticket, rejected rows on stderr with their line', () => {
    const dir = scratch({ 't.csv': 'id,priority,region,openedAt,respondedAt\n"A,1",p1,emea,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00\nB,p5,emea,2026-11-10T10:00:00+01:00,\n' });
    const run = slakit(['tickets', join(dir, 't.csv'), '--contract', 'lumapps', '--now', NOW, '--format', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('id,priority,region,target,version,openedAt,dueAt,respondedAt,met,businessElapsedMs\n"A,1",p1,emea,1 h,initial,2026-11-10T09:00:00.000Z,2026-11-10T10:00:00.000Z,2026-11-10T09:30:00.000Z,true,1800000\n');
    expect(run.stderr).toContain('line 3: rejected: priority: expected one of p1, p2');
  });

  it('text: local times with offset, due also in UTC, and the row books', () => {
    const run = slakit(['tickets', SAMPLE, '--contract', 'lumapps', '--now', NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wed 2026-11-25 16:00 -05:00');
    expect(run.stdout).toContain('Fri 2026-11-27 11:00 -05:00  2026-11-27T16:00:00.000Z');
    expect(run.stdout).toContain('14 read = 14 used + 0 rejected');
  });

  it('--out writes the report to a file', () => {
    const dir = scratch({});
    const run = slakit(['tickets', SAMPLE, '--contract', 'lumapps', '--now', NOW, '--format', 'json', '--out', join(dir, 'report.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('report written to');
  });
});
