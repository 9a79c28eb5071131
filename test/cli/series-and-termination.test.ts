// slakit availability --series and slakit termination: a contract with a time commitment (99.9 % a
// month), a series commitment (p95 latency ≤ 200 ms a month) and termination rights on each.
// Expected values are hand-computed; times are UTC.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodsOf } from '../../src/cli/commands/termination.js';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const source = { document: 'Test colocation SLA', section: '§4 Termination', quote: 'two consecutive months below the commitment' };
const CONTRACT = JSON.stringify({
  id: 'colo',
  name: 'Colocation with latency',
  calendars: {},
  availability: {
    zone: 'UTC',
    commitments: [
      { id: 'uptime', target: '99.9', period: 'month' },
      { id: 'p95', period: 'month', metric: { type: 'series', series: 'latency', statistic: 'percentile', percentile: 95, bound: 200, unit: 'ms' } },
    ],
  },
  remedies: {
    termination: [
      { id: 'uptime-twice', type: 'consecutive-misses', count: 2, commitment: 'uptime', source },
      { id: 'latency-twice', type: 'consecutive-misses', count: 2, commitment: 'p95' },
    ],
  },
});

// June (43 200 min): 60 min down → 1 − 60/43 200 = 99.8611 % < 99.9 (allows 43.2 min): missed.
// July (44 640 min): nothing → 100 %: met.
// August (44 640 min): 50 min → 1 − 50/44 640 = 99.8879 %: missed.
// September (43 200 min): 45 min → 1 − 45/43 200 = 99.8958 %: missed.
const INCIDENTS = ['start,end,cause', '2026-06-10T10:00:00Z,2026-06-10T11:00:00Z,power', '2026-08-05T10:00:00Z,2026-08-05T10:50:00Z,power', '2026-09-07T10:00:00Z,2026-09-07T10:45:00Z,power', ''].join('\n');
// June: 100, 250, 300 → nearest rank ⌈0.95 × 3⌉ = 3 → 300 > 200: missed. July, August: one point 150 → met.
// September: one point 250 → missed. Misses: June, September: never two in a row.
const LATENCY = ['at,value', '2026-06-01T00:00:00Z,100', '2026-06-02T00:00:00Z,250', '2026-06-03T00:00:00Z,300', '2026-07-01T00:00:00Z,150', '2026-08-01T00:00:00Z,150.0', '2026-09-01T00:00:00Z,250', ''].join('\n');

const dir = scratch({ 'colo.json': CONTRACT, 'incidents.csv': INCIDENTS, 'latency.csv': LATENCY, 'bad-latency.csv': 'at,value\n2026-06-01T00:00:00Z,1e3\n2026-06-02T00:00:00Z,abc\n2026-06-03T00:00:00Z,180\n' });
const file = (name: string): string => join(dir, name);
const base = ['--contract', file('colo.json'), '--incidents', file('incidents.csv')];

describe('slakit availability --series', () => {
  interface Json {
    commitments: { id: string; availabilityPercent: string; met: boolean }[];
    seriesCommitments: { id: string; series: string; value: number | null; rank: number | null; points: number; met: boolean | null; bound: string; unit: string | null; margin: { numerator: string; denominator: string } | null }[];
    summary: { rowsRead: number; rowsUsed: number; rowsRejected: number };
  }

  it('June: uptime 99.8611 % missed; p95 of 100, 250, 300 (rank 3) = 300 ms > 200: missed by 100', async () => {
    const { code, json } = await runJson<Json>(['availability', ...base, '--period', '2026-06', '--series', `latency=${file('latency.csv')}`]);
    expect(code).toBe(0);
    expect(json.commitments).toEqual([{ id: 'uptime', availabilityPercent: '99.8611', met: false }].map((c) => expect.objectContaining(c)));
    expect(json.seriesCommitments).toEqual([
      expect.objectContaining({ id: 'p95', series: 'latency', value: 300, rank: 3, points: 3, met: false, bound: '200', unit: 'ms', margin: { numerator: '-100', denominator: '1' } }),
    ]);
    // 3 incident rows + 6 series rows, all used.
    expect(json.summary).toMatchObject({ rowsRead: 9, rowsUsed: 9, rowsRejected: 0 });
  });

  it('the text report lists the series commitment with its value, rank, bound and verdict', async () => {
    const { stdout } = await run(['availability', ...base, '--period', '2026-07', '--series', `latency=${file('latency.csv')}`]);
    expect(stdout).toMatch(/p95\s+p95 of latency\s+150 ms \(rank 1 of 1\)\s+≤ 200 ms\s+met/);
  });

  it('a value that is not a plain decimal rejects its row (1e3, abc); read 3 = used 1 + rejected 2, exit 1', async () => {
    const { code, json, stderr } = await runJson<Json>(['availability', ...base, '--period', '2026-06', '--series', `latency=${file('bad-latency.csv')}`]);
    expect(code).toBe(1);
    expect(json.seriesCommitments[0]).toMatchObject({ value: 180, points: 1, met: true });
    expect(json.summary).toMatchObject({ rowsRead: 6, rowsUsed: 4, rowsRejected: 2 });
    expect(stderr).toMatch(/line 2: rejected: value: expected a plain decimal number/);
    expect(stderr).toMatch(/line 3: rejected: value: expected a plain decimal number/);
  });

  it('an unknown series name, a series given twice, a malformed flag: usage errors (exit 2) before reading', async () => {
    const unknown = await run(['availability', ...base, '--period', '2026-06', '--series', `jitter=${file('latency.csv')}`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown series "jitter" \(the series of contract colo are "latency"\)/);
    const twice = await run(['availability', ...base, '--period', '2026-06', '--series', `latency=${file('latency.csv')}`, '--series', `latency=${file('bad-latency.csv')}`]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/series "latency" is given twice/);
    const malformed = await run(['availability', ...base, '--period', '2026-06', '--series', 'latency']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/--series expects name=file/);
  });

  it('a series commitment without its series is named: series.latency', async () => {
    const { code, stderr } = await run(['availability', ...base, '--period', '2026-06']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/series\.latency/);
  });

  it('--out may not overwrite a series file', async () => {
    const { code, stderr } = await run(['availability', ...base, '--period', '2026-06', '--series', `latency=${file('latency.csv')}`, '--out', file('latency.csv')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--series latency/);
  });
});

describe('slakit termination', () => {
  interface Json {
    periods: { label: string; commitments: { id: string; met: boolean }[]; seriesCommitments: { id: string; met: boolean | null }[] }[];
    termination: { triggered: boolean; rights: { id: string | null; commitment: string; triggered: boolean; triggeredAt: string | null; periods: string[]; source: { section: string } | null }[] };
    summary: { rowsRead: number; rowsUsed: number };
  }
  const args = (periods: string): string[] => ['termination', ...base, '--series', `latency=${file('latency.csv')}`, '--periods', periods];

  it('June–September: uptime missed in August and September → the right arises at 2026-09; latency misses June and September only', async () => {
    const { code, json } = await runJson<Json>(args('2026-06..2026-09'));
    expect(code).toBe(0);
    expect(json.periods.map((p) => [p.label, p.commitments[0]?.met, p.seriesCommitments[0]?.met])).toEqual([
      ['2026-06', false, false],
      ['2026-07', true, true],
      ['2026-08', false, true],
      ['2026-09', false, false],
    ]);
    expect(json.termination.triggered).toBe(true);
    expect(json.termination.rights).toEqual([
      expect.objectContaining({ id: 'uptime-twice', commitment: 'uptime', triggered: true, triggeredAt: '2026-09', periods: ['2026-08', '2026-09'], source: expect.objectContaining({ section: '§4 Termination' }) }),
      expect.objectContaining({ id: 'latency-twice', commitment: 'p95', triggered: false, triggeredAt: null, periods: [] }),
    ]);
    // The files are read once for the four periods: 3 + 6 rows.
    expect(json.summary).toMatchObject({ rowsRead: 9, rowsUsed: 9 });
  });

  it('June–August: no two misses in a row for either commitment → no right arises (text)', async () => {
    const { code, stdout } = await run(args('2026-06..2026-08'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/Termination rights: none arises/);
    expect(stdout).toMatch(/uptime-twice \(commitment "uptime"\): does not arise — /);
  });

  it('bad --periods and the flags of one period are usage errors', async () => {
    for (const [periods, message] of [
      ['2026-09..2026-06', /the last period is before the first/],
      ['2026-06..2026-Q3', /both ends must be of one kind/],
      ['2026-06,2026-09', /expected <first>\.\.<last>/],
      ['2026-13', /expected <first>\.\.<last>/],
      ['2026-13..2027-01', /"2026-13" is not a period/],
    ] as const) {
      const { code, stderr } = await run(args(periods));
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
    const period = await run([...args('2026-06..2026-07'), '--period', '2026-06']);
    expect(period.code).toBe(2);
    expect(period.stderr).toMatch(/--period is not a flag of slakit termination/);
  });
});

describe('periodsOf', () => {
  it('ranges across a year end, quarters and years; at most 1 200 periods', () => {
    expect(periodsOf('2026-11..2027-02', 'UTC')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodsOf('2026-Q4..2027-Q1', 'UTC')).toEqual(['2026-Q4', '2027-Q1']);
    expect(periodsOf('2024..2026', 'UTC')).toEqual(['2024', '2025', '2026']);
    expect(periodsOf('2026-06', 'UTC')).toEqual(['2026-06']);
    // 1900-01 … 1999-12 is 100 × 12 = 1 200 months; one more is refused.
    expect(periodsOf('1900-01..1999-12', 'UTC')).toHaveLength(1200);
    expect(() => periodsOf('1900-01..2000-01', 'UTC')).toThrow(/at most 1200 periods/);
  });
});

describe('usage errors name the command they come from', () => {
  it('slakit claim and slakit termination, given a bad --scope, say so under their own name (not "slakit availability")', async () => {
    const claim = await run(['claim', ...base, '--period', '2026-06', '--scope', 'tier=gold']);
    expect(claim.code).toBe(2);
    expect(claim.stderr).toMatch(/^slakit claim: --scope tier=gold: key must be one of plan, region, service/);
    const termination = await run(['termination', ...base, '--periods', '2026-06', '--scope', 'tier=gold']);
    expect(termination.stderr).toMatch(/^slakit termination: --scope tier=gold/);
  });
});

describe('Contract.termination reads consecutive periods only', () => {
  it('a gap (May, July, September), a repeat (May, May, May) or a reversed order is an SlaInputError naming the report', async () => {
    const { defineContract } = await import('../../src/index.js');
    const contract = defineContract(JSON.parse(CONTRACT));
    // Each of these months: 8 h down → far below 99.9 %; three in a row would be two rights' worth of misses.
    const month = (period: string) => contract.availability({ period, incidents: [{ start: `${period}-10T00:00:00Z`, end: `${period}-10T08:00:00Z` }], series: { latency: [{ at: `${period}-01T00:00:00Z`, value: 100 }] } });
    expect(() => contract.termination(['2026-05', '2026-07', '2026-09'].map(month))).toThrow(/reports\[1\]: expected the period right after reports\[0\] \(2026-05, ending 2026-06-01T00:00:00.000Z\).*got "2026-07"/);
    expect(() => contract.termination(['2026-05', '2026-05', '2026-05'].map(month))).toThrow(/reports\[1\]/);
    expect(() => contract.termination(['2026-06', '2026-05'].map(month))).toThrow(/reports\[1\]/);
    // May, June: consecutive, both missed → "two in a row" arises at 2026-06.
    expect(contract.termination(['2026-05', '2026-06'].map(month)).rights[0]).toMatchObject({ triggered: true, labels: ['2026-05', '2026-06'] });
  });
});

describe('a credit that is a share of the fee, without --fee', () => {
  it('Slack (10 × the fee for the downtime) without --fee: exit 2 naming --fee and --currency, not the library field', async () => {
    const slack = join(import.meta.dirname, '..', '..', 'examples', 'contracts', 'slack-2024.json');
    const incidents = join(import.meta.dirname, '..', '..', 'examples', 'data', 'slack-2024', 'incidents-2026-07.csv');
    const { code, stderr } = await run(['availability', '--contract', slack, '--period', '2026-Q3', '--incidents', incidents]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^slakit availability: --fee <amount> --currency <code> are needed: the monthly fee \(a proportional credit is a share of it\)/);
  });
});
