// The DigitalOcean Droplet SLA as a JSON contract: 99.99 % a month per
// Droplet; Unavailability is all requests failing for more than 5 minutes; a
// Droplet that existed for part of the month is measured over its lifetime;
// since June 3, 2025 the credit is 100 % of the month's charges (before: the
// lost time at the hourly rate). Run: npx tsx examples/digitalocean-droplets.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defineContract } from 'slakit';

const json = JSON.parse(readFileSync(new URL('./contracts/digitalocean-droplets.json', import.meta.url), 'utf8'));
const droplets = defineContract(json);

/** Assert an exact ratio equals `a / b` (cross-multiplied: no float). */
function assertRatio(ratio: { numerator: number | bigint | string; denominator: number | bigint | string }, a: number, b: number): void {
  assert.equal(BigInt(ratio.numerator) * BigInt(b), BigInt(a) * BigInt(ratio.denominator), `${ratio.numerator}/${ratio.denominator} ≠ ${a}/${b}`);
}

// June 2026: 30 days = 43 200 minutes; the Droplet's charges for the month are 24.00 USD (2 400 cents).
const june = (end: string, contract = droplets) =>
  contract.availability({ period: '2026-06', incidents: [{ start: '2026-06-10T10:02:00Z', end }], feeMinor: 2400, currency: 'USD' });

// An outage of exactly 5 minutes is not Unavailability ("more than 5 minutes"): 100 %, no credit.
const five = june('2026-06-10T10:07:00Z');
assertRatio(five.commitments[0]!.ratio, 43_200, 43_200);
assert.equal(five.credits[0]?.amountMinor, 0);

// 6 minutes (10:02–10:08): recorded, and counted exactly: 1 − 6/43 200 = 99.98611 % < 99.99 % → 100 % → 24.00 USD.
const six = june('2026-06-10T10:08:00Z');
assertRatio(six.commitments[0]!.ratio, 43_194, 43_200);
assert.equal(six.credits[0]?.amountMinor, 2400);
assert.equal(six.version?.id, '2025-06-03');
console.log('6 min:', six.commitments[0]?.availabilityPercent, '% →', six.credits[0]?.rule);

// The other reading of "five-minute-intervals": downtime rounded to the 5-minute intervals it touches.
// 10:02–10:08 touches [10:00, 10:05) and [10:05, 10:10): 10 minutes, 1 − 10/43 200 = 99.97685 %.
const rounded = defineContract({
  ...json,
  availability: { ...json.availability, commitments: [{ ...json.availability.commitments[0], granularity: { interval: 'PT5M', rule: 'touched' } }] },
});
assertRatio(june('2026-06-10T10:08:00Z', rounded).commitments[0]!.ratio, 43_190, 43_200);

// A Droplet created 2026-06-16T00:00Z exists 15 days = 21 600 minutes of June: 6 minutes down → 1 − 6/21 600 = 99.97222 %.
const created = droplets.availability({
  period: { type: 'month', year: 2026, month: 6, zone: 'UTC', lifetime: { from: '2026-06-16T00:00:00Z' } },
  incidents: [{ start: '2026-06-20T10:02:00Z', end: '2026-06-20T10:08:00Z' }],
  feeMinor: 1200,
});
assertRatio(created.commitments[0]!.ratio, 21_594, 21_600);

// Claim: within three months of the end of the billing cycle: June 2026 ends July 1, three months later is
// October 1, the first day too late → last day September 30.
assert.equal(six.claim?.deadline?.lastDay, '2026-09-30');

console.log('digitalocean-droplets: ok');
