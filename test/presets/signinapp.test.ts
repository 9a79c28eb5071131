import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/contract/define-contract.js';
import type { ContractDefinition } from '../../src/contract/schema.js';
import { SigninappContract, type SigninappOptions, signinapp, signinappDefinition, signinappSources } from '../../src/presets/signinapp/index.js';
import { definitionErrorOf, editedCopy, expectInputError } from './helpers.js';

// Sign In App service level commitment, 003_8e2d6e5cee0ebe2c.txt.

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const at = (text: string): number => Date.parse(text);

function mutated(edit: (definition: any) => void): unknown {
  return editedCopy(signinappDefinition(), edit);
}

describe('Sign In App §1.1, support calendars', () => {
  it('Sign In App §1.1: support runs 24 h a day Monday–Friday, Europe/London', () => {
    const support = signinapp().calendar('support');
    expect(support.zone).toBe('Europe/London');
    expect(support.isOpen('2026-06-05T23:59:59+01:00')).toBe(true); // Friday night
    expect(support.isOpen('2026-06-06T00:00:00+01:00')).toBe(false); // Saturday
    expect(support.isOpen('2026-06-08T00:00:00+01:00')).toBe(true); // Monday midnight
    // A week without holidays (2026-06-08 … 06-14): 5 × 24 h = 120 h.
    expect(support.elapsed('2026-06-08T00:00:00+01:00', '2026-06-15T00:00:00+01:00')).toBe(120 * HOUR);
  });

  it('Sign In App §1.1: support excludes public holidays of England (Spring bank holiday, Boxing Day substitute)', () => {
    const support = signinapp().calendar('support');
    expect(support.isOpen('2026-05-25T12:00:00+01:00')).toBe(false); // Mon Spring bank holiday
    expect(support.isOpen('2026-12-28T12:00:00Z')).toBe(false); // Mon, substitute for Boxing Day (Sat 12-26)
    expect(support.isOpen('2026-08-31T12:00:00+01:00')).toBe(false); // Summer bank holiday (England)
  });

  it('Sign In App §1.1: critical problems are supported 24/7 (calendar critical)', () => {
    const critical = signinapp().calendar('critical');
    expect(critical.isOpen('2026-06-07T03:00:00+01:00')).toBe(true); // Sunday night
    expect(critical.isOpen('2026-12-25T12:00:00Z')).toBe(true); // Christmas
    expect(critical.elapsed('2026-06-06T00:00:00Z', '2026-06-08T00:00:00Z')).toBe(48 * HOUR);
    expect(signinapp().definition.calendars.critical?.source).toEqual(signinappSources.criticalSupport);
  });
});

describe('Sign In App §1.9, first-response targets', () => {
  it('Sign In App §1.9: Critical — 1 working hour on the 24/7 calendar (Saturday 10:00 → 11:00)', () => {
    // Sat 2026-06-06 10:00 BST (09:00Z) + 1 h = 11:00 BST = 10:00Z.
    const answer = signinapp().due('critical', '2026-06-06T10:00:00+01:00');
    expect(iso(answer.dueAt)).toBe('2026-06-06T10:00:00.000Z');
    expect(answer.calendar).toBe('critical');
    expect(answer.source).toEqual(signinappSources.responseCritical);
  });

  it('Sign In App §1.9: Severe — 2 working hours on support (Fri 23:00 → Mon 01:00 London)', () => {
    // Fri 2026-06-05 23:00 BST: 1 h to midnight; weekend closed; Mon 06-08 00:00 → 01:00 BST = 00:00Z.
    expect(iso(signinapp().due('severe', '2026-06-05T23:00:00+01:00').dueAt)).toBe('2026-06-08T00:00:00.000Z');
  });

  it('Sign In App §1.9: Medium — 8 working hours on support, skipping the Spring bank holiday', () => {
    // Fri 2026-05-22 20:00 BST: 4 h to midnight; Mon 05-25 holiday; Tue 05-26 00:00 → 04:00 BST = 03:00Z.
    expect(iso(signinapp().due('medium', '2026-05-22T20:00:00+01:00').dueAt)).toBe('2026-05-26T03:00:00.000Z');
  });

  it('Sign In App §1.9: Minor — 1 week read as 5 business days = 120 h of support', () => {
    // Fri 2026-05-22 12:00 BST: Fri 12 h; Mon 05-25 holiday; Tue–Fri 4 × 24 = 96 h (108); Mon 06-01 00:00 → 12:00 (120).
    const answer = signinapp().due('minor', '2026-05-22T12:00:00+01:00');
    expect(iso(answer.dueAt)).toBe('2026-06-01T11:00:00.000Z');
    expect(answer.targetMs).toBe(120 * HOUR);
  });

  it('Sign In App §1.9: Minor across Easter and the DST change is counted in real hours of support days', () => {
    // Fri 2026-03-27 12:00 GMT: Fri 12 h; Mon 03-30 … Thu 04-02 96 h (108); Good Friday 04-03 and Easter Monday 04-06 closed;
    // Tue 04-07 00:00 BST → 12:00 BST (120) = 11:00Z.
    expect(iso(signinapp().due('minor', '2026-03-27T12:00:00Z').dueAt)).toBe('2026-04-07T11:00:00.000Z');
  });
});

describe('Sign In App §1.8, §1.10, §1.3/§1.4, §1.11', () => {
  it('Sign In App §1.8: the clock stops at the first reply — a reply at the due instant meets, 1 ms later misses', () => {
    const contract = signinapp();
    expect(contract.definition.responses?.stopEvent).toBe('first-reply');
    const ticket = { id: 'S-1', priority: 'severe', openedAt: '2026-06-05T23:00:00+01:00' };
    const due = at('2026-06-08T00:00:00Z');
    expect(contract.ticket({ ...ticket, respondedAt: due }, '2026-06-09T00:00:00Z').state).toBe('met');
    const late = contract.ticket({ ...ticket, respondedAt: due + 1 }, '2026-06-09T00:00:00Z');
    expect(late.state).toBe('missed');
    expect(late.breached).toBe(true);
    expect(contract.notes.find((n) => n.id === 'first-reply')?.source).toEqual(signinappSources.firstReply);
  });

  it('Sign In App §1.10: no resolution-time guarantee — only first-response priorities exist', () => {
    const contract = signinapp();
    expect(contract.priorities).toEqual(['critical', 'severe', 'medium', 'minor']);
    expect(contract.notes.find((n) => n.id === 'no-resolution-guarantee')?.source).toEqual(signinappSources.noResolutionGuarantee);
  });

  it('Sign In App §1.4 / §1.3: an excluded ticket is reported apart and never judged', () => {
    const now = '2026-06-10T00:00:00Z';
    const result = signinapp().tickets(
      [
        // Missed by a day, but excluded (e.g. unauthorised configuration change, §1.4.2).
        { id: 'X-1', priority: 'critical', openedAt: '2026-06-06T10:00:00+01:00', respondedAt: '2026-06-07T10:00:00+01:00', excluded: true },
        { id: 'OK-1', priority: 'critical', openedAt: '2026-06-06T10:00:00+01:00', respondedAt: '2026-06-06T10:30:00+01:00' },
      ],
      now,
    );
    expect(result.excluded.map((t) => t.id)).toEqual(['X-1']);
    expect(result.summary.total).toBe(1);
    expect(result.summary.missed).toBe(0);
    expect(result.summary.met).toBe(1);
    expect(signinapp().ticket({ id: 'X-2', priority: 'minor', openedAt: '2026-06-01T10:00:00+01:00', excluded: true }, now).excluded).toBe(true);
    // The scope notes cite what the seed says: §1.4 for the listed causes, §1.3 for products not bought through them.
    expect(signinapp().notes.find((n) => n.id === 'exclusions')?.source?.section).toBe('§1.4 Assistance');
    expect(signinapp().notes.find((n) => n.id === 'products-not-bought-through-them')?.source?.section).toBe('§1.3 Assistance');
  });

  it('Sign In App §1.11: "99.99 % uptime during 2022" is data, not a commitment — no verdict', () => {
    const uptime = signinapp().historicalUptime;
    expect(uptime).toMatchObject({ year: 2022, percent: '99.99', commitment: false });
    expect(uptime.source).toEqual(signinappSources.uptime2022);
    expect(signinapp().definition.availability).toBeUndefined();
    expectInputError(() => signinapp().availability({ period: '2022', incidents: [] }), 'contract');
  });
});

describe('Sign In App ambiguities and options', () => {
  it('Sign In App: every ambiguity names its clause, default reading, option and alternatives', () => {
    const ambiguities = signinapp().ambiguities;
    expect(ambiguities.map((a) => a.option)).toEqual(['criticalCalendar', 'minorTarget', 'zone', 'holidayRegion']);
    for (const ambiguity of ambiguities) {
      expect(ambiguity.clause).toMatch(/§1\.(1|9)/);
      expect(ambiguity.alternatives.length).toBeGreaterThan(0);
      // Alternatives are the non-default readings, each as `value: what it means`.
      for (const alternative of ambiguity.alternatives) expect(alternative).toMatch(/^[^:]+: \S/);
      expect(ambiguity.source?.file).toBe('003_8e2d6e5cee0ebe2c.txt');
    }
  });

  it('Sign In App option criticalCalendar "support": Critical waits for Monday (Sat 10:00 → Mon 01:00 London)', () => {
    // Sat 2026-06-06 10:00: support closed until Mon 06-08 00:00 BST; + 1 h = 01:00 BST = 00:00Z.
    const answer = signinapp({ criticalCalendar: 'support' }).due('critical', '2026-06-06T10:00:00+01:00');
    expect(iso(answer.dueAt)).toBe('2026-06-08T00:00:00.000Z');
    expect(answer.calendar).toBe('support');
  });

  it('Sign In App option minorTarget "calendar-days": 7 calendar days = 168 real hours on the 24/7 calendar', () => {
    // Fri 2026-05-22 12:00 BST + 168 h = Fri 05-29 12:00 BST = 11:00Z (default: Mon 06-01).
    expect(iso(signinapp({ minorTarget: 'calendar-days' }).due('minor', '2026-05-22T12:00:00+01:00').dueAt)).toBe('2026-05-29T11:00:00.000Z');
    // Across the DST change: Fri 2026-03-27 12:00 GMT + 168 h = 2026-04-03T12:00Z, i.e. 13:00 BST (real hours).
    expect(iso(signinapp({ minorTarget: 'calendar-days' }).due('minor', '2026-03-27T12:00:00Z').dueAt)).toBe('2026-04-03T12:00:00.000Z');
  });

  it('Sign In App option zone: support days in New York time', () => {
    // Sat 2026-06-06 01:00Z is Sat 02:00 in London (closed) but Fri 21:00 in New York (open).
    expect(signinapp().calendar('support').isOpen('2026-06-06T01:00:00Z')).toBe(false);
    expect(signinapp({ zone: 'America/New_York' }).calendar('support').isOpen('2026-06-06T01:00:00Z')).toBe(true);
    expect(signinapp({ zone: 'America/New_York' }).calendar('critical').zone).toBe('America/New_York');
  });

  it('Sign In App option holidayRegion "GB-SCT": Scottish bank holidays (first Monday of August, not the last)', () => {
    expect(signinapp().calendar('support').isOpen('2026-08-03T12:00:00+01:00')).toBe(true);
    expect(signinapp({ holidayRegion: 'GB-SCT' }).calendar('support').isOpen('2026-08-03T12:00:00+01:00')).toBe(false);
    expect(signinapp({ holidayRegion: 'GB-SCT' }).calendar('support').isOpen('2026-08-31T12:00:00+01:00')).toBe(true);
  });

  it('Sign In App options: an unknown option or value is refused, naming options.<name>', () => {
    expectInputError(() => signinapp({ minorTarget: 'week' as never }), 'options.minorTarget');
    expectInputError(() => signinapp({ region: 'GB' } as never), 'options.region');
    expectInputError(() => signinapp({ zone: 0 as never }), 'options.zone');
  });
});

describe('Sign In App round trip and malformed definitions', () => {
  it('Sign In App round trip: the JSON definition through defineContract answers like the preset', () => {
    const cases: SigninappOptions[] = [{}, { criticalCalendar: 'support', minorTarget: 'calendar-days', holidayRegion: 'GB-SCT' }];
    for (const options of cases) {
      const preset = signinapp(options);
      const json = JSON.parse(JSON.stringify(preset.definition)) as ContractDefinition;
      const plain = defineContract(json);
      const restored = SigninappContract.from(plain);
      expect(restored.definition).toEqual(preset.definition);
      for (const priority of preset.priorities) {
        for (const opened of ['2026-05-22T12:00:00+01:00', '2026-06-06T10:00:00+01:00', '2026-07-31T20:00:00+01:00']) {
          expect(plain.due(priority, opened).dueAt).toBe(preset.due(priority, opened).dueAt);
        }
      }
      const ticket = { id: 'S-1', priority: 'medium', openedAt: '2026-05-22T20:00:00+01:00', respondedAt: '2026-05-26T03:30:00Z' };
      expect(plain.ticket(ticket, '2026-06-01T00:00:00Z').state).toBe(preset.ticket(ticket, '2026-06-01T00:00:00Z').state);
      expect(restored.historicalUptime).toEqual(preset.historicalUptime);
    }
  });

  it('Sign In App malformed definition: an unknown zone fails at calendars.support.zone', () => {
    const error = definitionErrorOf(signinappDefinition({ zone: 'Europe/Londn' }));
    expect(error.path).toBe('calendars.support.zone');
    expect(error.message).toContain('Europe/Londn');
  });

  it('Sign In App malformed definition: a negative duration fails at its path', () => {
    expect(definitionErrorOf(mutated((d) => { d.responses.priorities.minor.target = -1; })).path).toBe('responses.priorities.minor.target');
    expect(definitionErrorOf(mutated((d) => { d.responses.priorities.critical.target = '-PT1H'; })).path).toBe('responses.priorities.critical.target');
  });

  it('Sign In App malformed definition: overlapping credit tiers fail under penalties.tiers[i]', () => {
    // No credits in the text; an availability section and a table with overlapping rows added.
    const error = definitionErrorOf(mutated((d) => {
      d.availability = { zone: 'Europe/London', commitments: [{ id: 'uptime', target: '99.99', period: 'year' }] };
      d.penalties = { commitment: 'uptime', tiers: [{ min: '99', creditPercent: 0 }, { min: '98', max: '99.5', creditPercent: 5 }] };
    }));
    expect(error.path).toMatch(/^penalties\.tiers\[\d\]$/);
    expect(error.message).toMatch(/overlap/);
  });

  it('Sign In App malformed definition: an unknown holiday region fails under calendars.support.holidays[0]', () => {
    const error = definitionErrorOf(signinappDefinition({ holidayRegion: 'GB-XYZ' }));
    expect(error.path).toBe('calendars.support.holidays[0]');
    expect(error.message).toContain('GB-XYZ');
  });

  it('Sign In App malformed definition: a priority on an unknown calendar fails at its calendar path', () => {
    const error = definitionErrorOf(mutated((d) => { d.responses.priorities.severe.calendar = 'weekdays'; }));
    expect(error.path).toBe('responses.priorities.severe.calendar');
  });
});
