// slakit demo and the sample data it ships with.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, scratch, slakit } from './built-cli.js';
import { letsignitProbesCsv } from './samples/letsignit-probes.js';

beforeAll(ensureBuilt, 300_000);

describe('samples/', () => {
  it('the committed probe month is exactly what the generator produces (deterministic, reproducible)', () => {
    expect(readFileSync(join(ROOT, 'samples/letsignit-probes-2026-03.csv'), 'utf8')).toBe(letsignitProbesCsv());
  });

  it('the probe month has one probe per 5 min of March 2026 in Paris except the 45-min gap: 743 × 12 − 9 = 8 907', () => {
    const rows = letsignitProbesCsv().trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(743 * 12 - 9);
    expect(rows.filter((row) => row.endsWith(',false,'))).toHaveLength(69); // 3+2+7+6+43+5+1+2
  });
});

describe('slakit demo', () => {
  it('runs from another directory, prints both reports and writes the HTML report', () => {
    const dir = scratch({});
    const html = join(dir, 'report.html');
    const run = slakit(['demo', '--html', html], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('availability = (|P| − |X| − |C|) / (|P| − |X|) = 99.4378 %');
    expect(run.stdout).toContain('3 % of the monthly fee = 44.70 EUR');
    expect(run.stdout).toContain('Summary: 14 ticket(s): 9 met, 4 missed, 1 open and not yet due');
    expect(existsSync(html)).toBe(true);
    expect(readFileSync(html, 'utf8')).toContain('<svg class="timeline"');
  });
});
