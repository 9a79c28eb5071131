/**
 * One CSV line (RFC 4180): fields with a comma, quote or line break are
 * quoted, quotes doubled. Output only — input goes through CsvRecords.
 *
 * @example
 * ```ts
 * csvLine(['T-1', 'say "hi", then']); // 'T-1,"say ""hi"", then"'
 * ```
 */
export function csvLine(fields: readonly (string | number | boolean | null)[]): string {
  return fields
    .map((field) => {
      const text = field === null ? '' : String(field);
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(',');
}
