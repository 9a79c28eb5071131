import { SlaError } from '../../errors.js';
import { applyMergePatch, mergePatchBetween } from '../../versions/json-merge-patch.js';
import type { Contract } from '../contract.js';
import { defineContract } from '../define-contract.js';
import type { CalendarDefinition, ContractDefinition, ContractTerms } from '../schema.js';

/**
 * The same contract read otherwise — in another zone, without a holiday,
 * on 24/7 calendars … — as a change made to every version's terms. Each
 * is a whole contract built by {@link defineContract}, so a ticket is
 * recomputed by the very code that judged it; what changed is the one
 * thing the reading names.
 * @internal
 */
export interface OtherReading {
  /** Unique per reading and its parameters: the cache key. */
  readonly key: string;
  /** Changes a copy of one version's full terms in place. */
  readonly change: (terms: ContractTerms) => void;
}

/** The most readings kept per contract (the oldest go first). */
const CACHE_SIZE = 256;
const built = new WeakMap<Contract, Map<string, Contract | null>>();

/**
 * The contract under another reading, or `null` when that reading makes a
 * definition slakit refuses (it then explains nothing). Built once per
 * contract and reading: contracts are immutable, so the cache is unseen.
 * @internal
 */
export function readOtherwise(contract: Contract, reading: OtherReading): Contract | null {
  let byKey = built.get(contract);
  if (byKey === undefined) {
    byKey = new Map();
    built.set(contract, byKey);
  }
  const cached = byKey.get(reading.key);
  if (cached !== undefined) return cached;
  let other: Contract | null;
  try {
    other = defineContract(changedDefinition(contract.definition, reading.change));
  } catch (error) {
    if (!(error instanceof SlaError)) throw error;
    other = null;
  }
  if (byKey.size >= CACHE_SIZE) byKey.delete(byKey.keys().next().value as string);
  byKey.set(reading.key, other);
  return other;
}

/**
 * The definition with `change` made to the full terms of every version:
 * the top-level terms, then each amendment's (in full, or the previous
 * terms patched), written back as it was given: in full, or as the patch
 * between the changed terms.
 */
function changedDefinition(definition: ContractDefinition, change: (terms: ContractTerms) => void): ContractDefinition {
  const { versions, $schema: _schema, ...base } = definition;
  const terms: ContractTerms[] = [base];
  for (const version of versions ?? []) terms.push((version.terms ?? applyMergePatch(terms[terms.length - 1], version.patch)) as ContractTerms);
  const changed = terms.map((full) => {
    const copy = structuredClone(full);
    change(copy);
    return copy;
  });
  const [first] = changed as [ContractTerms];
  if (versions === undefined) return first;
  return {
    ...first,
    versions: versions.map((version, i) =>
      version.terms === undefined ? { ...version, patch: mergePatchBetween(changed[i], changed[i + 1]) as Record<string, unknown> } : { ...version, terms: changed[i + 1] as Record<string, unknown> },
    ),
  };
}

type WeeklyCalendar = Exclude<CalendarDefinition, { always: true }>;

function weeklyCalendars(terms: ContractTerms): WeeklyCalendar[] {
  return Object.values(terms.calendars).filter((calendar): calendar is WeeklyCalendar => !('always' in calendar));
}

/**
 * Every calendar's hours read in `zone`.
 * @internal
 */
export function inZone(zone: string): OtherReading {
  return {
    key: `zone ${zone}`,
    change: (terms) => {
      for (const calendar of Object.values(terms.calendars)) calendar.zone = zone;
    },
  };
}

/**
 * The local date `date` open on every weekly calendar that closes it for a
 * holiday (`ignoreHolidays`) or a listed closure (`closedDates`).
 * @internal
 */
export function reopened(date: string): OtherReading {
  return {
    key: `reopened ${date}`,
    change: (terms) => {
      for (const calendar of weeklyCalendars(terms)) {
        if (calendar.holidays !== undefined && !(calendar.ignoreHolidays ?? []).includes(date)) calendar.ignoreHolidays = [...(calendar.ignoreHolidays ?? []), date];
        if (calendar.closedDates !== undefined) calendar.closedDates = calendar.closedDates.filter((closed) => closed !== date);
      }
    },
  };
}

/**
 * No holiday and no listed closure on any calendar.
 * @internal
 */
export const WITHOUT_HOLIDAYS: OtherReading = {
  key: 'without holidays',
  change: (terms) => {
    for (const calendar of weeklyCalendars(terms)) {
      delete calendar.holidays;
      delete calendar.holidayTypes;
      delete calendar.partDayHolidays;
      delete calendar.closedDates;
      delete calendar.ignoreHolidays;
    }
  },
};

/**
 * Every calendar open 24/7: calendar hours.
 * @internal
 */
export const ALL_DAY: OtherReading = {
  key: '24/7',
  change: (terms) => {
    for (const [id, calendar] of Object.entries(terms.calendars)) {
      terms.calendars[id] = { always: true, zone: calendar.zone, ...(calendar.name === undefined ? {} : { name: calendar.name }) };
    }
  },
};

/**
 * Every calendar given the hours (week, holidays, zone) of calendar `id`.
 * @internal
 */
export function hoursOf(id: string): OtherReading {
  return {
    key: `hours of ${id}`,
    change: (terms) => {
      const hours = terms.calendars[id] as CalendarDefinition;
      for (const other of Object.keys(terms.calendars)) if (other !== id) terms.calendars[other] = structuredClone(hours);
    },
  };
}

/**
 * Statuses that pause a clock run it instead (every status map).
 * @internal
 */
export const PAUSES_RUN: OtherReading = {
  key: 'pauses run',
  change: (terms) => {
    const responses = terms.responses;
    if (responses === undefined) return;
    const maps = [responses.statuses, ...Object.values(responses.metrics ?? {}).map((metric) => metric?.statuses)];
    for (const map of maps) {
      if (map?.pauseOn === undefined) continue;
      map.runOn = [...(map.runOn ?? []), ...map.pauseOn];
      delete map.pauseOn;
    }
  },
};

/**
 * The first-response target of `priority` replaced by `targetMs` counted
 * on a 24/7 calendar: the target in calendar time.
 * @internal
 */
export function inCalendarTime(priority: string, targetMs: number): OtherReading {
  return {
    key: `calendar time ${priority} ${targetMs}`,
    change: (terms) => {
      const priorities = terms.responses?.priorities;
      if (priorities === undefined || !Object.hasOwn(priorities, priority)) return;
      let id = 'calendar-time';
      while (Object.hasOwn(terms.calendars, id)) id = `${id}-1`;
      terms.calendars[id] = { always: true, zone: 'UTC', name: 'calendar time' };
      priorities[priority] = { ...(priorities[priority] as NonNullable<typeof priorities[string]>), target: targetMs, calendar: id };
    },
  };
}
