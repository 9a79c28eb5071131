import type { CliOutput } from './command.js';

/** How much report text is gathered before it is handed to the output: a few write calls per megabyte. */
const PIECE_CHARS = 64 * 1024;

/**
 * A report written piece by piece: text is gathered and handed to
 * `output.report` in pieces of about 64 KiB (never one string of the whole
 * report), and {@link ReportStream.ready} says when the output can take
 * more (its backpressure), so that a command reading as it writes reads no
 * faster than its report is written.
 *
 * @example
 * ```ts
 * const report = new ReportStream(output);
 * for (const line of lines) {
 *   report.write(`${line}\n`);
 *   await report.ready();
 * }
 * report.end();
 * ```
 */
export class ReportStream {
  readonly #output: CliOutput;
  #pieces: string[] = [];
  #chars = 0;

  constructor(output: CliOutput) {
    this.#output = output;
  }

  /** Add text to the report (handed on once a piece is full). */
  write(text: string): void {
    this.#pieces.push(text);
    this.#chars += text.length;
    if (this.#chars >= PIECE_CHARS) this.#flush();
  }

  /** Resolves when the output can take more text (at once when it has no backpressure). */
  ready(): Promise<void> {
    return this.#output.ready?.() ?? Promise.resolve();
  }

  /** Hand on what is left. */
  end(): void {
    this.#flush();
  }

  #flush(): void {
    if (this.#chars === 0) return;
    this.#output.report(this.#pieces.join(''));
    this.#pieces = [];
    this.#chars = 0;
  }
}
