/**
 * Many customers at once (issue 13): several probe files given to one
 * `slakit availability` command, which evaluates them on worker threads,
 * against the same files run one by one (one command per file, in turn).
 * Whether the built CLI accepts several files is found by trying: two
 * `--probes` of a few rows each; a usage error (exit 2) means "not in this
 * build".
 */
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateProbeCsv, temporaryProbePath } from '../generate-probes.js';
import { median } from '../measure.js';
import { measureNode } from '../process-measure.js';
import { builtCli, CLI_ENTRY, withGeneratedCsv } from './cli.js';

/** The command, without its `--probes`: one per file is added. */
export const WORKERS_ARGS = ['availability', '--contract', 'letsignit', '--period', '2027-03', '--format', 'json'] as const;

export type WorkersResult =
  | { readonly status: 'not-available'; readonly reason: string }
  | {
      readonly status: 'measured';
      readonly files: number;
      readonly rowsPerFile: number;
      readonly rounds: number;
      /** Median wall time of the one command over every file. */
      readonly togetherSeconds: number;
      /** Median of the rounds' summed wall times of one command per file. */
      readonly oneByOneSeconds: number;
      readonly togetherPeakRssMb: number;
      readonly exitCodes: readonly (number | null)[];
    };

const probesOf = (files: readonly string[]) => files.flatMap((file) => ['--probes', file]);

export function runWorkers(files: number, rowsPerFile: number, rounds: number, cliEntry = CLI_ENTRY): WorkersResult {
  const entry = builtCli(cliEntry);
  if (entry === undefined) return { status: 'not-available', reason: `no ${cliEntry}` };
  const supported = withGeneratedCsv(
    () => generateProbeCsv(temporaryProbePath(), 10),
    (csv) => {
      const second = join(dirname(csv), 'second.csv');
      copyFileSync(csv, second);
      return measureNode([entry, ...WORKERS_ARGS, ...probesOf([csv, second])]);
    },
  );
  if (supported.exitCode !== 0 && supported.exitCode !== 1) {
    const said = (supported.stderrTail.trim().split('\n')[0] ?? '').replace(/"[^"]*"/g, '<file>');
    return { status: 'not-available', reason: `not available in this build: two \`--probes\` files end in exit ${supported.exitCode} (${said})` };
  }
  return withGeneratedCsv(
    () => generateProbeCsv(temporaryProbePath(), rowsPerFile),
    (csv) => {
      const paths = Array.from({ length: files }, (_, i) => join(dirname(csv), `monitor-${i + 1}.csv`));
      for (const path of paths) copyFileSync(csv, path);
      const together: number[] = [];
      const oneByOne: number[] = [];
      const exitCodes: (number | null)[] = [];
      let togetherPeakRssMb = 0;
      for (let round = 0; round < rounds; round++) {
        const all = measureNode([entry, ...WORKERS_ARGS, ...probesOf(paths)]);
        together.push(all.wallSeconds);
        togetherPeakRssMb = Math.max(togetherPeakRssMb, all.peakRssMb);
        exitCodes.push(all.exitCode);
        const each = paths.map((path) => measureNode([entry, ...WORKERS_ARGS, ...probesOf([path])]));
        oneByOne.push(each.reduce((sum, run) => sum + run.wallSeconds, 0));
        exitCodes.push(...each.map((run) => run.exitCode));
      }
      return { status: 'measured', files, rowsPerFile, rounds, togetherSeconds: median(together), oneByOneSeconds: median(oneByOne), togetherPeakRssMb, exitCodes };
    },
  );
}
