/** Number, time and table formatting for the results page. */
import { formatLocal } from '../../src/index.js';
import { ZONE } from '../workload.js';

/** A Markdown table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const rule = headers.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [headers, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Calls per second: `5.21 M/s`, `12,345/s`, `87.5/s`. */
export function rate(opsPerSecond: number): string {
  if (!Number.isFinite(opsPerSecond)) return '—';
  if (opsPerSecond >= 1e6) return `${(opsPerSecond / 1e6).toFixed(2)} M/s`;
  if (opsPerSecond >= 100) return `${Math.round(opsPerSecond).toLocaleString('en')}/s`;
  return `${opsPerSecond.toPrecision(3)}/s`;
}

/** Time per call: `0.19 µs`, `712 µs`, `8.7 ms`. */
export function perCall(opsPerSecond: number): string {
  const micros = 1e6 / opsPerSecond;
  if (micros >= 1000) return `${(micros / 1000).toPrecision(3)} ms`;
  if (micros >= 10) return `${Math.round(micros)} µs`;
  return `${micros.toPrecision(2)} µs`;
}

/** A speed ratio: `×4,310`, `×1.8`. */
export function ratio(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 100 ? `×${Math.round(value).toLocaleString('en')}` : `×${value.toFixed(value >= 10 ? 0 : 2)}`;
}

/** `98.5 %` with one decimal, `100 %` only when exactly all. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '—';
  if (part === whole) return '100 %';
  const value = (part / whole) * 100;
  return `${Math.min(value, 99.9).toFixed(1)} %`;
}

/** Milliseconds with 2 decimals: `1.23 ms`. */
export function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

/** Whole thousands: `100,000`. */
export function count(value: number): string {
  return value.toLocaleString('en');
}

/** An instant as Berlin local time with offset: `2026-10-09T12:33:41.698+02:00`. */
export function local(instant: number): string {
  return Number.isFinite(instant) ? formatLocal(instant, ZONE) : String(instant);
}

/** A signed duration in readable units: `+12.082 s`, `−1 min 30.000 s`, `+2 h`. */
export function signedDuration(delta: number): string {
  const sign = delta < 0 ? '−' : '+';
  let rest = Math.abs(delta);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const parts = [hours ? `${hours} h` : '', minutes ? `${minutes} min` : '', rest ? `${(rest / 1000).toFixed(3)} s` : ''].filter(Boolean);
  return `${sign}${parts.join(' ') || '0'}`;
}

/** Met / not met / not measured. */
export function verdictMark(met: boolean | undefined): string {
  return met === undefined ? 'not measured' : met ? '**met**' : '**not met**';
}
