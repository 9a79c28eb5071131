// Module resolution hook (node:module register): appends every resolved
// module URL to the file named by SLAKIT_BENCH_MODULES. See cold-start.ts.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (process.env.SLAKIT_BENCH_MODULES) appendFileSync(process.env.SLAKIT_BENCH_MODULES, `${result.url}\n`);
  return result;
}
