import type { MappedColumn } from '../../csv/csv-mapping.js';
import { plusMinutes, spacedDateTime } from '../export-formats.js';
import type { ImportProfile } from '../import-profile.js';

/**
 * UptimeRobot's log export (dashboard > Export logs, a CSV with the columns
 * Monitor, Event, Date-Time, Reason, Duration, Duration (in mins.), Monitor
 * URL), read as incidents: a `Down` row is the downtime [`Date-Time`,
 * `Date-Time` + `Duration (in mins.)`), its cause the `Reason` (e.g.
 * "Connection Timeout": map it to a contract's cause with `--cause-alias`
 * or `--map`); `Up`, `Started` and `Paused` rows hold no downtime (read and
 * used); another Event rejects the row. Date-Time is in the account's time
 * zone without offset: `--zone` is required.
 *
 * @example
 * ```ts
 * uptimeRobot.mapping('Europe/Paris').rows?.keep; // ["Down"]
 * ```
 */
export const uptimeRobot: ImportProfile = {
  id: 'uptimerobot',
  name: 'UptimeRobot log export (CSV)',
  input: 'incidents',
  source: {
    title: 'UptimeRobot monitor logs: Event (Down, Up, Started, Paused), date-time, reason, duration (API getMonitors logs: type 1 down, 2 up, 98 started, 99 paused)',
    url: 'https://uptimerobot.com/api',
  },
  times: 'local',
  zoneHint: "UptimeRobot writes Date-Time in the account's time zone, without offset (My Settings > Time zone)",
  summary: 'Down rows → [Date-Time, Date-Time + Duration (in mins.)), cause = Reason; Up/Started/Paused rows hold no downtime',
  mapping: (zone) => ({
    columns: new Map<string, MappedColumn>([
      ['start', { from: ['Date-Time'], convert: ([text = '']) => spacedDateTime(text, 'start') }],
      ['end', { from: ['Date-Time', 'Duration (in mins.)'], convert: ([text = '', minutes = '']) => plusMinutes(spacedDateTime(text, 'end'), requiredMinutes(minutes), zone, 'end', 'Duration (in mins.)') }],
      ['cause', { from: ['Reason'] }],
    ]),
    values: new Map(),
    rows: { from: 'Event', keep: ['Down'], skip: ['Up', 'Started', 'Paused'] },
  }),
};

/** A Down row's duration may not be empty: a placeholder that plusMinutes refuses, naming the column. */
function requiredMinutes(minutes: string): string {
  return minutes === '' ? '(empty)' : minutes;
}
