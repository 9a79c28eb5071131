/**
 * Probes → incidents (docs/semantics.md *Probes*, Letsignit §5: probe every
 * 5 min, 30 s threshold, sample-and-hold up to the interval, longer gaps
 * unmonitored).
 */
import { describe, expect, it } from 'vitest';
import { type Probe, SlaInputError, probesToIncidents, toInstant } from '../../src/index.js';

const MINUTE = 60_000;
const LETSIGNIT = { intervalMs: 5 * MINUTE, latencyThresholdMs: 30_000 };
const base = toInstant('2026-03-10T09:00:00+01:00');
const at = (minutes: number) => base + minutes * MINUTE;

/** Regular 5-min probes, all fine, from minute `from` (inclusive) to `to` (exclusive). */
function regular(from: number, to: number): Probe[] {
  const probes: Probe[] = [];
  for (let m = from; m < to; m += 5) probes.push({ at: at(m), ok: true, latencyMs: 200 });
  return probes;
}

describe('probesToIncidents: down rule', () => {
  it('Letsignit §5: an answer after 31 s is down for one hold (5 min)', () => {
    const probes = [...regular(0, 15), { at: at(15), ok: true, latencyMs: 31_000 }, ...regular(20, 30)];
    const { incidents } = probesToIncidents(probes, LETSIGNIT);
    expect(incidents).toEqual([{ start: at(15), end: at(20), cause: 'internal', id: 'probes@2026-03-10T08:15:00.000Z' }]);
  });

  it('docs/semantics.md: an answer in exactly 30 000 ms is up', () => {
    const probes = [...regular(0, 15), { at: at(15), ok: true, latencyMs: 30_000 }, ...regular(20, 30)];
    expect(probesToIncidents(probes, LETSIGNIT).incidents).toEqual([]);
  });

  it('docs/semantics.md: ok: false is down whatever the latency (even 10 ms)', () => {
    const probes = [...regular(0, 15), { at: at(15), ok: false, latencyMs: 10 }, ...regular(20, 30)];
    expect(probesToIncidents(probes, LETSIGNIT).incidents.map((i) => [i.start, i.end])).toEqual([[at(15), at(20)]]);
  });

  it('docs/semantics.md: consecutive down probes merge into one incident (3 failures = 15 min)', () => {
    const probes = [...regular(0, 10), { at: at(10), ok: false }, { at: at(15), ok: false }, { at: at(20), ok: false }, ...regular(25, 35)];
    expect(probesToIncidents(probes, LETSIGNIT).incidents.map((i) => [i.start, i.end])).toEqual([[at(10), at(25)]]);
  });

  it('without latencyThresholdMs, latency is ignored', () => {
    const probes = [{ at: at(0), ok: true, latencyMs: 90_000 }];
    expect(probesToIncidents(probes, { intervalMs: 5 * MINUTE }).incidents).toEqual([]);
  });
});

describe('probesToIncidents: sample-and-hold and unmonitored time', () => {
  it('Letsignit §5: a 20-min gap between 5-min probes leaves 15 min unmonitored', () => {
    // Probes at 0, 5, 10, then 30: the probe at 10 holds until 15; 15 → 30 is unmonitored.
    const probes = [...regular(0, 15), ...regular(30, 40)];
    const scan = probesToIncidents(probes, LETSIGNIT);
    expect(scan.unmonitored.toArray()).toEqual([{ start: at(15), end: at(30) }]);
    expect(scan.unmonitored.measure()).toBe(15 * MINUTE);
    expect(scan.incidents).toEqual([]);
  });

  it('docs/semantics.md option: unmonitored "down" turns the gap into downtime, merged with a down hold before it', () => {
    // Down probe at 10 holds 10 → 15, then 15 → 30 unmonitored counted down: one incident 10 → 30.
    const probes = [...regular(0, 10), { at: at(10), ok: false }, ...regular(30, 40)];
    const scan = probesToIncidents(probes, { ...LETSIGNIT, unmonitored: 'down' });
    expect(scan.incidents.map((i) => [i.start, i.end])).toEqual([[at(10), at(30)]]);
    expect(scan.unmonitored.measure()).toBe(15 * MINUTE);
  });

  it('from / to: time before the first probe and after the last hold is unmonitored', () => {
    // Range 0 → 60 min, probes 10 … 40 (last holds until 45): unmonitored 0 → 10 and 45 → 60 = 25 min.
    const scan = probesToIncidents(regular(10, 45), { ...LETSIGNIT, from: at(0), to: at(60) });
    expect(scan.unmonitored.toArray()).toEqual([
      { start: at(0), end: at(10) },
      { start: at(45), end: at(60) },
    ]);
  });

  it('a retry 4 min after a failure ends the down hold early (4-min incident)', () => {
    const probes = [...regular(0, 10), { at: at(10), ok: false }, { at: at(14), ok: true }, ...regular(15, 25)];
    expect(probesToIncidents(probes, LETSIGNIT).incidents.map((i) => i.end - i.start)).toEqual([4 * MINUTE]);
  });
});

describe('probesToIncidents: order and duplicates (documented rule)', () => {
  it('issue 3: unsorted input is sorted and reported', () => {
    const probes = [{ at: at(10), ok: true }, { at: at(0), ok: true }, { at: at(5), ok: false }];
    const scan = probesToIncidents(probes, LETSIGNIT);
    expect(scan.reordered).toBe(true);
    expect(scan.incidents.map((i) => [i.start, i.end])).toEqual([[at(5), at(10)]]);
    expect(scan.notes).toContain('probes were not in time order: sorted by time');
  });

  it('issue 3: probes at the same instant count once, down if any is down (either order)', () => {
    const downFirst = [{ at: at(0), ok: true }, { at: at(5), ok: false }, { at: at(5), ok: true }, { at: at(10), ok: true }];
    const upFirst = [{ at: at(0), ok: true }, { at: at(5), ok: true }, { at: at(5), ok: false }, { at: at(10), ok: true }];
    for (const probes of [downFirst, upFirst]) {
      const scan = probesToIncidents(probes, LETSIGNIT);
      expect(scan.duplicates).toBe(1);
      expect(scan.incidents.map((i) => [i.start, i.end])).toEqual([[at(5), at(10)]]);
    }
  });

  it('a ProbeSeries of typed arrays gives the same incidents as the object list', () => {
    const list = [...regular(0, 10), { at: at(10), ok: true, latencyMs: 45_000 }, ...regular(15, 20), { at: at(40), ok: false, latencyMs: 0 }];
    const series = {
      at: Float64Array.from(list.map((p) => p.at as number)),
      ok: Uint8Array.from(list.map((p) => (p.ok ? 1 : 0))),
      latencyMs: Float64Array.from(list.map((p) => p.latencyMs ?? 0)),
    };
    const fromList = probesToIncidents(list, LETSIGNIT);
    const fromSeries = probesToIncidents(series, LETSIGNIT);
    // 10 → 15 slow; 40 → 45 failed; 20 → 40 unmonitored (the probe at 15 holds until 20).
    expect(fromSeries.incidents).toEqual(fromList.incidents);
    expect(fromSeries.incidents.map((i) => [i.start, i.end])).toEqual([[at(10), at(15)], [at(40), at(45)]]);
    expect(fromSeries.unmonitored.measure()).toBe(20 * MINUTE);
  });
});

describe('probesToIncidents: bad input is a typed error naming probes[i].field', () => {
  it('NaN latency → SlaInputError naming probes[1].latencyMs', () => {
    const make = () => probesToIncidents([{ at: at(0), ok: true }, { at: at(5), ok: true, latencyMs: Number.NaN }], LETSIGNIT);
    expect(make).toThrow(SlaInputError);
    expect(make).toThrow(/^probes\[1\]\.latencyMs: /);
  });

  it('negative latency, missing ok, bad instant', () => {
    expect(() => probesToIncidents([{ at: at(0), ok: true, latencyMs: -1 }], LETSIGNIT)).toThrow(/^probes\[0\]\.latencyMs: /);
    expect(() => probesToIncidents([{ at: at(0) } as unknown as Probe], LETSIGNIT)).toThrow(/^probes\[0\]\.ok: /);
    expect(() => probesToIncidents([{ at: '2026-03-10T09:00', ok: true }], LETSIGNIT)).toThrow(/^probes\[0\]\.at: /);
    expect(() => probesToIncidents([{ at: 1.5, ok: true }], LETSIGNIT)).toThrow(/^probes\[0\]\.at: /);
  });

  it('typed arrays: NaN latency and mismatched lengths', () => {
    const series = { at: Float64Array.from([at(0)]), ok: Uint8Array.from([1]), latencyMs: Float64Array.from([Number.NaN]) };
    expect(() => probesToIncidents(series, LETSIGNIT)).toThrow(/^probes\.latencyMs\[0\]: /);
    expect(() => probesToIncidents({ at: Float64Array.from([at(0)]), ok: new Uint8Array(2) }, LETSIGNIT)).toThrow(/^probes\.ok: /);
  });

  it('missing or zero interval → SlaInputError naming interval / intervalMs', () => {
    expect(() => probesToIncidents([], {})).toThrow(/^interval: /);
    expect(() => probesToIncidents([], { intervalMs: 0 })).toThrow(/^intervalMs: /);
  });
});
