/**
 * Announced maintenance windows in the CLI (new-user trial of issue 11): a window that excuses
 * nothing is noted once (text and JSON `notes`) and in its commitment's `commitments[].notes`;
 * `--maintenance` / `--maintenance-ics` given to a contract with no ad-hoc (announced-window) rule
 * is a usage error naming the flag, as a `--requests` file no commitment reads is.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runJson } from './in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'slakit-announced-'));
function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

const availability = (maintenance: readonly object[]) => ({ zone: 'Europe/Paris', maintenance, commitments: [{ id: 'service', target: '99.5', period: 'month' }] });
const NOTICE = file('notice.json', JSON.stringify({ id: 'notice', name: 'Notice', calendars: {}, availability: availability([{ type: 'adHoc', id: 'announced', minimumNotice: 'PT48H' }]) }));
const NO_ANNOUNCED = file('no-announced.json', JSON.stringify({ id: 'weekly-only', name: 'Weekly only', calendars: {}, availability: availability([{ type: 'weekly', id: 'sunday', day: 'sun', from: '02:00', to: '04:00' }]) }));
// Announced Sat 2027-03-06 12:00 CET for Sun 03-07 02:00–04:00 CET: 14 h before its start, under the 48 h notice.
const LATE = file('late.csv', 'start,end,announcedAt\n2027-03-07T02:00:00+01:00,2027-03-07T04:00:00+01:00,2027-03-06T12:00:00+01:00\n');
const LATE_ICS = file(
  'late.ics',
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', 'BEGIN:VEVENT', 'UID:late@t', 'DTSTAMP:20270301T000000Z', 'DTSTART;TZID=Europe/Paris:20270307T020000', 'DTEND;TZID=Europe/Paris:20270307T040000', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'),
);
// Inside the late window: Sun 03-07 02:30–03:00 CET, 30 min, counted since the window does not excuse.
const INCIDENTS = file('incidents.csv', 'start,end,cause\n2027-03-07T02:30:00+01:00,2027-03-07T03:00:00+01:00,internal\n');
const LATE_NOTE = `maintenance window ${LATE} line 2 does not excuse: announced 14 h before its start; the minimum notice is 48 h`;

describe('a window that excuses nothing is noted once', () => {
  it('text report: the note appears once', async () => {
    const { code, stdout } = await run(['availability', '--contract', NOTICE, '--period', '2027-03', '--incidents', INCIDENTS, '--maintenance', LATE]);
    expect(code).toBe(0);
    expect(stdout.split(LATE_NOTE)).toHaveLength(2);
  });

  it('JSON: top-level notes hold it once; commitments[].notes hold it for the commitment; the 30 min count', async () => {
    const { json } = await runJson<{ notes: string[]; countedDowntimeMs: number; commitments: { id: string; notes: string[] }[] }>([
      'availability', '--contract', NOTICE, '--period', '2027-03', '--incidents', INCIDENTS, '--maintenance', LATE,
    ]);
    expect(json.notes.filter((note) => note === LATE_NOTE)).toHaveLength(1);
    expect(json.commitments.map((c) => [c.id, c.notes])).toEqual([['service', [LATE_NOTE]]]);
    expect(json.countedDowntimeMs).toBe(30 * 60_000);
  });

  it('--maintenance-ics: the event with no announcement is noted once', async () => {
    // No announcedAt in an .ics event: "not announced"; the VEVENT at 02:00 CET = 01:00Z is id <UID>@<start>.
    const { json } = await runJson<{ notes: string[] }>(['availability', '--contract', NOTICE, '--period', '2027-03', '--incidents', INCIDENTS, '--maintenance-ics', LATE_ICS]);
    expect(json.notes).toEqual(['maintenance window late@t@2027-03-07T01:00:00.000Z does not excuse: not announced; the minimum notice is 48 h']);
  });
});

describe('announced windows given to a contract with no ad-hoc rule: usage error (exit 2)', () => {
  const refusal = (flag: string, path: string, id: string) => `${flag} ${path}: contract ${id} excuses no announced maintenance windows (no maintenance rule of type "adHoc")`;

  it.each([
    ['availability', ['--period', '2027-03', '--incidents', INCIDENTS]],
    ['claim', ['--period', '2027-03', '--incidents', INCIDENTS]],
    ['budget', ['--period', '2027-03', '--now', '2027-03-15T00:00:00Z', '--incidents', INCIDENTS]],
  ])('%s --maintenance', async (command, flags) => {
    const { code, stderr } = await run([command, '--contract', NO_ANNOUNCED, ...flags, '--maintenance', LATE]);
    expect(code).toBe(2);
    expect(stderr).toContain(refusal('--maintenance', LATE, 'weekly-only'));
  });

  it('availability --maintenance-ics', async () => {
    const { code, stderr } = await run(['availability', '--contract', NO_ANNOUNCED, '--period', '2027-03', '--incidents', INCIDENTS, '--maintenance-ics', LATE_ICS]);
    expect(code).toBe(2);
    expect(stderr).toContain(refusal('--maintenance-ics', LATE_ICS, 'weekly-only'));
  });

  it('diff: refused only when neither side has an ad-hoc rule', async () => {
    const both = await run(['diff', '--contract', NO_ANNOUNCED, '--versus', NO_ANNOUNCED, '--period', '2027-03', '--incidents', INCIDENTS, '--maintenance', LATE]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(`--maintenance ${LATE}: contract weekly-only nor contract weekly-only excuses no announced maintenance windows`);
    const one = await run(['diff', '--contract', NO_ANNOUNCED, '--versus', NOTICE, '--period', '2027-03', '--incidents', INCIDENTS, '--maintenance', LATE]);
    expect(one.code).not.toBe(2);
  });

  it('maintenance', async () => {
    const { code, stderr } = await run(['maintenance', '--contract', NO_ANNOUNCED, '--from', '2027-03-01T00:00:00Z', '--to', '2027-03-08T00:00:00Z', '--maintenance', LATE]);
    expect(code).toBe(2);
    expect(stderr).toContain(refusal('--maintenance', LATE, 'weekly-only'));
  });
});

describe('slakit contracts: the announced-window rule', () => {
  it('names its minimum notice and both flags', async () => {
    const { stdout } = await run(['contracts', NOTICE]);
    expect(stdout).toContain('maintenance announced: announced windows, announced at least 48 h before (slakit availability --maintenance f.csv or --maintenance-ics f.ics)');
  });
});
