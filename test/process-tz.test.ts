/**
 * docs/semantics.md §1: results are the same under any process TZ; issue 2:
 * "results identical under TZ=UTC and TZ=Pacific/Chatham". The same script
 * runs in child processes under three TZ settings; the outputs must equal
 * each other and the hand-computed values below.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { valuesUnder as valuesOf } from './fixtures/run-under-tz.js';

const script = fileURLToPath(new URL('./fixtures/process-tz-values.ts', import.meta.url));
const valuesUnder = (tz: string) => valuesOf(script, tz);

/** Hand-computed; each line's arithmetic is in the comment. */
const EXPECTED = {
  // §6 ex. 1: Fri 16–18 (2 h) + Mon 08–16 (8 h) → Mon 2026-06-01 16:00 CEST
  linkandoExample1: '2026-06-01T14:00:00.000Z',
  // §6 ex. 2: Wed 9 h, Thu Corpus Christi, Fri 10, Mon 10, Tue 1 → Tue 09:00 CEST
  linkandoExample2: '2026-06-09T07:00:00.000Z',
  // §6 ex. 3: Wed 16–18 (2 h), Thanksgiving, Fri 09–11 EST
  lumappsExample3: '2026-11-27T16:00:00.000Z',
  // §6 ex. 5: Sunday closed, Monday 24 h → Tue 00:00 CEST
  letsignitExample5: '2026-05-04T22:00:00.000Z',
  // §0: 744 − 1 and 744 + 1
  parisMarchHours: 743,
  parisOctoberHours: 745,
  // §0: 23:00 CET (22:00Z) → 08:00 CEST (06:00Z); 23:00 CEST (21:00Z) → 08:00 CET (07:00Z)
  parisSpringNightHours: 8,
  parisAutumnNightHours: 10,
  // Sat 22:00 +13:45 (08:15Z) → Sun 06:00 +12:45 (17:15Z)
  chathamAutumnNightHours: 9,
  // Fri 2026-04-03 16–17 (1 h) + Mon 2026-04-06 09–10 at +12:45 (after DST ended 04-05) → 10:00 − 12:45 = Sun 21:15Z
  chathamOfficeDue: '2026-04-05T21:15:00.000Z',
  // Fri 2026-03-06 16–17 PST (1 h) + Mon 2026-03-09 09–10 PDT (DST began 03-08) → 10:00 + 7 h = 17:00Z
  losAngelesOfficeDue: '2026-03-09T17:00:00.000Z',
  // Berlin 00:00 CEST = 22:00Z the day before
  berlinStartOfDay: '2026-05-31T22:00:00.000Z',
  berlinLocalDate: '2026-06-01',
  // §0 compatible: 02:30 in the gap → 03:30 CEST = 01:30Z
  parisGapPoint: '2026-03-29T01:30:00.000Z',
  // Chatham summer +13:45: 00:00Z → 13:45 local
  chathamLocal: '2026-01-15T13:45:00.000+13:45',
  // issue 15: Paris mean time +00:09:21 (before 1911): 00:00Z → 00:09:21, the offset with its seconds
  parisMeanTimeLocal: '1905-01-01T00:09:21.000+00:09:21',
  // issue 15: Monrovia −00:44:30 written as "1959-12-31T23:15:30.000-00:44:30" reads back as 1960-01-01 00:00Z
  monroviaRoundTrip: '1960-01-01T00:00:00.000Z',
  // §0: observed Veterans Day is closed
  veteransDayObserved2028Open: false,
  // Wed 06-03 + 1 business day, Thu 06-04 Corpus Christi → Fri 06-05
  linkandoNextBusinessDay: '2026-06-05',
  // February 2028 has 29 days: 29 × 24 = 696
  utcFebruary2028Hours: 696,
  // issue 10 §4: Wed 17:00 PST − 4 h inside 09–17 → 13:00 PST = 21:00Z
  losAngelesBefore: '2021-11-10T21:00:00.000Z',
  // Mon 2026-03-09 09–10 PDT (1 h) + Fri 03-06 16–17 PST (1 h; DST began Sun 03-08) → Fri 16:00 PST = 00:00Z Sat
  losAngelesBeforeAcrossDst: '2026-03-07T00:00:00.000Z',
  // Sun 2026-04-05 (DST ended that morning, +12:45): closed; Fri 04-03 17:00 +13:45 = 03:15Z
  chathamPreviousClose: '2026-04-03T03:15:00.000Z',
  // Fri 04-03 09:00 +13:45 = Thu 19:15Z
  chathamPreviousOpen: '2026-04-02T19:15:00.000Z',
  // Fri 06-05 08–10 (2 h), Thu Fronleichnam closed, Wed 18:00 − 9 h = 09:00 CEST = 07:00Z
  linkandoBeforeOverHoliday: '2026-06-03T07:00:00.000Z',
  // issue 10 next reply (Paris, CEST = UTC+2): cycles due Tue 15:00, Wed 11:30, Wed 17:00 local
  nextReplyDues: ['2026-06-02T13:00:00.000Z', '2026-06-03T09:30:00.000Z', '2026-06-03T15:00:00.000Z'],
  // issue 10 periodic update: 2 h met, 4 h missed, 1 h met, 3.5 h by Mon 13:00 missed
  periodicUpdateStates: ['met', 'missed', 'met', 'missed'],
  // issue 10 resolution reopened: 11.5 h counted by Mon 13:00, 4 h Mon + 0.5 h → Tue 09:30 CEST
  reopenedResolutionDue: '2026-06-09T07:30:00.000Z',
};

describe('process time zone independence (§0, issue 2)', () => {
  it('§0 / issue 2: the same values under TZ=UTC, TZ=Pacific/Chatham and TZ=America/Los_Angeles, equal to the hand-computed ones', async () => {
    const [utc, chatham, losAngeles] = await Promise.all([valuesUnder('UTC'), valuesUnder('Pacific/Chatham'), valuesUnder('America/Los_Angeles')]);
    // the child processes really ran in those zones: getTimezoneOffset at the epoch is −(UTC offset) in minutes
    expect(utc.hostOffsetAtEpoch).toBe(0);
    expect(chatham.hostOffsetAtEpoch).toBe(-(12 * 60 + 45));
    expect(losAngeles.hostOffsetAtEpoch).toBe(8 * 60);
    const strip = ({ hostOffsetAtEpoch: _host, ...rest }: Record<string, unknown>) => rest;
    expect(strip(utc)).toEqual(EXPECTED);
    expect(strip(chatham)).toEqual(strip(utc));
    expect(strip(losAngeles)).toEqual(strip(utc));
  });
});
