// The Microsoft Online Services SLA (Office 365 form) as a JSON contract:
// uptime in user-minutes, (User Minutes − Downtime) / User Minutes, 99.9 % a
// month, credits of 25 / 50 / 100 % and a claim by the end of the month after
// the incident's. Run: npx tsx examples/microsoft-online-services.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defineContract } from 'slakit';

const json = JSON.parse(readFileSync(new URL('./contracts/microsoft-online-services.json', import.meta.url), 'utf8'));
const microsoft = defineContract(json);

/** Assert an exact ratio equals `a / b` (cross-multiplied: no float). */
function assertRatio(ratio: { numerator: number | bigint | string; denominator: number | bigint | string }, a: number, b: number): void {
  assert.equal(BigInt(ratio.numerator) * BigInt(b), BigInt(a) * BigInt(ratio.denominator), `${ratio.numerator}/${ratio.denominator} ≠ ${a}/${b}`);
}

// April 2026: 30 days = 43 200 minutes; fee 1 250.00 EUR (125 000 cents); 1 000 licensed users.
const april = (incidents: { start: string; end: string; affected?: number }[]) =>
  microsoft.availability({ period: '2026-04', incidents, population: 1000, feeMinor: 125_000, currency: 'EUR' });

// 60 minutes, every user affected (no `affected`): 1 000 × 60 user-minutes lost of 1 000 × 43 200:
// 1 − 60/43 200 = 99.86111 % < 99.9 % → 25 % of 1 250.00 EUR = 312.50 EUR.
const all = april([{ start: '2026-04-14T08:00:00Z', end: '2026-04-14T09:00:00Z' }]);
assertRatio(all.commitments[0]!.ratio, 43_140, 43_200);
assert.equal(all.commitments[0]?.met, false);
assert.equal(all.credits[0]?.amountMinor, 31_250);
console.log('60 min, all users:', all.commitments[0]?.availabilityPercent, '% →', all.credits[0]?.amountMinor, 'cents');

// 100 of 1 000 users down for 600 minutes (08:00–18:00): 100 × 600 = 60 000 user-minutes of 1 000 × 43 200 = 43 200 000:
// 1 − 60 000/43 200 000 = 99.86111 % → 25 % (unweighted, 1 − 600/43 200 = 98.61 % would wrongly give 50 %).
const some = april([{ start: '2026-04-14T08:00:00Z', end: '2026-04-14T18:00:00Z', affected: 100 }]);
assertRatio(some.commitments[0]!.ratio, 43_140_000, 43_200_000);
assert.equal(some.credits[0]?.amountMinor, 31_250);

// Claim: by the end of the calendar month after the incident's. An incident on 2026-04-20 → May 31, in time before June 1.
const deadline = microsoft.claimDeadline({ incidentAt: '2026-04-20T12:00:00Z' });
assert.equal(deadline?.lastDay, '2026-05-31');
assert.equal(new Date(deadline!.endsAt).toISOString(), '2026-06-01T00:00:00.000Z');

console.log('microsoft-online-services: ok');
