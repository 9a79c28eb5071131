/**
 * `slakit availability` on a JSON contract: `--period` names fiscal periods
 * (`FY2026-Q2`, `FY2026`) by the contract's fiscal year, a rolling window as
 * `P<n>D/<end>`; a version given with full terms is read through the CLI.
 * Expected periods and figures are hand-computed in the comments.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_TERMS_DEFINITION } from '../fixtures/full-terms-amendment.js';
import { run, runJson } from './in-process.js';

const MINUTE = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'slakit-periods-'));
function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

interface Output {
  period: { start: string; end: string };
  commitments: { id: string; target: string; met: boolean; availabilityPercent: string }[];
  ratio: { numerator: number; denominator: number };
  credits: { amountMinor: number | null; version: string | null }[];
}

/** Fiscal quarters from April in London, named by the year they start in (FY2026 = April 2026 – March 2027). */
const fiscal = file(
  'fiscal.json',
  JSON.stringify({
    id: 'fiscal',
    name: 'Fiscal quarters',
    calendars: {},
    availability: { zone: 'Europe/London', commitments: [{ id: 'uptime', target: '99.9', period: { type: 'fiscal-quarter', startMonth: 4, labelling: 'start-year' } }] },
  }),
);
const fiscalYear = file(
  'fiscal-year.json',
  JSON.stringify({
    id: 'fiscal-year',
    name: 'Fiscal years',
    calendars: {},
    availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period: { type: 'fiscal-year', startMonth: 4 } }] },
  }),
);
const monthly = file('monthly.json', JSON.stringify({ id: 'monthly', name: 'Monthly', calendars: {}, availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period: 'month' }] } }));
const incidents = file('incidents.csv', 'start,end,cause\n2026-08-10T10:00:00Z,2026-08-10T10:30:00Z,internal\n');
const juneIncident = file('june.csv', 'start,end,cause\n2026-06-28T10:00:00Z,2026-06-28T10:30:00Z,internal\n');

describe('--period FYyyyy-Qn and FYyyyy: named by the contract\'s fiscal year', () => {
  it('FY2026-Q2 from April (start-year) = 2026-07-01 … 2026-10-01 London (BST: 2026-06-30T23:00Z … 2026-09-30T23:00Z)', async () => {
    const { code, json } = await runJson<Output>(['availability', '--contract', fiscal, '--period', 'FY2026-Q2', '--incidents', incidents]);
    expect(code).toBe(0);
    expect(json.period).toEqual({ start: '2026-06-30T23:00:00.000Z', end: '2026-09-30T23:00:00.000Z' });
    // 31 + 31 + 30 = 92 days = 132 480 min; 30 min down: 132 450 / 132 480.
    expect(json.ratio).toEqual({ numerator: 132_450 * MINUTE, denominator: 132_480 * MINUTE });
  });

  it('FY2026 from April, named by its end year (the default): 2025-04-01 … 2026-04-01 UTC', async () => {
    const none = file('none.csv', 'start,end,cause\n');
    const { code, json } = await runJson<Output>(['availability', '--contract', fiscalYear, '--period', 'FY2026', '--incidents', none]);
    expect(code).toBe(0);
    expect(json.period).toEqual({ start: '2025-04-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' });
  });

  it('a contract with no fiscal commitment refuses FY names: exit 2 naming --period', async () => {
    const { code, stderr } = await run(['availability', '--contract', monthly, '--period', 'FY2026-Q2', '--incidents', incidents]);
    expect(code).toBe(2);
    expect(stderr).toContain('--period');
    expect(stderr).toContain('needs a fiscal year');
  });
});

describe('--period P<n>D/<end>: a rolling window', () => {
  it('P7D/2026-07-01T00:00:00Z = 2026-06-24T00:00Z … 2026-07-01T00:00Z; 30 min down of 10 080 → 10 050 / 10 080', async () => {
    const { code, json } = await runJson<Output>(['availability', '--contract', monthly, '--period', 'P7D/2026-07-01T00:00:00Z', '--incidents', juneIncident]);
    expect(code).toBe(0);
    expect(json.period).toEqual({ start: '2026-06-24T00:00:00.000Z', end: '2026-07-01T00:00:00.000Z' });
    expect(json.ratio).toEqual({ numerator: 10_050 * MINUTE, denominator: 10_080 * MINUTE });
  });
});

describe('a version with full terms, through the CLI', () => {
  // 99.9 % a month with 10 % below; from 2026-08-01 (full terms): 99.95 % with 25 % below.
  const amended = file('amended.json', JSON.stringify(FULL_TERMS_DEFINITION));

  it('August 2026: 1 − 30/44 640 = 99.93279 % < 99.95 → missed; 25 % of 1 000.00 = 250.00 USD under version 2026-08', async () => {
    const { code, json } = await runJson<Output>(['availability', '--contract', amended, '--period', '2026-08', '--incidents', incidents, '--fee', '1000.00', '--currency', 'USD']);
    expect(code).toBe(0);
    expect(json.commitments[0]).toMatchObject({ target: '99.95', met: false, availabilityPercent: '99.9327' });
    expect(json.credits[0]).toMatchObject({ amountMinor: 25_000, version: '2026-08' });
  });
});
