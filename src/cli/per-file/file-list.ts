import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { CliInputError, CliUsageError } from '../cli-error.js';

/**
 * The input files that `values` name, in the order given: a value that
 * names an existing path is that file, as written; any other value with
 * glob characters (`monitors/*.csv`, `tickets/customer-?.csv`,
 * `{a,b}.csv`; quoted, so that slakit and not the shell expands it, as
 * Windows shells never do) stands for every file it matches, sorted by path.
 * Anything else is kept as written: reading it reports it missing.
 *
 * Throws {@link CliInputError} (exit 2) for a pattern that matches no file,
 * and {@link CliUsageError} for a file named twice (the same path once
 * resolved, also through two patterns) or for standard input (`-`) among
 * several files.
 *
 * @example
 * ```ts
 * inputFileList(['monitors/*.csv'], '--probes', 'availability'); // ["monitors/eu.csv", "monitors/us.csv"]
 * inputFileList(['a.csv', 'b.csv'], '<file.csv>', 'tickets');    // ["a.csv", "b.csv"]
 * ```
 */
export function inputFileList(values: readonly string[], named: string, command: string): string[] {
  const files = values.flatMap((value) => matches(value, named));
  const seen = new Map<string, string>();
  for (const file of files) {
    if (file === '-' && files.length > 1) throw new CliUsageError(`${named} -: standard input can be one input file only, not one of ${files.length}`, command);
    const key = resolve(file);
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new CliUsageError(`${named} ${file}: the file is given twice${earlier === file ? '' : ` (also as ${earlier})`}`, command);
    seen.set(key, file);
  }
  return files;
}

/** The files one value names: itself, or the sorted matches of a glob pattern. */
function matches(value: string, named: string): string[] {
  if (value === '-' || existsSync(value) || !isDynamicPattern(value)) return [value];
  const found = globSync(value, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(value) });
  if (found.length === 0) throw new CliInputError(`${named} ${value}: no file matches this pattern`);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
