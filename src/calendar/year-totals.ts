/**
 * Running totals of open time per local year, so that the open time of any
 * run of whole years is one subtraction: `elapsed` over 50 years costs what
 * it costs over one, once the years are known.
 *
 * Totals are plain numbers kept for every year ever indexed (three numbers
 * a year), also after the year's index is dropped from the cache. Sums are of
 * whole milliseconds below 2^53 (401 years × 3.2e10 ms), so they are exact.
 * @internal
 */
export class YearTotals {
  /** Local year of slot 0. */
  #first = 0;
  // Plain arrays: a calendar usually knows a handful of years, for which typed arrays cost more than they hold.
  /** totals[i]: open ms of year first + i, or NaN when not known yet. */
  #totals: number[] = [];
  /** running[i]: open ms of the known years in [first, first + i). */
  #running: number[] = [0];
  /** known[i]: how many years of [first, first + i) are known. */
  #known: number[] = [0];

  /** Whether the total of `year` is known. */
  has(year: number): boolean {
    const i = year - this.#first;
    return i >= 0 && i < this.#totals.length && !Number.isNaN(this.#totals[i] as number);
  }

  /** Record the open ms of `year` (once per year; later calls are ignored). O(years recorded). */
  record(year: number, total: number): void {
    if (this.has(year)) return;
    const count = this.#totals.length;
    if (count === 0 || year < this.#first || year >= this.#first + count) {
      const first = count === 0 ? year : Math.min(year, this.#first);
      const last = count === 0 ? year : Math.max(year, this.#first + count - 1);
      const totals = new Array<number>(last - first + 1).fill(Number.NaN);
      for (let i = 0; i < count; i++) totals[this.#first - first + i] = this.#totals[i] as number;
      this.#first = first;
      this.#totals = totals;
    }
    this.#totals[year - this.#first] = total;
    const totals = this.#totals;
    let sum = 0;
    let known = 0;
    for (let i = 0; i < totals.length; i++) {
      const value = totals[i] as number;
      if (!Number.isNaN(value)) {
        sum += value;
        known++;
      }
      this.#running[i + 1] = sum;
      this.#known[i + 1] = known;
    }
  }

  /**
   * Open ms of the whole local years `from` … `to` (inclusive; 0 when
   * `from > to`), or NaN when one of them is not known. O(1).
   */
  between(from: number, to: number): number {
    if (from > to) return 0;
    const i = from - this.#first;
    const j = to + 1 - this.#first;
    if (i < 0 || j > this.#totals.length) return Number.NaN;
    if ((this.#known[j] as number) - (this.#known[i] as number) !== j - i) return Number.NaN;
    return (this.#running[j] as number) - (this.#running[i] as number);
  }
}
