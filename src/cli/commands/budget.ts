import { type ContractErrorBudgetReport, type WindowTime, formatInstant } from '../../index.js';
import { durationText } from '../../time/duration-text.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, readInstant } from '../contract-source.js';
import { rejectionNotes, rowsText } from '../render/rows-text.js';
import { table } from '../render/table.js';
import { checkAvailabilityFlags, fileRowsOf, readObservations, rowSummary } from './availability-report.js';
import { AVAILABILITY_OPTIONS, availabilityInputFiles, availabilityInputsFromArgs } from './availability.js';

const HELP = `slakit budget — error budget left at an instant and burn-rate alerts, in the commitment's measured time

Usage:
  slakit budget --contract <id|file.json> --now <iso> [--period <YYYY-MM|YYYY-Qn|YYYY>] [--commitment <id>]
                [--window-time measured|wall] [--probes f.csv] [--incidents f.csv] [--maintenance f.csv]
                [--no-downtime] [--format text|json]

For each commitment measured in downtime: the budget of its period, (100 − target) % of the period's
measured time (its measured calendar, e.g. support hours; floored to the ms), the counted downtime
before --now (maintenance and excluded causes excused, as slakit availability counts it), what is left,
and the burn rate over the windows of the Google SRE Workbook's multiwindow alerts (page at 14.4× over
1 h and 5 min, page at 6× over 6 h and 30 min, ticket at 1× over 3 days and 6 h). Windows are the last
W of measured time before --now (--window-time wall: of wall-clock time); an alert fires only while
--now is in measured time, so a weekday-only SLA never pages at the weekend.

Flags:
${CONTRACT_HELP}
  --now <iso>                    the instant asked about (required)
  --period <p>                   the period (default: each commitment's period holding --now)
  --commitment <id>              only this commitment
  --window-time measured|wall    how windows are laid out (default measured)
  --probes, --incidents, --maintenance, --cause-alias, --unknown-causes, --no-downtime, --delimiter:
                                 as in slakit availability (see slakit availability --help)
  -f, --format text|json         default text
  -o, --out <file>               write the report there instead of stdout
  -h, --help                     this help

Exit codes: 0 all rows used; 1 some rows rejected (report still written); 2 usage error or unreadable
input. A firing alert does not change the exit code: read it from the report.

Example:
  slakit budget --contract linkando --now 2026-06-15T08:05:00+02:00 --incidents incidents.csv
`;

const REFUSED = ['from', 'to', 'fee', 'currency', 'claims', 'requests', 'series', 'population', 'scope'] as const;

/**
 * \`slakit budget\`: {@link Contract.errorBudget} from the input files of
 * \`slakit availability\`.
 *
 * @example
 * ```ts
 * const code = await budgetCommand.run(parseCommandArgs(budgetCommand, ['--contract', 'linkando', '--now', '2026-06-15T08:05:00+02:00', '--no-downtime']), output);
 * ```
 */
export const budgetCommand: Command = {
  name: 'budget',
  summary: 'error budget left at an instant and multiwindow burn-rate alerts, in measured time',
  help: HELP,
  options: { ...AVAILABILITY_OPTIONS, now: { type: 'string' }, commitment: { type: 'string' }, 'window-time': { type: 'string' } },
  inputFiles: availabilityInputFiles,
  async run(args: CommandArgs, output) {
    const format = formatFlag(args, 'budget', ['text', 'json']);
    for (const flag of REFUSED) {
      if (args.values[flag] !== undefined) throw new CliUsageError(`--${flag} is not a flag of slakit budget`, 'budget');
    }
    const windowTime = stringFlag(args, 'window-time', 'budget') ?? 'measured';
    if (windowTime !== 'measured' && windowTime !== 'wall') throw new CliUsageError(`--window-time must be measured or wall, got "${windowTime}"`, 'budget');
    const { contract, inputs } = availabilityInputsFromArgs(args, 'budget');
    const now = readInstant(stringFlag(args, 'now', 'budget', { required: true }), '--now', inputs.zone);
    const causes = checkAvailabilityFlags(contract, inputs, inputs.period === undefined ? [] : [{ text: inputs.period, flag: '--period' }], 'budget');
    const observations = await readObservations(inputs, causes);
    const commitment = stringFlag(args, 'commitment', 'budget');
    const report = contract.errorBudget({
      now,
      windowTime: windowTime as WindowTime,
      ...(inputs.period === undefined ? {} : { period: inputs.period }),
      ...(commitment === undefined ? {} : { commitment }),
      ...(observations.incidents === undefined ? {} : { incidents: observations.incidents }),
      ...(observations.probes === undefined ? {} : { probes: observations.probes }),
      ...(observations.windows === undefined ? {} : { maintenance: observations.windows }),
      ...(inputs.causes === undefined ? {} : inputs.causes),
    });
    const files = fileRowsOf(observations.files);
    const rejected = files.flatMap(({ file, rejected: rows }) => rows.map((row) => ({ file, ...row })));
    if (format === 'json') output.report(`${JSON.stringify({ ...report, rejected, summary: rowSummary(observations.files) }, null, 2)}\n`);
    else output.report(budgetText(report, contract.name, files));
    output.note(rejectionNotes(files));
    return rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
  },
};

function budgetText(report: ContractErrorBudgetReport, name: string, files: Parameters<typeof rowsText>[0]): string {
  const sections = report.commitments.map((c) => {
    const rows = c.alerts.map((a) => [
      a.id,
      `${a.burnRate}×`,
      `${burnText(a.long.burnRate)} over ${durationText(a.long.lengthMs)}${a.long.cut ? ' (cut at the period start)' : ''}`,
      `${burnText(a.short.burnRate)} over ${durationText(a.short.lengthMs)}`,
      a.firing ? (a.severity === 'page' ? 'PAGE' : 'TICKET') : '—',
    ]);
    return [
      `${c.id} (target ${c.target} %, period ${c.label}, measured ${c.measuredCalendar === null ? 'round the clock' : `on calendar ${c.measuredCalendar}`}${c.version === null ? '' : `, version ${c.version}`})`,
      `  budget ${durationText(c.budgetMs)} = (100 − ${c.target}) % of ${durationText(c.measuredMs)} measured`,
      `  consumed ${durationText(c.consumedMs)}, left ${c.leftMs < 0 ? `−${durationText(-c.leftMs)} (over budget)` : durationText(c.leftMs)}`,
      `  now is ${c.nowMeasured ? 'in' : 'outside'} measured time; windows in ${c.windowTime} time`,
      ...(c.source === null ? [] : [`  ${c.source.section}: « ${c.source.quote} »`]),
      '',
      table(['alert', 'above', 'long window', 'short window', 'fires'], rows),
      ...c.notes.map((note) => `  note: ${note}`),
    ].join('\n');
  });
  const skipped = report.skipped.map((s) => `${s.id}: no budget — ${s.reason}`);
  return `${[name, `Error budget at ${formatInstant(report.now)}`, '', ...sections.flatMap((s) => [s, '']), ...skipped, rowsText(files)].join('\n')}\n`;
}

function burnText(rate: number): string {
  return `${Number(rate.toFixed(2))}×`;
}
