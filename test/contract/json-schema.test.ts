// The contract definition's JSON Schema (issue 11 §3): generated from the zod schema defineContract
// validates with; every example contract declares it with "$schema" and is accepted by an independent
// JSON Schema validator (ajv, draft 2020-12) as well as by defineContract; shape errors are refused
// by both.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { defineContract } from '../../src/index.js';
import { contractJsonSchema } from '../../src/schema.js';
import { letsignitDefinition } from '../../src/presets/letsignit/definition.js';

const CONTRACTS = join(import.meta.dirname, '..', '..', 'examples', 'contracts');
const examples = readdirSync(CONTRACTS).filter((file) => file.endsWith('.json'));
const schema = contractJsonSchema();
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('contractJsonSchema', () => {
  it('is a draft 2020-12 schema with the top-level fields of a definition, closed to unknown fields', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['$schema', 'id', 'name', 'calendars', 'responses', 'availability', 'remedies', 'claims', 'versions', 'ambiguities']));
    expect(schema['additionalProperties']).toBe(false);
    expect(schema['required']).toEqual(expect.arrayContaining(['id', 'name', 'calendars']));
  });

  it.each(examples)('examples/contracts/%s declares the schema and is valid for ajv and for defineContract', (file) => {
    const definition = JSON.parse(readFileSync(join(CONTRACTS, file), 'utf8'));
    expect(definition.$schema).toBe('../../contract.schema.json');
    expect(validate(definition), JSON.stringify(validate.errors)).toBe(true);
    expect(defineContract(definition).id).toBe(file.replace(/\.json$/, ''));
  });

  it('a preset definition (Letsignit, with every option) is valid for ajv too', () => {
    const definition = JSON.parse(JSON.stringify(letsignitDefinition({ escalation: 'end-of-next-business-day' })));
    expect(validate(definition), JSON.stringify(validate.errors)).toBe(true);
  });

  it('shape errors are refused by both: an unknown field, a rule target with an unknown rule, a duration object with an unknown unit', () => {
    const base = JSON.parse(readFileSync(join(CONTRACTS, 'msp-p1-p4.json'), 'utf8'));
    const unknownField = { ...base, availabilty: {} };
    const badRule = structuredClone(base);
    badRule.responses.priorities.p4.target = { rule: 'end-of-week' };
    const badUnit = structuredClone(base);
    badUnit.responses.priorities.p2.target = { hour: 2 };
    for (const bad of [unknownField, badRule, badUnit]) {
      expect(validate(bad)).toBe(false);
      expect(() => defineContract(bad)).toThrow();
    }
  });
});

describe('docs/contract-format.md covers the schema', () => {
  it('every field name of the JSON Schema appears in a code span of the format guide', () => {
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      const properties = (node as { properties?: unknown }).properties;
      if (properties !== null && typeof properties === 'object') for (const name of Object.keys(properties)) names.add(name);
      for (const value of Object.values(node)) walk(value);
    };
    walk(schema);
    const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
    // Fenced blocks (JSON examples) count whole; then the inline code spans of the prose.
    const fences = [...guide.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((match) => match[1] as string);
    const prose = guide.replace(/```[a-z]*\n[\s\S]*?```/g, '');
    const spans = [...fences, ...[...prose.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string)];
    const escape = (name: string) => name.replace(/[$]/g, '\\$');
    const missing = [...names].filter((name) => !spans.some((span) => new RegExp(`(^|[^A-Za-z0-9_$])${escape(name)}($|[^A-Za-z0-9_])`).test(span)));
    // 100+ fields, from `id` to the rule readings: none may be left undocumented.
    expect(names.size).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
