// LumApps support services (seed 004_3f3b3ab98af1c934.txt, guide docs/presets/lumapps.md):
// one business calendar per customer region, priority 1 and 2 acknowledgement
// targets that are KPIs (a miss is kpiMissed, never a breach), tickets judged by region.
import assert from 'node:assert/strict';
import { formatLocal } from 'slakit';
import { type LumappsTicketRecord, lumapps } from 'slakit/presets/lumapps';

const MINUTE = 60_000;
const HOUR = 3_600_000;

const contract = lumapps();

// §1 Heure/Jour Ouvré: 09:00–18:00 Mon–Fri in the region's zone and holidays.
// One instant, Mon 2026-06-01 16:30Z, is 18:30 in Paris (closed), 12:30 in New York (open)
// and Tue 01:30 in Tokyo (closed).
const opened = '2026-06-01T16:30:00Z';
const expected: Record<string, [p1: string, p2: string]> = {
  emea: ['2026-06-02T10:00:00.000+02:00', '2026-06-02T13:00:00.000+02:00'], // Tue 09:00 + 1 h / + 4 h
  nam: ['2026-06-01T13:30:00.000-04:00', '2026-06-01T16:30:00.000-04:00'], // 12:30 + 1 h / + 4 h
  latam: ['2026-06-01T13:30:00.000-04:00', '2026-06-01T16:30:00.000-04:00'], // same calendar as nam
  apac: ['2026-06-02T10:00:00.000+09:00', '2026-06-02T13:00:00.000+09:00'], // Tue 09:00 + 1 h / + 4 h
};
for (const region of contract.regions) {
  const [p1, p2] = [contract.due('p1', opened, { region }), contract.due('p2', opened, { region })];
  console.log(`${region.padEnd(5)} (${p1.zone.padEnd(16)}) p1 due ${formatLocal(p1.dueAt, p1.zone)}, p2 due ${formatLocal(p2.dueAt, p2.zone)}`);
  assert.deepEqual([formatLocal(p1.dueAt, p1.zone), formatLocal(p2.dueAt, p2.zone)], expected[region]);
  assert.equal(p1.kind, 'kpi');
}

// Worked example 3: NAM p2 opened Wed 2026-11-25 16:00 New York: 2 h Wed; Thu 26 is Thanksgiving;
// Fri 09:00 → 11:00 = 2 h → due Fri 11:00 New York (16:00Z).
const thanksgiving = contract.due('p2', '2026-11-25T16:00:00-05:00', { region: 'nam' });
console.log('NAM p2 opened the day before Thanksgiving →', formatLocal(thanksgiving.dueAt, thanksgiving.zone));
assert.equal(new Date(thanksgiving.dueAt).toISOString(), '2026-11-27T16:00:00.000Z');
// EMEA follows French holidays: p2 Mon 2026-07-13 16:00 Paris → 2 h Mon, Tue 14 July closed, Wed 09:00 → 11:00.
assert.equal(formatLocal(contract.due('p2', '2026-07-13T16:00:00+02:00', { region: 'emea' }).dueAt, 'Europe/Paris'), '2026-07-15T11:00:00.000+02:00');
// APAC follows Japanese holidays: p1 Fri 2026-05-01 17:30 Tokyo → 30 min Fri, Golden Week 4–6 May, Thu 09:30.
assert.equal(formatLocal(contract.due('p1', '2026-05-01T17:30:00+09:00', { region: 'apac' }).dueAt, 'Asia/Tokyo'), '2026-05-07T09:30:00.000+09:00');

// §1 / §4: records carry both stop events; by default the clock stops at the first diagnosis (§1).
const records: LumappsTicketRecord[] = [
  { id: 'LUM-1', priority: 'p1', region: 'emea', openedAt: '2026-06-01T09:00:00+02:00', acknowledgedAt: '2026-06-01T09:10:00+02:00', diagnosedAt: '2026-06-01T09:50:00+02:00' },
  { id: 'LUM-2', priority: 'p1', region: 'apac', openedAt: '2026-06-01T09:00:00+09:00', acknowledgedAt: '2026-06-01T09:20:00+09:00', diagnosedAt: '2026-06-01T11:00:00+09:00' },
  { id: 'LUM-3', priority: 'p2', region: 'nam', openedAt: '2026-06-01T16:00:00-04:00', diagnosedAt: '2026-06-02T11:00:00-04:00' },
  { id: 'LUM-4', priority: 'p2', region: 'latam', openedAt: '2026-06-04T15:00:00-04:00' },
  // §2.B: an incident caused by third-party software → excluded, reported apart.
  { id: 'LUM-5', priority: 'p1', region: 'emea', openedAt: '2026-06-01T09:00:00+02:00', diagnosedAt: '2026-06-03T09:00:00+02:00', excluded: true },
];
const now = '2026-06-05T00:00:00Z';
const batch = contract.judgeAll(records, now);
for (const t of batch.tickets) {
  console.log(`  ${t.id} ${t.priority} ${t.state.padEnd(7)} ${String(t.elapsedMs / MINUTE).padStart(3)} business min, due ${formatLocal(t.dueAt, t.zone)}, kpiMissed: ${t.kpiMissed}`);
}
const byId = new Map(batch.tickets.map((t) => [t.id, t]));
assert.equal(byId.get('LUM-1')?.state, 'met'); // 50 min against 1 h
// 09:00 → 11:00 Tokyo = 2 h against 1 h: a KPI miss, not a breach of contract (§4).
assert.equal(byId.get('LUM-2')?.state, 'missed');
assert.equal(byId.get('LUM-2')?.kpiMissed, true);
assert.equal(byId.get('LUM-2')?.breached, false);
// Mon 16:00–18:00 (2 h) + Tue 09:00–11:00 (2 h) = 4 h: diagnosed exactly at the due instant → met.
assert.equal(byId.get('LUM-3')?.elapsedMs, 4 * HOUR);
assert.equal(byId.get('LUM-3')?.met, true);
// Thu 15:00–18:00 = 3 h by now (Thu 20:00 New York): still running, due Fri 10:00.
assert.equal(byId.get('LUM-4')?.state, 'running');
assert.equal(byId.get('LUM-4')?.elapsedMs, 3 * HOUR);
assert.equal(formatLocal(byId.get('LUM-4')?.dueAt as number, 'America/New_York'), '2026-06-05T10:00:00.000-04:00');
assert.deepEqual(batch.excluded.map((t) => t.id), ['LUM-5']);
assert.deepEqual(
  [batch.summary.byPriority.p1?.met, batch.summary.byPriority.p1?.missed, batch.summary.byPriority.p2?.met, batch.summary.byPriority.p2?.running],
  [1, 1, 1, 1],
);
console.log(`  p1: ${batch.summary.byPriority.p1?.missed} KPI missed of ${batch.summary.byPriority.p1?.total}; excluded: ${batch.excluded.map((t) => t.id).join(', ')}`);

// Ambiguity "stop-event": with the §4 acknowledgement as stop event, LUM-2 counts 20 min and meets its KPI.
const acknowledged = lumapps({ stopEvent: 'acknowledgement' }).judge(records[1] as LumappsTicketRecord, now);
assert.equal(acknowledged.met, true);
assert.equal(acknowledged.elapsedMs, 20 * MINUTE);
// Ambiguity "est": "EST" read literally (UTC−05:00 all year) shifts summer hours one hour later.
// NAM p1 opened 13:00Z (09:00 EDT): New York → due 14:00Z; fixed EST (08:00, closed until 14:00Z) → 15:00Z.
assert.equal(new Date(contract.due('p1', '2026-06-01T13:00:00Z', { region: 'nam' }).dueAt).toISOString(), '2026-06-01T14:00:00.000Z');
assert.equal(new Date(lumapps({ northAmericaTime: 'est-fixed' }).due('p1', '2026-06-01T13:00:00Z', { region: 'nam' }).dueAt).toISOString(), '2026-06-01T15:00:00.000Z');

// There is no credit and no availability commitment: the targets are KPIs only.
assert.equal(contract.definition.penalties, undefined);

console.log('lumapps: ok');
