import { parseRanges } from '../calendar/weekly-schedule.js';
import { ownValue } from '../ids.js';
import { parseTimeOfDay } from '../time/civil.js';
import type { LocalRange } from '../time/local-ranges.js';
import type { CalendarDefinition, ContractTerms } from './schema.js';

/**
 * The checks of a definition the schema cannot make: references between
 * sections (a priority's calendar, a credit's commitment) and constructs
 * that cannot apply together (granularity on a request metric, a credit on
 * a series). Each problem names its JSON path, under `prefix` for a
 * version's terms (`versions[1].patch.`).
 * @internal
 */

/** A definition problem: JSON path and message. @internal */
export interface DefinitionIssue {
  readonly path: string;
  readonly message: string;
}

type Commitment = NonNullable<ContractTerms['availability']>['commitments'][number];
type MetricType = NonNullable<Commitment['metric']>['type'];

/** The credit kinds and what each reads from its commitment. */
const CREDIT_NEEDS: Readonly<Record<string, 'availability' | 'downtime' | 'incidents'>> = {
  tiered: 'availability',
  proportional: 'downtime',
  'lost-time': 'downtime',
  'service-days': 'downtime',
  'per-incident': 'incidents',
};

/** Every cross-reference problem of one version's terms. @internal */
export function checkTerms(terms: ContractTerms, prefix = ''): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const at = (path: string, message: string) => issues.push({ path: `${prefix}${path}`, message });
  const calendars = new Set(Object.keys(terms.calendars));
  const regions = terms.regions ?? {};
  for (const [id, region] of Object.entries(regions)) {
    if (!calendars.has(region.calendar)) at(`regions.${id}.calendar`, unknownRef('calendar', region.calendar, calendars));
  }
  const targetLists: [string, Readonly<Record<string, { readonly calendar: string }>>][] = [['responses.priorities', terms.responses?.priorities ?? {}]];
  for (const [metric, options] of Object.entries(terms.responses?.metrics ?? {})) if (options !== undefined) targetLists.push([`responses.metrics.${metric}.priorities`, options.priorities]);
  for (const [path, targets] of targetLists) {
    for (const [priority, target] of Object.entries(targets)) {
      if (target.calendar === '$region') {
        if (Object.keys(regions).length === 0) at(`${path}.${priority}.calendar`, '"$region" needs a "regions" section');
      } else if (!calendars.has(target.calendar)) {
        at(`${path}.${priority}.calendar`, unknownRef('calendar', target.calendar, calendars));
      }
      const ids = target.calendar === '$region' ? Object.values(regions).map((region) => region.calendar) : [target.calendar];
      for (const id of ids) checkByTime((target as { readonly target?: unknown }).target, id, ownValue(terms.calendars, id), `${path}.${priority}.target.time`, at);
    }
  }
  const commitments = new Map<string, Commitment>();
  const availability = terms.availability;
  (availability?.commitments ?? []).forEach((commitment, i) => {
    if (commitments.has(commitment.id)) at(`availability.commitments[${i}].id`, `duplicate commitment id "${commitment.id}"`);
    commitments.set(commitment.id, commitment);
    if (commitment.measuredCalendar !== undefined && !calendars.has(commitment.measuredCalendar)) {
      at(`availability.commitments[${i}].measuredCalendar`, unknownRef('calendar', commitment.measuredCalendar, calendars));
    }
    checkCommitment(commitment, `availability.commitments[${i}]`, availability?.maintenanceBudget !== undefined, at);
  });
  if (availability?.probes !== undefined && availability.commitments.every((c) => metricOf(c) === 'requests' || metricOf(c) === 'series')) {
    at('availability.probes', `no commitment is measured from probes: ${availability.commitments.map((c) => `"${c.id}" uses ${metricOf(c)}`).join(', ')}; remove the probes section or add a downtime commitment`);
  }
  const maintenanceIds = new Set<string>();
  (availability?.maintenance ?? []).forEach((rule, i) => {
    if (maintenanceIds.has(rule.id)) at(`availability.maintenance[${i}].id`, `duplicate maintenance id "${rule.id}"`);
    maintenanceIds.add(rule.id);
  });
  checkRemedies(terms, commitments, at);
  const deadlineIds = new Set<string>();
  (terms.deadlines ?? []).forEach((deadline, i) => {
    if (deadlineIds.has(deadline.id)) at(`deadlines[${i}].id`, `duplicate deadline id "${deadline.id}"`);
    deadlineIds.add(deadline.id);
  });
  const split = terms.options?.['versionSplit'];
  if (split !== undefined && split !== 'period-start' && split !== 'pro-rata') {
    at('options.versionSplit', `expected "period-start" or "pro-rata" (how a period that spans an amendment is judged), got ${JSON.stringify(split)}`);
  }
  return issues;
}

/** The metric a commitment is measured by (`downtime` by default). @internal */
export function metricOf(commitment: Pick<Commitment, 'metric'>): MetricType {
  return commitment.metric?.type ?? 'downtime';
}

/** Constructs of one commitment that cannot apply to its metric. */
function checkCommitment(commitment: Commitment, path: string, budget: boolean, at: (path: string, message: string) => void): void {
  const metric = metricOf(commitment);
  if (commitment.granularity !== undefined && metric !== 'downtime') {
    at(`${path}.granularity`, `granularity counts downtime in whole intervals: it applies to the "downtime" metric, not "${metric}"${metric === 'requests' ? ' (a request metric has its own interval)' : ''}`);
  }
  if (commitment.measuredCalendar !== undefined && (metric === 'requests' || metric === 'series')) {
    at(`${path}.measuredCalendar`, `a measured calendar applies to downtime measured in time, not to the "${metric}" metric`);
  }
  if (commitment.aggregation === 'mean-of-months' && (metric !== 'downtime' || commitment.granularity !== undefined || budget)) {
    at(`${path}.aggregation`, 'the mean of monthly figures applies to plain downtime (no granularity, weighting, request or series metric, no maintenance budget)');
  }
  if (budget && metric === 'requests') {
    at(`${path}.metric`, 'the maintenance budget applies to downtime measured in time; the "requests" metric excuses maintenance windows whole (remove the budget or measure this commitment as downtime)');
  }
  const fed = OBSERVATIONS_READ[metric];
  (commitment.observations ?? []).forEach((kind, j) => {
    if (!fed.includes(kind)) at(`${path}.observations[${j}]`, `the "${metric}" metric is not fed ${kind}: it reads ${fed.join(' and ')}`);
  });
}

/** The observations each metric reads: incidents always (their excluded causes excuse time), then its own data. @internal */
export const OBSERVATIONS_READ: Readonly<Record<MetricType, readonly string[]>> = {
  downtime: ['incidents', 'probes'],
  weighted: ['incidents', 'probes'],
  requests: ['incidents', 'requests'],
  series: ['incidents', 'series'],
};

/** Credits and termination rights: their commitments exist, and can feed them. */
function checkRemedies(terms: ContractTerms, commitments: ReadonlyMap<string, Commitment>, at: (path: string, message: string) => void): void {
  const penalties = terms.penalties;
  const credits = terms.remedies?.credits;
  if (penalties !== undefined) {
    if (terms.remedies?.credits !== undefined) at('penalties', 'give the credit table either as "penalties" (the first form) or in "remedies.credits", not both');
    if (terms.availability === undefined) at('penalties', 'a credit table needs an "availability" section');
    else if (!commitments.has(penalties.commitment)) at('penalties.commitment', unknownRef('commitment', penalties.commitment, new Set(commitments.keys())));
    else checkFeed('tiered', commitments.get(penalties.commitment) as Commitment, 'penalties.commitment', 'a credit table', at);
  }
  const ids = new Set<string>();
  (credits ?? []).forEach((credit, i) => {
    const path = `remedies.credits[${i}]`;
    if (credit.id !== undefined) {
      if (ids.has(credit.id)) at(`${path}.id`, `duplicate credit id "${credit.id}"`);
      ids.add(credit.id);
    }
    const fed = fedCommitment(credit.commitment, commitments, `${path}.commitment`, 'a credit', at);
    if (fed !== undefined) checkFeed(credit.type, fed, `${path}.commitment`, `a ${credit.type} credit`, at);
  });
  (terms.remedies?.termination ?? []).forEach((rule, i) => {
    const path = `remedies.termination[${i}]`;
    const fed = fedCommitment(rule.commitment, commitments, `${path}.commitment`, 'a termination right', at);
    if (fed !== undefined && metricOf(fed) === 'series' && (rule.type === 'below-in-any-period' || rule.target !== undefined)) {
      at(`${path}.commitment`, `commitment "${fed.id}" is a series (no availability): a termination right on it counts missed periods only (no "below-in-any-period", no target)`);
    }
  });
}

/** The commitment a credit or right names, or the only one when it names none. */
function fedCommitment(id: string | undefined, commitments: ReadonlyMap<string, Commitment>, path: string, what: string, at: (path: string, message: string) => void): Commitment | undefined {
  if (commitments.size === 0) {
    at(path, `${what} needs an "availability" section with a commitment`);
    return undefined;
  }
  if (id === undefined) {
    if (commitments.size === 1) return [...commitments.values()][0];
    at(path, `${what} must name its commitment when the contract has several: one of ${[...commitments.keys()].map((k) => `"${k}"`).join(', ')}`);
    return undefined;
  }
  const fed = commitments.get(id);
  if (fed === undefined) at(path, unknownRef('commitment', id, new Set(commitments.keys())));
  return fed;
}

/** Whether a credit kind can read what it needs from a commitment. */
function checkFeed(kind: string, fed: Commitment, path: string, what: string, at: (path: string, message: string) => void): void {
  const metric = metricOf(fed);
  const needs = CREDIT_NEEDS[kind];
  if (metric === 'series') {
    at(path, `commitment "${fed.id}" is a series (a statistic against a bound, no availability or downtime): ${what} cannot be computed from it`);
  } else if (fed.aggregation === 'mean-of-months') {
    at(path, `commitment "${fed.id}" is a mean of monthly figures; ${what} needs a commitment measured over its whole period`);
  } else if (needs === 'downtime' && metric === 'requests' && fed.metric?.type === 'requests' && (fed.metric.metric ?? 'bad-intervals') !== 'bad-intervals') {
    at(path, `commitment "${fed.id}" is measured by the ${fed.metric.metric} request metric, which has no downtime in time: ${what} counts downtime (use a tiered credit, or the bad-intervals metric)`);
  }
}

/**
 * A `by-time` deadline must be a local time the calendar can be open at
 * (from an opening to a close, both included) on some day: a time outside
 * every weekly range and every special-hours range (07:00 on an 08:00–18:00
 * calendar) could never be met, and is refused here rather than at the
 * first ticket.
 */
function checkByTime(target: unknown, id: string, calendar: CalendarDefinition | undefined, path: string, at: (path: string, message: string) => void): void {
  if (calendar === undefined || 'always' in calendar || target === null || typeof target !== 'object') return;
  const rule = target as { readonly rule?: unknown; readonly time?: unknown };
  if (rule.rule !== 'by-time' || typeof rule.time !== 'string') return;
  const minute = parseTimeOfDay(rule.time);
  if (minute === undefined) return;
  const ranges = [...Object.values(calendar.week ?? {}), ...(calendar.specialHours ?? []).map((entry) => entry.hours)].flatMap((list) => parseRanges(list ?? [], 'hours'));
  const inside = (range: LocalRange): boolean =>
    range.startMinute < range.endMinute ? minute >= range.startMinute && minute <= range.endMinute : minute >= range.startMinute || minute <= range.endMinute;
  if (!ranges.some(inside)) {
    at(path, `"${rule.time}" is outside the open hours of calendar "${id}" on every day (${[...new Set(ranges.map((r) => r.text))].join(', ')}): a by-time deadline must be a local time the calendar is open at, from an opening to a close`);
  }
}

function unknownRef(kind: string, value: string, known: ReadonlySet<string>): string {
  return `unknown ${kind} "${value}": expected one of ${[...known].map((k) => `"${k}"`).join(', ') || '(none defined)'}`;
}
