import type { ProbeSeries } from '../../index.js';
import { type CsvSource, readCsv } from '../csv/csv-reader.js';
import { booleanColumn, instantColumn, optionalNumberColumn } from '../csv/fields.js';
import { RowLedger } from '../csv/row-ledger.js';

/** Columns of a probe export: `at,ok,latencyMs` (latencyMs may be empty). */
export const PROBE_COLUMNS = { required: ['at', 'ok'], optional: ['latencyMs'] } as const;

/** Probes read from a file, in column form, with the file's books. */
export interface ProbeFile {
  readonly series: ProbeSeries;
  readonly ledger: RowLedger;
}

/**
 * Growable parallel typed arrays: capacity doubles when full, so a million
 * probes cost about 17 bytes each (plus at most as much spare capacity),
 * never a JS object per probe.
 */
class ProbeColumns {
  #at = new Float64Array(1024);
  #ok = new Uint8Array(1024);
  #latency = new Float64Array(1024);
  #size = 0;

  push(at: number, ok: boolean, latencyMs: number): void {
    if (this.#size === this.#at.length) this.#grow();
    this.#at[this.#size] = at;
    this.#ok[this.#size] = ok ? 1 : 0;
    this.#latency[this.#size] = latencyMs;
    this.#size++;
  }

  #grow(): void {
    const capacity = this.#at.length * 2;
    const at = new Float64Array(capacity);
    at.set(this.#at);
    const ok = new Uint8Array(capacity);
    ok.set(this.#ok);
    const latency = new Float64Array(capacity);
    latency.set(this.#latency);
    this.#at = at;
    this.#ok = ok;
    this.#latency = latency;
  }

  /** Views of the filled part (no copy). */
  series(): ProbeSeries {
    return { at: this.#at.subarray(0, this.#size), ok: this.#ok.subarray(0, this.#size), latencyMs: this.#latency.subarray(0, this.#size) };
  }
}

/**
 * Stream a probe CSV (`at,ok,latencyMs`) into a {@link ProbeSeries}. `ok`
 * is `true`/`false`/`1`/`0`; an empty `latencyMs` means "not measured" and
 * the probe is judged by `ok` alone (stored as 0 ms). Rows with a bad value
 * are rejected with their line.
 *
 * @example
 * ```ts
 * const { series, ledger } = await readProbeFile(csvSource('probes.csv'));
 * series.at.length === ledger.counts().used; // true
 * ```
 */
export async function readProbeFile(source: CsvSource, zone?: string): Promise<ProbeFile> {
  const ledger = new RowLedger(source.name);
  const columns = new ProbeColumns();
  await readCsv(source, PROBE_COLUMNS, ledger, (row) => {
    const at = instantColumn(row, 'at', zone);
    const ok = booleanColumn(row, 'ok');
    const latency = optionalNumberColumn(row, 'latencyMs');
    columns.push(at, ok, latency ?? 0);
  });
  return { series: columns.series(), ledger };
}
