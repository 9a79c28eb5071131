/**
 * Rows of cells as an aligned plain-text table (two spaces between columns,
 * a rule under the header). Cells are left-aligned unless listed in `right`.
 *
 * @example
 * ```ts
 * table(['id', 'verdict'], [['T-1', 'met']]);
 * // "id   verdict\n---  -------\nT-1  met"
 * ```
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths = header.map((cell, i) => Math.max(width(cell), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (right.includes(i) ? cell.padStart((widths[i] as number) + cell.length - width(cell)) : cell.padEnd((widths[i] as number) + cell.length - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Display width: code points (the reports use no wide characters). */
function width(text: string): number {
  return [...text].length;
}
