// CsvRecords, the CSV splitter (issue 15, kind 6): records reported at the line they start
// on, malformed quotes reported once and reading resumed so the valid rows after them count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../../src/cli/csv/csv-records.js';

type Event = readonly [line: number, fieldsOrReason: readonly string[] | string];

/** Split `text` fed in `chunks` pieces cut at `cuts` (offsets), and list what came out. */
function split(text: string, cuts: readonly number[] = []): Event[] {
  const events: Event[] = [];
  const splitter = new CsvRecords({ record: (fields, line) => events.push([line, [...fields]]), malformed: (line, reason) => events.push([line, reason]) });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    splitter.push(text.slice(from, cut));
    from = Math.max(from, cut);
  }
  splitter.push(text.slice(from));
  splitter.end();
  return events;
}

describe('CsvRecords: RFC 4180 records and their starting line', () => {
  it('LF and CRLF line ends, a quoted field over two lines, "" inside quotes, spaces around quotes, a last line without LF', () => {
    expect(split('id,note\r\nT-1,"two\r\nlines"\n "T-""2" ,x\nT-3,')).toEqual([
      [1, ['id', 'note']],
      [2, ['T-1', 'two\nlines']],
      [4, ['T-"2', 'x']],
      [5, ['T-3', '']],
    ]);
  });

  it('unquoted fields are trimmed; quoted ones keep their spaces', () => {
    expect(split('  a , " b " ,c\t')).toEqual([[1, ['a', ' b ', 'c']]]);
  });
});

describe('CsvRecords: malformed quotes (issue 15, kind 6)', () => {
  it('an unclosed quote is reported at the line its record starts on (3), not where reading stopped (5); the rows below are read again', () => {
    expect(split('a,b,c\n1,2,3\n4,"5,6\n7,8,9\n10,11,12\n')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', '2', '3']],
      [3, 'malformed CSV: the quote opened on line 3 (field 2) is never closed'],
      [4, ['7', '8', '9']],
      [5, ['10', '11', '12']],
    ]);
  });

  it('a quote inside an unquoted field: that row only, once; the next valid row is used', () => {
    expect(split('a,b,c\n4,5"x",6\n7,8,9\n')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, 'malformed CSV: a quote inside the unquoted field 2 (quote the whole field and double the quote)'],
      [3, ['7', '8', '9']],
    ]);
  });

  it('text after a closing quote: that row only; the rest of the file is not swallowed', () => {
    expect(split('a,b,c\n4,"5"x,6\n7,8,9\n10,11,12\n')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, 'malformed CSV: text after the closing quote of field 2 (expected a comma or the end of the line)'],
      [3, ['7', '8', '9']],
      [4, ['10', '11', '12']],
    ]);
  });

  it('a stray quote "closed" lines below by an opening quote: the record is malformed at its start, the lines between are rows', () => {
    expect(split('a,b,c\n4,"5,6\n7,8,9\n10,"11",12\n13,14,15')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, 'malformed CSV: the quote opened on line 2 (field 2) is never closed (the quote on line 4 opens a field there)'],
      [3, ['7', '8', '9']],
      [4, ['10', '11', '12']],
      [5, ['13', '14', '15']],
    ]);
  });
});

// Property: any records written per RFC 4180 come back field for field, at the right line,
// however the text is cut into chunks (mid-CRLF, mid-quote included).
const fieldArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', '\u0000', '\uFEFF'), maxLength: 6 });

function write(field: string, quoteAlways: boolean): string {
  const plain = !/[",\r\n]/.test(field) && field === field.trim() && !quoteAlways;
  return plain ? field : `"${field.replaceAll('"', '""')}"`;
}

describe('CsvRecords properties', () => {
  it('round trip: fields (CRLF inside a field reads as LF) and starting lines, under random chunking (1 000 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat({ max: 200 }), { maxLength: 6 }),
        (records, quoteAlways, crlf, cuts) => {
          const end = crlf ? '\r\n' : '\n';
          const text = records.map((fields) => fields.map((f) => write(f, quoteAlways)).join(',')).join(end) + end;
          const expected: Event[] = [];
          let line = 1;
          for (const fields of records) {
            expected.push([line, fields.map((f) => f.replaceAll('\r\n', '\n'))]);
            line += 1 + fields.reduce((n, f) => n + f.split('\n').length - 1, 0);
          }
          expect(split(text, cuts)).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('any text: records and malformed records are reported at distinct, increasing lines within the text (1 000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' '), maxLength: 60 }), fc.array(fc.nat({ max: 60 }), { maxLength: 4 }), (text, cuts) => {
        const events = split(text, cuts);
        const lines = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
        for (const [line] of events) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines);
        }
        // Records start on distinct lines, in order.
        const starts = events.map(([line]) => line);
        expect(starts).toEqual([...new Set(starts)].sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });
});
