import { z } from 'zod';
import { decimalSchema, gapPolicySchema, minorSchema, percentSchema, sourceSchema, tierSchema } from './shared.js';

const hourCountingSchema = z.enum(['exact', 'started-hours', 'whole-hours']);

/**
 * What the fee given to an evaluation pays for (see `FeeBasis`): required on
 * every credit that reads a fee.
 *
 * @example
 * ```ts
 * feeBasisSchema.safeParse({ per: 'month', proration: 'fee-unit' }).success; // true
 * feeBasisSchema.safeParse({ per: 'week' }).success;                          // false
 * ```
 */
export const feeBasisSchema = z.strictObject({ per: z.enum(['month', 'quarter', 'year', 'period']), proration: z.enum(['fee-unit', 'period']).optional() });

/** What every credit may add: id, the commitment that feeds it, cap per period, minimum payable, rounding, source. */
const creditBase = {
  id: z.string().min(1).optional(),
  /** The commitment whose figures feed the credit (checked against the commitments when the contract is built). */
  commitment: z.string().min(1).optional(),
  capPercent: percentSchema.optional(),
  capMinor: minorSchema.optional(),
  minimumMinor: minorSchema.optional(),
  rounding: z.enum(['half-up', 'half-even', 'down', 'up']).optional(),
  fee: feeBasisSchema.optional(),
  source: sourceSchema.optional(),
};

/**
 * One service credit (see `CreditRule` and `ServiceCredit`), fed by the
 * commitment named in `commitment`.
 *
 * @example
 * ```ts
 * creditRuleSchema.safeParse({ type: 'proportional', multiplier: '10', commitment: 'uptime', fee: { per: 'month' } }).success; // true (Slack)
 * creditRuleSchema.safeParse({ type: 'per-incident', amountMinor: 100, creditPercent: 5 }).success;           // false: one of the two
 * creditRuleSchema.safeParse({ type: 'service-days', daysPerHour: 1 }).success;                               // false: hourCounting is required
 * ```
 */
export const creditRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tiered'), tiers: z.array(tierSchema).min(1), gapPolicy: gapPolicySchema, ...creditBase }),
  z.strictObject({ type: z.literal('proportional'), multiplier: decimalSchema, ...creditBase }),
  z.strictObject({ type: z.literal('lost-time'), ratePerHourMinor: decimalSchema, hourCounting: hourCountingSchema.optional(), ...creditBase }),
  z
    .strictObject({ type: z.literal('per-incident'), amountMinor: minorSchema.optional(), creditPercent: percentSchema.optional(), ...creditBase })
    .refine((rule) => (rule.amountMinor === undefined) !== (rule.creditPercent === undefined), { error: 'give exactly one of amountMinor and creditPercent', path: ['amountMinor'] }),
  z.strictObject({ type: z.literal('service-days'), daysPerHour: decimalSchema, hourCounting: hourCountingSchema, ...creditBase }),
]);

/**
 * The cap across all credit sources of the contract for one period (see
 * `combineCredits`); the fee comes with the evaluation.
 *
 * @example
 * ```ts
 * creditTotalSchema.safeParse({ capPercent: 100, allocation: 'in-order', fee: { per: 'month' } }).success; // true
 * ```
 */
export const creditTotalSchema = z.strictObject({
  capPercent: percentSchema.optional(),
  capMinor: minorSchema.optional(),
  minimumMinor: minorSchema.optional(),
  allocation: z.enum(['in-order', 'pro-rata']).optional(),
  fee: feeBasisSchema.optional(),
  source: sourceSchema.optional(),
});

const terminationBase = {
  id: z.string().min(1).optional(),
  /** The commitment whose verdicts feed the right. */
  commitment: z.string().min(1).optional(),
  target: percentSchema.optional(),
  source: sourceSchema.optional(),
};

/**
 * A termination right over a series of periods (see `TerminationRule` and
 * `evaluateTermination`).
 *
 * @example
 * ```ts
 * terminationRuleSchema.safeParse({ type: 'consecutive-misses', count: 3 }).success;            // true
 * terminationRuleSchema.safeParse({ type: 'misses-in-window', misses: 4, window: 3 }).success; // false: misses ≤ window
 * ```
 */
export const terminationRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('consecutive-misses'), count: z.number().int().min(1).max(1000), ...terminationBase }),
  z.strictObject({ type: z.literal('below-in-any-period'), percent: percentSchema, comparison: z.enum(['below', 'at-or-below']).optional(), ...terminationBase }),
  z
    .strictObject({ type: z.literal('misses-in-window'), misses: z.number().int().min(1), window: z.number().int().min(1).max(1000), ...terminationBase })
    .refine((rule) => rule.misses <= rule.window, { error: 'misses must be at most window', path: ['misses'] }),
]);

/**
 * The remedies section of a definition: credits, the cap on their total,
 * termination rights.
 *
 * @example
 * ```ts
 * remediesSectionSchema.safeParse({
 *   credits: [{ type: 'tiered', commitment: 'premium', fee: { per: 'month' }, tiers: [{ min: '99.9', creditPercent: 0 }, { max: '99.9', creditPercent: 10 }] }],
 *   total: { capPercent: 100 },
 * }).success; // true
 * ```
 */
export const remediesSectionSchema = z.strictObject({
  credits: z.array(creditRuleSchema).optional(),
  total: creditTotalSchema.optional(),
  termination: z.array(terminationRuleSchema).optional(),
  source: sourceSchema.optional(),
});

/** The remedies section of a contract definition. */
export type RemediesSection = z.infer<typeof remediesSectionSchema>;
/** A credit rule in a contract definition. */
export type CreditRuleDefinition = z.infer<typeof creditRuleSchema>;
/** A termination right in a contract definition. */
export type TerminationRuleDefinition = z.infer<typeof terminationRuleSchema>;
