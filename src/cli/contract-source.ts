import { readFileSync } from 'node:fs';
import { type Contract, type ContractDefinition, type DurationInput, SlaError, TimeZone, defineContract, toDurationMs } from '../index.js';
import { letsignit } from '../presets/letsignit/index.js';
import { linkando } from '../presets/linkando/index.js';
import { lumapps } from '../presets/lumapps/index.js';
import { signinapp } from '../presets/signinapp/index.js';
import { sitekiosk } from '../presets/sitekiosk/index.js';
import { CliInputError, CliUsageError } from './cli-error.js';
import { type CommandArgs, stringFlag } from './command.js';

type PresetOptions = Record<string, string | boolean>;

/** The presets the CLI knows, by id (CONTRACTS.md §7), in the spec's order. */
export const PRESETS: Readonly<Record<string, (options: PresetOptions) => Contract>> = {
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
  const options = presetOptions(args, command);
  const preset = PRESETS[spec];
  if (preset !== undefined) {
    try {
      return preset(options);
    } catch (error) {
      if (error instanceof SlaError) throw new CliUsageError(`--option: ${error.message}`, command);
      throw error;
    }
  }
  if (!spec.toLowerCase().endsWith('.json')) {
    throw new CliUsageError(`unknown contract "${spec}": expected one of ${Object.keys(PRESETS).join(', ')}, or a contract definition file ending in .json`, command);
  }
  if (Object.keys(options).length > 0) throw new CliUsageError('--option applies to presets only; a JSON definition states its choices itself', command);
  return contractFromFile(spec);
}

function contractFromFile(path: string): Contract {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(`${path}: ${code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliInputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return defineContract(json as never);
  } catch (error) {
    if (error instanceof SlaError) throw new CliInputError(`${path}: ${error.message}`);
    throw error;
  }
}

function presetOptions(args: CommandArgs, command: string): PresetOptions {
  const raw = args.values['option'];
  const list = Array.isArray(raw) ? raw : [];
  const options: PresetOptions = {};
  for (const item of list) {
    const match = /^([A-Za-z][\w-]*)=(.*)$/.exec(item);
    if (!match) throw new CliUsageError(`--option expects name=value, got "${item}"`, command);
    const [, name, value] = match as unknown as [string, string, string];
    options[name] = value === 'true' ? true : value === 'false' ? false : value;
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
