// Bundles small entries from the ESM build for a browser (esbuild, minified ESM, gzip -9) and checks
// what each pulls in and weighs (issue 11 §5); prints the sizes (docs/bundle-size.md records them):
// - BusinessCalendar + holidayList: no preset, no holiday table, no zod, no date-holidays, no CLI
//   (csv-parse, node:*); 40 KiB gzip, luxon included.
// - each preset (`letsignit()` answering `due` and `availability`, …), without `slakit/holidays`:
//   no zod and no contract schema (a preset builds its contract without it), no date-holidays (its regions come from
//   its holiday tables), no CLI; 120 KiB gzip, luxon and ical.js included.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

interface BundleCheck {
  readonly name: string;
  readonly entry: string;
  readonly budgetGzipBytes: number;
  /** Paths of modules that must contribute no code. */
  readonly forbidden: RegExp;
}

const CLI = 'csv-parse|dist/cli';
const PRESETS = ['letsignit', 'linkando', 'lumapps', 'signinapp', 'sitekiosk'] as const;
const PRESET_CALLS: Readonly<Record<(typeof PRESETS)[number], string>> = {
  letsignit: "const c = letsignit(); console.log(c.due('escalation', 0).dueAt, c.availability({ period: '2026-03', incidents: [] }).credit);",
  linkando: "const c = linkando(); console.log(c.due('critical', 0).dueAt, c.availability({ period: '2026-03', incidents: [] }).credit);",
  lumapps: "const c = lumapps(); console.log(c.due('p1', 0, { region: 'emea' }).dueAt);",
  signinapp: "const c = signinapp(); console.log(c.due('critical', 0).dueAt);",
  sitekiosk: "const c = sitekiosk(); console.log(c.availability({ period: '2026', incidents: [] }).commitments.length);",
};

const CHECKS: readonly BundleCheck[] = [
  {
    name: 'BusinessCalendar + holidayList',
    entry:
      "import { BusinessCalendar, holidayList, sameHours } from './dist/index.js';\n" +
      "const calendar = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:00']), holidays: holidayList(['2026-12-25']) });\n" +
      'console.log(calendar.due(0, 3600000));\n',
    budgetGzipBytes: 40 * 1024,
    forbidden: new RegExp(`presets/|holiday-tables/|node_modules/zod/|node_modules/date-holidays/|${CLI}`),
  },
  ...PRESETS.map((preset) => ({
    name: `${preset}()`,
    entry: `import { ${preset} } from './dist/presets/${preset}/index.js';\n${PRESET_CALLS[preset]}\n`,
    budgetGzipBytes: 120 * 1024,
    // The schema (contract/schema.js and its sections) is defineContract's: a preset's Contract never loads it.
    forbidden: new RegExp(`node_modules/zod/|node_modules/date-holidays/|dist/contract/schema\\.js|dist/contract/sections/|${CLI}`),
  })),
];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
let failed = false;
for (const check of CHECKS) {
  const result = await build({
    stdin: { contents: check.entry, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzipBytes = gzipSync(file, { level: 9 }).length;
  // Modules that contribute code to the output (the metafile's `inputs` also lists modules that
  // were visited and then shaken out), and the bytes each package contributes.
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {}).filter(([, info]) => info.bytesInOutput > 0);
  const byPackage = new Map<string, number>();
  for (const [path, info] of inputs) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'slakit';
    byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytesInOutput);
  }
  const parts = [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name} ${kib(bytes)}`);
  console.log(`bundle: ${check.name} = ${kib(file.length)} minified (${parts.join(', ')}), ${kib(gzipBytes)} gzip (budget ${kib(check.budgetGzipBytes)})`);
  if (gzipBytes > check.budgetGzipBytes) {
    console.error(`bundle budget: ${check.name} is ${kib(gzipBytes)} gzip, over the ${kib(check.budgetGzipBytes)} budget`);
    failed = true;
  }
  const forbidden = inputs.map(([path]) => path).filter((path) => check.forbidden.test(path));
  if (forbidden.length > 0) {
    console.error(`tree-shaking: ${check.name} pulled in:\n  ${forbidden.join('\n  ')}`);
    failed = true;
  }
}
if (failed) process.exit(1);
