const LF = 10;

/** A chunk of input and the 1-based line its first byte is on. */
interface Chunk {
  readonly bytes: Uint8Array;
  /** Offset of its first byte in the whole input. */
  readonly firstByte: number;
  readonly firstLine: number;
  /** The line its last byte is on (`firstLine` + the LFs in it). */
  readonly lastLine: number;
  /** The last line start found in it (`startOf`), to go on from: readers resume at later and later lines. */
  knownLine: number;
  knownOffset: number;
}

/**
 * Input bytes that can be read again from the start of any line not yet
 * released: the chunks pulled from the source are kept, with the line each
 * starts on, until {@link LineSpool.release} says no reader will come back
 * before a later line. Works the same for a file and for standard input,
 * which cannot be opened again; what it keeps is the text of the record in
 * progress (plus what the reader has read ahead).
 *
 * A line ends with LF (a CR before it is part of the line).
 *
 * @example
 * ```ts
 * const spool = new LineSpool(['a\nb\n', 'c\n'][Symbol.iterator]());
 * for await (const bytes of spool.from(2)) process.stdout.write(bytes); // "b\nc\n"
 * await spool.close();
 * ```
 */
export class LineSpool {
  readonly #source: AsyncIterator<Uint8Array | string> | Iterator<Uint8Array | string>;
  /** Kept chunks; `#chunks[i]` has sequence number `#base + i`. */
  #chunks: Chunk[] = [];
  #base = 0;
  /** The line the next pulled byte is on, and its offset in the whole input. */
  #line = 1;
  #byte = 0;
  #ended = false;
  #pulling: Promise<void> | undefined;

  constructor(source: AsyncIterator<Uint8Array | string> | Iterator<Uint8Array | string>) {
    this.#source = source;
  }

  /**
   * The input from the first byte of `line` on (nothing if the input has
   * fewer lines); `origin` is told that byte's offset in the whole input
   * before the first piece comes.
   */
  async *from(line: number, origin: (byte: number) => void = () => {}): AsyncGenerator<Uint8Array> {
    let seq = this.#base;
    let first = true;
    for (;;) {
      if (seq < this.#base) seq = this.#base;
      if (seq === this.#base + this.#chunks.length) {
        if (this.#ended) return;
        await this.#pull();
        continue;
      }
      const chunk = this.#chunks[seq - this.#base] as Chunk;
      seq++;
      if (chunk.lastLine < line) continue;
      const start = chunk.firstLine >= line ? 0 : startOf(chunk, line);
      if (first) origin(chunk.firstByte + start);
      first = false;
      yield start === 0 ? chunk.bytes : chunk.bytes.subarray(start);
    }
  }

  /** The line of the byte at `byte` in the whole input (kept, or just past the last kept byte). */
  lineOf(byte: number): number {
    let index = this.#chunks.length - 1;
    while (index >= 0 && (this.#chunks[index] as Chunk).firstByte > byte) index--;
    const chunk = this.#chunks[index];
    if (chunk === undefined) throw new Error(`LineSpool: byte ${byte} is no longer kept`);
    const offset = Math.min(byte - chunk.firstByte, chunk.bytes.length);
    let line = chunk.knownOffset <= offset ? chunk.knownLine : chunk.firstLine;
    let start = chunk.knownOffset <= offset ? chunk.knownOffset : 0;
    for (let i = chunk.bytes.indexOf(LF, start); i >= 0 && i < offset; i = chunk.bytes.indexOf(LF, i + 1)) {
      line++;
      start = i + 1;
    }
    chunk.knownLine = line;
    chunk.knownOffset = start;
    return line;
  }

  /** No reader will ask for a line before `line`: forget the chunks that end before it starts. */
  release(line: number): void {
    let drop = 0;
    while (drop < this.#chunks.length - 1 && (this.#chunks[drop] as Chunk).lastLine < line) drop++;
    if (drop === 0) return;
    this.#chunks = this.#chunks.slice(drop);
    this.#base += drop;
  }

  /** Stop reading the source (closes a file that was not read to its end). */
  async close(): Promise<void> {
    this.#chunks = [];
    if (!this.#ended) {
      this.#ended = true;
      await this.#source.return?.();
    }
  }

  /** Pull one chunk; pulls never overlap, so chunks keep their order whichever reader asked. */
  #pull(): Promise<void> {
    this.#pulling ??= (async () => {
      try {
        const next = await this.#source.next();
        if (next.done === true) {
          this.#ended = true;
          return;
        }
        const bytes = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
        const firstLine = this.#line;
        this.#line += countLineEnds(bytes);
        this.#chunks.push({ bytes, firstByte: this.#byte, firstLine, lastLine: this.#line, knownLine: firstLine, knownOffset: 0 });
        this.#byte += bytes.length;
      } finally {
        this.#pulling = undefined;
      }
    })();
    return this.#pulling;
  }
}

function countLineEnds(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) count++;
  return count;
}

/** The offset in `chunk` where `line` starts (firstLine < line ≤ lastLine), found from the last one known. */
function startOf(chunk: Chunk, line: number): number {
  let at = chunk.knownLine <= line ? chunk.knownLine : chunk.firstLine;
  let offset = chunk.knownLine <= line ? chunk.knownOffset : 0;
  for (; at < line; at++) offset = chunk.bytes.indexOf(LF, offset) + 1;
  chunk.knownLine = line;
  chunk.knownOffset = offset;
  return offset;
}
