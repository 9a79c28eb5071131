import { type Contract, diffAvailability } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type CliOutput, type Command, type CommandArgs, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, PRESETS, checkRegion, contractFromArgs, versusFromArgs } from '../contract-source.js';
import { checkOneStdin, csvSource, withDelimiter, withMapping } from '../csv/csv-source.js';
import { importMappingsFromArgs } from '../imports/import-flags.js';
import { eitherContract } from '../inputs/ticket-file.js';
import type { InputFile } from '../out-file.js';
import { availabilityDiffText, ticketDiffText } from '../render/diff-text.js';
import { rejectionNotes } from '../render/rows-text.js';
import { AVAILABILITY_OPTIONS, availabilityInputFiles, availabilityInputsFromArgs, delimiterFromArgs } from './availability.js';
import { checkAvailabilityFlags, contractInputOf, feeNamedAsFlag, fileRowsOf, periodText, readObservations } from './availability-report.js';
import { type DiffSideJson, availabilityDiffJson, ticketDiffOutput } from './diff-report.js';
import { readTickets } from '../inputs/ticket-inputs.js';
import { judgingFlags } from './tickets.js';

const HELP = `slakit diff — what-if: the same tickets or the same period under two contracts, or two readings

Usage:
  slakit diff <tickets.csv> --contract <a> [--option k=v]… --versus <b> [--now <iso>] [--events <events.csv>]
              [--region <r>] [--version-at opened|now] [--format text|json]
  slakit diff --contract <a> [--option k=v]… --versus <b> (--period <p> | --from <iso> --to <iso>)
              [--probes f.csv] [--incidents f.csv] [… every input of slakit availability] [--format text|json]

With <tickets.csv> (the export of slakit tickets, and its --events), every ticket is judged under A and
under B, and only the tickets whose verdict (met, missed, open on time, open overdue, refused — on any
metric), due instant or target changes are listed, each with both sides and why: the rules that differ
(the priority's target, its calendar, the version in force), with their clauses. A ticket one contract
refuses and the other judges is listed; one both refuse is a rejected row.

Without it, the period (and the inputs of slakit availability) is evaluated under A and under B, and
every commitment whose figure, verdict or credit (percent, and amount with --fee) changes is listed,
with both sides and the rules that differ (tiers and their bounds, excused time, maintenance, period).

Flags:
${CONTRACT_HELP}
  --versus <b>                   what A is compared with: a preset id, a contract file.json, or an
                                 option name=value applied on top of A (repeatable), e.g.
                                 --versus escalation=end-of-next-business-day
  --now <iso>                    the instant open tickets are judged at; required when one is open
  --events <events.csv>          the tickets' helpdesk events (see slakit tickets --help)
  -r, --region <r>               region of rows without a region value
  --version-at opened|now        which version judges a ticket: in force at its opening (default) or at --now
  --period, --from, --to, --probes, --incidents, --requests, --series, --maintenance, --claims,
  --population, --scope, --fee, --currency, --cause-alias, --unknown-causes, --no-downtime
                                 as in slakit availability (see slakit availability --help)
  --delimiter , | ; | tab | auto the field separator of every input file (default: detected)
  --map <map.json>, --profile <id>
                                 read an export as it comes, as in slakit tickets / availability
  -f, --format text|json         default text
  -o, --out <file>               write the report there instead of stdout
  -h, --help                     this help

The summary says how many tickets or commitments changed, and each file's rows: read = used + rejected.
Exit codes: 0 all rows used (whether or not anything changed); 1 some rows rejected (report still
written); 2 usage error (a bad --versus names the flag and the value) or unreadable input.

Examples:
  slakit diff escalations.csv --contract letsignit --versus escalation=end-of-next-business-day --now 2026-07-20T12:00:00+02:00
  slakit diff --contract letsignit --versus creditBounds=upper-inclusive --period 2026-06 --incidents june.csv --fee 1490.00 --currency EUR
`;

/** The flags only the ticket form takes. */
const TICKET_FLAGS = ['now', 'events', 'region', 'version-at'] as const;
/** The flags only the period form takes. */
const PERIOD_FLAGS = ['period', 'from', 'to', 'probes', 'incidents', 'requests', 'series', 'maintenance', 'claims', 'population', 'scope', 'fee', 'currency', 'cause-alias', 'unknown-causes', 'no-downtime'] as const;

/**
 * `slakit diff`: {@link diffTickets} on a ticket export, or
 * {@link diffAvailability} on a period, between `--contract` and
 * `--versus`.
 *
 * @example
 * ```ts
 * const code = await diffCommand.run(parseCommandArgs(diffCommand, ['export.csv', '--contract', 'letsignit', '--versus', 'escalation=jours-ouvres', '--now', '2026-07-20T12:00:00Z']), output);
 * ```
 */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'what-if: tickets or a period under two contracts or two readings; what changes and why',
  help: HELP,
  positionals: ['tickets.csv'],
  options: {
    ...AVAILABILITY_OPTIONS,
    versus: { type: 'string', multiple: true },
    now: { type: 'string' },
    events: { type: 'string' },
    region: { type: 'string', short: 'r' },
    'version-at': { type: 'string' },
  },
  inputFiles: (args) => {
    const file = args.positionals[0];
    const events = args.values['events'];
    return [
      ...availabilityInputFiles(args),
      ...versusInputs(args),
      ...(file === undefined || file === '-' ? [] : [{ path: file, named: '<tickets.csv>' }]),
      ...(typeof events === 'string' && events !== '-' ? [{ path: events, named: '--events' }] : []),
    ];
  },
  async run(args: CommandArgs, output) {
    const format = formatFlag(args, 'diff', ['text', 'json']);
    const file = args.positionals[0];
    refuseFlags(args, file === undefined ? TICKET_FLAGS : PERIOD_FLAGS, file === undefined ? 'a ticket export <tickets.csv>' : '--period (the period form, without <tickets.csv>)');
    return file === undefined ? periodDiff(args, format, output) : ticketDiff(args, file, format, output);
  },
};

async function ticketDiff(args: CommandArgs, file: string, format: 'text' | 'json', output: CliOutput): Promise<number> {
  const a = contractFromArgs(args, 'diff');
  const b = versusFromArgs(args, 'diff');
  for (const contract of [a, b]) if (contract.priorities.length === 0) throw new CliUsageError(`contract ${contract.id} has no response-time targets: compare a period instead (--period)`, 'diff');
  const { zone, now, versionAt } = judgingFlags(args, 'diff');
  const vocabulary = eitherContract(a, b);
  const region = stringFlag(args, 'region', 'diff');
  checkRegion(vocabulary, region, 'diff', { required: false });
  const delimiter = delimiterFromArgs(args, 'diff');
  const eventsFile = stringFlag(args, 'events', 'diff');
  checkOneStdin([file, eventsFile], 'diff');
  const imports = importMappingsFromArgs(args, 'diff', ['tickets', 'events'], zone);
  const source = withMapping(withDelimiter(csvSource(file), delimiter), imports.tickets);
  const events = eventsFile === undefined ? undefined : withMapping(withDelimiter(csvSource(eventsFile), delimiter), imports.events);
  const inputs = await readTickets(source, vocabulary, { region, now, zone, events }, 'diff');
  const result = ticketDiffOutput(a, b, inputs, sidesOf(args, a, b), versionAt);
  output.report(format === 'json' ? `${JSON.stringify(result.json, null, 2)}\n` : ticketDiffText(result.json, result.files, source.name));
  output.note(rejectionNotes(result.files));
  return result.json.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

async function periodDiff(args: CommandArgs, format: 'text' | 'json', output: CliOutput): Promise<number> {
  const { contract: a, inputs } = availabilityInputsFromArgs(args, 'diff');
  const b = versusFromArgs(args, 'diff');
  if (b.definition.availability === undefined) throw new CliUsageError(`--versus: contract ${b.id} has no availability commitments`, 'diff');
  const asked = periodText(inputs, 'diff');
  const causes = checkAvailabilityFlags(a, inputs, [asked], 'diff', b);
  const observations = await readObservations(inputs, causes);
  // Each side read its aliases on the rows already (see checkAvailabilityFlags): the library gets the causes, not the aliases.
  const sideInputs = { ...inputs, causes: { unknownCauses: inputs.causes?.unknownCauses ?? 'error' } };
  const report = feeNamedAsFlag('diff', () => diffAvailability(a, b, contractInputOf(sideInputs, asked, observations, a)), a.feeUnit);
  const files = fileRowsOf(observations.files);
  const json = availabilityDiffJson(report, sidesOf(args, a, b), files);
  output.report(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : availabilityDiffText(json, files, inputs.fee?.currency));
  output.note(rejectionNotes(files));
  return json.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
}

/** A usage error for the first flag of `flags` given: it belongs to the other form of the command. */
function refuseFlags(args: CommandArgs, flags: readonly string[], form: string): void {
  const given = flags.find((flag) => args.values[flag] !== undefined);
  if (given !== undefined) throw new CliUsageError(`--${given} does not apply here: it belongs with ${form}`, 'diff');
}

/** Each side as the command line gave it: `letsignit`, `letsignit with escalation=…`, `b.json`. */
function sidesOf(args: CommandArgs, a: Contract, b: Contract): { a: DiffSideJson; b: DiffSideJson } {
  const spec = String(args.values['contract']);
  const list = (flag: string): string[] => {
    const raw = args.values[flag];
    return Array.isArray(raw) ? raw : [];
  };
  const withOptions = (options: readonly string[]): string => (options.length === 0 ? spec : `${spec} with ${options.join(', ')}`);
  const versus = list('versus');
  const optionsOf = (items: readonly string[]): Map<string, string> => new Map(items.map((item) => [item.slice(0, item.indexOf('=')), item]));
  const given = versus.some((item) => item.includes('=')) ? withOptions([...new Map([...optionsOf(list('option')), ...optionsOf(versus)]).values()]) : (versus[0] ?? '');
  return { a: { contract: a.id, name: a.name, given: withOptions(list('option')) }, b: { contract: b.id, name: b.name, given } };
}

/** The definition file `--versus` names, as an input file (none for a preset id or options). */
function versusInputs(args: CommandArgs): InputFile[] {
  const raw = args.values['versus'];
  const items = Array.isArray(raw) ? raw : [];
  return items.filter((item) => !item.includes('=') && !Object.hasOwn(PRESETS, item)).map((path) => ({ path, named: '--versus' }));
}
