// The public SLAs of examples/contracts through the CLI, from the tiny CSV files of
// examples/data/<id>/: the same figures as the runnable examples (examples/<id>.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJson } from './in-process.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const contract = (id: string): string => join(EXAMPLES, 'contracts', `${id}.json`);
const data = (id: string, file: string): string => join(EXAMPLES, 'data', id, file);

interface Output {
  commitment: string;
  countedDowntimeMs: number;
  ratio: { numerator: number; denominator: number };
  ratioUnit: string;
  availability: number;
  commitments: { id: string; met: boolean; availabilityPercent: string; ratio: { numerator: string; denominator: string }; ratioUnit: string }[];
  credit: { percent: number; amountMinor: number | null; currency: string | null } | null;
  credits: { commitment: string; amountMinor: number | null; rule: string; source: { section: string } | null }[];
  claim: { deadline: { lastDay: string } | null } | null;
  version: { id: string } | null;
}

const MINUTE = 60_000;

describe('aws-ec2-region-2022 through the CLI (June 2026: 43 200 minutes, 1 000.00 USD)', () => {
  const aws = (file: string): Promise<{ code: number; json: Output }> =>
    runJson<Output>(['availability', '--contract', contract('aws-ec2-region-2022'), '--period', '2026-06', '--incidents', data('aws-ec2-region-2022', file), '--fee', '1000.00', '--currency', 'USD']);

  it('10 minutes down: 43 190 / 43 200 = 99.97685 % < 99.99 % → the 10 % row → 100.00 USD', async () => {
    const { code, json } = await aws('incidents-2026-06.csv');
    expect(code).toBe(0);
    // 1 − 10/43 200 = 0.9997685… → "99.9768" (4 decimals, truncated).
    expect(json.commitments).toMatchObject([{ id: 'region', met: false, availabilityPercent: '99.9768', ratio: { numerator: String(43_190 * MINUTE), denominator: String(43_200 * MINUTE) } }]);
    expect(json.ratio).toEqual({ numerator: 43_190 * MINUTE, denominator: 43_200 * MINUTE });
    expect(json.countedDowntimeMs).toBe(10 * MINUTE);
    // 10 % of 100 000 cents = 10 000 cents.
    expect(json.credit).toEqual({ percent: 10, amountMinor: 10_000, currency: 'USD' });
    expect(json.credits).toHaveLength(1);
    expect(json.credits[0]).toMatchObject({ commitment: 'region', amountMinor: 10_000 });
    // June's cycle; July first after, August second → the claim is in time until 2026-08-31.
    expect(json.claim?.deadline?.lastDay).toBe('2026-08-31');
  });

  it('10:00:30–10:04:30 lasts 4 minutes but touches 5 clock minutes: the top-level figures are the final 43 195 / 43 200', async () => {
    const { json } = await aws('incidents-2026-06-touched.csv');
    // Raw downtime 4 min; counted in touched minutes 10:00…10:04 = 5 min: 1 − 5/43 200 = 99.98842… % → 10 %.
    expect(json.countedDowntimeMs).toBe(5 * MINUTE);
    expect(json.ratio).toEqual({ numerator: 43_195 * MINUTE, denominator: 43_200 * MINUTE });
    expect(json.availability).toBeCloseTo(43_195 / 43_200, 12);
    expect(json.commitments[0]?.availabilityPercent).toBe('99.9884');
    expect(json.credit?.amountMinor).toBe(10_000);
  });
});

describe('digitalocean-droplets through the CLI (June 2026, 24.00 USD)', () => {
  const droplet = (file: string): Promise<{ code: number; json: Output }> =>
    runJson<Output>(['availability', '--contract', contract('digitalocean-droplets'), '--period', '2026-06', '--incidents', data('digitalocean-droplets', file), '--fee', '24.00', '--currency', 'USD']);

  it('exactly 5 minutes is not Unavailability ("more than 5 minutes"): 100 %, no credit', async () => {
    const { code, json } = await droplet('incidents-2026-06-five-minutes.csv');
    expect(code).toBe(0);
    expect(json.countedDowntimeMs).toBe(0);
    expect(json.commitments[0]).toMatchObject({ met: true, availabilityPercent: '100.0000' });
    expect(json.credits[0]?.amountMinor).toBe(0);
  });

  it('6 minutes: 43 194 / 43 200 = 99.98611 % < 99.99 % → 100 % of the month → 24.00 USD, under version 2025-06-03', async () => {
    const { json } = await droplet('incidents-2026-06-six-minutes.csv');
    expect(json.countedDowntimeMs).toBe(6 * MINUTE);
    expect(json.ratio).toEqual({ numerator: 43_194 * MINUTE, denominator: 43_200 * MINUTE });
    expect(json.commitments[0]).toMatchObject({ met: false, availabilityPercent: '99.9861' });
    expect(json.credits[0]?.amountMinor).toBe(2400);
    expect(json.version?.id).toBe('2025-06-03');
    // June ends July 1; three months later is October 1, the first day too late.
    expect(json.claim?.deadline?.lastDay).toBe('2026-09-30');
  });
});
