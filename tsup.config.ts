import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** One entry per preset folder that has an index.ts: `slakit/presets/<id>`. */
const presetEntries = Object.fromEntries(
  existsSync('src/presets')
    ? readdirSync('src/presets')
        .filter((id) => existsSync(`src/presets/${id}/index.ts`))
        .map((id) => [`presets/${id}`, `src/presets/${id}/index.ts`])
    : [],
);

export default defineConfig([
  {
    // The library: ESM + CJS + .d.ts, tree-shakeable, no Node built-ins.
    entry: { index: 'src/index.ts', ...presetEntries },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['luxon', 'date-holidays', 'zod'],
  },
  ...(existsSync('src/cli/main.ts')
    ? [
        {
          // The CLI: one ESM file for `bin`, Node only.
          entry: { cli: 'src/cli/main.ts' },
          format: ['esm' as const],
          dts: false,
          sourcemap: true,
          clean: false,
          target: 'node20',
          platform: 'node' as const,
          banner: { js: '#!/usr/bin/env node' },
          external: ['luxon', 'date-holidays', 'zod', 'csv-parse'],
        },
      ]
    : []),
]);
