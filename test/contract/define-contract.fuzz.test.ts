/**
 * Issue 15 acceptance, "A fuzz test of defineContract with random JSON (deep,
 * cyclic-looking, prototype keys, NaN/Infinity through numbers) never yields
 * an untyped error": defineContract returns a Contract or throws an SlaError
 * subclass — never a TypeError, a RangeError or a stack overflow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Contract } from '../../src/contract/contract.js';
import { defineContract } from '../../src/contract/define-contract.js';
import { SlaDefinitionError, SlaError } from '../../src/errors.js';
import { letsignit } from '../../src/presets/letsignit/index.js';
import { linkando } from '../../src/presets/linkando/index.js';
import { lumapps } from '../../src/presets/lumapps/index.js';
import { signinapp } from '../../src/presets/signinapp/index.js';
import { sitekiosk } from '../../src/presets/sitekiosk/index.js';
import { definitionErrorOf } from '../presets/helpers.js';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);
/** The five presets' definitions as JSON data: valid starting points to mutate. */
const PRESETS: readonly unknown[] = [letsignit(), linkando(), lumapps(), signinapp(), sitekiosk()].map((contract) => JSON.parse(JSON.stringify(contract.definition)));

/** Returns, or throws an SlaError subclass: anything else fails the property. */
function expectReturnsOrTyped(input: unknown): void {
  let result: unknown;
  try {
    result = defineContract(input);
  } catch (error) {
    if (!(error instanceof SlaError)) throw new Error(`untyped ${(error as Error)?.name}: ${(error as Error)?.message}`, { cause: error });
    return;
  }
  expect(result).toBeInstanceOf(Contract);
}

/** An object with own, enumerable keys (own even for "__proto__", as JSON.parse makes it). */
function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

/** `depth` levels of arrays or objects around a leaf, built without recursion. */
function nested(depth: number, asObject: boolean, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** A DAG that looks cyclic: each level points `width` times at the level below (2^depth paths, depth nodes). */
function shared(depth: number, keys: readonly string[]): unknown {
  let value: unknown = { zone: 'UTC' };
  for (let i = 0; i < depth; i++) value = objectOf(keys.map((key) => [key, value] as const));
  return value;
}

const specialNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 5e-324, 1e308, 2 ** 53, -1, 0.0004, 0.5);
const likelyString = fc.constantFrom('', 'UTC', 'Europe/Paris', 'PT1H', 'PT0.0005S', 'PT1H-30M', '99.9', '100', '09:00-18:00', '24:00', '2026-02-30', 'FR', 'FR-toString', 'support', '$region', ...PROTOTYPE_KEYS);
const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom('id', 'name', 'calendars', 'zone', 'week', 'target', 'calendar', 'always', 'commitments'));
const leaf = fc.oneof(fc.double(), specialNumber, fc.integer(), fc.string({ maxLength: 10 }), likelyString, fc.boolean(), fc.constant(null));

/** Random JSON-like values: prototype keys, NaN/Infinity/-0, and now and then very deep or shared. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    { arbitrary: leaf, weight: 6 },
    { arbitrary: fc.array(tie('node'), { maxLength: 4 }), weight: 2 },
    { arbitrary: fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }).map(objectOf), weight: 2 },
  ),
})).node;
const exotic = fc.oneof(
  { arbitrary: value, weight: 8 },
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), leaf).map(([depth, asObject, inner]) => nested(depth, asObject, inner)), weight: 1 },
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 40 }), fc.subarray(['a', 'zone', 'week', 'always', 'target', '__proto__'], { minLength: 1 })).map(([depth, keys]) => shared(depth, keys)), weight: 1 },
);

/** Every path (array of keys) in a JSON tree, root first. */
function pathsOf(root: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[root, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, (string | number)[]];
    paths.push(path);
    if (node !== null && typeof node === 'object') {
      for (const k of Object.keys(node)) stack.push([(node as Record<string, unknown>)[k], [...path, Array.isArray(node) ? Number(k) : k]]);
    }
  }
  return paths;
}

type Mutation = 'replace' | 'delete' | 'add-prototype-key';

/** A copy of `definition` with one mutation at `path`. */
function mutated(definition: unknown, path: readonly (string | number)[], mutation: Mutation, replacement: unknown, prototypeKey: string): unknown {
  const copy = JSON.parse(JSON.stringify(definition));
  if (path.length === 0) return mutation === 'replace' ? replacement : copy;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k];
  const last = path[path.length - 1] as string | number;
  if (mutation === 'delete') delete parent[last];
  else if (mutation === 'replace') Object.defineProperty(parent, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  else if (parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
    Object.defineProperty(parent[last], prototypeKey, { value: replacement, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

describe('defineContract fuzz (1000 runs each): a Contract or an SlaError, nothing else', () => {
  it('random JSON-like values (prototype keys, NaN/Infinity/-0, deep, shared) as the whole definition', () => {
    fc.assert(fc.property(exotic, (input) => expectReturnsOrTyped(input)), { numRuns: 1000 });
  }, 120_000);

  it('one random mutation of a preset definition: replace any value, delete any key, or add a prototype key', () => {
    fc.assert(
      fc.property(
        fc.nat(PRESETS.length - 1),
        fc.nat(),
        fc.constantFrom<Mutation>('replace', 'replace', 'delete', 'add-prototype-key'),
        exotic,
        fc.constantFrom(...PROTOTYPE_KEYS),
        (preset, at, mutation, replacement, prototypeKey) => {
          const definition = PRESETS[preset];
          const paths = pathsOf(definition);
          expectReturnsOrTyped(mutated(definition, paths[at % paths.length] as (string | number)[], mutation, replacement, prototypeKey));
        },
      ),
      { numRuns: 1000 },
    );
    // 1000 definitions, some 10 000 levels deep: seconds on a loaded machine, not the default 5 s.
  }, 120_000);

  it('the unmutated presets still define their contracts (the mutations start from valid data)', () => {
    for (const definition of PRESETS) expect(defineContract(definition)).toBeInstanceOf(Contract);
  });
});

describe('defineContract on hostile shapes: typed errors at the right path', () => {
  const base = () => JSON.parse(JSON.stringify(PRESETS[0])) as any;

  it('a real cycle is reported, not followed', () => {
    const root = base();
    root.self = root;
    expect(definitionErrorOf(root).path).toBe('');
    const inNotes = base();
    inNotes.notes = [inNotes];
    expect(definitionErrorOf(inNotes).path.startsWith('notes[0]')).toBe(true);
  });

  it('10 000 levels of nesting where a week range is expected are one SlaDefinitionError', () => {
    const input = base();
    input.calendars.support.week.mon = nested(10_000, false, '09:00-18:00');
    expect(definitionErrorOf(input).path.startsWith('calendars.support')).toBe(true);
  });

  it('durations of the availability section are checked at definition time, not at the first query', () => {
    const threshold = base();
    // 1e308 weeks is no safe number of milliseconds
    threshold.availability.recordingThreshold = { weeks: 1e308 };
    expect(definitionErrorOf(threshold).path).toBe('availability.recordingThreshold');
    const interval = base();
    interval.availability.probes = { interval: { milliseconds: 0.0004 } };
    expect(definitionErrorOf(interval).path).toBe('availability.probes.interval');
    const zero = base();
    zero.availability.probes = { interval: 'PT0S' };
    expect(definitionErrorOf(zero).path).toBe('availability.probes.interval');
  });

  it('an SlaDefinitionError is what every schema problem becomes (NaN, Infinity through numbers)', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const input = base();
      input.remedies.credits[0].tiers[0].creditPercent = bad;
      expect(definitionErrorOf(input)).toBeInstanceOf(SlaDefinitionError);
      expect(definitionErrorOf(input).path).toBe('remedies.credits[0].tiers[0].creditPercent');
    }
  });
});
