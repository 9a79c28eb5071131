import { z } from 'zod';
import { periodRuleSchema } from './periods.js';
import { instantSchema, minorSchema, sourceSchema, zoneSchema } from './shared.js';

const deadlineBase = { zone: zoneSchema, cycle: periodRuleSchema.optional(), source: sourceSchema.optional() };

/**
 * A claim deadline rule (see `ClaimDeadlineRule` and `claimDeadline`).
 *
 * @example
 * ```ts
 * claimDeadlineRuleSchema.safeParse({ type: 'end-of-following-cycle', cycles: 2, zone: 'UTC' }).success; // true (AWS)
 * claimDeadlineRuleSchema.safeParse({ type: 'days-after-period-end', days: -1, zone: 'UTC' }).success;    // false
 * ```
 */
export const claimDeadlineRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('days-after-period-end'), days: z.number().int().min(0).max(36_600), ...deadlineBase }),
  z.strictObject({ type: z.literal('end-of-following-cycle'), cycles: z.number().int().min(0).max(1200), ...deadlineBase }),
  z.strictObject({ type: z.literal('months-after-period-end'), months: z.number().int().min(0).max(1200), ...deadlineBase }),
]);

/**
 * One piece of evidence a claim must include (data for the claim pack; no
 * verdict).
 *
 * @example
 * ```ts
 * claimEvidenceSchema.safeParse({ id: 'request-logs', description: 'request logs showing the errors, with dates and times' }).success; // true
 * ```
 */
export const claimEvidenceSchema = z.strictObject({ id: z.string().min(1), description: z.string().min(1), source: sourceSchema.optional() });

/**
 * The claims section of a definition: the deadline rule and the evidence a
 * claim must include.
 *
 * @example
 * ```ts
 * claimsSectionSchema.safeParse({ deadline: { type: 'days-after-period-end', days: 15, zone: 'UTC' } }).success; // true (Atlassian)
 * ```
 */
export const claimsSectionSchema = z.strictObject({
  deadline: claimDeadlineRuleSchema.optional(),
  evidence: z.array(claimEvidenceSchema).optional(),
  source: sourceSchema.optional(),
});

const intervalSchema = z.union([z.tuple([instantSchema, instantSchema]), z.strictObject({ start: instantSchema, end: instantSchema })]);

/**
 * An earlier claim as JSON (see `EarlierClaim` and `applyClaimHistory`).
 *
 * @example
 * ```ts
 * earlierClaimSchema.safeParse({ id: 'C-1', creditedDowntime: [['2026-06-10T10:00:00Z', '2026-06-10T10:30:00Z']] }).success; // true
 * ```
 */
export const earlierClaimSchema = z
  .strictObject({
    id: z.string().min(1).optional(),
    creditedDowntime: z.array(intervalSchema).optional(),
    period: z.strictObject({ start: instantSchema, end: instantSchema }).optional(),
    amountMinor: minorSchema.optional(),
    source: sourceSchema.optional(),
  })
  .refine((claim) => claim.creditedDowntime !== undefined || (claim.amountMinor !== undefined && claim.period !== undefined), {
    error: 'an earlier claim gives creditedDowntime, or amountMinor with the period it was for',
  });

/** The claims section of a contract definition. */
export type ClaimsSection = z.infer<typeof claimsSectionSchema>;
/** A claim deadline rule in a contract definition. */
export type ClaimDeadlineRuleDefinition = z.infer<typeof claimDeadlineRuleSchema>;
/** An earlier claim as JSON. */
export type EarlierClaimDefinition = z.infer<typeof earlierClaimSchema>;
