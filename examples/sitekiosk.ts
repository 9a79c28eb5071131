// PROVISIO SiteKiosk Online SLA (seed 001_f7077658456a0107.txt, guide docs/presets/sitekiosk.md):
// the yearly downtime budget of "99,5 % en moyenne annuelle", a year of incidents
// judged against it, and the European and North American phone-support hours.
import assert from 'node:assert/strict';
import { formatLocal } from 'slakit';
import { sitekiosk } from 'slakit/presets/sitekiosk';

const BERLIN = 'Europe/Berlin';
const MINUTE = 60_000;
const HOUR = 3_600_000;
/** A duration as "43 h 55 min 12 s" (seconds only when there are any). */
function hm(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  const text = `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min${seconds % 60 ? ` ${seconds % 60} s` : ''}`;
  return ms < 0 ? `−${text}` : text;
}

const contract = sitekiosk();

// §1 budget: 0.5 % of the calendar year in Berlin, 24/7 (the two DST hours cancel out).
// 2026: 365 × 24 = 8 760 h; 0.005 × 8 760 h = 43.8 h = 43 h 48 min = 157 680 000 ms.
// 2028 (leap): 366 × 24 = 8 784 h; 0.005 × 8 784 h = 43.92 h = 43 h 55 min 12 s = 158 112 000 ms.
const budget2026 = contract.downtimeBudget(2026);
const budget2028 = contract.downtimeBudget(2028);
console.log(`downtime allowed in 2026: ${hm(budget2026.allowedMs)}; in 2028: ${hm(budget2028.allowedMs)}`);
assert.equal(budget2026.baseMs, 8760 * HOUR);
assert.equal(budget2026.allowedMs, 43 * HOUR + 48 * MINUTE);
assert.equal(budget2028.allowedMs, 43 * HOUR + 55 * MINUTE + 12_000);

// A year of incidents (Berlin time). The third one crosses the fall-back night of 25 October:
// 01:00 CEST → 05:00 CET is 5 real hours, not 4.
const incidents = [
  { start: '2026-02-11T06:00:00+01:00', end: '2026-02-11T09:30:00+01:00', id: 'program-update-Q1' }, // 3 h 30 min
  { start: '2026-05-20T22:00:00+02:00', end: '2026-05-21T10:00:00+02:00', id: 'major-failure' }, // 12 h
  { start: '2026-10-25T01:00:00+02:00', end: '2026-10-25T05:00:00+01:00', id: 'operational-update' }, // 5 h
];
const year = contract.availability({ period: '2026', incidents });
const service = year.commitments[0];
assert.ok(service && service.id === 'service');
console.log(`2026: ${service.availabilityPercent} % (target ${service.target} %) → ${service.met ? 'met' : 'missed'}`);
for (const incident of service.result.incidents) {
  console.log(`  ${formatLocal(incident.start, BERLIN)} → ${formatLocal(incident.end, BERLIN)}: ${hm(incident.countedMs)}`);
}
// Counted 3.5 + 12 + 5 = 20.5 h; 1 − 20.5/8 760 = 0.997659… → 99.7659 %, met.
assert.equal(service.result.countedDowntimeMs, 20.5 * HOUR);
assert.equal(service.availabilityPercent, '99.7659');
assert.equal(service.met, true);
// Budget left: 43.8 h − 20.5 h = 23.3 h = 23 h 18 min = 83 880 000 ms.
const left = contract.downtimeBudget(2026, service.result.countedDowntimeMs);
console.log(`budget used ${hm(left.usedMs)}, left ${hm(left.remainingMs)}`);
assert.equal(left.remainingMs, 23 * HOUR + 18 * MINUTE);
assert.equal(service.marginMs, left.remainingMs);

// The bound is inclusive: exactly 43 h 48 min down is 99.5000 % (met); 1 ms more misses.
const exactly = (ms: number) =>
  contract.availability({ period: '2026', incidents: [{ start: '2026-08-03T00:00:00+02:00', end: Date.parse('2026-08-03T00:00:00+02:00') + ms }] }).commitments[0];
assert.equal(exactly(budget2026.allowedMs)?.met, true);
assert.equal(exactly(budget2026.allowedMs)?.availabilityPercent, '99.5000');
assert.equal(exactly(budget2026.allowedMs + 1)?.met, false);

// The commitment is yearly: a monthly report judges nothing and says why.
const march = contract.availability({ period: '2026-03', incidents });
assert.deepEqual(march.commitments, []);
assert.equal(march.skipped[0]?.id, 'service');

// Ambiguity "annual-average": 43 h 48 min in February alone. Over the whole year it is exactly 99.5 %;
// as a mean of monthly ratios February (672 h) weighs more: 1 − 43.8/(12 × 672) = 99.4568 % → missed.
const february = [{ start: '2026-02-02T00:00:00+01:00', end: Date.parse('2026-02-02T00:00:00+01:00') + budget2026.allowedMs }];
assert.equal(contract.availability({ period: '2026', incidents: february }).commitments[0]?.met, true);
const mean = sitekiosk({ aggregation: 'mean-of-months' }).availability({ period: '2026', incidents: february }).commitments[0];
assert.equal(mean?.met, false);
assert.equal(mean?.availabilityPercent, '99.4568');

// §2 phone support Europe: Mon–Thu 09:00–17:00, Fri 09:00–16:00 Berlin, closed on NRW holidays.
const europe = contract.calendar('supportEurope');
const north = contract.calendar('supportNorthAmerica');
assert.equal(europe.isOpen('2026-06-05T16:30:00+02:00'), false); // Friday after 16:00
assert.equal(formatLocal(europe.nextOpen('2026-06-05T16:30:00+02:00') as number, BERLIN), '2026-06-08T09:00:00.000+02:00');
// Corpus Christi (Thu 2026-06-04) is a NRW holiday: that week has 3 × 8 h + 7 h = 31 h, not 39 h.
assert.equal(europe.elapsed('2026-06-01T00:00:00+02:00', '2026-06-08T00:00:00+02:00'), 31 * HOUR);
// Four support hours from Wed 15:00: 2 h Wednesday, Thursday closed, 2 h Friday → Fri 11:00.
const callBack = europe.due('2026-06-03T15:00:00+02:00', { hours: 4 });
console.log('4 support hours from Wed 2026-06-03 15:00 Berlin →', formatLocal(callBack, BERLIN));
assert.equal(formatLocal(callBack, BERLIN), '2026-06-05T11:00:00.000+02:00');

// §2 North America: Mon–Fri 09:00–17:00 New York, no holidays named (open on Thanksgiving by default).
assert.equal(north.isOpen('2026-11-26T10:00:00-05:00'), true);
assert.equal(sitekiosk({ northAmericaHolidays: true }).calendar('supportNorthAmerica').isOpen('2026-11-26T10:00:00-05:00'), false);
// Company holidays are dates you supply.
assert.equal(sitekiosk({ companyClosures: ['2026-12-23'] }).calendar('supportEurope').isOpen('2026-12-23T10:00:00+01:00'), false);

console.log('sitekiosk: ok');
