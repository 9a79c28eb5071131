/**
 * Where a rule comes from: the seed document, the section and the contract's
 * own words (French for the five presets).
 *
 * @example
 * ```ts
 * const source: SourceRef = {
 *   document: '000_b3c9307fe0ff903c.txt',
 *   section: '§5',
 *   quote: 'Les temps d'arrêt de moins de 5 minutes ne sont pas enregistrés.',
 * };
 * ```
 */
export interface SourceRef {
  /** Seed file name (e.g. `000_b3c9307fe0ff903c.txt`) or any document id. */
  readonly document: string;
  /** Section or clause within the document (e.g. `§5`, `Annex 1, support times`). */
  readonly section: string;
  /** The phrase of the document the rule is read from, verbatim. */
  readonly quote: string;
}
