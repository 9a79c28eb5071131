import { AvailabilityPeriod, type ContractAvailabilityReport, SlaError, type TerminationReport, periodContaining } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, formatFlag, stringFlag } from '../command.js';
import { rejectionNotes, rowsText } from '../render/rows-text.js';
import { table } from '../render/table.js';
import { type AskedPeriod, type AvailabilityJson, checkAvailabilityFlags, periodReport, readObservations } from './availability-report.js';
import { AVAILABILITY_OPTIONS, availabilityInputFiles, availabilityInputsFromArgs } from './availability.js';

const HELP = `slakit termination — the contract's termination rights over a series of periods

Usage:
  slakit termination --contract <id|file.json> --periods <first>..<last> [the inputs of slakit availability]
                     [--format text|json] [--out <file>]

Each period from <first> to <last> (inclusive, both of one kind: YYYY-MM, YYYY-Qn or YYYY, so that
"in a row" means consecutive in time; or one period) is evaluated from the same input files, read once (each period keeps
the observations inside it); then every termination right of the contract (misses in a row, misses
in a window, one period below a floor) is decided over the series, oldest first, under the version in
force at the start of the last period. At most 1200 periods.

Takes the input flags of \`slakit availability\` (see slakit availability --help), except --period,
--from and --to.
Exit codes: 0 all rows used; 1 some rows rejected (report still written); 2 usage error or unreadable
input. Whether a right arose does not change the exit code: read it from the report.

Example:
  slakit termination --contract colo.json --periods 2026-01..2026-06 --incidents incidents.csv
`;

const MAX_PERIODS = 1200;

/** A period of `--periods` in the contract's zone: a month, quarter or year (a usage error otherwise). */
function periodOf(text: string, zone: string, usage: (why: string) => never): AvailabilityPeriod {
  let period: AvailabilityPeriod;
  try {
    period = AvailabilityPeriod.parse(text, zone);
  } catch (error) {
    if (error instanceof SlaError) return usage(`"${text}" is not a period YYYY-MM, YYYY-Qn or YYYY (${error.message})`);
    throw error;
  }
  return period.kind === 'month' || period.kind === 'quarter' || period.kind === 'year' ? period : usage(`"${text}" is not a period YYYY-MM, YYYY-Qn or YYYY`);
}

/**
 * The periods of `--periods` in `zone`: `<first>..<last>` (inclusive, one
 * kind, so that "in a row" means consecutive in time) or one period,
 * oldest first, each the one after the last (the library's
 * `periodContaining`); anything else is a usage error.
 *
 * @example
 * ```ts
 * periodsOf('2026-11..2027-02', 'UTC'); // ["2026-11", "2026-12", "2027-01", "2027-02"]
 * periodsOf('2026-Q1', 'UTC');          // ["2026-Q1"]
 * ```
 */
export function periodsOf(text: string, zone: string): string[] {
  const usage = (why: string): never => {
    throw new CliUsageError(`--periods ${text}: ${why}`, 'termination');
  };
  const range = /^([^.,]+)\.\.([^.,]+)$/.exec(text);
  if (range === null) {
    if (!/^\d{4}(-(\d{2}|Q[1-4]))?$/.test(text)) usage('expected <first>..<last> (e.g. 2026-01..2026-06) or one period, YYYY-MM, YYYY-Qn or YYYY');
    return [periodOf(text, zone, (why) => usage(`${why}; expected <first>..<last> (e.g. 2026-01..2026-06) or one period`)).label];
  }
  const first = periodOf(range[1] as string, zone, usage);
  const last = periodOf(range[2] as string, zone, usage);
  if (first.kind !== last.kind) usage(`both ends must be of one kind (a ${first.kind} and a ${last.kind})`);
  if (last.start < first.start) usage('the last period is before the first');
  const labels = [first.label];
  const rule = { type: first.kind as 'month' | 'quarter' | 'year' };
  for (let period = first; period.start < last.start; ) {
    if (labels.length === MAX_PERIODS) usage(`at most ${MAX_PERIODS} periods`);
    period = periodContaining(rule, period.end, zone);
    labels.push(period.label);
  }
  return labels;
}

/** The JSON output of `slakit termination`. */
export interface TerminationJson {
  readonly contract: string;
  /** Each period, oldest first, with each commitment's figure and verdict. */
  readonly periods: readonly {
    readonly label: string;
    readonly start: string;
    readonly end: string;
    readonly commitments: readonly { readonly id: string; readonly availabilityPercent: string; readonly met: boolean }[];
    readonly seriesCommitments: readonly { readonly id: string; readonly value: number | null; readonly met: boolean | null }[];
  }[];
  /** Whether any right arose, and each right: its rule, the commitment it reads, when it arose and by which periods. */
  readonly termination: {
    readonly triggered: boolean;
    readonly rights: readonly {
      readonly id: string | null;
      readonly commitment: string;
      readonly triggered: boolean;
      /** Label of the period at which it first arose. */
      readonly triggeredAt: string | null;
      /** Labels of the periods that made it arise. */
      readonly periods: readonly string[];
      readonly rule: string;
      readonly source: TerminationReport['rights'][number]['source'] | null;
    }[];
  };
  readonly rejected: AvailabilityJson['rejected'];
  readonly summary: AvailabilityJson['summary'];
}

/**
 * `slakit termination`: the contract's termination rights over a series of periods.
 *
 * @example
 * ```ts
 * const code = await terminationCommand.run(parseCommandArgs(terminationCommand, ['--contract', 'colo.json', '--periods', '2026-01..2026-06', '--incidents', 'incidents.csv']), output);
 * ```
 */
export const terminationCommand: Command = {
  name: 'termination',
  summary: 'termination rights over a series of periods (misses in a row, in a window, below a floor)',
  help: HELP,
  options: { ...AVAILABILITY_OPTIONS, periods: { type: 'string' } },
  inputFiles: availabilityInputFiles,
  async run(args: CommandArgs, output) {
    const format = formatFlag(args, 'termination', ['text', 'json']);
    for (const flag of ['period', 'from', 'to']) {
      if (args.values[flag] !== undefined) throw new CliUsageError(`--${flag} is not a flag of slakit termination: give the series with --periods <first>..<last>`, 'termination');
    }
    const periodsText = stringFlag(args, 'periods', 'termination', { required: true }) as string;
    const { contract, inputs } = availabilityInputsFromArgs(args, 'termination');
    if ((contract.definition.remedies?.termination ?? []).length === 0) {
      throw new CliUsageError(`contract ${contract.id} states no termination right`, 'termination');
    }
    const asked: AskedPeriod[] = periodsOf(periodsText, contract.definition.availability?.zone ?? 'UTC').map((text) => ({ text, flag: '--periods' }));
    const causes = checkAvailabilityFlags(contract, inputs, asked, 'termination');
    const observations = await readObservations(inputs, causes);
    const reports = asked.map((period) => periodReport(contract, inputs, period, observations, 'termination'));
    const periods: readonly ContractAvailabilityReport[] = reports.map((report) => report.report);
    const decided = contract.termination(periods);
    const first = reports[0];
    const json: TerminationJson = {
      contract: contract.id,
      periods: reports.map(({ report: r, json: j }) => ({
        label: r.period.label,
        start: j.period.start,
        end: j.period.end,
        commitments: r.commitments.map((c) => ({ id: c.id, availabilityPercent: c.availabilityPercent, met: c.met })),
        seriesCommitments: r.seriesCommitments.map((c) => ({ id: c.id, value: c.value ?? null, met: c.met })),
      })),
      termination: {
        triggered: decided.triggered,
        rights: decided.rights.map((right) => ({
          id: right.id ?? null,
          commitment: right.commitment,
          triggered: right.triggered,
          triggeredAt: right.triggeredAt === undefined ? null : (periods[right.triggeredAt]?.period.label ?? null),
          periods: right.labels,
          rule: right.rule,
          source: right.source ?? null,
        })),
      },
      // Every period read the same files: their books are the first period's.
      rejected: first?.json.rejected ?? [],
      summary: first?.json.summary ?? { rowsRead: 0, rowsUsed: 0, rowsRejected: 0, files: [] },
    };
    if (format === 'json') output.report(`${JSON.stringify(json, null, 2)}\n`);
    else output.report(terminationText(json, contract.name, first?.files ?? []));
    output.note(rejectionNotes(first?.files ?? []));
    return json.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
  },
};

function terminationText(json: TerminationJson, name: string, files: Parameters<typeof rowsText>[0]): string {
  const ids = [...new Set(json.periods.flatMap((p) => [...p.commitments.map((c) => c.id), ...p.seriesCommitments.map((c) => c.id)]))];
  const rows = json.periods.map((p) => [
    p.label,
    ...ids.map((id) => {
      const time = p.commitments.find((c) => c.id === id);
      if (time) return `${time.availabilityPercent} % ${time.met ? 'met' : 'MISSED'}`;
      const series = p.seriesCommitments.find((c) => c.id === id);
      if (series) return series.met === null ? 'no point' : `${series.value} ${series.met ? 'met' : 'MISSED'}`;
      return '—';
    }),
  ]);
  const rights = json.termination.rights.map((right) => {
    // The rule's own text already says when and by which periods it arose.
    const clause = right.source ? `\n    ${right.source.section}: « ${right.source.quote} »` : '';
    return `  ${right.id ?? right.commitment} (commitment "${right.commitment}"): ${right.triggered ? 'ARISES' : 'does not arise'} — ${right.rule}${clause}`;
  });
  return `${[
    name,
    `Termination rights over ${json.periods.length} period(s), ${json.periods[0]?.label} to ${json.periods[json.periods.length - 1]?.label}`,
    '',
    table(['period', ...ids], rows, []),
    '',
    `Termination rights: ${json.termination.triggered ? 'at least one ARISES' : 'none arises'}`,
    ...rights,
    '',
    rowsText(files),
  ].join('\n')}\n`;
}
