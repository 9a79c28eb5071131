/**
 * Child process entry (see zone-blind.ts): runs zone-blind peers under the
 * requested process TZ and prints their runs as JSON.
 * Usage: node <tsx loader> bench/zone-blind-worker.ts '<ZoneBlindRequest JSON>'
 */
import { runPeer, runToJson } from './peer-run.js';
import { createPeer } from './peers/registry.js';
import { holidayDates, seededPairs, seededStarts, ZONE } from './workload.js';
import type { ZoneBlindRequest } from './zone-blind.js';

const [requestJson] = process.argv.slice(2);
if (!requestJson) throw new Error("usage: zone-blind-worker.ts '<request JSON>'");
const request = JSON.parse(requestJson) as ZoneBlindRequest;
// The whole point of this process: local time is the requested zone. Check it (Berlin is UTC+2 on 2026-07-01).
if (process.env['TZ'] !== request.tz || (request.tz === ZONE && new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset() !== -120)) {
  throw new Error(`zone-blind worker must run with TZ=${request.tz}`);
}
const holidays = holidayDates();
const { from, to } = seededPairs(request.plan.pairs);
const inputs = { starts: seededStarts(request.plan.starts), from, to };
process.stdout.write(JSON.stringify(request.ids.map((id) => runToJson(runPeer(createPeer(id, holidays), inputs, request.plan)))));
