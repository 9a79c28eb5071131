// The Slack SLA (version effective June 14, 2024) as a JSON contract:
// 99.99 % uptime per calendar quarter, scheduled downtime excused only if
// announced at least 48 hours ahead and at most 10 hours a year, and a
// credit of 10 times what was paid for the downtime.
// Run: npx tsx examples/slack-2024.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defineContract } from 'slakit';

const json = JSON.parse(readFileSync(new URL('./contracts/slack-2024.json', import.meta.url), 'utf8'));
const slack = defineContract(json);

/** Assert an exact ratio equals `a / b` (cross-multiplied: no float). */
function assertRatio(ratio: { numerator: number | bigint | string; denominator: number | bigint | string }, a: number, b: number): void {
  assert.equal(BigInt(ratio.numerator) * BigInt(b), BigInt(a) * BigInt(ratio.denominator), `${ratio.numerator}/${ratio.denominator} ≠ ${a}/${b}`);
}

// Q3 2026 (July–September, UTC): 31 + 31 + 30 = 92 days = 132 480 minutes.
// A 30-minute outage on July 7, and a 2-hour maintenance window on August 12 during which Slack is down.
const outage = { start: '2026-07-07T10:00:00Z', end: '2026-07-07T10:30:00Z' };
const window = { start: '2026-08-12T02:00:00Z', end: '2026-08-12T04:00:00Z' };
// The plan costs 1 000.00 USD a month. The credit states "fee": { "per": "month" }, so feeMinor is the
// monthly fee, 100 000 cents; the quarter's fee is the fees of its 3 months, 300 000 cents.
const quarter = (announcedAt: string) =>
  slack.availability({ period: '2026-Q3', incidents: [outage, window], maintenance: [{ ...window, announcedAt }], feeMinor: 100_000, currency: 'USD' });

// Announced 72 h ahead (≥ 48 h): the 2 hours are excused and stay in the quarter as up time.
// 1 − 30/132 480 = 132 450/132 480 = 99.97735… % < 99.99 % → missed.
const announced = quarter('2026-08-09T02:00:00Z');
assertRatio(announced.commitments[0]!.ratio, 132_450, 132_480);
assert.equal(announced.commitments[0]?.met, false);
console.log('72 h notice:', announced.commitments[0]?.availabilityPercent, '%');

// Announced only 24 h ahead: not excused, 30 + 120 = 150 minutes count: 1 − 150/132 480 = 99.88677… %.
assertRatio(quarter('2026-08-11T02:00:00Z').commitments[0]!.ratio, 132_330, 132_480);

// Announced exactly 48 h ahead: excused (at least 48 hours). 48 h − 1 ms: not excused.
assertRatio(quarter('2026-08-10T02:00:00Z').commitments[0]!.ratio, 132_450, 132_480);
assertRatio(quarter('2026-08-10T02:00:00.001Z').commitments[0]!.ratio, 132_330, 132_480);

// 11 hours down inside maintenance announced ≥ 48 h ahead, none earlier in 2026: at most 10 h a year is excused,
// so 10 h are excused and 1 h counts: 1 − 60/132 480 = 132 420/132 480.
const long = { start: '2026-08-01T00:00:00Z', end: '2026-08-01T11:00:00Z' };
const budgeted = slack.availability({ period: '2026-Q3', incidents: [long], maintenance: [{ ...long, announcedAt: '2026-07-29T00:00:00Z' }], feeMinor: 100_000 });
assertRatio(budgeted.commitments[0]!.ratio, 132_420, 132_480);

// Credit: 10 × the amount paid for the time Slack was down. 30 minutes down in July 2026 (31 days = 44 640 minutes)
// at 1 000.00 USD a month: 10 × 100 000 cents × 30 / 44 640 = 672.04… cents → 672 (half up) = 6.72 USD.
const july = slack.availability({ period: { type: 'between', from: '2026-07-01T00:00:00Z', to: '2026-08-01T00:00:00Z' }, incidents: [outage], feeMinor: 100_000, currency: 'USD' });
assert.equal(july.credits[0]?.amountMinor, 672);
console.log('credit for 30 min in July:', july.credits[0]?.rule);
// Evaluated on the quarter, the default proration "fee-unit" prices July's 30 minutes at July's fee per minute:
// the same 672 cents, and the quarter's fee is 3 × 100 000 = 300 000.
assert.equal(announced.credits[0]?.amountMinor, 672);
assert.equal(announced.credits[0]?.periodFee, '300000');
// The other reading of "credit-period" (fee.proration "period"), the quarter's fee over the quarter's minutes:
// 10 × 300 000 × 30 / 132 480 = 679.34… cents → 679 = 6.79 USD.
const spread = defineContract({ ...json, remedies: { credits: [{ ...json.remedies.credits[0], fee: { per: 'month', proration: 'period' } }] } });
assert.equal(spread.availability({ period: '2026-Q3', incidents: [outage], feeMinor: 100_000 }).credits[0]?.amountMinor, 679);

console.log('slack-2024: ok');
