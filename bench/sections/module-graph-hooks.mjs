// Module load hook (node:module register): appends the URL of every module
// the process loads to the file named by SLAKIT_BENCH_MODULES. See
// cold-start.ts. A `load` hook, not a `resolve` one: the Node build resolves
// zod's and ical.js's entries at start-up (import.meta.resolve) but loads
// them only at their first use, and only a load costs start-up time.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.SLAKIT_BENCH_MODULES) appendFileSync(process.env.SLAKIT_BENCH_MODULES, `${url}\n`);
  return nextLoad(url, context);
}
