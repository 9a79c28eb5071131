import { formatMoney } from '../money.js';
import { table } from '../render/table.js';
import type { FileOutcome } from './file-task.js';
import type { AvailabilityHeadline, FileHeadline, HeadlineRows, TicketsHeadline } from './headline.js';

/** One file's row in the summary of several: its name and its headline figures. */
export type FileSummaryJson = { readonly file: string } & (Omit<TicketsHeadline, 'kind'> | Omit<AvailabilityHeadline, 'kind'>);

/** The totals over every file: rows and verdicts added up (availabilities are not averaged: they are per file). */
export type TotalJson = { readonly files: number } & HeadlineRows &
  (
    | { readonly tickets: number; readonly met: number; readonly missed: number; readonly open: number }
    | { readonly commitmentsMet: number; readonly commitmentsMissed: number; readonly creditMinor: number | null; readonly currency: string | null }
  );

/** The JSON output of `slakit tickets` and `slakit availability` on several files. */
export interface PerFileJson {
  /** One row per file, in the order the files were given. */
  readonly files: readonly FileSummaryJson[];
  readonly total: TotalJson;
  /** Each file's report, exactly the JSON a run on that file alone writes. */
  readonly reports: readonly { readonly file: string; readonly report: unknown }[];
}

/**
 * The report of several files in JSON: the summary rows, their totals, and
 * each file's own report (parsed back from the text its run wrote).
 *
 * @example
 * ```ts
 * perFileJson(outcomes).total; // { files: 3, rowsRead: 42, rowsUsed: 41, rowsRejected: 1, tickets: 41, met: 30, missed: 9, open: 2 }
 * ```
 */
export function perFileJson(outcomes: readonly FileOutcome[]): PerFileJson {
  const headlines = outcomes.map(headlineOf);
  return {
    files: outcomes.map((outcome, i) => {
      const { kind: _kind, ...figures } = headlines[i] as FileHeadline;
      return { file: outcome.file, ...figures };
    }),
    total: totalOf(headlines),
    reports: outcomes.map((outcome) => ({ file: outcome.file, report: JSON.parse(outcome.report) as unknown })),
  };
}

/**
 * The report of several files for a person: the summary table (one row per
 * file, then the total), then each file's own report under a
 * `==> file <==` line, in the order the files were given.
 *
 * @example
 * ```ts
 * perFileText(outcomes);
 * // "Summary of 3 files (each file's own report follows, in the order given):\n\nfile   rows read …"
 * ```
 */
export function perFileText(outcomes: readonly FileOutcome[]): string {
  const headlines = outcomes.map(headlineOf);
  const total = totalOf(headlines);
  const rows = outcomes.map((outcome, i) => [outcome.file, ...rowCells(headlines[i] as FileHeadline), ...figureCells(headlines[i] as FileHeadline)]);
  const totalRow = ['total', ...rowCells(total), ...totalCells(total)];
  const figures = headlines[0]?.kind === 'availability' ? ['commitment', 'availability', 'verdict', 'credit'] : ['tickets', 'met', 'missed', 'open'];
  const right = headlines[0]?.kind === 'availability' ? [1, 2, 3, 5] : [1, 2, 3, 4, 5, 6, 7];
  const summary = [
    `Summary of ${outcomes.length} files (each file's own report follows, in the order given):`,
    '',
    table(['file', 'rows read', 'used', 'rejected', ...figures], [...rows, totalRow], right),
    '',
  ].join('\n');
  return [summary, ...outcomes.map((outcome) => `==> ${outcome.file} <==\n${outcome.report}`)].join('\n');
}

function headlineOf(outcome: FileOutcome): FileHeadline {
  if (outcome.headline === null) throw new Error(`per-file report: ${outcome.file} gave no headline`);
  return outcome.headline;
}

function rowCells(rows: HeadlineRows): string[] {
  return [String(rows.rowsRead), String(rows.rowsUsed), String(rows.rowsRejected)];
}

function figureCells(headline: FileHeadline): string[] {
  if (headline.kind === 'tickets') return [String(headline.tickets), String(headline.met), String(headline.missed), String(headline.open)];
  const credit = headline.creditPercent === null ? 'none' : `${headline.creditPercent} %${headline.creditMinor !== null && headline.currency !== null ? ` = ${formatMoney(headline.creditMinor, headline.currency)}` : ''}`;
  return [headline.commitment, `${headline.availabilityPercent} %`, headline.met ? 'met' : 'MISSED', credit];
}

function totalCells(total: TotalJson): string[] {
  if ('tickets' in total) return [String(total.tickets), String(total.met), String(total.missed), String(total.open)];
  const credit = total.creditMinor !== null && total.currency !== null ? formatMoney(total.creditMinor, total.currency) : '—';
  return ['', '—', `${total.commitmentsMet} met, ${total.commitmentsMissed} missed`, credit];
}

/** The totals of the headlines (all of one kind: one command made them). */
function totalOf(headlines: readonly FileHeadline[]): TotalJson {
  const sum = (of: (headline: FileHeadline) => number): number => headlines.reduce((total, headline) => total + of(headline), 0);
  const rows = { files: headlines.length, rowsRead: sum((h) => h.rowsRead), rowsUsed: sum((h) => h.rowsUsed), rowsRejected: sum((h) => h.rowsRejected) };
  if (headlines.every((headline) => headline.kind === 'tickets')) {
    const tickets = headlines as readonly TicketsHeadline[];
    const add = (of: (headline: TicketsHeadline) => number): number => tickets.reduce((total, headline) => total + of(headline), 0);
    return { ...rows, tickets: add((h) => h.tickets), met: add((h) => h.met), missed: add((h) => h.missed), open: add((h) => h.open) };
  }
  const availability = headlines as readonly AvailabilityHeadline[];
  const credited = availability.filter((headline) => headline.creditMinor !== null);
  const currency = credited[0]?.currency ?? null;
  if (credited.some((headline) => headline.currency !== currency)) throw new Error('per-file report: credits in several currencies');
  return {
    ...rows,
    commitmentsMet: availability.filter((h) => h.met).length,
    commitmentsMissed: availability.filter((h) => !h.met).length,
    creditMinor: credited.length === 0 ? null : credited.reduce((total, headline) => total + (headline.creditMinor as number), 0),
    currency,
  };
}
