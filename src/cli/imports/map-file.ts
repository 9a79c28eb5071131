import { SlaDefinitionError, describeValue } from '../../index.js';
import { CliInputError } from '../cli-error.js';
import { definitionProblemsText } from '../contract-source.js';
import { keyPath, readJsonFile } from '../json-file.js';
import { type InputKind, INPUT_KINDS, columnsOf } from './input-kinds.js';

/**
 * What a `--map` file says about one input: which export column holds each
 * of slakit's columns, which export values stand for slakit's, and whether
 * values match whatever their case.
 *
 * @example
 * ```ts
 * const section: MapSection = { columns: new Map([['openedAt', 'Created at']]), values: new Map([['priority', new Map([['Highest', 'p1']])]]), caseInsensitive: true };
 * ```
 */
export interface MapSection {
  /** slakit column → the export's column name. */
  readonly columns: ReadonlyMap<string, string>;
  /** slakit column → (export value → slakit value), as written. */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Absent: as the profile says, else false. */
  readonly caseInsensitive?: boolean | undefined;
}

/**
 * A `--map` file, read and checked: a section per input.
 *
 * @example
 * ```ts
 * const map: MapFile = { origin: '--map map.json', sections: new Map([['tickets', section]]) };
 * ```
 */
export interface MapFile {
  /** `--map <path>`, for errors. */
  readonly origin: string;
  readonly sections: ReadonlyMap<InputKind, MapSection>;
}

const SECTION_KEYS = ['columns', 'values', 'caseInsensitive'];

/**
 * Read and check a `--map` file (JSON; YAML is not read). Its shape: one
 * section per input the command reads, each with `columns` (the export's
 * column name → slakit's column), `values` (slakit's column → { export
 * value → slakit value }) and `caseInsensitive` (values match whatever
 * their case):
 *
 * ```json
 * { "tickets": { "columns": { "Created at": "openedAt" }, "values": { "priority": { "Highest": "p1" } }, "caseInsensitive": true } }
 * ```
 *
 * Every problem is reported at once in a {@link CliInputError}, one per
 * line with its JSON path, what was expected and the value (bounded): a
 * section the command does not read, an unknown key, a target that is not a
 * column of the input, two export columns for one target, one export column
 * twice (keys are trimmed and match whatever their case, as header names
 * do), a key naming another slakit column of the input that is not mapped
 * itself, a value that is not a string (or, for `caseInsensitive`, a
 * boolean), two values equal but for case when `caseInsensitive`. A missing
 * or malformed file, and `-` (standard input is not read), are a
 * {@link CliInputError} too. Keys are read as own properties only
 * (`__proto__` is a key like any other).
 *
 * @example
 * ```ts
 * const map = readMapFile('map.json', ['tickets', 'events']);
 * map.sections.get('tickets')?.columns.get('openedAt'); // "Created at"
 * ```
 */
export function readMapFile(path: string, kinds: readonly InputKind[]): MapFile {
  if (path === '-') throw new CliInputError('--map -: standard input is not read for --map: give the path of a JSON file');
  const json = readJsonFile(path, `--map ${path}`, 'the map file');
  try {
    return { origin: `--map ${path}`, sections: parseMapFile(json, kinds) };
  } catch (error) {
    if (error instanceof SlaDefinitionError) throw new CliInputError(definitionProblemsText(`--map ${path}`, error, 'the map file'));
    throw error;
  }
}

/**
 * Check parsed `--map` JSON (see {@link readMapFile}): every problem, each
 * with its JSON path, what was expected and the value (shown bounded, as
 * `describeValue` shows it: a long string or a deep array is cut short).
 *
 * @example
 * ```ts
 * parseMapFile({ tickets: { columns: { 'Created at': 'opened' } } }, ['tickets']);
 * // SlaDefinitionError: tickets.columns["Created at"]: expected one of id, priority, openedAt, respondedAt, region (…), got "opened"
 * ```
 */
export function parseMapFile(json: unknown, kinds: readonly InputKind[]): Map<InputKind, MapSection> {
  const issues: { path: string; message: string }[] = [];
  const fail = (path: string, value: unknown, expected: string): void => {
    issues.push({ path, message: `expected ${expected}, got ${describeValue(value)}` });
  };
  const sections = new Map<InputKind, MapSection>();
  if (!isObject(json)) {
    fail('', json, `an object with a section per input (${kinds.join(', ')})`);
    throw new SlaDefinitionError(issues);
  }
  for (const name of Object.keys(json)) {
    const section = json[name];
    if (!(kinds as readonly string[]).includes(name)) {
      fail(keyPath('', name), name, `a section for an input this command reads: ${kinds.join(', ')}`);
      continue;
    }
    const kind = name as InputKind;
    if (!isObject(section)) {
      fail(name, section, 'an object with "columns", "values" and/or "caseInsensitive"');
      continue;
    }
    sections.set(kind, readSection(section, kind, name, fail));
  }
  if (issues.length > 0) throw new SlaDefinitionError(issues);
  return sections;
}

type Fail = (path: string, value: unknown, expected: string) => void;

function readSection(section: Readonly<Record<string, unknown>>, kind: InputKind, path: string, fail: Fail): MapSection {
  const targets = columnsOf(kind);
  const targetText = `one of ${targets.join(', ')} (the columns of ${INPUT_KINDS[kind].named})`;
  for (const key of Object.keys(section)) if (!SECTION_KEYS.includes(key)) fail(keyPath(path, key), key, `one of ${SECTION_KEYS.join(', ')}`);
  const columns = new Map<string, string>();
  const rawColumns = Object.hasOwn(section, 'columns') ? section['columns'] : {};
  if (!isObject(rawColumns)) fail(`${path}.columns`, rawColumns, 'an object: { "<export column>": "<slakit column>" }');
  else {
    // Export names match as header names do: trimmed, whatever their case.
    const sources = new Map<string, string>();
    for (const key of Object.keys(rawColumns)) {
      const target = rawColumns[key];
      const from = key.trim();
      const at = keyPath(`${path}.columns`, key);
      const other = sources.get(from.toLowerCase());
      if (typeof target !== 'string' || !targets.includes(target)) fail(at, target, targetText);
      else if (from === '') fail(at, key, 'a non-empty export column name');
      else if (columns.has(target)) fail(at, target, `a column no other export column is mapped to ("${columns.get(target)}" is mapped to ${target})`);
      else if (other !== undefined) fail(at, key, `an export column named once (export names match trimmed and whatever their case: "${other}" is mapped to ${[...columns].find(([, f]) => f === other)?.[0]}, "${from}" to ${target})`);
      else {
        sources.set(from.toLowerCase(), from);
        columns.set(target, from);
      }
    }
    // A key that names another slakit column of the input would feed both: the column under its own name too.
    for (const [target, from] of columns) {
      const own = targets.find((column) => column.toLowerCase() === from.toLowerCase());
      if (own !== undefined && own !== target && !columns.has(own)) {
        fail(keyPath(`${path}.columns`, from), target, `a column that is not also slakit's ${own} (the export column "${from}" would feed both ${target} and ${own}: map ${own} from another export column)`);
      }
    }
  }
  const caseInsensitive = Object.hasOwn(section, 'caseInsensitive') ? section['caseInsensitive'] : undefined;
  if (caseInsensitive !== undefined && typeof caseInsensitive !== 'boolean') fail(`${path}.caseInsensitive`, caseInsensitive, 'true or false');
  const values = new Map<string, Map<string, string>>();
  const rawValues = Object.hasOwn(section, 'values') ? section['values'] : {};
  if (!isObject(rawValues)) fail(`${path}.values`, rawValues, 'an object: { "<slakit column>": { "<export value>": "<slakit value>" } }');
  else {
    for (const target of Object.keys(rawValues)) {
      const table = rawValues[target];
      const at = keyPath(`${path}.values`, target);
      if (!targets.includes(target)) fail(at, target, targetText);
      else if (!isObject(table)) fail(at, table, 'an object: { "<export value>": "<slakit value>" }');
      else values.set(target, readValues(table, at, caseInsensitive === true, fail));
    }
  }
  return { columns, values, caseInsensitive: typeof caseInsensitive === 'boolean' ? caseInsensitive : undefined };
}

function readValues(table: Readonly<Record<string, unknown>>, path: string, caseInsensitive: boolean, fail: Fail): Map<string, string> {
  const values = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const from of Object.keys(table)) {
    const to = table[from];
    const at = keyPath(path, from);
    if (typeof to !== 'string') {
      fail(at, to, 'a string: the value slakit reads instead');
      continue;
    }
    const key = caseInsensitive ? from.toLowerCase() : from;
    const other = seen.get(key);
    if (other !== undefined) fail(at, from, `a value not equal but for case to "${other}" (caseInsensitive is true)`);
    seen.set(key, from);
    values.set(from, to);
  }
  return values;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

