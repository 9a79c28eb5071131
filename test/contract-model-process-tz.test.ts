/**
 * Issue 14: "results identical under any process TZ" for the remedies,
 * claims, periods and versions rooms, and Contract.availability wiring them. The same script runs in child
 * processes under three TZ settings; the outputs must equal each other and
 * the hand-computed values below.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valuesUnder } from './fixtures/run-under-tz.js';

const script = fileURLToPath(new URL('./fixtures/contract-model-tz-values.ts', import.meta.url));

/** Hand-computed; each line's arithmetic is in the comment. */
const EXPECTED = {
  // June 10 → June's cycle; 2nd cycle after = August; ends 2026-09-01 00:00 UTC
  awsClaimEndsAt: '2026-09-01T00:00:00.000Z',
  // April 20 → end of May; June 1 00:00 CEST (+2) = May 31 22:00Z
  microsoftParisClaimEndsAt: '2026-05-31T22:00:00.000Z',
  // Sept 30 + 15 = Oct 15; Oct 16 00:00 AEDT (+11, DST from Oct 4) = Oct 15 13:00Z
  atlassianSydneyClaimEndsAt: '2026-10-15T13:00:00.000Z',
  // 2026-06-15T00:00Z is June 15 12:45 in Chatham (+12:45) → June; ends July 1; + 3 months = Oct 1 → last day Sept 30
  digitalOceanChathamLastDay: '2026-09-30',
  // 22:30Z + 2 h = June 1 00:30 CEST
  parisMonthOfInstant: '2026-06',
  // July 1 00:00 EDT (−4) = 04:00Z
  newYorkFiscalYearStart: '2026-07-01T04:00:00.000Z',
  // June 16–30 = 15 days × 1 440 min
  dropletLifetimeMinutes: 21_600,
  // June 1 00:00 CEST = May 31 22:00Z
  parisWeekStart: '2026-05-31T22:00:00.000Z',
  // 10 × 100 000 × 30 / 44 640 = 672.04 → 672
  slackCreditMinor: 672,
  // 1 min → 1 started hour → 1 day of 31 → 31 000 / 31 = 1 000
  parisMarchServiceDayMinor: 1_000,
  // June 15 00:00 CEST = June 14 22:00Z
  parisAmendmentAt: '2026-06-14T22:00:00.000Z',
  // June in Paris: June 1–15 = 14 days = 336 h, June 15–July 1 = 16 days = 384 h (no DST change in June)
  parisJuneProRataHours: [336, 384],
  // Contract.availability, per-minute granularity in Paris:
  // 00:59:30–01:00:30Z touches the UTC minutes 00:59 and 01:00 (the grid starts at local midnight, a whole minute): 2 min
  contractMarchCountedMs: 120_000,
  // March in Paris is 743 h = 44 580 min: 1 − 2/44 580 = 0.99995513… → 99.9955 %
  contractMarchPercent: '99.9955',
  // pro rata at 15 March: 1–15 March is 14 days × 24 h = 336 h (no clock change); 15–31 March 743 − 336 = 407 h
  contractMarchPartHours: [336, 407],
  // 15 March 00:00 CET (+1) = 14 March 23:00Z
  contractMarchAmendmentAt: '2026-03-14T23:00:00.000Z',
  // (336 × 99.9 + 407 × 99.95) / 743 = (33 566.4 + 40 679.65) / 743 = 74 246.05 / 743 = 99.92738… → 99.9273 (truncated)
  contractMarchTarget: '99.9273',
  // September in Paris ends 2026-09-30T22:00Z = 1 October 08:00 AEST (+10) in Sydney, so its last local day there is
  // 1 October; + 15 days = 16 October; its end is 17 October 00:00 AEDT (+11, DST from 4 October) = 16 October 13:00Z
  contractSeptemberClaimEndsAt: '2026-10-16T13:00:00.000Z',
};

describe('process time zone independence of remedies, claims, periods, versions and Contract.availability (issue 14)', () => {
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
