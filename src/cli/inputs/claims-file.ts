import { type EarlierClaim, SlaInputError } from '../../index.js';
import { type CsvSource, readCsv } from '../csv/csv-reader.js';
import { optionalInstantColumn, wholeNumberColumn } from '../csv/fields.js';
import { RowLedger } from '../csv/row-ledger.js';
import { intervalColumns } from './interval-columns.js';

/**
 * Columns of earlier claims (the library's `EarlierClaim`): `id`, the
 * credited downtime `start,end`, and/or the `amountMinor` credited for the
 * period `periodStart,periodEnd`.
 */
export const CLAIM_COLUMNS = { required: [], optional: ['id', 'start', 'end', 'periodStart', 'periodEnd', 'amountMinor'] } as const;

/**
 * Read earlier claims, one row each: `start,end` the downtime it credited
 * (not credited again), and/or `amountMinor` (whole minor units) with the
 * `periodStart,periodEnd` it was paid for (deducted from this period's
 * credit when the periods are the same). Rows that share an `id` are one
 * claim: its credited intervals together, and at most one amount (a second
 * amount for the same id rejects its row). A row with neither is rejected, as
 * is a half-given interval or period; `id` defaults to `<file> line <n>`.
 *
 * @example
 * ```ts
 * const { claims } = await readClaimsFile(csvSource('claims.csv'));
 * ```
 */
export async function readClaimsFile(source: CsvSource, zone?: string): Promise<{ claims: EarlierClaim[]; ledger: RowLedger }> {
  const ledger = new RowLedger(source.name);
  // Rows that share an id are one claim: its credited intervals, and at most one amount for one period.
  const byId = new Map<string, { id: string; creditedDowntime: (readonly [number, number])[]; period?: { start: number; end: number }; amountMinor?: number; amountLine?: number }>();
  await readCsv(source, CLAIM_COLUMNS, ledger, (row) => {
    const credited = row.get('start') === '' && row.get('end') === '' ? undefined : intervalColumns(row, zone);
    const periodStart = optionalInstantColumn(row, 'periodStart', zone);
    const periodEnd = optionalInstantColumn(row, 'periodEnd', zone);
    if ((periodStart === null) !== (periodEnd === null)) throw new SlaInputError(periodStart === null ? 'periodStart' : 'periodEnd', '', 'periodStart and periodEnd together (the period the amount was paid for), or neither');
    if (periodStart !== null && periodEnd !== null && periodEnd <= periodStart) throw new SlaInputError('periodEnd', row.get('periodEnd'), `an instant after periodStart (${row.get('periodStart')})`);
    const amountMinor = wholeNumberColumn(row, 'amountMinor', { optional: true });
    if (amountMinor !== undefined && periodStart === null) throw new SlaInputError('periodStart', '', 'the period the amount was paid for (periodStart, periodEnd) with amountMinor');
    if (credited === undefined && amountMinor === undefined) throw new SlaInputError('start', '', 'the credited downtime (start, end), or amountMinor with periodStart and periodEnd');
    const id = row.get('id') || `${source.name} line ${row.line}`;
    const claim = byId.get(id) ?? { id, creditedDowntime: [] };
    if (amountMinor !== undefined && claim.amountMinor !== undefined) {
      throw new SlaInputError('amountMinor', row.get('amountMinor'), `no second amount for claim ${id} (line ${claim.amountLine} gave ${claim.amountMinor}): one claim is paid once; give the other payment its own id`);
    }
    if (credited !== undefined) claim.creditedDowntime.push([credited.start, credited.end] as const);
    if (amountMinor !== undefined && periodStart !== null && periodEnd !== null) {
      claim.amountMinor = amountMinor;
      claim.amountLine = row.line;
      claim.period = { start: periodStart, end: periodEnd };
    }
    byId.set(id, claim);
  });
  const claims: EarlierClaim[] = [...byId.values()].map((claim) => ({
    id: claim.id,
    ...(claim.creditedDowntime.length === 0 ? {} : { creditedDowntime: claim.creditedDowntime }),
    ...(claim.period === undefined ? {} : { period: claim.period }),
    ...(claim.amountMinor === undefined ? {} : { amountMinor: claim.amountMinor }),
  }));
  return { claims, ledger };
}
