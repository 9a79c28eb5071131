/**
 * Where a rule comes from: the document (by its title, as reports name it),
 * optionally the file of its text, the section and the contract's own words
 * (French for the five presets).
 *
 * @example
 * ```ts
 * const source: SourceRef = {
 *   document: 'Letsignit SLA (Engagement de niveaux de service)',
 *   file: '000_b3c9307fe0ff903c.txt',
 *   section: '§5',
 *   quote: 'Les temps d'arrêt de moins de 5 minutes ne sont pas enregistrés.',
 * };
 * ```
 */
export interface SourceRef {
  /** The document's title or address (e.g. `Letsignit SLA`, `https://aws.amazon.com/compute/sla/`): what reports name. */
  readonly document: string;
  /** The file of the document's text the quote was checked against, when there is one (e.g. `000_b3c9307fe0ff903c.txt`). */
  readonly file?: string | undefined;
  /** Section or clause within the document (e.g. `§5`, `Annex 1, support times`). */
  readonly section: string;
  /** The phrase of the document the rule is read from, verbatim. */
  readonly quote: string;
}
