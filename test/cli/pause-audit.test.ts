/**
 * `slakit tickets --events … --audit-pauses` (issue 12 §3) on the public
 * msp-p1-p4 SLA read with pauseOn ["pending"] (its documented alternative
 * reading, ambiguity ticket-statuses). Business calendar Mon–Fri
 * 09:00–17:30 America/New_York; P1 on 24/7. The scenarios are those of
 * test/clock/pause-audit.test.ts, computed by hand there:
 * - T-A (P3): opened Mon 2026-06-08 10:00, pending 10:30 before any reply,
 *   agent reply 14:00, open Tue 10:00; with --max-pause 4h.
 * - T-B (P1): agent 03:30, pending 04:00, customer 05:00, open 07:00 (Sat 2026-07-04).
 * - T-C (P1): agent reply 03:10, no pause.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const HOUR = 3_600_000;
const definition = JSON.parse(readFileSync(new URL('../../examples/contracts/msp-p1-p4.json', import.meta.url), 'utf8')) as { id: string; responses: { statuses: { pauseOn?: string[] } } };
definition.responses.statuses.pauseOn = ['pending'];
const dir = scratch({
  'msp-pending.json': JSON.stringify(definition),
  'tickets.csv': 'id,priority,openedAt,respondedAt\nT-A,p3,2026-06-08T10:00:00-04:00,\nT-B,p1,2026-07-04T03:00:00-04:00,\nT-C,p1,2026-07-04T03:00:00-04:00,\n',
  'events.csv': [
    'ticketId,at,type,value',
    'T-A,2026-06-08T10:30:00-04:00,status,pending', // line 2
    'T-A,2026-06-08T14:00:00-04:00,message,agent', // line 3
    'T-A,2026-06-09T10:00:00-04:00,status,open', // line 4
    'T-B,2026-07-04T03:30:00-04:00,message,agent', // line 5
    'T-B,2026-07-04T04:00:00-04:00,status,pending', // line 6
    'T-B,2026-07-04T05:00:00-04:00,message,customer', // line 7
    'T-B,2026-07-04T07:00:00-04:00,status,open', // line 8
    'T-C,2026-07-04T03:10:00-04:00,message,agent', // line 9
    '',
  ].join('\n'),
});
const file = (name: string) => join(dir, name);
const ARGS = ['tickets', file('tickets.csv'), '--contract', file('msp-pending.json'), '--events', file('events.csv'), '--audit-pauses', '--max-pause', '4h', '--now', '2026-07-04T08:00:00-04:00'];

interface AuditJson {
  pauseAudit: {
    maxPauseMs: number | null;
    findings: { ticketId: string; metric: string; kind: string; removedMs: number; pauseMs: number; events: { file: string; line: number; type: string }[]; source: { section: string } | null }[];
    byMetric: Record<string, { findings: number; tickets: number; removedMs: number }>;
  };
  summary: { files: { rowsRead: number; rowsUsed: number; rowsRejected: number }[] };
}

describe('slakit tickets --audit-pauses (issue 12 §3)', () => {
  it('JSON: every finding with its business time removed and its events by file line; totals per metric reconcile', async () => {
    const { code, json } = await runJson<AuditJson>(ARGS);
    expect(code).toBe(0);
    const audit = json.pauseAudit;
    expect(audit.maxPauseMs).toBe(4 * HOUR);
    expect(audit.findings.map((f) => [f.ticketId, f.metric, f.kind, f.pauseMs, f.removedMs, f.events.map((e) => [e.file.endsWith('tickets.csv') ? 'tickets' : 'events', e.line, e.type])])).toEqual([
      // 10:30–14:00 = 3.5 h, within the first-response cycle (10:00–14:00)
      ['T-A', 'firstResponse', 'waiting-on-agent', 3.5 * HOUR, 3.5 * HOUR, [['tickets', 2, 'open'], ['events', 2, 'status'], ['events', 3, 'message'], ['events', 4, 'status']]],
      // pause Mon 10:30–17:30 + Tue 09:00–10:00 = 8 business h; flagged until the 14:00 reply: 3.5 h
      ['T-A', 'resolution', 'waiting-on-agent', 8 * HOUR, 3.5 * HOUR, [['tickets', 2, 'open'], ['events', 2, 'status'], ['events', 3, 'message'], ['events', 4, 'status']]],
      // beyond 4 h of pause: Mon 14:30–17:30 + Tue 09:00–10:00 = 4 business h
      ['T-A', 'resolution', 'too-long', 8 * HOUR, 4 * HOUR, [['events', 2, 'status'], ['events', 4, 'status']]],
      // 24/7: pause 04:00–07:00 = 3 h; flagged from the customer's 05:00 message: 2 h
      ['T-B', 'resolution', 'customer-replied', 3 * HOUR, 2 * HOUR, [['events', 6, 'status'], ['events', 7, 'message'], ['events', 8, 'status']]],
    ]);
    expect(audit.findings.every((f) => f.source?.section === 'Resolution times')).toBe(true);
    // resolution: T-A 3.5 h + 4 h (disjoint) = 7.5 h, T-B 2 h → 9.5 h over 2 tickets and 3 findings
    expect(audit.byMetric).toEqual({ firstResponse: { findings: 1, tickets: 1, removedMs: 3.5 * HOUR }, resolution: { findings: 3, tickets: 2, removedMs: 9.5 * HOUR } });
    expect(json.summary.files.map((f) => [f.rowsRead, f.rowsUsed, f.rowsRejected])).toEqual([
      [3, 3, 0],
      [8, 8, 0],
    ]);
  });

  it('text: one line per finding in local time, the events by line, the totals', async () => {
    const { stdout } = await run(ARGS);
    // 4 findings on 3 pauses: T-A's first-response pause, T-A's resolution pause (waiting-on-agent and too-long), T-B's
    expect(stdout).toContain("Pause audit (--max-pause 4 h): 4 findings on 3 pauses the contract's pause clause does not allow");
    expect(stdout).toMatch(/T-B\s+resolution\s+customer-replied\s+Sat 2026-07-04 04:00 -04:00 – Sat 2026-07-04 07:00 -04:00\s+Sat 2026-07-04 05:00 -04:00 – Sat 2026-07-04 07:00 -04:00\s+2 h\s+status events\.csv:6, message events\.csv:7, status events\.csv:8\s+Resolution times/);
    expect(stdout).toContain('open tickets.csv:2, status events.csv:2, message events.csv:3, status events.csv:4');
    expect(stdout).toMatch(/resolution\s+2\s+3\s+9 h 30 min/);
  });

  it('usage errors: --audit-pauses without --events, --max-pause without --audit-pauses, a bad --max-pause, csv', async () => {
    const base = ['tickets', file('tickets.csv'), '--contract', file('msp-pending.json'), '--now', '2026-07-04T08:00:00-04:00'];
    const cases: [string[], string][] = [
      [[...base, '--audit-pauses'], '--audit-pauses reads the pauses from --events'],
      [[...base, '--events', file('events.csv'), '--max-pause', '4h'], '--max-pause applies to --audit-pauses only'],
      [[...base, '--events', file('events.csv'), '--audit-pauses', '--max-pause', '4 hours'], '--max-pause must be a duration such as 48h'],
      [[...base, '--events', file('events.csv'), '--audit-pauses', '--format', 'csv'], '--audit-pauses writes text or json'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
    }
  });
});
