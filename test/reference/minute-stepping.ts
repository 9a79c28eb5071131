/**
 * A slow, obviously-correct reference for business time (issue 7, last
 * acceptance paragraph): it walks the clock one minute at a time and asks
 * luxon what the local weekday, wall time and date are at each minute.
 * Nothing here shares code with src/: the schedule is parsed again, the local
 * reading comes from `DateTime.fromMillis(t, { zone })`, holidays are a plain
 * set of local dates.
 *
 * The minute `[t, t + 1 min)` is open when
 * - `t` lies in one of the `extraOpen` intervals, or
 * - the weekly rules say so: the local date at `t` is not a closed date, and
 *   the local wall time at `t` lies in a range of that weekday, or in the part
 *   after midnight of an overnight range (`22:00-06:00`) of the previous
 *   weekday;
 * - except that wall-clock times seen a second time (after the clocks go back)
 *   change nothing: until the wall clock passes the latest wall time already
 *   seen, the weekly rules keep the answer they gave just before the clocks
 *   went back. This is the overlap rule of docs/semantics.md §1 (a wall time seen twice is
 *   the earlier instant): every range bound inside a repeated hour already
 *   took effect during its first occurrence.
 *
 * A spring-forward gap needs no rule: wall times inside it are never read,
 * so a bound there takes effect at the first minute after it, as §0 says.
 *
 * Precondition: every instant is on a minute boundary (epoch ms divisible by
 * 60 000), and so are range bounds, extraOpen bounds and the zones' DST
 * changes, so openness is constant inside a minute.
 */
import { DateTime, IANAZone } from 'luxon';

/** What the reference needs to know about a calendar. */
export interface ReferenceCalendar {
  /** IANA zone. */
  readonly zone: string;
  /** Ranges per weekday key, "HH:MM-HH:MM"; end <= start runs overnight. */
  readonly week: { readonly [day: string]: readonly string[] | undefined };
  /** Local dates YYYY-MM-DD that are closed all day. */
  readonly closedDates?: ReadonlySet<string>;
  /** Epoch-ms intervals [start, end) open whatever the rest says. */
  readonly extraOpen?: readonly (readonly [number, number])[];
}

const MINUTE = 60_000;
/** Every walk starts this early, so that a repeated hour begun before the walk is recognised (repeats last ≤ 1 h). */
const LOOK_BACK = 120 * MINUTE;
/** luxon weekday (1 = Monday) → schedule key. */
const DAY_KEYS = ['', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

interface Range {
  readonly from: number;
  readonly to: number;
}

function minutesOf(text: string): number {
  const [hours, minutes] = text.trim().split(':').map(Number);
  return (hours as number) * 60 + (minutes as number);
}

/** Ranges of one weekday as [from, to) minutes of that local day, overnight ones running past 1440. */
function rangesOf(calendar: ReferenceCalendar, key: string): Range[] {
  return (calendar.week[key] ?? []).map((text) => {
    const [start, end] = text.split('-') as [string, string];
    const from = minutesOf(start);
    const to = minutesOf(end);
    return { from, to: to > from ? to : to + 1440 };
  });
}

function requireMinute(t: number, field: string): void {
  if (!Number.isInteger(t) || t % MINUTE !== 0) throw new Error(`reference: ${field} must be on a minute boundary, got ${t}`);
}

/** The weekly rules (schedule and closed dates) at one local reading. */
function rulesSayOpen(calendar: ReferenceCalendar, ranges: ReadonlyMap<string, readonly Range[]>, local: DateTime): boolean {
  if (calendar.closedDates && calendar.closedDates.size > 0 && calendar.closedDates.has(local.toISODate() as string)) return false;
  const minute = local.hour * 60 + local.minute;
  const today = DAY_KEYS[local.weekday] as string;
  const yesterday = DAY_KEYS[local.weekday === 1 ? 7 : local.weekday - 1] as string;
  for (const range of ranges.get(today) ?? []) if (range.from <= minute && minute < range.to) return true;
  for (const range of ranges.get(yesterday) ?? []) if (minute + 1440 < range.to) return true;
  return false;
}

/** Openness of each minute from `from` on, one luxon reading per minute. */
function* minutesFrom(calendar: ReferenceCalendar, from: number): Generator<{ t: number; open: boolean }> {
  requireMinute(from, 'from');
  const zone = IANAZone.create(calendar.zone);
  if (!zone.isValid) throw new Error(`reference: unknown zone ${calendar.zone}`);
  const ranges = new Map<string, Range[]>();
  for (const key of DAY_KEYS.slice(1)) ranges.set(key, rangesOf(calendar, key));
  let latestWall = Number.NEGATIVE_INFINITY;
  let rulesOpen = false;
  for (let t = from - LOOK_BACK; ; t += MINUTE) {
    const local = DateTime.fromMillis(t, { zone });
    const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
    if (wall > latestWall) {
      latestWall = wall;
      rulesOpen = rulesSayOpen(calendar, ranges, local);
    } // else: a repeated wall time — the rules keep their answer (§0, earlier instant)
    if (t < from) continue;
    const extra = (calendar.extraOpen ?? []).some(([start, end]) => start <= t && t < end);
    yield { t, open: extra || rulesOpen };
  }
}

/** Whether the calendar is open during the minute starting at `t`. */
export function isOpenRef(calendar: ReferenceCalendar, t: number): boolean {
  for (const minute of minutesFrom(calendar, t)) return minute.open;
  return false;
}

/** Open ms in [a, b), one minute at a time. */
export function elapsedRef(calendar: ReferenceCalendar, a: number, b: number): number {
  requireMinute(b, 'b');
  if (b < a) throw new Error('reference: b < a');
  let open = 0;
  for (const { t, open: isOpen } of minutesFrom(calendar, a)) {
    if (t >= b) break;
    if (isOpen) open += MINUTE;
  }
  return open;
}

/**
 * The earliest d with elapsedRef(start, d) === target, walking at most
 * `maxMinutes` minutes; `null` when the target is not reached by then.
 */
export function dueRef(calendar: ReferenceCalendar, start: number, target: number, maxMinutes = 60 * 24 * 366): number | null {
  requireMinute(start, 'start');
  if (target === 0) return start;
  let open = 0;
  for (const { t, open: isOpen } of minutesFrom(calendar, start)) {
    if (t >= start + maxMinutes * MINUTE) return null;
    if (!isOpen) continue;
    if (open + MINUTE >= target) return t + (target - open);
    open += MINUTE;
  }
  return null;
}
