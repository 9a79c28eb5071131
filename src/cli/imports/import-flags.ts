import { CliUsageError } from '../cli-error.js';
import type { CommandArgs } from '../command.js';
import type { CsvMapping, MappedColumn } from '../csv/csv-mapping.js';
import type { ImportProfile } from './import-profile.js';
import { type InputKind, INPUT_KINDS } from './input-kinds.js';
import { type MapSection, readMapFile } from './map-file.js';
import { IMPORT_PROFILES } from './profiles.js';

/**
 * The mapping of each input a command reads, from `--profile` and `--map`.
 *
 * @example
 * ```ts
 * const imports: ImportMappings = { tickets: mapping };
 * ```
 */
export type ImportMappings = Readonly<Partial<Record<InputKind, CsvMapping>>>;

/** The flags of {@link importMappingsFromArgs}, for a command's options. */
export const IMPORT_OPTIONS = {
  map: { type: 'string' },
  profile: { type: 'string', multiple: true },
} as const;

/**
 * Help lines for {@link IMPORT_OPTIONS}.
 *
 * @example
 * ```ts
 * importHelp(['tickets', 'events']); // "  --profile <id> …"
 * ```
 */
export function importHelp(kinds: readonly InputKind[]): string {
  const profiles = [...IMPORT_PROFILES.values()].filter((profile) => kinds.includes(profile.input));
  return [
    `  --profile <id>                 read an export as it comes (repeatable, one per input; see docs/imports.md):`,
    ...profiles.map((profile) => `                                   ${profile.id.padEnd(24)} ${profile.name} → ${INPUT_KINDS[profile.input].named}`),
    `  --map <map.json>               the export's column names and values → slakit's, a section per input`,
    `                                 (${kinds.join(', ')}), e.g. {"${kinds[0]}": {"columns": {"Created at": "openedAt"},`,
    `                                 "values": {"priority": {"Highest": "p1"}}, "caseInsensitive": true}}; on top of --profile`,
  ].join('\n');
}

/**
 * The `--profile <id>` (repeatable, one per input) and `--map <file.json>`
 * flags as a mapping per input of `kinds`; the map applies on top of the
 * profile (its columns replace the profile's for the same slakit column, its
 * values add to or replace the profile's, its `caseInsensitive` wins). A
 * usage error ({@link CliUsageError}) for an unknown profile, a profile for
 * an input the command does not read, two profiles for one input, and a
 * profile whose export writes times without offset when `zone` (`--zone`)
 * is not given; a bad map file throws as {@link readMapFile} says.
 *
 * @example
 * ```ts
 * importMappingsFromArgs(args, 'tickets', ['tickets', 'events'], 'America/New_York').tickets?.origin; // "--profile zendesk"
 * ```
 */
export function importMappingsFromArgs(args: CommandArgs, command: string, kinds: readonly InputKind[], zone: string | undefined): ImportMappings {
  const profiles = new Map<InputKind, ImportProfile>();
  const given = args.values['profile'];
  for (const id of Array.isArray(given) ? given : []) {
    const profile = IMPORT_PROFILES.get(id);
    const fitting = [...IMPORT_PROFILES.values()].filter((p) => kinds.includes(p.input)).map((p) => p.id);
    if (profile === undefined) throw new CliUsageError(`--profile ${id}: unknown profile: slakit ${command} takes ${fitting.join(', ')}`, command);
    if (!kinds.includes(profile.input)) throw new CliUsageError(`--profile ${id} reads ${INPUT_KINDS[profile.input].named}, which slakit ${command} does not read: it takes ${fitting.join(', ')}`, command);
    const other = profiles.get(profile.input);
    if (other !== undefined) throw new CliUsageError(`--profile ${other.id} and --profile ${id} both read ${INPUT_KINDS[profile.input].named}: give one`, command);
    if (profile.times === 'local' && zone === undefined) {
      throw new CliUsageError(`--profile ${id}: ${profile.zoneHint ?? 'the export writes times without offset'}: give --zone <IANA zone>, e.g. --zone Europe/Paris`, command);
    }
    profiles.set(profile.input, profile);
  }
  const mapPath = args.values['map'];
  const map = typeof mapPath === 'string' ? readMapFile(mapPath, kinds) : undefined;
  const mappings: Partial<Record<InputKind, CsvMapping>> = {};
  for (const kind of kinds) {
    const profile = profiles.get(kind);
    const section = map?.sections.get(kind);
    if (profile === undefined && section === undefined) continue;
    const origin = [profile === undefined ? undefined : `--profile ${profile.id}`, section === undefined ? undefined : map?.origin].filter((o) => o !== undefined).join(' + ');
    mappings[kind] = mergedMapping(origin, profile?.mapping(zone), section);
  }
  return mappings;
}

/** A profile's mapping with a map section on top; value keys lower-cased when case-insensitive. */
function mergedMapping(origin: string, profile: ReturnType<ImportProfile['mapping']> | undefined, section: MapSection | undefined): CsvMapping {
  const columns = new Map<string, MappedColumn>(profile?.columns ?? []);
  for (const [target, from] of section?.columns ?? []) columns.set(target, { from: [from] });
  const caseInsensitive = section?.caseInsensitive ?? false;
  const values = new Map<string, Map<string, string>>();
  for (const source of [profile?.values, section?.values]) {
    for (const [target, table] of source ?? []) {
      const merged = values.get(target) ?? new Map<string, string>();
      for (const [from, to] of table) merged.set(caseInsensitive ? from.toLowerCase() : from, to);
      values.set(target, merged);
    }
  }
  return { origin, columns, values, caseInsensitive, rows: profile?.rows };
}
