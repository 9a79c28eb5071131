// Properties of the import layer: a renamed export reads as slakit's own columns, whatever the
// names and the column order; Jira's date format reads back to the wall time it was written from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvMapping } from '../../../src/cli/csv/csv-mapping.js';
import { readCsv } from '../../../src/cli/csv/csv-reader.js';
import { RowLedger } from '../../../src/cli/csv/row-ledger.js';
import { jiraDateTime } from '../../../src/cli/imports/export-formats.js';

const COLUMNS = ['id', 'priority', 'openedAt'] as const;
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,11}[A-Za-z0-9]$/);
const cell = fc.stringMatching(/^[A-Za-z0-9:+-]{0,8}$/);

async function read(text: string, mapping: CsvMapping | undefined): Promise<string[][]> {
  const rows: string[][] = [];
  const source = {
    name: 'mem.csv',
    async *chunks() {
      yield text;
    },
    mapping,
  };
  await readCsv(source, { required: [...COLUMNS] }, new RowLedger('mem.csv'), (row) => rows.push(COLUMNS.map((c) => row.get(c))));
  return rows;
}

describe('mapping properties', () => {
  it('an export with any three other header names, in any order, reads through a rename map as slakit\'s columns (1 000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(name, { minLength: 3, maxLength: 3, selector: (n) => n.toLowerCase() }).filter((names) => names.every((n) => !COLUMNS.some((c) => c.toLowerCase() === n.toLowerCase()))),
        fc.array(fc.tuple(cell, cell, cell).filter((r) => r.some((v) => v !== '')), { minLength: 1, maxLength: 5 }),
        fc.constantFrom([0, 1, 2], [2, 0, 1], [1, 2, 0], [2, 1, 0]),
        async (names, rows, order) => {
          const header = order.map((i) => names[i] as string);
          const text = [header.join(','), ...rows.map((r) => order.map((i) => r[i]).join(','))].join('\n');
          const mapping: CsvMapping = { origin: '--map m.json', columns: new Map(COLUMNS.map((c, i) => [c, { from: [names[i] as string] }])), values: new Map(), caseInsensitive: false };
          expect(await read(text, mapping)).toEqual(rows);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a value map replaces listed values (any case when caseInsensitive) and keeps the others as they are (1 000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('Highest', 'HIGHEST', 'highest', 'Low', 'p2'), { minLength: 1, maxLength: 6 }), fc.boolean(), async (priorities, caseInsensitive) => {
        const text = ['id,priority,openedAt', ...priorities.map((p, i) => `T-${i},${p},x`)].join('\n');
        const table = new Map([[caseInsensitive ? 'highest' : 'Highest', 'p1']]);
        const mapping: CsvMapping = { origin: '--map m.json', columns: new Map(), values: new Map([['priority', table]]), caseInsensitive };
        const expected = priorities.map((p) => (p === 'Highest' || (caseInsensitive && p.toLowerCase() === 'highest') ? 'p1' : p));
        expect((await read(text, mapping)).map((r) => r[1])).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("Jira's dd/MMM/yy h:mm a reads back as the local date-time it was written from, 2000–2099 (1 000 runs)", () => {
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const two = (n: number): string => String(n).padStart(2, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (yy, m, d, hour, minute) => {
        const year = 2000 + yy;
        const leap = year % 4 === 0; // 2000 is a leap year; no century year other than 2000 in range
        const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m] as number;
        const written = `${two(d)}/${MONTHS[m]}/${two(yy)} ${hour % 12 === 0 ? 12 : hour % 12}:${two(minute)} ${hour < 12 ? 'AM' : 'PM'}`;
        if (d > days) {
          expect(() => jiraDateTime(written, 'openedAt')).toThrow(/openedAt: expected a date-time in Jira's format/);
        } else {
          expect(jiraDateTime(written, 'openedAt')).toBe(`${year}-${two(m + 1)}-${two(d)}T${two(hour)}:${two(minute)}`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
