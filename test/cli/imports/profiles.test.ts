// Each built-in import profile reads its hand-written sample export (examples/imports/); the
// figures are computed by hand. msp-p1-p4: p1 1 h 24/7; p2 2 h and p3 4 h of business hours
// (Mon–Fri 09:00–17:30 New York, EDT = UTC−4 in June 2026); p4 end of the next business day.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson } from '../in-process.js';

const IMPORTS = join(import.meta.dirname, '../../../examples/imports');
const MSP = join(import.meta.dirname, '../../../examples/contracts/msp-p1-p4.json');

interface Tickets {
  tickets: { id: string; priority: string; dueAt: string; respondedAt: string | null; met: boolean | null }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number };
}
interface Availability {
  commitments: { id: string; availabilityPercent: string }[];
}

describe('--profile zendesk (+ --map for the priority names)', () => {
  it('respondedAt = Created at + First reply time in minutes; due, met and open as computed by hand', async () => {
    const { code, json } = await runJson<Tickets>([
      'tickets', join(IMPORTS, 'zendesk-tickets.csv'), '--contract', MSP, '--profile', 'zendesk', '--map', join(IMPORTS, 'zendesk-map.json'),
      '--zone', 'America/New_York', '--now', '2026-06-15T13:00:00Z',
    ]);
    expect(code).toBe(0);
    expect(json.tickets).toEqual([
      // 101 Urgent → p1: opened Tue 10:00 EDT (14:00Z), due +1 h = 15:00Z; replied +45 min = 14:45Z → met.
      expect.objectContaining({ id: '101', priority: 'p1', dueAt: '2026-06-09T15:00:00.000Z', respondedAt: '2026-06-09T14:45:00.000Z', met: true }),
      // 102 High → p2: Tue 16:30 EDT, 1 h left that day, +1 h Wed from 09:00 = Wed 10:00 EDT = 14:00Z;
      // replied +1080 min = 18 h = Wed 10:30 EDT = 14:30Z → missed.
      expect.objectContaining({ id: '102', priority: 'p2', dueAt: '2026-06-10T14:00:00.000Z', respondedAt: '2026-06-10T14:30:00.000Z', met: false }),
      // 103 Normal → p3: Fri 15:00 EDT, 2.5 h left Friday, +1.5 h Mon from 09:00 = Mon 10:30 EDT = 14:30Z;
      // no reply (empty minutes) → open; at --now 13:00Z it is not yet due.
      expect.objectContaining({ id: '103', priority: 'p3', dueAt: '2026-06-15T14:30:00.000Z', respondedAt: null, met: null }),
      // 104 Low → p4: opened Wed 11:00, due end of Thu = 17:30 EDT = 21:30Z; replied +120 min = 13:00 EDT → met.
      expect.objectContaining({ id: '104', priority: 'p4', dueAt: '2026-06-11T21:30:00.000Z', respondedAt: '2026-06-10T17:00:00.000Z', met: true }),
    ]);
    expect(json.summary).toMatchObject({ rowsRead: 4, rowsUsed: 4, rowsRejected: 0 });
  });

  it('without --zone it is a usage error that says Zendesk writes the account time zone and asks for --zone', async () => {
    const { code, stderr } = await run(['tickets', join(IMPORTS, 'zendesk-tickets.csv'), '--contract', MSP, '--profile', 'zendesk']);
    expect(code).toBe(2);
    expect(stderr).toContain("--profile zendesk: Zendesk's CSV export writes dates in the account's time zone");
    expect(stderr).toContain('give --zone <IANA zone>');
  });

  it('without the map, Zendesk\'s priority names are rejected row by row naming priority (the same name but for case: one name) and the contract\'s names', async () => {
    const { code, json } = await runJson<Tickets & { rejected: { line: number; reason: string }[] }>([
      'tickets', join(IMPORTS, 'zendesk-tickets.csv'), '--contract', MSP, '--profile', 'zendesk', '--zone', 'America/New_York', '--now', '2026-06-15T13:00:00Z',
    ]);
    expect(code).toBe(1);
    expect(json.summary).toMatchObject({ rowsRead: 4, rowsUsed: 0, rowsRejected: 4 });
    expect(json.rejected[0]?.reason).toBe('priority: expected one of p1, p2, p3, p4 (contract msp-p1-p4), got "Urgent"');
  });
});

describe('--profile jira-service-management (+ --map for the priority names)', () => {
  it('Created and Resolved in dd/MMM/yy h:mm a, read in --zone; due and met as computed by hand', async () => {
    const { code, json } = await runJson<Tickets>([
      'tickets', join(IMPORTS, 'jira-service-management-tickets.csv'), '--contract', MSP, '--profile', 'jira-service-management',
      '--map', join(IMPORTS, 'jira-service-management-map.json'), '--zone', 'America/New_York',
    ]);
    expect(code).toBe(0);
    expect(json.tickets).toEqual([
      // SUP-1 Highest → p1: 09/Jun/26 10:00 AM EDT = 14:00Z, due 15:00Z; resolved 11:15 AM = 15:15Z → missed.
      expect.objectContaining({ id: 'SUP-1', priority: 'p1', dueAt: '2026-06-09T15:00:00.000Z', respondedAt: '2026-06-09T15:15:00.000Z', met: false }),
      // SUP-2 High → p2: 4:30 PM Tue → due Wed 10:00 EDT = 14:00Z; resolved 9:45 AM Wed = 13:45Z → met.
      expect.objectContaining({ id: 'SUP-2', priority: 'p2', dueAt: '2026-06-10T14:00:00.000Z', respondedAt: '2026-06-10T13:45:00.000Z', met: true }),
      // SUP-3 Medium → p3: 3:00 PM Fri → due Mon 10:30 EDT = 14:30Z; resolved 10:00 AM Mon = 14:00Z → met.
      expect.objectContaining({ id: 'SUP-3', priority: 'p3', dueAt: '2026-06-15T14:30:00.000Z', respondedAt: '2026-06-15T14:00:00.000Z', met: true }),
    ]);
  });
});

describe('--profile uptimerobot (incidents from the log export)', () => {
  it('Down rows become [Date-Time, + Duration (in mins.)): 90 + 30 min in March 2026 → 1 − 2/743 = 99.7308 %; Up and Started rows are read and used', async () => {
    const { code, json } = await runJson<Availability & { summary: { files: { rowsRead: number; rowsUsed: number; rowsRejected: number }[] } }>([
      'availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', join(IMPORTS, 'uptimerobot-logs.csv'),
      '--profile', 'uptimerobot', '--zone', 'Europe/Paris', '--unknown-causes', 'count',
    ]);
    expect(code).toBe(0);
    // March 2026 in Paris: 31 × 24 h − 1 h (spring forward on the 29th) = 743 h; 2 h down:
    // 741 / 743 = 0.997308… → 99.7308 %.
    expect(json.commitments.map((c) => c.availabilityPercent)).toEqual(['99.7308', '99.7308']);
    expect(json.summary.files[0]).toMatchObject({ rowsRead: 5, rowsUsed: 5, rowsRejected: 0 });
  });

  it('an Event that is neither Down nor Up/Started/Paused rejects its row, naming Event and the kinds', async () => {
    const { scratch } = await import('../built-cli.js');
    const dir = scratch({ 'logs.csv': 'Monitor,Event,Date-Time,Reason,Duration (in mins.)\napp,Dwn,2026-03-10 11:00:00,OK,5\n' });
    const { code, stderr } = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', join(dir, 'logs.csv'), '--profile', 'uptimerobot', '--zone', 'Europe/Paris']);
    expect(code).toBe(1);
    expect(stderr).toContain('line 2: rejected: Event: expected one of Down, Up, Started, Paused (Up, Started, Paused: no record, read and used), got "Dwn"');
  });
});

describe('--profile uptime-kuma (probes from the heartbeat table)', () => {
  it('time is UTC without offset (no --zone); status 0 at 09:00–09:15Z, 1 at 09:20Z → 20 min down → 1 − 20/44 580 = 99.9551 %', async () => {
    const { code, json } = await runJson<Availability>(['availability', '--contract', 'letsignit', '--period', '2026-03', '--probes', join(IMPORTS, 'uptime-kuma-heartbeats.csv'), '--profile', 'uptime-kuma']);
    expect(code).toBe(0);
    // 743 h = 44 580 min; down from the 09:00Z probe until the 09:20Z probe (each down probe holds 5 min):
    // 44 560 / 44 580 = 0.9995513… → 99.9551 % (the rest of the month is unmonitored, counted as up).
    expect(json.commitments.map((c) => c.availabilityPercent)).toEqual(['99.9551', '99.9551']);
  });

  it('a profile for an input the command does not read is a usage error naming the input', async () => {
    const { code, stderr } = await run(['tickets', join(IMPORTS, 'zendesk-tickets.csv'), '--contract', MSP, '--profile', 'uptime-kuma']);
    expect(code).toBe(2);
    expect(stderr).toContain('--profile uptime-kuma reads --probes, which slakit tickets does not read: it takes zendesk, jira-service-management');
  });
});
