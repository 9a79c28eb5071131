// The CLI depends on the library, never the reverse (STYLE.md: "cli/ …
// depends on the library, never the reverse"): no library file imports
// src/cli, a CLI-only package or a Node built-in. src/node/ is the Node
// build's own modules (swapped in by tsup.config.ts for dist/node/ only),
// which may use Node built-ins; they must not reach the CLI either.
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
  it('no file of src/ outside src/cli imports src/cli, csv-parse, tinypool, tinyglobby or node:* (src/node/ may import node:*)', () => {
    const offenders: string[] = [];
    const nodeOnly = join(ROOT, 'src', 'node');
    for (const file of libraryFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const specifier = match[1] as string;
        const cliPackage = /^(csv-parse|tinypool|tinyglobby)(\/|$)/.test(specifier);
        const builtin = specifier.startsWith('node:') && !file.startsWith(nodeOnly);
        if (/(^|\/)cli\//.test(specifier) || cliPackage || builtin) {
          offenders.push(`${relative(ROOT, file)} imports ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
