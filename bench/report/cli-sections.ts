/**
 * The results page's end-to-end sections (issues 7 and 13): the CLI
 * commands against their readline + split floor, the cold start, the worker
 * threads.
 */
import { OPEN_SHARE, TICKET_CONTRACT } from '../generate-tickets.js';
import type { BenchResults } from '../results.js';
import { type AgainstFloor, CLI_ARGS, CLI_ENTRY, commandText, completed, FLOOR_SCRIPT, type Rounds } from '../sections/cli.js';
import { PHASES } from '../sections/cli-phases.js';
import { TICKETS_FAR_NOW, TICKETS_NOW } from '../sections/cli-tickets.js';
import { COLD_DUE_EXPECTED, LIBRARY_ENTRY } from '../sections/cold-start.js';
import { WORKERS_ARGS } from '../sections/workers.js';
import { LAZY_PACKAGES } from '../targets.js';
import { count, ratio, table } from './format.js';

const mb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${count(Math.round(bytes / 1e3))} kB`);

/** A command and its floor: the method, the two processes, where the command's time goes. */
function againstFloorSection(run: AgainstFloor, generator: string): string {
  const row = (name: string, r: Rounds) => [name, `${r.wallSeconds.toFixed(2)} s`, r.roundsSeconds.map((s) => s.toFixed(2)).join(', '), `${r.peakRssMb.toFixed(0)} MB`, r.exitCodes.join(', '), mb(r.outputBytes)];
  const failed = completed(run.cli) ? '' : '\n\n**The CLI did not complete the command (see the exit codes and stderr below)**: its time and memory are those of a failed run.';
  const stderr = run.cli.stderrTail.trim() ? `\n\nLast lines of the command's stderr:\n\n\`\`\`\n${run.cli.stderrTail.trim()}\n\`\`\`` : '';
  return `\`${run.command}\` on ${count(run.rows)} rows (${mb(run.csvBytes)} CSV, generated in ${(run.generateMs / 1000).toFixed(1)} s by ${generator}, not timed), against its floor \`node ${FLOOR_SCRIPT} <same file>\`: node:readline over the same file, each line split on \`,\`, nothing else. Each a fresh Node process, ${run.cli.roundsSeconds.length} round(s) interleaved (command, floor, command, floor…); measured with ${run.method}.

${table(['process', 'wall time (median)', 'rounds (s)', 'peak RSS (highest)', 'exit codes', 'output'], [row('the command', run.cli), row('floor: readline + split', run.floor)], ['l', 'r', 'r', 'r', 'r', 'r'])}

The command takes **${ratio(run.cli.wallSeconds / run.floor.wallSeconds)}** the floor's time.${failed}

**Where the command's time goes**: one more run of the same command under \`node --cpu-prof\` (${run.phases.profiledSeconds.toFixed(1)} s with the profiler), each function traced back to its source file through the build's source map (bench/sections/cli-phases.ts). Each sample goes to the phase of the CLI code it runs under, whatever library function is on top: *parse* is src/cli/csv and src/cli/inputs (csv-parse, the reader, each row's checks and instants), *evaluate* the contract's calendars and clocks (src/cli/commands/*-report.ts and the library), *output* building and writing the report (src/cli/render, \`JSON.stringify\` in \`write…\`), *start-up* loading the modules and Node's own work (stream internals included).

${table(['phase', 'share of the samples'], PHASES.map((phase) => [phase, `${(run.phases.shares[phase] * 100).toFixed(0)} %`]), ['l', 'r'])}

Heaviest functions (self time): ${run.phases.top.map((f) => `\`${f.name}\` ${(f.share * 100).toFixed(0)} %`).join(', ')}.${stderr}`;
}

export function cliSection(results: BenchResults): string {
  const c = results.cli;
  if (c.status === 'not-available') return `Not available: \`${c.entry}\` does not exist (\`npm run build\` first). When it does, the benchmark writes a probe CSV (bench/generate-probes.ts) and runs \`${commandText(CLI_ARGS, '<probes.csv>')}\` against a readline + split pass over the same file.`;
  return `${againstFloorSection(c, 'bench/generate-probes.ts (`at,ok,latencyMs`, spread over March 2027 in Europe/Paris)')}

Issue 7's absolute lines (< 3 s, < 150 MB) stay in its summary; issue 13 judges the same run as a ratio to the floor, ≤ 1.5×, and ≤ 120 MB.`;
}

export function ticketsCliSection(results: BenchResults): string {
  const t = results.cliTickets;
  if (t.status === 'not-available') return `Not available: \`${t.entry}\` does not exist (\`npm run build\` first).`;
  const far = t.farNow;
  return `${againstFloorSection(t, `bench/generate-tickets.ts (\`id,priority,openedAt,respondedAt\` for \`--contract ${TICKET_CONTRACT}\`: Mon–Fri 08:00–18:00 Europe/Berlin with the DE-RP holidays, \`critical\` 10 h and \`other\` 30 h; opened at the seeded start instants of 2026–2028, ${Math.round(OPEN_SHARE * 100)} % still open, the rest answered within three days)`)}

**Whatever \`now\` is**: the same command with \`--now ${TICKETS_FAR_NOW}\` instead of \`${TICKETS_NOW}\` — each open ticket's business time then spans about fifty years — took ${far.wallSeconds.toFixed(2)} s with a peak RSS of **${far.peakRssMb.toFixed(0)} MB** (exit ${far.exitCode}), against ${t.cli.peakRssMb.toFixed(0)} MB at \`${TICKETS_NOW}\`.

Memory: the command's peak RSS is ${t.cli.peakRssMb.toFixed(0)} MB for a ${mb(t.csvBytes)} CSV and a ${mb(t.cli.outputBytes)} JSON report; the floor's is ${t.floor.peakRssMb.toFixed(0)} MB.${Math.max(t.cli.peakRssMb, far.peakRssMb) > 300 ? ' Above the 300 MB target and larger than the input and the report together: the rows, the results and the report text are all held in memory at once, not streamed.' : ''}`;
}

export function coldStartSection(results: BenchResults): string {
  const c = results.coldStart;
  if (c.status === 'not-available') return `Not available: \`${c.entry}\` does not exist (\`npm run build\` first).`;
  const row = (p: { label: string; wallMs: number; readyMs: number }) => [p.label, `${p.wallMs.toFixed(0)} ms`, `${p.readyMs.toFixed(0)} ms`, ratio(p.wallMs / c.luxon.wallMs)];
  const lazy = LAZY_PACKAGES.filter((name) => c.packages.some((p) => p.name === name));
  return `Fresh Node processes, each timed by the benchmark from spawn to exit (*process*), and by itself from its start to the moment it was done (*ready*, \`performance.now()\`); ${c.runs} of each, interleaved round by round, medians. The slakit process (bench/sections/cold-start-due.mjs) imports \`slakit\` by name, which in Node is the built entry \`${LIBRARY_ENTRY}\`, builds \`new BusinessCalendar({ zone: 'Europe/Berlin', week: Mon–Fri 08:00–18:00, holidays: holidayList([${count(results.holidays.length)} DE-RP dates]) })\` — a plain list, no region code — and answers \`due(2027-03-25T17:00+01:00, 2 h)\`: ${c.due} (${c.due === COLD_DUE_EXPECTED ? 'right' : `**expected ${COLD_DUE_EXPECTED}**`}: Thursday 1 h to 18:00; Good Friday, the weekend and Easter Monday closed; Tuesday 08:00 CEST + 1 h = 07:00 UTC). The others (bench/sections/cold-import.mjs) only import.

${table(['process', 'process (median)', 'ready (median)', '÷ importing luxon'], [c.node, c.luxon, c.slakit, ...c.dependencies].map(row), ['l', 'r', 'r', 'r'])}

**What slakit's entry loads** (a module-load hook, bench/sections/module-graph-*.mjs, plus the CommonJS cache, in one more run of the slakit process): ${c.packages.map((p) => `${p.name} (${count(p.files)} files)`).join(', ') || 'no package'}. ${lazy.length === 0 ? 'Neither date-holidays nor zod is among them.' : `${lazy.join(' and ')} ${lazy.length > 1 ? 'are' : 'is'} loaded although the calendar names no region and no contract is defined: importing ${lazy.length > 1 ? 'them' : 'it'} alone costs the rows above.`}`;
}

export function workersSection(results: BenchResults): string {
  const w = results.workers;
  const command = `node ${CLI_ENTRY} ${WORKERS_ARGS.join(' ')} --probes <monitor-1.csv> … --probes <monitor-N.csv>`;
  if (w.status === 'not-available') return `${w.reason}. The benchmark tries \`${command}\` with two small files; once the built CLI accepts several files it measures ${results.sizes.workerFiles} files of ${count(results.sizes.workerRowsPerFile)} probe rows in one command (worker threads) against the same files one command at a time.`;
  return `\`${command}\`: ${w.files} probe files of ${count(w.rowsPerFile)} rows (bench/generate-probes.ts) in one command, which evaluates them on worker threads, against the same ${w.files} files one command at a time, in turn (the sum of their wall times). ${w.rounds} round(s), medians; measured like the CLI sections, on ${results.machine.availableParallelism} cores.

${table(['run', 'wall time (median)', 'peak RSS'], [['one command, every file', `${w.togetherSeconds.toFixed(2)} s`, `${w.togetherPeakRssMb.toFixed(0)} MB`], ['one command per file, in turn', `${w.oneByOneSeconds.toFixed(2)} s`, '—']], ['l', 'r', 'r'])}

Speed-up: **${ratio(w.oneByOneSeconds / w.togetherSeconds)}** (exit codes ${w.exitCodes.join(', ')}).`;
}
