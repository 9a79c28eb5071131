import { z } from 'zod';
import { effectiveFromSchema, instantSchema, localDateOrTimeSchema, sourceSchema, zoneSchema } from './shared.js';

/**
 * The list of versions of a contract (see `VersionDefinition` and
 * `ContractVersions`), with `terms` checked by `termsSchema` (full terms;
 * a `patch` is an RFC 7396 JSON Merge Patch, checked once merged). Exactly
 * one of `terms` and `patch` per version; the order of `effectiveFrom`
 * (which may need a zone) is checked by `ContractVersions`.
 *
 * @example
 * ```ts
 * const schema = versionsSchema(z.strictObject({ target: z.string() }));
 * schema.safeParse([{ effectiveFrom: '2024-01-01', terms: { target: '99.9' } }, { effectiveFrom: '2026-06-15', patch: { target: '99.95' } }]).success; // true
 * schema.safeParse([{ effectiveFrom: '2024-01-01', terms: { target: '99.9' }, patch: {} }]).success;                                              // false
 * ```
 */
export function versionsSchema<Terms extends z.ZodType>(termsSchema: Terms) {
  return z
    .array(
      z
        .strictObject({
          id: z.string().min(1).optional(),
          effectiveFrom: effectiveFromSchema,
          zone: zoneSchema.optional(),
          terms: termsSchema.optional(),
          patch: z.record(z.string(), z.unknown()).optional(),
          source: sourceSchema.optional(),
        })
        .refine((version) => (version.terms === undefined) !== (version.patch === undefined), { error: 'give exactly one of terms (in full) and patch (RFC 7396 merge patch)', path: ['terms'] }),
    )
    .min(1)
    .refine((versions) => versions[0]?.patch === undefined, { error: 'the first version gives terms in full: it has no previous version to patch', path: [0, 'patch'] });
}
