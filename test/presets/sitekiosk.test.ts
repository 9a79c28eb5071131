import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod } from '../../src/availability/index.js';
import { defineContract } from '../../src/contract/define-contract.js';
import type { ContractDefinition } from '../../src/contract/schema.js';
import { SitekioskContract, type SitekioskOptions, sitekiosk, sitekioskDefinition, sitekioskSources } from '../../src/presets/sitekiosk/index.js';
import { definitionErrorOf, editedCopy, expectInputError } from './helpers.js';

// PROVISIO SiteKiosk Online SLA, 001_f7077658456a0107.txt.

const MINUTE = 60_000;
const HOUR = 3_600_000;

// 2026 in Europe/Berlin: 365 × 24 h = 8 760 h (the spring and autumn DST hours cancel out).
const YEAR_2026_MS = 8760 * HOUR; // 31 536 000 000
// 0.5 % of 8 760 h = 43.8 h = 43 h 48 min = 157 680 000 ms.
const BUDGET_2026_MS = 43 * HOUR + 48 * MINUTE;

/** An `internal` outage of `ms` starting at `start`. */
const outage = (start: string, ms: number) => ({ start, end: Date.parse(start) + ms });

function service(report: ReturnType<SitekioskContract['availability']>) {
  const commitment = report.commitments.find((c) => c.id === 'service');
  if (!commitment) throw new Error('service commitment not evaluated');
  return commitment;
}

function mutated(edit: (definition: any) => void, options: SitekioskOptions = {}): unknown {
  return editedCopy(sitekioskDefinition(options), edit);
}

describe('SiteKiosk §1, service availability ≥ 99.5 % annual average', () => {
  it('SiteKiosk §1: the commitment "service" is 99.5 % over the calendar year, Europe/Berlin, 24/7', () => {
    const report = sitekiosk().availability({ period: '2026', incidents: [] });
    expect(service(report).target).toBe('99.5');
    expect(service(report).period).toBe('year');
    expect(service(report).result.measuredMs).toBe(YEAR_2026_MS);
    expect(service(report).aggregation).toBe('whole-period');
    expect(service(report).source).toEqual(sitekioskSources.serviceAvailability);
  });

  it('SiteKiosk §1: 43 h 48 min of downtime in 2026 is exactly 99.5 % (met); one more ms misses', () => {
    // (8 760 h − 43.8 h) / 8 760 h = 0.995 exactly.
    const exact = service(sitekiosk().availability({ period: '2026', incidents: [outage('2026-02-02T00:00:00+01:00', BUDGET_2026_MS)] }));
    expect(exact.met).toBe(true);
    expect(exact.marginMs).toBe(0);
    expect(exact.availabilityPercent).toBe('99.5000');
    const over = service(sitekiosk().availability({ period: '2026', incidents: [outage('2026-02-02T00:00:00+01:00', BUDGET_2026_MS + 1)] }));
    expect(over.met).toBe(false);
    expect(over.marginMs).toBe(-1);
  });

  it('SiteKiosk §1: the year is the Berlin calendar year (an outage at 00:30 Berlin on New Year belongs to the next year)', () => {
    // 2026-12-31T23:30Z is 2027-01-01 00:30 CET: outside 2026. 2025-12-31T23:00Z → 2026-01-01T01:00Z: 1 h inside 2026 (from 00:00 CET = 23:00Z).
    const report = sitekiosk().availability({
      period: '2026',
      incidents: [outage('2026-12-31T23:30:00Z', HOUR), { start: '2025-12-31T22:00:00Z', end: '2026-01-01T00:00:00Z' }],
    });
    expect(service(report).result.countedDowntimeMs).toBe(HOUR);
  });

  it('SiteKiosk §1: a monthly period is not the annual commitment (skipped, not judged)', () => {
    const report = sitekiosk().availability({ period: '2026-03', incidents: [] });
    expect(report.commitments).toEqual([]);
    expect(report.skipped.map((s) => s.id)).toEqual(['service']);
    expect(report.credit).toBeNull();
  });

  it('SiteKiosk §1 budget: 0.5 % of 8 760 h = 43 h 48 min in 2026; 0.5 % of 8 784 h = 43 h 55 min 12 s in 2028', () => {
    const contract = sitekiosk();
    expect(contract.downtimeBudget(2026).allowedMs).toBe(BUDGET_2026_MS); // 157 680 000
    expect(contract.downtimeBudget(2026).baseMs).toBe(YEAR_2026_MS);
    // 8 784 h × 0.005 = 43.92 h = 43 h 55 min 12 s = 158 112 000 ms.
    expect(contract.downtimeBudget(2028).allowedMs).toBe(43 * HOUR + 55 * MINUTE + 12_000);
    expect(contract.downtimeBudget(2028).zone).toBe('Europe/Berlin');
  });

  it('SiteKiosk §1 budget: used and left — 40 h used in 2028 leaves 3 h 55 min 12 s; 44 h in 2026 is 12 min over', () => {
    const leap = sitekiosk().downtimeBudget(2028, 40 * HOUR);
    expect(leap.remainingMs).toBe(3 * HOUR + 55 * MINUTE + 12_000);
    expect(leap.met).toBe(true);
    const common = sitekiosk().downtimeBudget(2026, 44 * HOUR);
    expect(common.remainingMs).toBe(-12 * MINUTE);
    expect(common.met).toBe(false);
    expectInputError(() => sitekiosk().downtimeBudget(2026, -1), 'usedMs');
    expectInputError(() => sitekiosk().downtimeBudget(2026.5), 'year');
  });

  it('SiteKiosk §1 updates: by default program and operational updates count as downtime, announced or not', () => {
    // A 44 h outage Tue 2026-03-10 00:00 → Wed 03-11 20:00 Berlin including a 4 h announced update window:
    // nothing is excused, 44 h > 43 h 48 min → missed by 12 min.
    const report = sitekiosk().availability({
      period: '2026',
      incidents: [outage('2026-03-10T00:00:00+01:00', 44 * HOUR)],
      maintenance: [{ start: '2026-03-10T02:00:00+01:00', end: '2026-03-10T06:00:00+01:00', announcedAt: '2026-03-01T12:00:00+01:00' }],
    });
    expect(service(report).result.excusedMs).toBe(0);
    expect(service(report).met).toBe(false);
    expect(service(report).marginMs).toBe(-12 * MINUTE);
  });

  it('SiteKiosk §1 scope: the permitted unavailability concerns the server component only (note)', () => {
    expect(sitekiosk().notes.find((n) => n.id === 'server-component-only')?.source).toEqual(sitekioskSources.serverComponentOnly);
    expect(sitekiosk().notes.find((n) => n.id === 'no-response-targets')).toBeDefined();
    expect(sitekiosk().priorities).toEqual([]);
    // @ts-expect-error — SiteKiosk states no response priority: refused by the types; JavaScript callers get the run-time error checked here
    expectInputError(() => sitekiosk().due('critical', '2026-06-01T09:00:00+02:00'), 'contract');
  });
});

describe('SiteKiosk §2, support calendars', () => {
  it('SiteKiosk §2 supportEurope: Mon–Thu 09:00–17:00, Fri 09:00–16:00, Europe/Berlin', () => {
    const europe = sitekiosk().calendar('supportEurope');
    expect(europe.zone).toBe('Europe/Berlin');
    expect(europe.isOpen('2026-06-11T16:30:00+02:00')).toBe(true); // Thursday
    expect(europe.isOpen('2026-06-12T15:59:59+02:00')).toBe(true); // Friday before 16:00
    expect(europe.isOpen('2026-06-12T16:00:00+02:00')).toBe(false); // Friday closes at 16:00
    expect(europe.isOpen('2026-06-08T08:59:59+02:00')).toBe(false);
    // Week 2026-06-08 … 06-14: 4 × 8 h + 7 h = 39 h.
    expect(europe.elapsed('2026-06-08T00:00:00+02:00', '2026-06-15T00:00:00+02:00')).toBe(39 * HOUR);
  });

  it('SiteKiosk §2 supportEurope: closed on North Rhine-Westphalia public holidays (Corpus Christi Thu 2026-06-04)', () => {
    const europe = sitekiosk().calendar('supportEurope');
    expect(europe.isOpen('2026-06-04T10:00:00+02:00')).toBe(false);
    // Week 2026-06-01 … 06-07: Mon–Wed 3 × 8 h + Fri 7 h = 31 h.
    expect(europe.elapsed('2026-06-01T00:00:00+02:00', '2026-06-08T00:00:00+02:00')).toBe(31 * HOUR);
  });

  it('SiteKiosk §2 supportEurope: company holidays are user-supplied closure dates (option companyClosures)', () => {
    // Wed 2026-12-23 is an ordinary working day unless the company closes it.
    expect(sitekiosk().calendar('supportEurope').isOpen('2026-12-23T10:00:00+01:00')).toBe(true);
    const closed = sitekiosk({ companyClosures: ['2026-12-23', '2026-12-30'] }).calendar('supportEurope');
    expect(closed.isOpen('2026-12-23T10:00:00+01:00')).toBe(false);
    expect(closed.isOpen('2026-12-22T10:00:00+01:00')).toBe(true);
    expect(sitekiosk({ companyClosures: ['2026-12-23'] }).definition.calendars.supportEurope).toMatchObject({ closedDates: ['2026-12-23'] });
  });

  it('SiteKiosk §2 supportNorthAmerica: Mon–Fri 09:00–17:00 America/New_York, no holidays by default', () => {
    const america = sitekiosk().calendar('supportNorthAmerica');
    expect(america.zone).toBe('America/New_York');
    expect(america.isOpen('2026-06-05T16:30:00-04:00')).toBe(true); // Friday, no short day here
    expect(america.isOpen('2026-06-05T17:00:00-04:00')).toBe(false);
    expect(america.isOpen('2026-11-26T10:00:00-05:00')).toBe(true); // Thanksgiving: the text names no holidays
  });

  it('SiteKiosk §2 supportNorthAmerica option northAmericaHolidays: US public holidays close it', () => {
    expect(sitekiosk({ northAmericaHolidays: true }).calendar('supportNorthAmerica').isOpen('2026-11-26T10:00:00-05:00')).toBe(false);
    expect(sitekiosk({ northAmericaHolidays: true }).calendar('supportNorthAmerica').isOpen('2026-11-27T10:00:00-05:00')).toBe(true);
  });

  it('SiteKiosk §2 supportNorthAmerica option northAmericaZone: Los Angeles hours', () => {
    // 09:30 in New York (13:30Z) is 06:30 in Los Angeles: open by default, closed on Pacific time.
    expect(sitekiosk().calendar('supportNorthAmerica').isOpen('2026-06-01T13:30:00Z')).toBe(true);
    expect(sitekiosk({ northAmericaZone: 'America/Los_Angeles' }).calendar('supportNorthAmerica').isOpen('2026-06-01T13:30:00Z')).toBe(false);
    expect(sitekiosk({ northAmericaZone: 'America/Los_Angeles' }).calendar('supportNorthAmerica').isOpen('2026-06-01T16:30:00Z')).toBe(true); // 09:30 PDT
  });

  it('SiteKiosk §2: the calendars cite the seed', () => {
    const d = sitekiosk().definition;
    expect(d.calendars.supportEurope?.source).toEqual(sitekioskSources.supportEuropeHours);
    expect(d.calendars.supportNorthAmerica?.source).toEqual(sitekioskSources.supportNorthAmericaHours);
  });
});

describe('SiteKiosk §3, data security', () => {
  it('SiteKiosk §3: regular backups and no recovery after deletion are informational notes', () => {
    const notes = sitekiosk().notes;
    expect(notes.find((n) => n.id === 'backups')?.source).toEqual(sitekioskSources.backups);
    expect(notes.find((n) => n.id === 'no-recovery-after-deletion')?.source).toEqual(sitekioskSources.noRecoveryAfterDeletion);
  });
});

describe('SiteKiosk ambiguities and options', () => {
  it('SiteKiosk: every ambiguity names its clause, default reading, option and alternatives', () => {
    const ambiguities = sitekiosk().ambiguities;
    expect(ambiguities.map((a) => a.option)).toEqual(['aggregation', 'announcedUpdates', 'companyClosures', 'northAmericaZone', 'northAmericaHolidays']);
    for (const ambiguity of ambiguities) {
      expect(ambiguity.clause).toMatch(/^§[12]$/);
      expect(ambiguity.alternatives.length).toBeGreaterThan(0);
      // Alternatives are the non-default readings, each as `value: what it means`.
      for (const alternative of ambiguity.alternatives) expect(alternative).toMatch(/^[^:]+: \S/);
      expect(ambiguity.source?.file).toBe('001_f7077658456a0107.txt');
    }
  });

  it('SiteKiosk option aggregation "mean-of-months": 43 h 48 min in February misses (met over the whole year)', () => {
    // February 2026 in Berlin is 28 × 24 = 672 h; the other months are at 100 %.
    // Mean = 1 − 43.8 / (12 × 672) = 1 − 43.8 / 8 064 = 0.9945684… < 0.995.
    // February alone may hold 0.5 % × 12 × 672 h = 40.32 h; 43.8 − 40.32 = 3.48 h = 12 528 000 ms over.
    const incidents = [outage('2026-02-02T00:00:00+01:00', BUDGET_2026_MS)];
    const mean = service(sitekiosk({ aggregation: 'mean-of-months' }).availability({ period: '2026', incidents }));
    expect(mean.aggregation).toBe('mean-of-months');
    expect(mean.met).toBe(false);
    expect(mean.availabilityPercent).toBe('99.4568');
    expect(mean.marginMs).toBe(-12_528_000);
    expect(mean.monthly?.length).toBe(12);
    expect(mean.monthly?.[1]?.ratio).toEqual({ numerator: 672 * HOUR - BUDGET_2026_MS, denominator: 672 * HOUR });
    expect(service(sitekiosk().availability({ period: '2026', incidents })).met).toBe(true);
  });

  it('SiteKiosk option aggregation "mean-of-months": 44 h in January meets (missed over the whole year)', () => {
    // January is 744 h: it may hold 0.5 % × 12 × 744 h = 44.64 h, so 44 h meets the monthly mean:
    // 1 − 44 / 8 928 = 0.9950716… → "99.5071". Whole year: 44 h > 43.8 h → missed.
    // Margin is what the shortest month (February, 672 h) could still take:
    // 0.64 h × 672 / 744 = 2 304 000 × 672 / 744 = 2 081 032.26… → 2 081 032 ms.
    const incidents = [outage('2026-01-12T00:00:00+01:00', 44 * HOUR)];
    const mean = service(sitekiosk({ aggregation: 'mean-of-months' }).availability({ period: '2026', incidents }));
    expect(mean.met).toBe(true);
    expect(mean.availabilityPercent).toBe('99.5071');
    expect(mean.marginMs).toBe(2_081_032);
    const whole = service(sitekiosk().availability({ period: '2026', incidents }));
    expect(whole.met).toBe(false);
    expect(whole.marginMs).toBe(-12 * MINUTE);
  });

  it('SiteKiosk option aggregation "mean-of-months": the margin is exact — February can take 2 081 032 ms more, not 1 ms beyond', () => {
    // With 44 h in January (margin 2 081 032 ms, see above), adding the margin to February keeps the mean at
    // or above 99.5 %; one more ms drops it below.
    const contract = sitekiosk({ aggregation: 'mean-of-months' });
    const january = outage('2026-01-12T00:00:00+01:00', 44 * HOUR);
    const judge = (ms: number) => service(contract.availability({ period: '2026', incidents: [january, outage('2026-02-10T00:00:00+01:00', ms)] }));
    expect(judge(2_081_032).met).toBe(true);
    expect(judge(2_081_032).marginMs).toBe(0);
    expect(judge(2_081_033).met).toBe(false);
  });

  it('SiteKiosk option aggregation "mean-of-months": a period that is not a calendar year, quarter or month is refused', () => {
    const custom = AvailabilityPeriod.between('2026-01-01T00:00:00+01:00', '2026-07-01T00:00:00+02:00');
    expectInputError(() => sitekiosk({ aggregation: 'mean-of-months' }).availability({ period: custom, incidents: [] }), 'period');
    // The whole-period reading judges any period.
    expect(service(sitekiosk().availability({ period: custom, incidents: [] })).met).toBe(true);
  });

  it('SiteKiosk property: the mean of months is met iff Σ downtimeᵢ / lengthᵢ ≤ 12 × 0.5 % (exact rationals)', () => {
    // Month lengths of 2026 in Berlin, in hours: 744, 672, 743 (DST), 720, 744, 720, 744, 744, 720, 745 (DST), 720, 744.
    const hours = [744, 672, 743, 720, 744, 720, 744, 744, 720, 745, 720, 744];
    const contract = sitekiosk({ aggregation: 'mean-of-months' });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 * 60 }), { minLength: 12, maxLength: 12 }), (minutes) => {
        // One outage per month, from the 2nd at 00:00 UTC (inside the month in Berlin), of minutes[i] minutes.
        const incidents = minutes.flatMap((m, i) => (m === 0 ? [] : [outage(`2026-${String(i + 1).padStart(2, '0')}-02T00:00:00Z`, m * MINUTE)]));
        const verdict = service(contract.availability({ period: '2026', incidents }));
        // Oracle: Σ (mᵢ / 60) / hᵢ ≤ 0.06 ⟺ 100 · Σ mᵢ · (L / hᵢ) ≤ 6 · 60 · L, with L = Π hᵢ.
        const product = hours.reduce((a, h) => a * BigInt(h), 1n);
        const used = minutes.reduce((a, m, i) => a + BigInt(m) * (product / BigInt(hours[i] as number)), 0n);
        expect(verdict.met).toBe(100n * used <= 360n * product);
        expect(verdict.marginMs >= 0).toBe(verdict.met);
      }),
      { numRuns: 300 },
    );
  });

  it('SiteKiosk option announcedUpdates "excused": an announced update window is excused', () => {
    // Same 44 h outage with a 4 h update window: 4 h excused, 40 h counted; measured 8 760 − 4 = 8 756 h;
    // allowed ⌊0.005 × 8 756 h⌋ = 43.78 h = 157 608 000 ms; margin 157 608 000 − 144 000 000 = 13 608 000.
    const report = sitekiosk({ announcedUpdates: 'excused' }).availability({
      period: '2026',
      incidents: [outage('2026-03-10T00:00:00+01:00', 44 * HOUR)],
      maintenance: [{ start: '2026-03-10T02:00:00+01:00', end: '2026-03-10T06:00:00+01:00', announcedAt: '2026-03-01T12:00:00+01:00' }],
    });
    expect(service(report).result.excusedMs).toBe(4 * HOUR);
    expect(service(report).result.countedDowntimeMs).toBe(40 * HOUR);
    expect(service(report).met).toBe(true);
    expect(service(report).marginMs).toBe(13_608_000);
  });

  it('SiteKiosk options: an unknown option or value is refused, naming options.<name>', () => {
    expectInputError(() => sitekiosk({ aggregation: 'median' as never }), 'options.aggregation');
    expectInputError(() => sitekiosk({ zone: 'Europe/Berlin' } as never), 'options.zone');
    expectInputError(() => sitekiosk({ companyClosures: '2026-12-24' as never }), 'options.companyClosures');
    expect(sitekiosk({ companyClosures: ['2026-12-24', '2026-12-31'] }).definition.options).toEqual({
      aggregation: 'whole-year',
      announcedUpdates: 'downtime',
      companyClosures: '2026-12-24,2026-12-31',
      northAmericaZone: 'America/New_York',
      northAmericaHolidays: false,
    });
  });
});

describe('SiteKiosk round trip and malformed definitions', () => {
  it('SiteKiosk round trip: the JSON definition through defineContract answers like the preset', () => {
    const cases: SitekioskOptions[] = [{}, { aggregation: 'mean-of-months', announcedUpdates: 'excused', companyClosures: ['2026-12-23'], northAmericaHolidays: true }];
    const incidents = [outage('2026-01-12T00:00:00+01:00', 44 * HOUR)];
    const maintenance = [{ start: '2026-01-12T02:00:00+01:00', end: '2026-01-12T03:00:00+01:00' }];
    for (const options of cases) {
      const preset = sitekiosk(options);
      const json = JSON.parse(JSON.stringify(preset.definition)) as ContractDefinition;
      const plain = defineContract(json);
      const restored = SitekioskContract.from(plain);
      expect(restored.definition).toEqual(preset.definition);
      const a = service(plain.availability({ period: '2026', incidents, maintenance }));
      const b = service(preset.availability({ period: '2026', incidents, maintenance }));
      expect([a.met, a.marginMs, a.availabilityPercent]).toEqual([b.met, b.marginMs, b.availabilityPercent]);
      expect(restored.downtimeBudget(2028, HOUR)).toEqual(preset.downtimeBudget(2028, HOUR));
      for (const t of ['2026-12-23T10:00:00+01:00', '2026-11-26T10:00:00-05:00']) {
        expect(plain.calendar('supportEurope').isOpen(t)).toBe(preset.calendar('supportEurope').isOpen(t));
        expect(plain.calendar('supportNorthAmerica').isOpen(t)).toBe(preset.calendar('supportNorthAmerica').isOpen(t));
      }
    }
  });

  it('SiteKiosk malformed definition: an unknown zone fails at calendars.supportNorthAmerica.zone', () => {
    const error = definitionErrorOf(sitekioskDefinition({ northAmericaZone: 'America/Nowhere' }));
    expect(error.path).toBe('calendars.supportNorthAmerica.zone');
    expect(error.message).toContain('America/Nowhere');
    expect(definitionErrorOf(mutated((d) => { d.availability.zone = 'Europe/Berln'; })).path).toBe('availability.zone');
  });

  it('SiteKiosk malformed definition: a negative duration fails at its path', () => {
    const error = definitionErrorOf(mutated((d) => { d.availability.maintenance[0].minimumNotice = '-PT1H'; }, { announcedUpdates: 'excused' }));
    expect(error.path).toBe('availability.maintenance[0].minimumNotice');
    expect(definitionErrorOf(mutated((d) => { d.availability.recordingThreshold = -1; })).path).toBe('availability.recordingThreshold');
  });

  it('SiteKiosk malformed definition: overlapping credit tiers fail under penalties.tiers[i]', () => {
    // SiteKiosk has no credits; a table added with [99, ∞) and [98.5, 99.5) overlapping on [99, 99.5).
    const error = definitionErrorOf(mutated((d) => {
      d.penalties = { commitment: 'service', tiers: [{ min: '99', creditPercent: 0 }, { min: '98.5', max: '99.5', creditPercent: 10 }] };
    }));
    expect(error.path).toMatch(/^penalties\.tiers\[\d\]$/);
    expect(error.message).toMatch(/overlap/);
  });

  it('SiteKiosk malformed definition: an unknown holiday region fails under calendars.supportEurope.holidays[0]', () => {
    const error = definitionErrorOf(mutated((d) => { d.calendars.supportEurope.holidays = ['DE-ZZ']; }));
    expect(error.path).toBe('calendars.supportEurope.holidays[0]');
    expect(error.message).toContain('DE-ZZ');
  });

  it('SiteKiosk malformed definition: a bad company closure date fails at calendars.supportEurope.closedDates[0]', () => {
    const error = definitionErrorOf(sitekioskDefinition({ companyClosures: ['2026-02-30'] }));
    expect(error.path).toBe('calendars.supportEurope.closedDates[0]');
  });
});
