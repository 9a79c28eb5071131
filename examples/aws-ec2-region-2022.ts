// The AWS Compute Region-Level SLA (version of May 5, 2022) as a JSON
// contract: 99.99 % per region and monthly billing cycle, counted in clock
// minutes a minute being Unavailable if any part of it was, a tiered credit,
// and a claim by the end of the second billing cycle after the incident.
// Run: npx tsx examples/aws-ec2-region-2022.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defineContract } from 'slakit';

const json = JSON.parse(readFileSync(new URL('./contracts/aws-ec2-region-2022.json', import.meta.url), 'utf8'));
const aws = defineContract(json);

/** Assert an exact ratio equals `a / b` (cross-multiplied: no float). */
function assertRatio(ratio: { numerator: number | bigint | string; denominator: number | bigint | string }, a: number, b: number): void {
  assert.equal(BigInt(ratio.numerator) * BigInt(b), BigInt(a) * BigInt(ratio.denominator), `${ratio.numerator}/${ratio.denominator} ≠ ${a}/${b}`);
}

// June 2026: 30 days = 43 200 minutes; the region's charges are 1 000.00 USD (100 000 cents).
const june = (incidents: { start: string; end: string }[], contract = aws) =>
  contract.availability({ period: '2026-06', incidents, feeMinor: 100_000, currency: 'USD' });

// 10 minutes down: 1 − 10/43 200 = 43 190/43 200 = 99.97685 % < 99.99 % → the 10 % row → 100.00 USD.
const ten = june([{ start: '2026-06-10T10:00:00Z', end: '2026-06-10T10:10:00Z' }]);
const region = ten.commitments[0];
assert.ok(region);
assertRatio(region.ratio, 43_190, 43_200);
assert.equal(region.met, false);
assert.equal(ten.credits[0]?.amountMinor, 10_000);
assert.equal(ten.credit?.amountMinor, 10_000);
console.log('10 min:', region.availabilityPercent, '% →', ten.credits[0]?.rule);

// Exactly 432 minutes (10:00 → 17:12): 1 − 432/43 200 = 0.99 = 99.0 %, in the 10 % row ([99.0, 99.99)).
const exact = june([{ start: '2026-06-10T10:00:00Z', end: '2026-06-10T17:12:00Z' }]);
assertRatio(exact.commitments[0]!.ratio, 42_768, 43_200);
assert.equal(exact.credits[0]?.amountMinor, 10_000);

// 432 minutes + 1 ms touches the minute 17:12 too: 433 minutes, 1 − 433/43 200 = 98.99768… % → 30 % → 300.00 USD.
const over = june([{ start: '2026-06-10T10:00:00Z', end: '2026-06-10T17:12:00.001Z' }]);
assertRatio(over.commitments[0]!.ratio, 42_767, 43_200);
assert.equal(over.credits[0]?.amountMinor, 30_000);

// 10:00:30–10:04:30 lasts 4 minutes but touches 5 clock minutes (10:00 … 10:04): 1 − 5/43 200 = 99.98842… % → 10 %.
const outage = [{ start: '2026-06-10T10:00:30Z', end: '2026-06-10T10:04:30Z' }];
const touched = june(outage);
assertRatio(touched.commitments[0]!.ratio, 43_195, 43_200);
assert.equal(touched.credits[0]?.amountMinor, 10_000);

// The other reading of the ambiguity "unavailable-minute": only whole minutes count (10:01, 10:02, 10:03):
// 1 − 3/43 200 = 99.99305… % ≥ 99.99 %: met, no credit — the reading decides whether 100.00 USD is owed.
const whole = defineContract({
  ...json,
  availability: { ...json.availability, commitments: [{ ...json.availability.commitments[0], granularity: { interval: 'PT1M', rule: 'whole' } }] },
});
const wholeReport = june(outage, whole);
assertRatio(wholeReport.commitments[0]!.ratio, 43_197, 43_200);
assert.equal(wholeReport.commitments[0]?.met, true);
assert.equal(wholeReport.credits[0]?.amountMinor, 0);

// An excluded cause is not downtime and stays in the month as up time: 100 %.
const excluded = aws.availability({ period: '2026-06', incidents: [{ start: '2026-06-10T10:00:00Z', end: '2026-06-10T12:00:00Z', cause: 'force-majeure' }], feeMinor: 100_000 });
assertRatio(excluded.commitments[0]!.ratio, 43_200, 43_200);
assert.equal(excluded.credits[0]?.amountMinor, 0);

// Claim: by the end of the second billing cycle after the incident's. An incident on 2026-06-10 (June's cycle):
// July is the first cycle after, August the second → last day 2026-08-31, in time before 2026-09-01T00:00Z.
const deadline = aws.claimDeadline({ incidentAt: '2026-06-10T10:00:00Z' });
assert.equal(deadline?.lastDay, '2026-08-31');
assert.equal(new Date(deadline!.endsAt).toISOString(), '2026-09-01T00:00:00.000Z');
console.log(deadline?.rule);

console.log('aws-ec2-region-2022: ok');
