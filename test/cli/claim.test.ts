// slakit claim: the claim pack (figures, credits and rules, deadline, evidence, clauses) and
// SHA-256 digests of the definition and the input files; the library's claimPack gives the same data.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/cli/commands/claim.js';
import { claimPack, defineContract } from '../../src/index.js';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const AWS = join(EXAMPLES, 'contracts', 'aws-ec2-region-2022.json');
const INCIDENTS = join(EXAMPLES, 'data', 'aws-ec2-region-2022', 'incidents-2026-06.csv');
const MINUTE = 60_000;

interface Pack {
  contract: { id: string };
  period: { start: string; end: string; label: string };
  commitments: { id: string; availabilityPercent: string; ratio: { numerator: string; denominator: string }; met: boolean }[];
  credits: { id: string; amountMinor: number | null; rule: string; source: { section: string } | null }[];
  total: { totalMinor: number; currency: string | null } | null;
  deadline: { lastDay: string; endsAt: string } | null;
  evidence: { id: string; description: string }[];
  incidents: { commitment: string; start: string; end: string; durationMs: number; countedMs: number; excusedMs: number; overBudgetMs: number; excusedBy: string[] }[];
  citations: { section: string; quote: string }[];
  digests: { algorithm: string; definition: string; files: { kind: string; file: string; sha256: string }[] };
  rerun: string;
}

const args = (contract: string, extra: readonly string[] = []): string[] => ['claim', '--contract', contract, '--period', '2026-06', '--incidents', INCIDENTS, '--fee', '1000.00', '--currency', 'USD', ...extra];

describe('canonical JSON and SHA-256', () => {
  it('sorts keys at every depth, keeps array order, drops no value', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 'x' }] })).toBe('{"a":[2,{"c":"x","d":3}],"b":1}');
  });

  it('any JSON value: reading it back gives the value, and reordering every object\'s keys gives the same text (1 000 runs)', () => {
    const reorder = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reorder);
      if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorder(v)]));
      return value;
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reorder(value))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('SHA-256 of "abc" is the FIPS 180-2 test vector', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('slakit claim — AWS June 2026, 10 minutes down, 1 000.00 USD', () => {
  it('gives the figures, the credit and its rule, the deadline, the evidence and the clauses', async () => {
    const { code, json } = await runJson<Pack>(args(AWS));
    expect(code).toBe(0);
    // 1 − 10/43 200 = 43 190/43 200 → 99.9768 %, missed; 10 % of 100 000 cents = 10 000.
    expect(json.commitments).toMatchObject([{ id: 'region', met: false, availabilityPercent: '99.9768', ratio: { numerator: String(43_190 * MINUTE), denominator: String(43_200 * MINUTE) } }]);
    expect(json.credits).toMatchObject([{ id: 'region-credit', amountMinor: 10_000, source: { section: 'Service Credits' } }]);
    expect(json.credits[0]?.rule).toContain('10 %');
    expect(json.total).toEqual({ totalMinor: 10_000, currency: 'USD', rule: expect.any(String) });
    // June's cycle; the second cycle after is August → last day 2026-08-31, ends 2026-09-01T00:00Z.
    expect(json.deadline).toMatchObject({ lastDay: '2026-08-31', endsAt: '2026-09-01T00:00:00.000Z' });
    // The definition asks for three things in a credit request.
    expect(json.evidence.map((e) => e.id)).toEqual(['subject', 'incidents', 'resources']);
    expect(json.citations.map((c) => c.section)).toContain('Region-Level SLA');
    // The evidence asked for, "the dates and times of each incident": the one 10-minute outage, all counted.
    expect(json.incidents).toEqual([
      { commitment: 'region', start: '2026-06-10T10:00:00.000Z', end: '2026-06-10T10:10:00.000Z', durationMs: 10 * MINUTE, causes: ['internal'], ids: expect.any(Array), recorded: true, countedMs: 10 * MINUTE, excusedMs: 0, overBudgetMs: 0, excusedBy: [] },
    ]);
  });

  it('the text pack lists each incident with its counted downtime', async () => {
    const { stdout } = await run(args(AWS));
    expect(stdout).toContain('2026-06-10T10:00:00.000Z → 2026-06-10T10:10:00.000Z (10 min, internal): counted 10 min, excused 0 min');
  });

  it('digests the definition (canonical JSON) and every input file with SHA-256', async () => {
    const { json } = await runJson<Pack>(args(AWS));
    const fileHash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(json.digests.algorithm).toBe('sha256');
    expect(json.digests.files).toEqual([
      { kind: 'contract', file: AWS, sha256: fileHash(AWS) },
      { kind: 'incidents', file: INCIDENTS, sha256: fileHash(INCIDENTS) },
    ]);
    expect(json.digests.definition).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a --map file is digested too, and the pack gives the command line that re-runs it', async () => {
    // The export names its columns From/To/Why; the map renames them to slakit's start/end/cause.
    const dir = scratch({
      'outages.csv': 'From,To,Why\n2026-06-10T10:00:00Z,2026-06-10T10:10:00Z,internal\n',
      'map.json': '{"incidents": {"columns": {"From": "start", "To": "end", "Why": "cause"}}}',
    });
    const outages = join(dir, 'outages.csv');
    const map = join(dir, 'map.json');
    const fileHash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
    const { code, json } = await runJson<Pack>(['claim', '--contract', AWS, '--period', '2026-06', '--incidents', outages, '--map', map, '--fee', '1000.00', '--currency', 'USD', '--out', '-']);
    expect(code).toBe(0);
    expect(json.digests.files).toEqual([
      { kind: 'contract', file: AWS, sha256: fileHash(AWS) },
      { kind: 'incidents', file: outages, sha256: fileHash(outages) },
      { kind: 'map', file: map, sha256: fileHash(map) },
    ]);
    // every flag but --out and --format, sorted by name; paths without spaces are not quoted
    expect(json.rerun).toBe(`slakit claim --contract ${AWS} --currency USD --fee 1000.00 --incidents ${outages} --map ${map} --period 2026-06`);
  });

  it('a value with a space or a quote is quoted for a POSIX shell in the re-run line', async () => {
    const dir = scratch({ "it's here.csv": 'start,end,cause\n2026-06-10T10:00:00Z,2026-06-10T10:10:00Z,internal\n' });
    const file = join(dir, "it's here.csv");
    const { json } = await runJson<Pack>(['claim', '--contract', AWS, '--period', '2026-06', '--incidents', file, '--fee', '1000.00', '--currency', 'USD']);
    // ' is closed, escaped and reopened: 'it'\''s here.csv'
    expect(json.rerun).toContain(`--incidents '${file.replaceAll("'", "'\\''")}'`);
  });

  it('a value that starts with "-" is written --flag=value in the re-run line, so it reads back as a value (attack 18, M1)', async () => {
    const dir = scratch({ '-inc.csv': 'start,end,cause\n2026-06-10T10:00:00Z,2026-06-10T10:10:00Z,internal\n' });
    const { code, json } = await runJson<Pack>(['claim', '--contract', AWS, '--period', '2026-06', `--incidents=${join(dir, '-inc.csv')}`, '--fee', '1000.00', '--currency', 'USD']);
    expect(code).toBe(0);
    // the path is absolute (starts with "/"), so it is written as is; a relative "-inc.csv" would be --incidents=-inc.csv
    expect(json.rerun).toContain(`--incidents ${join(dir, '-inc.csv')}`);
    const relative = await runJson<Pack>(['claim', '--contract', AWS, '--period', '2026-06', '--incidents', INCIDENTS, '--cause-alias=-x=internal', '--fee', '1000.00', '--currency', 'USD']);
    expect(relative.json.rerun).toContain('--cause-alias=-x=internal');
  });

  it('--series - (standard input) is refused like any other input', async () => {
    const result = await run(['claim', '--contract', AWS, '--period', '2026-06', '--series', 'latency=-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--series -: slakit claim digests its inputs, so it reads files, not standard input');
  });

  it('the same definition written with other key order and spacing has the same definition digest, another file digest', async () => {
    const definition = JSON.parse(readFileSync(AWS, 'utf8')) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(definition).reverse());
    const dir = scratch({ 'aws.json': JSON.stringify(reordered) });
    const [a, b] = [await runJson<Pack>(args(AWS)), await runJson<Pack>(args(join(dir, 'aws.json')))];
    expect(b.json.digests.definition).toBe(a.json.digests.definition);
    expect(b.json.digests.files[0]?.sha256).not.toBe(a.json.digests.files[0]?.sha256);
  });

  it('text and HTML name the figure, the amount, the deadline and the digests', async () => {
    const text = await run(args(AWS));
    expect(text.stdout).toContain('region: 99.9768 %');
    expect(text.stdout).toContain('100.00 USD');
    expect(text.stdout).toContain('claim by 2026-08-31');
    const html = await run(args(AWS, ['--format', 'html']));
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('99.9768 %');
    expect(html.stdout).toContain('2026-08-31');
  });

  it('refuses standard input (a digest needs a file): exit 2', async () => {
    const { code, stderr } = await run(['claim', '--contract', AWS, '--period', '2026-06', '--incidents', '-']);
    expect(code).toBe(2);
    expect(stderr).toContain('standard input');
  });
});

describe('claimPack (library): the pack data without digests', () => {
  it('AWS June 2026, 10 minutes: 10 000 cents, claim by 2026-08-31', () => {
    const aws = defineContract(JSON.parse(readFileSync(AWS, 'utf8')));
    const pack = claimPack(aws, { period: '2026-06', incidents: [{ start: '2026-06-10T10:00:00Z', end: '2026-06-10T10:10:00Z', cause: 'internal' }], feeMinor: 100_000, currency: 'USD' });
    expect(pack.credits[0]?.amountMinor).toBe(10_000);
    expect(pack.deadline?.lastDay).toBe('2026-08-31');
    expect(pack.period).toEqual({ start: '2026-06-01T00:00:00.000Z', end: '2026-07-01T00:00:00.000Z', label: '2026-06' });
    // Each clause once: the six cited sources have distinct quotes.
    expect(new Set(pack.citations.map((c) => c.quote)).size).toBe(pack.citations.length);
    expect('digests' in pack).toBe(false);
  });

  it('Slack Q3 2026, 11 h down inside a window announced 72 h ahead, 10 h budget a year: the incident counts 1 h, 10 h excused', () => {
    const slack = defineContract(JSON.parse(readFileSync(join(EXAMPLES, 'contracts', 'slack-2024.json'), 'utf8')));
    const pack = claimPack(slack, {
      period: '2026-Q3',
      incidents: [{ start: '2026-08-01T00:00:00Z', end: '2026-08-01T11:00:00Z', cause: 'internal' }],
      maintenance: [{ start: '2026-08-01T00:00:00Z', end: '2026-08-01T11:00:00Z', announcedAt: '2026-07-29T00:00:00Z' }],
      feeMinor: 300_000,
      currency: 'USD',
    });
    expect(pack.incidents).toMatchObject([{ durationMs: 660 * MINUTE, countedMs: 60 * MINUTE, excusedMs: 600 * MINUTE, overBudgetMs: 60 * MINUTE }]);
    expect(pack.incidents[0]?.excusedBy[0]).toMatch(/^maintenance: /);
  });
});
