// The Node build's src/contract/schema-access.ts (tsup.config.ts swaps it in):
// zod and the definition schemas are loaded at the first defineContract, not
// at `import 'slakit'`. They come from the schema entry of the same build
// (`slakit/schema` for the library, dist/cli-schema.js beside the CLI), so
// they share that build's modules: one copy of every class.
import type { SchemaModule } from '../contract/schema-access.js';
import { esmLoader } from './require-esm.js';

/** The build's schema entry, set by tsup.config.ts (`define`): a package specifier or a path relative to this file. */
declare const __SLAKIT_SCHEMA_ENTRY__: string;

const load = esmLoader<SchemaModule>(__SLAKIT_SCHEMA_ENTRY__, import.meta.url);
// A Node that cannot require() an ES module loads it now, as the other builds
// do. (This module is outside the schema entry's graph, which must have no
// top-level await to be required.)
// (`String(…)` keeps the bundler from following the import: it is this build's own entry, resolved at run time.)
const eager: SchemaModule | undefined = load === undefined ? ((await import(String(__SLAKIT_SCHEMA_ENTRY__))) as SchemaModule) : undefined;

/** The contract definition schemas, loaded at their first use (see src/contract/schema-access.ts). @internal */
export function contractSchemas(): SchemaModule {
  return eager ?? (load as () => SchemaModule)();
}
