import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/contract/define-contract.js';
import type { ContractDefinition } from '../../src/contract/schema.js';
import { LinkandoContract, type LinkandoOptions, classifyLinkandoCase, linkando, linkandoDefinition, linkandoSources } from '../../src/presets/linkando/index.js';
import { definitionErrorOf, editedCopy, expectInputError } from './helpers.js';

// Linkando terms of use + Annex 1 SLA, 002_409a52764840af8c.txt.

const MINUTE = 60_000;
const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const at = (text: string): number => Date.parse(text);

// June 2026, support calendar (Mon–Fri 08:00–18:00 Berlin, DE-RP): 22 weekdays
// (1–5, 8–12, 15–19, 22–26, 29–30) minus Corpus Christi Thu 06-04 = 21 days × 10 h = 210 h.
const JUNE_SUPPORT_MS = 210 * HOUR; // 756 000 000

function mutated(edit: (definition: any) => void): unknown {
  return editedCopy(linkandoDefinition(), edit);
}

function platform(report: ReturnType<LinkandoContract['availability']>) {
  const commitment = report.commitments.find((c) => c.id === 'platform');
  if (!commitment) throw new Error('platform commitment not evaluated');
  return commitment;
}

describe('Linkando Annex 1, support times', () => {
  const support = linkando().calendar('support');

  it('Linkando Annex 1 support times: Mon–Fri 08:00–18:00 Europe/Berlin, 08:00 open, 18:00 closed', () => {
    expect(support.zone).toBe('Europe/Berlin');
    expect(support.isOpen('2026-06-08T08:00:00+02:00')).toBe(true); // Monday opening
    expect(support.isOpen('2026-06-08T07:59:59+02:00')).toBe(false);
    expect(support.isOpen('2026-06-08T17:59:59+02:00')).toBe(true);
    expect(support.isOpen('2026-06-08T18:00:00+02:00')).toBe(false); // half-open: 18:00 is closed
    expect(support.isOpen('2026-06-06T10:00:00+02:00')).toBe(false); // Saturday
  });

  it('Linkando Annex 1 support times: one support day = 10 h (elapsed over Monday 2026-06-08)', () => {
    // 08:00 → 18:00 = 10 h; the rest of the day is closed.
    expect(support.elapsed('2026-06-08T00:00:00+02:00', '2026-06-09T00:00:00+02:00')).toBe(10 * HOUR);
    // A full week without holidays (2026-06-08 … 06-12): 5 × 10 h = 50 h.
    expect(support.elapsed('2026-06-08T00:00:00+02:00', '2026-06-15T00:00:00+02:00')).toBe(50 * HOUR);
  });

  it('Linkando Annex 1 support times: closed on Rhineland-Palatinate holidays (Corpus Christi Thu 2026-06-04)', () => {
    expect(support.isOpen('2026-06-04T10:00:00+02:00')).toBe(false);
    expect(support.isBusinessDay('2026-06-04')).toBe(false);
    // The week 2026-06-01 … 06-05 has 4 × 10 h = 40 h.
    expect(support.elapsed('2026-06-01T00:00:00+02:00', '2026-06-06T00:00:00+02:00')).toBe(40 * HOUR);
  });

  it('Linkando Annex 1 support times: hours outside support time do not count (ticket opened Saturday counts from Monday 08:00)', () => {
    // Sat 2026-06-06 12:00 → Mon 06-08 08:00 + 10 h = Mon 18:00 Berlin = 16:00Z.
    expect(iso(linkando().due('critical', '2026-06-06T12:00:00+02:00').dueAt)).toBe('2026-06-08T16:00:00.000Z');
  });

  it('Linkando Annex 1 support times: the calendar cites the seed', () => {
    expect(linkando().definition.calendars.support?.source).toEqual(linkandoSources.supportHours);
  });
});

describe('Linkando Annex 1, reaction times (worked examples)', () => {
  it('Linkando Annex 1 reaction times: critical 10 h, other 30 h, live-booking 30 h, all on support', () => {
    const contract = linkando();
    expect(contract.priorities).toEqual(['critical', 'other', 'live-booking']);
    expect(contract.clock().policy.target('critical').targetMs).toBe(10 * HOUR);
    expect(contract.clock().policy.target('other').targetMs).toBe(30 * HOUR);
    expect(contract.clock().policy.target('live-booking').targetMs).toBe(30 * HOUR);
    for (const priority of contract.priorities) expect(contract.due(priority, '2026-06-08T09:00:00+02:00').calendar).toBe('support');
  });

  it('worked example 1: Linkando critical opened Fri 2026-05-29 16:00 Berlin is due Mon 2026-06-01 16:00 (14:00Z)', () => {
    // Fri 16:00–18:00 = 2 h; weekend closed; Mon 08:00 → 16:00 = 8 h; 2 + 8 = 10 h.
    const answer = linkando().due('critical', '2026-05-29T16:00:00+02:00');
    expect(iso(answer.dueAt)).toBe('2026-06-01T14:00:00.000Z');
    expect(answer.source).toEqual(linkandoSources.reactionCritical);
  });

  it('worked example 2: Linkando other opened Wed 2026-06-03 09:00 is due Tue 2026-06-09 09:00 (Corpus Christi skipped)', () => {
    // Wed 09:00–18:00 = 9 h; Thu 06-04 holiday; Fri 10 h (19); Mon 10 h (29); Tue 08:00–09:00 = 1 h (30).
    expect(iso(linkando().due('other', '2026-06-03T09:00:00+02:00').dueAt)).toBe('2026-06-09T07:00:00.000Z');
  });

  it('worked example 6: Linkando critical opened Mon 2026-06-01 08:00 is due Mon 18:00, not Tue 08:00', () => {
    // 08:00 + 10 h of open time = 18:00, the closing boundary itself.
    const dueAt = linkando().due('critical', '2026-06-01T08:00:00+02:00').dueAt;
    expect(iso(dueAt)).toBe('2026-06-01T16:00:00.000Z');
    expect(dueAt).not.toBe(at('2026-06-02T08:00:00+02:00'));
    // A first reaction at exactly 18:00 meets the target (met iff respond ≤ due); one ms later misses.
    const ticket = { id: 'C-1', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00' };
    expect(linkando().ticket({ ...ticket, respondedAt: '2026-06-01T18:00:00+02:00' }, '2026-06-03T00:00:00Z').met).toBe(true);
    expect(linkando().ticket({ ...ticket, respondedAt: at('2026-06-01T18:00:00+02:00') + 1 }, '2026-06-03T00:00:00Z').met).toBe(false);
  });

  it('Linkando Annex 1 reaction times: a live-booking request opened Mon 2026-06-08 08:00 is due Wed 06-10 18:00', () => {
    // 30 h = Mon 10 h + Tue 10 h + Wed 10 h → Wed 18:00 Berlin = 16:00Z.
    const answer = linkando().due('live-booking', '2026-06-08T08:00:00+02:00');
    expect(iso(answer.dueAt)).toBe('2026-06-10T16:00:00.000Z');
    expect(answer.source).toEqual(linkandoSources.reactionLiveBooking);
  });

  it('Linkando Annex 1 reaction times: a missed critical target is a breach (contractual), not a KPI miss', () => {
    const status = linkando().ticket({ id: 'C-2', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-02T08:01:00+02:00' }, '2026-06-03T00:00:00Z');
    expect(status.state).toBe('missed');
    expect(status.breached).toBe(true);
    expect(status.kpiMissed).toBe(false);
  });
});

describe('Linkando Annex 1, categories', () => {
  it('Linkando Annex 1 categories: each named critical category suggests critical', () => {
    expect(classifyLinkandoCase({ serviceDown: true }).categories).toEqual(['service-downtime']);
    expect(classifyLinkandoCase({ loginFailure: true }).categories).toEqual(['login-failure']);
    expect(classifyLinkandoCase({ dataBreachSuspected: true }).categories).toEqual(['data-breach']);
    expect(classifyLinkandoCase({ perceivedCritical: true }).categories).toEqual(['subjective-perception']);
    expect(classifyLinkandoCase({ serviceDown: true, loginFailure: true }).priority).toBe('critical');
    expect(classifyLinkandoCase({ dataBreachSuspected: true }).sources).toEqual([linkandoSources.criticalDataBreach]);
  });

  it('Linkando Annex 1 categories: a functional failure is critical when needed now or within 2 days, not 3', () => {
    expect(classifyLinkandoCase({ functionalFailure: { neededWithinDays: 0 } }).priority).toBe('critical');
    expect(classifyLinkandoCase({ functionalFailure: { neededWithinDays: 2 } }).priority).toBe('critical');
    expect(classifyLinkandoCase({ functionalFailure: { neededWithinDays: 3 } }).priority).toBe('other');
  });

  it('Linkando Annex 1 categories: the provider may downgrade a subjective perception to "other"', () => {
    const downgraded = linkando().classifyCase({ perceivedCritical: true, providerDowngraded: true });
    expect(downgraded.priority).toBe('other');
    expect(downgraded.sources).toContainEqual(linkandoSources.criticalDowngrade);
    // The downgrade concerns the subjective perception only: a login failure stays critical.
    expect(classifyLinkandoCase({ perceivedCritical: true, providerDowngraded: true, loginFailure: true }).priority).toBe('critical');
    expect(classifyLinkandoCase({}).priority).toBe('other');
  });

  it('Linkando Annex 1 categories: the priority that counts is the ticket\'s, not the suggestion', () => {
    // A login failure filed as "other" runs on the 30 h target: opened Mon 2026-06-08 08:00 → Wed 18:00.
    expect(classifyLinkandoCase({ loginFailure: true }).priority).toBe('critical');
    const status = linkando().ticket({ id: 'O-1', priority: 'other', openedAt: '2026-06-08T08:00:00+02:00' }, '2026-06-08T09:00:00+02:00');
    expect(iso(status.dueAt)).toBe('2026-06-10T16:00:00.000Z');
    expect(status.targetMs).toBe(30 * HOUR);
  });

  it('Linkando Annex 1 categories: malformed facts are refused naming the field', () => {
    expectInputError(() => classifyLinkandoCase({ serviceDown: 'yes' as never }), 'facts.serviceDown');
    expectInputError(() => classifyLinkandoCase({ functionalFailure: { neededWithinDays: -1 } }), 'facts.functionalFailure.neededWithinDays');
  });
});

describe('Linkando §2.1 / Annex 1, availability ≥ 98 % during support hours', () => {
  it('Linkando §2.1: June 2026 measures the 210 h of support time (not the 720 h of the month)', () => {
    const report = linkando().availability({ period: '2026-06', incidents: [] });
    expect(platform(report).result.measuredMs).toBe(JUNE_SUPPORT_MS);
    expect(platform(report).target).toBe('98');
  });

  it('Linkando §2.1: 4 h 12 min of downtime in support hours is exactly 98 % (met); one more minute misses', () => {
    // 2 % of 210 h = 4.2 h = 4 h 12 min = 15 120 000 ms; (756 000 000 − 15 120 000) / 756 000 000 = 0.98.
    const outage = (end: string) => ({ start: '2026-06-02T08:00:00+02:00', end });
    const exact = platform(linkando().availability({ period: '2026-06', incidents: [outage('2026-06-02T12:12:00+02:00')] }));
    expect(exact.result.countedDowntimeMs).toBe(15_120_000);
    expect(exact.met).toBe(true);
    expect(exact.marginMs).toBe(0);
    const over = platform(linkando().availability({ period: '2026-06', incidents: [outage('2026-06-02T12:13:00+02:00')] }));
    expect(over.met).toBe(false);
    expect(over.marginMs).toBe(-MINUTE);
  });

  it('Linkando §2.1 / §5.1: downtime outside operating and service hours (maintenance periods) is not measured', () => {
    // Tue 20:00 → Wed 06:00 is outside 08:00–18:00: nothing counts. Mon 16:00 → 20:00 counts 2 h.
    const night = platform(linkando().availability({ period: '2026-06', incidents: [{ start: '2026-06-02T20:00:00+02:00', end: '2026-06-03T06:00:00+02:00' }] }));
    expect(night.result.countedDowntimeMs).toBe(0);
    const evening = platform(linkando().availability({ period: '2026-06', incidents: [{ start: '2026-06-01T16:00:00+02:00', end: '2026-06-01T20:00:00+02:00' }] }));
    expect(evening.result.countedDowntimeMs).toBe(2 * HOUR);
  });

  it('Linkando §2.1: unplanned maintenance announced exactly 6 h before it starts is excused', () => {
    // Window Tue 2026-06-02 10:00–12:00 announced 04:00 (6 h): the 2 h outage inside it is excused;
    // measured 210 h − 2 h = 208 h, counted 0 → 100 %.
    const report = linkando().availability({
      period: '2026-06',
      incidents: [{ start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00' }],
      maintenance: [{ start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00', announcedAt: '2026-06-02T04:00:00+02:00' }],
    });
    expect(platform(report).result.excusedMs).toBe(2 * HOUR);
    expect(platform(report).result.countedDowntimeMs).toBe(0);
  });

  it('Linkando §2.1: unplanned maintenance announced 5 h 59 min before it starts is not excused', () => {
    // Announced 04:01: notice 5 h 59 min < 6 h → the 2 h count: 208 h / 210 h = 99.0476 %.
    const report = linkando().availability({
      period: '2026-06',
      incidents: [{ start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00' }],
      maintenance: [{ start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00', announcedAt: '2026-06-02T04:01:00+02:00' }],
    });
    const result = platform(report).result;
    expect(result.excusedMs).toBe(0);
    expect(result.countedDowntimeMs).toBe(2 * HOUR);
    expect(result.ratio).toEqual({ numerator: 208 * HOUR, denominator: JUNE_SUPPORT_MS });
    expect(result.rejectedMaintenance[0]?.reason).toContain('5 h 59 min');
  });

  it('Linkando §2.1 period option: the default is monthly; availabilityPeriod "quarter" judges 2026-Q2 on 590 support hours', () => {
    // Q2 support time: April 20 days (22 weekdays − Good Friday 04-03 − Easter Monday 04-06) = 200 h;
    // May 18 days (21 weekdays − 05-01, Ascension 05-14, Whit Monday 05-25) = 180 h; June 210 h → 590 h.
    const incidents = [{ start: '2026-06-02T08:00:00+02:00', end: '2026-06-02T12:13:00+02:00' }]; // 4 h 13 min
    const monthly = linkando().availability({ period: '2026-Q2', incidents });
    expect(monthly.commitments).toEqual([]);
    expect(monthly.skipped.map((s) => s.id)).toEqual(['platform']);
    const quarterly = platform(linkando({ availabilityPeriod: 'quarter' }).availability({ period: '2026-Q2', incidents }));
    expect(quarterly.result.measuredMs).toBe(590 * HOUR);
    // 2 % of 590 h = 11 h 48 min allowed; 4 h 13 min used → met (it misses in June alone, see above).
    expect(quarterly.met).toBe(true);
    expect(quarterly.marginMs).toBe(11 * HOUR + 48 * MINUTE - (4 * HOUR + 13 * MINUTE));
    expect(linkando({ availabilityPeriod: 'quarter' }).availability({ period: '2026-06', incidents }).skipped.map((s) => s.id)).toEqual(['platform']);
  });
});

describe('Linkando Annex 1, live support', () => {
  const start = '2026-06-10T10:00:00+02:00';

  it('Linkando Annex 1 live support: billed 150 EUR/h — 45 attended minutes are 112.50 EUR', () => {
    // 45 min × 15 000 cents / 60 = 11 250 cents.
    const charge = linkando().liveSupportCharge({ start, bookedMinutes: 60, joinedAt: '2026-06-10T10:01:00+02:00', endedAt: '2026-06-10T10:45:00+02:00' });
    expect(charge).toMatchObject({ billedMinutes: 45, amountMinor: 11_250, currency: 'EUR', basis: 'attended' });
  });

  it('Linkando Annex 1 live support: the minimum unit is 30 min — 10 attended minutes bill 75.00 EUR', () => {
    // max(30, 10) = 30 min × 250 cents = 7 500.
    expect(linkando().liveSupportCharge({ start, bookedMinutes: 30, joinedAt: start, endedAt: '2026-06-10T10:10:00+02:00' }).amountMinor).toBe(7_500);
  });

  it('Linkando Annex 1 live support: attended time is rounded up to whole minutes (45 min 30 s → 46 min)', () => {
    // 46 × 250 = 11 500 cents.
    const charge = linkando().liveSupportCharge({ start, bookedMinutes: 60, joinedAt: start, endedAt: '2026-06-10T10:45:30+02:00' });
    expect(charge.billedMinutes).toBe(46);
    expect(charge.amountMinor).toBe(11_500);
  });

  it('Linkando Annex 1 live support: a customer not online within 5 min is billed the booked time', () => {
    // Joined at 10:05:00 (exactly 5 min): attended. Time runs from the agreed start ("le temps non utilisé
    // sera comptabilisé comme temps utilisé"): 10:00 → 10:40 = 40 min × 250 cents = 10 000 cents.
    const onTime = linkando().liveSupportCharge({ start, bookedMinutes: 60, joinedAt: '2026-06-10T10:05:00+02:00', endedAt: '2026-06-10T10:40:00+02:00' });
    expect(onTime.basis).toBe('attended');
    expect(onTime.amountMinor).toBe(10_000);
    // Joined at 10:05:01: no-show, the booked 60 min are billed: 15 000 cents.
    const late = linkando().liveSupportCharge({ start, bookedMinutes: 60, joinedAt: '2026-06-10T10:05:01+02:00', endedAt: '2026-06-10T10:40:00+02:00' });
    expect(late).toMatchObject({ basis: 'no-show', billedMinutes: 60, amountMinor: 15_000 });
    expect(linkando().liveSupportCharge({ start, bookedMinutes: 90 }).amountMinor).toBe(22_500); // never joined: 90 × 250
  });

  it('Linkando Annex 1 live support: a booking is valid iff made at least 72 h before the start', () => {
    // Sun 2026-06-07 10:00 → Wed 06-10 10:00 = 72 h exactly: valid; one second later: not.
    expect(linkando().liveBooking('2026-06-07T10:00:00+02:00', start).valid).toBe(true);
    expect(linkando().liveBooking('2026-06-07T10:00:01+02:00', start).valid).toBe(false);
    expect(linkando().liveBooking('2026-06-07T10:00:00+02:00', start).noticeMs).toBe(72 * HOUR);
  });

  it('Linkando Annex 1 live support: 72 h are real hours — across the spring DST change three calendar days are 71 h', () => {
    // Thu 2026-03-26 10:00 CET → Sun 03-29 10:00 CEST = 3 × 24 h − 1 h = 71 h < 72 h.
    const booking = linkando().liveBooking('2026-03-26T10:00:00+01:00', '2026-03-29T10:00:00+02:00');
    expect(booking.noticeMs).toBe(71 * HOUR);
    expect(booking.valid).toBe(false);
  });

  it('Linkando Annex 1 live support: cancellation is free iff before local midnight starting the appointment day', () => {
    expect(linkando().cancellationFree('2026-06-09T23:59:59+02:00', start)).toBe(true); // "la veille suffit"
    expect(linkando().cancellationFree('2026-06-10T00:00:00+02:00', start)).toBe(false);
    // In winter the Berlin midnight is 23:00Z: 2026-12-09T22:59:59Z is still the day before.
    expect(linkando().cancellationFree('2026-12-09T22:59:59Z', '2026-12-10T10:00:00+01:00')).toBe(true);
    expect(linkando().cancellationFree('2026-12-09T23:00:00Z', '2026-12-10T10:00:00+01:00')).toBe(false);
  });

  it('Linkando Annex 1 live support: the monthly quota expires at the end of the local month', () => {
    expect(iso(linkando().quotaExpiry('2026-06-15T12:00:00+02:00'))).toBe('2026-06-30T22:00:00.000Z'); // 07-01 00:00 CEST
    expect(iso(linkando().quotaExpiry('2026-12-31T23:30:00+01:00'))).toBe('2026-12-31T23:00:00.000Z'); // 2027-01-01 00:00 CET
    // 2026-06-30T22:30Z is already July 1st in Berlin: its quota runs to the end of July.
    expect(iso(linkando().quotaExpiry('2026-06-30T22:30:00Z'))).toBe('2026-07-31T22:00:00.000Z');
  });

  it('Linkando Annex 1 live support: the rules in the definition cite the seed', () => {
    const billing = linkando().definition.billing?.liveSupport;
    expect(billing).toMatchObject({ ratePerHourMinor: 15_000, currency: 'EUR', minimumMinutes: 30, roundingMinutes: 1, noShowGraceMinutes: 5, bookingNoticeHours: 72 });
    expect(billing?.source).toEqual(linkandoSources.liveSupportRate);
  });
});

describe('Linkando Annex 1 contacts, §4 subcontractors, §12.2 liability, §14 export', () => {
  it('Linkando Annex 1 contacts: two support-authorised persons are accepted, a third is refused', () => {
    expect(linkando().checkAuthorisedContacts(['ana@example.com', 'ben@example.com'])).toEqual(['ana@example.com', 'ben@example.com']);
    const error = expectInputError(() => linkando().checkAuthorisedContacts(['ana@example.com', 'ben@example.com', 'cem@example.com']), 'authorisedContacts[2]');
    expect(error.message).toContain('cem@example.com');
    expect(linkando().limit('authorisedContacts')).toMatchObject({ max: 2, source: linkandoSources.authorisedContacts });
    expectInputError(() => linkando().checkAuthorisedContacts(['ana@example.com', 'ana@example.com']), 'authorisedContacts[1]');
  });

  it('Linkando §4.8: objection within 14 calendar days and meeting within 30 days of the notice (Europe/Berlin)', () => {
    // Notice on 2026-06-01: day 0; 06-01 + 14 = 06-15; + 30 = 07-01; each ends at the next local midnight (22:00Z in summer).
    const d = linkando().subcontractorDeadlines({ notice: '2026-06-01' });
    expect(d.objection.lastDay).toBe('2026-06-15');
    expect(iso(d.objection.endsAt)).toBe('2026-06-15T22:00:00.000Z');
    expect(d.meeting.lastDay).toBe('2026-07-01');
    expect(iso(d.meeting.endsAt)).toBe('2026-07-01T22:00:00.000Z');
    expect(d.objection.source).toEqual(linkandoSources.subcontractorObjection);
  });

  it('Linkando §4.8: a notice at 00:30 Berlin (22:30Z the day before) counts from the Berlin date', () => {
    // 2026-05-31T22:30Z is 2026-06-01 00:30 CEST: day 0 is 06-01, so the objection ends 06-15 as above.
    expect(linkando().subcontractorDeadlines({ notice: '2026-05-31T22:30:00Z' }).objection.lastDay).toBe('2026-06-15');
    // In winter: notice 2026-12-20 → 2027-01-03, ending at 23:00Z (CET midnight).
    const winter = linkando().subcontractorDeadlines({ notice: '2026-12-20' }).objection;
    expect(winter.lastDay).toBe('2027-01-03');
    expect(iso(winter.endsAt)).toBe('2027-01-03T23:00:00.000Z');
  });

  it('Linkando §12.2: liability is capped at 2× the annual usage fee per case and year, in minor units', () => {
    // 2 × 12 345.67 EUR = 24 691.34 EUR.
    const cap = linkando().liabilityCap(1_234_567);
    expect(cap.capMinor).toBe(2_469_134);
    expect(cap.multiple).toBe(2);
    expect(cap.source).toEqual(linkandoSources.liabilityCap);
    expect(linkando().liabilityCap(1_234_567, { fault: 'gross' }).capMinor).toBeNull();
    expectInputError(() => linkando().liabilityCap(-1), 'annualFeeMinor');
    expectInputError(() => linkando().liabilityCap(12.5), 'annualFeeMinor');
  });

  it('Linkando §14: the CSV/ZIP content export is an informational note', () => {
    const note = linkando().notes.find((n) => n.id === 'content-export');
    expect(note?.text).toContain('CSV');
    expect(note?.source).toEqual(linkandoSources.contentExport);
  });
});

describe('Linkando ambiguities and options', () => {
  it('Linkando: every ambiguity names its clause, default reading, option and alternatives', () => {
    const ambiguities = linkando().ambiguities;
    expect(ambiguities.map((a) => a.option)).toEqual(['availabilityPeriod', 'liveSupportRoundingMinutes', 'liveBookingNotice', 'subcontractorObjectionFrom']);
    for (const ambiguity of ambiguities) {
      expect(ambiguity.clause.length).toBeGreaterThan(0);
      expect(ambiguity.defaultReading.length).toBeGreaterThan(0);
      expect(ambiguity.alternatives.length).toBeGreaterThan(0);
      // Alternatives are the non-default readings, each as `value: what it means`.
      for (const alternative of ambiguity.alternatives) expect(alternative).toMatch(/^[^:]+: \S/);
      expect(ambiguity.source?.file).toBe('002_409a52764840af8c.txt');
    }
  });

  it('Linkando option liveSupportRoundingMinutes: 15-min units bill 45 min 30 s as 60 min', () => {
    // ⌈45.5 / 15⌉ × 15 = 60 min × 250 = 15 000 cents (default: 46 min, 11 500).
    const session = { start: '2026-06-10T10:00:00+02:00', bookedMinutes: 60, joinedAt: '2026-06-10T10:00:00+02:00', endedAt: '2026-06-10T10:45:30+02:00' };
    expect(linkando({ liveSupportRoundingMinutes: 15 }).liveSupportCharge(session).amountMinor).toBe(15_000);
    expect(linkando().liveSupportCharge(session).amountMinor).toBe(11_500);
  });

  it('Linkando option liveBookingNotice "support-hours": 3 days read as 30 hours of support time', () => {
    // Fri 2026-06-05 10:00 → Mon 06-08 10:00: 72 elapsed hours (valid by default), but only
    // Fri 10–18 (8 h) + Mon 08–10 (2 h) = 10 support hours < 30 → invalid under the option.
    expect(linkando().liveBooking('2026-06-05T10:00:00+02:00', '2026-06-08T10:00:00+02:00').valid).toBe(true);
    const strict = linkando({ liveBookingNotice: 'support-hours' }).liveBooking('2026-06-05T10:00:00+02:00', '2026-06-08T10:00:00+02:00');
    expect(strict.valid).toBe(false);
    expect(strict.noticeMs).toBe(10 * HOUR);
    // Mon 06-08 10:00 → Thu 06-11 10:00: 8 + 10 + 10 + 2 = 30 support hours exactly → valid.
    expect(linkando({ liveBookingNotice: 'support-hours' }).liveBooking('2026-06-08T10:00:00+02:00', '2026-06-11T10:00:00+02:00').valid).toBe(true);
  });

  it('Linkando option subcontractorObjectionFrom "change": the 14 days run from the planned change', () => {
    // Notice 06-01, change 06-20: objection ends 06-20 + 14 = 07-04; the meeting still counts from the notice (07-01).
    const d = linkando({ subcontractorObjectionFrom: 'change' }).subcontractorDeadlines({ notice: '2026-06-01', change: '2026-06-20' });
    expect(d.objection.lastDay).toBe('2026-07-04');
    expect(d.objection.event).toBe('subcontractorChange');
    expect(d.meeting.lastDay).toBe('2026-07-01');
    expect(linkando().subcontractorDeadlines({ notice: '2026-06-01', change: '2026-06-20' }).objection.lastDay).toBe('2026-06-15');
    expectInputError(() => linkando({ subcontractorObjectionFrom: 'change' }).subcontractorDeadlines({ notice: '2026-06-01' }), 'change');
  });

  it('Linkando options: an unknown option or value is refused, naming options.<name>', () => {
    expectInputError(() => linkando({ availabilityPeriod: 'week' as never }), 'options.availabilityPeriod');
    expectInputError(() => linkando({ period: 'month' } as never), 'options.period');
    expectInputError(() => linkando({ liveSupportRoundingMinutes: 0 }), 'options.liveSupportRoundingMinutes');
    expect(linkando({ availabilityPeriod: 'year' }).definition.options).toEqual({
      availabilityPeriod: 'year',
      liveSupportRoundingMinutes: 1,
      liveBookingNotice: 'calendar-hours',
      subcontractorObjectionFrom: 'notice',
    });
  });

  it('Linkando: every rule of the definition carries a source from the seed', () => {
    const d = linkando().definition;
    const sources = [
      ...Object.values(d.calendars).map((c) => c.source),
      ...Object.values(d.responses?.priorities ?? {}).map((p) => p.source),
      ...(d.availability?.commitments ?? []).map((c) => c.source),
      ...(d.availability?.maintenance ?? []).map((m) => m.source),
      ...(d.deadlines ?? []).map((x) => x.source),
      ...(d.limits ?? []).map((x) => x.source),
      d.billing?.liveSupport?.source,
      ...(d.ambiguities ?? []).map((a) => a.source),
    ];
    for (const source of sources) expect(source?.file).toBe('002_409a52764840af8c.txt');
  });
});

describe('Linkando round trip and malformed definitions', () => {
  it('Linkando round trip: the JSON definition through defineContract answers like the preset', () => {
    const cases: LinkandoOptions[] = [{}, { availabilityPeriod: 'quarter', liveSupportRoundingMinutes: 15, liveBookingNotice: 'support-hours', subcontractorObjectionFrom: 'change' }];
    for (const options of cases) {
      const preset = linkando(options);
      const json = JSON.parse(JSON.stringify(preset.definition)) as ContractDefinition;
      const plain = defineContract(json);
      const restored = LinkandoContract.from(plain);
      expect(restored.definition).toEqual(preset.definition);
      for (const opened of ['2026-05-29T16:00:00+02:00', '2026-06-03T09:00:00+02:00']) {
        expect(plain.due('other', opened).dueAt).toBe(preset.due('other', opened).dueAt);
        expect(plain.due('critical', opened).dueAt).toBe(preset.due('critical', opened).dueAt);
      }
      const incidents = [{ start: '2026-06-02T08:00:00+02:00', end: '2026-06-02T12:13:00+02:00' }];
      const maintenance = [{ start: '2026-06-03T10:00:00+02:00', end: '2026-06-03T11:00:00+02:00', announcedAt: '2026-06-03T04:00:00+02:00' }];
      for (const period of ['2026-06', '2026-Q2']) {
        expect(plain.availability({ period, incidents, maintenance }).commitments.map((c) => [c.met, c.marginMs])).toEqual(
          preset.availability({ period, incidents, maintenance }).commitments.map((c) => [c.met, c.marginMs]),
        );
      }
      const session = { start: '2026-06-10T10:00:00+02:00', bookedMinutes: 60, joinedAt: '2026-06-10T10:00:00+02:00', endedAt: '2026-06-10T10:45:30+02:00' };
      expect(plain.liveSupport?.charge(session)).toEqual(preset.liveSupportCharge(session));
      expect(restored.liveBooking('2026-06-05T10:00:00+02:00', '2026-06-08T10:00:00+02:00')).toEqual(preset.liveBooking('2026-06-05T10:00:00+02:00', '2026-06-08T10:00:00+02:00'));
      const events = { notice: '2026-06-01', change: '2026-06-20' };
      expect(restored.subcontractorDeadlines(events)).toEqual(preset.subcontractorDeadlines(events));
      expect(restored.liabilityCap(1_234_567)).toEqual(preset.liabilityCap(1_234_567));
    }
  });

  it('Linkando malformed definition: an unknown zone fails at calendars.support.zone', () => {
    const error = definitionErrorOf(mutated((d) => { d.calendars.support.zone = 'Europe/Berlinn'; }));
    expect(error.path).toBe('calendars.support.zone');
    expect(error.message).toContain('Europe/Berlinn');
  });

  it('Linkando malformed definition: a negative duration fails at its path', () => {
    expect(definitionErrorOf(mutated((d) => { d.responses.priorities.critical.target = '-PT10H'; })).path).toBe('responses.priorities.critical.target');
    expect(definitionErrorOf(mutated((d) => { d.availability.maintenance[0].minimumNotice = -21_600_000; })).path).toBe('availability.maintenance[0].minimumNotice');
  });

  it('Linkando malformed definition: overlapping credit tiers fail under penalties.tiers[i]', () => {
    // Linkando has no credit table; one added with tiers [97, ∞) and [95, 98) overlapping on [97, 98).
    const error = definitionErrorOf(mutated((d) => {
      d.penalties = { commitment: 'platform', tiers: [{ min: '97', creditPercent: 0 }, { min: '95', max: '98', creditPercent: 10 }] };
    }));
    expect(error.path).toMatch(/^penalties\.tiers\[\d\]$/);
    expect(error.message).toMatch(/overlap/);
  });

  it('Linkando malformed definition: an unknown holiday region fails under calendars.support.holidays[0]', () => {
    const error = definitionErrorOf(mutated((d) => { d.calendars.support.holidays = ['DE-XX']; }));
    expect(error.path).toBe('calendars.support.holidays[0]');
    expect(error.message).toContain('DE-XX');
  });

  it('Linkando malformed definition: a zero rounding unit fails at billing.liveSupport.roundingMinutes', () => {
    expect(definitionErrorOf(mutated((d) => { d.billing.liveSupport.roundingMinutes = 0; })).path).toBe('billing.liveSupport.roundingMinutes');
  });
});
