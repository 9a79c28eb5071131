// Cold start (issue 13): a fresh Node process imports slakit's built entry,
// builds a calendar whose holidays are a plain list (`holidayList`, no region
// code) and answers one `due`; prints the answer and how long after the
// process's start it came, as JSON. Plain JavaScript, run by plain `node`.
//
// With SLAKIT_BENCH_MODULES set (and module-graph-register.mjs imported
// first), also appends the CommonJS modules loaded to that file.
//
// Usage: node bench/sections/cold-start-due.mjs <slakit | path of an entry> <holiday dates as JSON>
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [entry = '', dates = '[]'] = process.argv.slice(2);
const { BusinessCalendar, holidayList, sameHours } = await import(/^[./]/.test(entry) ? pathToFileURL(entry).href : entry);
const calendar = new BusinessCalendar({
  zone: 'Europe/Berlin',
  week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00-18:00']),
  holidays: holidayList(JSON.parse(dates)),
});
// Thursday 2027-03-25 17:00 CET + 2 business hours.
const due = calendar.due(Date.UTC(2027, 2, 25, 16), 2 * 3_600_000);
const readyMs = performance.now();
if (process.env.SLAKIT_BENCH_MODULES) appendFileSync(process.env.SLAKIT_BENCH_MODULES, Object.keys(createRequire(import.meta.url).cache).map((path) => `${pathToFileURL(path).href}\n`).join(''));
process.stdout.write(JSON.stringify({ readyMs, due: new Date(due).toISOString() }));
