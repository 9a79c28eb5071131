import type { MappedColumn } from '../../csv/csv-mapping.js';
import { jiraDateTime } from '../export-formats.js';
import type { ImportProfile } from '../import-profile.js';

/**
 * Jira Service Management's issue export (Filters > Export > CSV): `Issue
 * key` → id, `Priority` → priority, `Created` → openedAt, `Resolved` →
 * respondedAt (the export has no first-response date: map another column,
 * e.g. a custom date field, to respondedAt with `--map` for a
 * first-response target). Dates are in Jira's default format `dd/MMM/yy
 * h:mm a`, in the exporting user's time zone without offset: `--zone` is
 * required. Jira's priorities (Highest, High, Medium, Low, Lowest) are
 * mapped to a contract's with a `--map` file.
 *
 * @example
 * ```ts
 * jiraServiceManagement.mapping('Europe/Paris').columns.get('id')?.from; // ["Issue key"]
 * ```
 */
export const jiraServiceManagement: ImportProfile = {
  id: 'jira-service-management',
  name: 'Jira Service Management issue CSV export',
  input: 'tickets',
  source: {
    title: "Jira REST API reference, Jira settings: jira.date.time.picker.java.format (the date-time format, default dd/MMM/yy h:mm a)",
    url: 'https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-jira-settings/',
  },
  times: 'local',
  zoneHint: "Jira writes dates in the exporting user's time zone, without offset (Profile > Personal settings > Time zone)",
  summary: 'Issue key, Priority, Created, Resolved (dd/MMM/yy h:mm a)',
  mapping: () => ({
    columns: new Map<string, MappedColumn>([
      ['id', { from: ['Issue key'] }],
      ['priority', { from: ['Priority'] }],
      ['openedAt', { from: ['Created'], convert: ([text = '']) => jiraDateTime(text, 'openedAt') }],
      ['respondedAt', { from: ['Resolved'], convert: ([text = '']) => jiraDateTime(text, 'respondedAt') }],
    ]),
    values: new Map(),
  }),
};
