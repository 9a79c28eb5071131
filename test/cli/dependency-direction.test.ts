// The CLI depends on the library, never the reverse (STYLE.md: "cli/ …
// depends on the library, never the reverse"): no library file imports
// src/cli, csv-parse or a Node built-in.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './built-cli.js';

function libraryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(ROOT, 'src', 'cli') ? [] : libraryFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('dependency direction', () => {
  it('no file of src/ outside src/cli imports src/cli, csv-parse or node:*', () => {
    const offenders: string[] = [];
    for (const file of libraryFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const specifier = match[1] as string;
        if (/(^|\/)cli\//.test(specifier) || specifier === 'csv-parse' || specifier.startsWith('csv-parse/') || specifier.startsWith('node:')) {
          offenders.push(`${relative(ROOT, file)} imports ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
