// The ids each preset states as types (LinkandoIds, LumappsIds, …; issue 11 §4) are the ids its
// contract answers at run time. The literal unions are listed here as records `Record<Ids[kind], true>`:
// tsc checks each record against its union exactly (a missing member or an extra key does not
// compile), and the tests check the records against the contracts. Every id some reading of the
// options gives is in the union, and an id outside it is still an SlaInputError at run time.
// The compile-time side (`@ts-expect-error` lines) is test/types/contract-ids.test-d.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../src/contract/contract.js';
import type { ContractIds } from '../../src/contract/contract-ids.js';
import { type LetsignitIds, letsignit } from '../../src/presets/letsignit/index.js';
import { type LinkandoIds, linkando } from '../../src/presets/linkando/index.js';
import { type LumappsIds, lumapps } from '../../src/presets/lumapps/index.js';
import { type SigninappIds, signinapp } from '../../src/presets/signinapp/index.js';
import { type SitekioskIds, sitekiosk } from '../../src/presets/sitekiosk/index.js';
import { expectInputError } from './helpers.js';
import { letsignitOptions, linkandoOptions, lumappsOptions, signinappOptions, sitekioskOptions } from './option-arbitraries.js';

type Kind = keyof ContractIds;
const KINDS: readonly Kind[] = ['priority', 'region', 'calendar', 'commitment', 'cause', 'deadline', 'limit'];

/** A preset's ids type as data: one record per kind whose keys are exactly the union's members. */
type IdLists<Ids extends ContractIds> = { readonly [K in Kind]: Readonly<Record<Ids[K], true>> };

const LETSIGNIT: IdLists<LetsignitIds> = {
  priority: { escalation: true },
  region: {},
  calendar: { support: true, joursOuvrables: true, joursOuvres: true, emergency: true },
  commitment: { server: true, application: true },
  cause: { internal: true, 'external-network': true, ddos: true },
  deadline: { dataDownload: true, physicalMediaRequest: true, anonymisation: true, backupRestorable: true },
  limit: {},
};
const LINKANDO: IdLists<LinkandoIds> = {
  priority: { critical: true, other: true, 'live-booking': true },
  region: {},
  calendar: { support: true },
  commitment: { platform: true },
  cause: { internal: true },
  deadline: { subcontractorObjection: true, subcontractorMeeting: true },
  limit: { authorisedContacts: true, liabilityCapMultiple: true },
};
const LUMAPPS: IdLists<LumappsIds> = {
  priority: { p1: true, p2: true },
  region: { emea: true, nam: true, latam: true, apac: true },
  calendar: { emea: true, nam: true, latam: true, apac: true },
  commitment: {},
  cause: {},
  deadline: {},
  limit: {},
};
const SIGNINAPP: IdLists<SigninappIds> = {
  priority: { critical: true, severe: true, medium: true, minor: true },
  region: {},
  calendar: { support: true, critical: true },
  commitment: {},
  cause: {},
  deadline: {},
  limit: {},
};
const SITEKIOSK: IdLists<SitekioskIds> = {
  priority: {},
  region: {},
  calendar: { supportEurope: true, supportNorthAmerica: true },
  commitment: { service: true },
  cause: { internal: true },
  deadline: {},
  limit: {},
};

/** The ids a contract answers at run time, kind by kind, sorted. */
function runtimeIds(contract: Contract): Record<Kind, string[]> {
  const definition = contract.definition;
  const ids: Record<Kind, string[]> = {
    priority: contract.priorities,
    region: contract.regions,
    calendar: contract.calendarIds,
    commitment: (definition.availability?.commitments ?? []).map((c) => c.id),
    cause: definition.availability === undefined ? [] : [...contract.incidentCauses().declared],
    deadline: (definition.deadlines ?? []).map((d) => d.id),
    limit: (definition.limits ?? []).map((l) => l.id),
  };
  for (const kind of KINDS) ids[kind] = [...ids[kind]].sort();
  return ids;
}

const listed = (lists: IdLists<ContractIds>, kind: Kind): string[] => Object.keys(lists[kind]).sort();

interface PresetCase {
  readonly name: string;
  readonly lists: IdLists<ContractIds>;
  readonly build: fc.Arbitrary<Contract>;
  /** A region `due` needs (LumApps), else none. */
  readonly region?: string;
}
const PRESETS: readonly PresetCase[] = [
  { name: 'letsignit', lists: LETSIGNIT, build: letsignitOptions.map((o) => letsignit(o)) },
  { name: 'linkando', lists: LINKANDO, build: linkandoOptions.map((o) => linkando(o)) },
  { name: 'lumapps', lists: LUMAPPS, build: lumappsOptions.map((o) => lumapps(o)), region: 'emea' },
  { name: 'signinapp', lists: SIGNINAPP, build: signinappOptions.map((o) => signinapp(o)) },
  { name: 'sitekiosk', lists: SITEKIOSK, build: sitekioskOptions.map((o) => sitekiosk(o)) },
];

/** Every id any preset states, plus a few near misses: candidates an id check must sort. */
const EVERY_ID = [...new Set(PRESETS.flatMap((p) => KINDS.flatMap((kind) => listed(p.lists, kind))))];
const idArb = fc.oneof(fc.constantFrom(...EVERY_ID, 'urgent', 'mars', 'P1', 'Support', 'emergency '), fc.string({ minLength: 1, maxLength: 8 }));

const OPENED = '2026-06-01T10:00:00+02:00'; // a Monday, open on every preset's support calendar

describe('preset ids: the types list what the contracts answer', () => {
  it('with the default options, every kind but the calendars of other readings is exactly the listed union', () => {
    // Letsignit's `joursOuvres` and `emergency` calendars exist only under other readings (next test).
    const defaults: readonly [Contract, IdLists<ContractIds>][] = [
      [letsignit(), LETSIGNIT],
      [linkando(), LINKANDO],
      [lumapps(), LUMAPPS],
      [signinapp(), SIGNINAPP],
      [sitekiosk(), SITEKIOSK],
    ];
    for (const [contract, lists] of defaults) {
      const ids = runtimeIds(contract);
      for (const kind of KINDS) {
        if (contract.id === 'letsignit' && kind === 'calendar') expect(ids.calendar).toEqual(['joursOuvrables', 'support']);
        else expect(ids[kind], `${contract.id} ${kind}`).toEqual(listed(lists, kind));
      }
    }
  });

  it('Letsignit: the calendar union is what its readings give together (2 always, joursOuvres under jours-ouvres, emergency with the subscription)', () => {
    const seen = new Set<string>();
    for (const escalation of ['jours-ouvrables-24h', 'end-of-next-business-day', 'jours-ouvres'] as const) {
      for (const emergencySupport of [false, true]) {
        const calendars = letsignit({ escalation, emergencySupport }).calendarIds;
        // support and joursOuvrables always; +1 for jours-ouvres; +1 with emergency support.
        expect(calendars.length).toBe(2 + (escalation === 'jours-ouvres' ? 1 : 0) + (emergencySupport ? 1 : 0));
        calendars.forEach((id) => seen.add(id));
      }
    }
    expect([...seen].sort()).toEqual(listed(LETSIGNIT, 'calendar'));
  });

  it('property: under any reading of the options, each id the contract answers is in its union, and an id outside the union is an SlaInputError', () => {
    const presetArb = fc.constantFrom(...PRESETS).chain((preset) => fc.tuple(fc.constant(preset), preset.build));
    fc.assert(
      fc.property(presetArb, idArb, ([preset, contract], candidate) => {
        const ids = runtimeIds(contract);
        for (const kind of KINDS) for (const id of ids[kind]) expect(listed(preset.lists, kind), `${preset.name} ${kind}`).toContain(id);
        const region = preset.region === undefined ? {} : { region: preset.region };
        if (!Object.hasOwn(preset.lists.priority, candidate)) {
          // A contract without response targets names `contract`; one with them names the priority.
          expectInputError(() => contract.due(candidate, OPENED, region), contract.priorities.length === 0 ? 'contract' : 'priority');
        } else {
          expect(contract.due(candidate, OPENED, region).dueAt).toBeGreaterThan(Date.parse(OPENED));
        }
        if (!Object.hasOwn(preset.lists.calendar, candidate)) expectInputError(() => contract.calendar(candidate), 'calendar');
        if (!Object.hasOwn(preset.lists.deadline, candidate)) expectInputError(() => contract.deadline(candidate, '2026-06-01'), 'deadline');
        if (!Object.hasOwn(preset.lists.limit, candidate)) expectInputError(() => contract.limit(candidate), 'limit');
        if (preset.name === 'lumapps' && !Object.hasOwn(preset.lists.region, candidate)) expectInputError(() => contract.due('p1', OPENED, { region: candidate }), 'region');
      }),
      { numRuns: 1000 },
    );
  });
});
