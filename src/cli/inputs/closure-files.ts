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
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      const next = key === 'closures' && Array.isArray(child) ? child.map((closure, i) => readClosure(closure, `${at}[${i}]`, folder)) : walk(child, at);
      // An own "__proto__" key stays an own key (the definition's schema reports it), never a prototype.
      Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };
  return walk(json, '');
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
