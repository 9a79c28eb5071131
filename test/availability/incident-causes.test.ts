// IncidentCauses: the one rule by which incident cause labels are read (issue 15, kind 1).
// Where excluded causes exist, a label is declared, aliased, counted on request, or a typed
// error — never silently counted or excused; where none are excluded every label counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IncidentCauses } from '../../src/availability/index.js';
import { SlaInputError } from '../../src/errors.js';

const LETSIGNIT = { declared: ['internal', 'external-network', 'ddos'], excluded: ['external-network', 'ddos'] };
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

function inputError(run: () => unknown): SlaInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SlaInputError);
    return error as SlaInputError;
  }
  throw new Error('expected SlaInputError');
}

describe('IncidentCauses — where the contract excludes causes', () => {
  const causes = IncidentCauses.of(LETSIGNIT);

  it('a declared label reads as itself, an undeclared one is an SlaInputError naming the field, the label and the declared causes', () => {
    expect(causes.read('ddos', 'incidents[0].cause')).toBe('ddos');
    expect(causes.read('internal', 'incidents[0].cause')).toBe('internal');
    const error = inputError(() => causes.read('DDoS', 'incidents[3].cause'));
    expect(error.field).toBe('incidents[3].cause');
    expect(error.value).toBe('DDoS');
    expect(error.message).toMatch(/^incidents\[3\]\.cause: expected one of the contract's causes internal, external-network, ddos \(external-network, ddos excluded/);
    expect(error.message).toMatch(/got "DDoS"$/);
  });

  it('prototype property names are labels like any other: undeclared, so errors', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(inputError(() => causes.read(key, 'cause')).value).toBe(key);
  });

  it('an alias maps a label onto a declared cause (own properties only, "__proto__" from JSON included)', () => {
    const aliased = IncidentCauses.of(LETSIGNIT, { causeAliases: JSON.parse('{"DDoS":"ddos","__proto__":"external-network"}') as Record<string, string> });
    expect(aliased.read('DDoS', 'cause')).toBe('ddos');
    expect(aliased.read('__proto__', 'cause')).toBe('external-network');
    // An object literal's prototype is not an alias table.
    expect(inputError(() => aliased.read('toString', 'cause')).field).toBe('cause');
  });

  it('an alias onto a cause the contract does not declare is an SlaInputError naming causeAliases.<label>', () => {
    const error = inputError(() => IncidentCauses.of(LETSIGNIT, { causeAliases: { DDoS: 'DDOS' } }));
    expect(error.field).toBe('causeAliases.DDoS');
    expect(error.value).toBe('DDOS');
    expect(inputError(() => IncidentCauses.of(LETSIGNIT, { unknownCauses: 'ignore' as never })).field).toBe('unknownCauses');
  });

  it("unknownCauses: 'count' reads an undeclared label as itself, which no exclusion matches: downtime", () => {
    const counting = IncidentCauses.of(LETSIGNIT, { unknownCauses: 'count' });
    expect(counting.read('DDoS', 'cause')).toBe('DDoS');
    expect(counting.excluded).not.toContain('DDoS');
  });

  it('an empty or non-string label is an error under every reading', () => {
    for (const reading of [{}, { unknownCauses: 'count' as const }]) {
      expect(inputError(() => IncidentCauses.of(LETSIGNIT, reading).read('', 'cause')).field).toBe('cause');
      expect(inputError(() => IncidentCauses.of(LETSIGNIT, reading).read(7, 'cause')).value).toBe(7);
    }
  });

  it('readIncidents names incidents[i].cause and keeps incidents without a cause (the default internal)', () => {
    const aliased = IncidentCauses.of(LETSIGNIT, { causeAliases: { DDoS: 'ddos' } });
    const read = aliased.readIncidents([{ start: 0, end: 1 }, { start: 0, end: 1, cause: 'DDoS', id: 'x' }]);
    expect(read).toEqual([{ start: 0, end: 1 }, { start: 0, end: 1, cause: 'ddos', id: 'x' }]);
    expect(inputError(() => aliased.readIncidents([{ start: 0, end: 1 }, { start: 0, end: 1, cause: 'Ddos' }], 'byCommitment.server.incidents')).field).toBe(
      'byCommitment.server.incidents[1].cause',
    );
  });
});

describe('IncidentCauses — where the contract excludes no cause', () => {
  it('every non-empty label is accepted as is (it counts as downtime)', () => {
    const causes = IncidentCauses.of({ declared: ['internal'] });
    expect(causes.checked).toBe(false);
    for (const label of ['ddos', 'DDoS', 'constructor', '__proto__']) expect(causes.read(label, 'cause')).toBe(label);
    expect(inputError(() => causes.read('', 'cause')).field).toBe('cause');
  });
});

// Random rules and labels, prototype names included: the answer is exactly the rule.
const labelArb = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.constantFrom('internal', 'ddos', 'DDoS', 'external-network', ''),
  fc.string({ maxLength: 8 }),
);

describe('property: a label is declared, aliased, counted on request, or a typed error', () => {
  it('IncidentCauses.read over random rules, aliases and labels (1 000 runs)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(labelArb.filter((l) => l !== ''), { maxLength: 4 }),
        fc.uniqueArray(labelArb.filter((l) => l !== ''), { maxLength: 3 }),
        fc.array(fc.tuple(labelArb, fc.nat()), { maxLength: 3 }),
        fc.constantFrom('error' as const, 'count' as const),
        labelArb,
        (declaredList, excluded, aliasPairs, unknownCauses, label) => {
          const declared = ['internal', ...declaredList, ...excluded];
          // Alias targets drawn from the declared causes; Object.fromEntries makes "__proto__" an own key.
          const aliases = Object.fromEntries(aliasPairs.map(([from, i]) => [from, declared[i % declared.length] as string]));
          const causes = IncidentCauses.of({ declared: declaredList, excluded }, { causeAliases: aliases, unknownCauses });
          let expected: string | 'error';
          if (label === '') expected = 'error';
          else if (Object.hasOwn(aliases, label)) expected = aliases[label] as string;
          else if (excluded.length === 0 || unknownCauses === 'count' || declared.includes(label)) expected = label;
          else expected = 'error';
          if (expected === 'error') {
            const error = inputError(() => causes.read(label, 'incidents[0].cause'));
            expect(error.field).toBe('incidents[0].cause');
            expect(error.value).toBe(label);
          } else {
            const read = causes.read(label, 'incidents[0].cause');
            expect(read).toBe(expected);
            // Excused only through a declared excluded cause.
            if (excluded.includes(read)) expect(declared.includes(label) || Object.hasOwn(aliases, label)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
