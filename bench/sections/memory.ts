/**
 * Memory per indexed local year. The engine stores 24 bytes per open
 * interval (two Float64 bounds and one Float64 prefix sum); the interval
 * count comes from the public API (`openIntervals(…).size`). What a cached
 * year really retains is measured in a fresh process (memory-measure.ts,
 * `--expose-gc`): in this one, earlier sections' garbage and V8's bytecode
 * flushing move the heap by more than a year's index.
 */
import { runChild } from '../child.js';
import { workloadCalendar } from '../workload.js';

/** Bytes retained per cached year: typed-array backing stores and JS heap. */
export interface RetainedPerYear {
  readonly arrayBuffers: number;
  readonly heap: number;
  readonly meanIntervals: number;
}

export interface MemoryResult {
  readonly year: number;
  readonly intervals: number;
  /** intervals × 24 bytes. */
  readonly indexBytes: number;
  readonly yearsMeasured: number;
  /** Holidays from a precomputed list: slakit's own retention. */
  readonly list: RetainedPerYear;
  /** The default date-holidays path: plus the holiday source's caches. */
  readonly dateHolidays: RetainedPerYear;
}

const BYTES_PER_INTERVAL = 24;

export function runMemory(): MemoryResult {
  const year = 2027;
  const intervals = workloadCalendar().openIntervals(Date.parse('2027-01-01T00:00:00+01:00'), Date.parse('2028-01-01T00:00:00+01:00')).size;
  const measured = runChild<Pick<MemoryResult, 'yearsMeasured' | 'list' | 'dateHolidays'>>(new URL('./memory-measure.ts', import.meta.url), { nodeFlags: ['--expose-gc'] });
  return { year, intervals, indexBytes: intervals * BYTES_PER_INTERVAL, ...measured };
}
