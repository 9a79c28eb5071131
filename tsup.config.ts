import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Options, defineConfig } from 'tsup';

/** One entry per preset folder that has an index.ts: `slakit/presets/<id>`. */
const presetIds = existsSync('src/presets') ? readdirSync('src/presets').filter((id) => existsSync(`src/presets/${id}/index.ts`)) : [];
const publicEntries: Record<string, string> = Object.fromEntries([
  ['index', 'src/index.ts'],
  ['holidays', 'src/holidays.ts'],
  ['schema', 'src/schema.ts'],
  ...presetIds.map((id) => [`presets/${id}/index`, `src/presets/${id}/index.ts`]),
]);
const external = ['luxon', 'date-holidays', 'zod', 'ical.js'];

/**
 * The Node build's own modules (src/node/): each replaces, in dist/node/ only,
 * the module of the same name that every other build imports statically, so
 * that a Node process loads zod and ical.js at their first use.
 */
const nodeModules: Record<string, string> = {
  [resolve('src/contract/schema-access.ts')]: resolve('src/node/schema-access.ts'),
  [resolve('src/icalendar/ical-access.ts')]: resolve('src/node/ical-access.ts'),
};
const nodeModulesPlugin: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'slakit-node-modules',
  setup(build) {
    build.onResolve({ filter: /-access\.js$/ }, (args) => {
      const replacement = nodeModules[resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'))];
      return replacement === undefined ? undefined : { path: replacement };
    });
  },
};

export default defineConfig([
  {
    // ESM, NOT bundled: one output file per source module, so that with
    // "sideEffects": false a bundler keeps only the modules an import needs
    // (BusinessCalendar alone pulls in neither zod nor the presets).
    entry: ['src/**/*.ts', '!src/cli/**', '!src/node/**'],
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
  {
    // ESM for Node (the package's `node` export condition): bundled, with
    // shared chunks so every entry shares one copy of every class; one file
    // per entry and a few chunks load far faster than a module per source
    // file. zod and ical.js are loaded at their first use (src/node/).
    entry: publicEntries,
    outDir: 'dist/node',
    format: ['esm'],
    minify: true,
    // Error classes name themselves from `new.target.name`: keep the names (SlaInputError, not "a").
    keepNames: true,
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: true,
    target: 'node20',
    platform: 'node',
    // `slakit/schema` is the package itself (src/node/schema-access.ts loads it by name).
    external: [...external, 'slakit/schema'],
    define: { __SLAKIT_SCHEMA_ENTRY__: JSON.stringify('slakit/schema') },
    esbuildPlugins: [nodeModulesPlugin],
  },
  ...(existsSync('src/cli/main.ts')
    ? [
        {
          // The CLI: an ESM file for `bin` and the worker threads' entry beside it
          // (they share chunks), Node only.
          entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/cli-worker.ts', 'cli-schema': 'src/schema.ts' },
          format: ['esm' as const],
          dts: false,
          sourcemap: true,
          clean: false,
          target: 'node20',
          platform: 'node' as const,
          banner: { js: '#!/usr/bin/env node' },
          // tinypool stays a package: it starts its workers from its own files.
          external: [...external, 'csv-parse', 'tinypool', 'tinyglobby'],
          // Like the Node build: zod and ical.js are loaded at their first use, so a
          // command (or a worker thread) on a preset loads neither; the schemas come
          // from the CLI's own entry beside it, sharing its chunks.
          define: { __SLAKIT_SCHEMA_ENTRY__: JSON.stringify('./cli-schema.js') },
          esbuildPlugins: [nodeModulesPlugin],
        },
      ]
    : []),
]);
