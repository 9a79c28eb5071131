// Write your own contract in JSON — no TypeScript needed for the contract
// itself. defineContract validates it (errors name the JSON path) and builds
// an engine from slakit's primitives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SlaDefinitionError, defineContract, formatLocal } from 'slakit';

const json = JSON.parse(readFileSync(new URL('./own-contract.json', import.meta.url), 'utf8'));
const acme = defineContract(json);

// A normal request opened Fri 2026-06-05 16:00 Paris: 1 h on Friday (to 17:00),
// then Monday 09:00–12:30 (3.5 h) and 13:30–17:00 (3.5 h): 1 + 3.5 + 3.5 = 8 h → Mon 17:00.
const normal = acme.due('normal', '2026-06-05T16:00:00+02:00');
console.log('normal due:', formatLocal(normal.dueAt, 'Europe/Paris'));
assert.equal(formatLocal(normal.dueAt, 'Europe/Paris'), '2026-06-08T17:00:00.000+02:00');

// A blocking incident on Saturday 23:00 runs on the 24/7 calendar: due Sunday 01:00.
assert.equal(formatLocal(acme.due('blocking', '2026-06-06T23:00:00+02:00').dueAt, 'Europe/Paris'), '2026-06-07T01:00:00.000+02:00');

// June 2026 (30 days = 720 h): a 90-min outage on a Tuesday afternoon.
// 720 h = 43,200 min; 1 − 90/43,200 = 99.79 % → below 99.9 → 10 % credit of a 2,500.00 EUR fee = 250.00 EUR.
const june = acme.availability({
  period: '2026-06',
  incidents: [{ start: '2026-06-09T14:00:00+02:00', end: '2026-06-09T15:30:00+02:00', cause: 'internal' }],
  feeMinor: 250000,
  currency: 'EUR',
});
const platform = june.commitments[0];
console.log('availability:', platform?.result.availability, 'credit:', june.credit);
assert.equal(platform?.met, false);
assert.equal(june.credit?.percent, 10);
assert.equal(june.credit?.amountMinor, 25000);

// Calendar-day deadline: 30 days after a contract ending 2026-12-31 → last day 2027-01-30.
assert.equal(acme.deadline('dataExport', '2026-12-31').lastDay, '2027-01-30');

// A malformed definition names the JSON path of the problem.
try {
  defineContract({ ...json, calendars: { ...json.calendars, office: { ...json.calendars.office, zone: 'Europe/Pariss' } } });
  assert.fail('expected an error');
} catch (error) {
  assert.ok(error instanceof SlaDefinitionError);
  console.log('rejected:', error.message);
  assert.equal(error.path, 'calendars.office.zone');
}
console.log('own-contract: ok');
