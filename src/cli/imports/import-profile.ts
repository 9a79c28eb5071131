import type { MappedColumn, RowKinds } from '../csv/csv-mapping.js';
import type { InputKind } from './input-kinds.js';

/**
 * A built-in import profile: how one product's export reads as one of
 * slakit's inputs (column names, formats, conversions), with the page that
 * documents the export.
 *
 * @example
 * ```ts
 * const profile: ImportProfile = zendesk;
 * profile.input; // "tickets"
 * ```
 */
export interface ImportProfile {
  /** The `--profile` value: `zendesk`. */
  readonly id: string;
  /** The export, as its product names it. */
  readonly name: string;
  /** The input it reads as. */
  readonly input: InputKind;
  /** The page that documents the export's columns and formats. */
  readonly source: { readonly title: string; readonly url: string };
  /**
   * How the export writes instants: `local` (no offset, in a zone the
   * export's account sets: the profile requires `--zone`, and `zoneHint`
   * says where that zone is set) or `utc`.
   */
  readonly times: 'local' | 'utc';
  readonly zoneHint?: string;
  /** What the profile does, for `--help` and docs. */
  readonly summary: string;
  /** The columns it reads, for a zone (`undefined` only when `times` is `utc`). */
  mapping(zone: string | undefined): ProfileMapping;
}

/**
 * What a profile maps: slakit columns from the export's, the export's
 * values, and the rows that hold no record.
 *
 * @example
 * ```ts
 * const mapping: ProfileMapping = { columns: new Map([['id', { from: ['ID'] }]]), values: new Map() };
 * ```
 */
export interface ProfileMapping {
  readonly columns: ReadonlyMap<string, MappedColumn>;
  readonly values: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly rows?: RowKinds;
}
