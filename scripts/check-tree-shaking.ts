// Bundles a small entry that imports only BusinessCalendar and holidayList
// from the ESM build and checks that neither the presets, nor zod, nor
// date-holidays, nor the CLI (csv-parse, node:*) are pulled in, and that the
// whole bundle (luxon included) stays within its gzip budget (issue 11 §5).
// Prints the sizes (docs/bundle-size.md records them with the other bundles).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const entry =
  "import { BusinessCalendar, holidayList, sameHours } from './dist/index.js';\n" +
  "const calendar = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:00']), holidays: holidayList(['2026-12-25']) });\n" +
  'console.log(calendar.due(0, 3600000));\n';
/** Budget of the whole bundle (slakit's calendar, luxon), gzip. */
const BUDGET_GZIP_BYTES = 40 * 1024;

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
const forbidden = inputs.filter((path) => /presets\/|node_modules\/zod\/|node_modules\/date-holidays\/|csv-parse|dist\/cli/.test(path));
const ownBytes = own.outputFiles[0]?.contents.length ?? 0;
const fullBytes = full.outputFiles[0]?.contents.length ?? 0;
const gzipBytes = gzipSync(full.outputFiles[0]?.contents ?? new Uint8Array()).length;
console.log(
  `tree-shaking: BusinessCalendar + holidayList = ${(ownBytes / 1024).toFixed(1)} KiB of slakit (minified), ${(fullBytes / 1024).toFixed(1)} KiB with luxon, ${(gzipBytes / 1024).toFixed(1)} KiB gzip (budget ${BUDGET_GZIP_BYTES / 1024} KiB)`,
);
if (gzipBytes > BUDGET_GZIP_BYTES) {
  console.error(`bundle budget: BusinessCalendar + holidayList is ${(gzipBytes / 1024).toFixed(1)} KiB gzip, over the ${BUDGET_GZIP_BYTES / 1024} KiB budget`);
  process.exit(1);
}
if (forbidden.length > 0) {
  console.error(`tree-shaking: importing BusinessCalendar and holidayList pulled in:\n  ${forbidden.join('\n  ')}`);
  process.exit(1);
}
