// Issue 10 §3: rule targets in the contract JSON schema: accepted as data, every bad field named by its path.
import { describe, expect, it } from 'vitest';
import { responseTargetValueSchema } from '../../src/contract/sections/response-target.js';
import { definitionErrorOf } from '../presets/helpers.js';
import { defineContract } from '../../src/contract/define-contract.js';

const definition = (target: unknown) => ({
  id: 'rules',
  name: 'Rule targets',
  calendars: { office: { zone: 'America/New_York', week: { mon: ['09:00-17:30'], tue: ['09:00-17:30'], wed: ['09:00-17:30'], thu: ['09:00-17:30'], fri: ['09:00-17:30'] } } },
  responses: { priorities: { p4: { target, calendar: 'office' } } },
});

describe('rule targets in a definition', () => {
  it('a rule target round-trips through JSON and defineContract', () => {
    const contract = defineContract(JSON.parse(JSON.stringify(definition({ rule: 'by-time', days: 1, time: '12:00' }))));
    // Mon 2026-06-08 15:00 EDT → Tue 12:00 EDT = 16:00Z.
    expect(new Date(contract.due('p4', '2026-06-08T15:00:00-04:00').dueAt).toISOString()).toBe('2026-06-09T16:00:00.000Z');
  });

  it.each([
    [{ rule: 'end-of-business-day', days: -1 }, 'responses.priorities.p4.target.days'],
    [{ rule: 'end-of-business-day', days: 0.5 }, 'responses.priorities.p4.target.days'],
    [{ rule: 'by-time', days: 1, time: '25:00' }, 'responses.priorities.p4.target.time'],
    [{ rule: 'cutoff', cutoff: '3pm' }, 'responses.priorities.p4.target.cutoff'],
    [{ rule: 'end-of-week' }, 'responses.priorities.p4.target.rule'],
    [{ rule: 'business-days', days: 2, reading: 'wall-clock' }, 'responses.priorities.p4.target.reading'],
    [{ rule: 'business-days', days: 2 }, 'responses.priorities.p4.target.reading'],
    [{ rule: 'end-of-business-day', dayz: 1 }, 'responses.priorities.p4.target.dayz'],
    // Issue 10 trial: 08:00 and 18:00 are outside 09:00–17:30 on every day: refused when the contract is defined.
    [{ rule: 'by-time', days: 1, time: '08:00' }, 'responses.priorities.p4.target.time'],
    [{ rule: 'by-time', days: 1, time: '18:00' }, 'responses.priorities.p4.target.time'],
  ])('%j → %s', (target, path) => {
    expect(definitionErrorOf(definition(target)).path).toBe(path);
  });

  it('issue 10 trial: a by-time at the opening (09:00) or the close (17:30) is defined; outside every day it names the hours', () => {
    expect(defineContract(definition({ rule: 'by-time', days: 1, time: '09:00' })).priorities).toEqual(['p4']);
    expect(defineContract(definition({ rule: 'by-time', days: 1, time: '17:30' })).priorities).toEqual(['p4']);
    expect(definitionErrorOf(definition({ rule: 'by-time', days: 1, time: '08:00' })).message).toContain('"08:00" is outside the open hours of calendar "office" on every day (09:00–17:30)');
  });

  it('responseTargetValueSchema: a duration or a rule; the message says what was expected', () => {
    expect(responseTargetValueSchema.safeParse('PT2H').success).toBe(true);
    expect(responseTargetValueSchema.safeParse({ rule: 'cutoff', cutoff: '15:00' }).success).toBe(true);
    const bad = responseTargetValueSchema.safeParse({ rule: 'by-time', days: 1, time: '25:00' });
    expect(bad.error?.issues[0]?.path).toEqual(['time']);
    expect(bad.error?.issues[0]?.message).toBe('expected a local time "HH:MM" from 00:00 to 23:59, got "25:00"');
    expect(responseTargetValueSchema.safeParse('P1M').success).toBe(false);
  });
});
