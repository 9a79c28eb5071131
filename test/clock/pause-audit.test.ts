/**
 * Issue 12 §3, pause audit: pauses the contract's pause clause does not
 * allow, each with the business time it removed from the clock.
 *
 * Contract: the public msp-p1-p4 SLA (examples/contracts). Its status map
 * runs new/open/in-progress and stops resolved/closed; no status pauses
 * (its default reading). Its documented alternative reading (ambiguity
 * ticket-statuses) adds pauseOn ["pending"], used where a status pauses.
 * Calendars: business Mon–Fri 09:00–17:30 America/New_York with US
 * holidays; always (24/7). P1: response 1 h, resolution 4 h on always; P3:
 * response 4 h, resolution 17 h on business.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContractDefinition, SlaInputError, TicketClock, TicketPolicy, defineContract } from '../../src/index.js';
import { helpdeskOptions } from './helpdesk-fixtures.js';
import { auditCaseArb, nowOf, ticketOf } from './pause-audit-arbitraries.js';

const HOUR = 3_600_000;
const json = (): ContractDefinition => JSON.parse(readFileSync(new URL('../../examples/contracts/msp-p1-p4.json', import.meta.url), 'utf8')) as ContractDefinition;
const msp = defineContract(json());
const withPending = (() => {
  const definition = json() as { responses: { statuses: { pauseOn?: string[] } } };
  definition.responses.statuses.pauseOn = ['pending'];
  return defineContract(definition);
})();
const statusSource = json().responses?.statuses?.source;

describe('Contract.auditPauses (issue 12 §3), hand-computed on msp-p1-p4', () => {
  it('waiting-on-agent (the customer spoke last) and too-long, P3 on business hours', () => {
    // Mon 2026-06-08: opened 10:00, pending 10:30 with no reply yet (the opening is the last word),
    // agent replies 14:00 while pending, open again Tue 10:00. Audited Tue 12:00 with a 4 h limit.
    const audit = withPending.auditPauses(
      {
        id: 'T-A',
        priority: 'p3',
        events: [
          { type: 'open', at: '2026-06-08T10:00:00-04:00' },
          { type: 'status', at: '2026-06-08T10:30:00-04:00', status: 'pending' },
          { type: 'message', at: '2026-06-08T14:00:00-04:00', author: 'agent' },
          { type: 'status', at: '2026-06-09T10:00:00-04:00', status: 'open' },
        ],
      },
      '2026-06-09T12:00:00-04:00',
      { maxPauseMs: 'PT4H' },
    );
    const mon = (time: string) => Date.parse(`2026-06-08T${time}:00-04:00`);
    const tueTen = Date.parse('2026-06-09T10:00:00-04:00');
    expect(audit.findings.map((f) => [f.metric, f.kind, f.reasons, f.pause.start, f.pause.end, f.flagged.start, f.flagged.end, f.pauseMs, f.removedMs, f.events])).toEqual([
      // First response: its cycle is 10:00–14:00 (the reply), so the pause in it is 10:30–14:00 = 3.5 business h, all flagged.
      ['firstResponse', 'waiting-on-agent', ['customer-spoke-last'], mon('10:30'), mon('14:00'), mon('10:30'), mon('14:00'), 3.5 * HOUR, 3.5 * HOUR, [0, 1, 2, 3]],
      // Resolution: pause Mon 10:30–17:30 (7 h) + Tue 09:00–10:00 (1 h) = 8 business h; flagged until the reply: 3.5 h.
      ['resolution', 'waiting-on-agent', ['customer-spoke-last'], mon('10:30'), tueTen, mon('10:30'), mon('14:00'), 8 * HOUR, 3.5 * HOUR, [0, 1, 2, 3]],
      // 23.5 h of pause (wall) > 4 h: flagged from 14:30: Mon 14:30–17:30 (3 h) + Tue 09:00–10:00 (1 h) = 4 business h.
      ['resolution', 'too-long', [], mon('10:30'), tueTen, mon('14:30'), tueTen, 8 * HOUR, 4 * HOUR, [1, 3]],
    ]);
    // Per metric, the union of the flagged parts: resolution 3.5 h + 4 h (10:30–14:00 and 14:30–Tue 10:00 do not overlap).
    expect(audit.removedMs).toEqual({ firstResponse: 3.5 * HOUR, resolution: 7.5 * HOUR });
    expect(audit.findings.every((f) => f.source?.section === statusSource?.section && f.source?.quote === statusSource?.quote)).toBe(true);
  });

  it('customer-replied: P1 on 24/7, the customer writes at 05:00 while pending, the pause goes on to 07:00', () => {
    const audit = withPending.auditPauses(
      {
        id: 'T-B',
        priority: 'p1',
        events: [
          { type: 'open', at: '2026-07-04T03:00:00-04:00' },
          { type: 'message', at: '2026-07-04T03:30:00-04:00', author: 'agent' },
          { type: 'status', at: '2026-07-04T04:00:00-04:00', status: 'pending' },
          { type: 'message', at: '2026-07-04T05:00:00-04:00', author: 'customer' },
          { type: 'status', at: '2026-07-04T07:00:00-04:00', status: 'open' },
        ],
      },
      '2026-07-04T08:00:00-04:00',
    );
    // The agent spoke last before the pause (03:30): waiting on the customer, allowed until 05:00.
    // Flagged 05:00–07:00 = 2 h of the 24/7 calendar; the pause 04:00–07:00 = 3 h. First response ended at 03:30.
    expect(audit.findings.map((f) => [f.metric, f.kind, f.pauseMs, f.removedMs, f.events, f.pause.ongoing])).toEqual([['resolution', 'customer-replied', 3 * HOUR, 2 * HOUR, [2, 3, 4], false]]);
    expect(audit.removedMs).toEqual({ resolution: 2 * HOUR });
  });

  it('waiting-on-agent (a pause event while the status runs the clock), under the default reading', () => {
    // Sat 2026-07-04, P1: agent reply 03:10, in-progress 03:20, paused 04:00–06:00, resolved 07:00.
    // "in-progress" is a runOn status: the pause event stops a clock the status map runs; 04:00–06:00 = 2 h flagged.
    const audit = msp.auditPauses(
      {
        id: 'T-C',
        priority: 'p1',
        events: [
          { type: 'open', at: '2026-07-04T03:00:00-04:00' },
          { type: 'message', at: '2026-07-04T03:10:00-04:00', author: 'agent' },
          { type: 'status', at: '2026-07-04T03:20:00-04:00', status: 'in-progress' },
          { type: 'pause', at: '2026-07-04T04:00:00-04:00' },
          { type: 'resume', at: '2026-07-04T06:00:00-04:00' },
          { type: 'status', at: '2026-07-04T07:00:00-04:00', status: 'resolved' },
        ],
      },
      '2026-07-04T08:00:00-04:00',
    );
    expect(audit.findings.map((f) => [f.metric, f.kind, f.reasons, f.pauseMs, f.removedMs, f.events])).toEqual([['resolution', 'waiting-on-agent', ['status-runs'], 2 * HOUR, 2 * HOUR, [2, 3, 4]]]);
  });

  it('an allowed pause: the agent asks, pending, the customer answers and the ticket reopens at once — no finding', () => {
    const audit = withPending.auditPauses(
      {
        id: 'T-D',
        priority: 'p1',
        events: [
          { type: 'open', at: '2026-07-04T03:00:00-04:00' },
          { type: 'message', at: '2026-07-04T03:30:00-04:00', author: 'agent' },
          { type: 'status', at: '2026-07-04T03:30:00-04:00', status: 'pending' },
          { type: 'message', at: '2026-07-04T09:00:00-04:00', author: 'customer' },
          { type: 'status', at: '2026-07-04T09:00:00-04:00', status: 'open' },
        ],
      },
      '2026-07-04T10:00:00-04:00',
      { maxPauseMs: 6 * HOUR }, // the pause lasted 5 h 30 min
    );
    expect(audit.findings).toEqual([]);
    expect(audit.removedMs).toEqual({});
  });

  it('an ongoing pause is cut at now and says so', () => {
    // P1 opened 03:00, pending at 03:05 (the opening is the last word); audited at 04:05: 1 h flagged on each clock.
    const audit = withPending.auditPauses(
      { id: 'T-E', priority: 'p1', events: [{ type: 'open', at: '2026-07-04T03:00:00-04:00' }, { type: 'status', at: '2026-07-04T03:05:00-04:00', status: 'pending' }] },
      '2026-07-04T04:05:00-04:00',
    );
    expect(audit.findings.map((f) => [f.metric, f.removedMs, f.pause.ongoing, f.events])).toEqual([
      ['firstResponse', HOUR, true, [0, 1]],
      ['resolution', HOUR, true, [0, 1]],
    ]);
  });

  it('bad options are typed errors naming the field', () => {
    const ticket = { id: 'T-F', priority: 'p1', openedAt: '2026-07-04T03:00:00-04:00' };
    expect(() => msp.auditPauses(ticket, '2026-07-04T04:00:00-04:00', { maxPauseMs: 'two days' })).toThrow(SlaInputError);
    try {
      msp.auditPauses(ticket, '2026-07-04T04:00:00-04:00', { maxPause: 'PT1H' } as never);
    } catch (error) {
      expect((error as SlaInputError).field).toBe('options.maxPause');
    }
    expect.assertions(2);
  });
});

const clock = new TicketClock(new TicketPolicy(helpdeskOptions));

describe('pause audit properties (1000 runs, helpdesk policy of four metrics)', () => {
  it('a finding removes at most its pause: flagged ⊆ pause, removedMs ≤ pauseMs, and a metric removes at most the sum of its findings', () => {
    fc.assert(
      fc.property(auditCaseArb, ({ steps, nowAfter, maxPauseHours }) => {
        const ticket = ticketOf('T', steps);
        const audit = clock.auditPauses(ticket, nowOf(ticket, nowAfter), maxPauseHours === undefined ? {} : { maxPauseMs: maxPauseHours * HOUR });
        for (const finding of audit.findings) {
          expect(finding.pause.start <= finding.flagged.start && finding.flagged.start < finding.flagged.end && finding.flagged.end <= finding.pause.end).toBe(true);
          expect(finding.removedMs).toBeGreaterThanOrEqual(0);
          expect(finding.removedMs).toBeLessThanOrEqual(finding.pauseMs);
        }
        for (const [metric, removed] of Object.entries(audit.removedMs)) {
          expect(removed).toBeLessThanOrEqual(audit.findings.filter((f) => f.metric === metric).reduce((sum, f) => sum + f.removedMs, 0));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('no pause (no pause event, no pausing status) → no finding', () => {
    fc.assert(
      fc.property(auditCaseArb, ({ steps, nowAfter, maxPauseHours }) => {
        const ticket = ticketOf('T', steps, false);
        const audit = clock.auditPauses(ticket, nowOf(ticket, nowAfter), maxPauseHours === undefined ? {} : { maxPauseMs: maxPauseHours * HOUR });
        expect(audit.findings).toEqual([]);
        expect(audit.removedMs).toEqual({});
      }),
      { numRuns: 1000 },
    );
  });
});
