import { BusinessCalendar } from '../calendar/business-calendar.js';
import { SlaInputError } from '../errors.js';
import { checkKnownKeys } from '../ids.js';
import { type IntervalInput, IntervalSet } from '../intervals/interval-set.js';
import { decimalOf } from '../measurement/decimal.js';
import { type DurationInput, toDurationMs } from '../time/duration.js';
import { type InstantInput, toInstant } from '../time/instant.js';
import { AvailabilityPeriod } from './availability-period.js';
import { allowedDowntime } from './downtime-budget.js';
import { type PercentInput, parsePercent } from './ratio.js';

/**
 * How a burn-rate window of length `W` ending at `now` is laid out:
 * `measured` (default) — the last `W` of *measured* time before `now` (a
 * Mon–Fri 08:00–18:00 calendar: at Monday 09:00 the last 6 h reach back to
 * Friday 13:00); `wall` — the wall-clock span `[now − W, now)`. Either way a
 * window never reaches before the period's start.
 *
 * @example
 * ```ts
 * const layout: WindowTime = 'wall';
 * ```
 */
export type WindowTime = 'measured' | 'wall';

/**
 * One multiwindow burn-rate alert condition: it fires when the burn rate
 * over the long window **and** over the short window are both above
 * `burnRate` (strictly, as the workbook's rules write `>`).
 *
 * @example
 * ```ts
 * const alert: BurnRateAlert = { id: 'page-1h', severity: 'page', longWindow: 'PT1H', shortWindow: 'PT5M', burnRate: '14.4' };
 * ```
 */
export interface BurnRateAlert {
  /** A name for the condition, e.g. `page-1h`. */
  readonly id: string;
  /** What the condition asks for: wake someone up (`page`) or open a ticket. */
  readonly severity: 'page' | 'ticket';
  /** The long window (`PT1H`, `P3D`, ms…). */
  readonly longWindow: DurationInput;
  /** The short window, which stops the alert soon after the burn stops. */
  readonly shortWindow: DurationInput;
  /** The burn-rate threshold, a decimal (`"14.4"`). */
  readonly burnRate: string;
}

/**
 * The multiwindow, multi-burn-rate alert conditions the Google SRE Workbook
 * recommends (chapter 5 "Alerting on SLOs", "Multiwindow, Multi-Burn-Rate
 * Alerts"): page at 14.4× over 1 h and 5 min (2 % of a 30-day budget in an
 * hour), page at 6× over 6 h and 30 min (5 %), ticket at 1× over 3 days and
 * 6 h (10 %).
 *
 * @example
 * ```ts
 * SRE_WORKBOOK_ALERTS.map((a) => `${a.severity} ${a.burnRate}×`); // ["page 14.4×", "page 6×", "ticket 1×"]
 * ```
 */
export const SRE_WORKBOOK_ALERTS: readonly BurnRateAlert[] = Object.freeze([
  Object.freeze({ id: 'page-1h', severity: 'page', longWindow: 'PT1H', shortWindow: 'PT5M', burnRate: '14.4' } as const),
  Object.freeze({ id: 'page-6h', severity: 'page', longWindow: 'PT6H', shortWindow: 'PT30M', burnRate: '6' } as const),
  Object.freeze({ id: 'ticket-3d', severity: 'ticket', longWindow: 'P3D', shortWindow: 'PT6H', burnRate: '1' } as const),
]);

/**
 * Options of {@link errorBudget}.
 *
 * @example
 * ```ts
 * const options: ErrorBudgetOptions = { target: '99.9', period: AvailabilityPeriod.month(2026, 6, 'UTC'), counted: [], now: '2026-06-15T12:00:00Z' };
 * ```
 */
export interface ErrorBudgetOptions {
  /** The availability target, percent (`"99.9"`); below 100. */
  readonly target: PercentInput;
  /** The period the budget is for (a month, or `{ start, end }`). */
  readonly period: AvailabilityPeriod | { readonly start: InstantInput; readonly end: InstantInput };
  /** Measure only this calendar's open time (Linkando: support hours). Default: the whole period. */
  readonly measuredCalendar?: BusinessCalendar | undefined;
  /** Counted downtime (after maintenance, causes, granularity…): only its part in measured time before `now` is used. */
  readonly counted: IntervalSet | readonly IntervalInput[];
  /** The instant asked about, inside `[period.start, period.end]`. */
  readonly now: InstantInput;
  /** The alert conditions. Default {@link SRE_WORKBOOK_ALERTS}. */
  readonly alerts?: readonly BurnRateAlert[] | undefined;
  /** Default `measured`. */
  readonly windowTime?: WindowTime | undefined;
}

/**
 * The burn rate over one window ending at `now`.
 *
 * @example
 * ```ts
 * const { start, end, measuredMs, countedMs, burnRate } = budget.alerts[0].long;
 * ```
 */
export interface BurnWindow {
  /** The window's length as asked, ms (of measured or wall time). */
  readonly lengthMs: number;
  /** Epoch ms: where the window starts. */
  readonly start: number;
  /** Epoch ms, exclusive: `now`. */
  readonly end: number;
  /** Measured time inside the window, ms (less than `lengthMs` when it was cut at the period's start, or in wall time). */
  readonly measuredMs: number;
  /** Counted downtime inside the window, ms. */
  readonly countedMs: number;
  /** `(countedMs / measuredMs) / (1 − target)`, exact, as decimal strings; `0 / 1` when `measuredMs` is 0. */
  readonly burnRateExact: { readonly numerator: string; readonly denominator: string };
  /** The burn rate as a number (0 over a window with no measured time). */
  readonly burnRate: number;
  /** Whether the window was cut at the period's start. */
  readonly cut: boolean;
}

/**
 * One alert condition judged at `now`.
 *
 * @example
 * ```ts
 * budget.alerts.filter((a) => a.firing).map((a) => a.id); // ["page-1h"]
 * ```
 */
export interface BurnAlertResult {
  readonly id: string;
  readonly severity: 'page' | 'ticket';
  /** The threshold, normalised (`"14.4"`). */
  readonly burnRate: string;
  readonly long: BurnWindow;
  readonly short: BurnWindow;
  /** Both windows above the threshold while `now` is in measured time. */
  readonly firing: boolean;
  /** Why it fires or not, in words. */
  readonly reason: string;
}

/**
 * The error budget of a target over a period at `now`, and the burn-rate
 * alert conditions.
 *
 * @example
 * ```ts
 * const { budgetMs, consumedMs, leftMs, alerts } = errorBudget(options);
 * ```
 */
export interface ErrorBudget {
  /** The target, normalised (`"99.9"`). */
  readonly target: string;
  /** Epoch ms. */
  readonly now: number;
  readonly period: { readonly start: number; readonly end: number };
  readonly windowTime: WindowTime;
  /** Measured time of the whole period, ms. */
  readonly measuredMs: number;
  /** Measured time from the period's start to `now`, ms. */
  readonly measuredSoFarMs: number;
  /** `floor(measuredMs × (100 − target) / 100)`. */
  readonly budgetMs: number;
  /** Counted downtime in measured time before `now`, ms. */
  readonly consumedMs: number;
  /** `budgetMs − consumedMs`; negative once the budget is spent. */
  readonly leftMs: number;
  /** Whether the instant just before `now` is measured time: alerts fire only then. */
  readonly nowMeasured: boolean;
  readonly alerts: readonly BurnAlertResult[];
}

const OPTION_KEYS: ReadonlySet<string> = new Set(
  Object.keys({ target: true, period: true, measuredCalendar: true, counted: true, now: true, alerts: true, windowTime: true } satisfies Record<keyof ErrorBudgetOptions, true>),
);

/**
 * The error budget of an availability target over a period, at `now`, in
 * the period's **measured** time (docs/budget.md):
 *
 * - budget = `floor(|P| × (100 − target) / 100)` ms, `|P|` the measured
 *   time of the whole period (floored: the most downtime that still meets
 *   the target);
 * - consumed = counted downtime in measured time before `now`;
 * - left = budget − consumed (negative once spent);
 * - burn rate over a window `W` ending at `now` =
 *   `(counted in W / measured in W) / (1 − target)`, 0 when `W` holds no
 *   measured time; 1 sustained over the period spends exactly the budget;
 * - each alert condition fires when both its windows burn above its
 *   threshold **and** `now` is in measured time — outside measured time
 *   nothing can burn, so a weekday-only SLA never pages at the weekend.
 *
 * Throws {@link SlaInputError} naming `target` (100 % has no budget),
 * `now` (outside the period), `windowTime`, `alerts[i].…`, `counted`,
 * `measuredCalendar`, or `period` (no measured time).
 *
 * @example
 * ```ts
 * // 99.9 % of June 2026 (720 h, 24/7): budget 43 min 12 s. 30 min down on the 15th from 11:30.
 * const budget = errorBudget({
 *   target: '99.9',
 *   period: AvailabilityPeriod.month(2026, 6, 'UTC'),
 *   counted: [{ start: '2026-06-15T11:30:00Z', end: '2026-06-15T12:00:00Z' }],
 *   now: '2026-06-15T12:00:00Z',
 * });
 * budget.budgetMs; // 2592000
 * budget.leftMs;   // 792000 (13 min 12 s)
 * budget.alerts[0]?.long.burnRate; // 500: 30 min / 60 min / 0.001
 * budget.alerts[0]?.firing;        // true
 * ```
 */
export function errorBudget(options: ErrorBudgetOptions): ErrorBudget {
  if (options === null || typeof options !== 'object') throw new SlaInputError('options', options, '{ target, period, counted, now, measuredCalendar?, alerts?, windowTime? }');
  checkKnownKeys(options, OPTION_KEYS, 'options');
  const percent = parsePercent(options.target, 'target');
  const hundred = 100n * percent.scale;
  if (percent.units === hundred) throw new SlaInputError('target', options.target, 'a target below 100 %: a 100 % target leaves no error budget to burn');
  const period = options.period instanceof AvailabilityPeriod ? options.period : AvailabilityPeriod.between(options.period?.start as InstantInput, options.period?.end as InstantInput);
  const now = toInstant(options.now, 'now');
  if (now < period.start || now > period.end) throw new SlaInputError('now', options.now, `an instant inside the period ${period.label} [${new Date(period.start).toISOString()}, ${new Date(period.end).toISOString()}]`);
  const windowTime = options.windowTime ?? 'measured';
  if (windowTime !== 'measured' && windowTime !== 'wall') throw new SlaInputError('windowTime', windowTime, '"measured" (the last W of measured time) or "wall" (the last W of wall-clock time)');
  const calendar = options.measuredCalendar;
  if (calendar !== undefined && !(calendar instanceof BusinessCalendar)) throw new SlaInputError('measuredCalendar', calendar, 'a BusinessCalendar');
  const measured = calendar === undefined ? IntervalSet.fromSortedBounds([period.start, period.end]) : calendar.openIntervals(period.start, period.end);
  const measuredMs = measured.measure();
  if (measuredMs === 0) throw new SlaInputError(calendar === undefined ? 'period' : 'measuredCalendar', calendar?.name ?? period.label, `a period with some measured time (${period.label} has none)`);
  const given = options.counted;
  const counted = (given instanceof IntervalSet ? given : IntervalSet.of(given, 'counted')).intersect(measured).clip(period.start, now);
  const alerts = (options.alerts ?? SRE_WORKBOOK_ALERTS).map((alert, i) => readAlert(alert, `alerts[${i}]`));

  const nowMeasured = now > period.start && measured.contains(now - 1);
  const burn = (lengthMs: number): BurnWindow => {
    const { start, cut } = windowTime === 'wall' ? wallStart(period.start, now, lengthMs) : measuredStart(measured, period.start, now, lengthMs);
    const inWindow = measured.clip(start, now).measure();
    const down = counted.clip(start, now).measure();
    const numerator = inWindow === 0 ? 0n : BigInt(down) * hundred;
    const denominator = inWindow === 0 ? 1n : BigInt(inWindow) * (hundred - percent.units);
    return { lengthMs, start, end: now, measuredMs: inWindow, countedMs: down, burnRateExact: { numerator: String(numerator), denominator: String(denominator) }, burnRate: Number(numerator) / Number(denominator), cut };
  };
  const budgetMs = allowedDowntime(measuredMs, percent);
  const consumedMs = counted.measure();
  return {
    target: percent.text,
    now,
    period: { start: period.start, end: period.end },
    windowTime,
    measuredMs,
    measuredSoFarMs: measured.clip(period.start, now).measure(),
    budgetMs,
    consumedMs,
    leftMs: budgetMs - consumedMs,
    nowMeasured,
    alerts: alerts.map((alert) => judgeAlert(alert, burn(alert.longMs), burn(alert.shortMs), nowMeasured)),
  };
}

interface ReadAlert {
  readonly id: string;
  readonly severity: 'page' | 'ticket';
  readonly longMs: number;
  readonly shortMs: number;
  readonly threshold: { readonly n: bigint; readonly d: bigint; readonly text: string };
}

function readAlert(alert: BurnRateAlert, field: string): ReadAlert {
  if (alert === null || typeof alert !== 'object') throw new SlaInputError(field, alert, '{ id, severity, longWindow, shortWindow, burnRate }');
  if (typeof alert.id !== 'string' || alert.id === '') throw new SlaInputError(`${field}.id`, alert.id, 'a non-empty name');
  if (alert.severity !== 'page' && alert.severity !== 'ticket') throw new SlaInputError(`${field}.severity`, alert.severity, '"page" or "ticket"');
  const longMs = toDurationMs(alert.longWindow, `${field}.longWindow`);
  const shortMs = toDurationMs(alert.shortWindow, `${field}.shortWindow`);
  if (longMs === 0 || shortMs === 0) throw new SlaInputError(longMs === 0 ? `${field}.longWindow` : `${field}.shortWindow`, longMs === 0 ? alert.longWindow : alert.shortWindow, 'a positive duration');
  const threshold = decimalOf(alert.burnRate, `${field}.burnRate`);
  if (threshold.n < 0n) throw new SlaInputError(`${field}.burnRate`, alert.burnRate, 'a non-negative burn rate such as "14.4"');
  return { id: alert.id, severity: alert.severity, longMs, shortMs, threshold };
}

/** Both windows strictly above the threshold (exactly), while `now` is measured. */
function judgeAlert(alert: ReadAlert, long: BurnWindow, short: BurnWindow, nowMeasured: boolean): BurnAlertResult {
  const above = (w: BurnWindow) => BigInt(w.burnRateExact.numerator) * alert.threshold.d > alert.threshold.n * BigInt(w.burnRateExact.denominator);
  const t = alert.threshold.text;
  const firing = nowMeasured && above(long) && above(short);
  const reason = !nowMeasured
    ? 'now is outside measured time: nothing burns, nothing fires'
    : firing
      ? `burn rate above ${t} over both windows`
      : `burn rate not above ${t} over the ${above(long) ? 'short' : 'long'} window`;
  return { id: alert.id, severity: alert.severity, burnRate: t, long, short, firing, reason };
}

function wallStart(periodStart: number, now: number, lengthMs: number): { start: number; cut: boolean } {
  const start = now - lengthMs;
  return start < periodStart ? { start: periodStart, cut: true } : { start, cut: false };
}

/** The latest `s ≥ periodStart` with `lengthMs` of measured time in `[s, now)`, or the period's start when there is less. */
function measuredStart(measured: IntervalSet, periodStart: number, now: number, lengthMs: number): { start: number; cut: boolean } {
  const spans = measured.clip(periodStart, now).toArray();
  let need = lengthMs;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i] as { start: number; end: number };
    if (span.end - span.start >= need) return { start: span.end - need, cut: false };
    need -= span.end - span.start;
  }
  return { start: periodStart, cut: true };
}
