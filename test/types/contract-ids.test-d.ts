// Type test (issue 11 §4): presets take only their own ids, and defineContract reads the ids of a
// definition written in code. Checked by `npm run test:types` (vitest --typecheck) and by
// `npm run typecheck`: every `@ts-expect-error` line must be an error, every other line must compile.
// Nothing here runs; the run-time side (an unknown id is an SlaInputError) is in test/presets/preset-ids.test.ts.
import { describe, expectTypeOf, it } from 'vitest';
import { type Contract, type ContractDefinition, type ContractIds, type ContractIdsOf, defineContract } from '../../src/index.js';
import { type LetsignitIds, letsignit } from '../../src/presets/letsignit/index.js';
import { type LinkandoIds, LinkandoContract, linkando } from '../../src/presets/linkando/index.js';
import { type LumappsIds, lumapps } from '../../src/presets/lumapps/index.js';
import { type SigninappIds, signinapp } from '../../src/presets/signinapp/index.js';
import { type SitekioskIds, sitekiosk } from '../../src/presets/sitekiosk/index.js';

const T = '2026-06-01T09:00:00+02:00';

describe('Linkando', () => {
  it('takes its priorities, calendar, commitment, deadlines and limits, and nothing else', () => {
    const contract = linkando();
    contract.due('critical', T);
    contract.due('other', T);
    contract.due('live-booking', T);
    // @ts-expect-error — not a Linkando priority
    contract.due('urgent', T);
    // @ts-expect-error — Linkando has no region
    contract.due('critical', T, { region: 'emea' });
    contract.calendar('support');
    // @ts-expect-error — not a Linkando calendar
    contract.calendar('supportEurope');
    contract.errorBudget({ now: T, commitment: 'platform', byCommitment: { platform: { incidents: [] } } });
    // @ts-expect-error — not a Linkando commitment
    contract.errorBudget({ now: T, commitment: 'uptime' });
    // @ts-expect-error — byCommitment keys are commitments
    contract.availability({ period: '2026-06', byCommitment: { uptime: { incidents: [] } } });
    contract.deadline('subcontractorObjection', '2026-06-01');
    // @ts-expect-error — not a Linkando deadline
    contract.deadline('dataDownload', '2026-06-01');
    contract.limit('authorisedContacts');
    // @ts-expect-error — not a Linkando limit
    contract.limit('maxContacts');
    expectTypeOf(contract.priorities).toEqualTypeOf<('critical' | 'other' | 'live-booking')[]>();
    expectTypeOf(contract.calendarIds).toEqualTypeOf<'support'[]>();
    expectTypeOf(contract.regions).toEqualTypeOf<never[]>();
    expectTypeOf(contract.commitmentsFor('2026-06').evaluated).toEqualTypeOf<readonly 'platform'[]>();
  });
});

describe('LumApps', () => {
  it('takes its priorities and regions', () => {
    const contract = lumapps();
    contract.due('p1', T, { region: 'emea' });
    contract.due('p2', T, { region: 'apac' });
    // @ts-expect-error — not a LumApps region
    contract.due('p1', T, { region: 'mars' });
    // @ts-expect-error — not a LumApps priority
    contract.due('p3', T, { region: 'nam' });
    contract.clock('latam');
    // @ts-expect-error — not a LumApps region
    contract.clock('eu');
    contract.metricClock('nam');
    // @ts-expect-error — not a LumApps region
    contract.metricClock('us');
    contract.calendar('emea');
    // @ts-expect-error — LumApps's calendars are its regions
    contract.calendar('support');
    // @ts-expect-error — LumApps states no commitment
    contract.errorBudget({ now: T, commitment: 'platform' });
    expectTypeOf(contract.regions).toEqualTypeOf<('emea' | 'nam' | 'latam' | 'apac')[]>();
  });
});

describe('Letsignit', () => {
  it('takes its escalation priority, calendars (those of every reading), commitments, causes and deadlines', () => {
    const contract = letsignit();
    contract.due('escalation', T);
    // @ts-expect-error — not a Letsignit priority
    contract.due('critical', T);
    contract.calendar('joursOuvrables');
    contract.calendar('emergency'); // present with emergencySupport: the union covers every reading
    // @ts-expect-error — not a Letsignit calendar
    contract.calendar('jours-ouvrables');
    contract.availability({ period: '2026-03', byCommitment: { server: { incidents: [] }, application: { probes: [] } } });
    contract.incidentCauses({ causeAliases: { DDoS: 'ddos', ISP: 'external-network', other: 'internal' } });
    // @ts-expect-error — an alias targets a declared cause
    contract.incidentCauses({ causeAliases: { DDoS: 'DDoS' } });
    // @ts-expect-error — an alias targets a declared cause, in an evaluation too
    contract.availability({ period: '2026-03', causeAliases: { DDoS: 'denial-of-service' } });
    contract.deadline('backupRestorable', '2026-03-01');
    // @ts-expect-error — Letsignit states no limit
    contract.limit('authorisedContacts');
    // The helpers keep their own types.
    contract.isSupportAvailable('cannot-connect', T);
    // @ts-expect-error — not a support kind
    contract.isSupportAvailable('outage', T);
  });
});

describe('Sign In App and SiteKiosk', () => {
  it('Sign In App takes its four priorities and two calendars', () => {
    const contract = signinapp();
    contract.due('minor', T);
    // @ts-expect-error — not a Sign In App priority
    contract.due('low', T);
    contract.calendar('critical');
    // @ts-expect-error — not a Sign In App calendar
    contract.calendar('always');
  });
  it('SiteKiosk takes no priority, its two calendars and its commitment', () => {
    const contract = sitekiosk();
    // @ts-expect-error — SiteKiosk states no response priority
    contract.due('critical', T);
    contract.calendar('supportNorthAmerica');
    // @ts-expect-error — not a SiteKiosk calendar
    contract.calendar('supportEU');
    contract.errorBudget({ now: T, commitment: 'service' });
    expectTypeOf(contract.priorities).toEqualTypeOf<never[]>();
  });
});

describe('each preset states its ids as literal unions', () => {
  it('union by union', () => {
    expectTypeOf<LinkandoIds['priority']>().toEqualTypeOf<'critical' | 'other' | 'live-booking'>();
    expectTypeOf<LumappsIds['region']>().toEqualTypeOf<'emea' | 'nam' | 'latam' | 'apac'>();
    expectTypeOf<LetsignitIds['cause']>().toEqualTypeOf<'internal' | 'external-network' | 'ddos'>();
    expectTypeOf<LetsignitIds['commitment']>().toEqualTypeOf<'server' | 'application'>();
    expectTypeOf<SigninappIds['priority']>().toEqualTypeOf<'critical' | 'severe' | 'medium' | 'minor'>();
    expectTypeOf<SitekioskIds['commitment']>().toEqualTypeOf<'service'>();
    expectTypeOf<SitekioskIds['priority']>().toEqualTypeOf<never>();
  });
});

describe('defineContract infers the ids of a definition written in code', () => {
  const definition = {
    id: 'acme',
    name: 'ACME support',
    calendars: {
      support: { zone: 'Europe/Paris', week: { mon: ['09:00-18:00'] } },
      office: { zone: 'America/New_York', week: { mon: ['09:00-17:00'] } },
    },
    regions: { eu: { calendar: 'support' }, us: { calendar: 'office' } },
    responses: {
      priorities: { urgent: { target: 'PT4H', calendar: '$region' }, normal: { target: 'PT8H', calendar: '$region' } },
    },
    availability: {
      zone: 'UTC',
      commitments: [
        { id: 'platform', target: '99.9', period: 'month' },
        { id: 'api', target: '99', period: 'quarter' },
      ],
      causes: ['vendor'],
      excludedCauses: ['ddos'],
    },
    deadlines: [{ id: 'export', days: 30, from: 'contractEnd', zone: 'UTC' }],
    limits: [{ id: 'contacts', max: 3, unit: 'persons' }],
    versions: [
      // An amendment adds a priority, a calendar and a commitment: its ids count too.
      {
        effectiveFrom: '2027-01-01',
        patch: {
          calendars: { weekend: { always: true, zone: 'UTC' } },
          responses: { priorities: { low: { target: 'PT24H', calendar: 'weekend' } } },
          availability: { commitments: [{ id: 'storage', target: '99.5', period: 'month' }] },
        },
      },
    ],
  } as const;

  it('from an `as const` definition: every kind', () => {
    type Ids = ContractIdsOf<typeof definition>;
    expectTypeOf<Ids['priority']>().toEqualTypeOf<'urgent' | 'normal' | 'low'>();
    expectTypeOf<Ids['region']>().toEqualTypeOf<'eu' | 'us'>();
    expectTypeOf<Ids['calendar']>().toEqualTypeOf<'support' | 'office' | 'weekend'>();
    expectTypeOf<Ids['commitment']>().toEqualTypeOf<'platform' | 'api' | 'storage'>();
    expectTypeOf<Ids['cause']>().toEqualTypeOf<'internal' | 'vendor' | 'ddos'>();
    expectTypeOf<Ids['deadline']>().toEqualTypeOf<'export'>();
    expectTypeOf<Ids['limit']>().toEqualTypeOf<'contacts'>();

    const contract = defineContract(definition);
    expectTypeOf(contract).toEqualTypeOf<Contract<Ids>>();
    contract.due('urgent', T, { region: 'eu' });
    contract.due('low', T, { region: 'us' });
    // @ts-expect-error — not one of the definition's priorities
    contract.due('critical', T, { region: 'eu' });
    // @ts-expect-error — not one of the definition's regions
    contract.due('urgent', T, { region: 'apac' });
    contract.calendar('weekend');
    // @ts-expect-error — not one of the definition's calendars
    contract.calendar('holidays');
    contract.errorBudget({ now: T, commitment: 'storage' });
    // @ts-expect-error — not one of the definition's commitments
    contract.errorBudget({ now: T, commitment: 'uptime' });
    contract.incidentCauses({ causeAliases: { DDoS: 'ddos', supplier: 'vendor' } });
    // @ts-expect-error — not one of the definition's causes
    contract.incidentCauses({ causeAliases: { DDoS: 'dos' } });
    contract.deadline('export', '2026-06-01');
    // @ts-expect-error — not one of the definition's deadlines
    contract.deadline('import', '2026-06-01');
    contract.limit('contacts');
    // @ts-expect-error — not one of the definition's limits
    contract.limit('seats');
  });

  it('from an inline definition (no `as const` needed: the type parameter is const)', () => {
    const contract = defineContract({
      id: 'inline',
      name: 'Inline',
      calendars: { always: { always: true, zone: 'UTC' } },
      responses: { priorities: { p1: { target: 'PT1H', calendar: 'always' } } },
      availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period: 'month' }] },
    });
    contract.due('p1', T);
    // @ts-expect-error — not one of the definition's priorities
    contract.due('p2', T);
    contract.errorBudget({ now: T, commitment: 'uptime' });
    // @ts-expect-error — not one of the definition's commitments
    contract.errorBudget({ now: T, commitment: 'downtime' });
    expectTypeOf<ContractIdsOf<{ readonly calendars: { readonly a: object } }>['priority']>().toEqualTypeOf<never>();
  });

  it('from a variable without `as const`: record keys stay literal, list ids widen to string (docs/types.md)', () => {
    const definition = {
      id: 'plain',
      name: 'Plain',
      calendars: { support: { zone: 'UTC', week: { mon: ['09:00-17:00'] } } },
      responses: { priorities: { urgent: { target: 'PT4H', calendar: 'support' } } },
      availability: { zone: 'UTC', commitments: [{ id: 'platform', target: '99.9', period: 'month' }] },
    };
    const contract = defineContract(definition);
    contract.due('urgent', T);
    // @ts-expect-error — keys of responses.priorities stay literal
    contract.due('normal', T);
    expectTypeOf<ContractIdsOf<typeof definition>['calendar']>().toEqualTypeOf<'support'>();
    expectTypeOf<ContractIdsOf<typeof definition>['commitment']>().toEqualTypeOf<string>();
  });

  it('data read at run time takes any string: JSON.parse (any), unknown, ContractDefinition', () => {
    expectTypeOf(defineContract(JSON.parse('{}'))).toEqualTypeOf<Contract<ContractIds>>();
    expectTypeOf(defineContract(JSON.parse('{}') as unknown)).toEqualTypeOf<Contract<ContractIds>>();
    // Every kind `string`, as ContractIds states them.
    expectTypeOf<ContractIdsOf<ContractDefinition>>().toEqualTypeOf<ContractIds>();
    const fromJson = defineContract(JSON.parse('{}'));
    const priority: string = 'anything';
    fromJson.due(priority, T, { region: priority });
    fromJson.calendar(priority);
    fromJson.errorBudget({ now: T, commitment: priority, byCommitment: { [priority]: { incidents: [] } } });
  });
});

describe('a typed contract is still a Contract', () => {
  it('widens to Contract (ids from data), and a stored definition wraps back into a preset', () => {
    const widened: Contract = linkando();
    const priority: string = 'critical';
    widened.due(priority, T);
    const contracts: readonly Contract[] = [letsignit(), linkando(), lumapps(), signinapp(), sitekiosk()];
    expectTypeOf(contracts).toEqualTypeOf<readonly Contract[]>();
    const stored = LinkandoContract.from(defineContract(JSON.parse(JSON.stringify(linkando().definition))));
    expectTypeOf(stored.priorities).toEqualTypeOf<LinkandoIds['priority'][]>();
    // @ts-expect-error — typed again once wrapped
    stored.due(priority, T);
  });
});
