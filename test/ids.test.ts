/**
 * Issue 15 kind 2, "User keys looked up on plain objects": every user-supplied
 * key is an own-property lookup (or a Map); the names of Object.prototype's
 * properties are unknown ids with a typed error, never a silently changed result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../src/calendar/business-calendar.js';
import { dateHolidays } from '../src/calendar/holidays.js';
import { sameHours } from '../src/calendar/weekly-schedule.js';
import { ResponsePolicy } from '../src/clock/response-policy.js';
import { defineContract } from '../src/contract/define-contract.js';
import type { Contract } from '../src/contract/contract.js';
import { letsignit } from '../src/presets/letsignit/index.js';
import { lumapps } from '../src/presets/lumapps/index.js';
import { toDurationMs } from '../src/time/duration.js';
import { definitionErrorOf, expectInputError } from './presets/helpers.js';

/** `__proto__`, `constructor`, `toString`, `valueOf`, `hasOwnProperty`, … (12 names on Node 20). */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

/** A copy of `record` with an own, enumerable `key` — what JSON.parse makes of `{"__proto__": …}` too. */
function withKey<T extends object>(record: T, key: string, value: unknown): T {
  const copy = { ...record };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A small valid definition: one calendar, two priorities, one region, one commitment. */
function definition(): any {
  return {
    id: 'acme',
    name: 'ACME',
    calendars: { office: { zone: 'UTC', week: { mon: ['09:00-17:00'] } } },
    regions: { emea: { calendar: 'office' } },
    responses: { priorities: { urgent: { target: 'PT4H', calendar: 'office' }, regional: { target: 'PT1H', calendar: '$region' } } },
    availability: { zone: 'UTC', commitments: [{ id: 'platform', target: '99', period: 'month' }] },
    deadlines: [{ id: 'export', days: 90, from: 'contractEnd', zone: 'UTC' }],
    limits: [{ id: 'contacts', max: 2, unit: 'persons' }],
  };
}

const calendar = new BusinessCalendar({ zone: 'UTC', week: { mon: ['09:00-17:00'] } });

describe('issue 15 kind 2: the examples', () => {
  it('holiday regions "constructor", "toString", "__proto__", "FR-toString" are unknown regions, not calendars without holidays', () => {
    for (const region of ['constructor', 'toString', '__proto__', 'FR-toString', 'FR-__proto__', 'DE-hasOwnProperty']) {
      expectInputError(() => dateHolidays(region), 'holidays.region');
      expectInputError(() => new BusinessCalendar({ zone: 'Europe/Paris', week: { mon: ['09:00-17:00'] }, holidays: region }), 'holidays.region');
    }
    // the real codes still work: 2026-05-01 is a French public holiday
    expect([...dateHolidays('FR').datesInYear(2026)]).toContain('2026-05-01');
  });

  it('a duration {"constructor": 10} parsed from JSON is an unknown unit, not 0 ms', () => {
    expectInputError(() => toDurationMs(JSON.parse('{"constructor": 10}'), 'target'), 'target.constructor');
  });

  it('a definition with a priority or a calendar keyed "__proto__" is rejected at that path, never dropped', () => {
    const priorities = JSON.parse('{"id":"x","name":"X","calendars":{"support":{"always":true,"zone":"UTC"}},"responses":{"priorities":{"__proto__":{"target":"PT1H","calendar":"support"},"a":{"target":"PT1H","calendar":"support"}}}}');
    expect(definitionErrorOf(priorities).path).toBe('responses.priorities.__proto__');
    const calendars = JSON.parse('{"id":"x","name":"X","calendars":{"support":{"always":true,"zone":"UTC"},"__proto__":{"always":true,"zone":"UTC"}}}');
    const error = definitionErrorOf(calendars);
    expect(error.path).toBe('calendars.__proto__');
    expect(error.message).toContain('Object.prototype');
  });

  it('a calendar keyed "constructor" or "toString" is rejected too (it could not be told from an inherited member)', () => {
    for (const key of ['constructor', 'toString']) {
      const input = definition();
      input.calendars = withKey(input.calendars, key, { always: true, zone: 'UTC' });
      expect(definitionErrorOf(input).path).toBe(`calendars.${key}`);
    }
  });

  it('ResponsePolicy refuses a priority "__proto__" (a batch summary keyed by it would lose it)', () => {
    const priorities = withKey({ normal: { target: 'PT1H', calendar } }, '__proto__', { target: 'PT2H', calendar });
    expectInputError(() => new ResponsePolicy({ priorities }), 'priorities.__proto__');
  });

  it('sameHours writes only weekday keys: "__proto__" is an error, not a prototype', () => {
    expectInputError(() => sameHours(['mon', '__proto__' as never], ['09:00-17:00']), 'days[1]');
  });

  it('a preset option "__proto__" from JSON is an unknown option', () => {
    expectInputError(() => letsignit(JSON.parse('{"__proto__": {"creditMetric": "server"}}')), 'options.__proto__');
  });
});

describe('issue 15 kind 2 property: a key from Object.getOwnPropertyNames(Object.prototype) never changes a result silently (1000 runs)', () => {
  const contract = defineContract(definition());
  const monday = '2026-06-01T09:00:00Z';

  /** Each place a user-supplied key is looked up, and the typed error it must give. */
  const surfaces: readonly [string, (key: string) => void][] = [
    ['duration unit', (key) => expectInputError(() => toDurationMs(withKey({ hours: 1 }, key, 1), 'target'), `target.${key}`)],
    ['holiday region', (key) => expectInputError(() => dateHolidays(key), 'holidays.region')],
    ['holiday state', (key) => expectInputError(() => dateHolidays(`DE-${key}`), 'holidays.region')],
    ['weekly schedule day', (key) => expectInputError(() => new BusinessCalendar({ zone: 'UTC', week: withKey({ mon: ['09:00-17:00'] }, key, ['09:00-17:00']) }), `week.${key}`)],
    ['policy priority', (key) => expectInputError(() => new ResponsePolicy({ priorities: withKey({ normal: { target: 'PT1H', calendar } }, key, { target: 'PT1H', calendar }) }), `priorities.${key}`)],
    ['contract.due priority', (key) => expectInputError(() => contract.due(key, monday, { region: 'emea' }), 'priority')],
    ['contract.due region', (key) => expectInputError(() => contract.due('urgent', monday, { region: key }), 'region')],
    ['contract.calendar id', (key) => expectInputError(() => contract.calendar(key), 'calendar')],
    ['contract.deadline id', (key) => expectInputError(() => contract.deadline(key, '2026-06-01'), 'deadline')],
    ['contract.limit id', (key) => expectInputError(() => contract.limit(key), 'limit')],
    ['availability byCommitment', (key) => expectInputError(() => contract.availability({ period: '2026-06', byCommitment: withKey({}, key, { incidents: [] }) }), `byCommitment.${key}`)],
    ['ticket priority', (key) => expectInputError(() => contract.ticket({ id: 'T-1', priority: key, region: 'emea', openedAt: monday }, '2026-06-02T00:00:00Z'), 'ticket T-1.priority')],
    ['preset option', (key) => expectInputError(() => letsignit(withKey({}, key, 'server')), `options.${key}`)],
    // A key read at run time: typed as any string, as data is (`Contract` takes any string).
    ['preset region', (key) => expectInputError(() => (lumapps() as Contract).due('p1', monday, { region: key }), 'region')],
    ['definition calendar', (key) => expect(definitionErrorOf({ ...definition(), calendars: withKey(definition().calendars, key, { always: true, zone: 'UTC' }) }).path).toBe(`calendars.${key}`)],
    ['definition region', (key) => expect(definitionErrorOf({ ...definition(), regions: withKey(definition().regions, key, { calendar: 'office' }) }).path).toBe(`regions.${key}`)],
    [
      'definition priority',
      (key) => {
        const input = definition();
        input.responses.priorities = withKey(input.responses.priorities, key, { target: 'PT1H', calendar: 'office' });
        expect(definitionErrorOf(input).path).toBe(`responses.priorities.${key}`);
      },
    ],
    ['definition option', (key) => expect(definitionErrorOf({ ...definition(), options: withKey({}, key, true) }).path).toBe(`options.${key}`)],
    [
      'definition commitment id',
      (key) => {
        const input = definition();
        input.availability.commitments[0].id = key;
        expect(definitionErrorOf(input).path).toBe('availability.commitments[0].id');
      },
    ],
    [
      'definition deadline id',
      (key) => {
        const input = definition();
        input.deadlines[0].id = key;
        expect(definitionErrorOf(input).path).toBe('deadlines[0].id');
      },
    ],
  ];

  it('every surface throws its typed error for every such key', () => {
    expect(PROTOTYPE_KEYS).toContain('__proto__');
    expect(PROTOTYPE_KEYS).toContain('constructor');
    fc.assert(
      fc.property(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom(...surfaces), (key, [, check]) => {
        check(key);
      }),
      { numRuns: 1000 },
    );
  });

  it('and exhaustively: each of the names on each surface', () => {
    for (const key of PROTOTYPE_KEYS) for (const [, check] of surfaces) check(key);
  });
});
