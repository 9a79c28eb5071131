import { AvailabilityPeriod } from '../availability/availability-period.js';
import type { ExcusedPart } from '../availability/explanation.js';
import type { AvailabilityRatio } from '../availability/ratio.js';
import { SlaInputError } from '../errors.js';
import { IntervalSet } from '../intervals/interval-set.js';
import { MS_PER_DAY, civilFromDays } from '../time/civil.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { TimeZone } from '../time/zone.js';
import { type MeasuredDowntime, checkDowntime, downtimeRatio } from './measured-downtime.js';

/**
 * The calendar period a maintenance budget renews over, in a zone.
 *
 * @example
 * ```ts
 * applyMaintenanceBudget(downtime, { budget: 'PT10H', per: 'year', zone: 'UTC' });
 * ```
 */
export type BudgetPeriodKind = 'month' | 'quarter' | 'year';

/**
 * Which maintenance downtime the budget excuses first: `earliest-first`
 * (default: in time order, as it happens), `shortest-first` (the most
 * windows whole) or `longest-first`.
 *
 * @example
 * ```ts
 * applyMaintenanceBudget(downtime, { budget: 'PT10H', per: 'year', zone: 'UTC', order: 'longest-first' });
 * ```
 */
export type MaintenanceBudgetOrder = 'earliest-first' | 'shortest-first' | 'longest-first';

/**
 * What happens to the window whose downtime does not fit in what is left of
 * the budget: `split` (default: excused up to the budget, in time order,
 * the rest counts) or `counts` (it counts whole; a later, smaller one may
 * still fit).
 *
 * @example
 * ```ts
 * applyMaintenanceBudget(downtime, { budget: 'PT10H', per: 'year', zone: 'UTC', exhaustingWindow: 'counts' });
 * ```
 */
export type ExhaustingWindow = 'split' | 'counts';

/**
 * Options of {@link applyMaintenanceBudget}; plain data.
 *
 * @example
 * ```ts
 * // At most 10 h of scheduled downtime excused per calendar year.
 * const options: MaintenanceBudgetOptions = { budget: { hours: 10 }, per: 'year', zone: 'UTC' };
 * ```
 */
export interface MaintenanceBudgetOptions {
  /** Most maintenance downtime excused per budget period (`PT10H`, `{ hours: 10 }`, ms). */
  readonly budget: DurationInput;
  /** The budget period: a local calendar month, quarter or year. */
  readonly per: BudgetPeriodKind;
  /** IANA zone of the budget periods' bounds. */
  readonly zone: string;
  /**
   * Budget already used in the budget period holding the measurement
   * period's start, before it (ms). Default 0. From the earlier periods:
   * `applyMaintenanceBudget(earlier, options).budgets.at(-1)?.usedMs`.
   */
  readonly usedBeforeMs?: number | undefined;
  /** Default `earliest-first`. */
  readonly order?: MaintenanceBudgetOrder | undefined;
  /** Default `split`. */
  readonly exhaustingWindow?: ExhaustingWindow | undefined;
}

/**
 * One budget period overlapping the measurement period, and its use.
 *
 * @example
 * ```ts
 * const [year] = applyMaintenanceBudget(downtime, { budget: 'PT10H', per: 'year', zone: 'UTC' }).budgets;
 * year?.usedMs; // pass as usedBeforeMs for the next measurement period in the same year
 * ```
 */
export interface MaintenanceBudgetUse {
  /** E.g. `2026`, `2026-Q3`, `2026-07`. */
  readonly label: string;
  /** Epoch ms. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
  /** The budget, ms. */
  readonly budgetMs: number;
  /** Used before the measurement period, ms. */
  readonly usedBeforeMs: number;
  /** Maintenance downtime excused here, ms. */
  readonly excusedMs: number;
  /** Maintenance downtime over the budget, counted, ms. */
  readonly countedMs: number;
  /** `usedBeforeMs + excusedMs`. */
  readonly usedMs: number;
  /** What is left, ms (0 when used up). */
  readonly remainingMs: number;
}

/**
 * One stretch of downtime inside a maintenance window, and how much of it
 * the budget excused.
 *
 * @example
 * ```ts
 * applyMaintenanceBudget(downtime, options).windows.map((w) => [w.by, w.excusedMs, w.countedMs]);
 * ```
 */
export interface BudgetedWindow {
  /** Epoch ms. */
  readonly start: number;
  /** Epoch ms, exclusive. */
  readonly end: number;
  /** The maintenance window (or announced window) id. */
  readonly by: string;
  /** Label of its budget period. */
  readonly budgetPeriod: string;
  /** Excused, ms. */
  readonly excusedMs: number;
  /** Over the budget, counted, ms. */
  readonly countedMs: number;
}

/**
 * Maintenance downtime under a budget, and the availability it gives.
 *
 * @example
 * ```ts
 * const budgeted: BudgetedDowntime = applyMaintenanceBudget(measuredDowntime(result), { budget: 'PT10H', per: 'year', zone: 'UTC' });
 * budgeted.countedMs; // maintenance downtime over the budget
 * ```
 */
export interface BudgetedDowntime {
  /** Downtime maintenance windows excused before the budget, ms. */
  readonly coveredMs: number;
  /** Of it, still excused under the budget, ms. */
  readonly excusedMs: number;
  /** Of it, over the budget and counted, ms (`excusedMs + countedMs = coveredMs`). */
  readonly countedMs: number;
  /** Each budget period overlapping the measurement period, in time order. */
  readonly budgets: readonly MaintenanceBudgetUse[];
  /** Each stretch of maintenance downtime (cut at budget-period bounds), in time order. */
  readonly windows: readonly BudgetedWindow[];
  /** The availability with the excess counted, exact in ms. */
  readonly ratio: AvailabilityRatio;
  /** The input with the excess moved from excused to counted, for the next step. */
  readonly downtime: MeasuredDowntime;
}

const KINDS: readonly BudgetPeriodKind[] = ['month', 'quarter', 'year'];
const ORDERS: readonly MaintenanceBudgetOrder[] = ['earliest-first', 'shortest-first', 'longest-first'];

/** A stretch of maintenance downtime inside one budget period. */
interface Unit {
  readonly start: number;
  readonly end: number;
  readonly by: string;
  readonly budget: AvailabilityPeriod;
  excusedMs: number;
}

/**
 * Excuse maintenance downtime only up to a budget per local calendar month,
 * quarter or year; the excess counts as downtime. Works on the downtime
 * excused by maintenance windows (`excusedParts` with rule `maintenance`;
 * excluded causes are untouched). Each budget period is used in turn; the
 * one holding the measurement period's start has `usedBeforeMs` used
 * already (chain consecutive periods with `budgets[].usedMs`). Inside a
 * budget period the downtime is excused in `order` (default earliest
 * first), and the window that exhausts the budget is `split` (default) or
 * `counts` whole.
 *
 * Guarantees: excused per budget period never exceeds what was left of it;
 * `excusedMs + countedMs = coveredMs`.
 *
 * Throws {@link SlaInputError} naming `budget`, `per`, `zone`,
 * `usedBeforeMs`, `order`, `exhaustingWindow` or `downtime`.
 *
 * @example
 * ```ts
 * // 11 h down inside announced maintenance in August 2026, at most 10 h a year excused, none used before.
 * const window = { start: '2026-08-01T00:00:00Z', end: '2026-08-01T11:00:00Z', announcedAt: '2026-07-29T00:00:00Z' };
 * const result = computeAvailability({
 *   period: AvailabilityPeriod.quarter(2026, 3, 'UTC'),
 *   incidents: [{ start: window.start, end: window.end }],
 *   maintenance: [MaintenanceWindow.adHoc({ id: 'announced', minimumNotice: { hours: 48 }, windows: [window] })],
 * });
 * const budgeted = applyMaintenanceBudget(measuredDowntime(result), { budget: 'PT10H', per: 'year', zone: 'UTC' });
 * [budgeted.excusedMs / 3_600_000, budgeted.countedMs / 3_600_000]; // [10, 1]
 * ```
 */
export function applyMaintenanceBudget(downtime: MeasuredDowntime, options: MaintenanceBudgetOptions): BudgetedDowntime {
  checkDowntime(downtime);
  if (options === null || typeof options !== 'object') throw new SlaInputError('maintenanceBudget', options, '{ budget, per, zone, usedBeforeMs?, order?, exhaustingWindow? }');
  const budgetMs = toDurationMs(options.budget, 'budget');
  const per = options.per;
  if (!KINDS.includes(per)) throw new SlaInputError('per', per, '"month", "quarter" or "year"');
  const zone = TimeZone.of(options.zone, 'zone');
  const usedBeforeMs = options.usedBeforeMs ?? 0;
  if (!Number.isSafeInteger(usedBeforeMs) || usedBeforeMs < 0) throw new SlaInputError('usedBeforeMs', usedBeforeMs, 'a whole number of milliseconds >= 0');
  const order = options.order ?? 'earliest-first';
  if (!ORDERS.includes(order)) throw new SlaInputError('order', order, '"earliest-first", "shortest-first" or "longest-first"');
  const exhausting = options.exhaustingWindow ?? 'split';
  if (exhausting !== 'split' && exhausting !== 'counts') throw new SlaInputError('exhaustingWindow', exhausting, '"split" or "counts"');

  const budgetOf = (t: number) => budgetPeriod(per, zone, t);
  const { period } = downtime;
  const budgets: AvailabilityPeriod[] = [];
  for (let budget = budgetOf(period.start); budget.start < period.end; budget = budgetOf(budget.end)) budgets.push(budget);
  const units = maintenanceUnits(downtime.excusedParts, budgetOf);

  const overflow: number[] = [];
  const uses = budgets.map((budget, b): MaintenanceBudgetUse => {
    const usedBefore = b === 0 ? usedBeforeMs : 0;
    let remaining = Math.max(0, budgetMs - usedBefore);
    const here = units.filter((unit) => unit.budget.start === budget.start).sort(ORDER_COMPARE[order]);
    let excusedMs = 0;
    let coveredMs = 0;
    for (const unit of here) {
      const length = unit.end - unit.start;
      coveredMs += length;
      unit.excusedMs = length <= remaining ? length : exhausting === 'split' ? remaining : 0;
      remaining -= unit.excusedMs;
      excusedMs += unit.excusedMs;
      if (unit.excusedMs < length) overflow.push(unit.start + unit.excusedMs, unit.end);
    }
    return {
      label: budget.label,
      start: budget.start,
      end: budget.end,
      budgetMs,
      usedBeforeMs: usedBefore,
      excusedMs,
      countedMs: coveredMs - excusedMs,
      usedMs: usedBefore + excusedMs,
      remainingMs: Math.max(0, budgetMs - usedBefore - excusedMs),
    };
  });

  const over = IntervalSet.of(pairs(overflow));
  const next: MeasuredDowntime = {
    ...downtime,
    excused: downtime.excused.subtract(over),
    excusedParts: downtime.excusedParts.flatMap((part) => (part.rule === 'maintenance' ? IntervalSet.of([[part.start, part.end]]).subtract(over).toArray().map((kept): ExcusedPart => ({ ...part, ...kept })) : [part])),
    counted: downtime.counted.union(over),
  };
  const excusedMs = uses.reduce((sum, use) => sum + use.excusedMs, 0);
  const countedMs = over.measure();
  return {
    coveredMs: excusedMs + countedMs,
    excusedMs,
    countedMs,
    budgets: uses,
    windows: units.map((unit) => ({ start: unit.start, end: unit.end, by: unit.by, budgetPeriod: unit.budget.label, excusedMs: unit.excusedMs, countedMs: unit.end - unit.start - unit.excusedMs })),
    ratio: downtimeRatio(next),
    downtime: next,
  };
}

const ORDER_COMPARE: Record<MaintenanceBudgetOrder, (a: Unit, b: Unit) => number> = {
  'earliest-first': (a, b) => a.start - b.start,
  'shortest-first': (a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start,
  'longest-first': (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
};

/** The local calendar month, quarter or year holding instant `t`. */
function budgetPeriod(per: BudgetPeriodKind, zone: TimeZone, t: number): AvailabilityPeriod {
  const { year, month } = civilFromDays(Math.floor(zone.toWall(t) / MS_PER_DAY));
  if (per === 'month') return AvailabilityPeriod.month(year, month, zone.name);
  if (per === 'quarter') return AvailabilityPeriod.quarter(year, Math.ceil(month / 3), zone.name);
  return AvailabilityPeriod.year(year, zone.name);
}

/** Maintenance-excused parts, cut at budget-period bounds, in time order. */
function maintenanceUnits(parts: readonly ExcusedPart[], budgetOf: (t: number) => AvailabilityPeriod): Unit[] {
  const units: Unit[] = [];
  for (const part of parts) {
    if (part.rule !== 'maintenance') continue;
    for (let start = part.start; start < part.end; ) {
      const budget = budgetOf(start);
      const end = Math.min(part.end, budget.end);
      units.push({ start, end, by: part.by, budget, excusedMs: 0 });
      start = end;
    }
  }
  return units.sort((a, b) => a.start - b.start);
}

function pairs(bounds: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i += 2) out.push([bounds[i] as number, bounds[i + 1] as number]);
  return out;
}
