// Public exports of src/periods: periods as JSON data (calendar, fiscal, rolling, explicit, clipped to a service lifetime).
export { type PeriodRule, periodContaining, periodAfter } from './period-rule.js';
export { type PeriodDefinition, type ServiceLifetime, type ResolvedPeriod, periodFromDefinition, clipToLifetime } from './period-definition.js';
