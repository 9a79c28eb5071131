import type { MappedColumn } from '../../csv/csv-mapping.js';
import { plusMinutes, spacedDateTime } from '../export-formats.js';
import type { ImportProfile } from '../import-profile.js';

/**
 * Zendesk's ticket CSV export (Admin Center > Account > Tools > Reports >
 * Export): `ID` → id, `Priority` → priority, `Created at` → openedAt, and
 * respondedAt = `Created at` + `First reply time in minutes` (empty: no
 * reply yet, an open ticket). Zendesk writes dates in the account's time
 * zone without offset: `--zone` is required. Zendesk's priorities (Low,
 * Normal, High, Urgent) are mapped to a contract's with a `--map` file.
 *
 * @example
 * ```ts
 * zendesk.mapping('America/New_York').columns.get('openedAt')?.from; // ["Created at"]
 * ```
 */
export const zendesk: ImportProfile = {
  id: 'zendesk',
  name: 'Zendesk ticket data CSV export',
  input: 'tickets',
  source: { title: 'Zendesk help: Exporting data to a JSON, CSV, or XML file (CSV export: ticket data)', url: 'https://support.zendesk.com/hc/en-us/articles/4408886165402' },
  times: 'local',
  zoneHint: "Zendesk's CSV export writes dates in the account's time zone, without offset (Admin Center > Account > Localization)",
  summary: 'ID, Priority, Created at; respondedAt = Created at + First reply time in minutes',
  mapping: (zone) => ({
    columns: new Map<string, MappedColumn>([
      ['id', { from: ['ID'] }],
      ['priority', { from: ['Priority'] }],
      ['openedAt', { from: ['Created at'], convert: ([created = '']) => spacedDateTime(created, 'openedAt') }],
      [
        'respondedAt',
        {
          from: ['Created at', 'First reply time in minutes'],
          convert: ([created = '', minutes = '']) => plusMinutes(spacedDateTime(created, 'respondedAt'), minutes, zone, 'respondedAt', 'First reply time in minutes'),
        },
      ],
    ]),
    values: new Map(),
  }),
};
