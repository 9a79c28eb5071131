// Regenerate samples/letsignit-probes-2026-03.csv: npx tsx test/cli/samples/write-samples.ts
import { writeFileSync } from 'node:fs';
import { letsignitProbesCsv } from './letsignit-probes.js';

writeFileSync(new URL('../../../samples/letsignit-probes-2026-03.csv', import.meta.url), letsignitProbesCsv());
