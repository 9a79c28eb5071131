import { type Contract, SlaInputError } from '../../index.js';
import { type CsvHeader, type CsvRow, type CsvSource, readCsv } from '../csv/csv-reader.js';
import { choiceColumn, instantColumn, optionalInstantColumn } from '../csv/fields.js';
import { RowLedger } from '../csv/row-ledger.js';

/** Columns of a ticket export: `id,priority,openedAt,respondedAt` (+ optional `region`). */
export const TICKET_COLUMNS = { required: ['id', 'priority', 'openedAt', 'respondedAt'], optional: ['region'] } as const;

/**
 * What a ticket file is checked against: a contract's id, priorities and
 * regions (a {@link Contract}, or the union of two contracts compared by
 * `slakit diff`).
 */
export type TicketVocabulary = Pick<Contract, 'id' | 'priorities' | 'regions' | 'metricPriorities'>;

/**
 * The vocabulary of two contracts together: a row either accepts is read
 * (each contract then judges it, or refuses it, itself).
 *
 * @example
 * ```ts
 * eitherContract(letsignit(), letsignit({ escalation: 'jours-ouvres' })).priorities; // ["escalation"]
 * ```
 */
export function eitherContract(a: TicketVocabulary, b: TicketVocabulary): TicketVocabulary {
  const union = (x: readonly string[], y: readonly string[]): string[] => [...new Set([...x, ...y])];
  return { id: a.id === b.id ? a.id : `${a.id} or ${b.id}`, priorities: union(a.priorities, b.priorities), regions: union(a.regions, b.regions), metricPriorities: union(a.metricPriorities, b.metricPriorities) };
}

/**
 * Columns a command reads besides the ticket's (a reconciliation's helpdesk
 * values): their names, and how a row's values are read (throwing an
 * `SlaInputError` rejects the row).
 */
export interface ExtraColumns<Extra> {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  read(row: CsvRow): Extra;
  /** Checks the header once the file is read (e.g. that one of the optional columns is there); throws a `CliInputError`. */
  header?(header: CsvHeader, file: string): void;
}

/** One ticket row that passed validation, with its line (and the extra columns' values, when read). */
export interface TicketRow<Extra = undefined> {
  readonly line: number;
  readonly id: string;
  readonly priority: string;
  /** `null` for contracts without regions. */
  readonly region: string | null;
  readonly openedAt: number;
  /** `null`: still open. */
  readonly respondedAt: number | null;
  readonly extra: Extra;
}

/**
 * Read and validate a ticket export against a contract: `priority` must be
 * one of the contract's, `region` one of its regions (the column, else
 * `defaultRegion`; refused for contracts without regions), `openedAt` an
 * instant, `respondedAt` empty (open) or an instant not before `openedAt`,
 * `id` non-empty and not seen on an earlier line; with `extra`, its
 * columns too (read last: a row they reject is not a ticket).
 *
 * @example
 * ```ts
 * const { tickets, ledger } = await readTicketFile(csvSource('export.csv'), lumapps(), 'emea');
 * ```
 */
export async function readTicketFile(source: CsvSource, contract: TicketVocabulary, defaultRegion: string | undefined, zone?: string): Promise<{ tickets: TicketRow[]; ledger: RowLedger; header: CsvHeader }>;
export async function readTicketFile<Extra>(
  source: CsvSource,
  contract: TicketVocabulary,
  defaultRegion: string | undefined,
  zone: string | undefined,
  extra: ExtraColumns<Extra>,
): Promise<{ tickets: TicketRow<Extra>[]; ledger: RowLedger; header: CsvHeader }>;
export async function readTicketFile<Extra>(
  source: CsvSource,
  contract: TicketVocabulary,
  defaultRegion: string | undefined,
  zone?: string,
  extra?: ExtraColumns<Extra>,
): Promise<{ tickets: TicketRow<Extra | undefined>[]; ledger: RowLedger; header: CsvHeader }> {
  const ledger = new RowLedger(source.name);
  const tickets: TicketRow<Extra | undefined>[] = [];
  const header = await readTicketRows<Extra>(source, ledger, contract, defaultRegion, zone, (row) => {
    tickets.push(row);
  }, extra);
  return { tickets, ledger, header };
}

/**
 * Read a ticket export row by row, checked as {@link readTicketFile} checks
 * it, and hand each valid row to `onTicket` as it is read (nothing is kept
 * but the ids, for the duplicate check). `onTicket` may reject the row by
 * throwing a `RowRejection` (see {@link readCsv}); `ledger` keeps the
 * file's books. Returns the file's header.
 *
 * @example
 * ```ts
 * await readTicketRows(csvSource('export.csv'), new RowLedger('export.csv'), lumapps(), 'emea', undefined, (row) => console.log(row.id));
 * ```
 */
export async function readTicketRows<Extra = undefined>(
  source: CsvSource,
  ledger: RowLedger,
  contract: TicketVocabulary,
  defaultRegion: string | undefined,
  zone: string | undefined,
  onTicket: (row: TicketRow<Extra | undefined>) => void,
  extra?: ExtraColumns<Extra>,
): Promise<CsvHeader> {
  const seen = new Map<string, number>();
  const priorities = contract.priorities;
  const regions = contract.regions;
  const columns = extra === undefined ? TICKET_COLUMNS : { required: [...TICKET_COLUMNS.required, ...extra.required], optional: [...TICKET_COLUMNS.optional, ...extra.optional] };
  const header = await readCsv(source, columns, ledger, (row) => {
    const id = row.get('id');
    if (id === '') throw new SlaInputError('id', id, 'a non-empty ticket id');
    const earlier = seen.get(id);
    if (earlier !== undefined) throw new SlaInputError('id', id, `an id not already used (line ${earlier} has it)`);
    const priority = choiceColumn(row, 'priority', priorities, ` (contract ${contract.id})`);
    const regionText = row.get('region') || defaultRegion || '';
    let region: string | null = null;
    if (regions.length > 0) {
      if (!regions.includes(regionText)) throw new SlaInputError('region', regionText, `one of ${regions.join(', ')} (contract ${contract.id}; a region column or --region)`);
      region = regionText;
    } else if (regionText !== '') {
      throw new SlaInputError('region', regionText, `no region: contract ${contract.id} has none`);
    }
    const openedAt = instantColumn(row, 'openedAt', zone);
    const respondedAt = optionalInstantColumn(row, 'respondedAt', zone);
    if (respondedAt !== null && respondedAt < openedAt) throw new SlaInputError('respondedAt', row.get('respondedAt'), `an instant not before openedAt (${row.get('openedAt')})`);
    const values = extra?.read(row);
    seen.set(id, row.line);
    onTicket({ line: row.line, id, priority, region, openedAt, respondedAt, extra: values });
  });
  extra?.header?.(header, source.name);
  return header;
}
