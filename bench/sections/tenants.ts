/**
 * Many tenants in one process (issue 13): the memory of 1,000 tenant
 * calendars × 3 local years, measured in fresh processes
 * (tenants-measure.ts, `--expose-gc`): once with every tenant's rules
 * distinct (each has its own closed dates: nothing to share but the
 * holidays and zone offsets, the worst case), once with tenants on a few
 * configurations (equal calendars share their year indexes).
 */
import { sameHours, type WeeklySchedule } from '../../src/index.js';
import { runChild } from '../child.js';

/** How many tenant calendars, and the local years each is queried in. */
export const TENANTS = 1000;
export const TENANT_YEARS = [2026, 2027, 2028] as const;
/** Zones with the holiday region a tenant there uses. */
export const TENANT_REGIONS = [
  ['Europe/Berlin', 'DE-RP'],
  ['Europe/Paris', 'FR'],
  ['America/New_York', 'US'],
  ['Asia/Tokyo', 'JP'],
] as const;

/** The weekly schedules tenants choose from. */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export const TENANT_WEEKS: readonly WeeklySchedule[] = [
  sameHours([...WEEKDAYS], ['08:00-18:00']),
  sameHours([...WEEKDAYS], ['09:00-17:00']),
  sameHours([...WEEKDAYS, 'sat'], ['08:00-12:00', '13:00-18:00']),
];

export interface TenantMemory {
  readonly tenants: number;
  /** Distinct calendar rules among the tenants. */
  readonly configurations: number;
  readonly heapBytes: number;
  readonly arrayBufferBytes: number;
  /** Building the calendars and their three years each. */
  readonly buildMs: number;
}

export interface TenantsResult {
  readonly distinct: TenantMemory;
  readonly shared: TenantMemory;
}

function measure(mode: 'distinct' | 'shared'): TenantMemory {
  return runChild<TenantMemory>(new URL('./tenants-measure.ts', import.meta.url), { args: [mode], nodeFlags: ['--expose-gc'] });
}

export function runTenants(): TenantsResult {
  return { distinct: measure('distinct'), shared: measure('shared') };
}
