// Letsignit SLA (seed 000_b3c9307fe0ff903c.txt, guide docs/presets/letsignit.md):
// when an escalation is due, whether it was answered in time, and a month of
// HTTPS probes turned into availability, commitments and a service credit.
import assert from 'node:assert/strict';
import { type Probe, formatLocal } from 'slakit';
import { letsignit } from 'slakit/presets/letsignit';

const PARIS = 'Europe/Paris';
const MINUTE = 60_000;
const HOUR = 3_600_000;
const local = (ms: number): string => formatLocal(ms, PARIS);

const contract = letsignit();

// §3 Escalade: one jour ouvrable = 24 h of the joursOuvrables calendar (Mon–Sat, FR holidays closed).
// Fri 2026-05-29 15:00: 9 h on Friday + 15 h on Saturday = 24 h → Sat 15:00.
const friday = contract.due('escalation', '2026-05-29T15:00:00+02:00');
console.log('escalation received Fri 15:00, due', local(friday.dueAt));
assert.equal(local(friday.dueAt), '2026-05-30T15:00:00.000+02:00');

// Worked example 5: received Sun 2026-05-03 10:00; Sunday is closed, so 24 h from Mon 00:00 → Tue 00:00.
const sunday = contract.escalationDue('2026-05-03T10:00:00+02:00');
console.log('escalation received Sun 10:00, due', local(sunday.dueAt), `(${sunday.explanation})`);
assert.equal(local(sunday.dueAt), '2026-05-05T00:00:00.000+02:00');

// Ascension (Thu 2026-05-14) is a French public holiday: Wed 10:00 → 14 h Wed + 10 h Fri → Fri 10:00.
assert.equal(local(contract.escalationDue('2026-05-13T10:00:00+02:00').dueAt), '2026-05-15T10:00:00.000+02:00');

// A ticket judged: opened Fri 15:00, answered Sat 16:00 → 25 h counted against 24 h: missed by 1 h.
const late = contract.ticket(
  { id: 'ESC-7', priority: 'escalation', openedAt: '2026-05-29T15:00:00+02:00', respondedAt: '2026-05-30T16:00:00+02:00' },
  '2026-06-01T00:00:00Z',
);
console.log(`ticket ${late.id}: ${late.state}, ${late.elapsedMs / HOUR} h counted, breached: ${late.breached}`);
assert.equal(late.state, 'missed');
assert.equal(late.breached, true);
assert.equal(late.elapsedMs, 25 * HOUR);
assert.equal(late.remainingMs, -HOUR);

// §1 Support: Mon–Fri 08:00–23:00 Paris. Without the written emergency subscription a
// "cannot connect" request on Saturday 03:00 waits; with it, that kind is handled 24/7.
assert.equal(contract.isSupportAvailable('cannot-connect', '2026-06-06T03:00:00+02:00'), false);
assert.equal(letsignit({ emergencySupport: true }).isSupportAvailable('cannot-connect', '2026-06-06T03:00:00+02:00'), true);
assert.equal(letsignit({ emergencySupport: true }).isSupportAvailable('other', '2026-06-06T03:00:00+02:00'), false);

// §4–§7 Availability in June 2026 (30 days, all CEST: 720 h) from a probe every 5 minutes (§5).
const at = (text: string): number => Date.parse(text);
const downSpans = [
  [at('2026-06-10T10:00:00+02:00'), at('2026-06-10T15:00:00+02:00')], // Wed daytime: 5 h down
  [at('2026-06-11T02:00:00+02:00'), at('2026-06-11T04:00:00+02:00')], // inside the nightly window 23:00–08:00
  [at('2026-06-20T10:00:00+02:00'), at('2026-06-20T12:00:00+02:00')], // Sat 20 June, the third Saturday
] as const;
const noProbes = [at('2026-06-15T09:05:00+02:00'), at('2026-06-15T09:20:00+02:00')] as const; // monitoring gap
const blip = at('2026-06-09T14:00:00+02:00'); // one failed probe, the next (up) one 4 min later
const probes: Probe[] = [];
for (let t = at('2026-06-01T00:00:00+02:00'); t < at('2026-07-01T00:00:00+02:00'); t += 5 * MINUTE) {
  if (t >= noProbes[0] && t < noProbes[1]) continue;
  if (t === blip) {
    probes.push({ at: t, ok: false }, { at: t + 4 * MINUTE, ok: true, latencyMs: 150 });
    continue;
  }
  const down = downSpans.some(([from, to]) => t >= from && t < to);
  // §5 "un seuil de 30 secondes": an answer in exactly 30 000 ms is still up.
  const latencyMs = t === at('2026-06-05T12:00:00+02:00') ? 30_000 : 120;
  probes.push(down ? { at: t, ok: false } : { at: t, ok: true, latencyMs });
}
// §6: a DDoS attack is outside Letsignit's control; it overlaps the first hour of the Wednesday outage.
const ddos = { start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T11:00:00+02:00', cause: 'ddos', id: 'SEC-1' };

const june = contract.availability({ period: '2026-06', probes, incidents: [ddos], feeMinor: 123_456, currency: 'EUR' });
const application = june.commitments.find((c) => c.id === 'application');
const server = june.commitments.find((c) => c.id === 'server');
assert.ok(application && server);
const r = application.result;
console.log(`June 2026: measured ${r.measuredMs / HOUR} h, excused ${r.excusedMs / HOUR} h, counted ${r.countedDowntimeMs / HOUR} h, unmonitored ${r.unmonitoredMs / MINUTE} min`);
for (const incident of r.incidents) {
  const why = incident.recorded ? `${incident.countedMs / MINUTE} min counted, ${incident.excusedMs / MINUTE} min excused` : incident.reason;
  console.log(`  ${local(incident.start)} → ${local(incident.end)}: ${why}`);
}
for (const c of june.commitments) console.log(`  ${c.id} ≥ ${c.target} %: ${c.availabilityPercent} % → ${c.met ? 'met' : 'missed'}`);
console.log('  credit:', june.credit);

// D = 5 h + 2 h + 2 h = 9 h recorded (the 4-min blip is under the 5-min threshold and not recorded).
// X = 1 h (ddos) + 2 h (nightly) + 2 h (third Saturday) = 5 h excused; C = 9 − 5 = 4 h counted.
assert.equal(r.measuredMs, 720 * HOUR);
assert.equal(r.excusedMs, 5 * HOUR);
assert.equal(r.countedDowntimeMs, 4 * HOUR);
assert.equal(r.unmonitoredMs, 15 * MINUTE); // 09:00 probe holds 5 min; 09:05–09:20 has no probe (counted as up)
assert.equal(r.incidents.filter((i) => !i.recorded).length, 1);
// Availability = (720 − 5 − 4) / (720 − 5) = 711/715 = 0.994405… → 99.4405 %.
assert.deepEqual(r.ratio, { numerator: 711 * HOUR, denominator: 715 * HOUR });
assert.equal(application.availabilityPercent, '99.4405');
// §4 99.95 % allows 0.05 % × 715 h = 1 287 000 ms; 14 400 000 counted → missed by 13 113 000 ms.
assert.equal(server.met, false);
assert.equal(server.marginMs, 1_287_000 - 14_400_000);
// §5 99 % allows 1 % × 715 h = 25 740 000 ms → met with 25 740 000 − 14 400 000 = 11 340 000 ms to spare.
assert.equal(application.met, true);
assert.equal(application.marginMs, 11_340_000);
// §7 table: 99.4 % ≤ 99.4405 % < 99.5 % → 3 % of 1 234.56 EUR = 3 703.68 cents → 3 704 (half up).
assert.deepEqual(june.credit, { commitment: 'application', percent: 3, amountMinor: 3_704, currency: 'EUR', tierIndex: 1 });

// Worked example 4, from an incident list: March 2026 is 743 h (spring forward); one 4 h outage.
// 1 − 4/743 = 0.994616… → 3 %.
const march = contract.availability({
  period: '2026-03',
  incidents: [{ start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T14:00:00+01:00', cause: 'internal' }],
});
assert.equal(march.credit?.percent, 3);
assert.deepEqual(march.commitments.map((c) => [c.id, c.met, c.availabilityPercent]), [
  ['server', false, '99.4616'],
  ['application', true, '99.4616'],
]);

// §7 table ambiguity "creditBounds": 99.4 % exactly. April 2026 = 720 h; 0.6 % of it = 15 552 000 ms.
const april = { period: '2026-04', incidents: [{ start: at('2026-04-07T08:00:00+02:00'), end: at('2026-04-07T08:00:00+02:00') + 15_552_000 }] };
assert.equal(contract.availability(april).credit?.percent, 3); // lower bound inclusive (default)
assert.equal(letsignit({ creditBounds: 'upper-inclusive' }).availability(april).credit?.percent, 6);

// §11: 90 calendar days after an end on 2026-12-31 (Jan 31 + Feb 28 + Mar 31) → last day 2027-03-31.
const end = contract.endOfContractDeadlines('2026-12-31');
console.log('data downloadable until (exclusive):', local(end.dataDownload.endsAt));
assert.equal(end.dataDownload.lastDay, '2027-03-31');
assert.equal(local(end.dataDownload.endsAt), '2027-04-01T00:00:00.000+02:00');
assert.equal(end.physicalMediaRequest.lastDay, '2027-01-15');

console.log('letsignit: ok');
