import { Readable } from 'node:stream';
import { CsvError, type Options, parse } from 'csv-parse';
import { CliInputError } from '../cli-error.js';
import type { CsvDelimiter } from './csv-source.js';
import { LineSpool } from './line-spool.js';

/** Where {@link readCsvRecords} hands what it reads. */
export interface CsvRecordSink {
  /** A record: its fields (unquoted ones trimmed) and the 1-based line it starts on. */
  record(fields: string[], line: number): void;
  /** A malformed record: the line it starts on and why (the reason starts with "malformed CSV"). */
  malformed(line: number, reason: string): void;
}

/**
 * csv-parse as the CLI reads CSV: fields split on the delimiter, records on LF or
 * CRLF (a lone CR is text), unquoted fields trimmed, any number of fields
 * (the reader compares each record with the header), blank lines kept as
 * records so that every line is counted. A malformed record ends the
 * parser (an error); {@link readCsvRecords} starts a new one after it.
 */
const OPTIONS = {
  record_delimiter: ['\n', '\r\n'],
  trim: true,
  relax_column_count: true,
  skip_empty_lines: false,
} as const satisfies Options;

const LF = '\n';

/**
 * Read CSV records (RFC 4180) with csv-parse, streaming, and hand each to
 * `sink` with the line it **starts** on (1-based; a line ends with LF).
 * A UTF-8 BOM is skipped; a line end inside a quoted field reads as LF
 * whether the file uses LF or CRLF.
 *
 * A malformed record (a quote inside an unquoted field, text after a closing
 * quote, a quote never closed) is reported at the line it starts on, and
 * reading resumes with a fresh parser at the **next line**: the valid rows
 * below a stray quote are read, not swallowed into its field. The input is
 * kept from the start of the record in progress ({@link LineSpool}), so
 * standard input resumes as a file does.
 *
 * csv-parse does the parsing; this adds the starting line of each record
 * (the line after the previous record's last line: csv-parse's own line
 * count counts a CR inside a quoted field as a line end) and the recovery.
 *
 * Throws a {@link CliInputError} for UTF-16 input (a byte order mark FF FE
 * or FE FF; the CLI reads UTF-8), and whatever `sink` or the source throws.
 *
 * @example
 * ```ts
 * const records: [string[], number][] = [];
 * await readCsvRecords('t.csv', ['id,note\r\nT-1,"two\nlines"\nT-2,'], { record: (fields, line) => records.push([fields, line]), malformed: () => {} });
 * // records: [[["id", "note"], 1], [["T-1", "two\nlines"], 2], [["T-2", ""], 4]]
 * ```
 */
export async function readCsvRecords(
  name: string,
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  sink: CsvRecordSink,
  delimiter: CsvDelimiter = 'auto',
): Promise<void> {
  const spool = new LineSpool(Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]());
  try {
    await refuseUtf16(name, spool);
    const separator = delimiter === 'auto' ? await detectDelimiter(spool) : delimiter;
    let next: number | undefined = 1;
    while (next !== undefined) next = await readFrom(name, spool, next, sink, separator);
  } finally {
    await spool.close();
  }
}

/**
 * Parse the input from `first` on; the line to resume at after a malformed
 * record, or `undefined` at the end. csv-parse stops at the first malformed
 * record (an `error` event); the records it produced before are still
 * buffered and are read first.
 */
function readFrom(name: string, spool: LineSpool, first: number, sink: CsvRecordSink, delimiter: string): Promise<number | undefined> {
  const start = first === 1;
  const parser = parse({ ...OPTIONS, delimiter, bom: start });
  // Where line `first` starts in the whole input: csv-parse counts bytes from there.
  let origin = 0;
  const input = Readable.from(
    spool.from(first, (byte) => {
      origin = byte;
    }),
  );
  let line = first;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      input.destroy();
      parser.destroy();
      outcome();
    };
    /** Hand over every buffered record; false if the sink threw (and the read is over). */
    const drain = (): boolean => {
      try {
        for (let fields = parser.read() as string[] | null; fields !== null && !settled; fields = parser.read() as string[] | null) {
          lineEndsAsLf(fields);
          sink.record(fields, line);
          line += 1 + lineEndsIn(fields);
          spool.release(line);
        }
        return !settled;
      } catch (error) {
        settle(() => reject(error));
        return false;
      }
    };
    parser.on('readable', drain);
    parser.on('end', () => {
      if (!drain()) return;
      settle(() => resolve(undefined));
    });
    parser.on('error', (error: Error) => {
      if (!drain()) return;
      if (parser.readableLength > 0) {
        // Never drop records silently, whatever a Node version does with a destroyed stream's buffer.
        settle(() => reject(new Error(`${name}: ${parser.readableLength} record(s) could not be read after: ${error.message}`)));
        return;
      }
      if (!isCsvError(error)) {
        settle(() => reject(error));
        return;
      }
      try {
        sink.malformed(line, reason(error, spool.lineOf(origin + Number(error.bytes)), delimiter));
        settle(() => resolve(line + 1));
      } catch (thrown) {
        settle(() => reject(thrown));
      }
    });
    // A source error (a missing file…) ends the parser with that error.
    input.on('error', (error) => parser.destroy(error));
    input.pipe(parser);
  });
}

function isCsvError(error: unknown): error is CsvError {
  return error instanceof CsvError;
}

/**
 * Refuse UTF-16 input by its byte order mark, FF FE (little-endian) or FE FF
 * (big-endian), before any parsing: the CLI reads UTF-8, and UTF-16 read as
 * UTF-8 is a header of garbled names. The spool keeps what this reads.
 */
async function refuseUtf16(name: string, spool: LineSpool): Promise<void> {
  const head: number[] = [];
  for await (const bytes of spool.from(1)) {
    for (let i = 0; i < bytes.length && head.length < 2; i++) head.push(bytes[i] as number);
    if (head.length === 2) break;
  }
  const mark = head[0] === 0xff && head[1] === 0xfe ? 'FF FE' : head[0] === 0xfe && head[1] === 0xff ? 'FE FF' : undefined;
  if (mark !== undefined) throw new CliInputError(`${name}: UTF-16 text (byte order mark ${mark}): expected UTF-8; save the file as UTF-8`);
}

/** How much of the first line {@link detectDelimiter} reads at most. */
const HEADER_PROBE_BYTES = 64 * 1024;
const DELIMITERS = [',', ';', '\t'] as const;
const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'a comma', ';': 'a semicolon', '\t': 'a tab' };

/**
 * The delimiter of the header line: the one of `,` `;` tab it holds most
 * often outside double quotes; a comma when it holds none of them (a
 * one-column file) or on a tie. Reads at most the first line (or 64 KiB);
 * the spool keeps what this reads.
 */
async function detectDelimiter(spool: LineSpool): Promise<(typeof DELIMITERS)[number]> {
  const bytes: number[] = [];
  outer: for await (const chunk of spool.from(1)) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (byte === 0x0a || bytes.length >= HEADER_PROBE_BYTES) break outer;
      bytes.push(byte);
    }
  }
  const counts = [0, 0, 0];
  let quoted = false;
  // Every delimiter and the quote are ASCII: UTF-8 bytes of other characters never equal them.
  for (const byte of bytes) {
    if (byte === 0x22) quoted = !quoted;
    else if (!quoted) {
      const index = DELIMITERS.indexOf(String.fromCharCode(byte) as (typeof DELIMITERS)[number]);
      if (index >= 0) counts[index] = (counts[index] as number) + 1;
    }
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) if ((counts[i] as number) > (counts[best] as number)) best = i;
  return DELIMITERS[best] as (typeof DELIMITERS)[number];
}

/**
 * Why the record csv-parse refused is malformed, in the CLI's words.
 * `quoteLine` is the line of `error.bytes`, where the field before the bad
 * one ended (or the record began): a field's opening quote is on the line
 * of the comma before it.
 */
function reason(error: CsvError, quoteLine: number, delimiter: string): string {
  const field = Number(error.column) + 1;
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return `malformed CSV: a quote inside the unquoted field ${field} (quote the whole field and double the quote)`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `malformed CSV: text after the closing quote of field ${field} (the quote opened on line ${quoteLine}; expected ${DELIMITER_NAMES[delimiter] ?? 'the delimiter'} or the end of the line)`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `malformed CSV: the quote opened on line ${quoteLine} (field ${field}) is never closed`;
    default:
      return `malformed CSV: ${error.message}`;
  }
}

function lineEndsIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let i = field.indexOf(LF); i >= 0; i = field.indexOf(LF, i + 1)) count++;
  }
  return count;
}

function lineEndsAsLf(fields: string[]): void {
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    if (field.indexOf('\r\n') >= 0) fields[i] = field.replaceAll('\r\n', LF);
  }
}
