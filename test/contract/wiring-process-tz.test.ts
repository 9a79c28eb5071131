/**
 * Issue 14 phase B: "results identical under any process TZ" through
 * Contract.availability. The same script runs in child processes under
 * three TZ settings; the outputs must equal each other and the
 * hand-computed values below.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valuesUnder } from '../fixtures/run-under-tz.js';

const script = fileURLToPath(new URL('../fixtures/contract-wiring-tz-values.ts', import.meta.url));

/** Hand-computed; each line's arithmetic is in the comment. */
const EXPECTED = {
  // 00:59:30–01:00:30Z touches the UTC minutes 00:59 and 01:00 (the grid starts at local midnight, a whole minute): 2 min
  marchCountedMs: 120_000,
  // March in Paris is 743 h = 44 580 min: 1 − 2/44 580 = 0.99995513… → 99.9955 %
  marchPercent: '99.9955',
  // 1–15 March: 14 days × 24 h = 336 h (no clock change); 15–31 March: 743 − 336 = 407 h
  marchPartHours: [336, 407],
  // 15 March 00:00 CET (+1) = 14 March 23:00Z
  marchAmendmentAt: '2026-03-14T23:00:00.000Z',
  // (336 × 99.9 + 407 × 99.95) / 743 = (33 566.4 + 40 679.65) / 743 = 74 246.05 / 743 = 99.92738… → 99.9273 (truncated)
  marchTarget: '99.9273',
  // September in Paris ends 2026-09-30T22:00Z = 1 October 08:00 AEST (+10) in Sydney, so its last local day there is
  // 1 October; + 15 days = 16 October; its end is 17 October 00:00 AEDT (+11, DST from 4 October) = 16 October 13:00Z
  septemberClaimEndsAt: '2026-10-16T13:00:00.000Z',
};

describe('process time zone independence of Contract.availability (issue 14 phase B)', () => {
  it('the same values under TZ=UTC, TZ=Pacific/Chatham and TZ=America/Los_Angeles, equal to the hand-computed ones', async () => {
    const [utc, chatham, losAngeles] = await Promise.all(['UTC', 'Pacific/Chatham', 'America/Los_Angeles'].map((tz) => valuesUnder(script, tz)));
    // the child processes really ran in those zones: getTimezoneOffset at the epoch is −(UTC offset) in minutes
    expect([utc?.hostOffsetAtEpoch, chatham?.hostOffsetAtEpoch, losAngeles?.hostOffsetAtEpoch]).toEqual([0, -(12 * 60 + 45), 8 * 60]);
    const strip = ({ hostOffsetAtEpoch: _host, ...rest }: Record<string, unknown>) => rest;
    expect(strip(utc as Record<string, unknown>)).toEqual(EXPECTED);
    expect(strip(chatham as Record<string, unknown>)).toEqual(EXPECTED);
    expect(strip(losAngeles as Record<string, unknown>)).toEqual(EXPECTED);
  });
});
