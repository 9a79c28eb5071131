import type { CauseReading, CommitmentScope, Contract } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, type CliOutput, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractFromArgs, contractInputs, zoneFromArgs } from '../contract-source.js';
import { availabilityHtml } from '../html/html-report.js';
import { type CsvDelimiter, delimiterOf } from '../csv/csv-source.js';
import { IMPORT_OPTIONS, importHelp, importMappingsFromArgs } from '../imports/import-flags.js';
import type { InputKind } from '../imports/input-kinds.js';
import { parseFee } from '../money.js';
import { type InputFile, flagInputs } from '../out-file.js';
import { packageInfo } from '../package-info.js';
import { inputFileList } from '../per-file/file-list.js';
import { availabilityHeadline } from '../per-file/headline.js';
import { JOBS_HELP, jobsFlag, runOnEachFile } from '../per-file/run-per-file.js';
import { availabilityText } from '../render/availability-text.js';
import { rejectionNotes } from '../render/rows-text.js';
import { type AvailabilityInputs, type AvailabilityReport, availabilityReport } from './availability-report.js';
import { writeSideBySide } from './side-by-side.js';

/** The inputs of `slakit availability` and `slakit claim` a `--map` section or a `--profile` can apply to. */
const AVAILABILITY_KINDS: readonly InputKind[] = ['probes', 'incidents', 'requests', 'series', 'maintenance', 'claims'];

const HELP = `slakit availability — availability over a period, commitments met or missed, service credit

Usage:
  slakit availability --contract <id|file.json> (--period <YYYY-MM|YYYY-Qn|YYYY> | --from <iso> --to <iso>)
                      [--probes f.csv] [--incidents f.csv] [--requests f.csv] [--series name=f.csv] [--population <n>]
                      [--claims f.csv] [--no-downtime] [--maintenance f.csv] [--maintenance-ics f.ics] [--fee <amount> --currency <ISO 4217>]
                      [--side-by-side] [--format text|json|html] [--profile uptimerobot|uptime-kuma] [--map <map.json>]
  slakit availability --contract <id> --period <p> --probes a.csv --probes b.csv… [--maintenance f.csv] [--jobs <n>] [--format text|json]

Input files (CSV with a header; names matched case-insensitively; other columns ignored):
  --probes f.csv        at,ok,latencyMs — one monitoring probe per row; ok is true/false/1/0;
                        latencyMs may be empty (judged by ok alone). Streams: millions of rows are fine.
  --incidents f.csv     start,end,cause[,id][,affected] — downtime from any source. Where the contract excludes
                        causes (letsignit: external-network, ddos), cause must be one it declares
                        (letsignit: internal, external-network, ddos); elsewhere any label counts.
                        affected: users affected (a whole number, at most --population), for a commitment
                        weighted by users; empty means every user
  --requests f.csv      at,total,failed — request counts per interval for a request-based commitment
                        (at: an instant inside the interval; failed ≤ total, whole numbers)
  --series name=f.csv   at,value — a measured series (latency in ms, packet loss in %) for the contract's
                        commitments on series "name" (repeatable, one file per name); value a plain decimal
  --maintenance f.csv   start,end[,announcedAt][,id] — announced maintenance windows
  --maintenance-ics f.ics
                        announced maintenance windows as iCalendar (RFC 5545): each VEVENT's occurrences
                        (DTSTART with TZID, DTEND or DURATION, RRULE, EXDATE, RDATE, RECURRENCE-ID) in the
                        period; a local time the clock skips starts at the end of the gap. Each VEVENT is a
                        row: a bad one is rejected with its line, UID and reason (TZID must be an IANA name)
  --claims f.csv        id,start,end,periodStart,periodEnd,amountMinor — earlier claims, one a row: the
                        downtime [start, end) it credited (not credited again), and/or amountMinor (minor
                        units) paid for [periodStart, periodEnd) (deducted when it is this period)
  A file named "-" is standard input (for one of them).
  A monitor's export with other names reads with --profile (UptimeRobot logs as --incidents, Uptime Kuma
  heartbeats as --probes) and/or --map (column names and values → slakit's); row errors name both columns.
  --no-downtime         state that there was no downtime in the period: without it, a run with
                        neither --probes nor --incidents is a usage error (not a silent 100 %)

  Several --probes files (repeated, or a quoted glob such as 'monitors/*.csv', expanded by slakit in
  path order): each file is one monitor, evaluated as if given alone on worker threads, with the same
  --maintenance, --fee and other flags; the report is one summary table (one row per file: rows read,
  used, rejected; the credited commitment's availability and verdict; the credit; then the totals)
  followed by each file's own report (JSON: { files, total, reports }), in the order given.
  --incidents, --requests, --series, --claims and --format html take one monitor.

Flags:
${CONTRACT_HELP}
  --period <p>                   the measurement period in the contract's zone: YYYY-MM, YYYY-Qn or YYYY;
                                 FYyyyy or FYyyyy-Qn for a contract measured over fiscal quarters or years
                                 (its start month and labelling); P<n>D/<end>: the last n days ending at <end>
  --from <iso> --to <iso>        without --period: the explicit period [from, to); with --period: the
                                 service's lifetime (either or both), which clips the period
  --scope <key=value>            evaluate only the commitments of this scope (repeatable; key plan,
                                 region or service), e.g. --scope plan=premium
  --population <n>               users in the service (a whole number > 0), for a weighted commitment
  --fee <amount>                 the fee per the unit the contract's credits state ("fee": { "per": … }):
                                 the monthly fee for "month" (every built-in contract but one), the fee of
                                 the evaluated period for "period"; a longer period converts it exactly
                                 (a quarter = 3 monthly fees). A non-negative plain decimal (1234.56): the
                                 credit amount is computed exactly in minor units (cents)
  --currency <code>              ISO 4217 code of the fee (EUR, USD, JPY…); required with --fee
${importHelp(AVAILABILITY_KINDS)}
${JOBS_HELP}
  --cause-alias <label=cause>    read an incident label as one of the contract's causes (repeatable),
                                 e.g. --cause-alias DDoS=ddos
  --unknown-causes error|count   a label the contract does not declare, where it excludes causes:
                                 error (default: the row is rejected) or count (counted as downtime)
  --side-by-side                 the period under each reading of maintenance downtime, downtime of an
                                 excluded cause and unmonitored time — excluded (leaves the period), up or
                                 down — the contract's own reading marked *: every commitment's figure and
                                 verdict and the credit per reading (text or json)
  -f, --format text|json|html    default text; html is one self-contained page (timeline, figures, clauses)
  -o, --out <file>               write the report there instead of stdout
  -h, --help                     this help

Rows: fields are separated by ",", ";" or a tab, detected from each file's header line
(--delimiter , | ; | tab | auto to force one); a UTF-8 BOM and CRLF line ends are fine; blank lines are skipped and are not rows.
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
  output.headline?.(availabilityHeadline(report));
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
export function causeReadingFromArgs(args: CommandArgs, command = 'availability'): CauseReading {
  const unknownCauses = stringFlag(args, 'unknown-causes', command) ?? 'error';
  if (unknownCauses !== 'error' && unknownCauses !== 'count') throw new CliUsageError(`--unknown-causes must be error or count, got "${unknownCauses}"`, command);
  const raw = args.values['cause-alias'];
  const causeAliases = new Map<string, string>();
  for (const item of Array.isArray(raw) ? raw : []) {
    const at = item.lastIndexOf('=');
    const label = item.slice(0, at);
    if (at <= 0 || at === item.length - 1) throw new CliUsageError(`--cause-alias expects label=cause (e.g. DDoS=ddos), got "${item}"`, command);
    if (causeAliases.has(label)) throw new CliUsageError(`--cause-alias: label "${label}" is given twice`, command);
    causeAliases.set(label, item.slice(at + 1));
  }
  return { causeAliases: Object.fromEntries(causeAliases), unknownCauses };
}

const SCOPE_KEYS = ['plan', 'region', 'service'] as const;


/**
 * The `--scope key=value` flags (repeatable; keys plan, region, service) as
 * a {@link CommitmentScope}; a malformed, unknown or repeated key is a usage
 * error.
 *
 * @example
 * ```ts
 * scopeFromArgs(args); // { plan: "premium" } for --scope plan=premium
 * ```
 */
export function scopeFromArgs(args: CommandArgs, command = 'availability'): CommitmentScope | undefined {
  const scope = pairFlags(args, 'scope', 'key=value (e.g. plan=premium)', 'key', command);
  if (scope === undefined) return undefined;
  for (const key of scope.keys()) {
    if (!(SCOPE_KEYS as readonly string[]).includes(key)) throw new CliUsageError(`--scope ${key}=${scope.get(key)}: key must be one of ${SCOPE_KEYS.join(', ')}`, command);
  }
  return Object.fromEntries(scope) as CommitmentScope;
}

/**
 * The `--series name=file` flags (repeatable, split at the first `=`): one
 * file per series name; a malformed or repeated name is a usage error.
 *
 * @example
 * ```ts
 * seriesFromArgs(args); // [{ name: "latency", file: "latency.csv" }] for --series latency=latency.csv
 * ```
 */
export function seriesFromArgs(args: CommandArgs, command = 'availability'): { name: string; file: string }[] | undefined {
  const series = pairFlags(args, 'series', 'name=file (e.g. latency=latency.csv)', 'series', command);
  return series === undefined ? undefined : [...series].map(([name, file]) => ({ name, file }));
}

/** The values of a repeatable `--flag name=value` split at the first `=`, in order; undefined when not given. A malformed or repeated name is a usage error. */
function pairFlags(args: CommandArgs, flag: string, shape: string, noun: string, command: string): Map<string, string> | undefined {
  const raw = args.values[flag];
  const items = Array.isArray(raw) ? raw : [];
  if (items.length === 0) return undefined;
  const pairs = new Map<string, string>();
  for (const item of items) {
    const at = item.indexOf('=');
    if (at <= 0 || at === item.length - 1) throw new CliUsageError(`--${flag} expects ${shape}, got "${item}"`, command);
    const name = item.slice(0, at);
    if (pairs.has(name)) throw new CliUsageError(`--${flag}: ${noun} "${name}" is given twice`, command);
    pairs.set(name, item.slice(at + 1));
  }
  return pairs;
}

/**
 * The `--delimiter` flag: `,` `;` `tab` or `auto` (undefined when not given:
 * detected from each file's header); anything else is a usage error.
 *
 * @example
 * ```ts
 * delimiterFromArgs(args, 'tickets'); // ";" for --delimiter ';'
 * ```
 */
export function delimiterFromArgs(args: CommandArgs, command: string): CsvDelimiter | undefined {
  const text = stringFlag(args, 'delimiter', command);
  if (text === undefined) return undefined;
  const delimiter = delimiterOf(text);
  if (delimiter === undefined) throw new CliUsageError(`--delimiter must be one of , ; tab auto (got "${text}")`, command);
  return delimiter;
}

/**
 * The contract and the inputs of `slakit availability` (and `slakit claim`)
 * from their flags; a bad flag is a usage error.
 *
 * @example
 * ```ts
 * const { contract, inputs } = availabilityInputsFromArgs(args);
 * ```
 */
export function availabilityInputsFromArgs(args: CommandArgs, command = 'availability'): { contract: Contract; inputs: AvailabilityInputs } {
  const contract = contractFromArgs(args, command);
  const zone = zoneFromArgs(args, command);
  const period = stringFlag(args, 'period', command);
  const populationText = stringFlag(args, 'population', command);
  const population = populationText === undefined ? undefined : Number(populationText);
  if (population !== undefined && (!/^\d+$/.test(populationText ?? '') || !Number.isSafeInteger(population) || population === 0)) {
    throw new CliUsageError(`--population must be a whole number > 0 (the users in the service), got "${populationText}"`, command);
  }
  const feeText = stringFlag(args, 'fee', command);
  const currency = stringFlag(args, 'currency', command);
  if ((feeText === undefined) !== (currency === undefined)) throw new CliUsageError('--fee and --currency go together: give both or neither', command);
  const fee = feeText !== undefined && currency !== undefined ? parseFee(feeText, currency, command) : undefined;
  return {
    contract,
    inputs: {
      period,
      from: stringFlag(args, 'from', command),
      to: stringFlag(args, 'to', command),
      population,
      scope: scopeFromArgs(args, command),
      requests: stringFlag(args, 'requests', command),
      series: seriesFromArgs(args, command),
      claims: stringFlag(args, 'claims', command),
      probes: stringFlag(args, 'probes', command),
      incidents: stringFlag(args, 'incidents', command),
      maintenance: stringFlag(args, 'maintenance', command),
      maintenanceIcs: stringFlag(args, 'maintenance-ics', command),
      fee,
      zone,
      causes: causeReadingFromArgs(args, command),
      delimiter: delimiterFromArgs(args, command),
      noDowntime: args.values['no-downtime'] === true,
      imports: importMappingsFromArgs(args, command, AVAILABILITY_KINDS, zone),
    },
  };
}

/** The flags of `slakit availability` (and `claim`) whose value is a file to read, but `--contract` and `--series` (`name=file`). */
export const AVAILABILITY_FILE_FLAGS = ['probes', 'incidents', 'maintenance', 'maintenance-ics', 'requests', 'claims', 'map'] as const;

/** The files `slakit availability` and `slakit claim` read (a contract's closures and a pattern's matches included): `--out` may name none of them. */
export function availabilityInputFiles(args: CommandArgs): InputFile[] {
  const series = (seriesFromArgs(args) ?? []).filter(({ file }) => file !== '-').map(({ name, file }) => ({ path: file, named: `--series ${name}` }));
  // A pattern (`--probes 'eu-*.csv'`) stands for the files it matches.
  const files = flagInputs(args, AVAILABILITY_FILE_FLAGS).flatMap(({ path, named }) => inputFileList([path], named, 'availability').map((file) => ({ path: file, named })));
  return [...contractInputs(args), ...files, ...series];
}

/** The flags of `slakit availability` and `slakit claim`. */
export const AVAILABILITY_OPTIONS = {
  ...CONTRACT_OPTIONS,
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  probes: { type: 'string' },
  requests: { type: 'string' },
  series: { type: 'string', multiple: true },
  population: { type: 'string' },
  scope: { type: 'string', multiple: true },
  claims: { type: 'string' },
  incidents: { type: 'string' },
  maintenance: { type: 'string' },
  'maintenance-ics': { type: 'string' },
  fee: { type: 'string' },
  currency: { type: 'string' },
  'cause-alias': { type: 'string', multiple: true },
  'unknown-causes': { type: 'string' },
  'no-downtime': { type: 'boolean' },
  delimiter: { type: 'string' },
  format: { type: 'string', short: 'f' },
  ...IMPORT_OPTIONS,
} as const;

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
  // --probes repeats: each file one monitor.
  options: { ...AVAILABILITY_OPTIONS, 'side-by-side': { type: 'boolean' }, probes: { type: 'string', multiple: true }, jobs: { type: 'string' } },
  inputFiles: (args) => availabilityInputFiles({ values: { ...args.values, probes: probeFiles(args) }, positionals: args.positionals }),
  async run(args: CommandArgs, output) {
    const probes = probeFiles(args);
    const sideBySide = args.values['side-by-side'] === true;
    if (probes.length > 1 && sideBySide) throw new CliUsageError('--side-by-side reads one monitor: give one --probes file', 'availability');
    if (probes.length > 1) return runOnEachFile(availabilityCommand, args, probes, { flag: 'probes', oneFileOnly: ONE_MONITOR_ONLY }, output);
    jobsFlag(args, 1, 'availability'); // a bad --jobs is refused with one file too
    const format = formatFlag(args, 'availability', sideBySide ? ['text', 'json'] : ['text', 'json', 'html']);
    const { contract, inputs } = availabilityInputsFromArgs({ values: { ...args.values, probes: probes[0] }, positionals: args.positionals });
    if (sideBySide) return writeSideBySide(contract, inputs, format as 'text' | 'json', output);
    const report = await availabilityReport(contract, inputs);
    return writeAvailability(report, format, output);
  },
};

/** The observation files that belong to one monitor: refused with several --probes files. */
const ONE_MONITOR_ONLY = {
  incidents: 'belongs to one monitor',
  requests: 'belongs to one monitor',
  series: 'belongs to one monitor',
  claims: 'belongs to one monitor',
};

/** The `--probes` files of `slakit availability`, each value and glob expanded (none when not given). */
function probeFiles(args: CommandArgs): string[] {
  const probes = args.values['probes'];
  return inputFileList(Array.isArray(probes) ? probes : typeof probes === 'string' ? [probes] : [], '--probes', 'availability');
}
