import { SlaInputError, SlaIntervalError } from '../errors.js';
import { type InstantInput, toInstant } from '../time/instant.js';

/**
 * One event to write with {@link toIcs}: a window or a due instant.
 *
 * @example
 * ```ts
 * const event: IcsExportEvent = { uid: 'T-1042-due@slakit', start: '2026-06-02T14:00:00Z', summary: 'T-1042 first response due' };
 * ```
 */
export interface IcsExportEvent {
  /** Stable unique id: a subscriber updates the event of the same UID. */
  readonly uid: string;
  /** Start, whole seconds (iCalendar has no milliseconds). */
  readonly start: InstantInput;
  /**
   * End (exclusive), whole seconds, not before `start`. Leave it out (or
   * equal to `start`) for a point in time such as a due instant: the event
   * is then written without DTEND (RFC 5545 §3.6.1: it ends where it starts),
   * since a DTEND must be later than DTSTART (§3.8.2.2).
   */
  readonly end?: InstantInput;
  /** One-line title. */
  readonly summary: string;
  /** Longer text; line breaks allowed. */
  readonly description?: string;
}

/**
 * Options of {@link toIcs}: the DTSTAMP of the events and the calendar's name.
 *
 * @example
 * ```ts
 * const options: IcsExportOptions = { stamp: '2026-03-01T00:00:00Z', name: 'ACME maintenance' };
 * ```
 */
export interface IcsExportOptions {
  /** DTSTAMP of every event: when the file was made (slakit reads no clock: give it). Whole seconds. */
  readonly stamp: InstantInput;
  /** The calendar's name, shown by calendar apps (X-WR-CALNAME). */
  readonly name?: string;
}

/**
 * An iCalendar text (RFC 5545) of `events`, for a team to subscribe to:
 * CRLF line ends, lines folded at 75 octets (never inside a UTF-8
 * character), TEXT escaped (`\\`, `;`, `,`, line breaks), a UID and
 * DTSTAMP per event, times in UTC (`…Z`) so every calendar app shows the
 * same instants. A zero-length event (a due instant) has DTSTART and no
 * DTEND: RFC 5545 requires DTEND later than DTSTART (§3.8.2.2), and an event
 * without one ends at its start (§3.6.1). Throws {@link SlaInputError} naming `events[i].start` (or
 * `end`, `uid`, `summary`) for an instant with milliseconds, an empty UID
 * or summary, a control character in a text, and {@link SlaIntervalError}
 * for an end before the start.
 *
 * @example
 * ```ts
 * const text = toIcs(
 *   [{ uid: 'nightly@2026-03-29', start: '2026-03-29T01:00:00Z', end: '2026-03-29T01:30:00Z', summary: 'Maintenance: nightly' }],
 *   { stamp: '2026-03-01T00:00:00Z', name: 'ACME maintenance' },
 * );
 * text.split('\r\n')[0]; // "BEGIN:VCALENDAR"
 * ```
 */
export function toIcs(events: readonly IcsExportEvent[], options: IcsExportOptions): string {
  if (!Array.isArray(events)) throw new SlaInputError('events', events, 'an array of { uid, start, end, summary, description? }');
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, '{ stamp, name? }');
  const stamp = utcText(wholeSeconds(options.stamp, 'stamp'));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//slakit//slakit//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(checkText(options.name, 'name'))}`);
  events.forEach((event, i) => {
    const at = `events[${i}]`;
    if (event === null || typeof event !== 'object') throw new SlaInputError(at, event, '{ uid, start, end, summary, description? }');
    const start = wholeSeconds(event.start, `${at}.start`);
    const end = event.end === undefined ? start : wholeSeconds(event.end, `${at}.end`);
    if (end < start) throw new SlaIntervalError(at, start, end);
    lines.push('BEGIN:VEVENT', `UID:${escapeText(checkText(event.uid, `${at}.uid`))}`, `DTSTAMP:${stamp}`, `DTSTART:${utcText(start)}`);
    if (end > start) lines.push(`DTEND:${utcText(end)}`);
    lines.push(`SUMMARY:${escapeText(checkText(event.summary, `${at}.summary`))}`);
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(checkText(event.description, `${at}.description`))}`);
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

function wholeSeconds(input: InstantInput, field: string): number {
  const ms = toInstant(input, field);
  if (ms % 1000 !== 0) throw new SlaInputError(field, input, 'an instant of whole seconds (iCalendar times have no milliseconds)');
  return ms;
}

function checkText(text: unknown, field: string): string {
  if (typeof text !== 'string' || text === '') throw new SlaInputError(field, text, 'a non-empty string');
  // RFC 5545 §3.3.11: TEXT holds no control character but the tab (line breaks are written as \n).
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw new SlaInputError(field, text, 'text without control characters (line breaks and tabs allowed)');
  return text;
}

/** `20260329T010000Z`. */
function utcText(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma escaped; a line break is `\n`. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const ENCODER = new TextEncoder();

/** RFC 5545 §3.1: lines of at most 75 octets, continued on the next line after a space; never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = ENCODER.encode(char).length;
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
