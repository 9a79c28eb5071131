/**
 * TimeZone against luxon's own reading of the tz database (1000 runs each):
 * the per-year offset tables must neither miss nor misplace a transition, and
 * fromWall must follow docs/semantics.md (gaps forward, overlaps earlier).
 */
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { TimeZone } from '../../src/time/zone.js';
import { DAY, ZONES } from '../calendar/arbitraries.js';

const ALL_ZONES = Intl.supportedValuesOf('timeZone');

/** A day in a DST-change season (Mar–Apr, Sep–Nov) of 2000–2100, plus any ms of it. */
const nearTransition = fc
  .record({
    year: fc.integer({ min: 2000, max: 2100 }),
    month: fc.constantFrom(2, 3, 8, 9, 10),
    day: fc.integer({ min: 1, max: 30 }),
    ms: fc.integer({ min: 0, max: DAY - 1 }),
  })
  .map(({ year, month, day, ms }) => Date.UTC(year, month, day) + ms);

const options = { numRuns: 1000 };

describe('TimeZone properties', () => {
  it('offsetMinutes(t) equals luxon\'s offset for any IANA zone, 1900–2300', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_ZONES), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2300, 0, 1) }), (zone, t) => {
        expect(TimeZone.of(zone).offsetMinutes(t)).toBe(IANAZone.create(zone).offset(t));
      }),
      options,
    );
  });

  it('issue 15: offsetMs(t) is a whole number of seconds, offsetMinutes × 60 000 rounded, for any IANA zone, 1900–2300', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_ZONES), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2300, 0, 1) }), (zone, t) => {
        const tz = TimeZone.of(zone);
        const offset = tz.offsetMs(t);
        expect(Math.abs(offset) % 1000).toBe(0);
        expect(offset).toBe(Math.round(IANAZone.create(zone).offset(t) * 60_000));
        expect(Number.isInteger(tz.toWall(t))).toBe(true);
      }),
      options,
    );
  });

  it('offsetMinutes(t) equals luxon\'s offset in DST seasons of the six test zones, to the millisecond', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), nearTransition, (zone, t) => {
        expect(TimeZone.of(zone).offsetMinutes(t)).toBe(IANAZone.create(zone).offset(t));
      }),
      options,
    );
  });

  it('§0: fromWall(w, "boundary") is the first instant whose wall time is at or after w; "compatible" agrees unless w is in a gap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), nearTransition, (zone, w) => {
        const tz = TimeZone.of(zone);
        const boundary = tz.fromWall(w, 'boundary');
        expect(tz.toWall(boundary)).toBeGreaterThanOrEqual(w);
        expect(tz.toWall(boundary - 1)).toBeLessThan(w);
        const compatible = tz.fromWall(w, 'compatible');
        if (tz.toWall(boundary) === w) {
          expect(compatible).toBe(boundary);
        } else {
          // in a gap: forward by the gap's length, i.e. read with the offset before the gap
          expect(compatible).toBe(w - tz.offsetMinutes(boundary - 1) * 60_000);
          expect(tz.toWall(compatible)).toBe(w + (tz.toWall(boundary) - tz.toWall(boundary - 1) - 1));
        }
      }),
      options,
    );
  });

  it('§0: fromWall(toWall(t)) is t, or the earlier reading of an ambiguous wall time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), nearTransition, (zone, t) => {
        const tz = TimeZone.of(zone);
        const back = tz.fromWall(tz.toWall(t));
        expect(tz.toWall(back)).toBe(tz.toWall(t));
        expect(back).toBeLessThanOrEqual(t);
        if (back !== t) expect(tz.offsetMinutes(back)).toBeGreaterThan(tz.offsetMinutes(t));
      }),
      options,
    );
  });
});
