import { z } from 'zod';
import { contractDefinitionSchema } from './schema.js';
import { jsonSchemaFragment } from './sections/json-fragments.js';

/**
 * The JSON Schema (draft 2020-12) of a contract definition, generated from
 * the zod schema `defineContract` validates with, so that an editor (VS
 * Code's `"$schema"`, any JSON Schema validator such as ajv) can check and
 * complete a contract file before slakit reads it. The package ships it as
 * `slakit/contract.schema.json`.
 *
 * It describes the shape (fields, types, enums, required fields, no unknown
 * field); a few checks stay slakit's own and are looser here: a zone is "a
 * string", a duration one of its three forms, a percentage a number or a
 * decimal string, and cross-field rules (tiers that overlap, a calendar
 * named but not defined) are checked only by `defineContract`, which stays
 * the authority.
 *
 * Throws nothing for the shipped schema; an `Error` if a value schema has no
 * JSON Schema registered (a bug of slakit, caught by its tests).
 *
 * @example
 * ```ts
 * const schema = contractJsonSchema();
 * schema.$schema;                 // "https://json-schema.org/draft/2020-12/schema"
 * Object.keys(schema.properties); // ["$schema", "id", "name", "document", …]
 * ```
 */
export function contractJsonSchema(): Record<string, unknown> & { readonly $schema: string; readonly properties: Record<string, unknown> } {
  // zod also reports each refinement of a custom value (its check) as unrepresentable, at the value's
  // own path: those add nothing. A path with no registered value at all is a value slakit forgot.
  const described = new Set<string>();
  const undescribed = new Set<string>();
  const generated = z.toJSONSchema(contractDefinitionSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: (context) => {
      const path = context.path.join('.');
      const fragment = jsonSchemaFragment(context.zodSchema);
      if (fragment === undefined) {
        undescribed.add(path);
        return 'any';
      }
      described.add(path);
      return { ...fragment };
    },
  }) as Record<string, unknown> & { properties: Record<string, unknown> };
  const missing = [...undescribed].filter((path) => !described.has(path));
  if (missing.length > 0) throw new Error(`contractJsonSchema: no JSON Schema for the value at ${missing.join(', ')}`);
  return {
    ...generated,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/slakit/contract.schema.json',
    title: 'slakit contract definition',
    description: `A service-level agreement as data: calendars, response targets, availability commitments, credits, claims and versions. Every field is described in slakit's docs/contract-format.md.`,
  };
}
