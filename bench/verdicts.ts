/**
 * Whose bug is it? One verdict per (library, question, disagreement class),
 * written after reading the library's source and checking the example by
 * hand. A class the run finds without a verdict here is reported as
 * "not investigated", never silently.
 */
import type { DisagreementClass } from './agreement.js';

export interface Verdict {
  /** Whose answer is wrong. */
  readonly wrong: string;
  readonly explanation: string;
}

type Question = 'due' | 'elapsed';

const VERDICTS: Readonly<Record<string, Verdict>> = {
  'dayjs-business-time:due:minute-granularity': {
    wrong: 'dayjs-business-time',
    explanation:
      'It walks in whole minutes: `end.diff(date, \'minute\')` truncates the open time left before closing (src/index.ts line 274), and when that is 0 it forces a 1-minute step (line 282–283) that lands after the closing without counting it; the next day restarts at 08:00:00.000. The open seconds before the closing are lost and the start\'s seconds are dropped: the due comes out on a whole minute, up to 1 min late, so `elapsed(start, due)` exceeds the target (slakit\'s rule wants equality: [semantics](semantics.md) §2). It happens exactly when the start is inside opening hours with a non-zero second/millisecond part and the due crosses a closing.',
  },
  'dayjs-business-time:elapsed:minute-granularity': {
    wrong: 'dayjs-business-time',
    explanation:
      '`businessMinutesDiff` is its finest unit and truncates each partial segment with `diff(…, \'minutes\')` (src/index.ts lines 370–411): the first and last partial days each lose their sub-minute part, so the result is a whole number of minutes up to 2 min short. slakit (and the bare index, and the luxon walk) count milliseconds.',
  },
};

export function verdictFor(peer: string, question: Question, kind: DisagreementClass): Verdict | undefined {
  return VERDICTS[`${peer}:${question}:${kind}`];
}
