/**
 * Issue 15 kind 4, "Deep combinators": union / intersect / minus flatten (no
 * recursion depth) and derived names stay bounded; random chains of depth up
 * to 10 000 answer like their flat equivalent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/workload.js';
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { IntervalSet } from '../../src/intervals/interval-set.js';

const HOUR = 3_600_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

const a = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-12:00'] }, name: 'a' });
const b = new BusinessCalendar({ zone: 'UTC', week: { mon: ['10:00-14:00'] }, name: 'b' });
const c = new BusinessCalendar({ zone: 'UTC', week: { mon: ['18:00-20:00'] }, name: 'c' });
const MONDAY = ['2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z'] as const;

/** A name is bounded when it stays under this many characters, whatever the depth. */
const NAME_BOUND = 200;

describe('issue 15 kind 4: the examples', () => {
  it('union chained 2 000 times answers (it overflowed the stack): a ∪ b ∪ c on Mon = 08–14 + 18–20 = 8 h', () => {
    let chain = a;
    for (let i = 0; i < 2000; i++) chain = chain.union([a, b, c][i % 3] as BusinessCalendar);
    expect(chain.elapsed(...MONDAY)).toBe(8 * HOUR);
    // a union of unions is one union of the three distinct calendars
    expect(chain.name).toBe('a ∪ b ∪ c');
  });

  it('union of 2 000 distinct calendars: one n-ary union, its name cut with the count', () => {
    // calendar i is open on Monday 2026-06-01 from minute i to minute i + 1 (UTC) — extraOpen only
    const monday = Date.UTC(2026, 5, 1);
    const calendars = Array.from({ length: 2000 }, (_, i) => new BusinessCalendar({ zone: 'UTC', week: {}, extraOpen: [[monday + i * 60_000, monday + (i + 1) * 60_000]], name: `m${i}` }));
    let chain = calendars[0] as BusinessCalendar;
    for (const next of calendars.slice(1)) chain = chain.union(next);
    // minutes 0 … 1999 = 2 000 min from 00:00, all on Monday 2026-06-01 … 2026-06-02 09:20
    expect(chain.elapsed('2026-06-01T00:00:00Z', '2026-06-03T00:00:00Z')).toBe(2000 * 60_000);
    expect(chain.name.startsWith('m0 ∪ m1 ∪ m2')).toBe(true);
    expect(chain.name.endsWith('∪ … (2000 calendars)')).toBe(true);
    expect(chain.name.length).toBeLessThan(NAME_BOUND);
  });

  it('d = d.intersect(d) 300 times answers (its name doubled until it crashed): it is d', () => {
    const office = new BusinessCalendar({ zone: 'UTC', week: { mon: ['08:00-18:00'] }, name: 'office' });
    let d = office.intersect(b);
    for (let i = 0; i < 300; i++) d = d.intersect(d);
    // office 08–18 ∩ b 10–14 = 4 h
    expect(d.elapsed(...MONDAY)).toBe(4 * HOUR);
    expect(d.name).toBe('office ∩ b');
  });

  it('a chain that shares itself at every level (d = d ∩ (d ∪ c)) is evaluated once per level, name bounded', () => {
    let d = a.minus(b);
    for (let i = 0; i < 300; i++) d = d.intersect(d.union(c));
    // d ∩ (d ∪ c) = d = a − b = Mon 08–10 = 2 h
    expect(d.elapsed(...MONDAY)).toBe(2 * HOUR);
    expect(d.name.length).toBeLessThan(NAME_BOUND);
  });

  it('(a − b) − c − … chains into one subtraction; minus of a union subtracts each member', () => {
    const outage = IntervalSet.of([['2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z']]);
    let chain = a;
    for (let i = 0; i < 5000; i++) chain = chain.minus(i % 2 === 0 ? b : outage);
    // a 08–12 − b 10–14 − outage 08–09 = 09–10 = 1 h
    expect(chain.elapsed(...MONDAY)).toBe(HOUR);
    expect(chain.name).toBe('a − b − intervals');
    // a − (b ∪ c) = a − b − c
    expect(a.minus(b.union(c)).name).toBe('a − b − c');
  });

  it('an operand that is not a calendar is an SlaInputError naming other (it was a TypeError reading .name)', () => {
    for (const bad of [null, undefined, 'support', { name: 'x' }]) {
      expect(() => a.union(bad as never)).toThrow(/^other: expected a BusinessCalendar/);
      expect(() => a.intersect(bad as never)).toThrow(/^other: expected a BusinessCalendar/);
      expect(() => a.minus(bad as never)).toThrow(/^other: expected a BusinessCalendar/);
    }
  });

  it('a mixed chain of depth 10 000 keeps every query working: elapsed, due, nextOpen, closedDays', () => {
    const support = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(WEEKDAYS, ['09:00-18:00']), holidays: 'FR', name: 'support' });
    const outage = IntervalSet.of([['2026-05-04T10:00:00+02:00', '2026-05-04T11:00:00+02:00']]);
    let chain = support;
    // support ∩ support = support, and support ∪ (support − outage) = support: the chain is support at every level
    for (let i = 0; i < 5000; i++) chain = chain.intersect(support).union(support.minus(outage));
    const may = ['2026-05-01T00:00:00+02:00', '2026-06-01T00:00:00+02:00'] as const;
    expect(chain.elapsed(...may)).toBe(support.elapsed(...may));
    expect(chain.due('2026-05-07T17:00:00+02:00', { hours: 2 })).toBe(support.due('2026-05-07T17:00:00+02:00', { hours: 2 }));
    expect(chain.nextOpen('2026-05-01T12:00:00+02:00')).toBe(support.nextOpen('2026-05-01T12:00:00+02:00'));
    expect(chain.closedDays(...may)).toEqual(support.closedDays(...may));
    expect(chain.name.length).toBeLessThan(NAME_BOUND);
  });
});

// ---------------------------------------------------------------------------
// Property: random chains answer like their flat equivalent.

const leaves = [
  new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(WEEKDAYS, ['08:00-18:00']), name: 'paris' }),
  new BusinessCalendar({ zone: 'America/New_York', week: { mon: ['06:00-22:00'], wed: ['06:00-22:00'], sat: ['10:00-14:00'] }, name: 'newYork' }),
  new BusinessCalendar({ zone: 'Pacific/Chatham', week: { tue: ['22:00-06:00'], thu: ['00:00-24:00'], fri: ['12:00-13:00'] }, name: 'chatham' }),
  BusinessCalendar.always('UTC', 'always'),
];
const sets = [
  IntervalSet.of([['2026-06-02T09:00:00Z', '2026-06-03T15:30:00Z']]),
  IntervalSet.of([['2026-06-01T00:00:00Z', '2026-06-01T12:00:00Z'], ['2026-06-08T06:00:00Z', '2026-06-09T06:00:00Z']]),
  IntervalSet.of([['2026-06-05T17:45:00Z', '2026-06-12T08:15:00Z']]),
];
/** The query window: two weeks of June 2026. */
const FROM = Date.UTC(2026, 5, 1);
const TO = Date.UTC(2026, 5, 15);
const leafSets = leaves.map((leaf) => leaf.openIntervals(FROM, TO));
const clippedSets = sets.map((set) => set.clip(FROM, TO));

/**
 * A chain of `depth` combinator calls from `seed`, and its flat equivalent: the same operations
 * applied one after the other to the interval sets of the window. An operand is a leaf calendar,
 * fixed intervals (minus only), the chain so far, or an earlier prefix of it.
 */
function chainOf(depth: number, seed: number): { calendar: BusinessCalendar; flat: IntervalSet } {
  // a seeded PRNG (mulberry32), so that a 10 000-step chain costs one fast-check value
  const next = seededRandom(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const start = pick(leaves.length);
  const prefixes: { calendar: BusinessCalendar; flat: IntervalSet }[] = [{ calendar: leaves[start] as BusinessCalendar, flat: leafSets[start] as IntervalSet }];
  let current = prefixes[0] as { calendar: BusinessCalendar; flat: IntervalSet };
  for (let step = 0; step < depth; step++) {
    const op = next();
    const source = next();
    let operand: { calendar: BusinessCalendar; flat: IntervalSet };
    if (source < 0.8) {
      const i = pick(leaves.length);
      operand = { calendar: leaves[i] as BusinessCalendar, flat: leafSets[i] as IntervalSet };
    } else if (source < 0.9) {
      operand = current;
    } else {
      operand = prefixes[pick(prefixes.length)] as typeof current;
    }
    if (op < 0.4) current = { calendar: current.calendar.union(operand.calendar), flat: current.flat.union(operand.flat) };
    else if (op < 0.6) current = { calendar: current.calendar.intersect(operand.calendar), flat: current.flat.intersect(operand.flat) };
    else if (op < 0.8) current = { calendar: current.calendar.minus(operand.calendar), flat: current.flat.subtract(operand.flat) };
    else {
      const i = pick(sets.length);
      current = { calendar: current.calendar.minus(sets[i] as IntervalSet), flat: current.flat.subtract(clippedSets[i] as IntervalSet) };
    }
    // keep a few prefixes to share (a DAG, not only a list)
    if (step % 97 === 0) prefixes.push(current);
  }
  return current;
}

/** The earliest d ≥ start with measure(flat ∩ [start, d)) = target (target ≤ what the window holds). */
function dueIn(flat: IntervalSet, start: number, target: number): number {
  let left = target;
  if (left === 0) return start;
  for (const { start: s, end: e } of flat.clip(start, TO)) {
    if (e - s >= left) return s + left;
    left -= e - s;
  }
  throw new Error('target beyond the window');
}

/** Depth up to 10 000; most runs short (one in 10 is 1 000 – 10 000) to keep the file fast. */
const depthArbitrary = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 300 }), weight: 9 },
  { arbitrary: fc.integer({ min: 1000, max: 10_000 }), weight: 1 },
);

describe('issue 15 kind 4 property (1000 runs)', () => {
  it('a random chain of union / intersect / minus of depth ≤ 10 000 answers openIntervals, elapsed and due like its flat equivalent', () => {
    fc.assert(
      fc.property(depthArbitrary, fc.integer(), fc.integer({ min: FROM, max: TO }), fc.integer({ min: FROM, max: TO }), fc.double({ min: 0, max: 1, noNaN: true }), (depth, seed, x, y, fraction) => {
        const { calendar, flat } = chainOf(depth, seed);
        expect(calendar.openIntervals(FROM, TO).equals(flat)).toBe(true);
        const [from, to] = x <= y ? [x, y] : [y, x];
        expect(calendar.elapsed(from, to)).toBe(flat.clip(from, to).measure());
        // a target between 0 and all the open time left in the window (whole ms)
        const target = Math.floor(fraction * flat.clip(from, TO).measure());
        expect(calendar.due(from, target)).toBe(dueIn(flat, from, target));
        expect(calendar.name.length).toBeLessThan(NAME_BOUND);
      }),
      { numRuns: 1000 },
    );
  });
});
