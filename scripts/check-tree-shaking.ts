// Bundles a one-line entry that imports only BusinessCalendar from the ESM
// build and checks that neither the presets, nor zod, nor the CLI (csv-parse,
// node:*) are pulled in. Prints the bundle size; `--write` records it in
// docs/bundle-size.md.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const entry = "import { BusinessCalendar } from './dist/index.js';\nconsole.log(BusinessCalendar.always().isOpen(0));\n";

async function bundle(external: string[]) {
  return build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    external,
    logLevel: 'silent',
  });
}

const own = await bundle(['luxon', 'date-holidays']);
const full = await bundle([]);
// Modules that contribute code to the output (the metafile's `inputs` also
// lists modules that were visited and then shaken out).
const output = Object.values(full.metafile.outputs)[0];
const inputs = Object.entries(output?.inputs ?? {})
  .filter(([, info]) => info.bytesInOutput > 0)
  .map(([path]) => path);
const forbidden = inputs.filter((path) => /presets\/|node_modules\/zod\/|csv-parse|dist\/cli/.test(path));
const ownBytes = own.outputFiles[0]?.contents.length ?? 0;
const fullBytes = full.outputFiles[0]?.contents.length ?? 0;
console.log(`tree-shaking: BusinessCalendar alone = ${(ownBytes / 1024).toFixed(1)} KiB of slakit (minified), ${(fullBytes / 1024).toFixed(1)} KiB with luxon and date-holidays`);
if (forbidden.length > 0) {
  console.error(`tree-shaking: importing BusinessCalendar pulled in:\n  ${forbidden.join('\n  ')}`);
  process.exit(1);
}
if (process.argv.includes('--write')) {
  writeFileSync(
    join(root, 'docs', 'bundle-size.md'),
    `# Bundle size\n\nMeasured by \`npx tsx scripts/check-tree-shaking.ts --write\` (esbuild, minified, ESM, browser platform) on a one-line entry:\n\n\`\`\`js\n${entry}\`\`\`\n\n| what | size |\n|---|---|\n| slakit code for \`BusinessCalendar\` (luxon and date-holidays external) | ${(ownBytes / 1024).toFixed(1)} KiB |\n| the same with luxon and date-holidays bundled | ${(fullBytes / 1024).toFixed(1)} KiB |\n\nThe bundle contains no preset, no zod and no CLI code (checked in CI by \`npm run check:package\`). Most of the full size is date-holidays' holiday data for every country.\n`,
  );
}
