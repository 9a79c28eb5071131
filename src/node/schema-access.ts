// The Node build's src/contract/schema-access.ts (tsup.config.ts swaps it in):
// zod and the definition schemas are loaded at the first defineContract, not
// at `import 'slakit'`. They come from the package's own `slakit/schema`
// entry, so the module loaded is the one a user importing it gets.
import type { SchemaModule } from '../contract/schema-access.js';
import { esmLoader } from './require-esm.js';

const load = esmLoader<SchemaModule>('slakit/schema');
// A Node that cannot require() an ES module loads it now, as the other builds
// do. (This module is outside the `slakit/schema` graph, which must have no
// top-level await to be required.)
const eager: SchemaModule | undefined = load === undefined ? ((await import('slakit/schema')) as SchemaModule) : undefined;

/** The contract definition schemas, loaded at their first use (see src/contract/schema-access.ts). @internal */
export function contractSchemas(): SchemaModule {
  return eager ?? (load as () => SchemaModule)();
}
