import { AvailabilityPeriod, type DowntimeBudget, downtimeBudget } from '../../availability/index.js';
import { Contract } from '../../contract/contract.js';
import { registerHolidayTable } from '../../calendar/holiday-table.js';
import { DE_NW_HOLIDAY_TABLE } from '../../calendar/holiday-tables/de-nw.js';
import { US_HOLIDAY_TABLE } from '../../calendar/holiday-tables/us.js';
import { crossChecked } from '../../contract/checked-definition.js';
import type { defineContract } from '../../contract/define-contract.js';
import { SlaInputError } from '../../errors.js';
import { type SitekioskIds, type SitekioskOptions, sitekioskDefinition } from './definition.js';

export { type SitekioskOptions, type SitekioskIds, sitekioskDefinition } from './definition.js';
export { sitekioskSources } from './sources.js';

/**
 * The §1 downtime budget of a calendar year: how much downtime 99.5 % allows
 * over the whole year (24/7, Europe/Berlin), how much is used, what is left.
 *
 * @example
 * ```ts
 * sitekiosk().downtimeBudget(2026).allowedMs / 60_000; // 2628 — 43 h 48 min
 * ```
 */
export interface SitekioskDowntimeBudget extends DowntimeBudget {
  readonly year: number;
  /** The zone the year is counted in. */
  readonly zone: string;
}

/**
 * The SiteKiosk Online engine: a {@link Contract} (commitment `service`,
 * calendars `supportEurope` and `supportNorthAmerica`) plus the annual
 * downtime budget. Every helper reads its parameters from `definition`.
 *
 * @example
 * ```ts
 * const report = sitekiosk().availability({ period: '2026', incidents: [
 *   { start: '2026-02-02T00:00:00+01:00', end: '2026-02-03T19:48:00+01:00' } ] });
 * report.commitments[0]?.met; // true — 43 h 48 min is exactly 0.5 % of 8 760 h
 * ```
 */
export class SitekioskContract extends Contract<SitekioskIds> {
  /**
   * Wrap a validated contract (e.g. from {@link defineContract} on a stored
   * SiteKiosk definition) with the SiteKiosk helpers.
   *
   * @example
   * ```ts
   * const stored = JSON.parse(JSON.stringify(sitekiosk().definition));
   * SitekioskContract.from(defineContract(stored)).downtimeBudget(2028).allowedMs; // 158112000
   * ```
   */
  static from(contract: Contract): SitekioskContract {
    return new SitekioskContract(contract.definition);
  }

  /**
   * §1 the downtime the `service` commitment allows in calendar year `year`
   * (the whole year, 24/7, in the availability zone): 0.5 % of 8 760 h =
   * 43 h 48 min in a common year, 0.5 % of 8 784 h = 43 h 55 min 12 s in a
   * leap year; with `usedMs` of counted downtime, what is left.
   *
   * @example
   * ```ts
   * const budget = sitekiosk().downtimeBudget(2028, 40 * 3_600_000);
   * budget.allowedMs;   // 158112000 (43 h 55 min 12 s)
   * budget.remainingMs; // 14112000  (3 h 55 min 12 s)
   * ```
   */
  downtimeBudget(year: number, usedMs = 0): SitekioskDowntimeBudget {
    const availability = this.definition.availability;
    const commitment = availability?.commitments.find((c) => c.id === 'service');
    if (!availability || !commitment) throw new SlaInputError('availability.commitments', 'service', 'a "service" availability commitment in the definition');
    const period = AvailabilityPeriod.year(year, availability.zone);
    if (!Number.isSafeInteger(usedMs) || usedMs < 0 || usedMs > period.durationMs) {
      throw new SlaInputError('usedMs', usedMs, `a whole number of milliseconds from 0 to the year's ${period.durationMs}`);
    }
    const budget = downtimeBudget({ numerator: period.durationMs - usedMs, denominator: period.durationMs }, String(commitment.target));
    return { ...budget, year, zone: availability.zone };
  }
}

/**
 * The PROVISIO SiteKiosk Online SLA preset (`001_f7077658456a0107.txt`):
 * commitment `service` (99.5 %, calendar year Europe/Berlin, 24/7),
 * calendars `supportEurope` (Mon–Thu 09:00–17:00, Fri 09:00–16:00,
 * Europe/Berlin, DE-NW holidays and company closures) and
 * `supportNorthAmerica` (Mon–Fri 09:00–17:00, America/New_York), and the
 * downtime budget of {@link SitekioskContract}.
 *
 * @example
 * ```ts
 * import { sitekiosk } from 'slakit/presets/sitekiosk';
 * sitekiosk().calendar('supportEurope').isOpen('2026-06-05T16:30:00+02:00'); // false (Friday closes at 16:00)
 * ```
 */
export function sitekiosk(options: SitekioskOptions = {}): SitekioskContract {
  // Its regions' holidays from precomputed tables (date-holidays outside their years), and its definition,
  // which passes the schema unchanged (test/presets/preset-schema.test.ts), checked for cross-references only:
  // neither date-holidays nor a schema library is loaded.
  registerHolidayTable(DE_NW_HOLIDAY_TABLE, US_HOLIDAY_TABLE);
  return new SitekioskContract(crossChecked(sitekioskDefinition(options)));
}
