import { ACCOUNTING_DIMENSIONS, type AccountingDimension, type AccountingReading, TIME_READINGS, ownReading } from '../../measurement/accounting-reading.js';
import type { ContractAvailabilityInput, ContractAvailabilityReport } from '../report.js';
import { evaluateAvailability, resolvePeriod } from './evaluate-availability.js';
import { unreadable } from './measure-commitment.js';
import type { TermsVersions } from './versions.js';

/**
 * One reading of a period in {@link SideBySideReport}: the reading, and
 * the whole availability report under it (every commitment's figure and
 * verdict, the credits, their total).
 *
 * @example
 * ```ts
 * const row: ReadingRow = report.rows[1];
 * [row.varies, row.reading.maintenance, row.report.credit?.percent]; // ["maintenance", "up", 3]
 * ```
 */
export interface ReadingRow {
  /** How maintenance downtime, downtime of an excluded cause and unmonitored time are accounted for. */
  readonly reading: AccountingReading;
  /** Whether this is the contract's own reading (the first row, and only it). */
  readonly own: boolean;
  /** The kind of time this row reads otherwise than the contract; `null` for the contract's own row. */
  readonly varies: AccountingDimension | null;
  /** The period under this reading, as {@link Contract.availability} reports it. */
  readonly report: ContractAvailabilityReport;
}

/**
 * What {@link Contract.sideBySide} returns: the period under the
 * contract's own reading, then under each other reading of one kind of time
 * at a time (the other two kept as the contract reads them).
 *
 * @example
 * ```ts
 * const { own, rows, unvaried } = letsignit().sideBySide({ period: '2026-03', incidents });
 * own;          // { maintenance: "excluded", excludedCauses: "excluded", unmonitored: "up" }
 * rows.length;  // 7: the contract's, then 2 other readings of each of the 3 kinds of time
 * unvaried;     // commitments every row measures as the contract does, with why
 * ```
 */
export interface SideBySideReport {
  readonly contract: string;
  /** The period measured, epoch ms, and its label. */
  readonly period: { readonly start: number; readonly end: number; readonly label: string };
  /** The contract's own reading (of the version in force at the period's start). */
  readonly own: AccountingReading;
  /** `rows[0]` is the contract's reading; then, per kind of time in the order of {@link ACCOUNTING_DIMENSIONS}, the other readings in the order of {@link TIME_READINGS}. */
  readonly rows: readonly ReadingRow[];
  /** Commitments measured under the contract's reading in every row, with why (a request or series metric, a mean of months). */
  readonly unvaried: readonly { readonly id: string; readonly reason: string }[];
}

/**
 * {@link Contract.sideBySide}: the contract's own report, then one report
 * per other reading of each kind of time. @internal
 */
export function sideBySide(versions: TermsVersions, input: ContractAvailabilityInput): SideBySideReport {
  const first = evaluateAvailability(versions, input);
  const { measured } = resolvePeriod(input, versions.base.requireAvailability());
  const section = versions.at(measured.start).requireAvailability().section;
  const own = ownReading(section.excusedTime, section.probes?.unmonitored);
  const rows: ReadingRow[] = [{ reading: own, own: true, varies: null, report: first }];
  for (const dimension of ACCOUNTING_DIMENSIONS) {
    for (const value of TIME_READINGS) {
      if (value === own[dimension]) continue;
      const reading: AccountingReading = { ...own, [dimension]: value };
      rows.push({ reading, own: false, varies: dimension, report: evaluateAvailability(versions, input, reading) });
    }
  }
  const evaluated = new Set([...first.commitments, ...first.seriesCommitments].map((c) => c.id));
  const unvaried = section.commitments.flatMap((commitment) => {
    const reason = unreadable(commitment);
    return reason === null || !evaluated.has(commitment.id) ? [] : [{ id: commitment.id, reason }];
  });
  return { contract: first.contract, period: first.period, own, rows, unvaried };
}
