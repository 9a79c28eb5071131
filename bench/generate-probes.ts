/**
 * Writes a probe CSV (`at,ok,latencyMs`) for the CLI benchmark: 1,000,000
 * rows by default, spread evenly over March 2027 in Europe/Paris (one probe
 * every 2.678 s: a dense, multi-location monitor), so that every row falls
 * inside the period `letsignit --period 2027-03` measures and is used.
 *
 * Usage: npx tsx bench/generate-probes.ts [file.csv] [--rows N]
 * Without a file, writes into a new temporary directory; prints the path.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatorArgs, temporaryCsvPath, writeCsvFile } from './csv-file.js';
import { probeSeries } from './probe-series.js';

export const CLI_PROBE_ROWS = 1_000_000;
/** March 2027 in Europe/Paris: [2027-03-01T00:00+01:00, 2027-04-01T00:00+02:00). */
const FIRST_PROBE = Date.UTC(2027, 1, 28, 23);
const PERIOD_END = Date.UTC(2027, 2, 31, 22);

/** Writes `rows` probes to `path` (streamed in blocks, constant memory); returns the path. */
export function generateProbeCsv(path: string, rows = CLI_PROBE_ROWS): string {
  return writeCsvFile(path, 'at,ok,latencyMs', probeLines(rows));
}

function* probeLines(rows: number): Generator<string> {
  for (const probe of probeSeries(FIRST_PROBE, rows, (PERIOD_END - FIRST_PROBE) / rows)) yield `${new Date(probe.at).toISOString()},${probe.ok},${probe.latencyMs}`;
}

/** A fresh temporary directory's `probes.csv`. */
export function temporaryProbePath(): string {
  return temporaryCsvPath('probes.csv');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { file, rows } = generatorArgs(process.argv.slice(2), CLI_PROBE_ROWS);
  console.log(generateProbeCsv(file ? resolve(file) : temporaryProbePath(), rows));
}
