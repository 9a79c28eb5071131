import { describe, expect, it } from 'vitest';
import { SlaDefinitionError, SlaInputError, defineContract, formatInstant } from '../../src/index.js';
import type { ContractDefinition } from '../../src/index.js';

/** A small valid definition; each test breaks one thing. */
function base(): ContractDefinition {
  return {
    id: 'acme',
    name: 'ACME',
    calendars: {
      office: { zone: 'Europe/Paris', week: { mon: ['09:00-18:00'], tue: ['09:00-18:00'], wed: ['09:00-18:00'], thu: ['09:00-18:00'], fri: ['09:00-18:00'] }, holidays: ['FR'] },
      always: { always: true, zone: 'Europe/Paris' },
    },
    responses: { priorities: { urgent: { target: 'PT4H', calendar: 'office' }, blocking: { target: 'PT1H', calendar: 'always' } } },
    availability: {
      zone: 'Europe/Paris',
      commitments: [
        { id: 'server', target: '99.95', period: 'month' },
        { id: 'application', target: '99', period: 'month' },
      ],
    },
    penalties: { commitment: 'application', tiers: [{ min: '99', creditPercent: 0 }, { max: '99', creditPercent: 10 }], capPercent: 10, fee: { per: 'month' } },
    deadlines: [{ id: 'export', days: 90, from: 'contractEnd', zone: 'Europe/Paris' }],
  };
}

function pathOf(definition: unknown): string {
  try {
    defineContract(definition);
  } catch (error) {
    expect(error).toBeInstanceOf(SlaDefinitionError);
    return (error as SlaDefinitionError).path;
  }
  throw new Error('expected SlaDefinitionError');
}

describe('defineContract: malformed definitions name the JSON path', () => {
  it('unknown zone → calendars.office.zone', () => {
    const d = base() as any;
    d.calendars.office.zone = 'Europe/Pariss';
    expect(pathOf(d)).toBe('calendars.office.zone');
  });

  it('negative duration → responses.priorities.urgent.target', () => {
    const d = base() as any;
    d.responses.priorities.urgent.target = -1;
    expect(pathOf(d)).toBe('responses.priorities.urgent.target');
  });

  it('overlapping penalty tiers → penalties.tiers[1]', () => {
    const d = base() as any;
    // [99, ∞) and (−∞, 99.5) overlap on [99, 99.5).
    d.penalties.tiers[1].max = '99.5';
    expect(pathOf(d)).toMatch(/^penalties\.tiers\[\d\]$/);
  });

  it('unknown holiday region → calendars.office.holidays[0]', () => {
    const d = base() as any;
    d.calendars.office.holidays = ['XX'];
    expect(pathOf(d)).toBe('calendars.office.holidays[0]');
  });

  it('a priority on an unknown calendar → responses.priorities.urgent.calendar', () => {
    const d = base() as any;
    d.responses.priorities.urgent.calendar = 'ofice';
    expect(pathOf(d)).toBe('responses.priorities.urgent.calendar');
  });

  it('a credit table on an unknown commitment → penalties.commitment', () => {
    const d = base() as any;
    d.penalties.commitment = 'app';
    expect(pathOf(d)).toBe('penalties.commitment');
  });

  it('a credit table fed by a mean-of-months commitment is refused → penalties.commitment', () => {
    const d = base() as any;
    d.availability.commitments[1].aggregation = 'mean-of-months';
    expect(pathOf(d)).toBe('penalties.commitment');
  });

  it('a bad weekly range → calendars.office.week.mon[0]', () => {
    const d = base() as any;
    d.calendars.office.week.mon = ['25:00-26:00'];
    expect(pathOf(d)).toBe('calendars.office.week.mon[0]');
  });

  it('an unknown top-level key is rejected (strict schema)', () => {
    const d = { ...base(), colour: 'blue' };
    expect(() => defineContract(d)).toThrow(SlaDefinitionError);
  });

  it('every issue is listed, not only the first', () => {
    const d = base() as any;
    d.calendars.office.zone = 'Nowhere/City';
    d.responses.priorities.urgent.target = 'ten hours';
    try {
      defineContract(d);
      expect.unreachable();
    } catch (error) {
      const paths = (error as SlaDefinitionError).issues.map((i) => i.path);
      expect(paths).toContain('calendars.office.zone');
      expect(paths).toContain('responses.priorities.urgent.target');
    }
  });
});

describe('Contract engine built from a definition', () => {
  it('due on the office calendar: Mon 2026-06-01 16:00 Paris + 4 h → Tue 11:00 Paris', () => {
    // 2 h Monday (16:00–18:00), 2 h Tuesday (09:00–11:00) → Tue 11:00 CEST = 09:00Z.
    const acme = defineContract(base());
    expect(formatInstant(acme.due('urgent', '2026-06-01T16:00:00+02:00').dueAt)).toBe('2026-06-02T09:00:00.000Z');
  });

  it('an unknown priority names the priority and the known ones', () => {
    const acme = defineContract(base());
    expect(() => acme.due('p9', '2026-06-01T16:00:00+02:00')).toThrow(/p9/);
  });

  it('byCommitment feeds each commitment its own data (Letsignit §4 server from alert tickets, §5 application from probes)', () => {
    const acme = defineContract(base());
    // June 2026 = 30 d = 720 h = 43,200 min. Server: 30 min down → 1 − 30/43,200 = 99.9306 % < 99.95 % → missed.
    // Application: nothing down → 100 % → met, credit 0 %.
    const report = acme.availability({
      period: '2026-06',
      byCommitment: { server: { incidents: [{ start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T10:30:00+02:00', cause: 'internal' }] } },
    });
    const server = report.commitments.find((c) => c.id === 'server');
    const application = report.commitments.find((c) => c.id === 'application');
    expect(server?.result.countedDowntimeMs).toBe(30 * 60_000);
    expect(server?.met).toBe(false);
    expect(application?.result.countedDowntimeMs).toBe(0);
    expect(application?.met).toBe(true);
    expect(report.credit?.percent).toBe(0);
  });

  it('byCommitment with an unknown commitment id is a typed error naming it', () => {
    const acme = defineContract(base());
    expect(() => acme.availability({ period: '2026-06', byCommitment: { servr: {} } })).toThrow(SlaInputError);
    expect(() => acme.availability({ period: '2026-06', byCommitment: { servr: {} } })).toThrow(/byCommitment\.servr/);
  });

  it('a yearly period skips monthly commitments and says why', () => {
    const acme = defineContract(base());
    const report = acme.availability({ period: '2026' });
    expect(report.commitments).toHaveLength(0);
    expect(report.skipped.map((s) => s.id)).toEqual(['server', 'application']);
    expect(report.credit).toBeNull();
  });

  it('credit amount in minor units: 10 % of 1,234.56 EUR = 123.456 → 12346 cents (half up)', () => {
    const acme = defineContract(base());
    // 720 h; 10 h down → 1 − 10/720 = 98.61 % < 99 % → 10 %.
    const report = acme.availability({
      period: '2026-06',
      incidents: [{ start: '2026-06-10T08:00:00+02:00', end: '2026-06-10T18:00:00+02:00', cause: 'internal' }],
      feeMinor: 123456,
      currency: 'EUR',
    });
    expect(report.credit).toMatchObject({ percent: 10, amountMinor: 12346, currency: 'EUR' });
  });

  it('calendar-day deadline: 90 days after 2026-12-31 → last day 2027-03-31, ends at local midnight after it', () => {
    // Jan 31 + Feb 28 + Mar 31 = 90 → 2027-03-31; midnight 2027-04-01 CEST = 2027-03-31T22:00Z.
    const acme = defineContract(base());
    const deadline = acme.deadline('export', '2026-12-31');
    expect(deadline.lastDay).toBe('2027-03-31');
    expect(formatInstant(deadline.endsAt)).toBe('2027-03-31T22:00:00.000Z');
  });

  it('definition round-trips through JSON with identical answers', () => {
    const acme = defineContract(base());
    const again = defineContract(JSON.parse(JSON.stringify(acme.definition)));
    const opened = '2026-07-10T17:30:00+02:00';
    expect(again.due('urgent', opened).dueAt).toBe(acme.due('urgent', opened).dueAt);
  });
});

describe('Contract.tickets with regions', () => {
  it('returns statuses in input order, each with its region (LumApps: emea, nam, emea)', async () => {
    const { lumapps } = await import('../../src/presets/lumapps/index.js');
    const contract = lumapps();
    const result = contract.tickets(
      [
        { id: 'A', priority: 'p1', region: 'emea', openedAt: '2026-06-01T10:00:00+02:00', respondedAt: '2026-06-01T10:30:00+02:00' },
        { id: 'B', priority: 'p1', region: 'nam', openedAt: '2026-06-01T10:00:00-04:00', respondedAt: '2026-06-01T12:00:00-04:00' },
        { id: 'C', priority: 'p2', region: 'emea', openedAt: '2026-06-01T10:00:00+02:00' },
      ],
      '2026-06-02T00:00:00Z',
    );
    expect(result.tickets.map((t) => t.id)).toEqual(['A', 'B', 'C']);
    expect(result.tickets.map((t) => t.region)).toEqual(['emea', 'nam', 'emea']);
    // A: 30 min of 1 h → met. B: 10:00→12:00 New York is 2 business hours > 1 h → missed.
    // C: open since Mon 10:00 Paris, judged at Tue 02:00 Paris: 8 business hours (10:00–18:00) > 4 h → missed.
    expect(result.tickets.map((t) => t.met)).toEqual([true, false, false]);
    expect(result.summary.total).toBe(3);
  });
});
