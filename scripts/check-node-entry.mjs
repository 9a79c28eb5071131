// The Node build (package exports, `node` condition → dist/node/) loads zod,
// ical.js and date-holidays only when they are needed (issue 13, cold start):
// a fresh process imports `slakit` by name, answers a `due` on a calendar with
// a holiday list and must have loaded none of them; then defineContract,
// an .ics file and an rrule window must then answer right (loading zod and
// ical.js there and then); and the same must work on a Node that cannot require() an ES
// module (`--no-experimental-require-module`: the build's fallback loads them
// at import). Run after `npm run build`; part of `npm run check:package`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const LAZY = ['zod', 'ical.js', 'date-holidays'];

// The child: phase 1 (calendar only), then phase 2 (contract, .ics, rrule); prints what it loaded after each.
const child = `
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// The modules loaded so far: the load hook's list, plus the CommonJS cache (require() of ical.js, of an ES module).
const mark = (label) => appendFileSync(process.env.MODULES, Object.keys(createRequire(import.meta.url).cache).map((path) => path + '\\n').join('') + '@' + label + '\\n');
const { BusinessCalendar, holidayList, sameHours, defineContract, SlaDefinitionError, MaintenanceWindow, icsWindows } = await import('slakit');
const calendar = new BusinessCalendar({ zone: 'Europe/Berlin', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00-18:00']), holidays: holidayList(['2027-03-26', '2027-03-29']) });
// Thu 2027-03-25 17:00 CET + 2 h: 1 h to 18:00; Fri 26 and Mon 29 closed, the weekend too; Tue 30 08:00 CEST + 1 h = 07:00Z.
const due = new Date(calendar.due(Date.UTC(2027, 2, 25, 16), 2 * 3_600_000)).toISOString();
mark('calendar');
let refused = '';
// instanceof and the class's own name (a minified build must keep it: errors print it).
try { defineContract({ id: 'x' }); } catch (error) { refused = error instanceof SlaDefinitionError ? error.name : String(error); }
const aws = defineContract(JSON.parse(readFileSync('examples/contracts/aws-ec2-region-2022.json', 'utf8')));
const ics = icsWindows(readFileSync('examples/data/maintenance.ics', 'utf8'), { zone: 'Europe/Paris', from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' });
// Every Sunday 02:00–04:00 Paris; 2026-10-25 the clocks go back at 03:00: 02:00 CEST → 04:00 CET = 3 h.
const sunday = MaintenanceWindow.rrule({ id: 'sunday', zone: 'Europe/Paris', start: '2026-01-04T02:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=SU' }).intervals('2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00').measure();
mark('contract');
process.stdout.write(JSON.stringify({ due, refused, contract: aws.id, icsUsed: ics.used, sunday }));
`;

function run(extraArgs) {
  const dir = mkdtempSync(join(tmpdir(), 'slakit-node-entry-'));
  try {
    const modules = join(dir, 'modules.txt');
    const result = spawnSync(process.execPath, [...extraArgs, '--import', './bench/sections/module-graph-register.mjs', '--input-type=module', '-e', child], { cwd: root, encoding: 'utf8', env: { ...process.env, MODULES: modules, SLAKIT_BENCH_MODULES: modules } });
    if (result.status !== 0) throw new Error(`node ${extraArgs.join(' ')}: exit ${result.status}\n${result.stderr}`);
    const lines = readFileSync(modules, 'utf8').split('\n');
    const upTo = (label) => lines.slice(0, lines.indexOf(`@${label}`));
    const packagesIn = (urls) => LAZY.filter((name) => urls.some((url) => url.includes(`/node_modules/${name}/`)));
    return { answers: JSON.parse(result.stdout), atCalendar: packagesIn(upTo('calendar')), entry: lines.find((url) => /\/dist\/[^/]*\/?index\.js$/.test(url)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const expected = { due: '2027-03-30T07:00:00.000Z', refused: 'SlaDefinitionError', contract: 'aws-ec2-region-2022', icsUsed: 3, sunday: 3 * 3_600_000 };
let failed = false;
for (const [label, args, lazy] of [
  ['Node with require(esm)', [], true],
  ['Node without require(esm)', ['--no-experimental-require-module'], false],
]) {
  const { answers, atCalendar, entry } = run(args);
  const wrong = Object.keys(expected).filter((key) => answers[key] !== expected[key]);
  const problems = [
    ...(entry?.includes('/dist/node/') ? [] : [`slakit resolved to ${entry}, not dist/node/index.js`]),
    ...wrong.map((key) => `${key}: ${JSON.stringify(answers[key])}, expected ${JSON.stringify(expected[key])}`),
    ...(lazy && atCalendar.length > 0 ? [`loaded before any contract or iCalendar: ${atCalendar.join(', ')}`] : []),
  ];
  const loaded = atCalendar.length === 0 ? 'none' : atCalendar.join(', ');
  console.log(`node entry (${label}): ${problems.length === 0 ? 'ok' : 'FAILED'} — loaded by import + a holidayList due: ${loaded} (of ${LAZY.join(', ')}); defineContract, .ics and rrule ${wrong.length === 0 ? 'answer as expected' : 'answer wrongly'}`);
  for (const problem of problems) console.error(`  ${problem}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
