/**
 * docs/benchmarks.md, generated from one run (`npm run bench -- --write`).
 * The prose lives here so the page and the numbers never drift apart.
 */
import { EDGE_CASES } from '../edge-cases.js';
import type { BenchResults } from '../results.js';
import { BUSINESS_DAY_COUNTS } from '../sections/business-days.js';
import { ANSWERED, type ClockBatchResult, JUDGED_AT } from '../sections/clock-batch.js';
import { TENANT_REGIONS, TENANT_WEEKS, TENANT_YEARS, TENANTS } from '../sections/tenants.js';
import { PROBES_PER_YEAR } from '../sections/probes.js';
import type { YearBuildSplit } from '../sections/year-build.js';
import { checkIssue13Targets, checkTargets, spanLabel } from '../targets.js';
import { HOLIDAY_YEARS, PAIRS_SEED, STARTS_SEED, TARGET_HOURS } from '../workload.js';
import { cliSection, coldStartSection, ticketsCliSection, workersSection } from './cli-sections.js';
import { configurationList, disagreementSections, dueTables, edgeTable, elapsedTable, wrongZoneTable } from './engine-tables.js';
import { count, local, ms, perCall, percent, rate, ratio, table, verdictMark } from './format.js';

export function targetsTable(results: BenchResults): string {
  return table(['target (issue 7)', 'measured', 'verdict'], checkTargets(results).map((c) => [c.target, c.measured, verdictMark(c.met)]));
}

export function issue13Table(results: BenchResults): string {
  return table(['target (issue 13)', 'measured', 'verdict'], checkIssue13Targets(results).map((c) => [c.target, c.measured, verdictMark(c.met)]));
}

function machineSection(results: BenchResults): string {
  const m = results.machine;
  return [
    `- CPU: ${m.cpu}, ${m.cores} logical cores (available parallelism ${m.availableParallelism}); memory ${m.memoryGiB.toFixed(1)} GiB`,
    `- ${m.os}; Node ${m.node} (V8 ${m.v8}); parent process TZ: ${m.processTz}`,
    `- Run: ${m.date}, ${results.seconds.toFixed(0)} s${results.quick ? ', **`--quick` (reduced sizes)**' : ''}; 1-minute load average at start: ${m.loadAtStart.toFixed(2)}${m.loadAtStart > 0.5 ? ' (other processes were using the cores: absolute numbers are pessimistic, ratios measured in the same process less affected)' : ''}; nice ${m.nice}${m.nice < 0 ? ' (run with raised priority to shield it from that load)' : ''}`,
  ].join('\n');
}

function methodSection(results: BenchResults): string {
  const s = results.sizes;
  return `Workload (issue 7): Monday–Friday 08:00–18:00 Europe/Berlin, closed on the DE-RP (Rhineland-Palatinate) public holidays of ${HOLIDAY_YEARS[0]}–${HOLIDAY_YEARS[HOLIDAY_YEARS.length - 1]}, taken from slakit's \`dateHolidays('DE-RP')\` and given to every library as the same list of ${count(results.holidays.length)} dates. Start instants are drawn uniformly (integer ms) over [2026-01-01, 2029-01-01) Berlin time by a seeded mulberry32 PRNG (seed ${STARTS_SEED}); \`elapsed\` pairs are a start from the same range (seed ${PAIRS_SEED}) and an end up to 365 days later. Targets: ${TARGET_HOURS.join(' h, ')} h.

- slakit is measured through its public API (\`import { BusinessCalendar, sameHours } from '../src/index.js'\`) with numeric epoch-ms inputs: \`calendar.due(ms, targetMs)\`, \`calendar.elapsed(a, b)\`.
- slakit and the bare index get ${count(s.starts)} starts per target and ${count(s.pairs)} pairs: 2 untimed warm-up rounds over all inputs, then ${s.rounds} timed rounds, slakit and the bare index **interleaved round by round** (so load from other processes hits both alike); the tables show the median round. Each library's loop is its own function (no shared megamorphic call site).
- The day-walking libraries are slow: they get the **first ${count(s.peerStarts)} starts** and the **first ${count(s.peerPairs)} pairs** of the same seeded sequences (marked in the tables), 50 untimed warm-up calls, then one timed pass.
- ¹ moment-business-time, dayjs-business-time and opening_hours cannot be given a zone: they read local time from the process. They run in a child process started with \`TZ=Europe/Berlin\` (bench/zone-blind.ts), on the same seeded inputs, and send results back as JSON. slakit runs in the parent, whatever its TZ.
- Agreement compares each library's answer with slakit's for the same input: *exact* means equal to the millisecond; *within 1 min* means |difference| < 60 s.
- luxon-business-days only adds whole business *days*; it is compared on business days (section 3), not on hours.

Configurations:

${configurationList(results.engine)}`;
}

function businessDaysSection(results: BenchResults): string {
  const b = results.businessDays;
  const rows = b.rows.map((r) => [
    `${r.days}`,
    count(r.samples),
    rate(r.slakit.opsPerSecond),
    rate(r.peer.opsPerSecond),
    ratio(r.slakit.opsPerSecond / r.peer.opsPerSecond),
    percent(r.exact, r.samples),
  ]);
  return `${b.label} has no business hours: \`plusBusiness({ days })\` steps whole local days and \`Math.round\`s the count, so "add 1 business hour" cannot be expressed (\`plusBusiness({ days: 0.1 })\` from ${local(b.fractional.start)} returns ${local(b.fractional.result)}: unchanged, 0 days). It is therefore not in the hours tables. Where it is comparable — *n business days after the start's local date* (n = ${BUSINESS_DAY_COUNTS.join(', ')}: the day counts of 10 h, 30 h and 200 h of a 10-hour day) — it is compared with slakit's \`addBusinessDays(localDate(start), n)\`, configured with \`setupBusiness({ businessDays: [1–5], holidayMatchers: [date ∈ the ${count(results.holidays.length)} DE-RP dates] })\` (global to every luxon DateTime in the process) and \`DateTime.fromMillis(start, { zone: 'Europe/Berlin' })\`. \`addBusinessDays\` is a convenience walk, not slakit's indexed hot path.

${table(['n business days', 'starts', 'slakit', b.label, 'slakit ÷ peer', 'same date'], rows, ['r', 'r', 'r', 'r', 'r', 'r'])}`;
}

function yearBuildSection(results: BenchResults): string {
  const y = results.yearBuild;
  const row = (name: string, split: YearBuildSplit, setup?: number) => [name, ms(split.total), ms(split.holidays), ms(split.own), ms(split.fastest), setup === undefined ? '—' : ms(setup)];
  return `Time of the first query in a local year the calendar has not indexed yet: date-holidays computes the year's holidays, slakit resolves the weekly hours to instants (DST-aware), subtracts the closed days and stores the typed arrays. The holiday provider is wrapped in a stopwatch, so the time splits into date-holidays' share and slakit's own. Median build of ${y.builds} (the split is that build's; the fastest build, the least disturbed by other processes, is shown too), after 30 warm-up builds; the cold row is the median of 3 fresh processes.

${table(['scenario', 'year build (median)', 'date-holidays', 'slakit own', 'fastest build', 'provider setup ²'], [
    row('running calendar, next unseen year', y.newYear),
    row('new calendar + new provider each time', y.freshCalendar, y.freshCalendar.providerSetup),
    row('first year in a new process (cold code)', y.coldProcess, y.coldProcess.providerSetup),
    row('another calendar of the region, same years ³', y.sharedYear),
  ], ['l', 'r', 'r', 'r', 'r', 'r'])}

² \`dateHolidays('DE-RP')\`: constructing and initialising the date-holidays instance, paid once per provider (outside the year build).

³ A second calendar with the same zone and region but other rules (its own closed date, so it shares no year index) building the years the running calendar built: the region's holidays (one \`dateHolidays\` provider per region and options in a process, one frozen list per year) and the zone's offsets are already computed, so this is slakit's own work, what each further tenant of a region pays.

Against the < 5 ms target: see the summary. slakit's own share is the part slakit controls; the date-holidays share is the cost of the holiday source and is paid once per calendar and local year: built years stay cached (up to \`maxCachedYears\`, 64 by default).

**Where the time goes** (V8 CPU profile around the build only, bench/sections/year-build-profile.ts; self-time shares, profiling overhead excluded):

${profileTable(y)}

The luxon share is spent for slakit: \`TimeZone\` (src/time/zone.ts) builds each UTC year's offset table by asking luxon's \`IANAZone.offset\` — one \`Intl.DateTimeFormat#formatToParts\` each — about 115 times (weekly samples, then a bisection to the millisecond of each DST change). In a new process, the first \`Intl.DateTimeFormat\` for the zone (luxon's \`isValidZone\`, ICU loading the zone data) and date-holidays' first use (it parses dates with moment and moment-timezone) dominate; both are once per process, not per year.`;
}

function profileTable(y: BenchResults['yearBuild']): string {
  const owners = [...new Set(y.profiles.flatMap((p) => Object.keys(p.shares)))];
  const share = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(0)} %`);
  const heading = (mode: string) => (mode === 'cold' ? 'first year in a new process' : 'running process, 40 new years');
  const shares = table(['owner', ...y.profiles.map((p) => heading(p.mode))], owners.map((owner) => [owner, ...y.profiles.map((p) => share(p.shares[owner]))]), ['l', ...y.profiles.map(() => 'r' as const)]);
  const top = y.profiles.map((p) => `- ${heading(p.mode)}: ${p.top.map((f) => `\`${f.name}\` ${share(f.share)}`).join(', ')}`).join('\n');
  return `${shares}\n\nHeaviest functions (self time):\n\n${top}`;
}

function memorySection(results: BenchResults): string {
  const m = results.memory;
  const bytes = (value: number) => count(Math.round(value));
  const row = (name: string, r: BenchResults['memory']['list']) => [name, r.meanIntervals.toFixed(1), bytes(r.meanIntervals * 24), bytes(r.arrayBuffers), bytes(r.heap), bytes(r.arrayBuffers + r.heap)];
  return `The engine stores, per indexed local year, two Float64 bounds and one Float64 prefix sum per open interval: 24 bytes per interval (src/calendar/year-index.ts). The workload calendar has **${m.intervals} open intervals in ${m.year}** (\`openIntervals(2027-01-01, 2028-01-01).size\`: 2027 has 261 weekdays, 7 of them DE-RP holidays, 261 − 7 = 254), so its index arrays take **${count(m.indexBytes)} bytes**.

Measured with forced GCs in a fresh process while one calendar indexes ${m.yearsMeasured} new local years (bytes per year; JS heap = the index object, the year-start cache, the zone's per-year offset table, Map entries, and with date-holidays the provider's date list and the library's own per-year caches):

${table(['holidays from', 'mean intervals', '24 B × intervals', 'typed arrays', 'JS heap', 'total per year'], [row('a precomputed `holidayList` (slakit alone)', m.list), row("`'DE-RP'` (date-holidays, the default)", m.dateHolidays)], ['l', 'r', 'r', 'r', 'r', 'r'])}

A calendar keeps at most \`maxCachedYears\` indexed years (default 64), so its own memory is bounded by about ${count(Math.round(((m.list.arrayBuffers + m.list.heap) * 64) / 1024))} KB here. date-holidays' caches are the library's, outside that bound.`;
}

function probesSection(results: BenchResults): string {
  const p = results.probes;
  if (p.status === 'not-available') return `Not available yet: \`src/index.ts\` does not export ${p.missing.map((n) => `\`${n}\``).join(', ')}.`;
  if (p.status === 'failed') return `Failed in \`${p.step}\`: ${p.message}`;
  return `${count(p.samples)} one-minute probes (one monitor, 2027, Europe/Paris; seeded outages of 3–40 min about twice a week and rare answers over 30 s), Letsignit §5 rules: 5-minute hold, 30 s timeout, downtimes under 5 min not recorded. Median of ${results.sizes.rounds} rounds after one warm-up; building the input arrays is not timed.

${table(['step', 'samples/s (median round)', 'per year of probes', 'best round'], p.steps.map((s) => [`\`${s.name}\``, rate(s.timing.opsPerSecond), ms((PROBES_PER_YEAR / s.timing.opsPerSecond) * 1000), rate(s.timing.bestOpsPerSecond)]), ['l', 'r', 'r', 'r'])}

Result: ${p.incidents} probe incidents; availability ${p.availability.percent.toFixed(4)} % (${count(p.availability.countedDowntimeMs / 60_000)} min counted of ${count(p.availability.measuredMs / 60_000)} min).`;
}

/** The `ResponseTimeClock.evaluate` section (also printed alone by `npm run bench -- --only clock-batch`). */
export function clockBatchSection(b: ClockBatchResult): string {
  const row = (name: string, t: typeof b.floor) => [name, perCall(t.opsPerSecond), ratio(b.floor.opsPerSecond / t.opsPerSecond), `${((1e6 / t.opsPerSecond)).toFixed(2)} s`, perCall(t.bestOpsPerSecond)];
  return `${count(b.tickets)} shortcut tickets (\`{ id, priority, openedAt, respondedAt }\`, epoch ms) on the workload calendar, two priorities (10 h and 30 h), opened at the seeded start instants (2026–2028), ${Math.round(ANSWERED * 100)} % answered within three days (${count(b.answered)}), the rest still open when the batch is judged at ${new Date(JUDGED_AT).toISOString()} — up to three and a half years later. Four batches, interleaved round by round, ${b.rounds} rounds after one warm-up round, median round shown; explanations are never read, so never computed.

${table(['batch', 'per ticket', '÷ floor', 'per million tickets', 'best round'], [
    row('floor: \`calendar.due(open, target)\` + \`calendar.elapsed(open, stop)\`', b.floor),
    row('floor + a plain object of the sixteen data fields, kept', b.records),
    row('\`clock.status(ticket, now)\`, kept', b.statuses),
    row('\`clock.evaluate(tickets, now)\`', b.evaluate),
  ], ['l', 'r', 'r', 'r', 'r'])}

Every status equals the floor's due instant and business time${b.agree ? '' : ' — **not in this run**'}. Where the time goes: a shortcut ticket is read into a reused record and judged with exactly the floor's two calendar calls; the rest is the result. Keeping a result per ticket costs any code the second row (the young-generation GC copies every kept object; four of a status's fields are epoch-ms numbers V8 stores boxed). A status costs more than the plain object: the ticket is read and validated, and a status is a class instance — its lazy fields \`warnings\`, \`explanation\` and \`targetRule\` are getters of the class (computed on first read; its \`toJSON\` writes them), so nothing is installed per object — which V8 allocates in the young generation and copies when it survives, where an object literal kept in bulk is allocated straight in the old generation (allocation-site pretenuring: in a micro-benchmark run with \`--no-allocation-site-pretenuring\`, a kept object literal costs what a kept class instance costs). \`evaluate\` adds the duplicate-id check (one insert per ticket in a typed-array table, \`src/clock/distinct-ids.ts\`) and the summary, tallied in the same loop.`;
}

function elapsedSpansSection(results: BenchResults): string {
  const e = results.elapsedSpans;
  const rows = e.rows.map((row) => [spanLabel(row.years), perCall(row.slakit.opsPerSecond), perCall(row.bare.opsPerSecond), ratio(row.bare.opsPerSecond / row.slakit.opsPerSecond), percent(row.exact, row.samples)]);
  return `\`calendar.elapsed(from, to)\` on the workload calendar for ${count(e.pairs)} pairs per span: \`from\` uniform over 2026–2028, \`to\` that many mean years later plus up to a day. The bare index holds the workload's ${count(e.bareIntervals)} open intervals of 2026–2080 (built with luxon, not slakit, from the DE-RP holidays of those years) and answers with two binary searches whatever the span. slakit reads a span's whole years from running per-year totals (src/calendar/year-totals.ts): two year lookups, two binary searches in a year's index, one subtraction. Interleaved rounds, ${e.rounds} rounds after two warm-up rounds (which also build the years), median round.

${table(['span', 'slakit', 'bare index', 'bare ÷ slakit', 'equal to the bare index'], rows, ['l', 'r', 'r', 'r', 'r'])}`;
}

function tenantsSection(results: BenchResults): string {
  const { distinct, shared } = results.tenants;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const row = (name: string, m: typeof distinct) => [name, count(m.configurations), mb(m.heapBytes), mb(m.arrayBufferBytes), mb(m.heapBytes + m.arrayBufferBytes), `${count(Math.round((m.heapBytes + m.arrayBufferBytes) / m.tenants))} B`, `${(m.buildMs / 1000).toFixed(2)} s`];
  return `${count(TENANTS)} tenant calendars, each in one of ${TENANT_REGIONS.map(([zone, region]) => `${zone} (${region})`).join(', ')}, with one of ${TENANT_WEEKS.length} weekly schedules, each queried in the local years ${TENANT_YEARS.join(', ')}. Measured in a fresh process per row with forced GCs, from a baseline taken before any calendar, holiday provider or zone table existed, so the holiday lists and zone offsets the tenants share are included.

${table(['tenants', 'distinct rules', 'JS heap', 'typed arrays', 'total', 'per tenant', 'build time'], [
    row('each with its own closed dates (nothing to share: the worst case)', distinct),
    row('on shared configurations (zone × schedule)', shared),
  ], ['l', 'r', 'r', 'r', 'r', 'r', 'r'])}

Calendars with equal rules — zone, weekly hours, the same holiday providers, closed dates, ignored holidays, extra open intervals, cache size; not the name or the horizon — share one set of year indexes (src/calendar/calendar-years.ts, interned by a key of those rules and held weakly: they go when the last calendar using them does). A region's holidays are computed once per year in a process and shared by every calendar of the region, whatever its other rules.`;
}

export function renderPage(results: BenchResults): string {
  const e = results.engine;
  const slakit = e.libraries.find((l) => l.run.id === 'slakit');
  const perCallNote = slakit ? slakit.run.due.map((d) => perCall(d.timing.opsPerSecond)).join(', ') : '';
  return `# Benchmarks

<!-- Generated by \`npm run bench -- --write\` (bench/run.ts). Do not edit by hand: change bench/report/page.ts and re-run. -->

slakit answers \`due\` and \`elapsed\` from per-year typed-array indexes (binary search + prefix sums). This page compares it, on the same inputs and in the same run, with the libraries users would otherwise pick, and with a hand-written *bare prefix-sum index* that is the practical floor in JavaScript. Every number below comes from the run described in [Machine](#machine); regenerate with \`npm run bench -- --write\` (\`--quick\` for a smaller run).

## Summary: the targets of issue 7

${targetsTable(results)}

slakit per call (1 h, 10 h, 30 h, 200 h): ${perCallNote}.

## Summary: the targets of issue 13

${issue13Table(results)}

A target not met names the phases that take most of the command's time; the sections below give the measurements behind each line.

## Machine

${machineSection(results)}

## Method

${methodSection(results)}

## 1. \`due\`: add N business hours

${dueTables(e)}

## 2. \`elapsed\`: business time between two instants up to a year apart

${elapsedTable(e)}

## 3. Business days: luxon-business-days

${businessDaysSection(results)}

## 4. Disagreements: whose bug is it?

Every input where a library's answer differs from slakit's is classified; each class was checked by hand against slakit's rules ([semantics](semantics.md) §2) and the library's source. slakit's answers are themselves checked against two references written without slakit (the bare index and the luxon walk, both built from luxon and the holiday list) and against the hand-worked cases below.

${disagreementSections(e)}

Classes looked for and **not** found on this workload, once each library is configured with the zone (or runs under the zone as process TZ) and the same holiday list:

- *Closing boundary* (slakit's rule: a target reached exactly at 18:00 is due at 18:00, not at the next 08:00). The workload exercises it heavily — a start outside opening hours plus a whole number of 10-hour days lands exactly on a closing: of the first ${count(results.sizes.peerStarts)} due instants, ${TARGET_HOURS.map((h, t) => `${count(e.closingDue[t] ?? 0)} (${h} h)`).join(', ')} are closings — and every library answers the closing instant.
- *DST offsets* and *holidays*: no difference on the random inputs nor on the hand-worked cases below (the random starts rarely sit next to a DST change, so the cases probe it directly).

Notes from reading the sources:

- moment-business-time also steps in whole minutes (\`segment[1].diff(d, 'minute')\`, lib/business-hours.js line 56) but carries the fraction that overflows a closing into the next opening (\`then.diff(segment[1], unit, true)\`, line 69), so it stays exact to the millisecond where dayjs-business-time does not. Its cost is elsewhere: each \`isHoliday\` runs \`minimatch\` against every configured date (line 219), and each day re-parses the working-hours strings.
- Issue 7 measured, before slakit existed, that dayjs-business-time rounds 29 % of its "30 business hours" results to a minute; this run finds ${(() => {
    const dayjs = e.libraries.find((l) => l.run.id === 'dayjs-business-time')?.due[2];
    return dayjs ? percent(dayjs.samples - dayjs.exact, dayjs.samples) : '—';
  })()} (the starts inside opening hours, about 30 % of all instants, whose due crosses a closing).

### Hand-worked edge cases

${edgeTable(e)}

### Zone-blindness: the same libraries on a server in ${e.wrongZoneTz}

moment-business-time, dayjs-business-time and opening_hours compute in the process's local time; nothing in their configuration names a zone. Run in a process with TZ=${e.wrongZoneTz} (a typical server), with the same configuration:

${wrongZoneTable(e)}

Verdict: a deployment hazard of these libraries' design (local time = process time), not a bug in a line of code; slakit's calendar carries its zone, and its results are identical under any TZ.

## 5. Building a calendar year (with holidays)

${yearBuildSection(results)}

## 6. Memory per calendar year

${memorySection(results)}

## 7. Probe throughput

${probesSection(results)}

## 8. CLI end to end: \`slakit availability\`

${cliSection(results)}

## 9. \`ResponseTimeClock.evaluate\`: a batch of tickets

${clockBatchSection(results.clockBatch)}

## 10. \`elapsed\` over decades

${elapsedSpansSection(results)}

## 11. A thousand tenants

${tenantsSection(results)}

## 12. CLI end to end: \`slakit tickets\`

${ticketsCliSection(results)}

## 13. Cold start

${coldStartSection(results)}

## 14. Many customers: worker threads

${workersSection(results)}

## Reproduce

\`\`\`sh
npm ci
npm run bench              # prints the tables (about ${Math.max(1, Math.round(results.seconds / 60))} min here)
npm run bench -- --quick   # smaller sizes, under a minute
npm run bench -- --write   # regenerates this page
npx tsx bench/generate-probes.ts [file.csv] [--rows N]   # the CLI's probe CSV alone
npx tsx bench/generate-tickets.ts [file.csv] [--rows N]  # the CLI's ticket CSV alone
\`\`\`
`;
}
