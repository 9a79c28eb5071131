/** Where {@link CsvRecords} hands what it splits. */
export interface CsvRecordSink {
  /** A record: its fields (unquoted ones trimmed) and the 1-based line it starts on. */
  record(fields: string[], line: number): void;
  /** A malformed record: the line it starts on and why (the reason starts with "malformed CSV"). */
  malformed(line: number, reason: string): void;
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const SPACE = 32;
const TAB = 9;
const CR = 13;

/** A physical line (without its line end) and its 1-based number. */
interface Line {
  readonly text: string;
  readonly line: number;
}

/**
 * Split CSV text (RFC 4180) into records, streaming: text comes in chunks of
 * any size, lines end with LF or CRLF, a quoted field may span lines, `""`
 * is a quote inside one. Unquoted fields are trimmed; spaces around a quoted
 * field are ignored. Every record is reported at the line it **starts** on.
 *
 * A malformed record is reported (never thrown) and reading goes on:
 * - a quote inside an unquoted field, or text after a closing quote: the
 *   record is malformed and reading resumes on the next line;
 * - a quote that is never closed (or that "closes" lines later followed by
 *   text — really an opening quote further down): the record is malformed
 *   and the lines after the one the quote opened on are read again, so the
 *   valid rows below a stray quote are not lost.
 *
 * Work is linear in the input: lines read again lie after a quote that
 * opened and are scanned at most twice.
 *
 * @example
 * ```ts
 * const records: [string[], number][] = [];
 * const splitter = new CsvRecords({ record: (fields, line) => records.push([fields, line]), malformed: () => {} });
 * splitter.push('id,note\r\nT-1,"two\nlines"\nT-2,');
 * splitter.end();
 * // records: [[["id", "note"], 1], [["T-1", "two\nlines"], 2], [["T-2", ""], 4]]
 * ```
 */
export class CsvRecords {
  readonly #sink: CsvRecordSink;
  /** Text of the physical line not yet ended by LF. */
  #partial = '';
  /** Number of the next physical line. */
  #nextLine = 1;
  /** Lines waiting to be split (read again after a stray quote), with their numbers; `#head` is the next. */
  #queue: Line[] = [];
  #head = 0;
  #draining = false;
  // The record being read.
  #fields: string[] = [];
  #recordLine = 0;
  #inQuote = false;
  #quoted = '';
  #quoteLine = 0;
  /** Lines after the one the open quote started on, kept to be read again if the quote proves stray. */
  #sinceQuote: Line[] = [];

  constructor(sink: CsvRecordSink) {
    this.#sink = sink;
  }

  /** Split the next chunk of text. */
  push(text: string): void {
    let from = 0;
    let newline = text.indexOf('\n');
    if (this.#partial !== '') {
      if (newline < 0) {
        this.#partial += text;
        return;
      }
      const line = this.#partial + text.slice(0, newline);
      this.#partial = '';
      this.#feed(line);
      from = newline + 1;
      newline = text.indexOf('\n', from);
    }
    while (newline >= 0) {
      this.#feed(text.slice(from, newline));
      from = newline + 1;
      newline = text.indexOf('\n', from);
    }
    this.#partial = text.slice(from);
  }

  /** The text has ended: split the last line, report a quote left open. */
  end(): void {
    if (this.#partial !== '') {
      const last = this.#partial;
      this.#partial = '';
      this.#feed(last);
    }
    while (this.#inQuote) {
      const again = this.#sinceQuote;
      this.#fail(`malformed CSV: the quote opened on line ${this.#quoteLine} (field ${this.#fields.length + 1}) is never closed`);
      this.#queue = again;
      this.#head = 0;
      this.#drain();
    }
  }

  #feed(raw: string): void {
    const text = raw.charCodeAt(raw.length - 1) === CR ? raw.slice(0, -1) : raw;
    this.#queue.push({ text, line: this.#nextLine++ });
    this.#drain();
  }

  #drain(): void {
    if (this.#draining) return;
    this.#draining = true;
    try {
      while (this.#head < this.#queue.length) {
        const next = this.#queue[this.#head++] as Line;
        this.#split(next.text, next.line);
      }
    } finally {
      this.#queue = [];
      this.#head = 0;
      this.#draining = false;
    }
  }

  /** Split one physical line, continuing the record in progress when a quoted field spans lines. */
  #split(text: string, line: number): void {
    let i = 0;
    if (this.#inQuote) {
      this.#sinceQuote.push({ text, line });
      i = this.#quotedField(text, 0);
      if (i < 0) return;
      i = this.#afterQuote(text, i, line);
      if (i < 0) return;
      i = this.#nextField(text, i);
      if (i < 0) return;
    } else {
      this.#recordLine = line;
      this.#fields = [];
      if (text.indexOf('"') < 0) {
        // The common case: no quote on the line.
        const fields = text.split(',');
        for (let f = 0; f < fields.length; f++) fields[f] = (fields[f] as string).trim();
        this.#sink.record(fields, line);
        return;
      }
    }
    for (;;) {
      let start = i;
      while (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === TAB) start++;
      if (text.charCodeAt(start) === QUOTE) {
        this.#inQuote = true;
        this.#quoted = '';
        this.#quoteLine = line;
        this.#sinceQuote = [];
        i = this.#quotedField(text, start + 1);
        if (i < 0) return;
        i = this.#afterQuote(text, i, line);
        if (i < 0) return;
      } else {
        const comma = text.indexOf(',', i);
        const value = text.slice(i, comma < 0 ? text.length : comma);
        if (value.indexOf('"') >= 0) {
          this.#fail(`malformed CSV: a quote inside the unquoted field ${this.#fields.length + 1} (quote the whole field and double the quote)`);
          return;
        }
        this.#fields.push(value.trim());
        i = comma < 0 ? text.length : comma;
      }
      i = this.#nextField(text, i);
      if (i < 0) return;
    }
  }

  /** Read quoted content from `i`; the index after the closing quote, or -1 when the line ends inside the quote. */
  #quotedField(text: string, i: number): number {
    for (;;) {
      const quote = text.indexOf('"', i);
      if (quote < 0) {
        this.#quoted += `${text.slice(i)}\n`;
        return -1;
      }
      this.#quoted += text.slice(i, quote);
      if (text.charCodeAt(quote + 1) === QUOTE) {
        this.#quoted += '"';
        i = quote + 2;
        continue;
      }
      this.#inQuote = false;
      this.#fields.push(this.#quoted);
      this.#quoted = '';
      return quote + 1;
    }
  }

  /**
   * After a closing quote only spaces, then a comma or the line end, may
   * follow: the index of that comma or end, or -1 (reported) otherwise.
   */
  #afterQuote(text: string, i: number, line: number): number {
    let j = i;
    while (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB) j++;
    if (j === text.length || text.charCodeAt(j) === COMMA) {
      this.#sinceQuote = [];
      return j;
    }
    const field = this.#fields.length;
    if (this.#quoteLine < line) {
      // A quote "closing" lines below where it opened, followed by text, is an opening quote there:
      // the one above was stray. Read the lines after it again.
      const again = this.#sinceQuote;
      this.#fail(`malformed CSV: the quote opened on line ${this.#quoteLine} (field ${field}) is never closed (the quote on line ${line} opens a field there)`);
      this.#queue = [...again, ...this.#queue.slice(this.#head)];
      this.#head = 0;
      return -1;
    }
    this.#fail(`malformed CSV: text after the closing quote of field ${field} (expected a comma or the end of the line)`);
    return -1;
  }

  /** Past a field ending at `i`: the start of the next field, or -1 when the record ended (and was handed over). */
  #nextField(text: string, i: number): number {
    if (i >= text.length) {
      this.#sink.record(this.#fields, this.#recordLine);
      this.#fields = [];
      return -1;
    }
    // text[i] is a comma: a field follows, empty when the line ends there.
    return i + 1;
  }

  /** Report the record in progress as malformed and forget it. */
  #fail(reason: string): void {
    this.#sink.malformed(this.#recordLine, reason);
    this.#fields = [];
    this.#inQuote = false;
    this.#quoted = '';
    this.#sinceQuote = [];
  }
}
