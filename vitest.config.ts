import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (`npm run test:types`): `@ts-expect-error` lines and `expectTypeOf`, checked by tsc, never run.
    typecheck: { include: ['test/**/*.test-d.ts'] },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
