import { Contract } from '../../contract/contract.js';
import { registerHolidayTable } from '../../calendar/holiday-table.js';
import { GB_ENG_HOLIDAY_TABLE } from '../../calendar/holiday-tables/gb-eng.js';
import { crossChecked } from '../../contract/checked-definition.js';
import type { defineContract } from '../../contract/define-contract.js';
import type { SourceRef } from '../../contract/provenance.js';
import { SlaInputError } from '../../errors.js';
import { type SigninappIds, type SigninappOptions, signinappDefinition } from './definition.js';

export { type SigninappOptions, type SigninappIds, signinappDefinition } from './definition.js';
export { signinappSources } from './sources.js';

/**
 * §1.11 "99.99 % uptime during 2022": a historical claim, exposed as data.
 * It is not a commitment, so slakit computes no verdict on it.
 *
 * @example
 * ```ts
 * signinapp().historicalUptime; // { year: 2022, percent: "99.99", commitment: false, … }
 * ```
 */
export interface SigninappHistoricalUptime {
  readonly year: number;
  /** The claimed uptime, as the text prints it. */
  readonly percent: string;
  /** Always `false`: a statement about the past, not a service level. */
  readonly commitment: false;
  readonly text: string;
  readonly source?: SourceRef;
}

/**
 * The Sign In App engine: a {@link Contract} (calendars `support` and
 * `critical`, priorities `critical`, `severe`, `medium`, `minor`) plus the
 * 2022 uptime claim as data. Tickets flagged `excluded` (§1.3, §1.4) are
 * reported but never judged.
 *
 * @example
 * ```ts
 * const contract = signinapp();
 * new Date(contract.due('critical', '2026-06-06T10:00:00+01:00').dueAt).toISOString(); // "2026-06-06T10:00:00.000Z" (Saturday, 24/7)
 * ```
 */
export class SigninappContract extends Contract<SigninappIds> {
  /**
   * Wrap a validated contract (e.g. from {@link defineContract} on a stored
   * Sign In App definition) with the Sign In App helpers.
   *
   * @example
   * ```ts
   * const stored = JSON.parse(JSON.stringify(signinapp().definition));
   * SigninappContract.from(defineContract(stored)).historicalUptime.percent; // "99.99"
   * ```
   */
  static from(contract: Contract): SigninappContract {
    return new SigninappContract(contract.definition);
  }

  /**
   * §1.11 the 2022 uptime claim, read from the definition's `uptime-2022`
   * note. No verdict: it is not a commitment.
   *
   * @example
   * ```ts
   * signinapp().historicalUptime.percent; // "99.99"
   * ```
   */
  get historicalUptime(): SigninappHistoricalUptime {
    const note = this.notes.find((n) => n.id === 'uptime-2022');
    if (note === undefined || typeof note.value !== 'string') throw new SlaInputError('notes', 'uptime-2022', 'a note "uptime-2022" whose value is the claimed percentage');
    return { year: 2022, percent: note.value, commitment: false, text: note.text, ...(note.source ? { source: note.source } : {}) };
  }
}

/**
 * The Sign In App service level commitment preset
 * (`003_8e2d6e5cee0ebe2c.txt`): calendars `support` (Mon–Fri whole days,
 * Europe/London, GB-ENG holidays) and `critical` (24/7); first-response
 * targets `critical` 1 h (24/7), `severe` 2 h, `medium` 8 h and `minor`
 * 120 h (5 business days) on `support`; stop event = first reply.
 *
 * @example
 * ```ts
 * import { signinapp } from 'slakit/presets/signinapp';
 * const due = signinapp().due('severe', '2026-06-05T23:00:00+01:00');
 * new Date(due.dueAt).toISOString(); // "2026-06-08T00:00:00.000Z" — 1 h Friday, 1 h from Monday 00:00 London (01:00 BST)
 * ```
 */
export function signinapp(options: SigninappOptions = {}): SigninappContract {
  // Its regions' holidays from precomputed tables (date-holidays outside their years), and its definition,
  // which passes the schema unchanged (test/presets/preset-schema.test.ts), checked for cross-references only:
  // neither date-holidays nor a schema library is loaded.
  registerHolidayTable(GB_ENG_HOLIDAY_TABLE);
  return new SigninappContract(crossChecked(signinappDefinition(options)));
}
