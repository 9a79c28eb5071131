import type { MappedColumn } from '../../csv/csv-mapping.js';
import { spacedDateTime } from '../export-formats.js';
import type { ImportProfile } from '../import-profile.js';

/**
 * Uptime Kuma's heartbeats, as its database gives them (Uptime Kuma has no
 * CSV export button; the maintainers point to the `heartbeat` table:
 * `sqlite3 -header -csv kuma.db "select time, status, ping, msg from
 * heartbeat where monitor_id = 1 order by time"`), read as probes: `time`
 * → at (UTC, written `YYYY-MM-DD HH:MM:SS.sss` without offset: no
 * `--zone` needed), `status` → ok (1 up, 0 down; 2 pending and 3
 * maintenance are rejected unless a `--map` maps them), `ping` →
 * latencyMs.
 *
 * @example
 * ```ts
 * uptimeKuma.mapping(undefined).columns.get('ok')?.from; // ["status"]
 * ```
 */
export const uptimeKuma: ImportProfile = {
  id: 'uptime-kuma',
  name: 'Uptime Kuma heartbeats (the heartbeat table as CSV)',
  input: 'probes',
  source: {
    title: 'Uptime Kuma issue #1101 "Export events/heartbeats as csv" (workaround: sqlite3 -csv kuma.db "select time,msg from heartbeat;"); server/model/monitor.js stores time as R.isoDateTimeMillis(dayjs.utc())',
    url: 'https://github.com/louislam/uptime-kuma/issues/1101',
  },
  times: 'utc',
  summary: 'time (UTC) → at, status (1 up, 0 down) → ok, ping → latencyMs',
  mapping: () => ({
    columns: new Map<string, MappedColumn>([
      ['at', { from: ['time'], convert: ([text = '']) => (text === '' ? '' : `${spacedDateTime(text, 'at')}Z`) }],
      ['ok', { from: ['status'] }],
      ['latencyMs', { from: ['ping'] }],
    ]),
    values: new Map(),
  }),
};
