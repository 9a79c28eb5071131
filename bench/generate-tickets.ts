/**
 * Writes a ticket CSV (`id,priority,openedAt,respondedAt`) for the CLI
 * benchmark of `slakit tickets --contract linkando` (Mon–Fri 08:00–18:00
 * Europe/Berlin, DE-RP holidays: the workload calendar; priorities
 * `critical` 10 h and `other` 30 h): 1,000,000 rows by default, opened at
 * the workload's seeded start instants (2026–2028), four in five answered
 * within three days, one in five still open (empty `respondedAt`). Same rows
 * on every machine.
 *
 * Usage: npx tsx bench/generate-tickets.ts [file.csv] [--rows N]
 * Without a file, writes into a new temporary directory; prints the path.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatorArgs, temporaryCsvPath, writeCsvFile } from './csv-file.js';
import { MS_PER_HOUR, seededRandom, seededStarts } from './workload.js';

export const CLI_TICKET_ROWS = 1_000_000;
/** The preset whose calendar is the workload calendar. */
export const TICKET_CONTRACT = 'linkando';
/** Share of tickets still open; an answer comes within three days. */
export const OPEN_SHARE = 0.2;
const MAX_ANSWER_MS = 3 * 24 * MS_PER_HOUR;
const SEED = 20_261_303;

/** Writes `rows` tickets to `path` (streamed in blocks, constant memory); returns the path. */
export function generateTicketCsv(path: string, rows = CLI_TICKET_ROWS): string {
  return writeCsvFile(path, 'id,priority,openedAt,respondedAt', ticketLines(rows));
}

function* ticketLines(rows: number): Generator<string> {
  const opens = seededStarts(rows);
  const random = seededRandom(SEED);
  for (let i = 0; i < rows; i++) {
    const opened = opens[i] as number;
    const priority = random() < 0.5 ? 'critical' : 'other';
    const responded = random() < OPEN_SHARE ? '' : new Date(opened + Math.floor(random() * MAX_ANSWER_MS)).toISOString();
    yield `T-${i + 1},${priority},${new Date(opened).toISOString()},${responded}`;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { file, rows } = generatorArgs(process.argv.slice(2), CLI_TICKET_ROWS);
  console.log(generateTicketCsv(file ? resolve(file) : temporaryCsvPath('tickets.csv'), rows));
}
