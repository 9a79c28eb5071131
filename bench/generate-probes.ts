/**
 * Writes a probe CSV (`at,ok,latencyMs`) for the CLI benchmark: 1,000,000
 * rows by default, spread evenly over March 2027 in Europe/Paris (one probe
 * every 2.678 s: a dense, multi-location monitor), so that every row falls
 * inside the period `letsignit --period 2027-03` measures and is used.
 *
 * Usage: npx tsx bench/generate-probes.ts [file.csv] [--rows N]
 * Without a file, writes into a new temporary directory; prints the path.
 */
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { probeSeries } from './probe-series.js';

export const CLI_PROBE_ROWS = 1_000_000;
/** March 2027 in Europe/Paris: [2027-03-01T00:00+01:00, 2027-04-01T00:00+02:00). */
const FIRST_PROBE = Date.UTC(2027, 1, 28, 23);
const PERIOD_END = Date.UTC(2027, 2, 31, 22);
const ROWS_PER_WRITE = 10_000;

/** Writes `rows` probes to `path` (streamed in blocks, constant memory); returns the path. */
export function generateProbeCsv(path: string, rows = CLI_PROBE_ROWS): string {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, 'at,ok,latencyMs\n');
    let block: string[] = [];
    for (const probe of probeSeries(FIRST_PROBE, rows, (PERIOD_END - FIRST_PROBE) / rows)) {
      block.push(`${new Date(probe.at).toISOString()},${probe.ok},${probe.latencyMs}\n`);
      if (block.length === ROWS_PER_WRITE) {
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

/** A fresh temporary directory's `probes.csv`. */
export function temporaryProbePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'slakit-probes-')), 'probes.csv');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const rowsAt = args.indexOf('--rows');
  const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : CLI_PROBE_ROWS;
  if (!Number.isInteger(rows) || rows <= 0) throw new Error(`--rows: expected a positive whole number, got ${args[rowsAt + 1]}`);
  const file = args.find((arg, i) => !arg.startsWith('--') && (rowsAt < 0 || i !== rowsAt + 1));
  const path = generateProbeCsv(file ? resolve(file) : temporaryProbePath(), rows);
  console.log(path);
}
