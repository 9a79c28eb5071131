// Hostile --map files and empty flags: each is a typed error naming the path and the names, never a
// crash, a copied 5 MB value, or an input silently dropped.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from '../built-cli.js';
import { run, runJson } from '../in-process.js';

const dir = scratch({
  'export.csv': 'Ticket,Prio,Created at,Answered at\nT-1,critical,2026-05-29T16:00:00+02:00,2026-06-01T15:00:00+02:00\n',
  'case.json': JSON.stringify({ tickets: { columns: { 'Created at': 'openedAt', 'created at': 'respondedAt' } } }),
  'own-name.json': JSON.stringify({ tickets: { columns: { respondedAt: 'openedAt' } } }),
  'spaces.json': JSON.stringify({ tickets: { columns: { 'Ticket ': 'id', ' Prio': 'priority', 'Created at': 'openedAt', 'Answered at': 'respondedAt' } } }),
  'four.json': JSON.stringify({ tickets: { columns: { A: 'opened', B: 7 }, values: { priority: { High: 1 } }, extra: true }, probes: {} }),
});
const mapOf = (name: string): string => join(dir, name);

describe('H2: a value is shown bounded in a map error', () => {
  it('100 000 nested arrays: no stack overflow; the value is cut at 80 characters (77 + "...")', async () => {
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, `{"tickets":{"columns":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`);
    const { code, stderr } = await run(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', deep]);
    expect(code).toBe(2);
    expect(stderr).toContain(`tickets.columns: expected an object: { "<export column>": "<slakit column>" }, got ${'['.repeat(77)}...`);
    expect(stderr).not.toContain('internal error');
  });

  it('a 5 000 000-character string: 77 characters then "..." in the message, not the whole string', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ tickets: { columns: { x: 'a'.repeat(5_000_000) } } }));
    const { code, stderr } = await run(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', big]);
    expect(code).toBe(2);
    expect(stderr).toContain(`got "${'a'.repeat(77)}..."`);
    expect(stderr.length).toBeLessThan(1_000);
  });
});

describe('L1: every problem of a map file, each with its path, what was expected and the value', () => {
  it('five problems, one line each', async () => {
    const { code, stderr } = await run(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', mapOf('four.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--map ${mapOf('four.json')}: 5 problems in the map file:`);
    expect(stderr).toContain('  tickets.extra: expected one of columns, values, caseInsensitive, got "extra"');
    expect(stderr).toContain('  tickets.columns.A: expected one of id, priority, openedAt, respondedAt, region (the columns of the ticket file (<file.csv>)), got "opened"');
    expect(stderr).toContain('  tickets.columns.B: expected one of id, priority, openedAt, respondedAt, region (the columns of the ticket file (<file.csv>)), got 7');
    expect(stderr).toContain('  tickets.values.priority.High: expected a string: the value slakit reads instead, got 1');
    expect(stderr).toContain('  probes: expected a section for an input this command reads: tickets, events, got "probes"');
  });
});

describe('M2: one export column feeds at most one slakit column', () => {
  it('"Created at" and "created at" (equal but for case) mapped to openedAt and respondedAt: named with both', async () => {
    const { code, stderr } = await run(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', mapOf('case.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('tickets.columns["created at"]: expected an export column named once (export names match trimmed and whatever their case: "Created at" is mapped to openedAt, "created at" to respondedAt), got "created at"');
  });

  it('{"respondedAt": "openedAt"}: the export column respondedAt would also be read as respondedAt', async () => {
    const { code, stderr } = await run(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', mapOf('own-name.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('tickets.columns.respondedAt: expected a column that is not also slakit\'s respondedAt (the export column "respondedAt" would feed both openedAt and respondedAt: map respondedAt from another export column), got "openedAt"');
  });

  it('"Created at" → openedAt while the file also has a real openedAt column: the real one would be ignored', async () => {
    const both = scratch({ 'both.csv': 'Ticket,Prio,Created at,openedAt,Answered at\nT-1,critical,2026-05-29T16:00:00+02:00,2026-05-29T16:00:00+02:00,\n' });
    const { code, stderr } = await run(['tickets', join(both, 'both.csv'), '--contract', 'linkando', '--map', mapOf('spaces.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`line 1: column "openedAt" would be ignored: --map ${mapOf('spaces.json')} reads openedAt from "Created at"`);
  });
});

describe('L6: export names match trimmed', () => {
  it('keys "Ticket " and " Prio" read the header Ticket and Prio: T-1 due Mon 2026-06-01 14:00Z, responded 13:00Z → met', async () => {
    // Linkando critical, opened Fri 16:00 Berlin: 2 h Friday, 2 h from Mon 08:00 → Mon 16:00 Berlin = 14:00Z;
    // answered Mon 15:00 Berlin = 13:00Z → met.
    const { code, json } = await runJson<{ tickets: { id: string; dueAt: string; met: boolean | null }[] }>([
      'tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', mapOf('spaces.json'), '--now', '2026-06-02T00:00:00Z',
    ]);
    expect(code).toBe(0);
    expect(json.tickets).toEqual([expect.objectContaining({ id: 'T-1', dueAt: '2026-06-01T14:00:00.000Z', met: true })]);
  });
});

describe('M3 and L4: empty flag values and --map -', () => {
  const cases: [string, string[]][] = [
    ['--maintenance', ['availability', '--contract', 'letsignit', '--period', '2026-03', '--maintenance', '']],
    ['--map', ['availability', '--contract', 'letsignit', '--period', '2026-03', '--map', '']],
    ['--events', ['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--events', '']],
    ['--events', ['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--events=']],
  ];
  for (const [flag, args] of cases) {
    it(`${args.join(' ')}: "${flag} expects a value", exit 2`, async () => {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stderr).toContain(`${flag} expects a value`);
    });
  }

  it('--max-pause \'\' (tickets): "--max-pause expects a value", exit 2', async () => {
    const { code, stderr } = await run(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--max-pause', '']);
    expect(code).toBe(2);
    expect(stderr).toContain('--max-pause expects a value');
  });

  it('--map -: standard input is not read for --map, exit 2', async () => {
    const { code, stderr } = await run(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', '-']);
    expect(code).toBe(2);
    expect(stderr).toContain('--map -: standard input is not read for --map');
  });
});
