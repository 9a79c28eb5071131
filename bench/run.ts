/**
 * The benchmark suite's single entry point (`npm run bench`).
 *
 *   npm run bench                 full run, prints the results page (Markdown)
 *   npm run bench -- --quick      reduced sizes (well under a minute)
 *   npm run bench -- --write      also regenerates docs/benchmarks.md
 *
 * Progress goes to stderr, the Markdown to stdout. Not part of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeMachine } from './machine.js';
import { renderPage } from './report/page.js';
import type { BenchResults } from './results.js';
import { runBusinessDays } from './sections/business-days.js';
import { runCli } from './sections/cli.js';
import { runClockBatch } from './sections/clock-batch.js';
import { runElapsedSpans } from './sections/elapsed-spans.js';
import { runEngine } from './sections/engine.js';
import { runMemory } from './sections/memory.js';
import { runProbes } from './sections/probes.js';
import { runTenants } from './sections/tenants.js';
import { runYearBuild } from './sections/year-build.js';
import { FULL_SIZES, holidayDates, QUICK_SIZES, seededStarts } from './workload.js';

const DOCS_PAGE = new URL('../docs/benchmarks.md', import.meta.url);
const USAGE = 'usage: npm run bench [-- --quick] [-- --write]\n  --quick  reduced sizes\n  --write  regenerate docs/benchmarks.md from this run';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, write: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const machine = describeMachine();
const sizes = values.quick ? QUICK_SIZES : FULL_SIZES;
const holidays = holidayDates();

log(`slakit benchmarks${values.quick ? ' (--quick)' : ''} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
log('1/9 due and elapsed: slakit, bare index, peers');
const engine = runEngine(sizes, holidays, log);
log('2/9 business days: luxon-business-days');
const businessDays = runBusinessDays(seededStarts(sizes.peerStarts), sizes.peerStarts, sizes.rounds, holidays);
log('3/9 calendar year build');
const yearBuild = runYearBuild(sizes.yearBuilds);
log('4/9 memory per year');
const memory = runMemory();
log('5/9 probe throughput');
const probes = runProbes(sizes.rounds);
log('6/9 CLI end to end');
const cli = runCli();
log(`7/9 ResponseTimeClock.evaluate: ${sizes.tickets.toLocaleString('en')} tickets against due + elapsed`);
const clockBatch = runClockBatch(sizes.tickets, sizes.rounds);
log('8/9 elapsed over spans up to 50 years against the bare index');
const elapsedSpans = runElapsedSpans(sizes.pairs, sizes.rounds);
log('9/9 1,000 tenant calendars × 3 years (child processes)');
const tenants = runTenants();

const results: BenchResults = {
  quick: values.quick,
  sizes,
  machine,
  holidays,
  seconds: (performance.now() - started) / 1000,
  engine,
  businessDays,
  yearBuild,
  memory,
  probes,
  cli,
  clockBatch,
  elapsedSpans,
  tenants,
};
const page = renderPage(results);
process.stdout.write(page);
if (values.write) {
  writeFileSync(DOCS_PAGE, page);
  log(`wrote ${DOCS_PAGE.pathname}`);
}
log(`done in ${results.seconds.toFixed(0)} s`);
