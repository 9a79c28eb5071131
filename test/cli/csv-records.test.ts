// readCsvRecords, csv-parse with the CLI's line numbers and recovery (issue 15, kind 6):
// records reported at the line they start on, malformed quotes reported once and reading
// resumed at the next line so the valid rows after them count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliInputError } from '../../src/cli/cli-error.js';
import { readCsvRecords } from '../../src/cli/csv/csv-records.js';

type Event = readonly [line: number, fieldsOrReason: readonly string[] | string];

/** Read `text` fed in pieces cut at `cuts` (offsets; strings, or UTF-8 bytes when `bytes`), and list what came out. */
async function split(text: string, cuts: readonly number[] = [], bytes = false): Promise<Event[]> {
  const events: Event[] = [];
  const input = bytes ? new TextEncoder().encode(text) : text;
  async function* chunks(): AsyncGenerator<string | Uint8Array> {
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      yield input.slice(from, Math.max(from, cut));
      from = Math.max(from, cut);
    }
    yield input.slice(from);
  }
  await readCsvRecords('test.csv', chunks(), { record: (fields, line) => events.push([line, [...fields]]), malformed: (line, reason) => events.push([line, reason]) });
  return events;
}

describe('readCsvRecords: RFC 4180 records and their starting line', () => {
  it('LF and CRLF line ends, a quoted field over two lines, "" inside quotes, spaces around quotes, a last line without LF', async () => {
    expect(await split('id,note\r\nT-1,"two\r\nlines"\n "T-""2" ,x\nT-3,')).toEqual([
      [1, ['id', 'note']],
      [2, ['T-1', 'two\nlines']],
      [4, ['T-"2', 'x']],
      [5, ['T-3', '']],
    ]);
  });

  it('unquoted fields are trimmed; quoted ones keep their spaces', async () => {
    expect(await split('  a , " b " ,c\t')).toEqual([[1, ['a', ' b ', 'c']]]);
  });
});

describe('readCsvRecords: input as it comes', () => {
  it('a UTF-8 BOM is skipped (the header field is "id", not "\\uFEFFid"); CRLF line ends', async () => {
    expect(await split('\uFEFFid,n\r\nT-1,2\r\n', [], true)).toEqual([
      [1, ['id', 'n']],
      [2, ['T-1', '2']],
    ]);
  });

  it('a two-byte character cut between two chunks reads whole', async () => {
    // "é" is C3 A9 in UTF-8: bytes 0..1 are "a,", byte 2 is C3, byte 3 A9; cutting at 3 splits it.
    expect(await split('a,é\n', [3], true)).toEqual([[1, ['a', 'é']]]);
  });

  it('blank lines are records of one empty field, so the lines below keep their numbers', async () => {
    expect(await split('a\n\n  \nb\n')).toEqual([
      [1, ['a']],
      [2, ['']],
      [3, ['']],
      [4, ['b']],
    ]);
  });

  it('a source that fails: the records read before are handed over, then its error is thrown as is', async () => {
    const events: Event[] = [];
    async function* failing(): AsyncGenerator<string> {
      yield 'a,b\n1,2\n3,4\n';
      throw new CliInputError('x.csv: permission denied');
    }
    await expect(readCsvRecords('x.csv', failing(), { record: (fields, line) => events.push([line, fields]), malformed: () => {} })).rejects.toThrow('x.csv: permission denied');
    // csv-parse may hold the last bytes back (a CR LF could be split), so the last record need not have come.
    expect(events.slice(0, 2)).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
  });

  it('UTF-16 (an FF FE byte order mark) is refused, naming the input', async () => {
    async function* utf16(): AsyncGenerator<Uint8Array> {
      yield Uint8Array.of(0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00); // BOM, "a", LF in UTF-16LE
    }
    await expect(readCsvRecords('export.csv', utf16(), { record: () => {}, malformed: () => {} })).rejects.toThrow(
      'export.csv: UTF-16 text (byte order mark FF FE): expected UTF-8; save the file as UTF-8',
    );
  });
});

describe('readCsvRecords: UTF-16 is refused by its byte order mark, either byte order (issue 15, second pass)', () => {
  /** Read `bytes` cut into chunks at `cuts`; the error, or undefined when it read. */
  async function errorOf(bytes: Uint8Array, cuts: readonly number[] = []): Promise<unknown> {
    async function* chunks(): AsyncGenerator<Uint8Array> {
      let from = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) {
        yield bytes.slice(from, Math.max(from, cut));
        from = Math.max(from, cut);
      }
      yield bytes.slice(from);
    }
    try {
      await readCsvRecords('export.csv', chunks(), { record: () => {}, malformed: () => {} });
      return undefined;
    } catch (error) {
      return error;
    }
  }

  it('UTF-16 BE (an FE FF byte order mark) is refused like UTF-16 LE, naming the input (it gave a garbled missing-column message)', async () => {
    // BOM, "a", LF in UTF-16BE
    const error = await errorOf(Uint8Array.of(0xfe, 0xff, 0x00, 0x61, 0x00, 0x0a));
    expect(error).toBeInstanceOf(CliInputError);
    expect((error as Error).message).toBe('export.csv: UTF-16 text (byte order mark FE FF): expected UTF-8; save the file as UTF-8');
  });

  it('a byte order mark cut between two chunks is still seen', async () => {
    expect(((await errorOf(Uint8Array.of(0xfe, 0xff, 0x00, 0x61), [1])) as Error).message).toContain('(byte order mark FE FF)');
    expect(((await errorOf(Uint8Array.of(0xff, 0xfe, 0x61, 0x00), [1])) as Error).message).toContain('(byte order mark FF FE)');
  });

  it('property: any bytes, any chunking: the UTF-16 error comes iff they start with FF FE or FE FF (1 000 runs)', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 40 })).map(([mark, rest]) => Uint8Array.from([...mark, ...rest])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.array(fc.nat({ max: 42 }), { maxLength: 4 }), async (input, cuts) => {
        const error = await errorOf(input, cuts);
        const utf16 = input.length >= 2 && ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff));
        expect(error instanceof CliInputError && /UTF-16 text/.test(error.message)).toBe(utf16);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readCsvRecords: malformed quotes (issue 15, kind 6)', () => {
  it('an unclosed quote is reported at the line its record starts on (3), not where reading stopped (5); the rows below are read again', async () => {
    expect(await split('a,b,c\n1,2,3\n4,"5,6\n7,8,9\n10,11,12\n')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', '2', '3']],
      [3, 'malformed CSV: the quote opened on line 3 (field 2) is never closed'],
      [4, ['7', '8', '9']],
      [5, ['10', '11', '12']],
    ]);
  });

  it('a quote inside an unquoted field: that row only, once; the next valid row is used', async () => {
    expect(await split('a,b,c\n4,5"x",6\n7,8,9\n')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, 'malformed CSV: a quote inside the unquoted field 2 (quote the whole field and double the quote)'],
      [3, ['7', '8', '9']],
    ]);
  });

  it('text after a closing quote: that row only; the rest of the file is not swallowed', async () => {
    expect(await split('a,b,c\n4,"5"x,6\n7,8,9\n10,11,12\n')).toEqual([
      [1, ['a', 'b', 'c']],
      // The quote of field 2 opens on line 2 ("5"), and x follows its closing quote.
      [2, 'malformed CSV: text after the closing quote of field 2 (the quote opened on line 2; expected a comma or the end of the line)'],
      [3, ['7', '8', '9']],
      [4, ['10', '11', '12']],
    ]);
  });

  it('a stray quote "closed" lines below by an opening quote: the record is malformed at its start, the lines between are rows', async () => {
    expect(await split('a,b,c\n4,"5,6\n7,8,9\n10,"11",12\n13,14,15')).toEqual([
      [1, ['a', 'b', 'c']],
      // Field 2 is quoted from line 2 to the quote before 11 on line 4, which "11" follows.
      [2, 'malformed CSV: text after the closing quote of field 2 (the quote opened on line 2; expected a comma or the end of the line)'],
      [3, ['7', '8', '9']],
      [4, ['10', '11', '12']],
      [5, ['13', '14', '15']],
    ]);
  });

  it('the line a quote opens on is counted past the line ends of the fields before it; reading resumes at the line after the record starts', async () => {
    // Record 1 starts on line 1: field 2 "x<LF>y" ends on line 2, field 4 opens its quote on line 2 and never closes.
    // Reading resumes at line 2: 'y",c,"unclosed' has a quote inside the unquoted field 1 (y"); lines 3 and 4 are rows.
    expect(await split('a,"x\ny",c,"unclosed\nz\n1,2\n')).toEqual([
      [1, 'malformed CSV: the quote opened on line 2 (field 4) is never closed'],
      [2, 'malformed CSV: a quote inside the unquoted field 1 (quote the whole field and double the quote)'],
      [3, ['z']],
      [4, ['1', '2']],
    ]);
  });

  it('CRLF line ends inside an earlier field count once toward the line the quote opens on', async () => {
    // Lines: 1 'a,"x', 2 'y",c,"unclosed', 3 'z', 4 '1,2' (each ended by CRLF). Field 2 spans lines 1-2 (one line end),
    // so field 4 opens on line 2. Resuming at line 2: 'y"' is a quote inside the unquoted field 1.
    expect(await split('a,"x\r\ny",c,"unclosed\r\nz\r\n1,2\r\n', [5], true)).toEqual([
      [1, 'malformed CSV: the quote opened on line 2 (field 4) is never closed'],
      [2, 'malformed CSV: a quote inside the unquoted field 1 (quote the whole field and double the quote)'],
      [3, ['z']],
      [4, ['1', '2']],
    ]);
  });

  it('deep in a long input read in 64-byte chunks, long after the first chunks were let go: the same lines', async () => {
    // Line 1 "h"; lines 2-1000 "i,x"; line 1001 'q,"a' and line 1002 'b",c,"open' are one record whose field 4
    // opens on line 1002 and never closes; line 1003 "z". Resuming at 1002: 'b"' is a quote inside field 1.
    const rows = Array.from({ length: 999 }, (_, i) => `${i + 2},x`);
    const text = `h\n${rows.join('\n')}\nq,"a\nb",c,"open\nz\n`;
    const cuts = Array.from({ length: Math.ceil(text.length / 64) }, (_, i) => (i + 1) * 64);
    const events = await split(text, cuts, true);
    expect(events).toHaveLength(1 + 999 + 3);
    expect(events[999]).toEqual([1000, ['1000', 'x']]);
    expect(events.slice(1000)).toEqual([
      [1001, 'malformed CSV: the quote opened on line 1002 (field 4) is never closed'],
      [1002, 'malformed CSV: a quote inside the unquoted field 1 (quote the whole field and double the quote)'],
      [1003, ['z']],
    ]);
  });

  it('the same from chunks of one byte each: rows after the bad quote are read again from what was kept', async () => {
    const text = 'a,b,c\n1,2,3\n4,"5,6\n7,8,9\n10,11,12\n';
    const cuts = Array.from({ length: text.length }, (_, i) => i + 1);
    expect(await split(text, cuts, true)).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', '2', '3']],
      [3, 'malformed CSV: the quote opened on line 3 (field 2) is never closed'],
      [4, ['7', '8', '9']],
      [5, ['10', '11', '12']],
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

describe('readCsvRecords properties', () => {
  it('round trip: fields (CRLF inside a field reads as LF) and starting lines, under random chunking of text or bytes (1 000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat({ max: 200 }), { maxLength: 6 }),
        fc.boolean(),
        async (records, quoteAlways, crlf, cuts, bytes) => {
          const end = crlf ? '\r\n' : '\n';
          const text = records.map((fields) => fields.map((f) => write(f, quoteAlways)).join(',')).join(end) + end;
          const expected: Event[] = [];
          let line = 1;
          for (const fields of records) {
            expected.push([line, fields.map((f) => f.replaceAll('\r\n', '\n'))]);
            line += 1 + fields.reduce((n, f) => n + f.split('\n').length - 1, 0);
          }
          expect(await split(text, cuts, bytes)).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('any text: records and malformed records are reported at distinct, increasing lines within the text (1 000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' '), maxLength: 60 }), fc.array(fc.nat({ max: 60 }), { maxLength: 4 }), async (text, cuts) => {
        const events = await split(text, cuts);
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
