// A managed-service provider's P1–P4 support commitment as a JSON contract:
// business hours Mon–Fri 09:00–17:30 New York, US federal holidays, response
// and resolution targets per priority. Run: npx tsx examples/msp-p1-p4.ts
//
// Resolution is a second clock on the same ticket: the contract's
// `responses.metrics.resolution`, stopped when the ticket's status becomes
// `resolved` or `closed` (`responses.statuses`). Two targets are not
// durations but rules: P4 response "by the end of the next business day" and
// P2 resolution "the same business day".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defineContract, formatLocal, reconcileTickets } from 'slakit';

const json = JSON.parse(readFileSync(new URL('./contracts/msp-p1-p4.json', import.meta.url), 'utf8'));
const msp = defineContract(json);
const ny = (t: number) => formatLocal(t, 'America/New_York');

// P3 opened Thu 2026-07-02 16:00 EDT, 4 business hours:
// Thu 16:00–17:30 = 1.5 h; Fri 07-03 is the observed Independence Day (July 4 is a Saturday), closed;
// Sat, Sun closed; Mon 07-06 09:00 + (4 − 1.5 =) 2.5 h = 11:30 EDT.
const p3 = msp.due('p3', '2026-07-02T16:00:00-04:00');
console.log('P3 response due:', ny(p3.dueAt));
assert.equal(ny(p3.dueAt), '2026-07-06T11:30:00.000-04:00');

// P1 opened Sat 2026-07-04 03:00 EDT on the 24/7 calendar:
// response 03:00 + 1 h = 04:00; resolution 03:00 + 4 h = 07:00; resolved 06:30 < 07:00 → met.
assert.equal(ny(msp.due('p1', '2026-07-04T03:00:00-04:00').dueAt), '2026-07-04T04:00:00.000-04:00');
const p1 = msp.ticket(
  {
    id: 'T-1',
    priority: 'p1',
    events: [
      { type: 'open', at: '2026-07-04T03:00:00-04:00' },
      { type: 'message', at: '2026-07-04T03:40:00-04:00', author: 'agent' },
      { type: 'status', at: '2026-07-04T06:30:00-04:00', status: 'resolved' },
    ],
  },
  '2026-07-05T00:00:00-04:00',
);
assert.equal(p1.met, true); // replied 03:40 ≤ 04:00
const p1Resolution = p1.metrics?.resolution?.current;
assert.equal(ny(p1Resolution?.dueAt as number), '2026-07-04T07:00:00.000-04:00');
assert.equal(p1Resolution?.met, true);

// P2 opened Fri 2026-11-27 10:00 EST (the day after Thanksgiving is not a federal holiday):
// response 10:00 + 2 business hours = 12:00 EST.
assert.equal(ny(msp.due('p2', '2026-11-27T10:00:00-05:00').dueAt), '2026-11-27T12:00:00.000-05:00');

// P4 response by the end of the next business day (a rule target): opened Mon 2026-06-08 10:00 EDT,
// the next business day is Tue 06-09, which closes at 17:30 EDT: 7.5 h Monday + 8.5 h Tuesday = 16 business hours.
const p4 = msp.due('p4', '2026-06-08T10:00:00-04:00');
assert.equal(ny(p4.dueAt), '2026-06-09T17:30:00.000-04:00');
assert.equal(p4.targetMs, 16 * 3_600_000);

// P2 resolution the same business day (a rule target): opened Fri 2026-11-27 10:00 EST inside business hours,
// due at that day's close, 17:30 EST; opened after the close (18:00), due at the close of the next business day,
// Mon 11-30 17:30 EST.
const p2 = (openedAt: string) => msp.ticketMetrics({ id: 'P2', priority: 'p2', openedAt }, openedAt).metrics.resolution?.current?.dueAt as number;
assert.equal(ny(p2('2026-11-27T10:00:00-05:00')), '2026-11-27T17:30:00.000-05:00');
assert.equal(ny(p2('2026-11-27T18:00:00-05:00')), '2026-11-30T17:30:00.000-05:00');

// Reconciliation with a helpdesk: the P3 above (due Mon 07-06 11:30) is due Fri 07-03 11:30 for a helpdesk
// without the observed Independence Day (1.5 h Thu + 2.5 h Fri), and Thu 20:00 for one counting 24/7 (16:00 + 4 h).
const reconciled = reconcileTickets(
  msp,
  [
    { ticket: { id: 'H-1', priority: 'p3', openedAt: '2026-07-02T16:00:00-04:00' }, helpdeskDueAt: '2026-07-03T11:30:00-04:00' },
    { ticket: { id: 'H-2', priority: 'p3', openedAt: '2026-07-02T16:00:00-04:00' }, helpdeskDueAt: '2026-07-02T20:00:00-04:00' },
  ],
  { now: '2026-07-10T00:00:00Z' },
);
console.log('reconciled:', reconciled.tickets.map((t) => `${t.id} ${t.cause?.kind}: ${t.cause?.reading}`));
assert.deepEqual(reconciled.tickets.map((t) => t.cause?.kind), ['holiday', 'calendar']);
assert.equal(reconciled.tickets[0]?.differenceMs, -3 * 24 * 3_600_000);

console.log('msp-p1-p4: ok');
