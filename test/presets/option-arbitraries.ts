// Every reading of each preset's options, for property tests: the closed choices a preset
// enumerates, and valid values of its free-form options (zones, holiday regions, closure dates,
// rounding minutes). Dates come from day numbers read in UTC, never from the process's zone.
import fc from 'fast-check';
import type { LetsignitOptions } from '../../src/presets/letsignit/index.js';
import type { LinkandoOptions } from '../../src/presets/linkando/index.js';
import type { LumappsOptions } from '../../src/presets/lumapps/index.js';
import type { SigninappOptions } from '../../src/presets/signinapp/index.js';
import type { SitekioskOptions } from '../../src/presets/sitekiosk/index.js';

const ZONES = ['Europe/London', 'Europe/Paris', 'America/Chicago', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC', 'Etc/GMT+5'];
const REGIONS = ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'FR', 'DE-BY', 'US', 'JP'];
/** A local date YYYY-MM-DD from a day number (days since 1970-01-01), read in UTC: no process zone. */
const localDate = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2050, 11, 31) / 86_400_000 }).map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

export const letsignitOptions: fc.Arbitrary<LetsignitOptions> = fc.record(
  {
    escalation: fc.constantFrom('jours-ouvrables-24h', 'end-of-next-business-day', 'jours-ouvres'),
    emergencySupport: fc.boolean(),
    supportHolidays: fc.constantFrom('none', 'FR'),
    serverPeriod: fc.constantFrom('month', 'quarter', 'year'),
    creditMetric: fc.constantFrom('application', 'server'),
    excusedTime: fc.constantFrom('remove-from-period', 'count-as-up'),
    creditBounds: fc.constantFrom('lower-inclusive', 'upper-inclusive'),
  },
  { requiredKeys: [] },
  // The §7 credit table reads a monthly figure: `creditMetric: 'server'` needs the server commitment per month.
).filter((o) => o.creditMetric !== 'server' || (o.serverPeriod ?? 'month') === 'month');

export const linkandoOptions: fc.Arbitrary<LinkandoOptions> = fc.record(
  {
    availabilityPeriod: fc.constantFrom('month', 'quarter', 'year'),
    liveBookingNotice: fc.constantFrom('calendar-hours', 'support-hours'),
    subcontractorObjectionFrom: fc.constantFrom('notice', 'change'),
    liveSupportRoundingMinutes: fc.integer({ min: 1, max: 1440 }),
  },
  { requiredKeys: [] },
);

export const lumappsOptions: fc.Arbitrary<LumappsOptions> = fc.record(
  { northAmericaTime: fc.constantFrom('new-york', 'est-fixed'), emeaTime: fc.constantFrom('paris', 'cet-fixed'), stopEvent: fc.constantFrom('first-diagnosis', 'acknowledgement') },
  { requiredKeys: [] },
);

export const signinappOptions: fc.Arbitrary<SigninappOptions> = fc.record(
  { criticalCalendar: fc.constantFrom('critical', 'support'), minorTarget: fc.constantFrom('business-days', 'calendar-days'), zone: fc.constantFrom(...ZONES), holidayRegion: fc.constantFrom(...REGIONS) },
  { requiredKeys: [] },
);

export const sitekioskOptions: fc.Arbitrary<SitekioskOptions> = fc.record(
  {
    aggregation: fc.constantFrom('whole-year', 'mean-of-months'),
    announcedUpdates: fc.constantFrom('downtime', 'excused'),
    northAmericaHolidays: fc.boolean(),
    northAmericaZone: fc.constantFrom(...ZONES),
    companyClosures: fc.array(localDate, { maxLength: 5 }),
  },
  { requiredKeys: [] },
);
