// slakit tickets a.csv b.csv c.csv / slakit availability --probes a.csv --probes b.csv:
// each file evaluated alone on worker threads, one summary table, each file's report,
// in the order given; --jobs 1 (in process) writes the same bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, scratch, slakit } from './built-cli.js';

beforeAll(ensureBuilt, 300_000);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = '2026-11-30T18:00:00Z';
const SAMPLE = readFileSync(join(ROOT, 'samples/lumapps-tickets-2026-11.csv'), 'utf8');
const HEADER = 'id,priority,region,openedAt,respondedAt\n';
const row = (id: string): string => `${SAMPLE.split('\n').find((line) => line.startsWith(`${id},`))}\n`;

// a.csv: the LumApps sample export (14 tickets): missed LA-1002, LA-1006, LA-1008, LA-1012; open LA-1009; 9 met
//   (each verdict computed by hand in tickets.test.ts).
// b.csv: LA-1001 met (due Thu 09:30 Paris over Armistice Day, answered 09:20), LA-1006 missed (due Tue 11:00 Tokyo,
//   answered 11:30), LA-1009 open (due 15:00 New York, now 13:00 New York) → 1 met, 1 missed, 1 open.
// c.csv: LA-1008 missed (p1 due Mon 10:30 Paris, open at 19:00 Paris), LA-1014 met (p1 Thu 11:00 Paris, answered
//   11:42: 42 business min < 1 h) → 1 met, 1 missed; with a third row of priority p9 in bad.csv (rejected).
const tickets = scratch({
  'a.csv': SAMPLE,
  'b.csv': HEADER + row('LA-1001') + row('LA-1006') + row('LA-1009'),
  'c.csv': HEADER + row('LA-1008') + row('LA-1014'),
  'bad.csv': `${HEADER}${row('LA-1008')}LA-2000,p9,emea,2026-11-30T09:30:00+01:00,\n${row('LA-1014')}`,
});
const file = (name: string): string => join(tickets, name);
const ticketsArgs = (...names: string[]): string[] => ['tickets', ...names.map(file), '--contract', 'lumapps', '--now', NOW];

interface PerFile {
  files: ({ file: string } & Record<string, unknown>)[];
  total: Record<string, unknown>;
  reports: { file: string; report: unknown }[];
}

const json = (args: readonly string[]): { code: number | null; json: PerFile; stderr: string } => {
  const run = slakit([...args, '--format', 'json']);
  return { code: run.code, json: JSON.parse(run.stdout) as PerFile, stderr: run.stderr };
};

describe('slakit tickets on three exports (one per customer)', () => {
  let cached: ReturnType<typeof json> | undefined;
  const three = (): ReturnType<typeof json> => (cached ??= json([...ticketsArgs('a.csv', 'b.csv', 'c.csv'), '--jobs', '2']));

  it('one summary row per file, in the order given, with hand-computed figures', () => {
    const { code, json: out, stderr } = three();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(out.files).toEqual([
      { file: file('a.csv'), rowsRead: 14, rowsUsed: 14, rowsRejected: 0, tickets: 14, met: 9, missed: 4, open: 1 },
      { file: file('b.csv'), rowsRead: 3, rowsUsed: 3, rowsRejected: 0, tickets: 3, met: 1, missed: 1, open: 1 },
      { file: file('c.csv'), rowsRead: 2, rowsUsed: 2, rowsRejected: 0, tickets: 2, met: 1, missed: 1, open: 0 },
    ]);
  });

  it('the totals add up the files: 14 + 3 + 2 = 19 rows; met 9 + 1 + 1 = 11, missed 4 + 1 + 1 = 6, open 1 + 1 + 0 = 2', () => {
    expect(three().json.total).toEqual({ files: 3, rowsRead: 19, rowsUsed: 19, rowsRejected: 0, tickets: 19, met: 11, missed: 6, open: 2 });
  });

  it("each file's report is the JSON of a run on that file alone", () => {
    const { json: out } = three();
    expect(out.reports.map((report) => report.file)).toEqual([file('a.csv'), file('b.csv'), file('c.csv')]);
    for (const [i, name] of ['a.csv', 'b.csv', 'c.csv'].entries()) {
      const alone = slakit([...ticketsArgs(name), '--format', 'json']);
      expect(alone.code).toBe(0);
      expect(out.reports[i]?.report).toEqual(JSON.parse(alone.stdout));
    }
  });

  it('--jobs 1 (one by one, in process) writes the same bytes as --jobs 2, in JSON and in text', () => {
    for (const format of ['json', 'text']) {
      const one = slakit([...ticketsArgs('a.csv', 'b.csv', 'c.csv'), '--format', format, '--jobs', '1']);
      const two = slakit([...ticketsArgs('a.csv', 'b.csv', 'c.csv'), '--format', format, '--jobs', '2']);
      expect(one.code).toBe(0);
      expect(two).toEqual(one);
    }
  });

  it("text: the summary table with its total, then each file's own text report under ==> file <==", () => {
    const run = slakit([...ticketsArgs('b.csv', 'c.csv'), '--jobs', '2']);
    expect(run.code).toBe(0);
    const [summary, ...sections] = run.stdout.split(/^==> /m);
    const lines = (summary as string).split('\n').map((line) => line.split(/\s{2,}/));
    expect(lines).toContainEqual([file('b.csv'), '3', '3', '0', '3', '1', '1', '1']);
    expect(lines).toContainEqual([file('c.csv'), '2', '2', '0', '2', '1', '1', '0']);
    // 3 + 2 rows; met 1 + 1, missed 1 + 1, open 1 + 0.
    expect(lines).toContainEqual(['total', '5', '5', '0', '5', '2', '2', '1']);
    // A blank line between sections.
    expect(sections).toEqual([`${file('b.csv')} <==\n${slakit(ticketsArgs('b.csv')).stdout}\n`, `${file('c.csv')} <==\n${slakit(ticketsArgs('c.csv')).stdout}`]);
  });

  it('a quoted glob is expanded by slakit, in path order: [bc].csv is b.csv then c.csv', () => {
    const glob = slakit(['tickets', join(tickets, '[cb].csv'), '--contract', 'lumapps', '--now', NOW, '--format', 'json']);
    expect(glob.code).toBe(0);
    expect((JSON.parse(glob.stdout) as PerFile).files.map((f) => f.file)).toEqual([file('b.csv'), file('c.csv')]);
  });

  it('a file with a bad row: exit 1, the row named with its file and line, rows reconcile per file and in total', () => {
    const { code, json: out, stderr } = json([...ticketsArgs('b.csv', 'bad.csv'), '--jobs', '2']);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${file('bad.csv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 3: rejected: priority: .*p9`, 'm'));
    expect(stderr.trim().split('\n')).toHaveLength(1);
    // bad.csv: 3 rows read = 2 used (LA-1008 missed, LA-1014 met) + 1 rejected (line 3, p9).
    expect(out.files[1]).toEqual({ file: file('bad.csv'), rowsRead: 3, rowsUsed: 2, rowsRejected: 1, tickets: 2, met: 1, missed: 1, open: 0 });
    // 3 + 3 = 6 read = (3 + 2) used + (0 + 1) rejected.
    expect(out.total).toMatchObject({ rowsRead: 6, rowsUsed: 5, rowsRejected: 1 });
  });

  it('a missing file: exit 2, the file named, nothing reported', () => {
    const run = slakit([...ticketsArgs('b.csv', 'missing.csv', 'c.csv'), '--jobs', '2']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`slakit tickets: ${file('missing.csv')}: no such file\n`);
  });

  it('a worker thread that exits while reading c.csv: exit 2 naming c.csv, nothing reported', () => {
    // --jobs 2: this thread takes a.csv, the worker thread c.csv (the next file). In worker threads only,
    // opening c.csv ends the thread (process.exit) before it answers.
    const crash = [
      'import fs from "node:fs/promises";',
      'import { syncBuiltinESMExports } from "node:module";',
      'import { isMainThread } from "node:worker_threads";',
      'const open = fs.open;',
      'if (!isMainThread) { fs.open = (path, ...rest) => (String(path).endsWith("c.csv") ? process.exit(9) : open(path, ...rest)); syncBuiltinESMExports(); }',
    ].join('\n');
    const run = slakit([...ticketsArgs('a.csv', 'c.csv', 'b.csv'), '--jobs', '2'], { nodeOptions: ['--import', `data:text/javascript,${encodeURIComponent(crash)}`] });
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`slakit tickets: ${file('c.csv')}: the worker thread evaluating it stopped: it exited without an answer\n`);
    expect(run.code).toBe(2);
  });

  it('one file stays exactly as before: the same report as a single-file run, no summary', () => {
    const run = slakit([...ticketsArgs('b.csv'), '--jobs', '2', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout) as object)).toEqual(['contract', 'tickets', 'rejected', 'summary']);
    expect(run.stdout).toBe(slakit([...ticketsArgs('b.csv'), '--format', 'json']).stdout);
  });

  it('refuses what belongs to one file (--events, --format csv), a bad --jobs and a file given twice: exit 2', () => {
    expect(slakit([...ticketsArgs('b.csv', 'c.csv'), '--events', file('c.csv')]).stderr).toContain('--events belongs to one ticket export: with 2 files, run one command per file');
    expect(slakit([...ticketsArgs('b.csv', 'c.csv'), '--format', 'csv']).stderr).toContain('--format must be text or json with several files');
    expect(slakit([...ticketsArgs('b.csv', 'c.csv'), '--jobs', '0']).stderr).toContain('--jobs must be a whole number ≥ 1');
    const oneFile = slakit([...ticketsArgs('b.csv'), '--jobs', 'two']);
    expect(oneFile.code).toBe(2);
    expect(oneFile.stderr).toContain('--jobs must be a whole number ≥ 1 (worker threads), got "two"');
    const twice = slakit([...ticketsArgs('b.csv', 'c.csv'), file('b.csv')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`<file.csv> ${file('b.csv')}: the file is given twice`);
  });
});

/**
 * A month of Letsignit probes, March 2020 in Paris ([2020-02-29T23:00Z, 2020-03-31T22:00Z): 743 h, DST on
 * 29 March), one every `stepMs`, all up except `[outage, outage + downMs)` on Tuesday 10 March from 09:00Z
 * (10:00 Paris, outside the nightly 23:00–08:00 window and the third Saturday).
 */
function probes(stepMs: number, downMs: number): string {
  const start = Date.UTC(2020, 1, 29, 23);
  const end = Date.UTC(2020, 2, 31, 22);
  const outage = Date.UTC(2020, 2, 10, 9);
  let text = 'at,ok,latencyMs\n';
  for (let t = start; t < end; t += stepMs) text += t >= outage && t < outage + downMs ? `${new Date(t).toISOString()},false,\n` : `${new Date(t).toISOString()},true,120\n`;
  return text;
}

describe('slakit availability on three monitors (--probes repeated)', () => {
  // eu: a probe every 30 s (743 h × 120 = 89 160 rows), down 1 h; us and ap: every 5 min (743 × 12 = 8 916 rows),
  // down 4 h and 2 h. The commitment that feeds the credit is "application" (99 %, monthly), 24/7: |P| = 743 h.
  const monitors = scratch({ 'eu.csv': probes(30_000, HOUR), 'us.csv': probes(5 * MINUTE, 4 * HOUR), 'ap.csv': probes(5 * MINUTE, 2 * HOUR) });
  const monitor = (name: string): string => join(monitors, name);
  const args = (...names: string[]): string[] => [
    'availability', '--contract', 'letsignit', '--period', '2020-03', ...names.flatMap((name) => ['--probes', monitor(name)]), '--fee', '1000.00', '--currency', 'EUR',
  ];

  it('per monitor, in the order given although eu.csv (10 × the rows) finishes last: availability, verdict, credit', () => {
    const { code, json: out, stderr } = json([...args('eu.csv', 'us.csv', 'ap.csv'), '--jobs', '2']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(out.files).toEqual([
      // (743 − 1) / 743 = 99.86541… % ≥ 99.5 → met, 0 % credit = 0.00 EUR.
      { file: monitor('eu.csv'), rowsRead: 89_160, rowsUsed: 89_160, rowsRejected: 0, commitment: 'application', availabilityPercent: '99.8654', met: true, creditPercent: 0, creditMinor: 0, currency: 'EUR' },
      // (743 − 4) / 743 = 99.46164… % in [99.4, 99.5) → 3 % of 1 000.00 EUR = 30.00 EUR; ≥ 99 → met.
      { file: monitor('us.csv'), rowsRead: 8916, rowsUsed: 8916, rowsRejected: 0, commitment: 'application', availabilityPercent: '99.4616', met: true, creditPercent: 3, creditMinor: 3000, currency: 'EUR' },
      // (743 − 2) / 743 = 99.73082… % → 0 %.
      { file: monitor('ap.csv'), rowsRead: 8916, rowsUsed: 8916, rowsRejected: 0, commitment: 'application', availabilityPercent: '99.7308', met: true, creditPercent: 0, creditMinor: 0, currency: 'EUR' },
    ]);
    // Rows 89 160 + 8 916 + 8 916 = 106 992; credits 0 + 3 000 + 0 = 3 000 minor units; availabilities are not averaged.
    expect(out.total).toEqual({ files: 3, rowsRead: 106_992, rowsUsed: 106_992, rowsRejected: 0, commitmentsMet: 3, commitmentsMissed: 0, creditMinor: 3000, currency: 'EUR' });
    for (const [i, name] of ['eu.csv', 'us.csv', 'ap.csv'].entries()) {
      expect(out.reports[i]?.report).toEqual(JSON.parse(slakit([...args(name), '--format', 'json']).stdout));
    }
    expect((out.reports[0]?.report as { countedDowntimeMs: number }).countedDowntimeMs).toBe(HOUR);
  });

  it('--jobs 1 and --jobs 2 write the same text; the summary shows each credit and the total', () => {
    const one = slakit([...args('us.csv', 'ap.csv'), '--jobs', '1']);
    const two = slakit([...args('us.csv', 'ap.csv'), '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two).toEqual(one);
    const lines = one.stdout.split('\n').map((line) => line.split(/\s{2,}/));
    expect(lines).toContainEqual([monitor('us.csv'), '8916', '8916', '0', 'application', '99.4616 %', 'met', '3 % = 30.00 EUR']);
    expect(lines).toContainEqual(['total', '17832', '17832', '0', '—', '2 met, 0 missed', '30.00 EUR']);
  });

  it('refuses files that belong to one monitor (--incidents) and --format html with several --probes', () => {
    const incidents = slakit([...args('us.csv', 'ap.csv'), '--incidents', monitor('us.csv')]);
    expect(incidents.code).toBe(2);
    expect(incidents.stderr).toContain('--incidents belongs to one monitor');
    expect(slakit([...args('us.csv', 'ap.csv'), '--format', 'html']).stderr).toContain('--format must be text or json with several files');
  });
});
