// The six worked examples, through the built CLI's JSON.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, scratch, slakitJson } from './built-cli.js';

beforeAll(ensureBuilt, 300_000);

interface Due {
  contract: string;
  priority: string;
  region: string | null;
  dueAt: string;
  dueAtLocal: string;
  zone: string;
  targetMs: number;
  segments: { counted: boolean; durationMs: number; reason: string }[];
}

const HOUR = 3_600_000;

describe('slakit due — worked examples', () => {
  it('example 1, Linkando Annex 1 critical (10 h): Fri 2026-05-29 16:00 Berlin → Mon 2026-06-01 16:00 (14:00Z)', () => {
    // 2 h Friday (16:00–18:00), weekend closed, Monday 08:00→16:00 adds 8 h: 2 + 8 = 10 h.
    const { code, json } = slakitJson<Due>(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-05-29T16:00:00+02:00']);
    expect(code).toBe(0);
    expect(json.dueAt).toBe('2026-06-01T14:00:00.000Z');
    expect(json.dueAtLocal).toBe('2026-06-01T16:00:00.000+02:00');
    expect(json.targetMs).toBe(10 * HOUR);
    const counted = json.segments.filter((s) => s.counted).map((s) => s.durationMs);
    expect(counted).toEqual([2 * HOUR, 8 * HOUR]);
  });

  it('example 2, Linkando other (30 h) over Corpus Christi (DE-RP): Wed 2026-06-03 09:00 → Tue 2026-06-09 09:00 Berlin', () => {
    // 9 h Wed (09–18), Thu 06-04 holiday, 10 h Fri, 10 h Mon, 1 h Tue: 9 + 10 + 10 + 1 = 30 h → Tue 09:00 = 07:00Z.
    const { code, json } = slakitJson<Due>(['due', '--contract', 'linkando', '--priority', 'other', '--opened', '2026-06-03T09:00:00+02:00']);
    expect(code).toBe(0);
    expect(json.dueAt).toBe('2026-06-09T07:00:00.000Z');
    expect(json.segments.some((s) => s.reason === 'holiday')).toBe(true);
  });

  it('example 3, LumApps §4 NAM priority 2 (4 business hours) over Thanksgiving: Wed 2026-11-25 16:00 New York → Fri 11:00 (16:00Z)', () => {
    // 2 h Wed (16–18), Thu 11-26 Thanksgiving, Fri 09:00→11:00: 2 + 2 = 4 h.
    const { code, json } = slakitJson<Due>(['due', '--contract', 'lumapps', '--region', 'nam', '--priority', 'p2', '--opened', '2026-11-25T16:00:00-05:00']);
    expect(code).toBe(0);
    expect(json.region).toBe('nam');
    expect(json.zone).toBe('America/New_York');
    expect(json.dueAt).toBe('2026-11-27T16:00:00.000Z');
  });

  it('example 5, Letsignit §3 escalation (1 jour ouvrable = 24 h Mon–Sat): Sun 2026-05-03 10:00 Paris → Tue 2026-05-05 00:00', () => {
    // Sunday closed; Monday 05-04 counts 00:00→24:00 = 24 h → Tue 00:00 Paris (+02:00) = Mon 22:00Z.
    const { code, json } = slakitJson<Due>(['due', '--contract', 'letsignit', '--priority', 'escalation', '--opened', '2026-05-03T10:00:00+02:00']);
    expect(code).toBe(0);
    expect(json.dueAt).toBe('2026-05-04T22:00:00.000Z');
    expect(json.dueAtLocal).toBe('2026-05-05T00:00:00.000+02:00');
  });

  it('example 6, Linkando critical reaching its target exactly at closing: Mon 2026-06-01 08:00 → Mon 18:00, not Tue 08:00', () => {
    // 08:00 + 10 h of 08:00–18:00 = 18:00 Berlin = 16:00Z.
    const { code, json } = slakitJson<Due>(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-06-01T08:00:00+02:00']);
    expect(code).toBe(0);
    expect(json.dueAt).toBe('2026-06-01T16:00:00.000Z');
  });
});

describe('slakit availability — worked example 4', () => {
  it('Letsignit March 2026 (743 h), one 4 h internal outage outside maintenance: 99.4616 % → credit 3 %', () => {
    // Tue 2026-03-10 10:00–14:00 +01:00: not in 23:00–08:00, not the third Saturday (03-21): all counted.
    // 1 − 4/743 = 739/743 = 0.994616…; 99.4 % ≤ A < 99.5 % → 3 %. 99.95 % (server) missed, 99 % (application) met.
    const dir = scratch({ 'incidents.csv': 'start,end,cause\n2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,internal\n' });
    const { code, json } = slakitJson<{
      period: { start: string; end: string };
      measuredMs: number;
      excusedMs: number;
      countedDowntimeMs: number;
      unmonitoredMs: number;
      availability: number;
      commitments: { id: string; target: string; met: boolean; availabilityPercent: string }[];
      credit: { percent: number; amountMinor: number | null; currency: string | null } | null;
      rejected: unknown[];
    }>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', join(dir, 'incidents.csv')]);
    expect(code).toBe(0);
    expect(json.period).toEqual({ start: '2026-02-28T23:00:00.000Z', end: '2026-03-31T22:00:00.000Z' });
    expect(json.measuredMs).toBe(743 * HOUR);
    expect(json.countedDowntimeMs).toBe(4 * HOUR);
    expect(json.excusedMs).toBe(0);
    expect(json.unmonitoredMs).toBe(0);
    expect(json.availability).toBeCloseTo(739 / 743, 12);
    expect(String(json.availability)).toMatch(/^0\.99461/);
    expect(json.credit).toEqual({ percent: 3, amountMinor: null, currency: null });
    // Both commitments see the same 4 h of 743 h: 739/743 = 0.9946164… → "99.4616" each.
    expect(json.commitments).toMatchObject([
      { id: 'server', target: '99.95', met: false, availabilityPercent: '99.4616' },
      { id: 'application', target: '99', met: true, availabilityPercent: '99.4616' },
    ]);
    expect(json.rejected).toEqual([]);
  });
});
