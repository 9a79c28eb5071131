// Formula injection in CSV output (issue 15, kind 8): text cells a spreadsheet would run are
// written as text (OWASP: a leading ' and quotes); numbers slakit computes stay numbers;
// --csv-raw keeps text as it is; the HTML report escapes every user string.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../src/cli/csv/csv-records.js';
import { csvLine } from '../../src/cli/render/csv-text.js';
import { scratch } from './built-cli.js';
import { run } from './in-process.js';

const HOSTILE = '=HYPERLINK("http://evil.example/","x")';

/** Parse one CSV line back with slakit's reader. */
async function parse(line: string): Promise<string[]> {
  const records: string[][] = [];
  await readCsvRecords('output.csv', [`${line}\n`], { record: (fields) => records.push(fields), malformed: (_line, reason) => records.push([`MALFORMED ${reason}`]) }, ',');
  expect(records).toHaveLength(1);
  return records[0] as string[];
}

describe('csvLine', () => {
  it('a formula-like ticket id becomes text: a leading quote, the whole cell quoted, inner quotes doubled', () => {
    expect(csvLine([HOSTILE])).toBe(`"'=HYPERLINK(""http://evil.example/"",""x"")"`);
  });

  it('each trigger: = + - @ tab CR first, and = + - @ after white space', () => {
    expect(['=1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', ' =1'].map((cell) => csvLine([cell]))).toEqual([`"'=1"`, `"'+1"`, `"'-1"`, `"'@SUM(A1)"`, `"'\t=1"`, `"'\r=1"`, `"' =1"`]);
  });

  it('numbers and booleans slakit computes are written as they are, negative ones included; text elsewhere is untouched', () => {
    expect(csvLine(['T-1', -3_600_000, 0, true, null, 'a=b'])).toBe('T-1,-3600000,0,true,,a=b');
  });

  it('{ raw: true } keeps text cells as they are (RFC 4180 quoting only)', () => {
    expect(csvLine([HOSTILE, '-1'], { raw: true })).toBe(`"=HYPERLINK(""http://evil.example/"",""x"")",-1`);
  });

  it('property: read back by an RFC 4180 reader, a cell is itself, or \'+itself exactly when it would start a formula (1 000 runs)', async () => {
    const cellArb = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' ', 'a', '1', '"', ',', '\n'), maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(fc.array(cellArb, { minLength: 1, maxLength: 4 }), async (cells) => {
        const read = await parse(csvLine(cells));
        read.forEach((field, i) => {
          const cell = (cells[i] as string).replaceAll('\r\n', '\n');
          const formula = /^[=+\-@\t\r]/.test(cells[i] as string) || /^\s*[=+\-@]/.test(cells[i] as string);
          expect(field).toBe(formula ? `'${cell}` : cell);
          // What a spreadsheet sees first, trimmed or not, is never a formula trigger.
          expect(/^[=+\-@\t\r]/.test(field)).toBe(false);
          expect(/^[=+\-@]/.test(field.trimStart())).toBe(false);
        });
        expect(read).toHaveLength(cells.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('slakit tickets --format csv', () => {
  const file = (): string =>
    join(
      scratch({ 't.csv': `id,priority,region,openedAt,respondedAt\n"${HOSTILE.replaceAll('"', '""')}",p1,emea,2026-11-10T10:00:00+01:00,2026-11-10T10:30:00+01:00\n` }),
      't.csv',
    );

  it('writes the hostile id as text', async () => {
    const result = await run(['tickets', file(), '--contract', 'lumapps', '--format', 'csv']);
    expect(result.code).toBe(0);
    // 10:00 Paris + 30 min response, p1 due 11:00: met; 30 min of business time = 1 800 000 ms.
    expect(result.stdout.split('\n')[1]).toBe(`"'=HYPERLINK(""http://evil.example/"",""x"")",p1,emea,1 h,initial,2026-11-10T09:00:00.000Z,2026-11-10T10:00:00.000Z,2026-11-10T09:30:00.000Z,true,1800000`);
  });

  it('--csv-raw keeps it as it is; with another format it is a usage error', async () => {
    const raw = await run(['tickets', file(), '--contract', 'lumapps', '--format', 'csv', '--csv-raw']);
    expect(raw.stdout.split('\n')[1]?.startsWith(`"=HYPERLINK(""http://evil.example/"",""x"")",p1,`)).toBe(true);
    const json = await run(['tickets', file(), '--contract', 'lumapps', '--csv-raw']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--csv-raw applies to --format csv only');
  });
});

describe('the HTML report escapes user strings', () => {
  it('a hostile cause label (accepted where no cause is excluded) is escaped, never markup', async () => {
    const label = `${HOSTILE}<img src=x onerror=alert(1)>`;
    const path = join(scratch({ 'i.csv': `start,end,cause\n2026-03-10T10:00:00+01:00,2026-03-10T14:00:00+01:00,"${label.replaceAll('"', '""')}"\n` }), 'i.csv');
    const result = await run(['availability', '--contract', 'linkando', '--period', '2026-03', '--incidents', path, '--format', 'html']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('=HYPERLINK(&quot;http://evil.example/&quot;,&quot;x&quot;)&lt;img src=x onerror=alert(1)&gt;');
    expect(result.stdout).not.toContain('<img');
    expect(result.stdout).not.toContain('"http://evil.example/"');
  });
});
