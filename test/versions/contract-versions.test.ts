/**
 * Contract versions: effective dates, full terms or RFC 7396 patches, the
 * version in force at an instant, and periods that span an amendment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AvailabilityPeriod } from '../../src/index.js';
import { type CreditRule, ServiceCredit } from '../../src/remedies/index.js';
import { ContractVersions, type VersionDefinition, applyMergePatch } from '../../src/versions/index.js';
import { mergePatchBetween } from '../../src/versions/json-merge-patch.js';
import { expectInputError } from '../presets/helpers.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

interface Terms {
  readonly target: string;
  readonly feeMinor: number;
  readonly notes?: readonly string[];
}

const amended: VersionDefinition<Terms>[] = [
  { id: 'v1', effectiveFrom: '2026-01-01', terms: { target: '99.9', feeMinor: 100_000, notes: ['launch'] } },
  { id: 'v2', effectiveFrom: '2026-06-15', patch: { target: '99.95', notes: null }, source: { document: 'amendment-2.pdf', section: '§1', quote: 'The monthly target becomes 99.95 %.' } },
];

describe('mergePatchBetween, the inverse of applyMergePatch', () => {
  it('the RFC §3 example backwards: a changed member, a removed one (null), an unchanged one left out', () => {
    expect(mergePatchBetween({ a: 'b', c: { d: 'e', f: 'g' } }, { a: 'z', c: { d: 'e' } })).toEqual({ a: 'z', c: { f: null } });
    expect(mergePatchBetween({ a: ['b'], k: 1 }, { a: ['b', 'c'], k: 1 })).toEqual({ a: ['b', 'c'] });
  });

  it('applyMergePatch(from, mergePatchBetween(from, to)) is to, for JSON without null members (1000 runs)', () => {
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 })),
    }));
    const object = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), value, { maxKeys: 4 });
    fc.assert(
      fc.property(object, object, (from, to) => {
        expect(applyMergePatch(from, mergePatchBetween(from, to))).toEqual(to);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('applyMergePatch (RFC 7396)', () => {
  it('the RFC §3 example: members replaced, null removes, nested objects merge', () => {
    expect(applyMergePatch({ a: 'b', c: { d: 'e', f: 'g' } }, { a: 'z', c: { f: null } })).toEqual({ a: 'z', c: { d: 'e' } });
  });

  it('RFC appendix A cases: arrays replace whole; a non-object patch replaces; an object patch on a non-object starts from {}', () => {
    expect(applyMergePatch({ a: ['b'] }, { a: ['c', 'd'] })).toEqual({ a: ['c', 'd'] });
    expect(applyMergePatch({ a: 'foo' }, 'bar')).toBe('bar');
    expect(applyMergePatch(['a', 'b'], { a: 'b' })).toEqual({ a: 'b' });
    expect(applyMergePatch({ e: null }, { a: 1 })).toEqual({ e: null, a: 1 });
    expect(applyMergePatch({}, { a: { bb: { ccc: null } } })).toEqual({ a: { bb: {} } });
  });

  it('neither argument changes, and a member named __proto__ stays plain data', () => {
    const target = { a: { b: 1 } };
    const patch = JSON.parse('{"a": {"c": 2}, "__proto__": {"polluted": true}}') as Record<string, unknown>;
    const merged = applyMergePatch(target, patch) as Record<string, unknown>;
    expect(target).toEqual({ a: { b: 1 } });
    expect(merged.a).toEqual({ b: 1, c: 2 });
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ContractVersions', () => {
  const versions = new ContractVersions(amended, { zone: 'UTC' });

  it('a patch applies to the previous version\'s terms; each version ends where the next begins', () => {
    expect(versions.versions.map((version) => version.terms)).toEqual([
      { target: '99.9', feeMinor: 100_000, notes: ['launch'] },
      { target: '99.95', feeMinor: 100_000 },
    ]);
    expect(iso(versions.versions[0]?.effectiveUntil as number)).toBe('2026-06-15T00:00:00.000Z');
    expect(versions.versions[1]?.effectiveUntil).toBeUndefined();
  });

  it('the version in force at an instant: v1 until 2026-06-14T23:59:59.999Z, v2 from 2026-06-15T00:00Z', () => {
    expect(versions.at('2026-06-14T23:59:59.999Z').id).toBe('v1');
    expect(versions.at('2026-06-15T00:00:00Z').id).toBe('v2');
    expect(versions.at('2030-01-01T00:00:00Z').id).toBe('v2');
    expectInputError(() => versions.at('2025-12-31T23:59:59.999Z'), 'at');
  });

  it('a local effective date is local midnight in the zone: 2026-06-15 in Paris = 2026-06-14T22:00Z (CEST)', () => {
    const paris = new ContractVersions(amended, { zone: 'Europe/Paris' });
    expect(iso(paris.versions[1]?.effectiveFrom as number)).toBe('2026-06-14T22:00:00.000Z');
    // a version's own zone wins; a local date-time is read in it
    const own = new ContractVersions([{ effectiveFrom: '2026-01-01T09:00', zone: 'America/New_York', terms: {} }]);
    expect(iso(own.versions[0]?.effectiveFrom as number)).toBe('2026-01-01T14:00:00.000Z');
  });

  it('June 2026 spanning the June 15 amendment: judged under v1 (in force on June 1) by default', () => {
    const june = AvailabilityPeriod.month(2026, 6, 'UTC');
    const judged = versions.forPeriod(june);
    expect(judged.parts).toHaveLength(1);
    expect(judged.parts[0]).toMatchObject({ start: june.start, end: june.end, weightMs: 30 * DAY });
    expect(judged.parts[0]?.version.id).toBe('v1');
    expect(judged.amendments).toEqual([Date.UTC(2026, 5, 15)]);
    expect(judged.rule).toBe('2026-06 is judged under v1, in force at its start; v2 (from 2026-06-15T00:00:00.000Z) applies from the next period');
  });

  it('split pro rata: June 1–15 under v1 (14 days), June 15–July 1 under v2 (16 days)', () => {
    const june = AvailabilityPeriod.month(2026, 6, 'UTC');
    const judged = versions.forPeriod(june, { split: 'pro-rata' });
    expect(judged.parts.map((part) => [part.version.id, part.weightMs / DAY])).toEqual([['v1', 14], ['v2', 16]]);
    // 14 × 24 = 336 h, 16 × 24 = 384 h
    expect(judged.rule).toBe('2026-06 is split pro rata: v1 for 336 h, v2 for 384 h');
  });

  it('overlapping versions and duplicate effective dates name versions[i].effectiveFrom', () => {
    const overlap = [amended[0] as VersionDefinition<Terms>, { effectiveFrom: '2025-12-01', patch: {} }];
    expectInputError(() => new ContractVersions(overlap, { zone: 'UTC' }), 'versions[1].effectiveFrom');
    const duplicate = [amended[0] as VersionDefinition<Terms>, { effectiveFrom: '2026-01-01T00:00:00Z', patch: {} }];
    const error = expectInputError(() => new ContractVersions(duplicate, { zone: 'UTC', path: 'contract.versions' }), 'contract.versions[1].effectiveFrom');
    expect(error.expected).toContain('two cannot take effect at the same instant');
  });

  it('other bad versions name the field', () => {
    expectInputError(() => new ContractVersions([]), 'versions');
    expectInputError(() => new ContractVersions([{ effectiveFrom: '2026-01-01', terms: {} }]), 'versions[0].effectiveFrom'); // local date, no zone
    expectInputError(() => new ContractVersions([{ effectiveFrom: '2026-01-01', zone: 'Mars/Base', terms: {} }]), 'versions[0].zone');
    expectInputError(() => new ContractVersions([{ effectiveFrom: 0, patch: {} }]), 'versions[0].patch');
    expectInputError(() => new ContractVersions([{ effectiveFrom: 0, terms: {}, patch: {} }]), 'versions[0]');
    expectInputError(() => new ContractVersions([{ effectiveFrom: Date.UTC(2026, 0, 1), terms: {} }, { effectiveFrom: Date.UTC(2026, 1, 1), patch: [] as never }]), 'versions[1].patch');
    expectInputError(() => versions.forPeriod(AvailabilityPeriod.month(2025, 12, 'UTC')), 'period.start');
    expectInputError(() => versions.forPeriod(AvailabilityPeriod.month(2026, 6, 'UTC'), { split: 'weighted' as 'pro-rata' }), 'split');
  });

  it('validate checks each version\'s merged terms and names where they came from', () => {
    const validate = (terms: unknown, path: string): Terms => {
      const candidate = terms as Terms;
      if (typeof candidate.target !== 'string') throw new Error(`${path}: target missing`);
      return candidate;
    };
    expect(() => new ContractVersions([amended[0] as VersionDefinition<Terms>, { effectiveFrom: '2026-06-15', patch: { target: null } }], { zone: 'UTC', validate })).toThrow('versions[1].patch: target missing');
  });

  it('issue 14: splitting a period at an amendment between two identical versions changes nothing (1000 runs)', () => {
    const credit: CreditRule = { type: 'tiered', tiers: [{ min: '99.9', creditPercent: 0 }, { min: '99', max: '99.9', creditPercent: 10 }, { max: '99', creditPercent: 25 }] };
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 2, max: 90 * DAY }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        (start, length, where, downtimeShare, asPatch) => {
          const end = start + length;
          const amendment = start + 1 + Math.floor(where * (length - 1)); // strictly inside (start, end)
          const terms = { target: '99.9', credit };
          const identical = new ContractVersions<typeof terms>([
            { id: 'a', effectiveFrom: start, terms },
            asPatch ? { id: 'b', effectiveFrom: amendment, patch: {} } : { id: 'b', effectiveFrom: amendment, terms: structuredClone(terms) },
          ]);
          const whole = identical.forPeriod({ start, end });
          const split = identical.forPeriod({ start, end }, { split: 'pro-rata' });
          // the parts tile the period and their weights add up to it
          expect(split.parts.map((part) => part.weightMs).reduce((a, b) => a + b, 0)).toBe(length);
          expect(split.parts[0]?.start).toBe(start);
          expect(split.parts[split.parts.length - 1]?.end).toBe(end);
          for (let k = 1; k < split.parts.length; k++) expect(split.parts[k]?.start).toBe(split.parts[k - 1]?.end);
          // every part is judged under the same terms, so the weighted credit equals the whole period's credit
          const availability = { numerator: 100 - downtimeShare, denominator: 100 };
          const creditOf = (t: typeof terms) => new ServiceCredit(t.credit).credit({ feeMinor: 10_000, availability }).amountMinor;
          const wholeCredit = creditOf(whole.parts[0]?.version.terms as typeof terms);
          const weighted = split.parts.reduce((sum, part) => sum + BigInt(creditOf(part.version.terms)) * BigInt(part.weightMs), 0n);
          expect(weighted).toBe(BigInt(wholeCredit) * BigInt(length));
          for (const part of split.parts) expect(part.version.terms).toEqual(whole.parts[0]?.version.terms);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
