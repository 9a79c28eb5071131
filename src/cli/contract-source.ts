import { existsSync } from 'node:fs';
import { CALENDAR_YEAR_RANGE, type Contract, type ContractDefinition, type DurationInput, SlaDefinitionError, SlaError, SlaInputError, TimeZone, defineContract, toDurationMs, toInstant } from '../index.js';
import { letsignit } from '../presets/letsignit/index.js';
import { linkando } from '../presets/linkando/index.js';
import { lumapps } from '../presets/lumapps/index.js';
import { signinapp } from '../presets/signinapp/index.js';
import { sitekiosk } from '../presets/sitekiosk/index.js';
import { inLocalYears } from '../time/year-range.js';
import { CliInputError, CliUsageError } from './cli-error.js';
import { readJsonFile } from './json-file.js';
import { type CommandArgs, stringFlag } from './command.js';
import { closureFilesOf, withClosureFiles } from './inputs/closure-files.js';
import { type InputFile, flagInputs } from './out-file.js';

/** The presets the CLI knows, by id, in the order `slakit contracts` lists them. */
export const PRESETS: Readonly<Record<string, (options: Readonly<Record<string, string | boolean>>) => Contract>> = {
  letsignit: (options) => letsignit(options as never),
  sitekiosk: (options) => sitekiosk(options as never),
  linkando: (options) => linkando(options as never),
  signinapp: (options) => signinapp(options as never),
  lumapps: (options) => lumapps(options as never),
};

/** Flags shared by the commands that work on one contract. */
export const CONTRACT_OPTIONS = {
  contract: { type: 'string', short: 'c' },
  option: { type: 'string', multiple: true },
  zone: { type: 'string' },
} as const;

/** Help lines for {@link CONTRACT_OPTIONS}. */
export const CONTRACT_HELP = `  -c, --contract <id|file.json>  a preset (letsignit, sitekiosk, linkando, signinapp, lumapps)
                                 or a contract definition in JSON (see defineContract)
  --option <name=value>          a preset option resolving an ambiguity (repeatable), e.g.
                                 --option creditBounds=upper-inclusive; see "slakit contracts"
  --zone <IANA zone>             read date-times written without offset as local time there
                                 (default: such date-times are rejected)`;

/**
 * The contract named by `--contract` (a preset id, or a `.json` definition
 * file), with `--option name=value` preset options (`true`/`false` become
 * booleans). Unknown ids, bad options and bad files are exit-2 errors.
 *
 * @example
 * ```ts
 * const contract = contractFromArgs(args, 'due'); // letsignit() for --contract letsignit
 * ```
 */
export function contractFromArgs(args: CommandArgs, command: string): Contract {
  const spec = stringFlag(args, 'contract', command, { required: true });
  const given = optionPairs(args.values['option'], '--option', command);
  const preset = Object.hasOwn(PRESETS, spec) ? PRESETS[spec] : undefined;
  if (preset !== undefined) return presetWithOptions(spec, preset, given, command);
  if (!spec.toLowerCase().endsWith('.json')) {
    throw new CliUsageError(`unknown contract "${spec}": expected one of ${Object.keys(PRESETS).join(', ')}, or a contract definition file ending in .json`, command);
  }
  if (given.size > 0) throw new CliUsageError('--option applies to presets only; a JSON definition states its choices itself', command);
  return contractFromFile(spec);
}

/**
 * The second contract of a comparison, named by `--versus` (repeatable):
 * one preset id or `.json` definition file, or options `name=value`
 * applied on top of `--contract`'s preset and its `--option`s (so that
 * `--versus escalation=end-of-next-business-day` compares two readings).
 * Usage errors name `--versus` and the value: an unknown contract, an
 * unknown option or value, options on a JSON `--contract`, or a contract
 * mixed with options.
 *
 * @example
 * ```ts
 * versusFromArgs(args, 'diff'); // letsignit({ escalation: 'end-of-next-business-day' }) for --contract letsignit --versus escalation=end-of-next-business-day
 * ```
 */
export function versusFromArgs(args: CommandArgs, command: string): Contract {
  const raw = args.values['versus'];
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
  if (items.length === 0) throw new CliUsageError('--versus is required: a preset id, a contract file.json, or an option name=value applied to --contract', command);
  const contracts = items.filter((item) => !item.includes('='));
  if (contracts.length > 0) {
    if (items.length > 1) throw new CliUsageError(`--versus ${contracts[0]}: give one contract to compare with, or options name=value applied to --contract, not both (got ${items.map((item) => `"${item}"`).join(', ')})`, command);
    const spec = contracts[0] as string;
    if (Object.hasOwn(PRESETS, spec)) return (PRESETS[spec] as (typeof PRESETS)[string])({});
    if (!spec.toLowerCase().endsWith('.json')) {
      throw new CliUsageError(`--versus ${spec}: unknown contract "${spec}": expected one of ${Object.keys(PRESETS).join(', ')}, a contract definition file ending in .json, or an option name=value applied to --contract`, command);
    }
    return contractFromFile(spec);
  }
  const spec = stringFlag(args, 'contract', command, { required: true });
  const versus = optionPairs(items, '--versus', command);
  const preset = Object.hasOwn(PRESETS, spec) ? PRESETS[spec] : undefined;
  if (preset === undefined) {
    const [name, option] = [...versus][0] as [string, PresetOption];
    throw new CliUsageError(`--versus ${name}=${option.text}: an option applies to a preset, and --contract ${spec} is not one; give --versus <file.json> to compare with another definition`, command);
  }
  // The options of --contract, each one --versus names replaced.
  const options = new Map([...optionPairs(args.values['option'], '--option', command), ...versus]);
  return presetWithOptions(spec, preset, options, command);
}

/** One `name=value` preset option as given: the text, the value passed (`true`/`false` as booleans) and the flag that gave it. */
interface PresetOption {
  readonly text: string;
  readonly value: string | boolean;
  readonly flag: string;
}

/** A preset built with options: an unknown option or a value it refuses is a usage error naming the flag that gave it. */
function presetWithOptions(spec: string, preset: (typeof PRESETS)[string], given: ReadonlyMap<string, PresetOption>, command: string): Contract {
  const known = Object.keys(preset({}).definition.options ?? {});
  for (const [name, { text, flag }] of given) {
    if (!known.includes(name)) throw new CliUsageError(`${flag} ${name}=${text}: unknown option "${name}" for contract ${spec}: expected one of ${known.join(', ')}`, command);
  }
  try {
    return preset(Object.fromEntries([...given].map(([name, { value }]) => [name, value])));
  } catch (error) {
    const name = error instanceof SlaInputError ? error.field.replace(/^options\./, '') : undefined;
    const option = name === undefined ? undefined : given.get(name);
    if (error instanceof SlaInputError && option !== undefined) throw new CliUsageError(`${option.flag} ${name}=${option.text}: expected ${error.expected}`, command);
    if (error instanceof SlaError) throw new CliUsageError(`${[...new Set([...given.values()].map((o) => o.flag))].join(', ') || '--option'}: ${error.message}`, command);
    throw error;
  }
}

/**
 * The contract definition file `--contract` names, as an input file (none
 * for a preset id).
 *
 * @example
 * ```ts
 * contractInputs(args); // [{ path: "acme.json", named: "--contract" }] for --contract acme.json; [] for --contract linkando
 * ```
 */
export function contractInputs(args: CommandArgs): InputFile[] {
  const spec = args.values['contract'];
  if (typeof spec !== 'string' || Object.hasOwn(PRESETS, spec)) return [];
  const files = flagInputs(args, ['contract']);
  if (spec === '-' || spec === '' || !existsSync(spec)) return files;
  // The closure .ics files the definition names are read too.
  const closures = closureFilesOf(readJsonFile(spec, spec, 'a contract definition'), spec);
  return [...files, ...closures.map((path) => ({ path, named: `--contract ${spec} (closures)` }))];
}

/**
 * The contract a JSON definition file holds; an unreadable file, bad JSON
 * or a bad definition is an exit-2 error naming the file (and the JSON
 * path of every problem).
 *
 * @example
 * ```ts
 * contractFromFile('examples/contracts/slack-2024.json').id; // "slack-2024"
 * ```
 */
export function contractFromFile(path: string): Contract {
  const json = readJsonFile(path, path, 'a contract definition');
  try {
    return defineContract(withClosureFiles(json, path) as never);
  } catch (error) {
    if (error instanceof SlaDefinitionError) throw new CliInputError(definitionProblemsText(path, error));
    if (error instanceof SlaError) throw new CliInputError(`${path}: ${error.message}`);
    throw error;
  }
}

/** At most this many problems of a definition are listed. */
const MAX_PROBLEMS = 20;

/**
 * Every problem of a contract definition (or of `what`, e.g. `the map
 * file`), one per line with its JSON path and message (at most
 * {@link MAX_PROBLEMS}, then how many more).
 *
 * @example
 * ```ts
 * definitionProblemsText('acme.json', error);
 * // acme.json: 2 problems in the contract definition:
 * //   availability.commitments[0].period: expected "month", … got "monthly": did you mean "month"?
 * //   claims.deadline.zone: required: expected an IANA time zone such as "Europe/Paris" or "UTC"
 * ```
 */
export function definitionProblemsText(path: string, error: SlaDefinitionError, what = 'the contract definition'): string {
  const issues = error.issues;
  if (issues.length <= 1) return `${path}: ${error.message}`;
  const lines = issues.slice(0, MAX_PROBLEMS).map((issue) => `  ${issue.path || '(root)'}: ${issue.message}`);
  if (issues.length > MAX_PROBLEMS) lines.push(`  … and ${issues.length - MAX_PROBLEMS} more (the first ${MAX_PROBLEMS} shown)`);
  return `${path}: ${issues.length} problems in ${what}:\n${lines.join('\n')}`;
}

/** The `name=value` items of a repeatable flag (`--option`, `--versus`) by name; a malformed or repeated name is a usage error. */
function optionPairs(raw: unknown, flag: string, command: string): Map<string, PresetOption> {
  const list: readonly string[] = Array.isArray(raw) ? raw : [];
  const options = new Map<string, PresetOption>();
  for (const item of list) {
    // Any name before the first "=": a name that is not the preset's (`__proto__`, `toString`) is named as unknown later.
    const match = /^([^=]+)=(.*)$/s.exec(item);
    if (!match) throw new CliUsageError(`${flag} expects name=value, got "${item}"`, command);
    const [, name, text] = match as unknown as [string, string, string];
    if (options.has(name)) throw new CliUsageError(`${flag} ${name} is given twice`, command);
    options.set(name, { text, value: text === 'true' ? true : text === 'false' ? false : text, flag });
  }
  return options;
}

/**
 * The `--zone` flag, checked: an IANA zone in which date-times without
 * offset are read (undefined when absent).
 *
 * @example
 * ```ts
 * zoneFromArgs(args, 'tickets'); // "Europe/Paris"
 * ```
 */
export function zoneFromArgs(args: CommandArgs, command: string): string | undefined {
  const zone = stringFlag(args, 'zone', command);
  if (zone === undefined) return undefined;
  try {
    return TimeZone.of(zone, '--zone').name;
  } catch (error) {
    if (error instanceof SlaError) throw new CliUsageError(error.message, command);
    throw error;
  }
}

/**
 * A duration of a contract definition (`'PT5M'`, ms, or units) in ms. The
 * schema's inferred type marks unit fields `| undefined`, which
 * `DurationInput` (exact optional properties) does not: same values.
 *
 * @example
 * ```ts
 * definitionDurationMs('PT5M', 'recordingThreshold'); // 300000
 * ```
 */
export function definitionDurationMs(value: NonNullable<NonNullable<ContractDefinition['availability']>['recordingThreshold']>, field: string): number {
  return toDurationMs(value as DurationInput, field);
}

/**
 * Read a date-time given to the CLI (a flag or a CSV column) as an instant:
 * ISO 8601 with an offset or `Z`, or without one when `--zone` is given.
 * A date-time without offset and without `--zone` is an `SlaInputError`
 * that says so and points at `--zone`.
 *
 * @example
 * ```ts
 * readInstant('2026-06-01T08:00:00', '--opened', undefined);
 * // SlaInputError: --opened: expected … (this date-time has no offset: write one, or give --zone <IANA zone> …), got "2026-06-01T08:00:00"
 * readInstant('2026-06-01T08:00:00', '--opened', 'Europe/Paris'); // 1780293600000
 * ```
 */
export function readInstant(text: string, field: string, zone: string | undefined): number {
  let instant: number;
  try {
    instant = toInstant(text, field, zone);
  } catch (error) {
    if (zone !== undefined || !(error instanceof SlaInputError) || !isLocalDateTime(text, field)) throw error;
    throw new SlaInputError(field, text, `${error.expected} (this date-time has no offset: write one, or give --zone <IANA zone> to read date-times without offset as local time there)`);
  }
  // Out of the local years in every zone (UTC−12 to UTC+14): refused here, naming the flag or column
  // the user wrote, not later under the name of whatever query first reads it (`to`, `now`).
  if (!(instant >= EARLIEST_LOCAL_INSTANT && instant <= LATEST_LOCAL_END)) throw new SlaInputError(field, text, inLocalYears('an instant'));
  return instant;
}

/** 1900-01-01T00:00 in the easternmost offset, UTC+14: no instant before it is in the local years anywhere. */
const EARLIEST_LOCAL_INSTANT = Date.UTC(CALENDAR_YEAR_RANGE.min, 0, 1) - 14 * 3_600_000;
/** 2301-01-01T00:00 in the westernmost offset, UTC−12: the range's last end anywhere; every instant after it is past the local years everywhere. */
const LATEST_LOCAL_END = Date.UTC(CALENDAR_YEAR_RANGE.max + 1, 0, 1) + 12 * 3_600_000;

function isLocalDateTime(text: string, field: string): boolean {
  try {
    toInstant(text, field, 'UTC');
    return true;
  } catch {
    return false;
  }
}

/**
 * Check a region named on the command line against the contract: one of
 * its regions, none for a contract without regions, and — with `required`,
 * for a contract with regions — present. Usage errors name `--region` and
 * list the regions.
 *
 * @example
 * ```ts
 * checkRegion(lumapps(), undefined, 'due', { required: true });
 * // CliUsageError: --region is required for contract lumapps: one of emea, nam, latam, apac
 * ```
 */
export function checkRegion(contract: Pick<Contract, 'id' | 'regions'>, region: string | undefined, command: string, options: { readonly required: boolean }): string | undefined {
  const regions = contract.regions;
  if (region === undefined) {
    if (options.required && regions.length > 0) throw new CliUsageError(`--region is required for contract ${contract.id}: one of ${regions.join(', ')}`, command);
    return undefined;
  }
  if (regions.length === 0) throw new CliUsageError(`--region: contract ${contract.id} has no regions`, command);
  if (!regions.includes(region)) throw new CliUsageError(`--region: expected one of ${regions.join(', ')} (contract ${contract.id}), got "${region}"`, command);
  return region;
}
