// slakit availability: the sample month from probes, the fee in minor units,
// the HTML report, and a million probes streamed in a small heap.
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, scratch, slakit, slakitJson } from './built-cli.js';

beforeAll(ensureBuilt, 300_000);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const samples = (name: string): string => join(ROOT, 'samples', name);
const SAMPLE_ARGS = [
  'availability',
  '--contract',
  'letsignit',
  '--period',
  '2026-03',
  '--probes',
  samples('letsignit-probes-2026-03.csv'),
  '--incidents',
  samples('letsignit-incidents-2026-03.csv'),
  '--maintenance',
  samples('letsignit-maintenance-2026-03.csv'),
];

interface Output {
  measuredMs: number;
  excusedMs: number;
  countedDowntimeMs: number;
  unmonitoredMs: number;
  availability: number;
  ratio: { numerator: number; denominator: number };
  commitments: { id: string; met: boolean; availabilityPercent: string; ratio: { numerator: string; denominator: string }; ratioUnit: string }[];
  commitment: string;
  ratioUnit: string;
  credits: { commitment: string; kind: string; amountMinor: number | null; rule: string; source: { section: string } | null }[];
  credit: { percent: number; amountMinor: number | null; currency: string | null } | null;
  incidents: { start: string; recorded: boolean; countedMs: number; excusedMs: number; excused: { rule: string; by: string }[] }[];
  rejected: unknown[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number; files: { kind: string; rowsRead: number }[] };
}

describe('Letsignit March 2026 from the sample probes, incidents and announced window', () => {
  let cached: { code: number | null; json: Output } | undefined;
  const sample = (): { code: number | null; json: Output } => (cached ??= slakitJson<Output>([...SAMPLE_ARGS, '--fee', '1490.00', '--currency', 'EUR']));

  it('§5 probes, §6 causes, §7 windows: |P| 743 h, |X| 1 h 45 min, |C| 4 h 10 min, 45 min unmonitored → 99.4378 %, 3 %', () => {
    // Excused |X|: Thu 05 03:10–03:20 nightly (10) + Tue 17 DDoS 15:30–16:10 (40) + Sat 21 third Saturday (30)
    //              + Wed 25 announced window (25) = 105 min.
    // Counted |C|: Tue 03 (15) + Mon 09 slow answer 31 250 ms (5) + Tue 24 outage 10:00–13:35 (215)
    //              + Fri 27 (5) + Mon 30 (10) = 250 min. The 3-min incident of Wed 18 is below the 5-min threshold.
    // (743 h − 105 min − 250 min) / (743 h − 105 min) = 44 225 / 44 475 min = 0.994378… → 99.4 ≤ A < 99.5 → 3 %.
    const { code, json } = sample();
    expect(code).toBe(0);
    expect(json.measuredMs).toBe(743 * HOUR);
    expect(json.excusedMs).toBe(105 * MINUTE);
    expect(json.countedDowntimeMs).toBe(250 * MINUTE);
    expect(json.unmonitoredMs).toBe(45 * MINUTE);
    expect(json.ratio).toEqual({ numerator: 44_225 * MINUTE, denominator: 44_475 * MINUTE });
    expect(json.availability).toBeCloseTo(44_225 / 44_475, 12);
    expect(json.commitments).toMatchObject([
      { id: 'server', target: '99.95', met: false },
      { id: 'application', target: '99', met: true },
    ]);
    // The top-level figures are the credit's commitment's own final figure.
    // 44 225 / 44 475 = 0.9943788… → "99.4378" (4 decimals, truncated).
    expect(json.commitment).toBe('application');
    expect(json.ratioUnit).toBe('ms');
    expect(json.commitments[1]).toMatchObject({
      availabilityPercent: '99.4378',
      ratio: { numerator: String(44_225 * MINUTE), denominator: String(44_475 * MINUTE) },
      ratioUnit: 'ms',
    });
    // 3 % of 1 490.00 EUR = 44.70 EUR = 4 470 cents.
    expect(json.credit).toEqual({ percent: 3, amountMinor: 4470, currency: 'EUR' });
    expect(json.credits).toHaveLength(1);
    expect(json.credits[0]).toMatchObject({ commitment: 'application', kind: 'tiered', amountMinor: 4470 });
  });

  it('names what excused each excused incident, and keeps the 3-min incident unrecorded', () => {
    const { json } = sample();
    const excusedBy = json.incidents.filter((i) => i.excusedMs > 0).map((i) => i.excused.map((part) => `${part.rule}:${part.by}`).join(','));
    expect(excusedBy).toEqual(['maintenance:nightly', 'cause:ddos', 'maintenance:third-saturday', 'maintenance:MNT-0325 (storage upgrade)']);
    expect(json.incidents.filter((i) => !i.recorded).map((i) => i.start)).toEqual(['2026-03-18T08:00:00.000Z']);
  });

  it('rows read = used + rejected per file: 8 907 probes (8 916 five-minute slots − 9 in the gap), 3 incidents, 1 window', () => {
    const { json } = sample();
    expect(json.summary.files.map((f) => [f.kind, f.rowsRead])).toEqual([
      ['probes', 8907],
      ['incidents', 3],
      ['maintenance', 1],
    ]);
    expect(json.summary).toMatchObject({ rowsRead: 8911, rowsUsed: 8911, rowsRejected: 0 });
  });
});

describe('--fee is parsed exactly as a decimal in the currency minor units', () => {
  const oneOutage = (): string => join(scratch({ 'i.csv': 'start,end,cause\n2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,internal\n' }), 'i.csv');
  const credit = (fee: string, currency: string): Output['credit'] =>
    slakitJson<Output>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', oneOutage(), '--fee', fee, '--currency', currency]).json.credit;

  it('1234.56 EUR is 123 456 cents; 3 % is 3 703.68 → 3 704 cents (half up)', () => {
    expect(credit('1234.56', 'EUR')).toEqual({ percent: 3, amountMinor: 3704, currency: 'EUR' });
  });

  it('JPY has no minor unit: 150000 JPY → 3 % = 4 500; KWD has three: 1.005 KWD = 1 005 fils → 30.15 → 30', () => {
    expect(credit('150000', 'JPY')).toEqual({ percent: 3, amountMinor: 4500, currency: 'JPY' });
    expect(credit('1.005', 'KWD')).toEqual({ percent: 3, amountMinor: 30, currency: 'KWD' });
  });

  it('more decimals than the currency has, a thousands separator, or an unknown currency: exit 2', () => {
    const base = ['availability', '--contract', 'letsignit', '--period', '2026-03'];
    const digits = slakit([...base, '--fee', '10.005', '--currency', 'EUR']);
    expect(digits.code).toBe(2);
    expect(digits.stderr).toContain('EUR has 2 decimal(s)');
    expect(slakit([...base, '--fee', '1,234.56', '--currency', 'EUR']).code).toBe(2);
    const unknown = slakit([...base, '--fee', '10', '--currency', 'EURO']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--currency: expected an ISO 4217 currency code');
  });
});

describe('--format html', () => {
  it('one self-contained page: an SVG timeline with counted, excused and maintenance spans, figures and clauses, no external asset', () => {
    const run = slakit([...SAMPLE_ARGS, '--format', 'html']);
    expect(run.code).toBe(0);
    const html = run.stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<svg class="timeline"/g)).toHaveLength(1);
    expect(html.match(/<g class="row/g)).toHaveLength(31); // one row per day of March
    expect(html).toContain('class="span-counted"');
    expect(html).toContain('class="span-excused"');
    expect(html).toContain('class="span-maintenance"');
    expect(html).toContain('class="span-unmonitored"');
    expect(html).toContain('§7 MAINTENANCE PLANIFIÉE');
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<(script|link|img)\b/);
  });

  it('escapes text from input files (an incident id with markup)', () => {
    const dir = scratch({ 'i.csv': 'start,end,cause,id\n2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,internal,<script>alert(1)</script>\n' });
    const run = slakit(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', join(dir, 'i.csv'), '--format', 'html']);
    expect(run.stdout).not.toContain('<script>');
  });
});

describe('streaming', () => {
  it('a 1 000 000-row probe CSV goes through a 32 MB heap (a million probe objects would not fit)', async () => {
    // Probes every 5 min from 2016-01-01T00:00Z (1 000 000 × 5 min ≈ 9.5 years). All up except
    // 2020-03-10 09:00–10:00Z (10:00–11:00 Paris, a Tuesday, outside maintenance): 12 failed probes.
    // March 2020 in Paris is 743 h (DST on 29 March): (743 h − 1 h) / 743 h = 742/743.
    const dir = scratch({});
    const file = join(dir, 'probes.csv');
    const out = createWriteStream(file);
    const start = Date.UTC(2016, 0, 1);
    const outage = [Date.UTC(2020, 2, 10, 9), Date.UTC(2020, 2, 10, 10)];
    let chunk = 'at,ok,latencyMs\n';
    for (let i = 0; i < 1_000_000; i++) {
      const t = start + i * 5 * MINUTE;
      const down = t >= (outage[0] as number) && t < (outage[1] as number);
      chunk += `${new Date(t).toISOString()},${down ? 'false,' : `true,${100 + (i % 300)}`}\n`;
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
    out.end(chunk);
    await once(out, 'close');
    const run = slakit(['availability', '--contract', 'letsignit', '--period', '2020-03', '--probes', file, '--format', 'json'], { nodeOptions: ['--max-old-space-size=32'] });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Output;
    expect(json.summary).toMatchObject({ rowsRead: 1_000_000, rowsUsed: 1_000_000, rowsRejected: 0 });
    expect(json.countedDowntimeMs).toBe(HOUR);
    expect(json.measuredMs).toBe(743 * HOUR);
    expect(json.ratio).toEqual({ numerator: 742 * HOUR, denominator: 743 * HOUR });
    expect(readFileSync(file).length).toBeGreaterThan(30_000_000);
  }, 120_000);
});
