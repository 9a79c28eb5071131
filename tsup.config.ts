import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** One entry per preset folder that has an index.ts: `slakit/presets/<id>`. */
const presetIds = existsSync('src/presets') ? readdirSync('src/presets').filter((id) => existsSync(`src/presets/${id}/index.ts`)) : [];
const publicEntries = Object.fromEntries([
  ['index', 'src/index.ts'],
  ['holidays', 'src/holidays.ts'],
  ...presetIds.map((id) => [`presets/${id}/index`, `src/presets/${id}/index.ts`]),
]);
const external = ['luxon', 'date-holidays', 'zod', 'ical.js'];

export default defineConfig([
  {
    // ESM, NOT bundled: one output file per source module, so that with
    // "sideEffects": false a bundler keeps only the modules an import needs
    // (BusinessCalendar alone pulls in neither zod nor the presets).
    entry: ['src/**/*.ts', '!src/cli/**'],
    bundle: false,
    format: ['esm'],
    dts: { entry: publicEntries },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  {
    // CJS for require(): bundled, with shared chunks so that the root and the
    // preset entries share one copy of every class (instanceof works across them).
    entry: publicEntries,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
    external,
    // `import.meta.url` in CommonJS (the on-demand date-holidays loader resolves from it).
    shims: true,
  },
  ...(existsSync('src/cli/main.ts')
    ? [
        {
          // The CLI: an ESM file for `bin` and the worker threads' entry beside it
          // (they share chunks), Node only.
          entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/cli-worker.ts' },
          format: ['esm' as const],
          dts: false,
          sourcemap: true,
          clean: false,
          target: 'node20',
          platform: 'node' as const,
          banner: { js: '#!/usr/bin/env node' },
          // tinypool stays a package: it starts its workers from its own files.
          external: [...external, 'csv-parse', 'tinypool', 'tinyglobby'],
        },
      ]
    : []),
]);
