import type { CauseReading } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, type CliOutput, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractFromArgs, contractInputs, zoneFromArgs } from '../contract-source.js';
import { availabilityHtml } from '../html/html-report.js';
import { parseFee } from '../money.js';
import { flagInputs } from '../out-file.js';
import { packageInfo } from '../package-info.js';
import { availabilityText } from '../render/availability-text.js';
import { rejectionNotes } from '../render/rows-text.js';
import { type AvailabilityReport, availabilityReport } from './availability-report.js';

const HELP = `slakit availability — availability over a period, commitments met or missed, service credit

Usage:
  slakit availability --contract <id> --period <YYYY-MM|YYYY-Qn|YYYY> [--probes f.csv] [--incidents f.csv]
                      [--no-downtime] [--maintenance f.csv] [--fee <amount> --currency <ISO 4217>] [--format text|json|html]

Input files (CSV with a header; names matched case-insensitively; other columns ignored):
  --probes f.csv        at,ok,latencyMs — one monitoring probe per row; ok is true/false/1/0;
                        latencyMs may be empty (judged by ok alone). Streams: millions of rows are fine.
  --incidents f.csv     start,end,cause[,id] — downtime from any source. Where the contract excludes
                        causes (letsignit: external-network, ddos), cause must be one it declares
                        (letsignit: internal, external-network, ddos); elsewhere any label counts
  --maintenance f.csv   start,end[,announcedAt][,id] — announced maintenance windows
  A file named "-" is standard input (for one of the three).
  --no-downtime         state that there was no downtime in the period: without it, a run with
                        neither --probes nor --incidents is a usage error (not a silent 100 %)

Flags:
${CONTRACT_HELP}
  --period <p>                   the measurement period in the contract's zone: YYYY-MM, YYYY-Qn or YYYY
  --fee <amount>                 the monthly fee, a non-negative plain decimal (1234.56): the credit amount is
                                 computed exactly in minor units (cents)
  --currency <code>              ISO 4217 code of the fee (EUR, USD, JPY…); required with --fee
  --cause-alias <label=cause>    read an incident label as one of the contract's causes (repeatable),
                                 e.g. --cause-alias DDoS=ddos
  --unknown-causes error|count   a label the contract does not declare, where it excludes causes:
                                 error (default: the row is rejected) or count (counted as downtime)
  -f, --format text|json|html    default text; html is one self-contained page (timeline, figures, clauses)
  -o, --out <file>               write the report there instead of stdout
  -h, --help                     this help

Rows: a UTF-8 BOM and CRLF line ends are fine; blank lines are skipped and are not rows.
Each bad row (wrong field count, bad date, end before start, unknown cause, bad ok/latency)
is rejected with its line number and reason. Exit codes: 0 all rows used; 1 some rows
rejected (report still written); 2 usage error or unreadable input.

Example:
  slakit availability --contract letsignit --period 2026-03 --probes probes.csv \\
    --incidents incidents.csv --fee 1490.00 --currency EUR --format html --out march.html
`;

/**
 * Write an availability report in a format and return the exit code (1 when
 * rows were rejected). In every format each rejected row is also a line on
 * stderr.
 *
 * @example
 * ```ts
 * const code = writeAvailability(report, 'text', output);
 * ```
 */
export function writeAvailability(report: AvailabilityReport, format: 'text' | 'json' | 'html', output: CliOutput): number {
  if (format === 'json') output.report(`${JSON.stringify(report.json, null, 2)}\n`);
  else if (format === 'html') output.report(availabilityHtml(report, packageInfo().version));
  else output.report(availabilityText(report));
  output.note(rejectionNotes(report.files));
  return report.json.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

/**
 * The `--cause-alias label=cause` (repeatable, split at the last `=`) and
 * `--unknown-causes error|count` flags, as the library's
 * {@link CauseReading}; a malformed or repeated alias is a usage error.
 *
 * @example
 * ```ts
 * causeReadingFromArgs(args); // { causeAliases: { DDoS: "ddos" }, unknownCauses: "error" }
 * ```
 */
export function causeReadingFromArgs(args: CommandArgs): CauseReading {
  const unknownCauses = stringFlag(args, 'unknown-causes', 'availability') ?? 'error';
  if (unknownCauses !== 'error' && unknownCauses !== 'count') throw new CliUsageError(`--unknown-causes must be error or count, got "${unknownCauses}"`, 'availability');
  const raw = args.values['cause-alias'];
  const causeAliases = new Map<string, string>();
  for (const item of Array.isArray(raw) ? raw : []) {
    const at = item.lastIndexOf('=');
    const label = item.slice(0, at);
    if (at <= 0 || at === item.length - 1) throw new CliUsageError(`--cause-alias expects label=cause (e.g. DDoS=ddos), got "${item}"`, 'availability');
    if (causeAliases.has(label)) throw new CliUsageError(`--cause-alias: label "${label}" is given twice`, 'availability');
    causeAliases.set(label, item.slice(at + 1));
  }
  return { causeAliases: Object.fromEntries(causeAliases), unknownCauses };
}

/**
 * `slakit availability`.
 *
 * @example
 * ```ts
 * const code = await availabilityCommand.run(parseCommandArgs(availabilityCommand, ['--contract', 'letsignit', '--period', '2026-03', '--incidents', 'incidents.csv']), output);
 * ```
 */
export const availabilityCommand: Command = {
  name: 'availability',
  summary: 'availability of a period from probes, incidents and maintenance windows; credit',
  help: HELP,
  options: {
    ...CONTRACT_OPTIONS,
    period: { type: 'string' },
    probes: { type: 'string' },
    incidents: { type: 'string' },
    maintenance: { type: 'string' },
    fee: { type: 'string' },
    currency: { type: 'string' },
    'cause-alias': { type: 'string', multiple: true },
    'unknown-causes': { type: 'string' },
    'no-downtime': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
  },
  inputFiles: (args) => [...contractInputs(args), ...flagInputs(args, ['probes', 'incidents', 'maintenance'])],
  async run(args: CommandArgs, output) {
    const format = formatFlag(args, 'availability', ['text', 'json', 'html']);
    const contract = contractFromArgs(args, 'availability');
    const zone = zoneFromArgs(args, 'availability');
    const period = stringFlag(args, 'period', 'availability', { required: true });
    const feeText = stringFlag(args, 'fee', 'availability');
    const currency = stringFlag(args, 'currency', 'availability');
    if ((feeText === undefined) !== (currency === undefined)) throw new CliUsageError('--fee and --currency go together: give both or neither', 'availability');
    const fee = feeText !== undefined && currency !== undefined ? parseFee(feeText, currency, 'availability') : undefined;
    const report = await availabilityReport(contract, {
      period,
      probes: stringFlag(args, 'probes', 'availability'),
      incidents: stringFlag(args, 'incidents', 'availability'),
      maintenance: stringFlag(args, 'maintenance', 'availability'),
      fee,
      zone,
      causes: causeReadingFromArgs(args),
      noDowntime: args.values['no-downtime'] === true,
    });
    return writeAvailability(report, format, output);
  },
};

