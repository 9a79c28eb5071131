import { readFileSync } from 'node:fs';
import { CliInputError } from './cli-error.js';

/**
 * Read a JSON file given to the CLI (a `--contract` definition, a `--map`
 * file): its text without a leading byte-order mark, parsed by `JSON.parse`.
 * A missing file, a directory, text that is not JSON, and a key written
 * twice in one object are each a {@link CliInputError} naming `named` (how
 * the command line named the file). A repeated key is refused because
 * `JSON.parse` keeps the last value and drops the other without a word: a
 * definition with two `"target"` keys would be judged on one of them
 * silently. Its message gives the line, the column and the JSON path.
 *
 * The duplicate check scans the text once more, without recursion: a file
 * nested 100,000 deep, which `JSON.parse` reads, is scanned too.
 *
 * @example
 * ```ts
 * readJsonFile('acme.json', 'acme.json', 'a contract definition');
 * // CliInputError: acme.json: line 7, column 5: the key "target" appears twice in commitments.uptime; …
 * ```
 */
export function readJsonFile(path: string, named: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(`${named}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? `is a directory, expected ${what} (a JSON file)` : String(error)}`);
  }
  return parseJsonText(text, named, what);
}

/**
 * The JSON value of `text`, as {@link readJsonFile} reads a file's text: a
 * {@link CliInputError} naming `named` for text that is not JSON and for a
 * key written twice in one object.
 *
 * @example
 * ```ts
 * parseJsonText('{"a": 1, "a": 2}', 'x.json', 'a map');
 * // CliInputError: x.json: line 1, column 10: the key "a" appears twice in the top-level object; …
 * ```
 */
export function parseJsonText(text: string, named: string, what: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliInputError(`${named}: not valid JSON (${(error as Error).message}); expected ${what} as JSON`);
  }
  const repeated = firstRepeatedKey(text);
  if (repeated !== undefined) {
    throw new CliInputError(
      `${named}: line ${repeated.line}, column ${repeated.column}: the key ${JSON.stringify(repeated.key)} appears twice in ${repeated.where}; JSON keeps only the last value, so the other would be ignored without a word: remove one`,
    );
  }
  return json;
}

/** Where a key repeats: the key, its 1-based line and column, and the path of its object. */
interface RepeatedKey {
  readonly key: string;
  readonly line: number;
  readonly column: number;
  readonly where: string;
}

/** An object or array being scanned: an object's keys so far and its current key, or an array's current index. */
type Open = { readonly keys: Set<string>; key: string | undefined } | { readonly keys: undefined; index: number };

/**
 * The first key written twice in one object of `text`, which `JSON.parse`
 * has accepted (so it is well formed): one pass with an explicit stack, a
 * string read as `JSON.parse` reads it (escapes included).
 */
function firstRepeatedKey(text: string): RepeatedKey | undefined {
  const open: Open[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      open.push({ keys: new Set(), key: undefined });
      expectKey = true;
    } else if (c === '[') {
      open.push({ keys: undefined, index: 0 });
    } else if (c === '}' || c === ']') {
      open.pop();
      expectKey = false;
    } else if (c === ',') {
      const top = open[open.length - 1];
      if (top?.keys === undefined) {
        if (top !== undefined) top.index++;
      } else expectKey = true;
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = open[open.length - 1];
      if (expectKey && top?.keys !== undefined) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, ...position(text, i), where: pathText(open.slice(0, -1)) };
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end;
    }
  }
  return undefined;
}

/** The 1-based line and column of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Parts of a path written out in full; a deeper path keeps its first and last halves. */
const MAX_PATH_PARTS = 12;

/** The path of the innermost open object, as slakit writes paths elsewhere (`commitments.uptime.tiers[1]`). */
function pathText(ancestors: readonly Open[]): string {
  if (ancestors.length === 0) return 'the top-level object';
  if (ancestors.length > MAX_PATH_PARTS) {
    // A path hundreds of levels deep says nothing more than its ends.
    return `${pathText(ancestors.slice(0, MAX_PATH_PARTS / 2))}…(${ancestors.length - MAX_PATH_PARTS} levels)…${pathText(ancestors.slice(-MAX_PATH_PARTS / 2)).replace(/^(?=[A-Za-z_$])/, '.')}`;
  }
  return ancestors.reduce((path, frame) => (frame.keys === undefined ? `${path}[${frame.index}]` : keyPath(path, frame.key ?? '')), '');
}

/**
 * `path.key`, or `path["key"]` when the key is not an identifier: a JSON
 * path as the CLI's file errors write it (`tickets.columns["Created at"]`).
 *
 * @example
 * ```ts
 * keyPath('tickets.columns', 'Created at'); // 'tickets.columns["Created at"]'
 * ```
 */
export function keyPath(path: string, key: string): string {
  const step = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path === '' ? '' : '.'}${key}` : `[${JSON.stringify(key)}]`;
  return `${path}${step}`;
}

