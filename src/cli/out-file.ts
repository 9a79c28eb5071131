import { type Stats, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliInputError, CliUsageError } from './cli-error.js';
import type { CommandArgs } from './command.js';

/** A file a command reads, and how the command line named it (`--probes`, `<file.csv>`, `the demo's sample`). */
export interface InputFile {
  readonly path: string;
  readonly named: string;
}

/**
 * The input files named by the string flags `flags` (those given, each
 * value of a repeatable flag; `-`, standard input, is no file).
 *
 * @example
 * ```ts
 * flagInputs(args, ['probes', 'incidents']); // [{ path: "probes.csv", named: "--probes" }]
 * ```
 */
export function flagInputs(args: CommandArgs, flags: readonly string[]): InputFile[] {
  const inputs: InputFile[] = [];
  for (const flag of flags) {
    const value = args.values[flag];
    for (const path of Array.isArray(value) ? value : [value]) {
      if (typeof path === 'string' && path !== '' && path !== '-') inputs.push({ path, named: `--${flag}` });
    }
  }
  return inputs;
}

/**
 * Throws a {@link CliUsageError} when `out` (the `--out` file) is one of
 * `inputs`: the report is written after the inputs are read, so it would
 * replace one of them. Two names are one file when they resolve to the same
 * path (`./a.csv` and `a.csv`) or, when both exist, have the same device and
 * inode (a symbolic or hard link).
 *
 * @example
 * ```ts
 * refuseOutOverInput('probes.csv', [{ path: './probes.csv', named: '--probes' }], 'availability');
 * // CliUsageError: --out probes.csv is also an input (--probes ./probes.csv): writing the report there would overwrite it; choose another file
 * ```
 */
export function refuseOutOverInput(out: string, inputs: readonly InputFile[], command: string): void {
  const target = statOrUndefined(out);
  for (const input of inputs) {
    const source = target === undefined ? undefined : statOrUndefined(input.path);
    const same = resolve(out) === resolve(input.path) || (target !== undefined && source !== undefined && target.dev === source.dev && target.ino === source.ino);
    if (same) throw new CliUsageError(`--out ${out} is also an input (${input.named} ${input.path}): writing the report there would overwrite it; choose another file`, command);
  }
}

/**
 * Write the report to the `--out` file; a path that cannot be written is a
 * {@link CliInputError} naming `--out`.
 *
 * @example
 * ```ts
 * writeOut('report.txt', 'text');
 * ```
 */
export function writeOut(out: string, text: string): void {
  try {
    writeFileSync(out, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(`--out ${out}: ${code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(error)}`);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
