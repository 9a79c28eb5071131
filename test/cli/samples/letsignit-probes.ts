// The sample month of Letsignit probes shipped in samples/ for `slakit demo`:
// deterministic, so test/cli/samples.test.ts can check the committed file is
// exactly what this produces. Regenerate with:
//   npx tsx test/cli/samples/write-samples.ts
//
// March 2026, Europe/Paris (743 h; clocks go forward on Sun 29 March), one
// HTTPS probe every 5 min on the UTC grid, answers 150–450 ms, and:
//   Tue 03 14:05–14:20 +01:00  3 failed probes              → 15 min counted
//   Thu 05 03:10–03:20 +01:00  2 failed probes (night)      → 10 min excused (nightly window)
//   Mon 09 10:40 +01:00        one answer in 31 250 ms      →  5 min counted (§5: > 30 s is down)
//   Wed 11 16:20 +01:00        one answer in exactly 30 000 ms → up (§5)
//   Thu 12 11:05–11:50 +01:00  no probe (monitoring gap)    → 45 min unmonitored
//   Tue 17 15:35–16:10 +01:00  7 failed probes (DDoS, see the incident file) → excused (§6)
//   Sat 21 14:00–14:30 +01:00  6 failed probes (third Saturday) → excused (§7)
//   Tue 24 10:00–13:35 +01:00  major outage, 43 failed probes → 3 h 35 min counted
//   Wed 25 12:00–12:25 +01:00  5 failed probes in an announced window → excused (§7)
//   Fri 27 18:00 +01:00        1 failed probe                →  5 min counted
//   Mon 30 09:15–09:25 +02:00  2 failed probes (after the DST change) → 10 min counted
const MINUTE = 60_000;

interface Span {
  readonly from: string;
  readonly to: string;
}

const FAILURES: readonly Span[] = [
  { from: '2026-03-03T14:05:00+01:00', to: '2026-03-03T14:20:00+01:00' },
  { from: '2026-03-05T03:10:00+01:00', to: '2026-03-05T03:20:00+01:00' },
  { from: '2026-03-17T15:35:00+01:00', to: '2026-03-17T16:10:00+01:00' },
  { from: '2026-03-21T14:00:00+01:00', to: '2026-03-21T14:30:00+01:00' },
  { from: '2026-03-24T10:00:00+01:00', to: '2026-03-24T13:35:00+01:00' },
  { from: '2026-03-25T12:00:00+01:00', to: '2026-03-25T12:25:00+01:00' },
  { from: '2026-03-27T18:00:00+01:00', to: '2026-03-27T18:05:00+01:00' },
  { from: '2026-03-30T09:15:00+02:00', to: '2026-03-30T09:25:00+02:00' },
];
const GAP: Span = { from: '2026-03-12T11:05:00+01:00', to: '2026-03-12T11:50:00+01:00' };
const LATENCY: ReadonlyMap<number, number> = new Map([
  [Date.parse('2026-03-09T10:40:00+01:00'), 31_250],
  [Date.parse('2026-03-11T16:20:00+01:00'), 30_000],
]);

const inside = (t: number, span: Span): boolean => t >= Date.parse(span.from) && t < Date.parse(span.to);

/**
 * The CSV text of the sample probe month (`at,ok,latencyMs`, LF line ends,
 * instants in UTC). Failed probes have an empty latency.
 */
export function letsignitProbesCsv(): string {
  const start = Date.parse('2026-03-01T00:00:00+01:00');
  const end = Date.parse('2026-04-01T00:00:00+02:00');
  let seed = 20260301;
  const random = (): number => {
    // A small LCG (Numerical Recipes constants): deterministic, no dependency.
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 2 ** 32;
  };
  const lines = ['at,ok,latencyMs'];
  for (let t = start; t < end; t += 5 * MINUTE) {
    const jitter = random();
    if (inside(t, GAP)) continue;
    const at = new Date(t).toISOString().replace('.000Z', 'Z');
    if (FAILURES.some((span) => inside(t, span))) {
      lines.push(`${at},false,`);
      continue;
    }
    const hour = new Date(t + MINUTE * 60).getUTCHours(); // ~ Paris hour, for a daytime load bump
    const busy = hour >= 9 && hour < 18 ? 120 : 0;
    lines.push(`${at},true,${LATENCY.get(t) ?? Math.round(150 + busy + jitter * 180)}`);
  }
  return `${lines.join('\n')}\n`;
}
