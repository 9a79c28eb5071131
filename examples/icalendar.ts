// Maintenance windows from an iCalendar file (RFC 5545), a recurring window as an RRULE in code,
// and the windows exported back as .ics for a team to subscribe to. The file examples/data/maintenance.ics
// has a nightly window with an EXDATE over the spring-forward night, a weekly one over the fall-back
// night, a one-off in UTC, and three VEVENTs slakit rejects (a Windows zone name, a bad RRULE, a
// cancelled event). Run: npx tsx examples/icalendar.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MaintenanceWindow, icsWindows, toIcs } from 'slakit';

const text = readFileSync(new URL('./data/maintenance.ics', import.meta.url), 'utf8');

// March 2026 in Paris. nightly-db: 02:30–03:30 daily from 03-26, 7 times, 03-28 excluded.
const march = icsWindows(text, { zone: 'Europe/Paris', from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' });
assert.deepEqual([march.events, march.used, march.rejected.length], [6, 3, 3]); // every VEVENT used or rejected
for (const rejected of march.rejected) console.log(`line ${rejected.line} ${rejected.uid}: ${rejected.reason}`);

// 2026-03-29: the clocks go from 02:00 to 03:00; 02:30 does not exist, so the window starts at the
// end of the gap, 03:00 CEST (01:00Z), and ends at 03:30 CEST (01:30Z): 30 minutes.
const springForward = march.windows.find((w) => w.start === Date.parse('2026-03-29T01:00:00Z'));
assert.equal(springForward?.end, Date.parse('2026-03-29T01:30:00Z'));

// The same window as a rule in code: every Sunday 02:00–04:00, Paris time.
const sundays = MaintenanceWindow.rrule({ id: 'sunday-patch', zone: 'Europe/Paris', start: '2026-01-04T02:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=SU' });
// 2026-10-25 the clocks go back at 03:00: 02:00 happens twice (the earlier, CEST, counts) → 04:00 CET: 3 hours.
assert.equal(sundays.intervals('2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00').measure(), 3 * 3_600_000);

// Export: one VEVENT per window, times in UTC, lines folded at 75 octets, CRLF.
const ics = toIcs(
  march.windows.map((w) => ({ uid: `${w.id}@example`, start: w.start, end: w.end, summary: w.summary ?? w.uid })),
  { stamp: '2026-03-01T00:00:00Z', name: 'ACME maintenance' },
);
assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
console.log(`${march.windows.length} windows in March 2026; exported ${ics.split('BEGIN:VEVENT').length - 1} events`);
