// The public SLAs of examples/contracts through the CLI, from the tiny CSV files of
// examples/data/<id>/: the same figures as the runnable examples (examples/<id>.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const contract = (id: string): string => join(EXAMPLES, 'contracts', `${id}.json`);
const data = (id: string, file: string): string => join(EXAMPLES, 'data', id, file);

interface Output {
  period: { start: string; end: string };
  nominalPeriod: { start: string; end: string } | null;
  excusedMs: number;
  measuredMs: number;
  rejected: { file: string; line: number; reason: string }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number; files: { kind: string; rowsRead: number; rowsUsed: number; rowsRejected: number }[] };
  commitment: string;
  countedDowntimeMs: number;
  ratio: { numerator: number; denominator: number };
  ratioUnit: string;
  availability: number;
  incidents: { durationMs: number; countedMs: number; excusedMs: number; overBudgetMs: number }[];
  notes: string[];
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

  it('text and HTML: the headline and the commitments table show the same final figure (99.9884 %, not the raw 4 minutes\' 99.9907 %)', async () => {
    // Raw: 1 − 4/43 200 = 99.99074… %; final: 1 − 5/43 200 = 99.98842… %.
    const base = ['availability', '--contract', contract('aws-ec2-region-2022'), '--period', '2026-06', '--incidents', data('aws-ec2-region-2022', 'incidents-2026-06-touched.csv')];
    const text = (await run(base)).stdout;
    expect(text).toContain('= 99.9884 %');
    expect(text).toMatch(/region\s+99\.9884 %/);
    expect(text).not.toContain('99.9907');
    const html = (await run([...base, '--format', 'html'])).stdout;
    expect(html).toContain('>99.9884 %<');
    expect(html).toContain('region 99.9884 %');
    expect(html).not.toContain('99.9907');
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

describe('atlassian-cloud through the CLI: --requests (September 2026, Premium 2 000.00 USD)', () => {
  const atlassian = (file: string, extra: readonly string[] = []): Promise<{ code: number; json: Output }> =>
    runJson<Output>(['availability', '--contract', contract('atlassian-cloud'), '--period', '2026-09', '--requests', file, '--scope', 'plan=premium', ...extra]);

  it('60 minutes with 120 of 1 000 failed (12 % > 5 %): 43 140 / 43 200 = 99.86111 % < 99.9 % → 10 % → 200.00 USD', async () => {
    const { code, json } = await atlassian(data('atlassian-cloud', 'requests-2026-09.csv'), ['--fee', '2000.00', '--currency', 'USD']);
    expect(code).toBe(0);
    expect(json.commitment).toBe('premium');
    // Only the Premium commitment is in the scope asked.
    expect(json.commitments.map((c) => c.id)).toEqual(['premium']);
    // 1 − 60/43 200 = 0.998611… → "99.8611"; the figure is in ms of bad minutes.
    expect(json.commitments[0]).toMatchObject({ met: false, availabilityPercent: '99.8611', ratio: { numerator: String(43_140 * MINUTE), denominator: String(43_200 * MINUTE) } });
    expect(json.countedDowntimeMs).toBe(60 * MINUTE);
    // 10 % of 200 000 cents = 20 000 cents.
    expect(json.credits.find((c) => c.commitment === 'premium')?.amountMinor).toBe(20_000);
    expect(json.summary.files).toEqual([{ kind: 'requests', file: data('atlassian-cloud', 'requests-2026-09.csv'), rowsRead: 60, rowsUsed: 60, rowsRejected: 0 }]);
    // September 2026 → claim within 15 days after the month's end: October 15.
    expect(json.claim?.deadline?.lastDay).toBe('2026-10-15');
  });

  it('"greater than 5 %" is strict: 50 of 1 000 failed is not a bad minute, 51 is (43 199 / 43 200)', async () => {
    const { json } = await atlassian(data('atlassian-cloud', 'requests-2026-09-threshold.csv'));
    expect(json.commitments[0]?.ratio).toEqual({ numerator: String(43_199 * MINUTE), denominator: String(43_200 * MINUTE) });
    expect(json.countedDowntimeMs).toBe(MINUTE);
  });

  it('bad request rows are rejected with line and reason; rows read = used + rejected (exit 1)', async () => {
    const dir = scratch({ 'requests.csv': 'at,total,failed\n2026-09-10T10:00:00Z,1000,120\n2026-09-10T10:01:00Z,1000,1001\n2026-09-10T10:02:00Z,ten,1\n2026-09-10T10:03:00Z,1000,\n' });
    const { code, json } = await atlassian(join(dir, 'requests.csv'));
    expect(code).toBe(1);
    expect(json.summary).toMatchObject({ rowsRead: 4, rowsUsed: 1, rowsRejected: 3 });
    expect(json.rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(json.rejected[0]?.reason).toContain('failed');
    expect(json.rejected[0]?.reason).toContain('1001');
    expect(json.rejected[1]?.reason).toContain('total');
    expect(json.rejected[2]?.reason).toContain('failed');
    // The one good row: 12 % failed → one bad minute.
    expect(json.countedDowntimeMs).toBe(MINUTE);
  });

  it('a scope no commitment has is a usage error (exit 2)', async () => {
    const { code, stderr } = await run(['availability', '--contract', contract('atlassian-cloud'), '--period', '2026-09', '--requests', data('atlassian-cloud', 'requests-2026-09.csv'), '--scope', 'plan=free']);
    expect(code).toBe(2);
    expect(stderr).toContain('--scope');
  });
});

describe('microsoft-online-services through the CLI: affected column and --population (April 2026, 1 250.00 EUR, 1 000 users)', () => {
  const microsoft = (file: string, extra: readonly string[] = ['--population', '1000']): Promise<{ code: number; json: Output }> =>
    runJson<Output>(['availability', '--contract', contract('microsoft-online-services'), '--period', '2026-04', '--incidents', data('microsoft-online-services', file), '--fee', '1250.00', '--currency', 'EUR', ...extra]);

  it('100 of 1 000 users down 600 minutes: 1 − 60 000 / 43 200 000 = 99.86111 % → 25 % → 312.50 EUR (not 50 %)', async () => {
    const { code, json } = await microsoft('incidents-2026-04-weighted.csv');
    expect(code).toBe(0);
    // 1 000 users × 43 200 min = 43 200 000 user-min; 100 × 600 = 60 000 lost → 43 140 000 / 43 200 000, in user-ms.
    expect(json.ratioUnit).toBe('user-ms');
    expect(json.commitments[0]).toMatchObject({ met: false, availabilityPercent: '99.8611', ratioUnit: 'user-ms', ratio: { numerator: String(43_140_000 * MINUTE), denominator: String(43_200_000 * MINUTE) } });
    expect(json.ratio).toEqual({ numerator: 43_140_000 * MINUTE, denominator: 43_200_000 * MINUTE });
    // 25 % of 125 000 cents = 31 250.
    expect(json.credit).toEqual({ percent: 25, amountMinor: 31_250, currency: 'EUR' });
  });

  it('no affected column: every user, 60 minutes → 43 140 / 43 200 → 25 %', async () => {
    const { json } = await microsoft('incidents-2026-04-all-users.csv');
    expect(json.commitments[0]?.ratio).toEqual({ numerator: String(43_140_000 * MINUTE), denominator: String(43_200_000 * MINUTE) });
    expect(json.credits[0]?.amountMinor).toBe(31_250);
  });

  it('affected above --population is a rejected row; a bad --population is a usage error', async () => {
    const { code, json } = await microsoft('incidents-2026-04-weighted.csv', ['--population', '50']);
    expect(code).toBe(1);
    expect(json.rejected).toHaveLength(1);
    expect(json.rejected[0]?.reason).toContain('affected');
    expect((await run(['availability', '--contract', contract('microsoft-online-services'), '--period', '2026-04', '--incidents', data('microsoft-online-services', 'incidents-2026-04-weighted.csv'), '--population', '0'])).code).toBe(2);
  });
});

describe('slack-2024 through the CLI (Q3 2026: 132 480 minutes)', () => {
  it('a 2-hour window announced 72 h ahead is excused: 30 min count, 132 450 / 132 480 → missed', async () => {
    const { json } = await runJson<Output>(['availability', '--contract', contract('slack-2024'), '--period', '2026-Q3', '--incidents', data('slack-2024', 'incidents-2026-q3.csv'), '--maintenance', data('slack-2024', 'maintenance-2026-q3-72h.csv'), '--fee', '1000.00', '--currency', 'USD']);
    expect(json.ratio).toEqual({ numerator: 132_450 * MINUTE, denominator: 132_480 * MINUTE });
    expect(json.excusedMs).toBe(120 * MINUTE);
    expect(json.commitments[0]).toMatchObject({ met: false, availabilityPercent: '99.9773' });
    // --fee is the monthly fee (the credit's "fee": { "per": "month" }): the 30 min fall in July and are priced at
    // July's fee per minute: 10 × 100 000 × 30 / 44 640 = 672.04… → 672 cents (half up), as when July alone is evaluated.
    expect(json.credits[0]?.amountMinor).toBe(672);
    // The quarter's fee is the fees of its 3 months: 3 × 100 000 = 300 000 cents.
    expect(json.credits[0]).toMatchObject({ periodFee: '300000' });
  });

  it('the text report says what --fee was: the percent is of the quarter\'s fee, 3 × the monthly fee', async () => {
    const { stdout } = await run(['availability', '--contract', contract('slack-2024'), '--period', '2026-Q3', '--incidents', data('slack-2024', 'incidents-2026-q3.csv'), '--maintenance', data('slack-2024', 'maintenance-2026-q3-72h.csv'), '--fee', '1000.00', '--currency', 'USD']);
    // 672 / 300 000 = 0.224 % of the quarter's fee.
    expect(stdout).toContain('0.224 % of the period\'s fee (3,000.00 USD: the monthly fee over the period) = 6.72 USD');
  });

  it('11 h down in announced maintenance, budget 10 h a year: the top-level excusedMs is 10 h and 1 h counts (132 420 / 132 480)', async () => {
    const { json } = await runJson<Output>(['availability', '--contract', contract('slack-2024'), '--period', '2026-Q3', '--incidents', data('slack-2024', 'incidents-2026-08-long.csv'), '--maintenance', data('slack-2024', 'maintenance-2026-08-long.csv'), '--fee', '1000.00', '--currency', 'USD']);
    expect(json.ratio).toEqual({ numerator: 132_420 * MINUTE, denominator: 132_480 * MINUTE });
    expect(json.excusedMs).toBe(600 * MINUTE);
    expect(json.countedDowntimeMs).toBe(60 * MINUTE);
    // The incident itself says so: 11 h inside the window, 10 h excused by the budget, 1 h over it counted.
    expect(json.incidents).toEqual([expect.objectContaining({ durationMs: 660 * MINUTE, countedMs: 60 * MINUTE, excusedMs: 600 * MINUTE, overBudgetMs: 60 * MINUTE })]);
    expect(json.notes).toContain(`maintenance budget: ${60 * MINUTE} ms of maintenance downtime over the budget counted`);
  });

  it('the text report shows the same: counted 1 h, the window named with the hour over the budget', async () => {
    const { stdout } = await run(['availability', '--contract', contract('slack-2024'), '--period', '2026-Q3', '--incidents', data('slack-2024', 'incidents-2026-08-long.csv'), '--maintenance', data('slack-2024', 'maintenance-2026-08-long.csv'), '--fee', '1000.00', '--currency', 'USD']);
    expect(stdout).toMatch(/11 h\s+internal\s+1 h\s+maintenance: .*\(1 h over the maintenance budget, counted\)/);
  });

  it('--from/--to without --period: July as an explicit period, 10 × 100 000 × 30 / 44 640 = 672.04… → 6.72 USD', async () => {
    const { json } = await runJson<Output>(['availability', '--contract', contract('slack-2024'), '--from', '2026-07-01T00:00:00Z', '--to', '2026-08-01T00:00:00Z', '--incidents', data('slack-2024', 'incidents-2026-07.csv'), '--fee', '1000.00', '--currency', 'USD']);
    expect(json.period).toEqual({ start: '2026-07-01T00:00:00.000Z', end: '2026-08-01T00:00:00.000Z' });
    expect(json.credits[0]?.amountMinor).toBe(672);
  });
});

describe('--from with --period: the service lifetime clips the period', () => {
  it('a Droplet created 2026-06-16 exists 21 600 minutes of June: 6 minutes down → 21 594 / 21 600', async () => {
    const { json } = await runJson<Output>(['availability', '--contract', contract('digitalocean-droplets'), '--period', '2026-06', '--from', '2026-06-16T00:00:00Z', '--incidents', data('digitalocean-droplets', 'incidents-2026-06-20.csv')]);
    expect(json.period).toEqual({ start: '2026-06-16T00:00:00.000Z', end: '2026-07-01T00:00:00.000Z' });
    expect(json.nominalPeriod).toEqual({ start: '2026-06-01T00:00:00.000Z', end: '2026-07-01T00:00:00.000Z' });
    expect(json.ratio).toEqual({ numerator: 21_594 * MINUTE, denominator: 21_600 * MINUTE });
  });

  it('--from without --to and without --period is a usage error', async () => {
    const { code, stderr } = await run(['availability', '--contract', contract('digitalocean-droplets'), '--from', '2026-06-16T00:00:00Z', '--no-downtime']);
    expect(code).toBe(2);
    expect(stderr).toContain('--from');
  });
});

describe('--claims: earlier claims (downtime already credited is not credited again)', () => {
  const july = (claims: string): Promise<{ code: number; json: Output }> =>
    runJson<Output>(['availability', '--contract', contract('slack-2024'), '--from', '2026-07-01T00:00:00Z', '--to', '2026-08-01T00:00:00Z', '--incidents', data('slack-2024', 'incidents-2026-07.csv'), '--claims', claims, '--fee', '1000.00', '--currency', 'USD']);

  it('20 of the 30 minutes already credited by C-1: 10 × 100 000 × 10 / 44 640 = 224.01… → 224 cents', async () => {
    const { code, json } = await july(data('slack-2024', 'claims-2026-07.csv'));
    expect(code).toBe(0);
    const credit = json.credits[0] as Output['credits'][number] & { claimHistory: { removedMs: number } | null };
    expect(credit.amountMinor).toBe(224);
    expect(credit.claimHistory?.removedMs).toBe(20 * MINUTE);
    expect(json.summary.files.map((f) => [f.kind, f.rowsRead, f.rowsUsed])).toEqual([['incidents', 1, 1], ['claims', 1, 1]]);
  });

  it('a claim row with neither credited downtime nor an amount with its period is rejected (exit 1), and counts nothing', async () => {
    const dir = scratch({ 'claims.csv': 'id,start,end,periodStart,periodEnd,amountMinor\nC-2,,,,,500\nC-3,,,,,\nC-4,2026-07-07T10:00:00Z,,,,\n' });
    const { code, json } = await july(join(dir, 'claims.csv'));
    expect(code).toBe(1);
    expect(json.rejected.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(json.rejected[0]?.reason).toContain('periodStart');
    // Nothing removed: the whole 30 minutes are credited, 10 × 100 000 × 30 / 44 640 = 672.04… → 672.
    expect(json.credits[0]?.amountMinor).toBe(672);
  });
});
