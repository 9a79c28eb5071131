/**
 * Precomputed holiday tables (issue 11 §5): the regions the presets name are answered for 1970–2099 from
 * tables generated from date-holidays (`npm run generate:holidays`), with no date-holidays load; other years
 * read date-holidays as without a table. The tables are checked against date-holidays here: regenerating
 * gives the committed text, and every tabled region and year gives the same lists either way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TABLED_REGIONS, TABLE_FIRST_YEAR, TABLE_LAST_YEAR, tableModulePath, tableModuleText } from '../../scripts/generate-holidays.js';
import { type HolidayTable, decodeYear, encodeYear, tableHolidays } from '../../src/calendar/holiday-table.js';
import { DE_NW_HOLIDAY_TABLE } from '../../src/calendar/holiday-tables/de-nw.js';
import { DE_RP_HOLIDAY_TABLE } from '../../src/calendar/holiday-tables/de-rp.js';
import { FR_HOLIDAY_TABLE } from '../../src/calendar/holiday-tables/fr.js';
import { GB_ENG_HOLIDAY_TABLE } from '../../src/calendar/holiday-tables/gb-eng.js';
import { JP_HOLIDAY_TABLE } from '../../src/calendar/holiday-tables/jp.js';
import { US_HOLIDAY_TABLE } from '../../src/calendar/holiday-tables/us.js';
import { dateHolidaysSource } from '../../src/calendar/holidays.js';

const root = join(import.meta.dirname, '../..');
const TABLES: Readonly<Record<(typeof TABLED_REGIONS)[number], HolidayTable>> = {
  FR: FR_HOLIDAY_TABLE,
  'DE-RP': DE_RP_HOLIDAY_TABLE,
  'DE-NW': DE_NW_HOLIDAY_TABLE,
  US: US_HOLIDAY_TABLE,
  JP: JP_HOLIDAY_TABLE,
  'GB-ENG': GB_ENG_HOLIDAY_TABLE,
};

const processWithHook = globalThis.process as unknown as { getBuiltinModule?: unknown };
const original = processWithHook.getBuiltinModule;
afterEach(() => {
  processWithHook.getBuiltinModule = original;
  vi.resetModules();
});

describe('holiday tables equal date-holidays', () => {
  it('regenerating every table (npm run generate:holidays) gives the committed module: a date-holidays upgrade that changes a date fails here', () => {
    for (const region of TABLED_REGIONS) {
      expect(readFileSync(join(root, tableModulePath(region)), 'utf8')).toBe(tableModuleText(region));
    }
  });

  it('every tabled region and year 1970–2099: the table gives the dates and part days date-holidays gives (types public, corrections applied)', () => {
    for (const region of TABLED_REGIONS) {
      const table = TABLES[region];
      expect(table.region).toBe(region);
      expect(table.firstYear).toBe(TABLE_FIRST_YEAR);
      // 1970…2099 inclusive: 2099 − 1970 + 1 = 130 years.
      expect(table.years.length).toBe(130);
      const fromTable = tableHolidays(table, () => {
        throw new Error('a tabled year read date-holidays');
      });
      const source = dateHolidaysSource(region, {});
      for (let year = TABLE_FIRST_YEAR; year <= TABLE_LAST_YEAR; year++) {
        expect([...fromTable.datesInYear(year)]).toEqual([...source.datesInYear(year)]);
        expect([...(fromTable.partDaysInYear?.(year) ?? [])]).toEqual([...(source.partDaysInYear?.(year) ?? [])]);
      }
    }
  });

  it('any region and year, inside the span or not: the table provider answers as date-holidays (outside: from date-holidays itself)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TABLED_REGIONS), fc.integer({ min: 1900, max: 2200 }), (region, year) => {
        const source = dateHolidaysSource(region, {});
        const provider = tableHolidays(TABLES[region], () => source);
        expect([...provider.datesInYear(year)]).toEqual([...source.datesInYear(year)]);
        expect([...(provider.partDaysInYear?.(year) ?? [])]).toEqual([...(source.partDaysInYear?.(year) ?? [])]);
      }),
      { numRuns: 1000 },
    );
  });

  it('the encoding gives back any sorted dates and part days of a year exactly', () => {
    const day = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.uniqueArray(day, { selector: (d) => d.month * 100 + d.day, maxLength: 20 }),
        fc.array(fc.record({ at: day, from: fc.integer({ min: 0, max: 1439 }), minutes: fc.integer({ min: 1, max: 1440 }) }), { maxLength: 3 }),
        (year, days, parts) => {
          const date = (d: { month: number; day: number }) => `${year}-${pad(d.month)}-${pad(d.day)}`;
          const time = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
          const dates = days.map(date).sort();
          const partDays = parts.map((p) => ({ date: date(p.at), from: time(p.from), to: time(Math.min(1440, p.from + p.minutes)) }));
          expect(decodeYear(year, encodeYear(dates, partDays))).toEqual({ dates, partDays });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('hand-checked: FR 2026 from the table (Easter Sunday 5 April)', () => {
    const fr = tableHolidays(FR_HOLIDAY_TABLE, () => {
      throw new Error('unexpected');
    });
    // Easter Monday 5 + 1 = 6 April; Ascension Easter + 39 days = 14 May; Whit Monday Easter + 50 days = 25 May.
    expect([...fr.datesInYear(2026)]).toEqual(['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']);
  });
});

describe('a preset reads its regions from its tables, without date-holidays', () => {
  it('a runtime that cannot load date-holidays: letsignit() answers due(escalation, 0) from the FR table', async () => {
    vi.resetModules();
    processWithHook.getBuiltinModule = undefined;
    const { letsignit } = await import('../../src/presets/letsignit/index.js');
    // 0 = Thu 1970-01-01 01:00 Paris (CET, UTC+1): Jour de l'an, closed. 24 h of jours ouvrables from Fri 2 Jan 00:00
    // end at Sat 3 Jan 00:00 Paris = 1970-01-02T23:00Z.
    expect(letsignit().due('escalation', 0).dueAt).toBe(Date.UTC(1970, 0, 2, 23));
  });

  it('the same runtime: a year outside the table (2100) is the typed error naming the region and the import', async () => {
    vi.resetModules();
    processWithHook.getBuiltinModule = undefined;
    const { letsignit } = await import('../../src/presets/letsignit/index.js');
    const { SlaInputError } = await import('../../src/errors.js');
    let error: unknown;
    try {
      letsignit().due('escalation', Date.UTC(2100, 5, 1));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SlaInputError);
    expect(error).toMatchObject({ field: 'holidays.region', value: 'FR' });
  });

  it('with date-holidays (Node): a year outside the table reads it, as without a table (FR 2100: Easter Monday 29 March)', async () => {
    vi.resetModules();
    const { letsignit } = await import('../../src/presets/letsignit/index.js');
    // Easter 2100 is Sunday 28 March; Monday 29 March is closed, so 24 h from Mon 29 March 10:00 Paris (CEST from
    // Sunday 28 March, UTC+2) start on Tue 30 March 00:00 and end Wed 31 March 00:00 Paris = 2100-03-30T22:00Z.
    expect(letsignit().due('escalation', '2100-03-29T10:00:00+02:00').dueAt).toBe(Date.UTC(2100, 2, 30, 22));
  });
});
