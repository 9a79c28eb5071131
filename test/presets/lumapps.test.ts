import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/contract/define-contract.js';
import type { ContractDefinition } from '../../src/contract/schema.js';
import { LumappsContract, type LumappsOptions, lumapps, lumappsDefinition, lumappsSources } from '../../src/presets/lumapps/index.js';
import { definitionErrorOf, editedCopy, expectInputError } from './helpers.js';

// LumApps support services, 004_3f3b3ab98af1c934.txt.

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

function mutated(edit: (definition: any) => void): unknown {
  return editedCopy(lumappsDefinition(), edit);
}

const NOW = '2026-12-31T00:00:00Z';

describe('LumApps §1, response time and business hours', () => {
  it('LumApps §1 Délai de réponse: from ticket opening to the first diagnosis (default stop event)', () => {
    // EMEA p1 opened Mon 2026-06-01 09:00 Paris, acknowledged 09:30, diagnosed 10:30: 1 h 30 min > 1 h.
    const record = { id: 'L-1', priority: 'p1', region: 'emea', openedAt: '2026-06-01T09:00:00+02:00', acknowledgedAt: '2026-06-01T09:30:00+02:00', diagnosedAt: '2026-06-01T10:30:00+02:00' };
    const contract = lumapps();
    expect(contract.stopEvent).toBe('first-diagnosis');
    expect(contract.toTicket(record).respondedAt).toBe('2026-06-01T10:30:00+02:00');
    const status = contract.judge(record, NOW);
    expect(status.elapsedMs).toBe(1.5 * HOUR);
    expect(status.met).toBe(false);
  });

  it('LumApps §1 Heure/Jour Ouvré: the regions and their calendars (emea Paris FR, nam/latam New York US, apac Tokyo JP)', () => {
    const contract = lumapps();
    expect(contract.regions).toEqual(['emea', 'nam', 'latam', 'apac']);
    expect(contract.calendarIds).toEqual(['emea', 'nam', 'latam', 'apac']);
    expect(contract.calendar('emea').zone).toBe('Europe/Paris');
    expect(contract.calendar('nam').zone).toBe('America/New_York');
    expect(contract.calendar('latam').zone).toBe('America/New_York');
    expect(contract.calendar('apac').zone).toBe('Asia/Tokyo');
    expect(contract.definition.calendars.emea).toMatchObject({ holidays: ['FR'], source: lumappsSources.businessHoursEmea });
    expect(contract.definition.calendars.nam).toMatchObject({ holidays: ['US'] });
    expect(contract.definition.calendars.apac).toMatchObject({ holidays: ['JP'] });
  });

  it('LumApps §1 Heure Ouvrée: 09:00–18:00 Monday–Friday in each region, 18:00 closed', () => {
    const contract = lumapps();
    expect(contract.calendar('emea').isOpen('2026-06-01T09:00:00+02:00')).toBe(true);
    expect(contract.calendar('emea').isOpen('2026-06-01T18:00:00+02:00')).toBe(false);
    expect(contract.calendar('apac').isOpen('2026-06-05T17:59:59+09:00')).toBe(true);
    expect(contract.calendar('apac').isOpen('2026-06-06T10:00:00+09:00')).toBe(false); // Saturday
    // One business day = 9 h: Mon 2026-06-08 in New York.
    expect(contract.calendar('nam').elapsed('2026-06-08T00:00:00-04:00', '2026-06-09T00:00:00-04:00')).toBe(9 * HOUR);
  });

  it('worked example 3: LumApps NAM p2 opened Wed 2026-11-25 16:00 New York is due Fri 11-27 11:00 (16:00Z)', () => {
    // Wed 16:00–18:00 = 2 h; Thu 11-26 Thanksgiving; Fri 09:00 → 11:00 = 2 h; 4 h.
    const answer = lumapps().due('p2', '2026-11-25T16:00:00-05:00', { region: 'nam' });
    expect(iso(answer.dueAt)).toBe('2026-11-27T16:00:00.000Z');
    expect(answer.calendar).toBe('nam');
    expect(answer.kind).toBe('kpi');
  });

  it('LumApps §1 Jour Ouvré: LATAM follows US holidays (p1 opened on Thanksgiving counts from Friday 09:00)', () => {
    // Thu 2026-11-26 10:00 New York is closed; Fri 09:00 + 1 h = 10:00 EST = 15:00Z.
    expect(iso(lumapps().due('p1', '2026-11-26T10:00:00-05:00', { region: 'latam' }).dueAt)).toBe('2026-11-27T15:00:00.000Z');
  });

  it('LumApps §1 Jour Ouvré: EMEA follows French holidays (p2 across Bastille Day)', () => {
    // Mon 2026-07-13 16:00 Paris: 2 h; Tue 07-14 closed; Wed 09:00 → 11:00 CEST = 09:00Z.
    expect(iso(lumapps().due('p2', '2026-07-13T16:00:00+02:00', { region: 'emea' }).dueAt)).toBe('2026-07-15T09:00:00.000Z');
  });

  it('LumApps §1 Jour Ouvré: APAC follows Japanese holidays (Golden Week 2026-05-04 … 05-06)', () => {
    // Fri 2026-05-01 17:30 JST: 30 min; Mon 05-04, Tue 05-05, Wed 05-06 (substitute) closed; Thu 05-07 09:00 → 09:30 JST = 00:30Z.
    expect(iso(lumapps().due('p1', '2026-05-01T17:30:00+09:00', { region: 'apac' }).dueAt)).toBe('2026-05-07T00:30:00.000Z');
  });

  it('LumApps §1: the region is required for tickets and must be one of the four', () => {
    expectInputError(() => lumapps().due('p1', '2026-06-01T09:00:00+02:00'), 'region');
    // @ts-expect-error — eu is not one of LumApps's regions: refused by the types; JavaScript callers get the run-time error checked here
    expectInputError(() => lumapps().due('p1', '2026-06-01T09:00:00+02:00', { region: 'eu' }), 'region');
    expectInputError(() => lumapps().judge({ id: 'L-9', priority: 'p1', region: 'mars', openedAt: '2026-06-01T09:00:00+02:00' }, NOW), 'region');
  });
});

describe('LumApps §4, priority levels (KPIs)', () => {
  it('LumApps §4: priority 1 is acknowledged within 1 business hour, priority 2 within 4', () => {
    const contract = lumapps();
    expect(contract.priorities).toEqual(['p1', 'p2']);
    // EMEA Mon 2026-06-01 09:00 CEST: p1 → 10:00 (08:00Z); p2 → 13:00 (11:00Z).
    expect(iso(contract.due('p1', '2026-06-01T09:00:00+02:00', { region: 'emea' }).dueAt)).toBe('2026-06-01T08:00:00.000Z');
    expect(iso(contract.due('p2', '2026-06-01T09:00:00+02:00', { region: 'emea' }).dueAt)).toBe('2026-06-01T11:00:00.000Z');
    // p1 at 17:30 Paris: 30 min on Monday, 30 min from Tuesday 09:00 → 09:30 CEST = 07:30Z.
    expect(iso(contract.due('p1', '2026-06-01T17:30:00+02:00', { region: 'emea' }).dueAt)).toBe('2026-06-02T07:30:00.000Z');
    expect(contract.due('p1', '2026-06-01T09:00:00+02:00', { region: 'emea' }).source).toEqual(lumappsSources.p1Target);
  });

  it('LumApps §4: the targets are KPIs — a miss is kpiMissed, never a breach, and there is no credit', () => {
    const status = lumapps().judge({ id: 'L-2', priority: 'p1', region: 'apac', openedAt: '2026-06-01T09:00:00+09:00', diagnosedAt: '2026-06-01T11:00:00+09:00' }, NOW);
    expect(status.kind).toBe('kpi');
    expect(status.state).toBe('missed');
    expect(status.kpiMissed).toBe(true);
    expect(status.breached).toBe(false);
    const contract = lumapps();
    expect(contract.definition.penalties).toBeUndefined();
    expectInputError(() => contract.availability({ period: '2026-06', incidents: [] }), 'contract');
    expect(contract.notes.find((n) => n.id === 'kpi-only')?.source).toEqual(lumappsSources.kpiOnly);
  });

  it('LumApps §4: a batch by region counts KPI misses per priority', () => {
    const result = lumapps().judgeAll(
      [
        { id: 'A', priority: 'p2', region: 'nam', openedAt: '2026-11-25T16:00:00-05:00', diagnosedAt: '2026-11-27T11:00:00-05:00' }, // at due: met
        { id: 'B', priority: 'p2', region: 'nam', openedAt: '2026-11-25T16:00:00-05:00', diagnosedAt: '2026-11-27T11:00:01-05:00' }, // 1 s late
        { id: 'C', priority: 'p1', region: 'emea', openedAt: '2026-06-01T09:00:00+02:00', diagnosedAt: '2026-06-01T09:59:00+02:00' },
      ],
      NOW,
    );
    expect(result.summary.byPriority.p2).toMatchObject({ kind: 'kpi', total: 2, met: 1, missed: 1 });
    expect(result.summary.byPriority.p1).toMatchObject({ total: 1, met: 1 });
  });
});

describe('LumApps §2.B exclusions and the reseller scope', () => {
  it('LumApps §2.B: an excluded ticket (misuse, third-party software, untrained admins) is reported apart, not judged', () => {
    const result = lumapps().judgeAll(
      [
        { id: 'X', priority: 'p1', region: 'emea', openedAt: '2026-06-01T09:00:00+02:00', diagnosedAt: '2026-06-03T09:00:00+02:00', excluded: true },
        { id: 'Y', priority: 'p1', region: 'emea', openedAt: '2026-06-01T09:00:00+02:00', diagnosedAt: '2026-06-01T09:10:00+02:00' },
      ],
      NOW,
    );
    expect(result.excluded.map((t) => t.id)).toEqual(['X']);
    expect(result.summary.total).toBe(1);
    expect(result.summary.missed).toBe(0);
    expect(lumapps().notes.find((n) => n.id === 'exclusions')?.source).toEqual(lumappsSources.exclusions);
  });

  it('LumApps preamble: customers of resellers are not covered (scope note)', () => {
    expect(lumapps().notes.find((n) => n.id === 'reseller-customers')?.source).toEqual(lumappsSources.resellerCustomersExcluded);
  });
});

describe('LumApps ambiguities and options', () => {
  it('LumApps: every ambiguity names its clause, default reading, option and alternatives', () => {
    const ambiguities = lumapps().ambiguities;
    expect(ambiguities.map((a) => a.option)).toEqual(['northAmericaTime', 'emeaTime', 'stopEvent']);
    for (const ambiguity of ambiguities) {
      expect(ambiguity.clause).toContain('§');
      expect(ambiguity.alternatives.length).toBeGreaterThan(0);
      // Alternatives are the non-default readings, each as `value: what it means`.
      for (const alternative of ambiguity.alternatives) expect(alternative).toMatch(/^[^:]+: \S/);
      expect(ambiguity.source?.file).toBe('004_3f3b3ab98af1c934.txt');
    }
  });

  it('LumApps option northAmericaTime "est-fixed": "EST" literally UTC−05:00 shifts summer hours by one hour', () => {
    // Mon 2026-06-01 09:00 EDT = 13:00Z. New York: p1 due 10:00 EDT = 14:00Z.
    // Fixed EST: 13:00Z is 08:00 EST (closed); opens 09:00 EST = 14:00Z; due 10:00 EST = 15:00Z.
    expect(iso(lumapps().due('p1', '2026-06-01T13:00:00Z', { region: 'nam' }).dueAt)).toBe('2026-06-01T14:00:00.000Z');
    const fixed = lumapps({ northAmericaTime: 'est-fixed' });
    expect(fixed.calendar('nam').zone).toBe('Etc/GMT+5');
    expect(iso(fixed.due('p1', '2026-06-01T13:00:00Z', { region: 'nam' }).dueAt)).toBe('2026-06-01T15:00:00.000Z');
    expect(iso(fixed.due('p1', '2026-06-01T13:00:00Z', { region: 'latam' }).dueAt)).toBe('2026-06-01T15:00:00.000Z');
    // In winter New York is on EST: worked example 3 is unchanged.
    expect(iso(fixed.due('p2', '2026-11-25T16:00:00-05:00', { region: 'nam' }).dueAt)).toBe('2026-11-27T16:00:00.000Z');
  });

  it('LumApps option emeaTime "cet-fixed": "CET" literally UTC+01:00 shifts summer hours by one hour', () => {
    // Mon 2026-06-01 09:00 CEST = 07:00Z. Paris: p1 due 08:00Z. Fixed CET: opens 09:00 CET = 08:00Z, due 09:00Z.
    expect(iso(lumapps({ emeaTime: 'cet-fixed' }).due('p1', '2026-06-01T07:00:00Z', { region: 'emea' }).dueAt)).toBe('2026-06-01T09:00:00.000Z');
    expect(lumapps({ emeaTime: 'cet-fixed' }).calendar('emea').zone).toBe('Etc/GMT-1');
    // French holidays still close the fixed-offset calendar: Tue 2026-07-14.
    expect(lumapps({ emeaTime: 'cet-fixed' }).calendar('emea').isOpen('2026-07-14T10:00:00Z')).toBe(false);
  });

  it('LumApps option stopEvent "acknowledgement": the §4 acknowledgement stops the clock instead of the §1 diagnosis', () => {
    // Same record as above: acknowledged after 30 min (met), diagnosed after 1 h 30 min (missed by default).
    const record = { id: 'L-1', priority: 'p1', region: 'emea', openedAt: '2026-06-01T09:00:00+02:00', acknowledgedAt: '2026-06-01T09:30:00+02:00', diagnosedAt: '2026-06-01T10:30:00+02:00' };
    expect(lumapps().judge(record, NOW).met).toBe(false);
    const acknowledged = lumapps({ stopEvent: 'acknowledgement' }).judge(record, NOW);
    expect(acknowledged.met).toBe(true);
    expect(acknowledged.elapsedMs).toBe(0.5 * HOUR);
    // Without an acknowledgement the clock still runs under that reading.
    expect(lumapps({ stopEvent: 'acknowledgement' }).judge({ ...record, acknowledgedAt: null }, '2026-06-01T09:45:00+02:00').state).toBe('running');
  });

  it('LumApps options: an unknown option or value is refused, naming options.<name>', () => {
    expectInputError(() => lumapps({ northAmericaTime: 'EST' as never }), 'options.northAmericaTime');
    expectInputError(() => lumapps({ apacTime: 'jst' } as never), 'options.apacTime');
    expect(lumapps({ stopEvent: 'acknowledgement' }).definition.options).toEqual({ northAmericaTime: 'new-york', emeaTime: 'paris', stopEvent: 'acknowledgement' });
  });
});

describe('LumApps round trip and malformed definitions', () => {
  it('LumApps round trip: the JSON definition through defineContract answers like the preset', () => {
    const cases: LumappsOptions[] = [{}, { northAmericaTime: 'est-fixed', emeaTime: 'cet-fixed', stopEvent: 'acknowledgement' }];
    const record = { id: 'L-1', priority: 'p1', region: 'emea', openedAt: '2026-06-01T09:00:00+02:00', acknowledgedAt: '2026-06-01T09:30:00+02:00', diagnosedAt: '2026-06-01T10:30:00+02:00' };
    for (const options of cases) {
      const preset = lumapps(options);
      const json = JSON.parse(JSON.stringify(preset.definition)) as ContractDefinition;
      const plain = defineContract(json);
      const restored = LumappsContract.from(plain);
      expect(restored.definition).toEqual(preset.definition);
      for (const region of preset.regions) {
        for (const opened of ['2026-06-01T13:00:00Z', '2026-11-25T21:00:00Z']) {
          expect(plain.due('p2', opened, { region }).dueAt).toBe(preset.due('p2', opened, { region }).dueAt);
        }
      }
      expect(restored.judge(record, NOW).met).toBe(preset.judge(record, NOW).met);
      expect(restored.stopEvent).toBe(preset.stopEvent);
    }
  });

  it('LumApps malformed definition: an unknown zone fails at calendars.nam.zone', () => {
    const error = definitionErrorOf(mutated((d) => { d.calendars.nam.zone = 'EST5EDTX'; }));
    expect(error.path).toBe('calendars.nam.zone');
    expect(error.message).toContain('EST5EDTX');
  });

  it('LumApps malformed definition: a negative duration fails at its path', () => {
    expect(definitionErrorOf(mutated((d) => { d.responses.priorities.p1.target = '-PT1H'; })).path).toBe('responses.priorities.p1.target');
    expect(definitionErrorOf(mutated((d) => { d.responses.priorities.p2.target = { hours: -4 }; })).path).toBe('responses.priorities.p2.target.hours');
  });

  it('LumApps malformed definition: overlapping credit tiers fail under penalties.tiers[i]', () => {
    const error = definitionErrorOf(mutated((d) => {
      d.availability = { zone: 'Europe/Paris', commitments: [{ id: 'platform', target: '99.9', period: 'month' }] };
      d.penalties = { commitment: 'platform', tiers: [{ min: '99.9', creditPercent: 0 }, { min: '99', max: '99.95', creditPercent: 10 }] };
    }));
    expect(error.path).toMatch(/^penalties\.tiers\[\d\]$/);
    expect(error.message).toMatch(/overlap/);
  });

  it('LumApps malformed definition: an unknown holiday region fails under calendars.apac.holidays[0]', () => {
    const error = definitionErrorOf(mutated((d) => { d.calendars.apac.holidays = ['XX']; }));
    expect(error.path).toBe('calendars.apac.holidays[0]');
    expect(error.message).toContain('XX');
  });

  it('LumApps malformed definition: a region on an unknown calendar fails at regions.<id>.calendar', () => {
    const error = definitionErrorOf(mutated((d) => { d.regions.latam.calendar = 'southAmerica'; }));
    expect(error.path).toBe('regions.latam.calendar');
  });
});
