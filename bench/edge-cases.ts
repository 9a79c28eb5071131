/**
 * Hand-picked `due` cases where business-time libraries typically go wrong,
 * each with the answer worked out by hand from slakit's rules (docs/semantics.md) on the
 * workload calendar (Mon–Fri 08:00–18:00 Europe/Berlin, DE-RP holidays).
 * Every library answers every case; the random workload says how often a
 * class occurs, these say whether it can occur at all.
 */

export interface EdgeCase {
  readonly id: string;
  readonly what: string;
  readonly start: string;
  readonly targetHours: number;
  /** Expected due, from the hand arithmetic in `why`. */
  readonly expected: string;
  readonly why: string;
}

export const EDGE_CASES: readonly EdgeCase[] = [
  {
    id: 'close-exact',
    what: 'target reached exactly at closing',
    start: '2026-06-01T08:00:00+02:00',
    targetHours: 10,
    expected: '2026-06-01T18:00:00+02:00',
    why: 'Mon 08:00 + 10 h of a 08–18 day ends at 18:00; §0: the closing instant, not Tue 08:00',
  },
  {
    id: 'closed-start-exact',
    what: 'started while closed, reached at closing',
    start: '2026-05-30T10:00:00+02:00',
    targetHours: 10,
    expected: '2026-06-01T18:00:00+02:00',
    why: 'Sat: clock starts Mon 08:00; 10 h → Mon 18:00',
  },
  {
    id: 'start-at-close',
    what: 'start exactly at closing',
    start: '2026-06-01T18:00:00+02:00',
    targetHours: 1,
    expected: '2026-06-02T09:00:00+02:00',
    why: '[18:00, …) is closed; next opening Tue 08:00 + 1 h',
  },
  {
    id: 'seconds-across-close',
    what: 'start with seconds and ms, crossing a closing',
    start: '2026-06-01T17:59:30.250+02:00',
    targetHours: 1,
    expected: '2026-06-02T08:59:30.250+02:00',
    why: '29.75 s on Mon, 59 min 30.25 s on Tue from 08:00',
  },
  {
    id: 'seconds-same-day',
    what: 'start with ms, same day',
    start: '2026-06-02T09:00:00.500+02:00',
    targetHours: 1,
    expected: '2026-06-02T10:00:00.500+02:00',
    why: 'open all along',
  },
  {
    id: 'holiday',
    what: 'skips a regional holiday (Fronleichnam, DE-RP only)',
    start: '2026-06-03T17:00:00+02:00',
    targetHours: 2,
    expected: '2026-06-05T09:00:00+02:00',
    why: 'Wed 1 h; Thu 2026-06-04 Fronleichnam closed; Fri 08:00 + 1 h',
  },
  {
    id: 'dst-spring',
    what: 'across the spring DST change (UTC+1 → UTC+2)',
    start: '2026-03-27T17:00:00+01:00',
    targetHours: 2,
    expected: '2026-03-30T09:00:00+02:00',
    why: 'Fri 1 h; Sun 2026-03-29 02:00→03:00; Mon 08:00 CEST + 1 h',
  },
  {
    id: 'dst-autumn',
    what: 'across the autumn DST change (UTC+2 → UTC+1)',
    start: '2026-10-23T17:00:00+02:00',
    targetHours: 2,
    expected: '2026-10-26T09:00:00+01:00',
    why: 'Fri 1 h; Sun 2026-10-25 03:00→02:00; Mon 08:00 CET + 1 h',
  },
  {
    id: 'new-year',
    what: 'across a year boundary and New Year’s Day',
    start: '2026-12-31T17:00:00+01:00',
    targetHours: 2,
    expected: '2027-01-04T09:00:00+01:00',
    why: 'Thu 1 h; Fri 2027-01-01 holiday; weekend; Mon 08:00 + 1 h',
  },
  {
    id: 'easter-and-dst',
    what: 'Easter (Good Friday, Easter Monday) with a DST change inside',
    start: '2027-03-25T17:00:00+01:00',
    targetHours: 2,
    expected: '2027-03-30T09:00:00+02:00',
    why: 'Thu 1 h; Fri 03-26 and Mon 03-29 holidays, DST on Sun 03-28; Tue 08:00 CEST + 1 h',
  },
];
