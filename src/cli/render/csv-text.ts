/** How {@link csvLine} writes cells. */
export interface CsvLineOptions {
  /** Keep text cells as they are, formula-like or not (`--csv-raw`). Default false. */
  readonly raw?: boolean;
}

/**
 * A text cell a spreadsheet would read as a formula (OWASP "CSV injection"):
 * `=`, `+`, `-`, `@`, tab or CR first — or `=`, `+`, `-`, `@` after leading
 * white space, which a reader that trims would bring to the front.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/**
 * One CSV line (RFC 4180): fields with a comma, quote, line break or
 * leading or trailing white space are quoted, quotes doubled. Output only —
 * input goes through readCsvRecords (csv-parse).
 *
 * Text cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return
 * (also after white space) — a ticket id such as
 * `=HYPERLINK("http://…","x")` — are neutralised as
 * OWASP recommends: prefixed with a single quote `'` and quoted, so a
 * spreadsheet shows them as text instead of running them. Numbers and
 * booleans slakit computes are written as they are (a negative number stays
 * a number). `{ raw: true }` keeps text cells unchanged.
 *
 * @example
 * ```ts
 * csvLine(['T-1', 'say "hi", then']);               // 'T-1,"say ""hi"", then"'
 * csvLine(['=HYPERLINK("http://x","y")', -5, true]); // '"\'=HYPERLINK(""http://x"",""y"")",-5,true'
 * csvLine(['=1+1'], { raw: true });                  // '=1+1'
 * ```
 */
export function csvLine(fields: readonly (string | number | boolean | null)[], options: CsvLineOptions = {}): string {
  return fields
    .map((field) => {
      if (field === null) return '';
      if (typeof field !== 'string') return String(field);
      if (options.raw !== true && FORMULA_START.test(field)) return `"'${field.replaceAll('"', '""')}"`;
      return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replaceAll('"', '""')}"` : field;
    })
    .join(',');
}
