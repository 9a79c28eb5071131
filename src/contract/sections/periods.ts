import { z } from 'zod';
import { instantSchema, localDateOrTimeSchema, sourceSchema, zoneSchema } from './shared.js';

const monthNumber = z.number().int().min(1).max(12);
const yearNumber = z.number().int().min(1000).max(9998);
const labellingSchema = z.enum(['end-year', 'start-year']);

/**
 * A recurring period as a contract states it (see `PeriodRule`): calendar
 * month, quarter or year, or fiscal quarter or year starting on the 1st of
 * `startMonth`, named by `labelling` (default `end-year`).
 *
 * @example
 * ```ts
 * periodRuleSchema.safeParse({ type: 'fiscal-quarter', startMonth: 7 }).success; // true
 * periodRuleSchema.safeParse({ type: 'week' }).success;                          // false
 * ```
 */
export const periodRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['month', 'quarter', 'year']) }),
  z.strictObject({ type: z.enum(['fiscal-quarter', 'fiscal-year']), startMonth: monthNumber, labelling: labellingSchema.optional() }),
]);

/**
 * A service lifetime that clips a period (see `ServiceLifetime`).
 *
 * @example
 * ```ts
 * serviceLifetimeSchema.safeParse({ from: '2026-06-16T00:00:00Z' }).success; // true
 * ```
 */
export const serviceLifetimeSchema = z.strictObject({ from: instantSchema.optional(), to: instantSchema.optional() });

const periodExtras = { lifetime: serviceLifetimeSchema.optional(), source: sourceSchema.optional() };

/**
 * One concrete period (see `PeriodDefinition` and `periodFromDefinition`):
 * calendar, fiscal, rolling, or an explicit `[from, to)`, optionally
 * clipped to a service lifetime.
 *
 * @example
 * ```ts
 * periodDefinitionSchema.safeParse({ type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } }).success; // true
 * periodDefinitionSchema.safeParse({ type: 'between', from: '2026-06-01T00:00', to: '2026-06-08T00:00', zone: 'Europe/Paris' }).success; // true
 * ```
 */
export const periodDefinitionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('month'), year: yearNumber, month: monthNumber, zone: zoneSchema, ...periodExtras }),
  z.strictObject({ type: z.literal('quarter'), year: yearNumber, quarter: z.number().int().min(1).max(4), zone: zoneSchema, ...periodExtras }),
  z.strictObject({ type: z.literal('year'), year: yearNumber, zone: zoneSchema, ...periodExtras }),
  z.strictObject({ type: z.literal('fiscal-year'), fiscalYear: yearNumber, startMonth: monthNumber, zone: zoneSchema, labelling: labellingSchema.optional(), ...periodExtras }),
  z.strictObject({ type: z.literal('fiscal-quarter'), fiscalYear: yearNumber, quarter: z.number().int().min(1).max(4), startMonth: monthNumber, zone: zoneSchema, labelling: labellingSchema.optional(), ...periodExtras }),
  z.strictObject({ type: z.literal('rolling'), days: z.number().int().min(1).max(366_000), end: instantSchema, ...periodExtras }),
  z.strictObject({ type: z.literal('between'), from: z.union([instantSchema, localDateOrTimeSchema]), to: z.union([instantSchema, localDateOrTimeSchema]), zone: zoneSchema.optional(), ...periodExtras }),
]);

/** A recurring period in a contract definition. */
export type PeriodRuleDefinition = z.infer<typeof periodRuleSchema>;
/** A concrete period as JSON. */
export type PeriodDefinitionJson = z.infer<typeof periodDefinitionSchema>;
