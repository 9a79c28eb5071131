/**
 * Checks that every clause citation of the five presets is verbatim: each
 * `quote` must occur in the text of its document (the source's `file`, in
 * the seed texts kept beside the checkout, `../shared/seeds/`) once runs of
 * whitespace are collapsed to a single space in both texts.
 *
 * Usage: `npm run check:sources` (exit code 1 and a list of failures when
 * any quote does not match). Where the seed texts are not beside the
 * checkout (a clone on its own), it says so and exits 0: there is nothing
 * to check the quotes against.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { SourceRef } from '../src/contract/provenance.js';
import { letsignitSources } from '../src/presets/letsignit/sources.js';
import { linkandoSources } from '../src/presets/linkando/sources.js';
import { lumappsSources } from '../src/presets/lumapps/sources.js';
import { signinappSources } from '../src/presets/signinapp/sources.js';
import { sitekioskSources } from '../src/presets/sitekiosk/sources.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');

/** Each preset's citations, with the seed file they must all come from. */
const presets: ReadonlyArray<{
  readonly id: string;
  readonly file: string;
  readonly sources: Readonly<Record<string, SourceRef>>;
}> = [
  { id: 'letsignit', file: '000_b3c9307fe0ff903c.txt', sources: letsignitSources },
  { id: 'sitekiosk', file: '001_f7077658456a0107.txt', sources: sitekioskSources },
  { id: 'linkando', file: '002_409a52764840af8c.txt', sources: linkandoSources },
  { id: 'signinapp', file: '003_8e2d6e5cee0ebe2c.txt', sources: signinappSources },
  { id: 'lumapps', file: '004_3f3b3ab98af1c934.txt', sources: lumappsSources },
];

/** Collapses every run of whitespace (spaces, tabs, newlines, NBSP…) to one space. */
function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

if (!existsSync(seedsDir)) {
  console.log(`check-sources: skipped — the seed texts the preset quotes come from are not beside this checkout (${seedsDir}); place them there to check every quote verbatim`);
  process.exit(0);
}

const failures: string[] = [];
const seedCache = new Map<string, { raw: string; collapsed: string } | null>();

function loadSeed(document: string): { raw: string; collapsed: string } | null {
  if (!seedCache.has(document)) {
    const file = path.join(seedsDir, document);
    if (existsSync(file)) {
      const raw = readFileSync(file, 'utf8');
      seedCache.set(document, { raw, collapsed: collapse(raw) });
    } else {
      seedCache.set(document, null);
    }
  }
  return seedCache.get(document) ?? null;
}

let checked = 0;
let exact = 0;
for (const preset of presets) {
  for (const [key, ref] of Object.entries(preset.sources)) {
    checked += 1;
    const where = `${preset.id}.${key}`;
    if (ref.file !== preset.file) {
      failures.push(`${where}: file is ${String(ref.file)}, expected ${preset.file}`);
      continue;
    }
    if (ref.section.trim() === '') failures.push(`${where}: empty section`);
    const quote = collapse(ref.quote);
    if (quote === '') {
      failures.push(`${where}: empty quote`);
      continue;
    }
    const seed = loadSeed(ref.file);
    if (seed === null) {
      failures.push(`${where}: seed file not found: ${path.join(seedsDir, ref.file)}`);
      continue;
    }
    if (!seed.collapsed.includes(quote)) {
      failures.push(`${where}: quote not found in ${ref.file}: ${JSON.stringify(ref.quote)}`);
      continue;
    }
    if (seed.raw.includes(ref.quote)) exact += 1;
  }
}

if (failures.length > 0) {
  console.error(`check-sources: ${failures.length} of ${checked} citations failed:`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log(
  `check-sources: all ${checked} citations found verbatim in ${seedsDir} ` +
    `(${exact} byte-exact, ${checked - exact} after whitespace collapsing).`,
);
