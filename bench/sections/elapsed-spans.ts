/**
 * `elapsed` over long spans (issue 13): a day, a year, 10 years and 50
 * years, slakit against a bare prefix-sum index of the same 55 years
 * (bench/peers/bare-index.ts, built with luxon, not slakit), interleaved
 * round by round. slakit answers a span of whole years from running
 * per-year totals, so its cost should not grow with the span; the bare
 * index does two binary searches whatever the span.
 */
import { type BareIndex, buildBareIndex, openBefore } from '../peers/bare-index.js';
import { timeInterleaved, type Timing } from '../measure.js';
import { holidayDates, RANGE_FROM, RANGE_TO, seededRandom, workloadCalendar } from '../workload.js';

/** Span lengths measured, in years (0: up to a day). */
export const SPAN_YEARS = [0, 1, 10, 50] as const;
/** Years the bare index covers: the starts' 2026–2028 plus 50 years and a margin. */
const BARE_YEARS = { first: 2026, last: 2080 } as const;
const SEED = 20_261_301;
const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

export interface SpanRow {
  readonly years: number;
  readonly slakit: Timing;
  readonly bare: Timing;
  /** Answers equal to the bare index's, to the ms. */
  readonly exact: number;
  readonly samples: number;
}

export interface ElapsedSpansResult {
  readonly pairs: number;
  readonly rounds: number;
  readonly bareIntervals: number;
  readonly rows: readonly SpanRow[];
}

/** `count` pairs: from uniform over the workload range, to = from + `years` (plus up to a day). */
function spanPairs(count: number, years: number): { from: Float64Array; to: Float64Array } {
  const random = seededRandom(SEED + years);
  const from = new Float64Array(count);
  const to = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    from[i] = RANGE_FROM + Math.floor(random() * (RANGE_TO - RANGE_FROM));
    to[i] = (from[i] as number) + Math.floor(years * YEAR + random() * DAY);
  }
  return { from, to };
}

function bareElapsedAll(index: BareIndex, from: Float64Array, to: Float64Array, out: Float64Array): void {
  for (let i = 0; i < from.length; i++) out[i] = openBefore(index, to[i] as number) - openBefore(index, from[i] as number);
}

export function runElapsedSpans(pairs: number, rounds: number): ElapsedSpansResult {
  const years: number[] = [];
  for (let year = BARE_YEARS.first; year <= BARE_YEARS.last; year++) years.push(year);
  const index = buildBareIndex(holidayDates(years), BARE_YEARS);
  const calendar = workloadCalendar();
  const rows = SPAN_YEARS.map((span) => {
    const { from, to } = spanPairs(pairs, span);
    const ours = new Float64Array(pairs);
    const theirs = new Float64Array(pairs);
    const slakitAll = () => {
      for (let i = 0; i < pairs; i++) ours[i] = calendar.elapsed(from[i] as number, to[i] as number);
    };
    const [slakit, bare] = timeInterleaved([slakitAll, () => bareElapsedAll(index, from, to, theirs)], pairs, rounds, 2) as [Timing, Timing];
    let exact = 0;
    for (let i = 0; i < pairs; i++) if (ours[i] === theirs[i]) exact++;
    return { years: span, slakit, bare, exact, samples: pairs };
  });
  return { pairs, rounds, bareIntervals: index.starts.length, rows };
}
