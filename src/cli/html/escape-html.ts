const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML and SVG content and attribute values: ids and causes
 * come from input files, quotes from contracts — never trusted as markup.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"T&1"</b>'); // "&lt;b&gt;&quot;T&amp;1&quot;&lt;/b&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}
