// The Atlassian Cloud SLA (Premium and Enterprise) as a JSON contract: a
// Downtime Minute is a minute whose error rate is above 5 %, measured from
// request counts; Premium commits to 99.9 % a month, Enterprise to 99.95 %,
// each with its own credits, capped together at 100 % of the invoice; claims
// within 15 days after the month. Run: npx tsx examples/atlassian-cloud.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defineContract } from 'slakit';

const json = JSON.parse(readFileSync(new URL('./contracts/atlassian-cloud.json', import.meta.url), 'utf8'));
const atlassian = defineContract(json);

/** Assert an exact ratio equals `a / b` (cross-multiplied: no float). */
function assertRatio(ratio: { numerator: number | bigint | string; denominator: number | bigint | string }, a: number, b: number): void {
  assert.equal(BigInt(ratio.numerator) * BigInt(b), BigInt(a) * BigInt(ratio.denominator), `${ratio.numerator}/${ratio.denominator} ≠ ${a}/${b}`);
}

// September 2026: 30 days = 43 200 minutes; Premium fee 2 000.00 USD (200 000 cents).
// 60 minutes (10:00–10:59) in which 120 of 1 000 requests failed (12 % > 5 %): 60 Downtime Minutes.
// Minutes without requests are not Downtime Minutes (they stay in the month's total, "unmonitored: good").
const minute = 60_000;
const start = Date.parse('2026-09-10T10:00:00Z');
const requests = Array.from({ length: 60 }, (_, i) => ({ at: start + i * minute, total: 1000, failed: 120 }));
const september = atlassian.availability({ period: '2026-09', requests, scope: { plan: 'premium' }, feeMinor: 200_000, currency: 'USD' });

// 1 − 60/43 200 = 43 140/43 200 = 99.86111 % < 99.9 % → Premium 10 % → 200.00 USD.
const premium = september.commitments.find((c) => c.id === 'premium');
assert.ok(premium);
assertRatio(premium.ratio, 43_140, 43_200);
assert.equal(premium.met, false);
assert.equal(september.credits.find((c) => c.id === 'premium-credit')?.amountMinor, 20_000);
// Only the Premium commitment is in the site's scope: no Enterprise credit is paid.
assert.equal(september.commitments.some((c) => c.id === 'enterprise'), false);
console.log('60 Downtime Minutes:', premium.availabilityPercent, '% →', september.credits[0]?.amountMinor, 'cents');

// "Greater than 5 %" is strict: 50 failed of 1 000 (5 %) is not a Downtime Minute; 51 (5.1 %) is.
const one = (failed: number) =>
  atlassian.availability({ period: '2026-09', requests: [{ at: '2026-09-10T10:00:00Z', total: 1000, failed }], scope: { plan: 'premium' } }).commitments[0]!;
assertRatio(one(50).ratio, 43_200, 43_200);
assertRatio(one(51).ratio, 43_199, 43_200);

// Claim: within 15 days after the end of the calendar month: September 2026 → October 15 inclusive.
assert.equal(september.claim?.deadline?.lastDay, '2026-10-15');
assert.equal(new Date(september.claim!.deadline!.endsAt).toISOString(), '2026-10-16T00:00:00.000Z');

console.log('atlassian-cloud: ok');
