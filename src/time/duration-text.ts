import { MS_PER_HOUR, MS_PER_MINUTE } from './civil.js';

/**
 * A duration for explanations: hours, minutes, seconds and milliseconds,
 * zero parts left out (`26748000` → `"7 h 25 min 48 s"`, `0` → `"0 s"`).
 * @internal
 */
export function durationText(ms: number): string {
  if (ms === 0) return '0 s';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  const parts: string[] = [];
  const hours = Math.floor(rest / MS_PER_HOUR);
  rest -= hours * MS_PER_HOUR;
  const minutes = Math.floor(rest / MS_PER_MINUTE);
  rest -= minutes * MS_PER_MINUTE;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  if (hours) parts.push(`${hours} h`);
  if (minutes) parts.push(`${minutes} min`);
  if (seconds) parts.push(`${seconds} s`);
  if (millis) parts.push(`${millis} ms`);
  return sign + parts.join(' ');
}
