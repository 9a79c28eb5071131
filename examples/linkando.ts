// Linkando terms of use + Annex 1 SLA (seed 002_409a52764840af8c.txt, guide docs/presets/linkando.md):
// reaction deadlines on support time (Rhineland-Palatinate holidays), a late critical
// ticket, the monthly 98 % with the 6-hour notice rule, and live-support billing.
import assert from 'node:assert/strict';
import { formatLocal } from 'slakit';
import { linkando } from 'slakit/presets/linkando';

const BERLIN = 'Europe/Berlin';
const HOUR = 3_600_000;
const local = (ms: number): string => formatLocal(ms, BERLIN);

const contract = linkando();

// Annex 1 reaction times, counted only in support time (Mon–Fri 08:00–18:00 Berlin, DE-RP holidays).
const deadlines = [
  // Worked example 1: Fri 16:00–18:00 = 2 h; weekend closed; Mon 08:00 → 16:00 = 8 h; 2 + 8 = 10 h.
  { priority: 'critical', opened: '2026-05-29T16:00:00+02:00', expected: '2026-06-01T16:00:00.000+02:00' },
  // Worked example 2: 9 h Wed; Thu 06-04 Corpus Christi closed; 10 h Fri (19); 10 h Mon (29); 1 h Tue (30).
  { priority: 'other', opened: '2026-06-03T09:00:00+02:00', expected: '2026-06-09T09:00:00.000+02:00' },
  // Worked example 6: 08:00 + 10 h reaches the target exactly at closing → Mon 18:00, not Tue 08:00.
  { priority: 'critical', opened: '2026-06-01T08:00:00+02:00', expected: '2026-06-01T18:00:00.000+02:00' },
  // A live-support booking request: 10 h Mon + 10 h Tue + 10 h Wed = 30 h → Wed 18:00.
  { priority: 'live-booking', opened: '2026-06-08T08:00:00+02:00', expected: '2026-06-10T18:00:00.000+02:00' },
] as const; // `as const`: each priority stays a literal, one of linkando()'s
for (const { priority, opened, expected } of deadlines) {
  const answer = contract.due(priority, opened);
  console.log(`${priority.padEnd(12)} opened ${local(answer.openedAt)} → due ${local(answer.dueAt)}`);
  assert.equal(local(answer.dueAt), expected);
}

// A critical ticket answered Mon 16:30, 30 min after its due instant: 10.5 h of support time counted.
// The target is contractual, so the miss is a breach (not a KPI miss).
const late = contract.ticket(
  { id: 'LNK-42', priority: 'critical', openedAt: '2026-05-29T16:00:00+02:00', respondedAt: '2026-06-01T16:30:00+02:00' },
  '2026-06-02T00:00:00Z',
);
console.log(`ticket ${late.id}: ${late.state}, ${late.elapsedMs / HOUR} h of support time, breached: ${late.breached}`);
assert.equal(late.state, 'missed');
assert.equal(late.breached, true);
assert.equal(late.elapsedMs, 10.5 * HOUR);
// Answered exactly at the due instant: met (met iff respondedAt <= dueAt).
assert.equal(contract.ticket({ id: 'LNK-43', priority: 'critical', openedAt: '2026-06-01T08:00:00+02:00', respondedAt: '2026-06-01T18:00:00+02:00' }, '2026-06-02T00:00:00Z').met, true);

// Annex 1 categories are advice: the priority that counts is the ticket's.
assert.equal(contract.classifyCase({ functionalFailure: { neededWithinDays: 2 } }).priority, 'critical');
assert.equal(contract.classifyCase({ functionalFailure: { neededWithinDays: 3 } }).priority, 'other');

// §2.1 / Annex 1: 98 % during support hours. June 2026 has 22 weekdays − Corpus Christi = 21 × 10 h = 210 h.
const june = contract.availability({
  period: '2026-06',
  incidents: [
    { start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00', id: 'planned-deploy' },
    { start: '2026-06-16T17:00:00+02:00', end: '2026-06-16T20:00:00+02:00', id: 'evening' }, // 17:00–18:00 in support hours
    { start: '2026-06-23T09:00:00+02:00', end: '2026-06-23T10:30:00+02:00', id: 'database' },
  ],
  maintenance: [
    { start: '2026-06-02T10:00:00+02:00', end: '2026-06-02T12:00:00+02:00', announcedAt: '2026-06-01T16:00:00+02:00' }, // 18 h notice
    { start: '2026-06-23T09:00:00+02:00', end: '2026-06-23T10:00:00+02:00', announcedAt: '2026-06-23T05:00:00+02:00' }, // 4 h notice
  ],
});
const platform = june.commitments[0];
assert.ok(platform && platform.id === 'platform');
const r = platform.result;
console.log(`June 2026 platform: ${platform.availabilityPercent} % of ${r.measuredMs / HOUR} support hours → ${platform.met ? 'met' : 'missed'}`);
for (const rejected of r.rejectedMaintenance) console.log(`  window not excused: ${rejected.reason}`);
assert.equal(r.measuredMs, 210 * HOUR);
assert.equal(r.excusedMs, 2 * HOUR); // the deploy window, announced ≥ 6 h ahead
assert.equal(r.countedDowntimeMs, 2.5 * HOUR); // 1 h (17:00–18:00) + 1.5 h (window announced only 4 h ahead)
assert.equal(r.rejectedMaintenance.length, 1);
// (210 − 2 − 2.5) / (210 − 2) = 205.5/208 = 0.987980… → met; margin 2 % × 208 h − 2.5 h = 1.66 h = 5 976 000 ms.
assert.equal(platform.availabilityPercent, '98.7980');
assert.equal(platform.met, true);
assert.equal(platform.marginMs, 5_976_000);

// Annex 1 live support: 150 EUR/h = 250 cents a minute, minimum 30 min, whole minutes rounded up.
const start = '2026-06-10T10:00:00+02:00';
const sessions = [
  // 45 min 30 s → 46 min × 250 = 11 500 cents.
  { session: { start, bookedMinutes: 60, joinedAt: '2026-06-10T10:01:00+02:00', endedAt: '2026-06-10T10:45:30+02:00' }, cents: 11_500 },
  // 20 min → the 30-minute minimum: 30 × 250 = 7 500 cents.
  { session: { start, bookedMinutes: 60, joinedAt: '2026-06-10T10:02:00+02:00', endedAt: '2026-06-10T10:20:00+02:00' }, cents: 7_500 },
  // Not online within 5 minutes: the booked 60 min are billed, 15 000 cents.
  { session: { start, bookedMinutes: 60, joinedAt: '2026-06-10T10:06:00+02:00', endedAt: '2026-06-10T10:40:00+02:00' }, cents: 15_000 },
];
for (const { session, cents } of sessions) {
  const charge = contract.liveSupportCharge(session);
  console.log(`live support: ${charge.billedMinutes} min, ${(charge.amountMinor / 100).toFixed(2)} ${charge.currency} (${charge.reason})`);
  assert.equal(charge.amountMinor, cents);
}
// Booking "au moins 3 jours à l'avance": Sun 10:00 → Wed 10:00 is exactly 72 h (valid); 1 s later is not.
assert.equal(contract.liveBooking('2026-06-07T10:00:00+02:00', start).valid, true);
assert.equal(contract.liveBooking('2026-06-07T10:00:01+02:00', start).valid, false);
// Cancelling "la veille" suffices: before Wed 00:00 Berlin.
assert.equal(contract.cancellationFree('2026-06-09T23:59:59+02:00', start), true);
assert.equal(contract.cancellationFree('2026-06-10T00:00:00+02:00', start), false);
// Unused hours of June expire at 2026-07-01 00:00 Berlin.
assert.equal(local(contract.quotaExpiry(start)), '2026-07-01T00:00:00.000+02:00');

// §4.8 subcontractors: objection within 14 days and meeting within 30 days of the notice (calendar days).
const sub = contract.subcontractorDeadlines({ notice: '2026-06-01' });
assert.equal(sub.objection.lastDay, '2026-06-15'); // 06-01 + 14
assert.equal(sub.meeting.lastDay, '2026-07-01'); // 06-01 + 30
// §12.2: liability capped at 2 × the annual fee: 2 × 12 345.67 EUR = 24 691.34 EUR.
assert.equal(contract.liabilityCap(1_234_567).capMinor, 2_469_134);

console.log(`objection until ${local(sub.objection.endsAt)} (exclusive)`);
console.log('linkando: ok');
