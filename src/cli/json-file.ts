import { readFileSync } from 'node:fs';
import { type JSONPath, visit } from 'jsonc-parser';
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
 * The duplicate check reads the text with jsonc-parser (Microsoft's JSON
 * scanner, the one VS Code uses), which reports every object property with
 * its position.
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

/** The first key written twice in one object of `text` (valid JSON), with its 1-based line and column and the object's path. */
function firstRepeatedKey(text: string): { key: string; line: number; column: number; where: string } | undefined {
  const open: Set<string>[] = [];
  let found: { key: string; line: number; column: number; where: string } | undefined;
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, _offset, _length, line, character, path) => {
      const keys = open[open.length - 1];
      if (found !== undefined || keys === undefined) return;
      if (keys.has(key)) found = { key, line: line + 1, column: character + 1, where: pathText(path()) };
      keys.add(key);
    },
  });
  return found;
}

/** A JSON path as slakit writes it elsewhere (`commitments.uptime.tiers[1]`); the top level is "the top-level object". */
function pathText(path: JSONPath): string {
  if (path.length === 0) return 'the top-level object';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : /^[A-Za-z_$][\w$-]*$/.test(part) ? `${i === 0 ? '' : '.'}${part}` : `[${JSON.stringify(part)}]`)).join('');
}
