/**
 * A ticket export without --events holds openedAt and respondedAt only: the contract's other clocks (msp-p1-p4's
 * resolution) stop on status changes and messages, so they are named as not judged instead of read as "missed"
 * (new-user trial: Zendesk ticket 101, solved after 2 h 10 min, showed "resolution missed 143 h").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson } from './in-process.js';

const IMPORTS = join(import.meta.dirname, '../../examples/imports');
const MSP = join(import.meta.dirname, '../../examples/contracts/msp-p1-p4.json');
const ZENDESK = ['tickets', join(IMPORTS, 'zendesk-tickets.csv'), '--contract', MSP, '--profile', 'zendesk', '--map', join(IMPORTS, 'zendesk-map.json'), '--zone', 'America/New_York', '--now', '2026-06-15T13:00:00Z'];

interface Tickets {
  tickets: { id: string; met: boolean | null; metrics?: unknown }[];
  summary: { metrics?: unknown; metricsNotJudged?: string[] };
}

describe('tickets without --events: metrics other than the first response are not judged', () => {
  it('JSON: no per-ticket metrics, no metrics summary, metricsNotJudged ["resolution"]; first response still judged', async () => {
    const { json } = await runJson<Tickets>(ZENDESK);
    expect(json.tickets.every((ticket) => ticket.metrics === undefined)).toBe(true);
    expect(json.summary.metrics).toBeUndefined();
    expect(json.summary.metricsNotJudged).toEqual(['resolution']);
    // Ticket 101 (p1: 45 min to the first reply, 14:00Z → 14:45Z, against 1 h, 24/7) is met.
    expect(json.tickets.find((ticket) => ticket.id === '101')?.met).toBe(true);
  });

  it('text: a line names the metric and the flag that would judge it; no "resolution missed"', async () => {
    const { stdout } = await run([...ZENDESK]);
    expect(stdout).toContain('Not judged: resolution — these clocks stop on status changes and messages');
    expect(stdout).not.toMatch(/resolution\s+\d+\s+1\s+missed/);
  });
});
