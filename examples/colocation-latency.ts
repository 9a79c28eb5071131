// An illustrative colocation SLA with a series commitment (p95 latency) and termination rights over
// consecutive months. Run: npx tsx examples/colocation-latency.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defineContract } from 'slakit';

const colo = defineContract(JSON.parse(readFileSync(new URL('./contracts/colocation-latency.json', import.meta.url), 'utf8')));
const HOUR = 3_600_000;

/** A month with `downHours` of outage on the 10th and these latency points (ms) on the first days. */
const month = (period: string, downHours: number, latencies: readonly number[]) =>
  colo.availability({
    period,
    incidents: downHours === 0 ? [] : [{ start: `${period}-10T00:00:00Z`, end: new Date(Date.parse(`${period}-10T00:00:00Z`) + downHours * HOUR).toISOString() }],
    series: { latency: latencies.map((value, i) => ({ at: Date.parse(`${period}-01T00:00:00Z`) + i * HOUR, value })) },
  });

// May (744 h): 1 h down → 1 − 1/744 = 99.8655 % < 99.9: missed. p95 of [120, 150, 180]: rank ⌈0.95 × 3⌉ = 3 → 180 ≤ 200: met.
// June (720 h): 1 h → 99.8611 %: missed. p95 of [150, 210, 250]: rank 3 → 250 > 200: missed.
// July (744 h): 2 h → 99.7311 %: missed. p95 of [100, 110, 205]: rank 3 → 205 > 200: missed.
const months = [month('2026-05', 1, [120, 150, 180]), month('2026-06', 1, [150, 210, 250]), month('2026-07', 2, [100, 110, 205])];
assert.deepEqual(months.map((m) => m.commitments[0]?.availabilityPercent), ['99.8655', '99.8611', '99.7311']);
assert.deepEqual(months.map((m) => [m.seriesCommitments[0]?.value, m.seriesCommitments[0]?.met]), [[180, true], [250, false], [205, false]]);

// Uptime missed May, June, July → three in a row arises at 2026-07; latency missed June, July → two in a row at 2026-07.
const { rights, triggered } = colo.termination(months);
assert.equal(triggered, true);
assert.deepEqual(rights.map((r) => [r.id, r.triggered, r.labels]), [
  ['uptime-three-in-a-row', true, ['2026-05', '2026-06', '2026-07']],
  ['latency-two-in-a-row', true, ['2026-06', '2026-07']],
]);
// Months that are not consecutive are refused: "in a row" is about consecutive periods.
assert.throws(() => colo.termination([months[0], months[2]].filter((m) => m !== undefined)), /reports\[1\]/);

console.log('colocation-latency: termination rights', rights.map((r) => `${r.id} ${r.triggered ? 'arise' : 'do not arise'}`).join('; '));
