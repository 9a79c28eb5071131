import { TimeZone } from '../../index.js';
import { escapeHtml } from './escape-html.js';

/** One kind of span on the timeline (drawn in the order given, later on top). */
export interface TimelineLayer {
  /** CSS class of the layer's rectangles, e.g. `span-counted`. */
  readonly className: string;
  readonly spans: readonly { readonly start: number; readonly end: number; readonly title: string }[];
  /** Draw at least this wide (px) so a 5-minute incident stays visible. */
  readonly minWidth?: number;
}

const DAY = 86_400_000;
const LABEL_WIDTH = 92;
const PLOT_WIDTH = 840;
const ROW_HEIGHT = 16;
const ROW_GAP = 4;
const AXIS_HEIGHT = 22;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Row {
  /** Real instants of the row. */
  readonly start: number;
  readonly end: number;
  /** Wall time (local, as if UTC) of the row's start, and the wall length the plot width stands for. */
  readonly wallStart: number;
  readonly wallScale: number;
  readonly label: string;
  readonly weekend: boolean;
}

/**
 * The period as an SVG timeline in local wall-clock time: one row per local
 * day for periods up to two months (x = hour of day, so nightly windows line
 * up; on DST days the skipped hour is blank and the repeated hour drawn
 * twice; the axis shows local hours), one row per local month otherwise (x = day of month). Each layer's
 * spans are rectangles with a tooltip.
 *
 * @example
 * ```ts
 * timelineSvg({ start, end }, 'Europe/Paris', [{ className: 'span-counted', spans: [{ start: a, end: b, title: 'outage' }] }]);
 * ```
 */
export function timelineSvg(period: { readonly start: number; readonly end: number }, zoneName: string, layers: readonly TimelineLayer[]): string {
  const zone = TimeZone.of(zoneName);
  const byDay = period.end - period.start <= 62 * DAY;
  const rows = byDay ? dayRows(period, zone) : monthRows(period, zone);
  const height = AXIS_HEIGHT + rows.length * (ROW_HEIGHT + ROW_GAP);
  const parts: string[] = [];
  parts.push(`<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LABEL_WIDTH + PLOT_WIDTH + 20} ${height}" role="img" aria-label="Timeline of the period, one row per ${byDay ? 'day' : 'month'}">`);
  parts.push(
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>',
  );
  parts.push(axis(byDay, rows.length));
  rows.forEach((row, i) => {
    const y = AXIS_HEIGHT + i * (ROW_HEIGHT + ROW_GAP);
    parts.push(`<g class="row${row.weekend ? ' weekend' : ''}">`);
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${y + ROW_HEIGHT - 4}" class="row-label">${escapeHtml(row.label)}</text>`);
    // The background covers the row's real time: a wall-clock hour skipped by DST stays blank.
    for (const [x1, x2] of wallPieces(zone, row, row.start, row.end)) {
      parts.push(`<rect x="${(LABEL_WIDTH + x1).toFixed(1)}" y="${y}" width="${(x2 - x1).toFixed(1)}" height="${ROW_HEIGHT}" class="row-bg"/>`);
    }
    for (const layer of layers) {
      for (const span of layer.spans) {
        const from = Math.max(span.start, row.start);
        const to = Math.min(span.end, row.end);
        if (to <= from) continue;
        for (const [x1, x2] of wallPieces(zone, row, from, to)) {
          const w = Math.max(x2 - x1, layer.minWidth ?? 0);
          parts.push(
            `<rect x="${(LABEL_WIDTH + x1).toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW_HEIGHT}" class="${layer.className}"><title>${escapeHtml(span.title)}</title></rect>`,
          );
        }
      }
    }
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function axis(byDay: boolean, rowCount: number): string {
  const ticks = byDay ? [0, 3, 6, 9, 12, 15, 18, 21, 24].map((h) => ({ at: h / 24, label: `${String(h).padStart(2, '0')}:00` })) : [1, 5, 10, 15, 20, 25, 31].map((d) => ({ at: (d - 1) / 31, label: String(d) }));
  const bottom = AXIS_HEIGHT + rowCount * (ROW_HEIGHT + ROW_GAP) - ROW_GAP;
  return ticks
    .map(({ at, label }) => {
      const x = (LABEL_WIDTH + at * PLOT_WIDTH).toFixed(1);
      return `<line x1="${x}" y1="${AXIS_HEIGHT - 4}" x2="${x}" y2="${bottom}" class="grid"/><text x="${x}" y="${AXIS_HEIGHT - 8}" class="tick">${label}</text>`;
    })
    .join('\n');
}

/** x ranges (px from the plot's left) of `[from, to)` within a row, split at UTC-offset changes. */
function wallPieces(zone: TimeZone, row: Row, from: number, to: number): [number, number][] {
  const x = (wall: number): number => ((wall - row.wallStart) / row.wallScale) * PLOT_WIDTH;
  const pieces: [number, number][] = [];
  let start = from;
  while (start < to) {
    const offset = zone.offsetMs(start);
    const change = zone.offsetMs(to - 1) === offset ? to : firstChange(zone, start, to, offset);
    pieces.push([x(start + offset), x(change + offset)]);
    start = change;
  }
  return pieces;
}

/** First instant in `(low, high)` whose offset differs from `offset` (binary search to the ms). */
function firstChange(zone: TimeZone, low: number, high: number, offset: number): number {
  let lo = low;
  let hi = high - 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zone.offsetMs(mid) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

function dayRows(period: { start: number; end: number }, zone: TimeZone): Row[] {
  const rows: Row[] = [];
  let wall = Math.floor(zone.toWall(period.start) / DAY) * DAY;
  let start = period.start;
  while (start < period.end) {
    const end = Math.min(period.end, zone.fromWall(wall + DAY, 'boundary'));
    const date = new Date(wall);
    const weekday = date.getUTCDay();
    rows.push({ start, end, wallStart: wall, wallScale: DAY, label: `${WEEKDAYS[weekday]} ${date.toISOString().slice(5, 10)}`, weekend: weekday === 0 || weekday === 6 });
    wall += DAY;
    start = end;
  }
  return rows;
}

function monthRows(period: { start: number; end: number }, zone: TimeZone): Row[] {
  const rows: Row[] = [];
  const first = new Date(zone.toWall(period.start));
  let wall = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  let start = period.start;
  while (start < period.end) {
    const date = new Date(wall);
    const next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    const end = Math.min(period.end, zone.fromWall(next, 'boundary'));
    rows.push({ start, end, wallStart: wall, wallScale: 31 * DAY, label: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`, weekend: false });
    wall = next;
    start = end;
  }
  return rows;
}
