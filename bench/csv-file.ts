/**
 * Writing the CLI benchmarks' generated CSV files: streamed in blocks
 * (constant memory), into a fresh temporary directory the caller removes.
 */
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LINES_PER_WRITE = 10_000;

/** Writes `header` and every line of `lines` (each without its `\n`) to `path`; returns the path. */
export function writeCsvFile(path: string, header: string, lines: Iterable<string>): string {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${header}\n`);
    let block: string[] = [];
    for (const line of lines) {
      block.push(`${line}\n`);
      if (block.length === LINES_PER_WRITE) {
        writeSync(fd, block.join(''));
        block = [];
      }
    }
    if (block.length > 0) writeSync(fd, block.join(''));
  } finally {
    closeSync(fd);
  }
  return path;
}

/** `name` in a fresh temporary directory (remove the directory when done). */
export function temporaryCsvPath(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'slakit-bench-')), name);
}

/** `[file] [--rows N]` of a generator script run from the command line. */
export function generatorArgs(args: readonly string[], defaultRows: number): { file: string | undefined; rows: number } {
  const rowsAt = args.indexOf('--rows');
  const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : defaultRows;
  if (!Number.isInteger(rows) || rows <= 0) throw new Error(`--rows: expected a positive whole number, got ${args[rowsAt + 1]}`);
  return { file: args.find((arg, i) => !arg.startsWith('--') && (rowsAt < 0 || i !== rowsAt + 1)), rows };
}
