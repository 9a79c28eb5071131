import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/contract/define-contract.js';
import type { ContractDefinition } from '../../src/contract/schema.js';
import { SlaInputError } from '../../src/errors.js';
import { LetsignitContract, type LetsignitOptions, letsignit, letsignitDefinition, letsignitSources } from '../../src/presets/letsignit/index.js';
import { definitionErrorOf, editedCopy } from './helpers.js';

// Letsignit SLA, 000_b3c9307fe0ff903c.txt; worked examples 4 and 5.

const MINUTE = 60_000;
const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const at = (text: string): number => Date.parse(text);

// March 2026, Europe/Paris: 31 × 24 h − 1 h (spring forward on 29 March) = 743 h.
const MARCH_MS = 743 * HOUR; // 2 674 800 000
// April 2026, Europe/Paris, all CEST: 30 × 24 h = 720 h = 2 592 000 000 ms.
const APRIL_MS = 720 * HOUR;
// A weekday in April, support hours, no maintenance: Tue 2026-04-07 08:00 Paris (06:00Z);
// the nightly window ends at 08:00 and the third Saturday is 2026-04-18.
const APRIL_OUTAGE_START = at('2026-04-07T08:00:00+02:00');

/** An `internal` outage of `ms` milliseconds starting Tue 2026-04-07 08:00 Paris. */
function aprilOutage(ms: number) {
  return { start: APRIL_OUTAGE_START, end: APRIL_OUTAGE_START + ms, cause: 'internal', id: 'INC-1' };
}

function aprilCredit(ms: number, options: LetsignitOptions = {}): number | undefined {
  return letsignit(options).availability({ period: '2026-04', incidents: [aprilOutage(ms)] }).credit?.percent;
}

/** Probes every 5 min over March 2026 (Paris), all up and fast, then `edit`. */
function marchProbes(edit: (probes: { at: number; ok: boolean; latencyMs?: number }[]) => void = () => {}) {
  const start = at('2026-03-01T00:00:00+01:00');
  const probes: { at: number; ok: boolean; latencyMs?: number }[] = [];
  for (let t = start; t < start + MARCH_MS; t += 5 * MINUTE) probes.push({ at: t, ok: true, latencyMs: 120 });
  edit(probes);
  return probes;
}

/** Index of the probe at `text` in {@link marchProbes}. */
const probeIndex = (text: string): number => (at(text) - at('2026-03-01T00:00:00+01:00')) / (5 * MINUTE);

function application(report: ReturnType<LetsignitContract['availability']>) {
  const commitment = report.commitments.find((c) => c.id === 'application');
  if (!commitment) throw new Error('application commitment not evaluated');
  return commitment;
}

function mutated(edit: (definition: any) => void): unknown {
  return editedCopy(letsignitDefinition(), edit);
}

describe('Letsignit preamble and identifiers', () => {
  it('Letsignit préambule: "bêta" features are outside the SLA (scope note with its source)', () => {
    const note = letsignit().notes.find((n) => n.id === 'beta-excluded');
    expect(note?.source?.quote).toContain('«bêta»');
    expect(note?.source?.file).toBe('000_b3c9307fe0ff903c.txt');
  });

  it('Letsignit §7 identifiers: calendars support and joursOuvrables, priority escalation, commitments server and application, causes', () => {
    const contract = letsignit();
    expect(contract.calendarIds).toEqual(['support', 'joursOuvrables']);
    expect(contract.priorities).toEqual(['escalation']);
    expect(contract.definition.availability?.commitments.map((c) => [c.id, c.target, c.period])).toEqual([
      ['server', '99.95', 'month'],
      ['application', '99', 'month'],
    ]);
    expect(contract.definition.availability?.causes).toEqual(['internal', 'external-network', 'ddos']);
    expect(contract.definition.remedies?.credits?.[0]?.commitment).toBe('application');
  });

  it('Letsignit: every rule of the definition cites a clause of the seed', () => {
    const d = letsignit().definition;
    const rules = [
      ...Object.values(d.calendars),
      ...Object.values(d.responses?.priorities ?? {}),
      ...(d.availability?.commitments ?? []),
      ...(d.availability?.maintenance ?? []),
      ...(d.remedies?.credits ?? []).flatMap((credit) => (credit.type === 'tiered' ? credit.tiers : [])),
      ...(d.deadlines ?? []),
      ...(d.ambiguities ?? []),
      ...(d.notes ?? []),
    ];
    expect(rules.length).toBe(2 + 1 + 2 + 3 + 6 + 4 + 9 + 8);
    for (const rule of rules) expect(rule.source?.file).toBe('000_b3c9307fe0ff903c.txt');
    expect(d.availability?.probes?.source).toEqual(letsignitSources.probeTimeout);
  });
});

describe('Letsignit §1 Support', () => {
  it('Letsignit §1 Support: open Monday–Friday 08:00–23:00 Paris time, 75 h a week', () => {
    const support = letsignit().calendar('support');
    expect(support.isOpen('2026-06-01T07:59:59+02:00')).toBe(false);
    expect(support.isOpen('2026-06-01T08:00:00+02:00')).toBe(true);
    expect(support.isOpen('2026-06-01T22:59:59+02:00')).toBe(true);
    expect(support.isOpen('2026-06-01T23:00:00+02:00')).toBe(false);
    expect(support.isOpen('2026-06-06T10:00:00+02:00')).toBe(false); // Saturday
    // 5 days × (23 − 8) h = 75 h from Mon 2026-06-01 to Mon 2026-06-08.
    expect(support.elapsed('2026-06-01T00:00:00+02:00', '2026-06-08T00:00:00+02:00')).toBe(75 * HOUR);
  });

  it('Letsignit §1 Support: live chat has the same hours (note with its source)', () => {
    const note = letsignit().notes.find((n) => n.id === 'live-chat-hours');
    expect(note?.source?.quote).toBe('Par Intercom (live chat disponible du lundi à vendredi de 8h à 23h)');
  });

  it('Letsignit §1 Support: no holidays by default — open on Ascension Thursday 2026-05-14; option supportHolidays "FR" closes it', () => {
    // Easter 2026 is 5 April; Ascension = Easter + 39 days = Thu 14 May.
    expect(letsignit().calendar('support').isOpen('2026-05-14T10:00:00+02:00')).toBe(true);
    expect(letsignit({ supportHolidays: 'FR' }).calendar('support').isOpen('2026-05-14T10:00:00+02:00')).toBe(false);
    // Week of Mon 11 May: 75 h, minus 15 h on Ascension = 60 h with FR holidays.
    expect(letsignit({ supportHolidays: 'FR' }).calendar('support').elapsed('2026-05-11T00:00:00+02:00', '2026-05-18T00:00:00+02:00')).toBe(60 * HOUR);
  });
});

describe("Letsignit §1 Support d'urgence", () => {
  const saturdayNight = '2026-06-06T03:00:00+02:00';
  const mondayLate = '2026-06-01T23:30:00+02:00';

  it("Letsignit §1 Urgence: without the written subscription (default), 'cannot-connect' at 03:00 on a Saturday waits for support hours", () => {
    const contract = letsignit();
    expect(contract.definition.options?.['emergencySupport']).toBe(false);
    expect(contract.supportCalendarFor('cannot-connect').name).toBe('support');
    expect(contract.isSupportAvailable('cannot-connect', saturdayNight)).toBe(false);
    expect(contract.isSupportAvailable('cannot-access-files', mondayLate)).toBe(false);
  });

  it("Letsignit §1 Urgence: with the subscription, 'cannot-connect' and 'cannot-access-files' are handled 24/7, other issues in support hours", () => {
    const contract = letsignit({ emergencySupport: true });
    expect(contract.isSupportAvailable('cannot-connect', saturdayNight)).toBe(true);
    expect(contract.isSupportAvailable('cannot-access-files', mondayLate)).toBe(true);
    expect(contract.isSupportAvailable('other', mondayLate)).toBe(false);
    expect(contract.isSupportAvailable('other', '2026-06-01T22:30:00+02:00')).toBe(true);
    // 24/7: one week = 168 h.
    expect(contract.supportCalendarFor('cannot-connect').elapsed('2026-06-01T00:00:00+02:00', '2026-06-08T00:00:00+02:00')).toBe(168 * HOUR);
  });

  it('Letsignit §1 Urgence: an unknown incident kind is refused, naming the field', () => {
    expect(() => letsignit().supportCalendarFor('printer-jam' as never)).toThrow(SlaInputError);
    expect(() => letsignit().supportCalendarFor('printer-jam' as never)).toThrow(/kind/);
  });
});

describe('Letsignit §3 Escalade', () => {
  it('Letsignit §3: one jour ouvrable = 24 h of joursOuvrables — Friday 15:00 → Saturday 15:00', () => {
    const answer = letsignit().due('escalation', '2026-05-29T15:00:00+02:00');
    // Friday and Saturday are jours ouvrables: 9 h on Friday, 15 h on Saturday.
    expect(iso(answer.dueAt)).toBe('2026-05-30T13:00:00.000Z');
    expect(answer.calendar).toBe('joursOuvrables');
  });

  it('Letsignit §6 worked example 5: escalation received Sun 2026-05-03 10:00 Paris is due Tue 2026-05-05 00:00', () => {
    // Sunday closed; Monday 4 May is a jour ouvrable (1 May, a Friday, is before): 24 h from Mon 00:00.
    const expected = '2026-05-04T22:00:00.000Z';
    expect(iso(letsignit().due('escalation', '2026-05-03T10:00:00+02:00').dueAt)).toBe(expected);
    expect(iso(letsignit().escalationDue('2026-05-03T10:00:00+02:00').dueAt)).toBe(expected);
  });

  it('Letsignit §3: joursOuvrables closes on French public holidays — Wed 2026-05-13 10:00 → Fri 2026-05-15 10:00 (Ascension)', () => {
    // 14 h on Wednesday, Thursday 14 May closed, 10 h on Friday.
    expect(iso(letsignit().escalationDue('2026-05-13T10:00:00+02:00').dueAt)).toBe('2026-05-15T08:00:00.000Z');
  });

  it('Letsignit §3: a response exactly at the due instant meets the target; 1 ms later misses it', () => {
    const contract = letsignit();
    const now = '2026-06-10T00:00:00Z';
    const ticket = { id: 'E-1', priority: 'escalation', openedAt: '2026-05-29T15:00:00+02:00' };
    expect(contract.ticket({ ...ticket, respondedAt: '2026-05-30T15:00:00+02:00' }, now).met).toBe(true);
    expect(contract.ticket({ ...ticket, respondedAt: '2026-05-30T15:00:00.001+02:00' }, now).met).toBe(false);
  });

  it('Letsignit §3 ambiguity "escalation": end-of-next-business-day gives the end of the next jour ouvrable', () => {
    const contract = letsignit({ escalation: 'end-of-next-business-day' });
    // Mon 2026-06-01 10:00 → end of Tue 2 June = Wed 00:00 CEST (default reading: Tue 10:00).
    expect(iso(contract.escalationDue('2026-06-01T10:00:00+02:00').dueAt)).toBe('2026-06-02T22:00:00.000Z');
    expect(iso(letsignit().escalationDue('2026-06-01T10:00:00+02:00').dueAt)).toBe('2026-06-02T08:00:00.000Z');
    // Fri 15:00 → end of Saturday (Sun 00:00), not Sat 15:00.
    expect(iso(contract.due('escalation', '2026-05-29T15:00:00+02:00').dueAt)).toBe('2026-05-30T22:00:00.000Z');
    // Thu 2026-04-30 → Fri 1 May is a holiday → next jour ouvrable Sat 2 May → due Sun 3 May 00:00.
    expect(iso(contract.escalationDue('2026-04-30T10:00:00+02:00').dueAt)).toBe('2026-05-02T22:00:00.000Z');
    // Worked example 5 agrees under this reading too: Sun → end of Monday.
    expect(iso(contract.escalationDue('2026-05-03T10:00:00+02:00').dueAt)).toBe('2026-05-04T22:00:00.000Z');
  });

  it('Letsignit §3 end-of-next-business-day through ticket(): received Wed 2026-05-13 15:00, Thu 14 May is Ascension → due end of Fri 15 May', () => {
    const contract = letsignit({ escalation: 'end-of-next-business-day' });
    const opened = '2026-05-13T15:00:00+02:00';
    // Next jour ouvrable after Wed 13: Thu 14 is Ascension (Easter 5 April + 39 days) → Fri 15; its end is Sat 16 00:00 CEST = Fri 22:00Z.
    // Business time from the opening: Wed 15:00–24:00 = 9 h, Thu 0 h, Fri 24 h → 33 h.
    const met = contract.ticket({ id: 'E-1', priority: 'escalation', openedAt: opened, respondedAt: '2026-05-15T23:59:00+02:00' }, '2026-05-20T00:00:00Z');
    expect(iso(met.dueAt)).toBe('2026-05-15T22:00:00.000Z');
    expect(met.targetMs).toBe(33 * HOUR);
    expect(met.met).toBe(true);
    expect(met.targetRule).toBe('end of the next business day: Fri 2026-05-15 24:00 Europe/Paris');
    // Answered 00:01 Saturday: 1 min late.
    const late = contract.ticket({ id: 'E-2', priority: 'escalation', openedAt: opened, respondedAt: '2026-05-16T00:01:00+02:00' }, '2026-05-20T00:00:00Z');
    expect(late.met).toBe(false);
    expect(late.breached).toBe(true);
  });

  it('Letsignit §3 end-of-next-business-day across a weekend and 8 May (Victoire 1945): ticket() and tickets() agree with escalationDue', () => {
    const contract = letsignit({ escalation: 'end-of-next-business-day' });
    const now = '2026-05-20T00:00:00Z';
    const cases = [
      // Received Fri 8 May (holiday, closed): the first jour ouvrable after it is Sat 9 May → ends Sun 10 00:00 CEST = Sat 22:00Z.
      { id: 'H', openedAt: '2026-05-08T10:00:00+02:00', due: '2026-05-09T22:00:00.000Z' },
      // Received Sat 9 May (a jour ouvrable): next one is Mon 11 (Sunday closed) → ends Tue 12 00:00 = Mon 22:00Z.
      { id: 'S', openedAt: '2026-05-09T10:00:00+02:00', due: '2026-05-11T22:00:00.000Z' },
      // Received Sun 10 May (closed): the first jour ouvrable after the date is Mon 11 → same deadline, not Tuesday's.
      { id: 'D', openedAt: '2026-05-10T10:00:00+02:00', due: '2026-05-11T22:00:00.000Z' },
    ];
    const batch = contract.tickets(cases.map((c) => ({ id: c.id, priority: 'escalation', openedAt: c.openedAt })), now);
    cases.forEach((c, i) => {
      expect(iso(contract.ticket({ id: c.id, priority: 'escalation', openedAt: c.openedAt }, now).dueAt)).toBe(c.due);
      expect(iso(batch.tickets[i]?.dueAt as number)).toBe(c.due);
      expect(iso(contract.escalationDue(c.openedAt).dueAt)).toBe(c.due);
    });
    // Nobody answered by 20 May: all three missed.
    expect(batch.summary.byPriority['escalation']?.missed).toBe(3);
  });

  it('Letsignit §3 end-of-next-business-day on 14 July 2026 (a Tuesday): received Mon 13 → due end of Wed 15; a pause of 2 h pushes it 2 h', () => {
    const contract = letsignit({ escalation: 'end-of-next-business-day' });
    const plain = contract.ticket({ id: 'J', priority: 'escalation', openedAt: '2026-07-13T10:00:00+02:00' }, '2026-07-13T12:00:00+02:00');
    // Tue 14 July closed → Wed 15 → ends Thu 16 00:00 CEST = Wed 22:00Z; target 14 h (Mon) + 24 h (Wed) = 38 h.
    expect(iso(plain.dueAt)).toBe('2026-07-15T22:00:00.000Z');
    expect(plain.targetMs).toBe(38 * HOUR);
    const paused = contract.ticket(
      { id: 'J', priority: 'escalation', events: [{ type: 'open', at: '2026-07-13T10:00:00+02:00' }, { type: 'pause', at: '2026-07-13T11:00:00+02:00' }, { type: 'resume', at: '2026-07-13T13:00:00+02:00' }] },
      '2026-07-13T14:00:00+02:00',
    );
    // 2 h of paused business time (Monday is a jour ouvrable all day) → Thu 16 02:00 CEST = Thu 00:00Z.
    expect(iso(paused.dueAt)).toBe('2026-07-16T00:00:00.000Z');
  });

  it('Letsignit §3 ambiguity "escalation": jours-ouvres counts Monday–Friday only — Friday 15:00 → Monday 15:00', () => {
    const contract = letsignit({ escalation: 'jours-ouvres' });
    // 9 h Friday, weekend closed, 15 h Monday.
    const answer = contract.due('escalation', '2026-05-29T15:00:00+02:00');
    expect(iso(answer.dueAt)).toBe('2026-06-01T13:00:00.000Z');
    expect(answer.calendar).toBe('joursOuvres');
  });
});

describe('Letsignit §4–§5 availability commitments', () => {
  const tuesdayMarch = at('2026-03-10T10:00:00+01:00');

  it('Letsignit §4: 99.95 % monthly, 24/7 — March 2026 allows exactly 1 337 400 ms of downtime', () => {
    // 0.05 % × 743 h = 0.3715 h = 1 337 400 ms (22 min 17.4 s).
    const budget = 1_337_400;
    const met = letsignit().availability({ period: '2026-03', incidents: [{ start: tuesdayMarch, end: tuesdayMarch + budget }] });
    expect(met.commitments.find((c) => c.id === 'server')?.met).toBe(true);
    const missed = letsignit().availability({ period: '2026-03', incidents: [{ start: tuesdayMarch, end: tuesdayMarch + budget + 1 }] });
    expect(missed.commitments.find((c) => c.id === 'server')?.met).toBe(false);
    expect(application(missed).met).toBe(true);
  });

  it('Letsignit §4 ambiguity "serverPeriod": a yearly server commitment is skipped in a monthly report and judged over the year', () => {
    const yearly = letsignit({ serverPeriod: 'year' });
    const month = yearly.availability({ period: '2026-03', incidents: [] });
    expect(month.skipped.map((s) => s.id)).toEqual(['server']);
    expect(letsignit().availability({ period: '2026-03', incidents: [] }).skipped).toEqual([]);
    // One 4 h outage over 2026 (8 760 h): 1 − 4/8760 = 99.954 % ≥ 99.95 % — met over the year,
    // while the monthly reading misses it (1 − 4/743 = 99.46 %).
    const outage = [{ start: tuesdayMarch, end: tuesdayMarch + 4 * HOUR }];
    expect(yearly.availability({ period: '2026', incidents: outage }).commitments.find((c) => c.id === 'server')?.met).toBe(true);
    expect(letsignit().availability({ period: '2026-03', incidents: outage }).commitments.find((c) => c.id === 'server')?.met).toBe(false);
  });

  it('Letsignit §5: 99 % monthly average — March 2026 allows exactly 26 748 000 ms of downtime', () => {
    // 1 % × 743 h = 7.43 h = 26 748 000 ms; Tue 10 March 08:00 + 7 h 25 min 48 s stays in daytime.
    const start = at('2026-03-10T08:00:00+01:00');
    const report = (ms: number) => letsignit().availability({ period: '2026-03', incidents: [{ start, end: start + ms }] });
    expect(application(report(26_748_000)).met).toBe(true);
    expect(application(report(26_748_001)).met).toBe(false);
  });

  it('Letsignit §5: a probe answering in exactly 30 000 ms is up; 30 001 ms is down (5 min recorded)', () => {
    const i = probeIndex('2026-03-10T10:05:00+01:00');
    const exactly = letsignit().availability({ period: '2026-03', probes: marchProbes((p) => { p[i] = { ...p[i]!, latencyMs: 30_000 }; }) });
    expect(application(exactly).result.ratio).toEqual({ numerator: MARCH_MS, denominator: MARCH_MS });
    const slow = letsignit().availability({ period: '2026-03', probes: marchProbes((p) => { p[i] = { ...p[i]!, latencyMs: 30_001 }; }) });
    // Held 5 min until the next probe: 743 h − 300 000 ms.
    expect(application(slow).result.ratio).toEqual({ numerator: MARCH_MS - 5 * MINUTE, denominator: MARCH_MS });
  });

  it('Letsignit §5: a failed probe (ok: false) is down whatever its latency', () => {
    const i = probeIndex('2026-03-10T10:05:00+01:00');
    const report = letsignit().availability({ period: '2026-03', probes: marchProbes((p) => { p[i] = { at: p[i]!.at, ok: false, latencyMs: 10 }; }) });
    expect(application(report).result.ratio).toEqual({ numerator: MARCH_MS - 5 * MINUTE, denominator: MARCH_MS });
  });

  it('Letsignit §5: a failure of less than 5 minutes is not recorded', () => {
    // Down probe at 10:05, the next (up) probe at 10:09: 4 min of downtime, below the 5-min threshold.
    const i = probeIndex('2026-03-10T10:05:00+01:00');
    const probes = marchProbes((p) => {
      p[i] = { at: p[i]!.at, ok: false };
      p.splice(i + 1, 0, { at: at('2026-03-10T10:09:00+01:00'), ok: true });
    });
    expect(application(letsignit().availability({ period: '2026-03', probes })).result.ratio).toEqual({ numerator: MARCH_MS, denominator: MARCH_MS });
  });

  it('Letsignit §5: consecutive down probes are one incident (10:05 and 10:10 down → 10 min)', () => {
    const i = probeIndex('2026-03-10T10:05:00+01:00');
    const probes = marchProbes((p) => {
      p[i] = { at: p[i]!.at, ok: false };
      p[i + 1] = { at: p[i + 1]!.at, ok: true, latencyMs: 45_000 };
    });
    const report = letsignit().availability({ period: '2026-03', probes });
    expect(application(report).result.ratio).toEqual({ numerator: MARCH_MS - 10 * MINUTE, denominator: MARCH_MS });
    expect(application(report).result.incidents).toHaveLength(1);
  });

  it('Letsignit §5: the 5-min threshold applies to the whole outage before it is clipped to the month', () => {
    // 31 March 23:57 → 1 April 00:07 (CEST): 10 min recorded, 3 min inside March, in the nightly window (excused).
    const straddling = { start: at('2026-03-31T23:57:00+02:00'), end: at('2026-04-01T00:07:00+02:00') };
    const recorded = letsignit().availability({ period: '2026-03', incidents: [straddling] });
    // Excused time leaves the period: (743 h − 3 min) / (743 h − 3 min).
    expect(application(recorded).result.ratio).toEqual({ numerator: MARCH_MS - 3 * MINUTE, denominator: MARCH_MS - 3 * MINUTE });
    // 31 March 23:57 → 1 April 00:01: 4 min in all, never recorded, so nothing is excused either.
    const short = { start: straddling.start, end: at('2026-04-01T00:01:00+02:00') };
    expect(application(letsignit().availability({ period: '2026-03', incidents: [short] })).result.ratio).toEqual({ numerator: MARCH_MS, denominator: MARCH_MS });
  });

  it('Letsignit §5 ambiguity "unmonitored": a 20-min probe gap is 15 min unmonitored — up by default, down with the option', () => {
    // Probes at 10:00 and 10:20 only: 10:00 holds 5 min, 10:05–10:20 has no probe (15 min).
    const from = probeIndex('2026-03-10T10:05:00+01:00');
    const probes = marchProbes((p) => p.splice(from, 3));
    expect(application(letsignit().availability({ period: '2026-03', probes })).result.ratio).toEqual({ numerator: MARCH_MS, denominator: MARCH_MS });
    const down = letsignit({ unmonitored: 'down' }).availability({ period: '2026-03', probes });
    expect(application(down).result.ratio).toEqual({ numerator: MARCH_MS - 15 * MINUTE, denominator: MARCH_MS });
  });
});

describe('Letsignit §6 excluded causes', () => {
  const start = at('2026-03-10T10:00:00+01:00');

  it('Letsignit §6: outages caused by the external network or a DDoS attack are not counted', () => {
    for (const cause of ['external-network', 'ddos']) {
      const report = letsignit().availability({ period: '2026-03', incidents: [{ start, end: start + 4 * HOUR, cause }] });
      // Excused time is removed from the period: (743 − 4 − 0) / (743 − 4) = 1.
      expect(application(report).result.ratio).toEqual({ numerator: 739 * HOUR, denominator: 739 * HOUR });
      expect(report.credit?.percent).toBe(0);
    }
  });

  it('Letsignit §6: where an internal outage overlaps a DDoS, the overlap is excused', () => {
    // internal 10:00–15:00 ∪ ddos 14:00–17:00 = 10:00–17:00; excused 14:00–17:00 (3 h), counted 10:00–14:00 (4 h).
    // (743 − 3 − 4) / (743 − 3) = 736/740 = 99.4595 % → 3 %.
    const report = letsignit().availability({
      period: '2026-03',
      incidents: [
        { start, end: start + 5 * HOUR, cause: 'internal' },
        { start: start + 4 * HOUR, end: start + 7 * HOUR, cause: 'ddos' },
      ],
    });
    expect(application(report).result.ratio).toEqual({ numerator: 736 * HOUR, denominator: 740 * HOUR });
    expect(report.credit?.percent).toBe(3);
  });

  it('Letsignit ambiguity "excusedTime": count-as-up keeps excused time in the period', () => {
    const incidents = [
      { start, end: start + 5 * HOUR, cause: 'internal' },
      { start: start + 4 * HOUR, end: start + 7 * HOUR, cause: 'ddos' },
    ];
    // (743 − 4) / 743 instead of 736/740.
    const report = letsignit({ excusedTime: 'count-as-up' }).availability({ period: '2026-03', incidents });
    expect(application(report).result.ratio).toEqual({ numerator: 739 * HOUR, denominator: MARCH_MS });
  });
});

describe('Letsignit §7 planned maintenance', () => {
  it('Letsignit §7: the maintenance rules are the nightly window, the third Saturday and announced windows', () => {
    expect(letsignit().maintenanceWindows().map((w) => w.id)).toEqual(['nightly', 'third-saturday', 'announced']);
  });

  it('Letsignit §7: downtime 23:00–08:00 is excused every night, weekends included', () => {
    const weekday = { start: at('2026-03-10T23:00:00+01:00'), end: at('2026-03-11T03:00:00+01:00') };
    const weekend = { start: at('2026-03-07T23:00:00+01:00'), end: at('2026-03-08T08:00:00+01:00') }; // Sat night
    const report = letsignit().availability({ period: '2026-03', incidents: [weekday, weekend] });
    // 4 h + 9 h excused: (743 − 13) / (743 − 13).
    expect(application(report).result.ratio).toEqual({ numerator: 730 * HOUR, denominator: 730 * HOUR });
  });

  it('Letsignit §7: the nightly window on the spring-forward night lasts 8 real hours', () => {
    // Sat 2026-03-28 23:00 CET → Sun 08:00 CEST: 02:00–03:00 does not exist, so 8 h (docs/semantics.md).
    const report = letsignit().availability({ period: '2026-03', incidents: [{ start: at('2026-03-28T22:00:00+01:00'), end: at('2026-03-29T09:00:00+02:00') }] });
    // Outage 22:00 → 09:00 = 10 real hours; 8 h excused, 1 h before and 1 h after counted.
    expect(application(report).result.ratio).toEqual({ numerator: (743 - 8 - 2) * HOUR, denominator: (743 - 8) * HOUR });
  });

  it('Letsignit §7: the whole third Saturday of the month is excused (2026-03-21), not the second (2026-03-14)', () => {
    const third = letsignit().availability({ period: '2026-03', incidents: [{ start: at('2026-03-21T10:00:00+01:00'), end: at('2026-03-21T14:00:00+01:00') }] });
    expect(third.credit?.percent).toBe(0);
    expect(application(third).result.ratio).toEqual({ numerator: 739 * HOUR, denominator: 739 * HOUR });
    const second = letsignit().availability({ period: '2026-03', incidents: [{ start: at('2026-03-14T10:00:00+01:00'), end: at('2026-03-14T14:00:00+01:00') }] });
    expect(second.credit?.percent).toBe(3); // 1 − 4/743 = 99.4616 %
  });

  it('Letsignit §7: an announced ad-hoc window excuses downtime even when announced after it starts (no notice required)', () => {
    const start = at('2026-03-10T10:00:00+01:00');
    const incidents = [{ start, end: start + 4 * HOUR }];
    const maintenance = [{ start, end: start + 4 * HOUR, announcedAt: start + HOUR }];
    expect(letsignit().availability({ period: '2026-03', incidents, maintenance }).credit?.percent).toBe(0);
    expect(letsignit().availability({ period: '2026-03', incidents }).credit?.percent).toBe(3);
  });
});

describe('Letsignit §7 credit table', () => {
  // April 2026: 720 h = 2 592 000 000 ms. Downtime d gives A = 1 − d / 2 592 000 000; a bound b % is
  // reached at d = (100 − b) % × 2 592 000 000:
  //   99.5 → 12 960 000; 99.4 → 15 552 000; 99.35 → 16 848 000; 99.20 → 20 736 000; 99.10 → 23 328 000; 99.0 → 25 920 000.
  it('Letsignit §7 table: A ≥ 99.5 % → 0 % (no downtime; 99.5 % exactly)', () => {
    expect(aprilCredit(0)).toBe(0);
    expect(aprilCredit(12_960_000)).toBe(0);
  });

  it('Letsignit §7 table: 99.4 % ≤ A < 99.5 % → 3 %', () => {
    expect(aprilCredit(12_960_001)).toBe(3);
    expect(aprilCredit(15_552_000)).toBe(3); // 99.4 % exactly
  });

  it('Letsignit §7 table: tiers are decided on exact milliseconds — 99.4 % exactly is 3 %, 1 ms more downtime is 6 %', () => {
    expect(aprilCredit(15_552_000)).toBe(3);
    expect(aprilCredit(15_552_001)).toBe(6);
  });

  it('Letsignit §7 table: 99.35 % ≤ A < 99.4 % → 6 %', () => {
    expect(aprilCredit(16_848_000)).toBe(6);
    expect(aprilCredit(16_848_001)).toBe(12);
  });

  it('Letsignit §7 table: 99.20 % ≤ A < 99.35 % → 12 %', () => {
    expect(aprilCredit(20_736_000)).toBe(12);
    expect(aprilCredit(20_736_001)).toBe(25);
  });

  it('Letsignit §7 table: 99.10 % ≤ A < 99.20 % → 25 %', () => {
    expect(aprilCredit(23_328_000)).toBe(25);
    expect(aprilCredit(23_328_001)).toBe(50);
  });

  it('Letsignit §7 table: A < 99.10 % → 50 %, the 99.0–99.1 gap and below 99 % folded in', () => {
    expect(aprilCredit(24_000_000)).toBe(50); // 1 − 24/2592 = 99.074 %
    expect(aprilCredit(25_920_000)).toBe(50); // 99.0 % exactly
    expect(aprilCredit(54_000_000)).toBe(50); // 15 h: 97.9 %
  });

  it('Letsignit §7 table ambiguity "creditBounds": upper-inclusive puts 99.4 % exactly in the 6 % row and 99.5 % in the 3 % row', () => {
    expect(aprilCredit(15_552_000, { creditBounds: 'upper-inclusive' })).toBe(6);
    expect(aprilCredit(15_551_999, { creditBounds: 'upper-inclusive' })).toBe(3);
    expect(aprilCredit(12_960_000, { creditBounds: 'upper-inclusive' })).toBe(3);
    expect(aprilCredit(23_328_000, { creditBounds: 'upper-inclusive' })).toBe(50);
  });

  it('Letsignit §7 table ambiguity "creditGap": 99.0–99.1 % earns 25 % or nothing instead of 50 %', () => {
    // 24 000 000 ms: A = 1 − 24/2592 = 99.074 %, inside the unprinted 99.0–99.1 % range.
    expect(aprilCredit(24_000_000, { creditGap: 'extend-25' })).toBe(25);
    expect(aprilCredit(24_000_000, { creditGap: 'no-credit' })).toBe(0);
    // 99.0 % exactly is still in that range under lower-inclusive bounds; 1 ms more is in the "99%" row.
    expect(aprilCredit(25_920_000, { creditGap: 'extend-25' })).toBe(25);
    expect(aprilCredit(25_920_000, { creditGap: 'no-credit' })).toBe(0);
    expect(aprilCredit(25_920_001, { creditGap: 'extend-25' })).toBe(50);
    expect(aprilCredit(25_920_001, { creditGap: 'no-credit' })).toBe(50);
  });

  it('Letsignit §7 table ambiguity "creditTopRow": read as printed, A ≥ 99.9 % is in no row (no credit, no tier)', () => {
    // No downtime: 100 %. Default: the open-ended 0 % row, tiers[0]; as printed: no row.
    expect(letsignit().availability({ period: '2026-04', incidents: [] }).credit).toMatchObject({ percent: 0, tierIndex: 0 });
    expect(letsignit({ creditTopRow: 'as-printed' }).availability({ period: '2026-04', incidents: [] }).credit).toMatchObject({ percent: 0, tierIndex: null });
    // 1 h down: 1 − 1/720 = 99.861 % < 99.9 %: the printed 0 % row.
    expect(letsignit({ creditTopRow: 'as-printed' }).availability({ period: '2026-04', incidents: [aprilOutage(HOUR)] }).credit).toMatchObject({ percent: 0, tierIndex: 0 });
  });

  it('Letsignit §7 table ambiguity "creditMetric": the server availability can feed the table', () => {
    const incidents = [aprilOutage(15_552_000)];
    expect(letsignit().availability({ period: '2026-04', incidents }).credit?.commitment).toBe('application');
    const server = letsignit({ creditMetric: 'server' }).availability({ period: '2026-04', incidents });
    expect(server.credit?.commitment).toBe('server');
    expect(server.credit?.percent).toBe(3);
    expect(() => letsignit({ creditMetric: 'server', serverPeriod: 'year' })).toThrow(/options\.creditMetric/);
  });

  it('Letsignit §7: the credit is a share of the monthly fee in integer minor units, capped at 50 %', () => {
    // Fee 1 234.56 EUR = 123 456 cents. 50 % = 61 728 cents exactly.
    const capped = letsignit().availability({ period: '2026-04', incidents: [aprilOutage(54_000_000)], feeMinor: 123_456, currency: 'EUR' });
    expect(capped.credit).toMatchObject({ percent: 50, amountMinor: 61_728, currency: 'EUR' });
    // 3 % of 123 456 = 3 703.68 cents → rounded half up to 3 704.
    const three = letsignit().availability({ period: '2026-04', incidents: [aprilOutage(15_552_000)], feeMinor: 123_456, currency: 'EUR' });
    expect(three.credit).toMatchObject({ percent: 3, amountMinor: 3_704 });
    expect(letsignit().definition.remedies?.total?.capPercent).toBe(50);
  });

  it('Letsignit §7 table (property): the credit follows the exact tier of 1 − d/720 h for any April downtime', () => {
    // Tier by exact integer comparison: A ≥ b %  ⟺  (100 − b) × T ≥ 100 × d, with b in hundredths.
    const T = APRIL_MS;
    const atLeast = (hundredths: number, d: number) => (10_000 - hundredths) * T >= 10_000 * d;
    const tier = (d: number) =>
      atLeast(9950, d) ? 0 : atLeast(9940, d) ? 3 : atLeast(9935, d) ? 6 : atLeast(9920, d) ? 12 : atLeast(9910, d) ? 25 : 50;
    const contract = letsignit();
    fc.assert(
      fc.property(fc.integer({ min: 5 * MINUTE, max: 15 * HOUR }), (d) => {
        expect(contract.availability({ period: '2026-04', incidents: [aprilOutage(d)] }).credit?.percent).toBe(tier(d));
      }),
      { numRuns: 1000 },
    );
  });

  it('Letsignit §6 worked example 4: March 2026, one 4 h outage, nothing excused → 99.4616 % → credit 3 %', () => {
    // Tue 2026-03-10 10:00–14:00 Paris: not in the nightly window, not the third Saturday.
    // 1 − 4/743 = 739/743 = 0.994616… → 99.4 % ≤ A < 99.5 % → 3 %.
    const start = at('2026-03-10T10:00:00+01:00');
    const report = letsignit().availability({ period: '2026-03', incidents: [{ start, end: start + 4 * HOUR, cause: 'internal' }] });
    expect(application(report).result.ratio).toEqual({ numerator: 739 * HOUR, denominator: 743 * HOUR });
    expect(report.credit?.percent).toBe(3);
    // Each commitment judged separately from the credit: 99.46 % misses 99.95 %, meets 99 %.
    expect(report.commitments.map((c) => [c.id, c.met])).toEqual([
      ['server', false],
      ['application', true],
    ]);
  });
});

describe('Letsignit commitments, each with its own figure', () => {
  it('Letsignit §4–§5: the server (from alert tickets) and application (from probes) commitments each report their own exact figure', () => {
    // Tue 2026-03-10 10:00–14:00 Paris, outside every maintenance window: server 1 − 4/743 = 99.4616 % (misses 99.95 %);
    // the application had no downtime: 743/743 = 100 % (meets 99 %).
    const start = at('2026-03-10T10:00:00+01:00');
    const report = letsignit().availability({
      period: '2026-03',
      byCommitment: { server: { incidents: [{ start, end: start + 4 * HOUR, cause: 'internal' }] }, application: { incidents: [] } },
    });
    expect(report.commitments.map((c) => [c.id, c.availabilityPercent, c.ratio, c.met, c.marginMs])).toEqual([
      // 0.05 % of 743 h = 1 337 400 ms allowed, 14 400 000 used.
      ['server', '99.4616', { numerator: String(739 * HOUR), denominator: String(MARCH_MS) }, false, 1_337_400 - 4 * HOUR],
      // 1 % of 743 h = 26 748 000 ms allowed, none used.
      ['application', '100.0000', { numerator: String(MARCH_MS), denominator: String(MARCH_MS) }, true, 26_748_000],
    ]);
    // The credit is fed by the application: 100 % → 0 %.
    expect(report.credit).toMatchObject({ commitment: 'application', percent: 0, tierIndex: 0 });
  });
});

describe('Letsignit §10–§11 deadlines', () => {
  it('Letsignit §10: the backup of day D is restorable until the end of D+30 (Paris)', () => {
    const until = letsignit().backupRestorableUntil('2026-03-01');
    // 1 March + 30 days = 31 March; its end is 1 April 00:00 CEST = 31 March 22:00Z.
    expect(until.lastDay).toBe('2026-03-31');
    expect(iso(until.endsAt)).toBe('2026-03-31T22:00:00.000Z');
    // An instant's local date counts: 2026-03-01T23:30Z is 2 March 00:30 in Paris → last day 1 April.
    expect(letsignit().backupRestorableUntil('2026-03-01T23:30:00Z').lastDay).toBe('2026-04-01');
  });

  it('Letsignit §11: after the end of contract — download 90 days, physical media request 15 days, anonymisation 90 days', () => {
    const d = letsignit().endOfContractDeadlines('2026-12-31');
    // 31 Dec + 90 days: January 31, February 28, March 31 → 31 March 2027; end = 1 April 00:00 CEST.
    expect(d.dataDownload.lastDay).toBe('2027-03-31');
    expect(iso(d.dataDownload.endsAt)).toBe('2027-03-31T22:00:00.000Z');
    expect(d.anonymisation.lastDay).toBe('2027-03-31');
    // 31 Dec + 15 days = 15 January 2027; end = 16 January 00:00 CET = 15 January 23:00Z.
    expect(d.physicalMediaRequest.lastDay).toBe('2027-01-15');
    expect(iso(d.physicalMediaRequest.endsAt)).toBe('2027-01-15T23:00:00.000Z');
    expect(d.physicalMediaRequest.source?.quote).toContain('quinze (15) jours');
  });

  it('Letsignit §11: days are counted in Paris — an end at 2026-06-30T22:30Z is 1 July locally', () => {
    const d = letsignit().endOfContractDeadlines('2026-06-30T22:30:00Z');
    expect(d.physicalMediaRequest.lastDay).toBe('2026-07-16'); // 1 July + 15
    expect(d.dataDownload.lastDay).toBe('2026-09-29'); // 1 July + 90: July 30, August 61, September 29 → 90
  });
});

describe('Letsignit definition as data', () => {
  const ambiguityOptions = ['supportHolidays', 'escalation', 'serverPeriod', 'creditBounds', 'creditGap', 'creditTopRow', 'creditMetric', 'unmonitored', 'excusedTime'];

  it('Letsignit: every ambiguity the preset names is listed with its clause and option, and every option is recorded', () => {
    const contract = letsignit();
    expect(contract.ambiguities.map((a) => a.option)).toEqual(ambiguityOptions);
    for (const a of contract.ambiguities) expect(a.alternatives.length).toBeGreaterThan(0);
    expect(contract.definition.options).toEqual({
      supportHolidays: 'none',
      emergencySupport: false,
      escalation: 'jours-ouvrables-24h',
      serverPeriod: 'month',
      creditMetric: 'application',
      creditBounds: 'lower-inclusive',
      creditGap: 'fold-into-50',
      creditTopRow: 'open-ended',
      unmonitored: 'up',
      excusedTime: 'remove-from-period',
    });
  });

  it('Letsignit: an unknown option or value is refused, naming options.<name>', () => {
    expect(() => letsignit({ escalation: 'next-day' as never })).toThrow(SlaInputError);
    expect(() => letsignit({ escalation: 'next-day' as never })).toThrow(/options\.escalation/);
    expect(() => letsignit({ creditBound: 'x' } as never)).toThrow(/options\.creditBound/);
  });

  it('Letsignit round trip: the JSON definition through defineContract answers like the preset', () => {
    for (const options of [{}, { escalation: 'end-of-next-business-day', emergencySupport: true, creditBounds: 'upper-inclusive' }] as LetsignitOptions[]) {
      const preset = letsignit(options);
      const json = JSON.parse(JSON.stringify(preset.definition)) as ContractDefinition;
      const plain = defineContract(json);
      const restored = LetsignitContract.from(plain);
      expect(restored.definition).toEqual(preset.definition);
      const incidents = [aprilOutage(15_552_000)];
      expect(plain.availability({ period: '2026-04', incidents }).credit).toEqual(preset.availability({ period: '2026-04', incidents }).credit);
      expect(plain.deadline('dataDownload', '2026-12-31')).toEqual(preset.deadline('dataDownload', '2026-12-31'));
      for (const received of ['2026-05-03T10:00:00+02:00', '2026-05-29T15:00:00+02:00']) {
        expect(restored.escalationDue(received)).toEqual(preset.escalationDue(received));
        expect(restored.due('escalation', received)).toEqual(preset.due('escalation', received));
      }
      expect(restored.endOfContractDeadlines('2026-12-31')).toEqual(preset.endOfContractDeadlines('2026-12-31'));
      expect(restored.isSupportAvailable('cannot-connect', '2026-06-06T03:00:00+02:00')).toBe(preset.isSupportAvailable('cannot-connect', '2026-06-06T03:00:00+02:00'));
    }
    // The plain engine of the default definition gives worked example 5 without the preset's class.
    expect(iso(defineContract(JSON.parse(JSON.stringify(letsignitDefinition()))).due('escalation', '2026-05-03T10:00:00+02:00').dueAt)).toBe('2026-05-04T22:00:00.000Z');
  });

  it('Letsignit malformed definition: an unknown zone fails at calendars.support.zone', () => {
    const error = definitionErrorOf(mutated((d) => { d.calendars.support.zone = 'Europe/Pariss'; }));
    expect(error.path).toBe('calendars.support.zone');
    expect(error.message).toContain('Europe/Pariss');
  });

  it('Letsignit malformed definition: a negative duration fails at its path', () => {
    expect(definitionErrorOf(mutated((d) => { d.availability.recordingThreshold = -300_000; })).path).toBe('availability.recordingThreshold');
    expect(definitionErrorOf(mutated((d) => { d.responses.priorities.escalation.target = -86_400_000; })).path).toBe('responses.priorities.escalation.target');
  });

  it('Letsignit malformed definition: overlapping credit tiers fail under remedies.credits[0].tiers[i]', () => {
    // The 3 % row widened to 99.6 % overlaps the 0 % row (≥ 99.5 %).
    const error = definitionErrorOf(mutated((d) => { d.remedies.credits[0].tiers[1].max = '99.6'; }));
    expect(error.path).toMatch(/^remedies\.credits\[0\]\.tiers\[\d\]$/);
    expect(error.message).toMatch(/tiers\[\d\].*overlap/);
  });

  it('Letsignit malformed definition: an unknown holiday region fails under calendars.joursOuvrables.holidays[0]', () => {
    const error = definitionErrorOf(mutated((d) => { d.calendars.joursOuvrables.holidays = ['XX-NOWHERE']; }));
    expect(error.path).toBe('calendars.joursOuvrables.holidays[0]');
    expect(error.message).toContain('holidays');
    expect(error.message).toContain('XX-NOWHERE');
  });

  it('Letsignit malformed definition: the credit table must name a defined commitment', () => {
    const error = definitionErrorOf(mutated((d) => { d.remedies.credits[0].commitment = 'network'; }));
    expect(error.path).toBe('remedies.credits[0].commitment');
    expect(error.message).toContain('"network"');
  });
});
