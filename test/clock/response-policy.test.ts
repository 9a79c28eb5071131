import { describe, expect, it } from 'vitest';
import { ResponsePolicy, type ResponsePolicyOptions, ResponseTimeClock, TicketClock, type TicketPolicyOptions } from '../../src/clock/index.js';
import { SlaInputError } from '../../src/errors.js';
import { HOUR, linkandoSupport } from './fixtures.js';

/** The SlaInputError `build` throws. */
function inputError(build: () => unknown): SlaInputError {
  try {
    build();
  } catch (error) {
    if (error instanceof SlaInputError) return error;
    throw error;
  }
  throw new Error('expected an SlaInputError');
}

const policyError = (options: unknown): SlaInputError => inputError(() => new ResponsePolicy(options as ResponsePolicyOptions));

const critical = { target: { hours: 10 }, calendar: linkandoSupport };

describe('ResponsePolicy validation: each bad field throws SlaInputError naming it', () => {
  it('empty priorities', () => {
    const error = policyError({ priorities: {} });
    expect(error.field).toBe('priorities');
    expect(error.message).toContain('priorities');
  });

  it('a zero, negative or unparsable target', () => {
    expect(policyError({ priorities: { critical: { ...critical, target: 0 } } }).field).toBe('priorities.critical.target');
    expect(policyError({ priorities: { critical: { ...critical, target: -1 } } }).field).toBe('priorities.critical.target');
    expect(policyError({ priorities: { critical: { ...critical, target: 'P1M' } } }).field).toBe('priorities.critical.target');
  });

  it('a calendar that is not a BusinessCalendar', () => {
    expect(policyError({ priorities: { critical: { ...critical, calendar: { zone: 'Europe/Berlin' } } } }).field).toBe('priorities.critical.calendar');
  });

  it('an unknown kind', () => {
    expect(policyError({ priorities: { critical: { ...critical, kind: 'sla' } } }).field).toBe('priorities.critical.kind');
  });

  it('a malformed source', () => {
    expect(policyError({ priorities: { critical: { ...critical, source: { document: 'x' } } } }).field).toBe('priorities.critical.source');
  });

  it('an unknown reprioritisation rule', () => {
    const error = policyError({ priorities: { critical }, reprioritisation: 'from-now' });
    expect(error.field).toBe('reprioritisation');
    expect(error.message).toContain('"recompute-from-open", "from-change"');
  });

  it('bad warning fractions: 0, above 1, NaN, duplicates, not an array', () => {
    expect(policyError({ priorities: { critical }, warnings: [0] }).field).toBe('warnings[0]');
    expect(policyError({ priorities: { critical }, warnings: [0.5, 75] }).field).toBe('warnings[1]');
    expect(policyError({ priorities: { critical }, warnings: [Number.NaN] }).field).toBe('warnings[0]');
    expect(policyError({ priorities: { critical }, warnings: [0.5, 0.5] }).field).toBe('warnings[1]');
    expect(policyError({ priorities: { critical }, warnings: 0.5 }).field).toBe('warnings');
  });

  it('issue 10 trial: an unknown key of the options, of a target, of TicketClock options or of a metric is refused, naming it', () => {
    // Read as absent, `warning: []` would leave the default warnings on; `kinds: 'kpi'` would count a KPI as contractual.
    expect(policyError({ priorities: { critical }, warning: [] }).field).toBe('warning');
    expect(policyError({ priorities: { critical: { ...critical, kinds: 'kpi' } } }).field).toBe('priorities.critical.kinds');
    const ticketClockError = (options: unknown): SlaInputError => inputError(() => new TicketClock(options as TicketPolicyOptions));
    const metrics = { firstResponse: { priorities: { critical } } };
    expect(ticketClockError({ metrics, unmappedStatuses: 'run' }).field).toBe('unmappedStatuses');
    expect(ticketClockError({ metrics: { firstResponse: { priorities: { critical }, status: { pauseOn: ['pending'] } } } }).field).toBe('metrics.firstResponse.status');
    expect(ticketClockError({ metrics: { resolution: { priorities: { critical: { ...critical, calender: critical.calendar } } } } }).field).toBe('metrics.resolution.priorities.critical.calender');
    expect(new TicketClock({ metrics }).policy.metrics).toEqual(['firstResponse']);
  });
});

describe('ResponsePolicy queries', () => {
  const policy = new ResponsePolicy({ priorities: { critical, other: { target: 'PT30H', calendar: linkandoSupport, kind: 'kpi' } } });

  it('defaults: recompute-from-open, warnings 50/75/90 %, kind contractual', () => {
    expect(policy.reprioritisation).toBe('recompute-from-open');
    expect(policy.warnings).toEqual([0.5, 0.75, 0.9]);
    expect(policy.target('critical').kind).toBe('contractual');
  });

  it('target(priority) resolves durations to ms (PT30H = 108 000 000 ms)', () => {
    expect(policy.target('critical').targetMs).toBe(10 * HOUR);
    expect(policy.target('other').targetMs).toBe(108_000_000);
    expect(policy.target('other').kind).toBe('kpi');
  });

  it('target(unknown) names the priority and lists the known ones', () => {
    let caught: unknown;
    try {
      policy.target('urgent');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SlaInputError);
    expect((caught as SlaInputError).field).toBe('priority');
    expect((caught as SlaInputError).message).toContain('"urgent"');
    expect((caught as SlaInputError).message).toContain('one of "critical", "other"');
  });

  it('ResponseTimeClock accepts policy options and validates them', () => {
    expect(new ResponseTimeClock({ priorities: { critical } }).policy.priorities).toEqual(['critical']);
    expect(() => new ResponseTimeClock({ priorities: {} })).toThrow(SlaInputError);
  });

  it('simpleTicket turns the shortcut form into events', () => {
    expect(ResponseTimeClock.simpleTicket({ id: 'T', priority: 'critical', openedAt: 0, respondedAt: 60_000 })).toEqual({
      id: 'T',
      priority: 'critical',
      events: [
        { type: 'open', at: 0 },
        { type: 'respond', at: 60_000 },
      ],
    });
    expect(ResponseTimeClock.simpleTicket({ id: 'T', priority: 'critical', openedAt: 0, respondedAt: null }).events).toHaveLength(1);
  });
});
