/**
 * Agreement of a library's results with slakit's, and the class of every
 * disagreement. A class names *what* differs; the verdict (whose bug) is in
 * verdicts.ts, written after reading the library's source.
 */
import type { BusinessCalendar } from '../src/index.js';

/** Disagreement classes, in report order. */
export const DISAGREEMENT_CLASSES = {
  'no-answer': 'no answer (threw, NaN or unsupported)',
  'closing-boundary': 'target reached exactly at a closing: the peer answers the next opening',
  'minute-granularity': 'the peer answers a whole minute, less than 2 min from slakit',
  'sub-minute': 'differs by less than one minute (other)',
  'dst-hour': 'differs by exactly one hour (DST offset)',
  other: 'any other difference',
} as const;

export type DisagreementClass = keyof typeof DISAGREEMENT_CLASSES;

/** One disagreeing input, for the docs. */
export interface Example {
  /** Due: the start; elapsed: the interval start. */
  readonly a: number;
  /** Due: the target (ms); elapsed: the interval end. */
  readonly b: number;
  readonly slakit: number;
  readonly peer: number;
}

export interface Agreement {
  readonly samples: number;
  readonly exact: number;
  /** |peer − slakit| < 60 s. */
  readonly withinMinute: number;
  readonly classes: ReadonlyMap<DisagreementClass, { count: number; examples: Example[] }>;
}

const EXAMPLES_PER_CLASS = 2;

/** Compares due results; `a[i]` are the starts, `target` the target in ms. */
export function compareDue(calendar: BusinessCalendar, starts: Float64Array, target: number, slakit: Float64Array, peer: Float64Array, count: number): Agreement {
  return compare(count, slakit, peer, (i) => starts[i] as number, () => target, (expected, got) => {
    if (calendar.isOpen(expected - 1) && !calendar.isOpen(expected) && got === calendar.nextOpen(expected)) return 'closing-boundary';
    return undefined;
  });
}

/** Compares elapsed results over pairs [from[i], to[i]). */
export function compareElapsed(from: Float64Array, to: Float64Array, slakit: Float64Array, peer: Float64Array, count: number): Agreement {
  return compare(count, slakit, peer, (i) => from[i] as number, (i) => to[i] as number, () => undefined);
}

function compare(
  count: number,
  slakit: Float64Array,
  peer: Float64Array,
  a: (i: number) => number,
  b: (i: number) => number,
  special: (expected: number, got: number) => DisagreementClass | undefined,
): Agreement {
  let exact = 0;
  let withinMinute = 0;
  const classes = new Map<DisagreementClass, { count: number; examples: Example[] }>();
  for (let i = 0; i < count; i++) {
    const expected = slakit[i] as number;
    const got = peer[i] as number;
    if (got === expected) exact++;
    if (Math.abs(got - expected) < 60_000) withinMinute++;
    if (got === expected) continue;
    const kind = classify(expected, got, special);
    const entry = classes.get(kind) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES_PER_CLASS) entry.examples.push({ a: a(i), b: b(i), slakit: expected, peer: got });
    classes.set(kind, entry);
  }
  return { samples: count, exact, withinMinute, classes };
}

function classify(expected: number, got: number, special: (expected: number, got: number) => DisagreementClass | undefined): DisagreementClass {
  if (!Number.isFinite(got)) return 'no-answer';
  const known = special(expected, got);
  if (known) return known;
  const difference = Math.abs(got - expected);
  if (got % 60_000 === 0 && difference < 120_000) return 'minute-granularity';
  if (difference < 60_000) return 'sub-minute';
  if (difference === 3_600_000) return 'dst-hour';
  return 'other';
}
