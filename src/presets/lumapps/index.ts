import type { BatchResult } from '../../clock/index.js';
import { Contract, type ContractTicket, type ContractTicketStatus } from '../../contract/contract.js';
import { registerHolidayTable } from '../../calendar/holiday-table.js';
import { FR_HOLIDAY_TABLE } from '../../calendar/holiday-tables/fr.js';
import { US_HOLIDAY_TABLE } from '../../calendar/holiday-tables/us.js';
import { JP_HOLIDAY_TABLE } from '../../calendar/holiday-tables/jp.js';
import { crossChecked } from '../../contract/checked-definition.js';
import type { defineContract } from '../../contract/define-contract.js';
import { SlaInputError } from '../../errors.js';
import type { InstantInput } from '../../time/instant.js';
import { type LumappsIds, type LumappsOptions, lumappsDefinition } from './definition.js';

export { type LumappsOptions, type LumappsIds, lumappsDefinition } from './definition.js';
export { lumappsSources } from './sources.js';

/**
 * A LumApps ticket as support tools record it: both candidate stop events,
 * so that the definition's `stopEvent` reading picks one.
 *
 * @example
 * ```ts
 * const record: LumappsTicketRecord = {
 *   id: 'L-1', priority: 'p2', region: 'nam', openedAt: '2026-11-25T16:00:00-05:00',
 *   acknowledgedAt: '2026-11-25T16:30:00-05:00', diagnosedAt: '2026-11-27T12:00:00-05:00',
 * };
 * ```
 */
export interface LumappsTicketRecord {
  readonly id: string;
  /** `p1` or `p2`. */
  readonly priority: string;
  /** `emea`, `nam`, `latam` or `apac` (required: the calendar depends on it). */
  readonly region: string;
  readonly openedAt: InstantInput;
  /** §4: the acknowledgement of the notification, if any. */
  readonly acknowledgedAt?: InstantInput | null;
  /** §1: the first diagnosis by a qualified LumApps person, if any. */
  readonly diagnosedAt?: InstantInput | null;
  /** §2.B exclusions (misuse, third-party software, untrained admins): reported, never judged. */
  readonly excluded?: boolean;
}

const STOP_EVENTS = ['first-diagnosis', 'acknowledgement'] as const;

/**
 * The LumApps engine: a {@link Contract} (region calendars `emea`, `nam`,
 * `latam`, `apac`; KPI priorities `p1`, `p2`) plus helpers that pick the
 * stop event of a {@link LumappsTicketRecord} from the definition's
 * `stopEvent` reading. A missed target is `kpiMissed`, never a breach.
 *
 * @example
 * ```ts
 * const status = lumapps().judge({ id: 'L-1', priority: 'p1', region: 'emea',
 *   openedAt: '2026-06-01T09:00:00+02:00', diagnosedAt: '2026-06-01T10:30:00+02:00' }, '2026-06-02T00:00:00Z');
 * status.kpiMissed; // true — 1 h 30 min of business time against 1 h
 * status.breached;  // false
 * ```
 */
export class LumappsContract extends Contract<LumappsIds> {
  /**
   * Wrap a validated contract (e.g. from {@link defineContract} on a stored
   * LumApps definition) with the LumApps helpers.
   *
   * @example
   * ```ts
   * const stored = JSON.parse(JSON.stringify(lumapps().definition));
   * LumappsContract.from(defineContract(stored)).stopEvent; // "first-diagnosis"
   * ```
   */
  static from(contract: Contract): LumappsContract {
    return new LumappsContract(contract.definition);
  }

  /**
   * The stop event recorded in the definition: `first-diagnosis` (§1,
   * default) or `acknowledgement` (§4).
   *
   * @example
   * ```ts
   * lumapps({ stopEvent: 'acknowledgement' }).stopEvent; // "acknowledgement"
   * ```
   */
  get stopEvent(): (typeof STOP_EVENTS)[number] {
    const value = this.definition.responses?.stopEvent ?? 'first-diagnosis';
    if (!(STOP_EVENTS as readonly string[]).includes(value)) throw new SlaInputError('responses.stopEvent', value, `one of ${STOP_EVENTS.join(', ')}`);
    return value as (typeof STOP_EVENTS)[number];
  }

  /**
   * A record as a {@link ContractTicket}: `respondedAt` is its
   * `diagnosedAt` or `acknowledgedAt`, per {@link LumappsContract.stopEvent}.
   *
   * @example
   * ```ts
   * lumapps({ stopEvent: 'acknowledgement' }).toTicket({ id: 'L-1', priority: 'p1', region: 'apac',
   *   openedAt: 0, acknowledgedAt: 60_000 }).respondedAt; // 60000
   * ```
   */
  toTicket(record: LumappsTicketRecord): ContractTicket {
    if (record === null || typeof record !== 'object') throw new SlaInputError('ticket', record, 'a record { id, priority, region, openedAt, acknowledgedAt?, diagnosedAt? }');
    const respondedAt = this.stopEvent === 'acknowledgement' ? record.acknowledgedAt : record.diagnosedAt;
    return {
      id: record.id,
      priority: record.priority,
      region: record.region,
      openedAt: record.openedAt,
      ...(respondedAt !== undefined && respondedAt !== null ? { respondedAt } : {}),
      ...(record.excluded !== undefined ? { excluded: record.excluded } : {}),
    };
  }

  /**
   * Judge one record at `now` (see {@link LumappsContract.toTicket}).
   *
   * @example
   * ```ts
   * lumapps().judge({ id: 'L-2', priority: 'p2', region: 'nam', openedAt: '2026-11-25T16:00:00-05:00',
   *   diagnosedAt: '2026-11-27T11:00:00-05:00' }, '2026-12-01T00:00:00Z').met; // true (due Fri 11:00 New York)
   * ```
   */
  judge(record: LumappsTicketRecord, now: InstantInput): ContractTicketStatus {
    return this.ticket(this.toTicket(record), now);
  }

  /**
   * Judge many records at `now`, grouped by region; excluded ones are
   * returned apart, not counted.
   *
   * @example
   * ```ts
   * lumapps().judgeAll(records, '2026-12-01T00:00:00Z').summary.byPriority.p1?.missed;
   * ```
   */
  judgeAll(records: readonly LumappsTicketRecord[], now: InstantInput): BatchResult & { readonly excluded: readonly ContractTicket[] } {
    if (!Array.isArray(records)) throw new SlaInputError('tickets', records, 'an array of ticket records');
    return this.tickets(records.map((record) => this.toTicket(record)), now);
  }
}

/**
 * The LumApps support services preset (`004_3f3b3ab98af1c934.txt`): region
 * calendars `emea` (Europe/Paris, FR holidays), `nam` and `latam`
 * (America/New_York, US holidays), `apac` (Asia/Tokyo, JP holidays), each
 * Mon–Fri 09:00–18:00; KPI priorities `p1` (1 business hour) and `p2` (4) on
 * the ticket's region calendar.
 *
 * @example
 * ```ts
 * import { lumapps } from 'slakit/presets/lumapps';
 * const due = lumapps().due('p2', '2026-11-25T16:00:00-05:00', { region: 'nam' });
 * new Date(due.dueAt).toISOString(); // "2026-11-27T16:00:00.000Z" — Thanksgiving skipped
 * ```
 */
export function lumapps(options: LumappsOptions = {}): LumappsContract {
  // Its regions' holidays from precomputed tables (date-holidays outside their years), and its definition,
  // which passes the schema unchanged (test/presets/preset-schema.test.ts), checked for cross-references only:
  // neither date-holidays nor a schema library is loaded.
  registerHolidayTable(FR_HOLIDAY_TABLE, US_HOLIDAY_TABLE, JP_HOLIDAY_TABLE);
  return new LumappsContract(crossChecked(lumappsDefinition(options)));
}
