/**
 * Issue 11 §2 in the CLI: `slakit availability --maintenance-ics`, `slakit maintenance --format ics`,
 * `slakit tickets --format ics`, and a contract file whose calendar closures come from an .ics
 * file (`icsFile`, read by the CLI relative to the definition). Hand arithmetic in the comments.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icsWindows, toInstant } from '../../src/index.js';
import { run, runJson } from './in-process.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'icalendar');
const ACME = join(FIXTURES, 'acme.json');
const ICS = join(FIXTURES, 'maintenance.ics');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const t = (iso: string) => toInstant(iso);

function scratchFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'slakit-ics-'));
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

describe('slakit availability --maintenance-ics', () => {
  it('the .ics windows excuse downtime through the ad-hoc rule; its VEVENTs reconcile: 6 read = 3 used + 3 rejected', async () => {
    // Incident Fri 2026-03-27 01:00Z–02:00Z; nightly-db that day 02:30–03:30 CET = 01:30Z–02:30Z:
    // 30 min excused (01:30–02:00Z), 30 min counted (01:00–01:30Z).
    const incidents = scratchFile('incidents.csv', 'start,end,cause\n2026-03-27T01:00:00Z,2026-03-27T02:00:00Z,internal\n');
    const { code, json, stderr } = await runJson<{
      excusedMs: number;
      countedDowntimeMs: number;
      measuredMs: number;
      summary: { files: { kind: string; rowsRead: number; rowsUsed: number; rowsRejected: number }[] };
      rejected: { line: number; reason: string }[];
    }>(['availability', '--contract', ACME, '--period', '2026-03', '--incidents', incidents, '--maintenance-ics', ICS]);
    expect(code).toBe(1); // some VEVENTs rejected; the report is still written
    expect(json.excusedMs).toBe(30 * MINUTE);
    expect(json.countedDowntimeMs).toBe(30 * MINUTE);
    // March 2026 in Paris: 31 × 24 − 1 (spring forward) = 743 h.
    expect(json.measuredMs).toBe(743 * HOUR);
    expect(json.summary.files.find((file) => file.kind === 'maintenance')).toMatchObject({ rowsRead: 6, rowsUsed: 3, rowsRejected: 3 });
    expect(json.rejected.map((row) => row.line)).toEqual([43, 49, 56]);
    expect(stderr).toContain('line 43: rejected: VEVENT outlook-zone@acme.example: DTSTART: TZID "W. Europe Standard Time" is not an IANA zone');
  });

  it('a file that is not iCalendar is an unreadable input (exit 2)', async () => {
    const notIcs = scratchFile('windows.ics', 'start,end\n2026-03-01T00:00:00Z,2026-03-01T01:00:00Z\n');
    const { code, stderr } = await run(['availability', '--contract', ACME, '--period', '2026-03', '--no-downtime', '--maintenance-ics', notIcs]);
    expect(code).toBe(2);
    expect(stderr).toContain('expected iCalendar text (RFC 5545) starting with BEGIN:VCALENDAR');
  });
});

describe('slakit maintenance --format ics', () => {
  it('exports the contract rule and the announced .ics windows over the span; the file reads back to the same windows', async () => {
    const { code, stdout } = await run(['maintenance', '--contract', ACME, '--from', '2026-03-27T00:00:00Z', '--to', '2026-03-30T00:00:00Z', '--maintenance-ics', ICS, '--format', 'ics']);
    expect(code).toBe(1); // the fixture's 3 rejected VEVENTs
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(stdout).toContain('DTSTAMP:20260327T000000Z\r\n'); // --from, no --now
    const back = icsWindows(stdout, { zone: 'UTC', from: '2026-03-27T00:00:00Z', to: '2026-03-30T00:00:00Z' });
    expect(back.windows.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual([
      // nightly-db 03-27 CET: 02:30–03:30 → 01:30Z–02:30Z (03-28 is an EXDATE).
      // UID <contract>-<rule>-<start UTC>@slakit: the ad-hoc rule is "announced".
      { uid: 'acme-announced-20260327T013000Z@slakit', start: t('2026-03-27T01:30:00Z'), end: t('2026-03-27T02:30:00Z') },
      // nightly-db 03-29: 02:30 skipped → 03:00 CEST (01:00Z) to 03:30 CEST (01:30Z).
      { uid: 'acme-announced-20260329T010000Z@slakit', start: t('2026-03-29T01:00:00Z'), end: t('2026-03-29T01:30:00Z') },
      // The contract's sunday-patch, Sun 03-29 02:00–04:00: 02:00 skipped → 03:00 CEST (01:00Z) to 04:00 CEST (02:00Z).
      { uid: 'acme-sunday-patch-20260329T010000Z@slakit', start: t('2026-03-29T01:00:00Z'), end: t('2026-03-29T02:00:00Z') },
    ]);
  });

  it('two announced windows of one rule starting at the same second get distinct UIDs (-2)', async () => {
    // Both announced for Sun 2026-03-15 10:00–11:00 and 10:00–12:00 UTC; each excuses on its own (no notice rule).
    const windows = scratchFile('windows.csv', 'start,end\n2026-03-15T10:00:00Z,2026-03-15T11:00:00Z\n2026-03-15T10:00:00Z,2026-03-15T12:00:00Z\n');
    const { code, stdout } = await run(['maintenance', '--contract', ACME, '--from', '2026-03-14T00:00:00Z', '--to', '2026-03-15T12:00:00Z', '--maintenance', windows, '--format', 'ics']);
    expect(code).toBe(0);
    const uids = stdout.split('\r\n').filter((line) => line.startsWith('UID:'));
    // Sun 03-15 sunday-patch 02:00–04:00 CET = 01:00Z, then the two announced windows at 10:00Z.
    expect(uids).toEqual(['UID:acme-sunday-patch-20260315T010000Z@slakit', 'UID:acme-announced-20260315T100000Z@slakit', 'UID:acme-announced-20260315T100000Z-2@slakit']);
  });
});

describe('slakit tickets --format ics, with closures from an .ics file', () => {
  it('the due instant of each open ticket, Christmas closures skipped', async () => {
    // T-1 (p2, 4 business hours on support, Mon–Fri 09–17 Paris) opened Wed 2026-12-23 15:00 CET:
    // Wed 15–17 = 2 h; Thu 24, Fri 25 (closures.ics: 24–26 Dec yearly), Sat, Sun closed;
    // Mon 12-28 09:00 + 2 h = 11:00 CET = 10:00Z. T-2 has responded: not exported.
    const tickets = scratchFile('tickets.csv', 'id,priority,openedAt,respondedAt\nT-1,p2,2026-12-23T15:00:00+01:00,\nT-2,p2,2026-12-22T10:00:00+01:00,2026-12-22T11:00:00+01:00\n');
    const { code, stdout } = await run(['tickets', tickets, '--contract', ACME, '--now', '2026-12-23T16:00:00+01:00', '--format', 'ics']);
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('UID:acme-T-1-due@slakit');
    expect(lines).toContain('DTSTART:20261228T100000Z');
    // A point in time: RFC 5545 §3.8.2.2 wants DTEND later than DTSTART, so no DTEND at all (§3.6.1).
    expect(lines.some((line) => line.startsWith('DTEND'))).toBe(false);
    expect(lines).toContain('DTSTAMP:20261223T150000Z');
    expect(lines).toContain('SUMMARY:T-1 (p2): response due');
  });

  it('slakit due explains a closed day by the event that closes it (SUMMARY), keeping the path', async () => {
    // Same ticket as above: Thu 24 and Fri 25 Dec closed by closures.ics's "Christmas break" (Sat 26 is a weekend day anyway).
    const { code, stdout } = await run(['due', '--contract', ACME, '--priority', 'p2', '--opened', '2026-12-23T15:00:00+01:00']);
    expect(code).toBe(0);
    expect(stdout).toContain('(holiday 2026-12-24 Christmas break (closures[0]))');
    expect(stdout).toContain('(holiday 2026-12-25 Christmas break (closures[0]))');
  });

  it('slakit contracts lists the closure feed and both ways to give announced windows', async () => {
    const { code, stdout } = await run(['contracts', ACME]);
    expect(code).toBe(0);
    expect(stdout).toContain('support: Mon–Fri 09:00-17:00 (Europe/Paris), no holidays; closed on the days of the iCalendar feed (Christmas break)');
    expect(stdout).toContain('maintenance announced: announced windows (slakit availability --maintenance f.csv or --maintenance-ics f.ics)');
  });

  it('a closure file that does not exist is named with its JSON path', async () => {
    const definition = scratchFile('broken.json', JSON.stringify({ id: 'broken', name: 'Broken', calendars: { support: { zone: 'UTC', week: { mon: ['09:00-17:00'] }, closures: [{ icsFile: 'missing.ics' }] } } }));
    const { code, stderr } = await run(['due', '--contract', definition, '--priority', 'p1', '--opened', '2026-01-05T09:00:00Z']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/calendars\.support\.closures\[0\]\.icsFile: .*missing\.ics: no such file/);
  });
});

describe('a closures .ics file a JSON contract names is an input (attack 18, H3)', () => {
  it('--out over it is refused, whatever the command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-closures-out-'));
    for (const name of ['acme.json', 'closures.ics']) copyFileSync(join(FIXTURES, name), join(dir, name));
    const before = readFileSync(join(dir, 'closures.ics'), 'utf8');
    const result = await run(['due', '--contract', join(dir, 'acme.json'), '--priority', 'p2', '--opened', '2026-12-23T16:00:00Z', '--out', join(dir, 'closures.ics')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`is also an input (--contract ${join(dir, 'acme.json')} (closures) ${join(dir, 'closures.ics')})`);
    expect(readFileSync(join(dir, 'closures.ics'), 'utf8')).toBe(before);
  });

  it('a contract nested 100 000 levels deep is a typed error naming the file, not a stack overflow (H1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slakit-deep-'));
    writeFileSync(join(dir, 'deep.json'), `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    const result = await run(['contracts', join(dir, 'deep.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, 'deep.json')}: nested more than 256 levels deep at a.a.a.`);
    expect(result.stderr).not.toContain('internal error');
  });
});
