// After the build: write the contract definition's JSON Schema, generated from the zod schema
// defineContract validates with (contractJsonSchema), to contract.schema.json at the package root (node10 resolution finds it there too), which the
// package exports as "slakit/contract.schema.json".
import { writeFileSync } from 'node:fs';
import { contractJsonSchema } from '../dist/schema.js';

const target = new URL('../contract.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(contractJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
