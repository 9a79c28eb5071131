// JSON files given to the CLI (a --contract definition, a --map file): a key written twice in one object is
// refused with its line, column and JSON path, because JSON.parse keeps the last value and drops the other
// silently; a byte-order mark is read past. Found in the issue 12 session notes ("duplicate JSON keys last-wins").
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliInputError } from '../../src/cli/cli-error.js';
import { parseJsonText } from '../../src/cli/json-file.js';
import { scratch } from './built-cli.js';
import { run } from './in-process.js';
import SLACK from '../../examples/contracts/slack-2024.json' with { type: 'json' };

const slack = (): Record<string, unknown> => JSON.parse(JSON.stringify(SLACK)) as Record<string, unknown>;

describe('a key written twice in a JSON file is refused, naming where', () => {
  it('two "target" keys in one commitment of a --contract file: exit 2, line, column and path', async () => {
    // Line 1 "{", line 2 "commitments", line 3 the first "target", line 4 four spaces then the second: column 5.
    const text = '{\n  "commitments": {\n    "uptime": { "target": "99.9",\n    "target": "99.99" }\n  }\n}\n';
    expect(() => parseJsonText(text, 'acme.json', 'a contract definition')).toThrow(
      'acme.json: line 4, column 5: the key "target" appears twice in commitments.uptime; JSON keeps only the last value, so the other would be ignored without a word: remove one',
    );
  });

  it('in an array of objects the path names the index; the same key in two objects is fine', () => {
    // the second object of "tiers" repeats "below": '{"tiers": [' (11) + the first object (25) + ', ' (2)
    // + '{"below": 3, ' (13) = 51 characters before it → column 52
    const text = '{"tiers": [{"below": 1, "credit": 2}, {"below": 3, "below": 4}]}';
    expect(() => parseJsonText(text, 'x.json', 'a map')).toThrow('x.json: line 1, column 52: the key "below" appears twice in tiers[1];');
    expect(parseJsonText('{"a": {"k": 1}, "b": {"k": 2}}', 'x.json', 'a map')).toEqual({ a: { k: 1 }, b: { k: 2 } });
  });

  it('a top-level repeat and a key with a dot are written as paths slakit uses elsewhere', () => {
    expect(() => parseJsonText('{"id": "a", "id": "b"}', 'x.json', 'a map')).toThrow('the key "id" appears twice in the top-level object');
    expect(() => parseJsonText('{"columns": {"Created at": {"x": 1, "x": 2}}}', 'x.json', 'a map')).toThrow('appears twice in columns["Created at"]');
  });

  it('the slakit contracts command refuses the file (exit 2) and a --map file the same way', async () => {
    const dir = scratch({
      'twice.json': JSON.stringify(slack()).replace('"id":"slack-2024"', '"id":"slack-2024","id":"other"'),
      'map.json': '{"tickets": {"columns": {"Created at": "openedAt"}, "columns": {}}}',
      't.csv': 'id,priority,openedAt,respondedAt\n',
    });
    const contract = await run(['contracts', join(dir, 'twice.json')]);
    expect(contract.code).toBe(2);
    expect(contract.stderr).toContain('the key "id" appears twice in the top-level object');
    // '{"tickets": {' (13) + '"columns": ' (11) + '{"Created at": "openedAt"}' (26) + ', ' (2) = 52 before it → column 53
    const map = await run(['tickets', join(dir, 't.csv'), '--contract', 'linkando', '--map', join(dir, 'map.json')]);
    expect(map.code).toBe(2);
    expect(map.stderr).toContain(`--map ${join(dir, 'map.json')}: line 1, column 53: the key "columns" appears twice in tickets`);
  });

  it('a contract file saved with a byte-order mark is read (it used to be "not valid JSON")', async () => {
    const dir = scratch({});
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${JSON.stringify(slack())}`);
    const result = await run(['contracts', join(dir, 'bom.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('slack-2024');
  });
});

describe('property: parseJsonText equals JSON.parse on JSON without repeats, and refuses every text with one (1,000 runs each)', () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  it('no repeated key: the same value as JSON.parse', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(parseJsonText(text, 'x.json', 'a value')).toEqual(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });
  it('a key repeated in any object: a CliInputError naming the key', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), json, { minKeys: 1, maxKeys: 5 }), fc.nat(), (object, pick) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length] as string;
        // the object's text with `key` written once more at its end
        const text = `${JSON.stringify(object).slice(0, -1)},${JSON.stringify(key)}:null}`;
        expect(() => parseJsonText(text, 'x.json', 'a value')).toThrow(CliInputError);
        expect(() => parseJsonText(text, 'x.json', 'a value')).toThrow(`the key ${JSON.stringify(key)} appears twice`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('deep nesting', () => {
  it('100 000 nested arrays with a repeated key at the bottom: found, no stack overflow', () => {
    // jsonc-parser's recursive visitor overflowed the stack here; JSON.parse reads it.
    const depth = 100_000;
    const text = `${'['.repeat(depth)}{"k": 1, "k": 2}${']'.repeat(depth)}`;
    // the object opens at offset 100 000; '{"k": 1, ' is 9 characters → the second "k" at offset 100 009 → column 100 010
    // the path keeps 6 parts at each end: 100 000 − 12 = 99 988 levels left out
    expect(() => parseJsonText(text, 'deep.json', 'a value')).toThrow(
      'deep.json: line 1, column 100010: the key "k" appears twice in [0][0][0][0][0][0]…(99988 levels)…[0][0][0][0][0][0]; JSON keeps only the last value',
    );
  });
});
