import { type AdHocWindowInput, SlaError, formatInstant, maintenanceIntervals, toIcs } from '../../index.js';
import { CliInputError, CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractFromArgs, contractInputs, readInstant, zoneFromArgs } from '../contract-source.js';
import { readMaintenanceFile } from '../inputs/maintenance-file.js';
import { readMaintenanceIcs } from '../inputs/maintenance-ics-file.js';
import { csvSource } from '../csv/csv-source.js';
import type { RowLedger } from '../csv/row-ledger.js';
import { type InputFile, flagInputs } from '../out-file.js';
import { rejectionNotes } from '../render/rows-text.js';
import { checkAnnouncedWindowsRead, fileRowsOf } from './availability-report.js';
import { localText } from '../render/time-text.js';

const HELP = `slakit maintenance — the maintenance windows of a contract over a span, as text, JSON or iCalendar

Usage:
  slakit maintenance --contract <id|file.json> --from <iso> --to <iso> [--maintenance f.csv] [--maintenance-ics f.ics]
                     [--now <iso>] [--format text|json|ics]

Lists every window that excuses downtime inside [from, to): the contract's recurring rules (daily,
weekly, nth weekday, RRULE) and the announced windows given with --maintenance or --maintenance-ics
that its ad-hoc rule accepts (a window announced too late is listed on stderr with the reason, not in
the output; for a contract with no ad-hoc rule, which excuses no announced windows, either flag is a
usage error). Windows are clipped to [from, to).

--format ics writes an iCalendar file (RFC 5545) a team can subscribe to: one VEVENT per window with
a stable UID <contract>-<rule>-<start>@slakit (<rule> the id of the contract's maintenance rule, <start>
the window's start in UTC as 20270307T010000Z; a second window of the same rule starting at the same
second gets -2, and so on), DTSTART/DTEND in UTC, CRLF lines folded at 75 octets.
DTSTAMP is --now, or --from when not given (slakit reads no clock: the same inputs give the same file).

Flags:
${CONTRACT_HELP}
  --from <iso> --to <iso>        the span [from, to)
  --maintenance f.csv            start,end[,announcedAt][,id] — announced maintenance windows
  --maintenance-ics f.ics        announced maintenance windows as iCalendar events (see slakit availability --help)
  --now <iso>                    DTSTAMP of the iCalendar events (default --from)
  -f, --format text|json|ics     default text
  -o, --out <file>               write the output there instead of stdout
  -h, --help                     this help

Exit codes: 0 every row or event used; 1 some rejected (output still written); 2 usage error or unreadable input.

Example:
  slakit maintenance --contract letsignit --from 2026-03-01T00:00:00+01:00 --to 2026-04-01T00:00:00+02:00 --format ics -o maintenance.ics
`;

/** One window of the output. */
interface WindowRow {
  readonly by: string;
  /** The id of the contract's maintenance rule the window comes from. */
  readonly rule: string;
  readonly description: string;
  readonly start: number;
  readonly end: number;
}

/**
 * `slakit maintenance`: the windows of a contract over a span, for a
 * calendar subscription (`--format ics`).
 *
 * @example
 * ```ts
 * const code = await maintenanceCommand.run(parseCommandArgs(maintenanceCommand, ['--contract', 'letsignit', '--from', '2026-03-01T00:00:00Z', '--to', '2026-04-01T00:00:00Z', '--format', 'ics']), output);
 * ```
 */
export const maintenanceCommand: Command = {
  name: 'maintenance',
  summary: 'the maintenance windows of a contract over a span (text, JSON, or iCalendar to subscribe to)',
  help: HELP,
  options: {
    ...CONTRACT_OPTIONS,
    from: { type: 'string' },
    to: { type: 'string' },
    now: { type: 'string' },
    maintenance: { type: 'string' },
    'maintenance-ics': { type: 'string' },
    format: { type: 'string', short: 'f' },
  },
  inputFiles: (args): InputFile[] => [...contractInputs(args), ...flagInputs(args, ['maintenance', 'maintenance-ics'])],
  async run(args: CommandArgs, output) {
    const command = 'maintenance';
    const format = formatFlag(args, command, ['text', 'json', 'ics']);
    const contract = contractFromArgs(args, command);
    const zone = zoneFromArgs(args, command);
    const contractZone = contract.definition.availability?.zone;
    if (contractZone === undefined) throw new CliUsageError(`contract ${contract.id} has no availability section, so no maintenance windows`, command);
    const instant = (flag: string, required: boolean): number | undefined => {
      const text = required ? stringFlag(args, flag, command, { required: true }) : stringFlag(args, flag, command);
      try {
        return text === undefined ? undefined : readInstant(text, `--${flag}`, zone);
      } catch (error) {
        if (error instanceof SlaError) throw new CliUsageError(error.message, command);
        throw error;
      }
    };
    const from = instant('from', true) as number;
    const to = instant('to', true) as number;
    if (to <= from) throw new CliUsageError('--to must be after --from', command);
    const now = instant('now', false) ?? from;
    const csvFile = stringFlag(args, 'maintenance', command);
    const icsFile = stringFlag(args, 'maintenance-ics', command);
    checkAnnouncedWindowsRead([contract], { maintenance: csvFile, maintenanceIcs: icsFile }, command);
    if (csvFile === '-' && icsFile === '-') throw new CliUsageError('only one of --maintenance and --maintenance-ics may be "-" (standard input)', command);
    const announced: AdHocWindowInput[] = [];
    const ledgers: RowLedger[] = [];
    if (csvFile !== undefined) {
      const file = await readMaintenanceFile(csvSource(csvFile), zone);
      announced.push(...file.windows);
      ledgers.push(file.ledger);
    }
    if (icsFile !== undefined) {
      const file = await readMaintenanceIcs(icsFile);
      announced.push(...file.windowsIn(from, to, zone ?? contractZone));
      ledgers.push(file.ledger);
    }
    const coverage = maintenanceIntervals(contract.maintenanceWindows(announced), from, to);
    const rows: WindowRow[] = coverage.byWindow
      .flatMap((part) => part.intervals.toArray().map(({ start, end }) => ({ by: part.by, rule: part.windowId, description: part.description, start, end })))
      .sort((a, b) => a.start - b.start || a.by.localeCompare(b.by));
    if (format === 'json') {
      const json = { contract: contract.id, from: formatInstant(from), to: formatInstant(to), windows: rows.map(({ rule: _rule, ...row }) => ({ ...row, start: formatInstant(row.start), end: formatInstant(row.end) })), rejected: coverage.rejected.map((v) => ({ id: v.id, reason: v.reason })) };
      output.report(`${JSON.stringify(json, null, 2)}\n`);
    } else if (format === 'ics') {
      try {
        const uids = windowUids(contract.id, rows);
        const events = rows.map((row, i) => ({ uid: uids[i] as string, start: row.start, end: row.end, summary: `Maintenance: ${row.by}`, description: `${contract.name}: ${row.description}` }));
        output.report(toIcs(events, { stamp: now - (now % 1000), name: `${contract.name} maintenance` }));
      } catch (error) {
        if (error instanceof SlaError) throw new CliInputError(`cannot write iCalendar: ${error.message}`);
        throw error;
      }
    } else {
      const localZone = zone ?? contractZone;
      const lines = rows.map((row) => `${localText(row.start, localZone)} → ${localText(row.end, localZone)}  ${row.by}  ${row.description}`);
      output.report(`${contract.name}: ${rows.length} maintenance window(s) from ${localText(from, localZone)} to ${localText(to, localZone)}\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`);
    }
    for (const verdict of coverage.rejected) output.note(`maintenance window ${verdict.id} does not excuse: ${verdict.reason}\n`);
    output.note(rejectionNotes(fileRowsOf(ledgers.map((ledger) => ({ kind: 'maintenance' as const, ledger })))));
    return ledgers.some((ledger) => ledger.counts().rejected > 0) ? EXIT.rejectedRows : EXIT.ok;
  },
};

/**
 * The UID of each window in the iCalendar export: `<contract>-<rule>-<start>@slakit`, `<start>` the
 * window's start in UTC as `20270307T010000Z`, and `-2`, `-3`, … for further windows of the same rule
 * starting at the same second (two announced windows may). Short (the rule's id, not the announced
 * window's, which already holds its start), unique in the file, and the same for the same inputs.
 */
function windowUids(contractId: string, rows: readonly WindowRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = `${contractId}-${row.rule}-${new Date(row.start).toISOString().replace(/[-:]|\.\d{3}/g, '')}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return `${count === 1 ? key : `${key}-${count}`}@slakit`;
  });
}
