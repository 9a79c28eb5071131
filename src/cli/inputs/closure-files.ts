import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliInputError } from '../cli-error.js';

/**
 * A contract definition read from `definitionPath` with every closure
 * `{ "icsFile": "closures.ics" }` (in any calendar's `closures`, versions
 * included) replaced by `{ "ics": <the file's text> }`, the file read
 * relative to the definition's folder: the library reads no files, the CLI
 * does. An unreadable file is a {@link CliInputError} naming the JSON path.
 *
 * @example
 * ```ts
 * withClosureFiles(JSON.parse(text), 'contracts/acme.json'); // calendars.support.closures[0] = { ics: "BEGIN:VCALENDAR…" }
 * ```
 */
export function withClosureFiles(json: unknown, definitionPath: string): unknown {
  const folder = dirname(definitionPath);
  return copyWithClosures(json, definitionPath, (closure, at) => readClosure(closure, at, folder));
}

/**
 * The closure files (`{ "icsFile": … }`, resolved against the definition's
 * folder) a contract definition read from `definitionPath` names: files the
 * CLI reads, so `--out` may not replace them and `slakit claim` digests them.
 *
 * @example
 * ```ts
 * closureFilesOf(JSON.parse(text), 'contracts/acme.json'); // ["/…/contracts/closures.ics"]
 * ```
 */
export function closureFilesOf(json: unknown, definitionPath: string): string[] {
  const folder = dirname(definitionPath);
  const files: string[] = [];
  copyWithClosures(json, definitionPath, (closure) => {
    if (closure !== null && typeof closure === 'object' && Object.hasOwn(closure, 'icsFile')) {
      const { icsFile } = closure as { icsFile: unknown };
      if (typeof icsFile === 'string') files.push(resolve(folder, icsFile));
    }
    return closure;
  });
  return files;
}

/** Deeper than this, a definition is refused: a real one is a few levels deep, and the copy recurses. */
const MAX_DEPTH = 256;

/** A copy of `json` with each element of every `closures` array replaced by `closure(element, path)`. */
function copyWithClosures(json: unknown, definitionPath: string, closure: (value: unknown, path: string) => unknown): unknown {
  const walk = (value: unknown, path: string, depth: number): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (depth > MAX_DEPTH) throw new CliInputError(`${definitionPath}: nested more than ${MAX_DEPTH} levels deep at ${path}: expected a contract definition (a few levels deep)`);
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      const next = key === 'closures' && Array.isArray(child) ? child.map((item, i) => closure(item, `${at}[${i}]`)) : walk(child, at, depth + 1);
      // An own "__proto__" key stays an own key (the definition's schema reports it), never a prototype.
      Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };
  return walk(json, '', 0);
}

function readClosure(closure: unknown, path: string, folder: string): unknown {
  if (closure === null || typeof closure !== 'object' || !Object.hasOwn(closure, 'icsFile')) return closure;
  const { icsFile, ...rest } = closure as { icsFile: unknown };
  if (typeof icsFile !== 'string' || Object.keys(rest).length > 0) return closure; // the definition's schema reports it
  const file = resolve(folder, icsFile);
  try {
    return { ics: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(`${path}.icsFile: ${file}: ${code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
}
