import { ACCOUNTING_DIMENSIONS, type AccountingDimension, type AccountingReading, type Contract, type ContractAvailabilityReport, type ExactRatioJson, type SideBySideReport, formatInstant } from '../../index.js';
import { EXIT } from '../cli-error.js';
import type { CliOutput } from '../command.js';
import type { RejectedRow } from '../csv/row-ledger.js';
import { formatMoney } from '../money.js';
import { type FileRows, rejectionNotes, rowsText } from '../render/rows-text.js';
import { table } from '../render/table.js';
import { type AvailabilityInputs, type AvailabilityJson, checkAvailabilityFlags, contractInputOf, feeNamedAsFlag, fileRowsOf, periodText, readObservations, rowSummary } from './availability-report.js';

/**
 * The JSON of `slakit availability --side-by-side`: the contract's own
 * reading, then each other reading of one kind of time, each row with every
 * commitment's figure and verdict and the credit.
 *
 * @example
 * ```ts
 * const row: SideBySideJson['rows'][number] = json.rows[0];
 * [row.own, row.commitments[0]?.availabilityPercent, row.credit?.percent]; // [true, "99.4587", 3]
 * ```
 */
export interface SideBySideJson {
  readonly contract: string;
  readonly period: { readonly start: string; readonly end: string; readonly label: string };
  readonly own: AccountingReading;
  readonly rows: readonly {
    readonly own: boolean;
    readonly varies: AccountingDimension | null;
    readonly reading: AccountingReading;
    readonly commitments: readonly {
      readonly id: string;
      readonly availabilityPercent: string;
      readonly ratio: ExactRatioJson;
      readonly target: string;
      readonly met: boolean;
      readonly baseMs: number;
      readonly countedDowntimeMs: number;
    }[];
    readonly credit: { readonly commitment: string; readonly percent: number; readonly amountMinor: number | null; readonly currency: string | null } | null;
    readonly creditTotal: { readonly totalMinor: number; readonly currency: string | null } | null;
  }[];
  readonly unvaried: SideBySideReport['unvaried'];
  readonly rejected: readonly (RejectedRow & { readonly file: string })[];
  /** Per input file: rows read = rows used + rows rejected, as in `slakit availability --format json`. */
  readonly summary: AvailabilityJson['summary'];
}

/**
 * `slakit availability --side-by-side`: read the files as `slakit
 * availability` does, evaluate the period under each reading
 * ({@link Contract.sideBySide}), write text or JSON and return the exit
 * code (1 when rows were rejected).
 *
 * @example
 * ```ts
 * const code = await writeSideBySide(letsignit(), { period: '2026-03', incidents: 'incidents.csv', … }, 'json', output);
 * ```
 */
export async function writeSideBySide(contract: Contract, inputs: AvailabilityInputs, format: 'text' | 'json', output: CliOutput): Promise<number> {
  const asked = periodText(inputs);
  const causes = checkAvailabilityFlags(contract, inputs, [asked]);
  const observations = await readObservations(inputs, causes);
  const report = feeNamedAsFlag('availability', () => contract.sideBySide(contractInputOf(inputs, asked, observations, contract)), contract.feeUnit);
  const files = fileRowsOf(observations.files);
  const zone = contract.definition.availability?.zone ?? 'UTC';
  output.report(format === 'json' ? `${JSON.stringify(sideBySideJson(report, files, rowSummary(observations.files)), null, 2)}\n` : sideBySideText(report, contract.name, zone, files));
  output.note(rejectionNotes(files));
  return files.some((file) => file.rejected.length > 0) ? EXIT.rejectedRows : EXIT.ok;
}

function sideBySideJson(report: SideBySideReport, files: readonly FileRows[], summary: AvailabilityJson['summary']): SideBySideJson {
  return {
    contract: report.contract,
    period: { start: formatInstant(report.period.start), end: formatInstant(report.period.end), label: report.period.label },
    own: report.own,
    rows: report.rows.map((row) => ({
      own: row.own,
      varies: row.varies,
      reading: row.reading,
      commitments: row.report.commitments.map((c) => ({ id: c.id, availabilityPercent: c.availabilityPercent, ratio: c.ratio, target: c.target, met: c.met, baseMs: c.baseMs, countedDowntimeMs: c.countedDowntimeMs })),
      credit: row.report.credit === null ? null : { commitment: row.report.credit.commitment, percent: row.report.credit.percent, amountMinor: row.report.credit.amountMinor, currency: row.report.credit.currency },
      creditTotal: row.report.creditTotal === null ? null : { totalMinor: row.report.creditTotal.totalMinor, currency: row.report.creditTotal.currency },
    })),
    unvaried: report.unvaried,
    rejected: files.flatMap(({ file, rejected }) => rejected.map((row) => ({ file, ...row }))),
    summary,
  };
}

/** What each kind of time is, in the text report's headings. */
const DIMENSION_TEXT: Readonly<Record<AccountingDimension, string>> = {
  maintenance: 'Maintenance: downtime inside a maintenance window the contract honours',
  excludedCauses: 'Excluded causes: downtime of a cause the contract excludes',
  unmonitored: 'Unmonitored: time no probe covered',
};

/**
 * The side-by-side report for a person: per kind of time, its three
 * readings (the contract's marked `*`), each with every commitment's
 * figure and verdict and the credit.
 */
function sideBySideText(report: SideBySideReport, name: string, zone: string, files: readonly FileRows[]): string {
  const own = report.rows[0] as SideBySideReport['rows'][number];
  const ids = own.report.commitments.map((c) => c.id);
  const lines = [
    name,
    `Accounting side by side for ${report.period.label} (${zone}): what each reading of excused and unmonitored time is worth`,
    '  excluded: the time leaves the period; up: it counts as up time; down: it counts as downtime',
    "  * the contract's own reading",
    '',
  ];
  for (const dimension of ACCOUNTING_DIMENSIONS) {
    const rows = report.rows.filter((row) => row.own || row.varies === dimension).sort((a, b) => READING_ORDER[a.reading[dimension]] - READING_ORDER[b.reading[dimension]]);
    lines.push(
      DIMENSION_TEXT[dimension],
      table(
        ['', 'reading', ...ids, 'credit'],
        rows.map((row) => [row.own ? '*' : '', row.reading[dimension], ...ids.map((id) => figureText(row.report, id)), creditText(row.report)]),
      ),
      '',
    );
  }
  if (report.unvaried.length > 0) lines.push('Measured as the contract reads them in every row:', ...report.unvaried.map((u) => `  - ${u.id}: ${u.reason}`), '');
  lines.push(rowsText(files));
  return `${lines.join('\n')}\n`;
}

const READING_ORDER: Readonly<Record<AccountingReading[AccountingDimension], number>> = { excluded: 0, up: 1, down: 2 };

function figureText(report: ContractAvailabilityReport, id: string): string {
  const commitment = report.commitments.find((c) => c.id === id);
  return commitment === undefined ? '' : `${commitment.availabilityPercent} % ${commitment.met ? 'met' : 'MISSED'}`;
}

function creditText(report: ContractAvailabilityReport): string {
  const credit = report.credit;
  if (credit === null) return 'none';
  return credit.amountMinor !== null && credit.currency !== null ? `${credit.percent} % = ${formatMoney(credit.amountMinor, credit.currency)}` : `${credit.percent} %`;
}
