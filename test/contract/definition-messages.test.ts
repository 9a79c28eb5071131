/**
 * Messages of a bad contract definition (issue 14 trial): a wrong period
 * lists the allowed values and names the one meant; a missing field says it
 * is required; the CLI lists every problem with its path.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlaDefinitionError, defineContract } from '../../src/index.js';
import { scratch } from '../cli/built-cli.js';
import { run } from '../cli/in-process.js';

const ALLOWED = 'expected "month", "quarter", "year", or a fiscal period { "type": "fiscal-quarter" | "fiscal-year", "startMonth": 1–12, "labelling"?: "end-year" | "start-year" }';

function definition(period: unknown, extra: Record<string, unknown> = {}) {
  return { id: 'acme', name: 'Acme', calendars: {}, availability: { zone: 'UTC', commitments: [{ id: 'uptime', target: '99.9', period }] }, ...extra };
}

function issuesOf(input: unknown): string[] {
  try {
    defineContract(input);
  } catch (error) {
    if (error instanceof SlaDefinitionError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  return [];
}

describe('a commitment period that is not one: the allowed values, and the one meant', () => {
  it('"monthly" → did you mean "month"; "Quarterly" → "quarter"; "annual" → "year"', () => {
    expect(issuesOf(definition('monthly'))).toEqual([`availability.commitments[0].period: ${ALLOWED}, got "monthly": did you mean "month"?`]);
    expect(issuesOf(definition('Quarterly'))).toEqual([`availability.commitments[0].period: ${ALLOWED}, got "Quarterly": did you mean "quarter"?`]);
    expect(issuesOf(definition('annual'))).toEqual([`availability.commitments[0].period: ${ALLOWED}, got "annual": did you mean "year"?`]);
  });

  it('"fiscal-year" as a name asks for its start month; "rolling" says it is the period of one evaluation; "weekly" lists the values only', () => {
    expect(issuesOf(definition('fiscal-year'))[0]).toMatch(/got "fiscal-year": a fiscal period needs its start month, write \{ "type": "fiscal-year", "startMonth": 7 \}$/);
    expect(issuesOf(definition('rolling'))[0]).toMatch(/got "rolling": a rolling or explicit period .* is the period of one evaluation/);
    expect(issuesOf(definition('weekly'))).toEqual([`availability.commitments[0].period: ${ALLOWED}, got "weekly"`]);
  });

  it('a fiscal rule without startMonth names the missing field', () => {
    expect(issuesOf(definition({ type: 'fiscal-quarter' }))).toEqual([`availability.commitments[0].period: startMonth: required: expected a number (${ALLOWED})`]);
  });
});

describe('a missing field says it is required', () => {
  it('claims.deadline without zone → "required: expected an IANA time zone", not "unknown time zone undefined"', () => {
    expect(issuesOf(definition('month', { claims: { deadline: { type: 'days-after-period-end', days: 15 } } }))).toEqual([
      'claims.deadline.zone: required: expected an IANA time zone such as "Europe/Paris" or "UTC"',
    ]);
  });

  it('a tier without creditPercent and a deadline without days → required', () => {
    expect(issuesOf(definition('month', { claims: { deadline: { type: 'days-after-period-end', zone: 'UTC' } } }))).toEqual(['claims.deadline.days: required: expected a number']);
    expect(issuesOf(definition('month', { remedies: { credits: [{ type: 'tiered', tiers: [{ min: '99' }] }] } }))).toEqual([
      'remedies.credits[0].tiers[0].creditPercent: required: expected a percentage from 0 to 100 such as "99.95"',
    ]);
  });
});

describe('slakit: every problem of a JSON contract, one per line with its path', () => {
  it('two problems → both listed with path and message; exit 2', async () => {
    const dir = scratch({ 'acme.json': JSON.stringify(definition('monthly', { claims: { deadline: { type: 'days-after-period-end', days: 15 } } })), 'inc.csv': 'start,end\n' });
    const { code, stderr } = await run(['availability', '--contract', join(dir, 'acme.json'), '--incidents', join(dir, 'inc.csv'), '--period', '2026-07']);
    expect(code).toBe(2);
    expect(stderr).toContain(`acme.json: 2 problems in the contract definition:\n  availability.commitments[0].period: ${ALLOWED}, got "monthly": did you mean "month"?\n  claims.deadline.zone: required: expected an IANA time zone`);
  });

  it('25 problems → the first 20 listed, then "… and 5 more"', async () => {
    // 25 commitments with the period "monthly": one problem each.
    const commitments = Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, target: '99.9', period: 'monthly' }));
    const dir = scratch({ 'many.json': JSON.stringify({ id: 'many', name: 'Many', calendars: {}, availability: { zone: 'UTC', commitments } }), 'inc.csv': 'start,end\n' });
    const { stderr } = await run(['availability', '--contract', join(dir, 'many.json'), '--incidents', join(dir, 'inc.csv'), '--period', '2026-07']);
    expect(stderr).toContain('many.json: 25 problems in the contract definition:');
    expect(stderr).toContain('  availability.commitments[19].period:');
    expect(stderr).not.toContain('availability.commitments[20].period');
    expect(stderr).toContain('  … and 5 more (the first 20 shown)');
  });
});

// Issue 10 trial: a calendar field's path is said once; effectiveFrom and a version's zone say what is expected.
describe('definition messages: calendar fields, effectiveFrom, the version zone', () => {
  const calendar = { zone: 'Europe/Paris', week: { mon: ['08:00-18:00'] }, holidays: ['FR'] };
  const contract = (extra: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
    id: 'x',
    name: 'x',
    calendars: { support: { ...calendar, ...extra } },
    responses: { priorities: { p1: { target: 'PT1H', calendar: 'support' } } },
    ...more,
  });
  const errorOf = (input: unknown): SlaDefinitionError => {
    try {
      defineContract(input);
    } catch (error) {
      if (error instanceof SlaDefinitionError) return error;
      throw error;
    }
    throw new Error('expected SlaDefinitionError');
  };

  it('relativeDays[0].closeEarly and specialHours[1].date: the path once, then the expectation', () => {
    const early = errorOf(contract({ relativeDays: [{ relativeTo: 'holiday', offsetDays: -1, closeEarly: 'PT0M' }] }));
    expect(early.message).toBe('calendars.support.relativeDays[0].closeEarly: expected a positive whole number of minutes (e.g. "PT1H"), got "PT0M"');
    const twice = errorOf(contract({ specialHours: [{ date: '2026-05-15', hours: [] }, { date: '2026-05-15', hours: [] }] }));
    expect(twice.message).toBe('calendars.support.specialHours[1].date: expected a date given once (it is already listed), got "2026-05-15"');
  });

  it('versions[0].effectiveFrom "2026-13-01" says both accepted forms; a local date without any zone names the fallback', () => {
    const version = (effectiveFrom: string, zone?: string) => ({ versions: [{ id: 'v2', effectiveFrom, ...(zone ? { zone } : {}), patch: {} }] });
    const bad = errorOf(contract({}, version('2026-13-01', 'Europe/Paris')));
    expect(bad.path).toBe('versions[0].effectiveFrom');
    expect(bad.message).toContain('expected an instant with an offset (2026-07-01T00:00:00+02:00), epoch ms, or a local date YYYY-MM-DD');
    const zoneless = errorOf(contract({}, version('2026-07-01')));
    expect(zoneless.message).toContain(`the version's own "zone", else the availability section's zone (none is given)`);
  });
});

describe('a bad field inside a calendar (a union of weekly and 24/7): the field, not "calendars.<id>: Invalid input"', () => {
  const contract = (calendar: unknown) => ({ id: 'acme', name: 'Acme', calendars: { c: calendar } });
  it('relativeDays[0].offsetDays given as a string names that field and the type expected', () => {
    const week = { mon: ['09:00-17:00'] };
    const issues = issuesOf(contract({ zone: 'Europe/Paris', week, relativeDays: [{ relativeTo: 'holiday', offsetDays: 'one', hours: ['09:00-12:00'] }] }));
    expect(issues).toEqual(['calendars.c.relativeDays[0].offsetDays: Invalid input: expected number, received string']);
  });
  it('always: "yes" is read as the 24/7 form (the closer branch) and names always', () => {
    expect(issuesOf(contract({ always: 'yes', zone: 'UTC' }))).toEqual(['calendars.c.always: Invalid input: expected true']);
  });
  it('a value matching neither form equally well keeps the union message at the calendar', () => {
    // Both branches fail at depth 0/1 with one issue each: {} lacks `always` (24/7) and lacks `zone`… (weekly has more).
    expect(issuesOf(contract(42))).toEqual(['calendars.c: Invalid input']);
  });
});
