// Sign In App service level commitment (seed 003_8e2d6e5cee0ebe2c.txt, guide docs/presets/signinapp.md):
// critical problems are supported 24/7, the others Monday–Friday (24 h a day,
// England's public holidays closed). The same Saturday ticket, critical vs severe.
import assert from 'node:assert/strict';
import { formatLocal } from 'slakit';
import { signinapp } from 'slakit/presets/signinapp';

const LONDON = 'Europe/London';
const MINUTE = 60_000;
const HOUR = 3_600_000;
const local = (ms: number): string => formatLocal(ms, LONDON);

const contract = signinapp();
const saturday = '2026-06-06T10:00:00+01:00'; // Sat 2026-06-06 10:00 BST

// §1.9 first-response targets for a ticket opened on Saturday morning.
const expected: Record<string, string> = {
  critical: '2026-06-06T11:00:00.000+01:00', // 1 h of the 24/7 calendar: Sat 10:00 + 1 h
  severe: '2026-06-08T02:00:00.000+01:00', // support closed until Mon 00:00; + 2 h
  medium: '2026-06-08T08:00:00.000+01:00', // Mon 00:00 + 8 h
  minor: '2026-06-13T00:00:00.000+01:00', // 5 business days = 120 h: Mon 00:00 → end of Friday
};
for (const priority of contract.priorities) {
  const answer = contract.due(priority, saturday);
  console.log(`${priority.padEnd(8)} on calendar ${answer.calendar.padEnd(8)} → due ${local(answer.dueAt)}`);
  assert.equal(local(answer.dueAt), expected[priority]);
}
assert.equal(contract.due('critical', saturday).calendar, 'critical');
assert.equal(contract.due('severe', saturday).calendar, 'support');

// Support days exclude England's bank holidays: medium opened Fri 2026-05-22 20:00 →
// 4 h Friday; Mon 25 May (Spring bank holiday) closed; 4 h Tuesday → Tue 04:00.
assert.equal(local(contract.due('medium', '2026-05-22T20:00:00+01:00').dueAt), '2026-05-26T04:00:00.000+01:00');
// Across the spring DST change: severe Fri 2026-03-27 23:30 GMT → 30 min Friday, then Mon 00:00 → 01:30 BST.
assert.equal(local(contract.due('severe', '2026-03-27T23:30:00Z').dueAt), '2026-03-30T01:30:00.000+01:00');

// §1.8: the clock stops at the first reply. A batch judged on Tue 2026-06-09 00:00Z.
const result = contract.tickets(
  [
    { id: 'SIA-1', priority: 'critical', openedAt: saturday, respondedAt: '2026-06-06T10:45:00+01:00' },
    { id: 'SIA-2', priority: 'severe', openedAt: saturday, respondedAt: '2026-06-08T01:30:00+01:00' },
    { id: 'SIA-3', priority: 'severe', openedAt: saturday, respondedAt: '2026-06-08T02:00:01+01:00' },
    { id: 'SIA-4', priority: 'medium', openedAt: saturday }, // no reply yet
    // §1.4: caused by an unauthorised configuration change → excluded, reported but never judged.
    { id: 'SIA-5', priority: 'critical', openedAt: saturday, respondedAt: '2026-06-06T15:00:00+01:00', excluded: true },
  ],
  '2026-06-09T00:00:00Z',
);
for (const t of result.tickets) {
  console.log(`  ${t.id} ${t.priority.padEnd(8)} ${t.state.padEnd(7)} ${t.elapsedMs / MINUTE} min counted, due ${local(t.dueAt)}`);
}
console.log(`  excluded: ${result.excluded.map((t) => t.id).join(', ')}`);
const byId = new Map(result.tickets.map((t) => [t.id, t]));
assert.equal(byId.get('SIA-1')?.state, 'met'); // 45 min against 1 h
assert.equal(byId.get('SIA-2')?.state, 'met'); // Mon 00:00 → 01:30 = 90 min against 2 h
assert.equal(byId.get('SIA-3')?.state, 'missed'); // 2 h + 1 s
assert.equal(byId.get('SIA-3')?.breached, true);
assert.equal(byId.get('SIA-4')?.state, 'missed'); // overdue since Mon 08:00 without a reply
assert.equal(byId.get('SIA-4')?.elapsedMs, 25 * HOUR); // Mon 00:00 BST → Tue 01:00 BST
assert.deepEqual(result.excluded.map((t) => t.id), ['SIA-5']);
assert.equal(result.summary.total, 4);
assert.equal(result.summary.met, 2);
assert.equal(result.summary.missed, 2);

// Ambiguity "critical-calendar": on the Mon–Fri support calendar a Saturday critical waits for Monday 01:00.
assert.equal(local(signinapp({ criticalCalendar: 'support' }).due('critical', saturday).dueAt), '2026-06-08T01:00:00.000+01:00');
// Ambiguity "minor-week": 7 calendar days = 168 h instead of 120 h of support time.
// Fri 2026-05-22 12:00: default → Mon 06-01 12:00 (Mon 25 May is a bank holiday); calendar days → Fri 05-29 12:00.
assert.equal(local(contract.due('minor', '2026-05-22T12:00:00+01:00').dueAt), '2026-06-01T12:00:00.000+01:00');
assert.equal(local(signinapp({ minorTarget: 'calendar-days' }).due('minor', '2026-05-22T12:00:00+01:00').dueAt), '2026-05-29T12:00:00.000+01:00');

// §1.11 "99.99 % uptime during 2022" is a claim about the past: data, no verdict.
const uptime = contract.historicalUptime;
console.log(`historical claim: ${uptime.percent} % in ${uptime.year} (commitment: ${uptime.commitment})`);
assert.equal(uptime.percent, '99.99');
assert.equal(uptime.commitment, false);

console.log('signinapp: ok');
