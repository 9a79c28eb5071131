/**
 * The benchmark suite's single entry point (`npm run bench`).
 *
 *   npm run bench                 full run, prints the results page (Markdown)
 *   npm run bench -- --quick      reduced sizes (well under a minute)
 *   npm run bench -- --write      also regenerates docs/benchmarks.md
 *   npm run bench -- --only clock-batch   one section alone, its Markdown only
 *
 * Progress goes to stderr, the Markdown to stdout. Not part of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeMachine } from './machine.js';
import { clockBatchSection, renderPage } from './report/page.js';
import type { BenchResults } from './results.js';
import { runBusinessDays } from './sections/business-days.js';
import { runCli } from './sections/cli.js';
import { runCliTickets } from './sections/cli-tickets.js';
import { runClockBatch } from './sections/clock-batch.js';
import { runColdStart } from './sections/cold-start.js';
import { runElapsedSpans } from './sections/elapsed-spans.js';
import { runEngine } from './sections/engine.js';
import { runMemory } from './sections/memory.js';
import { runProbes } from './sections/probes.js';
import { runTenants } from './sections/tenants.js';
import { runWorkers } from './sections/workers.js';
import { runYearBuild } from './sections/year-build.js';
import { FULL_SIZES, holidayDates, QUICK_SIZES, type Sizes, seededStarts } from './workload.js';

const DOCS_PAGE = new URL('../docs/benchmarks.md', import.meta.url);
/** The sections that run alone (`--only <name>`): each prints its own Markdown, no page, no targets. */
const ALONE: Readonly<Record<string, (sizes: Sizes) => string>> = {
  'clock-batch': (sizes) => clockBatchSection(runClockBatch(sizes.tickets, sizes.rounds)),
};
const USAGE = `usage: npm run bench [-- --quick] [-- --write] [-- --only <section>]\n  --quick  reduced sizes\n  --write  regenerate docs/benchmarks.md from this run\n  --only   run one section alone and print it: ${Object.keys(ALONE).join(', ')}`;

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, write: { type: 'boolean', default: false }, only: { type: 'string' }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.only !== undefined) {
  const section = Object.hasOwn(ALONE, values.only) ? ALONE[values.only] : undefined;
  if (section === undefined || values.write) {
    console.error(values.write ? '--only prints one section; --write needs the full run' : `unknown section ${JSON.stringify(values.only)}\n${USAGE}`);
    process.exit(2);
  }
  process.stdout.write(`${section(values.quick ? QUICK_SIZES : FULL_SIZES)}\n`);
  process.exit(0);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const machine = describeMachine();
const sizes = values.quick ? QUICK_SIZES : FULL_SIZES;
const holidays = holidayDates();

log(`slakit benchmarks${values.quick ? ' (--quick)' : ''} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
log('1/12 due and elapsed: slakit, bare index, peers');
const engine = runEngine(sizes, holidays, log);
log('2/12 business days: luxon-business-days');
const businessDays = runBusinessDays(seededStarts(sizes.peerStarts), sizes.peerStarts, sizes.rounds, holidays);
log('3/12 calendar year build');
const yearBuild = runYearBuild(sizes.yearBuilds);
log('4/12 memory per year');
const memory = runMemory();
log('5/12 probe throughput');
const probes = runProbes(sizes.rounds);
log(`6/12 CLI end to end: slakit availability on ${sizes.cliRows.toLocaleString('en')} probe rows against readline + split, then profiled`);
const cli = runCli(sizes.cliRows, sizes.cliRounds);
log(`7/12 ResponseTimeClock.evaluate: ${sizes.tickets.toLocaleString('en')} tickets against due + elapsed`);
const clockBatch = runClockBatch(sizes.tickets, sizes.rounds);
log('8/12 elapsed over spans up to 50 years against the bare index');
const elapsedSpans = runElapsedSpans(sizes.pairs, sizes.rounds);
log('9/12 1,000 tenant calendars × 3 years (child processes)');
const tenants = runTenants();
log(`10/12 CLI end to end: slakit tickets on ${sizes.cliRows.toLocaleString('en')} ticket rows against readline + split, then profiled, then a far --now`);
const cliTickets = runCliTickets(sizes.cliRows, sizes.cliRounds);
log(`11/12 cold start: ${sizes.coldStartRuns} fresh processes per case`);
const coldStart = runColdStart(sizes.coldStartRuns, holidays);
log(`12/12 worker threads: ${sizes.workerFiles} probe files of ${sizes.workerRowsPerFile.toLocaleString('en')} rows in one command against one by one`);
const workers = runWorkers(sizes.workerFiles, sizes.workerRowsPerFile, sizes.cliRounds);

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
  cliTickets,
  coldStart,
  workers,
};
const page = renderPage(results);
process.stdout.write(page);
if (values.write) {
  writeFileSync(DOCS_PAGE, page);
  log(`wrote ${DOCS_PAGE.pathname}`);
}
log(`done in ${results.seconds.toFixed(0)} s`);
