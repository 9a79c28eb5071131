import { type AdHocWindowInput, SlaError, icsWindows, readIcsEvents } from '../../index.js';
import { CliInputError } from '../cli-error.js';
import { csvSource } from '../csv/csv-source.js';
import { RowLedger } from '../csv/row-ledger.js';

/** Maintenance windows from an `.ics` file, expanded for any period asked. */
export interface MaintenanceIcs {
  /** One "row" per VEVENT, at the line of its `BEGIN:VEVENT`: used, or rejected with its UID and reason. */
  readonly ledger: RowLedger;
  /** The windows of the file's events meeting `[from, to)`, floating times read in `zone`. */
  windowsIn(from: number, to: number, zone: string): AdHocWindowInput[];
}

/**
 * Read `--maintenance-ics`: the VEVENTs (RRULE, EXDATE, RDATE,
 * RECURRENCE-ID, TZID, DTSTART with DTEND or DURATION) of an iCalendar file
 * as announced maintenance windows, each occurrence one window with id
 * `<UID>@<start>`. Whether they excuse downtime is the contract's decision
 * (its ad-hoc maintenance rule), as for `--maintenance`. A VEVENT that
 * cannot be used is rejected with its line, UID and reason; a file that is
 * not iCalendar is a {@link CliInputError}.
 *
 * @example
 * ```ts
 * const ics = await readMaintenanceIcs('maintenance.ics');
 * ics.windowsIn(Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 1), 'Europe/Paris').length;
 * ```
 */
export async function readMaintenanceIcs(path: string): Promise<MaintenanceIcs> {
  const source = csvSource(path);
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of source.chunks()) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  text += decoder.decode();
  const ledger = new RowLedger(source.name);
  let read: ReturnType<typeof readIcsEvents>;
  try {
    read = readIcsEvents(text);
  } catch (error) {
    if (error instanceof SlaError) throw new CliInputError(`${source.name}: ${error.message}`);
    throw error;
  }
  const rows = [...read.events.map((event) => ({ line: event.line, reason: undefined })), ...read.rejected.map((r) => ({ line: r.line, reason: rejection(r.uid, r.reason) }))];
  for (const row of rows.sort((a, b) => a.line - b.line)) {
    if (row.reason === undefined) ledger.use();
    else ledger.reject(row.line, row.reason);
  }
  const revoked = new Set<number>();
  return {
    ledger,
    windowsIn(from, to, zone) {
      const { windows, rejected } = icsWindows(text, { zone, from, to });
      // An event read fine whose expansion fails over this period (a rule with too many occurrences) moves to the rejected side once.
      for (const r of rejected) {
        if (read.rejected.some((first) => first.line === r.line) || revoked.has(r.line)) continue;
        revoked.add(r.line);
        ledger.revoke(r.line, rejection(r.uid, r.reason));
      }
      return windows.map((window) => ({ id: window.id, start: window.start, end: window.end }));
    },
  };
}

function rejection(uid: string | undefined, reason: string): string {
  return uid === undefined ? `VEVENT: ${reason}` : `VEVENT ${uid}: ${reason}`;
}
