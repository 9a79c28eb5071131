// Several files, in process: the summary's totals add up the files, rows reconcile,
// every file keeps its place, and one failure stops the report (exit 2), whatever the files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliInputError, EXIT } from '../../src/cli/cli-error.js';
import type { CliOutput, Command, CommandArgs } from '../../src/cli/command.js';
import type { FileOutcome } from '../../src/cli/per-file/file-task.js';
import type { AvailabilityHeadline, TicketsHeadline } from '../../src/cli/per-file/headline.js';
import { perFileJson, perFileText } from '../../src/cli/per-file/per-file-report.js';
import { runPerFile } from '../../src/cli/per-file/run-per-file.js';

const count = fc.nat({ max: 100_000 });

/** A tickets headline whose rows reconcile (read = used + rejected) and whose tickets are met + missed + open. */
const ticketsHeadline = fc.record({ used: count, rejected: count, met: count, missed: count, open: count }).map(
  ({ used, rejected, met, missed, open }): TicketsHeadline => ({ kind: 'tickets', rowsRead: used + rejected, rowsUsed: used, rowsRejected: rejected, tickets: met + missed + open, met, missed, open }),
);

const availabilityHeadline = fc
  .record({ used: count, rejected: count, met: fc.boolean(), credit: fc.option(fc.record({ percent: fc.constantFrom(0, 3, 6, 10), minor: count }), { nil: null }) })
  .map(
    ({ used, rejected, met, credit }): AvailabilityHeadline => ({
      kind: 'availability',
      rowsRead: used + rejected,
      rowsUsed: used,
      rowsRejected: rejected,
      commitment: 'application',
      availabilityPercent: '99.5000',
      met,
      creditPercent: credit === null ? null : credit.percent,
      creditMinor: credit === null ? null : credit.minor,
      currency: credit === null ? null : 'EUR',
    }),
  );

const outcome = (file: string, headline: TicketsHeadline | AvailabilityHeadline, i: number): FileOutcome => ({
  file,
  code: headline.rowsRejected > 0 ? EXIT.rejectedRows : EXIT.ok,
  report: JSON.stringify({ file, index: i }),
  notes: '',
  headline,
  failure: null,
});

const files = (n: number): string[] => Array.from({ length: n }, (_, i) => `customer-${i}.csv`);

describe('the summary of several files', () => {
  it('tickets: each total is the sum over the files, rows reconcile in total, files and reports keep the order given (1 000 runs)', () => {
    fc.assert(
      fc.property(fc.array(ticketsHeadline, { minLength: 2, maxLength: 8 }), (headlines) => {
        const names = files(headlines.length);
        const json = perFileJson(headlines.map((headline, i) => outcome(names[i] as string, headline, i)));
        const sum = (key: keyof TicketsHeadline): number => headlines.reduce((total, headline) => total + (headline[key] as number), 0);
        expect(json.total).toEqual({
          files: headlines.length,
          rowsRead: sum('rowsRead'),
          rowsUsed: sum('rowsUsed'),
          rowsRejected: sum('rowsRejected'),
          tickets: sum('tickets'),
          met: sum('met'),
          missed: sum('missed'),
          open: sum('open'),
        });
        expect(json.total.rowsRead).toBe(json.total.rowsUsed + json.total.rowsRejected);
        expect(json.files.map((row) => row.file)).toEqual(names);
        expect(json.reports).toEqual(names.map((file, index) => ({ file, report: { file, index } })));
      }),
      { numRuns: 1000 },
    );
  });

  it('availability: the credit total adds the amounts given (null when none), every file is met or missed (1 000 runs)', () => {
    fc.assert(
      fc.property(fc.array(availabilityHeadline, { minLength: 2, maxLength: 8 }), (headlines) => {
        const json = perFileJson(headlines.map((headline, i) => outcome(`m${i}.csv`, headline, i)));
        const amounts = headlines.flatMap((headline) => (headline.creditMinor === null ? [] : [headline.creditMinor]));
        expect(json.total).toMatchObject({
          files: headlines.length,
          commitmentsMet: headlines.filter((headline) => headline.met).length,
          commitmentsMissed: headlines.filter((headline) => !headline.met).length,
          creditMinor: amounts.length === 0 ? null : amounts.reduce((a, b) => a + b, 0),
          currency: amounts.length === 0 ? null : 'EUR',
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("text: one section per file after the table, in the order given, each the file's report as written (1 000 runs)", () => {
    fc.assert(
      fc.property(fc.array(ticketsHeadline, { minLength: 2, maxLength: 6 }), (headlines) => {
        const names = files(headlines.length);
        const text = perFileText(headlines.map((headline, i) => outcome(names[i] as string, headline, i)));
        const sections = text.split(/^==> /m).slice(1);
        expect(sections.map((section) => section.slice(0, section.indexOf(' <==')))).toEqual(names);
        sections.forEach((section, i) => expect(section).toContain(`<==\n${JSON.stringify({ file: names[i], index: i })}`));
      }),
      { numRuns: 1000 },
    );
  });
});

/** A command whose run on one file writes the report, notes and headline given for that file, or throws. */
function fakeCommand(plan: ReadonlyMap<string, { headline: TicketsHeadline; fails: boolean }>): Command {
  return {
    name: 'tickets',
    summary: '',
    help: '',
    options: {},
    async run(args: CommandArgs, output: CliOutput) {
      const file = args.positionals[0] as string;
      const step = plan.get(file) as { headline: TicketsHeadline; fails: boolean };
      await Promise.resolve();
      if (step.fails) throw new CliInputError(`${file}: no such file`);
      output.report(JSON.stringify({ file }));
      output.note(step.headline.rowsRejected > 0 ? `${file} line 2: rejected: bad\n` : '');
      output.headline?.(step.headline);
      return step.headline.rowsRejected > 0 ? EXIT.rejectedRows : EXIT.ok;
    },
  };
}

describe('runPerFile (--jobs 1: in process)', () => {
  it('exit 2 and no report when a file fails, each failure named; else the highest exit code and every file in order (1 000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ headline: ticketsHeadline, fails: fc.boolean() }), { minLength: 2, maxLength: 5 }), async (steps) => {
        const names = files(steps.length);
        const plan = new Map(steps.map((step, i) => [names[i] as string, step]));
        let stdout = '';
        let stderr = '';
        const tasks = names.map((file) => ({ command: 'tickets', file, args: { values: {}, positionals: [file] } }));
        const code = await runPerFile(fakeCommand(plan), tasks, { jobs: 1, format: 'json' }, { report: (text) => (stdout += text), note: (text) => (stderr += text) });
        const failing = names.filter((_, i) => steps[i]?.fails);
        if (failing.length > 0) {
          expect(code).toBe(EXIT.fatal);
          expect(stdout).toBe('');
          // The message names its file already: one line per failing file, in file order.
          expect(stderr).toBe(failing.map((file) => `slakit tickets: ${file}: no such file\n`).join(''));
          return;
        }
        const rejected = steps.some((step) => step.headline.rowsRejected > 0);
        expect(code).toBe(rejected ? EXIT.rejectedRows : EXIT.ok);
        const json = JSON.parse(stdout) as { files: { file: string }[]; reports: { file: string; report: unknown }[] };
        expect(json.files.map((row) => row.file)).toEqual(names);
        expect(json.reports).toEqual(names.map((file) => ({ file, report: { file } })));
        expect(stderr).toBe(names.filter((_, i) => (steps[i]?.headline.rowsRejected ?? 0) > 0).map((file) => `${file} line 2: rejected: bad\n`).join(''));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
