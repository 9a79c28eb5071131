/**
 * What the benchmark asks of every library: the same two questions, in
 * batches, so each implementation's loop is its own (monomorphic) code and
 * the harness adds nothing per call.
 */
import { readFileSync } from 'node:fs';

/** One library under test, configured for the workload calendar. */
export interface Peer {
  /** Stable id (used by the zone-blind worker). */
  readonly id: string;
  /** Display name with version, e.g. `moment-business-time 2.0.0`. */
  readonly label: string;
  /** How it was configured, and any limitation, for the docs. */
  readonly note: string;
  /** Whether it reads local time from the process (`TZ`) instead of a zone. */
  readonly zoneBlind: boolean;
  /**
   * out[i] = due instant (epoch ms) of `targetMs` business ms from starts[i],
   * for i < count; NaN where the library cannot answer.
   */
  readonly dueAll?: (starts: Float64Array, count: number, targetMs: number, out: Float64Array) => void;
  /** out[i] = business ms in [from[i], to[i]), for i < count; NaN where it cannot answer. */
  readonly elapsedAll?: (from: Float64Array, to: Float64Array, count: number, out: Float64Array) => void;
}

/** Installed version of a package, read from its package.json. */
export function packageVersion(name: string): string {
  return readVersion(new URL(`../../node_modules/${name}/package.json`, import.meta.url));
}

/** slakit's own version (this repository). */
export function slakitVersion(): string {
  return readVersion(new URL('../../package.json', import.meta.url));
}

function readVersion(url: URL): string {
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
