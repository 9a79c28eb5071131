// CSV inputs as spreadsheets write them: the delimiter (",", ";" or a tab) is detected from the
// header line, or forced with --delimiter; a French Excel export (";", UTF-8 BOM, CRLF) reads as
// the comma file does. Expected values are hand-computed.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../src/cli/csv/csv-records.js';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const BOM = '\uFEFF';
// Linkando, critical, opened Fri 2026-05-29 16:00 Berlin (Mon–Fri 08:00–18:00): 2 h on Friday, then
// Mon 08:00 + 8 h = Mon 2026-06-01 16:00 Berlin = 14:00Z. Responded Mon 15:00 Berlin → met.
const ROWS = [
  ['id', 'priority', 'openedAt', 'respondedAt'],
  ['T-1', 'critical', '2026-05-29T16:00:00+02:00', '2026-06-01T15:00:00+02:00'],
];
const dir = scratch({
  'comma.csv': ROWS.map((r) => r.join(',')).join('\n'),
  'excel.csv': BOM + ROWS.map((r) => r.join(';')).join('\r\n') + '\r\n',
  'tabs.tsv': ROWS.map((r) => r.join('\t')).join('\n'),
  // A semicolon incident file with CRLF line ends.
  'incidents.csv': 'start;end;cause\r\n2026-03-10T10:00:00+01:00;2026-03-10T14:00:00+01:00;internal\r\n',
});

interface Tickets {
  tickets: { id: string; dueAt: string; met: boolean | null }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number };
}

describe('delimiter detection', () => {
  it('a comma file, a French Excel export (;, BOM, CRLF) and a tab file give one and the same verdict: due 14:00Z, met', async () => {
    for (const file of ['comma.csv', 'excel.csv', 'tabs.tsv']) {
      const { code, json } = await runJson<Tickets>(['tickets', join(dir, file), '--contract', 'linkando']);
      expect(code, file).toBe(0);
      expect(json.tickets).toEqual([expect.objectContaining({ id: 'T-1', dueAt: '2026-06-01T14:00:00.000Z', met: true })]);
      expect(json.summary).toMatchObject({ rowsRead: 1, rowsUsed: 1, rowsRejected: 0 });
    }
  });

  it('availability from a semicolon incident file: Letsignit March 2026, 4 h internal → 1 − 4/743 = 99.4616 %', async () => {
    const { code, json } = await runJson<{ commitments: { id: string; availabilityPercent: string }[] }>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', join(dir, 'incidents.csv')]);
    expect(code).toBe(0);
    expect(json.commitments.map((c) => c.availabilityPercent)).toEqual(['99.4616', '99.4616']);
  });

  it('--delimiter forces one: a semicolon file read with --delimiter , has one column "id;priority;…" → missing columns (exit 2)', async () => {
    const { code, stderr } = await run(['tickets', join(dir, 'excel.csv'), '--contract', 'linkando', '--delimiter', ',']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing columns "id", "priority", "openedAt", "respondedAt"/);
    expect(stderr).toMatch(/one column: is the file separated by ";"\? give --delimiter ;/);
    const forced = await runJson<Tickets>(['tickets', join(dir, 'excel.csv'), '--contract', 'linkando', '--delimiter', ';']);
    expect(forced.json.tickets[0]?.dueAt).toBe('2026-06-01T14:00:00.000Z');
    const tab = await runJson<Tickets>(['tickets', join(dir, 'tabs.tsv'), '--contract', 'linkando', '--delimiter', 'tab']);
    expect(tab.json.tickets[0]?.met).toBe(true);
  });

  it('--delimiter | is a usage error naming the choices', async () => {
    const { code, stderr } = await run(['tickets', join(dir, 'comma.csv'), '--contract', 'linkando', '--delimiter', '|']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--delimiter must be one of , ; tab auto \(got "\|"\)/);
  });

  const records = async (text: string): Promise<string[][]> => {
    const out: string[][] = [];
    await readCsvRecords('t.csv', [text], { record: (fields) => out.push(fields), malformed: () => {} });
    return out;
  };

  it('the header decides: quoted delimiters do not count; the most frequent wins; none or a tie is a comma', async () => {
    // "a;b" is quoted: outside quotes the header holds 2 commas and 0 semicolons.
    expect(await records('"a;b",c,d\n1;2,3,4\n')).toEqual([['a;b', 'c', 'd'], ['1;2', '3', '4']]);
    // 2 semicolons against 1 comma: semicolons; the comma is text in the field.
    expect(await records('x,y;z;w\n1,5;2;3\n')).toEqual([['x,y', 'z', 'w'], ['1,5', '2', '3']]);
    // One column: no delimiter in the header → comma.
    expect(await records('id\nT-1\n')).toEqual([['id'], ['T-1']]);
    // A tie (1 comma, 1 semicolon) → comma.
    expect(await records('a,b;c\n')).toEqual([['a', 'b;c']]);
  });

  it('any table written with any of the three delimiters reads back as written (1 000 runs)', async () => {
    const cell = fc.stringMatching(/^[a-z0-9 .:-]{0,8}$/).map((text) => text.trim());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(',', ';', '\t'), fc.integer({ min: 2, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 5 }), async (delimiter, width, rows) => {
        // Header names are distinct and never empty, as a header's are.
        const header = Array.from({ length: width }, (_, i) => `c${i}`);
        const body = rows.map((row) => row.slice(0, width)).filter((row) => row.some((field) => field !== ''));
        const text = [header, ...body].map((row) => row.join(delimiter)).join('\n');
        expect(await records(text)).toEqual([header, ...body]);
      }),
      { numRuns: 1000 },
    );
  });
});
