/** One rejected input row: its 1-based file line (the header is line 1) and why. */
export interface RejectedRow {
  readonly line: number;
  /** Names the column and the value, e.g. `openedAt: expected an ISO 8601 instant …, got "yesterday"`. */
  readonly reason: string;
}

/** The row counts of one input file; `read = used + rejected`, always. */
export interface RowCounts {
  readonly read: number;
  readonly used: number;
  readonly rejected: number;
}

/**
 * The books of one CSV file: every data row read is either used or rejected
 * (with its line and reason), never silently dropped. Blank lines are not
 * rows. A row first used and later found unusable (a duplicate id, a ticket
 * the contract refuses) is moved to the rejected side with
 * {@link RowLedger.revoke}.
 *
 * @example
 * ```ts
 * const ledger = new RowLedger('tickets.csv');
 * ledger.use();
 * ledger.reject(3, 'priority: expected one of p1, p2, got "p9"');
 * ledger.counts(); // { read: 2, used: 1, rejected: 1 }
 * ```
 */
export class RowLedger {
  /** The file, as named on the command line. */
  readonly file: string;
  #read = 0;
  #used = 0;
  readonly #rejected: RejectedRow[] = [];

  constructor(file: string) {
    this.file = file;
  }

  /** A row was read and used. */
  use(): void {
    this.#read++;
    this.#used++;
  }

  /** A row was read and rejected. */
  reject(line: number, reason: string): void {
    this.#read++;
    this.#rejected.push({ line, reason });
  }

  /** A row counted as used turns out unusable: move it to the rejected side. */
  revoke(line: number, reason: string): void {
    if (this.#used === 0) throw new Error(`RowLedger(${this.file}): revoke(${line}) with no used row`);
    this.#used--;
    this.#rejected.push({ line, reason });
  }

  /** Rejected rows in line order. */
  rejected(): RejectedRow[] {
    return [...this.#rejected].sort((a, b) => a.line - b.line);
  }

  /** The counts; asserts `read = used + rejected`. */
  counts(): RowCounts {
    const counts = { read: this.#read, used: this.#used, rejected: this.#rejected.length };
    if (counts.read !== counts.used + counts.rejected) {
      throw new Error(`RowLedger(${this.file}): rows read ${counts.read} ≠ used ${counts.used} + rejected ${counts.rejected}`);
    }
    return counts;
  }
}
