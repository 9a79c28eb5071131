/**
 * Maintenance budget (issue 14, construct 8): at most N of maintenance
 * downtime excused per local calendar month, quarter or year; the excess
 * counts. Worked example: a chat SLA excluding scheduled downtime announced
 * at least 48 h ahead, at most 10 h of it per calendar year; Q3 2026 in UTC
 * (92 days = 132 480 min).
 */
import { describe, expect, it } from 'vitest';
import {
  AvailabilityPeriod,
  type Incident,
  MaintenanceWindow,
  SlaZoneError,
  applyMaintenanceBudget,
  computeAvailability,
  measuredDowntime,
} from '../../src/index.js';
import { expectInputError } from '../presets/helpers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const q3 = AvailabilityPeriod.quarter(2026, 3, 'UTC'); // 132 480 min
const yearly = { budget: 'PT10H', per: 'year' as const, zone: 'UTC' };

/** Announced windows, each 72 h ahead (enough for a 48 h notice), with downtime all through each. */
function downtimeInside(windows: { start: string; end: string; id?: string }[], extra: { incidents?: Incident[]; excludedCauses?: string[] } = {}) {
  const announced = windows.map((w) => ({ ...w, announcedAt: Date.parse(w.start) - 72 * HOUR }));
  const result = computeAvailability({
    period: q3,
    incidents: [...windows.map((w) => ({ start: w.start, end: w.end })), ...(extra.incidents ?? [])],
    maintenance: [MaintenanceWindow.adHoc({ id: 'announced', minimumNotice: { hours: 48 }, windows: announced })],
    ...(extra.excludedCauses ? { excludedCauses: extra.excludedCauses } : {}),
  });
  return measuredDowntime(result);
}

describe('10 h of scheduled downtime per calendar year', () => {
  const eleven = downtimeInside([{ start: '2026-08-01T00:00:00Z', end: '2026-08-01T11:00:00Z' }]);

  it('11 h inside maintenance announced ≥ 48 h ahead, none earlier in 2026 → 10 h excused, 1 h counts', () => {
    const budgeted = applyMaintenanceBudget(eleven, yearly);
    expect([budgeted.coveredMs, budgeted.excusedMs, budgeted.countedMs]).toEqual([11 * HOUR, 10 * HOUR, 1 * HOUR]);
    // The hour over the budget is the last one (earliest excused first): 10:00–11:00.
    expect(budgeted.downtime.counted.toArray()).toEqual([{ start: Date.parse('2026-08-01T10:00:00Z'), end: Date.parse('2026-08-01T11:00:00Z') }]);
    // remove-from-period: (132 480 − 600 − 60) / (132 480 − 600) minutes.
    expect(budgeted.ratio).toEqual({ numerator: (132_480 - 600 - 60) * MINUTE, denominator: (132_480 - 600) * MINUTE });
    expect(budgeted.budgets).toEqual([
      { label: '2026', start: Date.parse('2026-01-01T00:00:00Z'), end: Date.parse('2027-01-01T00:00:00Z'), budgetMs: 10 * HOUR, usedBeforeMs: 0, excusedMs: 10 * HOUR, countedMs: HOUR, usedMs: 10 * HOUR, remainingMs: 0 },
    ]);
  });

  it('9 h already used earlier in 2026 → 1 h excused, 10 h count', () => {
    const budgeted = applyMaintenanceBudget(eleven, { ...yearly, usedBeforeMs: 9 * HOUR });
    expect([budgeted.excusedMs, budgeted.countedMs]).toEqual([HOUR, 10 * HOUR]);
  });

  it('more than the budget used before → nothing excused, all 11 h count', () => {
    const budgeted = applyMaintenanceBudget(eleven, { ...yearly, usedBeforeMs: 12 * HOUR });
    expect([budgeted.excusedMs, budgeted.countedMs]).toEqual([0, 11 * HOUR]);
    expect(budgeted.budgets[0]?.remainingMs).toBe(0);
  });

  it('under the budget nothing changes: 2 h excused, the ratio is the raw one', () => {
    const two = downtimeInside([{ start: '2026-08-01T00:00:00Z', end: '2026-08-01T02:00:00Z' }]);
    const budgeted = applyMaintenanceBudget(two, yearly);
    expect(budgeted.countedMs).toBe(0);
    expect(budgeted.ratio).toEqual({ numerator: (132_480 - 120) * MINUTE, denominator: (132_480 - 120) * MINUTE });
  });

  it('downtime excused by an excluded cause is not maintenance: the budget leaves it alone', () => {
    const withDdos = downtimeInside([{ start: '2026-08-01T00:00:00Z', end: '2026-08-01T11:00:00Z' }], {
      incidents: [{ start: '2026-09-01T00:00:00Z', end: '2026-09-01T05:00:00Z', cause: 'ddos' }],
      excludedCauses: ['ddos'],
    });
    const budgeted = applyMaintenanceBudget(withDdos, yearly);
    expect(budgeted.coveredMs).toBe(11 * HOUR);
    expect(budgeted.downtime.excused.measure()).toBe(10 * HOUR + 5 * HOUR);
  });
});

describe('chaining periods: the budget used by earlier periods of the year carries over', () => {
  it('Q2 uses 7 h of the 10 h; Q3 has 5 h inside maintenance → 3 h excused, 2 h count', () => {
    const q2 = AvailabilityPeriod.quarter(2026, 2, 'UTC');
    const q2Window = { start: '2026-05-05T00:00:00Z', end: '2026-05-05T07:00:00Z', announcedAt: '2026-05-01T00:00:00Z' };
    const q2Result = computeAvailability({
      period: q2,
      incidents: [{ start: q2Window.start, end: q2Window.end }],
      maintenance: [MaintenanceWindow.adHoc({ id: 'announced', windows: [q2Window] })],
    });
    const usedBeforeMs = applyMaintenanceBudget(measuredDowntime(q2Result), yearly).budgets.at(-1)?.usedMs;
    expect(usedBeforeMs).toBe(7 * HOUR);
    const q3Budgeted = applyMaintenanceBudget(downtimeInside([{ start: '2026-08-01T00:00:00Z', end: '2026-08-01T05:00:00Z' }]), { ...yearly, usedBeforeMs });
    expect([q3Budgeted.excusedMs, q3Budgeted.countedMs]).toEqual([3 * HOUR, 2 * HOUR]);
  });
});

describe('monthly budgets in a zone: each local month renews', () => {
  it('1 h a month over Q3: July 2 h → 1 h counts; August 30 min → excused; September nothing', () => {
    const downtime = downtimeInside([
      { start: '2026-07-10T00:00:00Z', end: '2026-07-10T02:00:00Z' },
      { start: '2026-08-10T00:00:00Z', end: '2026-08-10T00:30:00Z' },
    ]);
    const budgeted = applyMaintenanceBudget(downtime, { budget: { hours: 1 }, per: 'month', zone: 'UTC' });
    expect(budgeted.budgets.map((b) => [b.label, b.excusedMs / MINUTE, b.countedMs / MINUTE, b.remainingMs / MINUTE])).toEqual([
      ['2026-07', 60, 60, 0],
      ['2026-08', 30, 0, 30],
      ['2026-09', 0, 0, 60],
    ]);
  });

  it('a window across local midnight at the month\'s end is cut there (Europe/Paris, UTC+2 in summer)', () => {
    // 2026-07-31T23:00+02:00 → 2026-08-01T01:00+02:00: 1 h in July, 1 h in August (Paris months).
    const downtime = downtimeInside([{ start: '2026-07-31T21:00:00Z', end: '2026-07-31T23:00:00Z' }]);
    const budgeted = applyMaintenanceBudget(downtime, { budget: { hours: 1 }, per: 'month', zone: 'Europe/Paris', usedBeforeMs: 30 * MINUTE });
    // The first budget period is Paris July (Q3 in UTC starts 2026-07-01T00:00Z = 02:00 Paris): 30 min left.
    expect(budgeted.windows.map((w) => [w.budgetPeriod, w.excusedMs / MINUTE, w.countedMs / MINUTE])).toEqual([
      ['2026-07', 30, 30],
      ['2026-08', 60, 0],
    ]);
  });

  it('per quarter: Q3 is one budget period', () => {
    const downtime = downtimeInside([{ start: '2026-07-10T00:00:00Z', end: '2026-07-10T02:00:00Z' }]);
    expect(applyMaintenanceBudget(downtime, { budget: 'PT1H', per: 'quarter', zone: 'UTC' }).budgets.map((b) => b.label)).toEqual(['2026-Q3']);
  });
});

describe('which windows are excused first: a named reading', () => {
  // A: 2 h (first), B: 1 h, C: 3 h (last); a budget of 3 h 30 min for 2026.
  const downtime = downtimeInside([
    { start: '2026-07-10T00:00:00Z', end: '2026-07-10T02:00:00Z', id: 'A' },
    { start: '2026-08-10T00:00:00Z', end: '2026-08-10T01:00:00Z', id: 'B' },
    { start: '2026-09-10T00:00:00Z', end: '2026-09-10T03:00:00Z', id: 'C' },
  ]);
  const budget = { budget: { hours: 3, minutes: 30 }, per: 'year' as const, zone: 'UTC' };
  const excusedMinutes = (options: Parameters<typeof applyMaintenanceBudget>[1]) => applyMaintenanceBudget(downtime, options).windows.map((w) => [w.by, w.excusedMs / MINUTE]);

  it('earliest-first, split (default): A 120, B 60, C 30 of 180', () => {
    expect(excusedMinutes(budget)).toEqual([['A', 120], ['B', 60], ['C', 30]]);
  });

  it('longest-first, split: C 180, A 30 of 120, B 0', () => {
    expect(excusedMinutes({ ...budget, order: 'longest-first' })).toEqual([['A', 30], ['B', 0], ['C', 180]]);
  });

  it('shortest-first, the exhausting window counts whole: B 60, A 120, C 0', () => {
    expect(excusedMinutes({ ...budget, order: 'shortest-first', exhaustingWindow: 'counts' })).toEqual([['A', 120], ['B', 60], ['C', 0]]);
  });

  it('longest-first, the exhausting window counts whole: C 180; A (120) does not fit in 30 and counts; B (60) neither', () => {
    expect(excusedMinutes({ ...budget, order: 'longest-first', exhaustingWindow: 'counts' })).toEqual([['A', 0], ['B', 0], ['C', 180]]);
  });
});

describe('bad options are typed errors naming the option', () => {
  const downtime = downtimeInside([]);
  it.each([
    [{ ...yearly, budget: -1 }, 'budget'],
    [{ ...yearly, per: 'week' }, 'per'],
    [{ ...yearly, usedBeforeMs: -1 }, 'usedBeforeMs'],
    [{ ...yearly, order: 'random' }, 'order'],
    [{ ...yearly, exhaustingWindow: 'drop' }, 'exhaustingWindow'],
  ])('%j → %s', (options, field) => {
    expectInputError(() => applyMaintenanceBudget(downtime, options as never), field);
  });

  it('an unknown zone is a SlaZoneError naming "zone"', () => {
    expect(() => applyMaintenanceBudget(downtime, { ...yearly, zone: 'Mars/Base' })).toThrow(SlaZoneError);
  });
});
