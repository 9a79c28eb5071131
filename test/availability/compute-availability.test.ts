/**
 * computeAvailability: docs/semantics.md *Incidents* and *Availability*,
 * worked example 4, and the Letsignit / Linkando scenarios of issue 3. Every
 * rule is declared here from the contract text (presets come later).
 */
import { describe, expect, it } from 'vitest';
import {
  AvailabilityPeriod,
  BusinessCalendar,
  MaintenanceWindow,
  type Probe,
  SlaInputError,
  SlaIntervalError,
  computeAvailability,
  sameHours,
  toInstant,
} from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const t = (iso: string) => toInstant(iso);

const march = AvailabilityPeriod.month(2026, 3, 'Europe/Paris'); // 743 h
/** Letsignit §7: nightly 23:00–08:00 Europe/Paris. */
const nightly = MaintenanceWindow.daily({ id: 'nightly', zone: 'Europe/Paris', from: '23:00', to: '08:00' });
/** Letsignit §7: the whole third Saturday of the month. */
const thirdSaturday = MaintenanceWindow.monthlyNthWeekday({ id: 'third-saturday', zone: 'Europe/Paris', weekday: 'sat', nth: 3 });
/** Letsignit §5 / §6 / §7 options. */
const letsignit = {
  period: march,
  maintenance: [nightly, thirdSaturday],
  excludedCauses: ['external-network', 'ddos'],
  recordingThresholdMs: 5 * MINUTE,
};

describe('worked example 4', () => {
  it('Letsignit, March 2026 (743 h), one 4 h outage, nothing excused → 1 − 4/743 = 99.4616 %', () => {
    // Tue 2026-03-10 10:00–14:00 CET, daytime: no window involved.
    const result = computeAvailability({ period: march, incidents: [{ start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00' }] });
    expect(result.measuredMs).toBe(743 * HOUR);
    expect(result.countedDowntimeMs).toBe(4 * HOUR);
    expect(result.excusedMs).toBe(0);
    // (743 − 0 − 4) / (743 − 0) = 739/743 = 0.994616419…
    expect(result.ratio).toEqual({ numerator: 739 * HOUR, denominator: 743 * HOUR });
    expect(result.availability).toBeCloseTo(0.994616, 6);
  });
});

describe('Letsignit §7: maintenance windows excuse downtime, and the explanation names the window', () => {
  it('an outage 22:00–00:00 crossing the nightly window: 1 h counted, 1 h excused by "nightly"', () => {
    const result = computeAvailability({ ...letsignit, incidents: [{ start: '2026-03-10T22:00:00+01:00', end: '2026-03-11T00:00:00+01:00', id: 'INC-1' }] });
    // X = 1 h (23:00–00:00), C = 1 h (22:00–23:00): (743 − 1 − 1)/(743 − 1) = 741/742.
    expect(result.excusedMs).toBe(HOUR);
    expect(result.countedDowntimeMs).toBe(HOUR);
    expect(result.ratio).toEqual({ numerator: 741 * HOUR, denominator: 742 * HOUR });
    const [incident] = result.incidents;
    expect(incident?.ids).toEqual(['INC-1']);
    expect(incident?.counted).toEqual([{ start: t('2026-03-10T22:00:00+01:00'), end: t('2026-03-10T23:00:00+01:00') }]);
    expect(incident?.excused).toEqual([{ start: t('2026-03-10T23:00:00+01:00'), end: t('2026-03-11T00:00:00+01:00'), rule: 'maintenance', by: 'nightly' }]);
  });

  it('an outage inside the third Saturday (Sat 2026-03-21 12:00–14:00) is fully excused by "third-saturday"', () => {
    const result = computeAvailability({ ...letsignit, incidents: [{ start: '2026-03-21T12:00:00+01:00', end: '2026-03-21T14:00:00+01:00' }] });
    // X = 2 h, C = 0: (743 − 2 − 0)/(743 − 2) = 1.
    expect(result.excusedMs).toBe(2 * HOUR);
    expect(result.countedDowntimeMs).toBe(0);
    expect(result.availability).toBe(1);
    expect(result.incidents[0]?.excused.map((part) => [part.rule, part.by])).toEqual([['maintenance', 'third-saturday']]);
  });

  it('overlapping windows: the first window given takes the overlap (Sat 21st 07:00–09:00 → 1 h nightly, 1 h third-saturday)', () => {
    const result = computeAvailability({ ...letsignit, incidents: [{ start: '2026-03-21T07:00:00+01:00', end: '2026-03-21T09:00:00+01:00' }] });
    expect(result.incidents[0]?.excused.map((part) => [part.by, (part.end - part.start) / HOUR])).toEqual([
      ['nightly', 1],
      ['third-saturday', 1],
    ]);
    expect(result.excusedMs).toBe(2 * HOUR);
  });

  it('docs/semantics.md: the spring-forward night is 8 h of window — a 22:00 → 09:00 outage counts 2 h', () => {
    // 2026-03-28 22:00 CET (21:00Z) → 03-29 09:00 CEST (07:00Z) = 10 h real; window 23:00 CET → 08:00 CEST = 8 h.
    const result = computeAvailability({ ...letsignit, incidents: [{ start: '2026-03-28T22:00:00+01:00', end: '2026-03-29T09:00:00+02:00' }] });
    expect(result.excusedMs).toBe(8 * HOUR);
    expect(result.countedDowntimeMs).toBe(2 * HOUR);
  });
});

describe('Letsignit §6: excluded causes', () => {
  it('a ddos incident is excused; an overlapping internal one counts only outside it', () => {
    const result = computeAvailability({
      ...letsignit,
      incidents: [
        { start: '2026-03-12T10:00:00+01:00', end: '2026-03-12T11:00:00+01:00', cause: 'ddos', id: 'DDOS-1' },
        { start: '2026-03-12T10:30:00+01:00', end: '2026-03-12T11:30:00+01:00', id: 'INC-2' },
      ],
    });
    // Merged 10:00–11:30; 10:00–11:00 covered by the ddos incident → X = 1 h; C = 11:00–11:30 = 30 min.
    // (743 h − 1 h − 30 min)/(743 h − 1 h) = 44490/44520 min.
    expect(result.incidents).toHaveLength(1);
    expect(result.incidents[0]?.causes).toEqual(['ddos', 'internal']);
    expect(result.incidents[0]?.excused.map((part) => [part.rule, part.by, (part.end - part.start) / MINUTE])).toEqual([['cause', 'ddos', 60]]);
    expect(result.excusedMs).toBe(HOUR);
    expect(result.countedDowntimeMs).toBe(30 * MINUTE);
    expect(result.ratio).toEqual({ numerator: 44_490 * MINUTE, denominator: 44_520 * MINUTE });
  });

  it('docs/semantics.md option count-as-up: (|P| − |C|)/|P| keeps excused time in the denominator', () => {
    const result = computeAvailability({
      ...letsignit,
      excusedTime: 'count-as-up',
      incidents: [{ start: '2026-03-12T10:00:00+01:00', end: '2026-03-12T12:00:00+01:00', cause: 'ddos' }, { start: '2026-03-12T14:00:00+01:00', end: '2026-03-12T15:00:00+01:00' }],
    });
    // C = 1 h, X = 2 h: (743 − 1)/743.
    expect(result.ratio).toEqual({ numerator: 742 * HOUR, denominator: 743 * HOUR });
  });
});

describe('Letsignit §5: probes, recording threshold', () => {
  it('a slow answer (5 min down, recorded), a 20-min gap (15 min unmonitored), a 4-min failure (not recorded)', () => {
    // Tue 2026-03-10 09:00–16:00 CET (no window in daytime), 5-min probes 09:00 … 15:55.
    const base = t('2026-03-10T09:00:00+01:00');
    const at = (minutes: number) => base + minutes * MINUTE;
    const probes: Probe[] = [];
    for (let m = 0; m < 420; m += 5) {
      if (m === 305 || m === 310 || m === 315) continue; // 14:05, 14:10, 14:15 missing: 14:00 → 14:20 is a 20-min gap
      probes.push({ at: at(m), ok: m !== 60, latencyMs: m === 180 ? 31_000 : m === 190 ? 30_000 : 250 });
    }
    probes.push({ at: at(64), ok: true, latencyMs: 300 }); // retry at 10:04 after the 10:00 failure
    const result = computeAvailability({
      ...letsignit,
      period: AvailabilityPeriod.between(at(0), at(420)),
      probes,
      probeOptions: { interval: { minutes: 5 }, latencyThresholdMs: 30_000 },
    });
    // 10:00 failure → down 10:00–10:04 = 4 min < 5 min: not recorded.
    // 12:00 answer in 31 s → down 12:00–12:05 = 5 min, not < 5 min: recorded and counted.
    // 12:10 answer in exactly 30 s: up.
    // 14:00 probe holds to 14:05; 14:05–14:20 = 15 min unmonitored, counted up.
    // |P| = 7 h = 420 min; availability = (420 − 5)/420 = 415/420.
    expect(result.measuredMs).toBe(420 * MINUTE);
    expect(result.unmonitoredMs).toBe(15 * MINUTE);
    expect(result.countedDowntimeMs).toBe(5 * MINUTE);
    expect(result.ratio).toEqual({ numerator: 415 * MINUTE, denominator: 420 * MINUTE });
    expect(result.incidents.map((i) => [i.recorded, (i.end - i.start) / MINUTE])).toEqual([
      [false, 4],
      [true, 5],
    ]);
    expect(result.incidents[0]?.reason).toBe('shorter than the recording threshold (4 min < 5 min)');
    expect(result.incidents[0]?.countedMs).toBe(0);
  });

  it('docs/semantics.md: a 10-min outage with 3 min inside the period is recorded, and 3 min count', () => {
    const result = computeAvailability({
      period: march,
      recordingThresholdMs: 5 * MINUTE,
      incidents: [{ start: '2026-02-28T23:53:00+01:00', end: '2026-03-01T00:03:00+01:00' }],
    });
    // Whole length 10 min ≥ 5 min → recorded; inside March: 00:00–00:03 = 3 min.
    // 743 h = 44 580 min: (44 580 − 3)/44 580.
    expect(result.countedDowntimeMs).toBe(3 * MINUTE);
    expect(result.incidents[0]).toMatchObject({ recorded: true, durationMs: 10 * MINUTE, countedMs: 3 * MINUTE, outsidePeriodMs: 7 * MINUTE });
    expect(result.ratio).toEqual({ numerator: 44_577 * MINUTE, denominator: 44_580 * MINUTE });
  });

  it('docs/semantics.md: the threshold applies to the merged incident (two touching 3-min incidents = 6 min, recorded)', () => {
    const result = computeAvailability({
      period: march,
      recordingThresholdMs: 5 * MINUTE,
      incidents: [
        { start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T10:03:00+01:00' },
        { start: '2026-03-10T10:03:00+01:00', end: '2026-03-10T10:06:00+01:00', cause: 'internal' },
      ],
    });
    expect(result.countedDowntimeMs).toBe(6 * MINUTE);
  });
});

describe('Linkando §2.1: measured during support hours; announced maintenance needs 6 h notice', () => {
  /** Linkando Annex 1: Mon–Fri 08:00–18:00 Europe/Berlin, DE-RP public holidays. */
  const support = new BusinessCalendar({ zone: 'Europe/Berlin', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00-18:00']), holidays: 'DE-RP', name: 'support' });
  const june = AvailabilityPeriod.month(2026, 6, 'Europe/Berlin');
  const incident = { start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00', id: 'INC-7' };
  const announced = (announcedAt: string) =>
    MaintenanceWindow.adHoc({ id: 'announced', minimumNotice: { hours: 6 }, windows: [{ id: 'MW-1', start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00', announcedAt }] });

  it('announced 5 h 59 min ahead: the window does not excuse, 2 h count, and the explanation says why', () => {
    // June 2026: 22 weekdays (Mon 1st … Tue 30th) minus Thu 4th (Fronleichnam) = 21 × 10 h = 210 h.
    const result = computeAvailability({ period: june, measuredCalendar: support, maintenance: [announced('2026-06-02T04:01:00+02:00')], incidents: [incident] });
    expect(result.measuredMs).toBe(210 * HOUR);
    expect(result.countedDowntimeMs).toBe(2 * HOUR);
    expect(result.ratio).toEqual({ numerator: 208 * HOUR, denominator: 210 * HOUR });
    expect(result.incidents[0]?.notExcusedBy).toEqual([{ by: 'MW-1', reason: 'announced 5 h 59 min before its start; the minimum notice is 6 h' }]);
    expect(result.rejectedMaintenance.map((v) => v.id)).toEqual(['MW-1']);
  });

  it('announced exactly 6 h ahead: the window excuses the 2 h', () => {
    const result = computeAvailability({ period: june, measuredCalendar: support, maintenance: [announced('2026-06-02T04:00:00+02:00')], incidents: [incident] });
    // X = 2 h, C = 0: (210 − 2 − 0)/(210 − 2) = 1.
    expect(result.excusedMs).toBe(2 * HOUR);
    expect(result.countedDowntimeMs).toBe(0);
    expect(result.incidents[0]?.excused.map((part) => [part.rule, part.by])).toEqual([['maintenance', 'MW-1']]);
  });

  it('downtime outside support hours is outside measured time (17:00–19:00 → 1 h counted)', () => {
    const result = computeAvailability({ period: june, measuredCalendar: support, incidents: [{ start: '2026-06-02T17:00:00+02:00', end: '2026-06-02T19:00:00+02:00' }] });
    expect(result.countedDowntimeMs).toBe(HOUR);
    expect(result.excusedMs).toBe(0);
    expect(result.incidents[0]).toMatchObject({ countedMs: HOUR, outsideMeasuredMs: HOUR });
    expect(result.incidents[0]?.excused.map((part) => [part.rule, part.by])).toEqual([['outside-measured-time', 'support']]);
  });
});

describe('edge cases', () => {
  it('everything excused: ratio 0/0, availability 1, with a note', () => {
    const always = MaintenanceWindow.weekly({ id: 'always', zone: 'UTC', day: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] });
    const result = computeAvailability({
      period: AvailabilityPeriod.between('2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'),
      maintenance: [always],
      incidents: [{ start: '2026-03-10T00:00:00Z', end: '2026-03-11T00:00:00Z' }],
    });
    expect(result.ratio).toEqual({ numerator: 0, denominator: 0 });
    expect(result.availability).toBe(1);
    expect(result.notes.some((note) => note.includes('availability taken as 100 %'))).toBe(true);
  });

  it('no incident: availability 1 exactly', () => {
    const result = computeAvailability({ period: march });
    expect(result.ratio).toEqual({ numerator: 743 * HOUR, denominator: 743 * HOUR });
    expect(result.availability).toBe(1);
  });
});

describe('computeAvailability: bad input is a typed error naming the field', () => {
  it('incident ending before it starts → SlaIntervalError naming incidents[1]', () => {
    const make = () =>
      computeAvailability({
        period: march,
        incidents: [
          { start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T11:00:00+01:00' },
          { start: '2026-03-10T12:00:00+01:00', end: '2026-03-10T11:00:00+01:00' },
        ],
      });
    expect(make).toThrow(SlaIntervalError);
    expect(make).toThrow(/^incidents\[1\]: /);
  });

  it('period end before start → SlaIntervalError naming period', () => {
    const make = () => computeAvailability({ period: { start: '2026-03-02T00:00:00Z', end: '2026-03-01T00:00:00Z' } });
    expect(make).toThrow(SlaIntervalError);
    expect(make).toThrow(/^period: /);
  });

  it('zero measured time → SlaInputError naming measuredCalendar (a weekend with a weekday calendar)', () => {
    const weekdays = new BusinessCalendar({ zone: 'UTC', week: sameHours(['mon'], ['08:00-18:00']), name: 'mondays' });
    const make = () => computeAvailability({ period: AvailabilityPeriod.between('2026-03-07T00:00:00Z', '2026-03-09T00:00:00Z'), measuredCalendar: weekdays });
    expect(make).toThrow(SlaInputError);
    expect(make).toThrow(/^measuredCalendar: /);
  });

  it('NaN latency in probes → SlaInputError naming probes[0].latencyMs', () => {
    const make = () => computeAvailability({ period: march, probes: [{ at: march.start, ok: true, latencyMs: Number.NaN }], probeOptions: { intervalMs: 300_000 } });
    expect(make).toThrow(SlaInputError);
    expect(make).toThrow(/^probes\[0\]\.latencyMs: /);
  });

  it('probes without probeOptions, bad cause, bad threshold, bad excusedTime', () => {
    expect(() => computeAvailability({ period: march, probes: [] })).toThrow(/^probeOptions: /);
    expect(() => computeAvailability({ period: march, incidents: [{ start: march.start, end: march.end, cause: '' }] })).toThrow(/^incidents\[0\]\.cause: /);
    expect(() => computeAvailability({ period: march, recordingThresholdMs: -1 })).toThrow(/^recordingThresholdMs: /);
    expect(() => computeAvailability({ period: march, excusedTime: 'ignore' as never })).toThrow(/^excusedTime: /);
    expect(() => computeAvailability({ period: march, excludedCauses: ['ddos', 7 as never] })).toThrow(/^excludedCauses\[1\]: /);
    expect(() => computeAvailability({ period: march, maintenance: [{} as never] })).toThrow(/^maintenance\[0\]: /);
  });
});
