import { SlaInputError } from '../errors.js';
import { daysFromCivil, daysInMonth, MS_PER_DAY } from './civil.js';
import { checkLocalBound } from './year-range.js';
import { TimeZone } from './zone.js';

/**
 * An absolute instant as slakit accepts it: a `Date`, integer epoch
 * milliseconds, or an ISO 8601 string **with** an offset or `Z`
 * (`2026-06-01T08:00:00+02:00`, `2026-06-01T06:00Z`, and an offset with
 * seconds as RFC 9557 allows: `1905-01-01T00:09:21+00:09:21`).
 */
export type InstantInput = Date | number | string;

/**
 * Date, time, then `Z` or an offset `±hh`, `±hh:mm`, `±hhmm`, `±hh:mm:ss` or
 * `±hhmmss` (the separator of the seconds is the one of the minutes: group 11).
 */
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?:(:?)(\d{2})(?:\11(\d{2}))?)?)?$/;

/** Smallest and largest epoch ms accepted (years 1000 and 9999): wider is a typo, not a date. */
const MIN_INSTANT = Date.UTC(1000, 0, 1);
const MAX_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * Parse an instant; throws {@link SlaInputError} naming `field` on anything
 * that is not one: a string without offset (unless `zone` is given, in which
 * case it is read as local wall time there, DST `compatible`), an invalid
 * `Date`, NaN, ±Infinity, a fractional millisecond count, or an ISO string
 * whose seconds have non-zero digits past the millisecond
 * (`08:00:00.0005Z` is not truncated to `08:00:00.000Z`; `08:00:00.123000Z`
 * is fine). Instants are whole milliseconds between the years 1000 and 9999.
 *
 * @example
 * ```ts
 * toInstant('2026-06-01T16:00:00+02:00');            // 1780322400000
 * toInstant('2026-06-01T16:00', 'openedAt', 'Europe/Berlin'); // same instant
 * toInstant('2026-06-01T16:00', 'openedAt');          // throws SlaInputError (no offset)
 * ```
 */
export function toInstant(input: InstantInput, field = 'instant', zone?: string): number {
  // Small enough for the optimizer to inline into hot callers (`due`, `elapsed`): epoch ms then
  // cost a comparison, not a call returning a boxed number.
  if (isInstantMs(input)) return input + 0; // -0 → 0
  return parseInstant(input, field, zone);
}

/** {@link toInstant} for everything but in-range epoch ms: Dates, ISO strings, and the errors. */
function parseInstant(input: InstantInput, field: string, zone: string | undefined): number {
  let ms: number;
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) throw new SlaInputError(field, input, 'an integer number of epoch milliseconds');
    ms = input + 0; // -0 → 0
  } else if (input instanceof Date) {
    ms = input.getTime();
    if (Number.isNaN(ms)) throw new SlaInputError(field, input, 'a valid Date');
  } else if (typeof input === 'string') {
    ms = parseIso(input, field, zone);
  } else {
    throw new SlaInputError(field, input, 'a Date, epoch milliseconds or an ISO 8601 string with offset');
  }
  if (ms < MIN_INSTANT || ms > MAX_INSTANT) {
    throw new SlaInputError(field, input, 'an instant between the years 1000 and 9999');
  }
  return ms;
}

/**
 * Whether `input` is integer epoch milliseconds between the years 1000 and
 * 9999: then {@link toInstant} returns it unchanged (`-0` as `0`). Lets a
 * loop over many records skip building an error's field name for the
 * common input.
 * @internal
 */
export function isInstantMs(input: unknown): input is number {
  return typeof input === 'number' && Number.isInteger(input) && input >= MIN_INSTANT && input <= MAX_INSTANT;
}

/**
 * Fast path for the canonical form every system exports and slakit prints,
 * `YYYY-MM-DDTHH:MM:SS.sssZ` (24 characters): char-code arithmetic, no
 * regex, no allocation. Anything else (or an impossible date) returns
 * `undefined` and takes the general path, which also produces the errors.
 */
function parseCanonicalUtc(text: string): number | undefined {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 /* Z */ || text.charCodeAt(10) !== 84 /* T */) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 46) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  const seconds = digits(text, 17, 2);
  const millis = digits(text, 20, 3);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || millis < 0) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

/** The decimal number in `text[at, at + length)`, or -1 if a character is not a digit. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function parseIso(text: string, field: string, zone: string | undefined): number {
  const canonical = parseCanonicalUtc(text);
  if (canonical !== undefined) return canonical;
  const match = ISO_PATTERN.exec(text.trim());
  const expected = zone
    ? `an ISO 8601 date-time (offset optional, local to ${zone})`
    : 'an ISO 8601 instant with an offset or Z, e.g. "2026-06-01T08:00:00+02:00"';
  if (!match) throw new SlaInputError(field, text, expected);
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, , om, os] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = s === undefined ? 0 : Number(s);
  // Digits past the millisecond must be zeros: "08:00:00.0005Z" is not a whole millisecond and is
  // refused rather than truncated (the same rule as durations).
  if (frac !== undefined && /[1-9]/.test(frac.slice(3))) throw new SlaInputError(field, text, `${expected} (a whole number of milliseconds: digits past the third decimal of the seconds must be 0)`);
  const millis = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hours > 23 || minutes > 59 || seconds > 59) {
    throw new SlaInputError(field, text, `${expected} (a real calendar date and time)`);
  }
  const wall = daysFromCivil(year, month, day) * MS_PER_DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
  if (z !== undefined) return wall;
  if (sign !== undefined) {
    const offsetHours = Number(oh);
    const offsetMinutes = om === undefined ? 0 : Number(om);
    const offsetSeconds = os === undefined ? 0 : Number(os);
    if (offsetHours > 23 || offsetMinutes > 59 || offsetSeconds > 59) throw new SlaInputError(field, text, `${expected} (a valid offset)`);
    const offset = ((offsetHours * 60 + offsetMinutes) * 60 + offsetSeconds) * 1000 * (sign === '-' ? -1 : 1);
    return wall - offset;
  }
  if (zone === undefined) throw new SlaInputError(field, text, expected);
  return TimeZone.of(zone).fromWall(wall, 'compatible');
}

/**
 * ISO 8601 UTC with milliseconds, the form every slakit output uses (and
 * {@link toInstant} reads back). Throws {@link SlaInputError} naming `ms` for
 * anything but integer epoch milliseconds of the years 1000–9999.
 *
 * @example
 * ```ts
 * formatInstant(1780322400000); // "2026-06-01T14:00:00.000Z"
 * ```
 */
export function formatInstant(ms: number): string {
  if (!Number.isInteger(ms) || ms < MIN_INSTANT || ms > MAX_INSTANT) throw new SlaInputError('ms', ms, 'integer epoch milliseconds between the years 1000 and 9999');
  return new Date(ms).toISOString();
}

/**
 * ISO 8601 local date-time with the zone's offset, e.g.
 * `2026-06-01T16:00:00.000+02:00`, for explanations and reports; the offset
 * carries seconds when it has them (`1905-01-01T00:09:21.000+00:09:21`,
 * Paris mean time before 1911), so {@link toInstant} reads back the same
 * instant. Throws {@link SlaInputError} naming `ms` unless it is integer
 * epoch milliseconds whose local time is in the local years 1900–2300 or
 * is their end, 2301-01-01T00:00 local: the exclusive end of the periods
 * `2300-12`, `2300-Q4` and `2300`, which reports write (see
 * `CALENDAR_YEAR_RANGE`).
 *
 * @example
 * ```ts
 * formatLocal(1780322400000, 'Europe/Berlin');    // "2026-06-01T16:00:00.000+02:00"
 * formatLocal(-315619200000, 'Africa/Monrovia');  // "1959-12-31T23:15:30.000-00:44:30"
 * formatLocal(10445324400000, 'Europe/Paris');    // "2301-01-01T00:00:00.000+01:00", the end of the range
 * formatLocal(10445324400001, 'Europe/Paris');    // throws SlaInputError: ms: expected an instant in the local years 1900–2300 or their end …
 * ```
 */
export function formatLocal(ms: number, zone: string): string {
  const tz = TimeZone.of(zone);
  if (!Number.isInteger(ms) || Math.abs(ms) > 8.64e15) throw new SlaInputError('ms', ms, 'integer epoch milliseconds');
  const offset = tz.offsetMs(ms);
  checkLocalBound(ms + offset, 'ms', ms);
  return `${new Date(ms + offset).toISOString().slice(0, 23)}${offsetText(offset)}`;
}

/** `+02:00`, `-03:30`, `+00:09:21`: an offset of whole seconds, with its seconds only when it has some. */
function offsetText(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const seconds = Math.abs(offsetMs) / 1000;
  const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  const ss = seconds % 60;
  return `${sign}${hh}:${mm}${ss === 0 ? '' : `:${String(ss).padStart(2, '0')}`}`;
}
