import * as schema from '../schema.js';

/** The `slakit/schema` entry: the zod schemas of a contract definition and its JSON Schema. @internal */
export type SchemaModule = typeof schema;

/**
 * The contract definition schemas (zod), for `defineContract` and the
 * version checks. Through this one accessor, the Node build (`dist/node/`,
 * chosen by the package's `node` export condition) loads zod and the
 * schemas at the first `defineContract` instead of at `import 'slakit'`: it
 * replaces this module with `src/node/schema-access.ts`. Bundlers and the
 * CommonJS build keep this static import (a bundle that never defines a
 * contract drops zod).
 *
 * @example
 * ```ts
 * contractSchemas().contractDefinitionSchema.safeParse({}).success; // false
 * ```
 * @internal
 */
export function contractSchemas(): SchemaModule {
  return schema;
}
