// --map: the export's column names and values → slakit's. Linkando, critical, opened Fri 2026-05-29
// 16:00 Berlin (Mon–Fri 08:00–18:00): 2 h on Friday, the rest from Mon 08:00 → due Mon 2026-06-01
// 16:00 Berlin = 14:00Z (as in the delimiter tests); responded Mon 15:00 Berlin → met.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from '../built-cli.js';
import { run, runJson } from '../in-process.js';

const MAP = {
  tickets: {
    columns: { Ticket: 'id', Prio: 'priority', 'Created at': 'openedAt', 'Answered at': 'respondedAt' },
    values: { priority: { Highest: 'critical' } },
    caseInsensitive: true,
  },
};
const dir = scratch({
  'export.csv': [
    'Ticket,Prio,Created at,Answered at,Team',
    'T-1,HIGHEST,2026-05-29T16:00:00+02:00,2026-06-01T15:00:00+02:00,web',
    'T-2,highest,yesterday,2026-06-01T15:00:00+02:00,web',
    'T-3,critical,2026-05-29T16:00:00+02:00,,web',
  ].join('\n'),
  'map.json': JSON.stringify(MAP),
  'strict.json': JSON.stringify({ tickets: { ...MAP.tickets, caseInsensitive: false } }),
  'bad-target.json': JSON.stringify({ tickets: { columns: { 'Created at': 'opened' } } }),
  'duplicate.json': JSON.stringify({ tickets: { columns: { 'Created at': 'openedAt', Opened: 'openedAt' } } }),
  'not-string.json': JSON.stringify({ tickets: { values: { priority: { Highest: 1 } } } }),
  'section.json': JSON.stringify({ probes: { columns: { time: 'at' } } }),
  'proto.json': '{"tickets": {"columns": {"__proto__": "id", "Prio": "priority", "Created at": "openedAt", "Answered at": "respondedAt"}}}',
  'not-json.json': '{ tickets: }',
});

interface Tickets {
  tickets: { id: string; priority: string; dueAt: string; met: boolean | null }[];
  rejected: { line: number; reason: string }[];
  summary: { rowsRead: number; rowsUsed: number; rowsRejected: number };
}

describe('--map file', () => {
  it('columns and priority values, case-insensitive: T-1 (HIGHEST → critical) due Mon 14:00Z, met; the rows reconcile 3 = 2 + 1', async () => {
    const { code, json } = await runJson<Tickets>(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', join(dir, 'map.json'), '--now', '2026-06-01T13:00:00Z']);
    expect(code).toBe(1);
    expect(json.tickets).toEqual([
      expect.objectContaining({ id: 'T-1', priority: 'critical', dueAt: '2026-06-01T14:00:00.000Z', met: true }),
      // T-3: a value not in the map is read as it is; no answer, judged at 13:00Z before its 14:00Z due → open.
      expect.objectContaining({ id: 'T-3', priority: 'critical', dueAt: '2026-06-01T14:00:00.000Z', met: null }),
    ]);
    expect(json.summary).toMatchObject({ rowsRead: 3, rowsUsed: 2, rowsRejected: 1 });
    // The row error names the export's column and slakit's.
    expect(json.rejected).toEqual([{ line: 3, reason: expect.stringMatching(/^Created at \(openedAt\): expected an ISO 8601 instant.*, got "yesterday"$/) }]);
  });

  it('without caseInsensitive, "HIGHEST" is not "Highest": the row is rejected naming Prio (priority) and the value', async () => {
    const { json } = await runJson<Tickets>(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', join(dir, 'strict.json'), '--now', '2026-06-01T13:00:00Z']);
    expect(json.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(json.rejected[0]?.reason).toMatch(/^Prio \(priority\): expected one of .*critical.*, got "HIGHEST"$/);
  });

  it('a missing mapped column names the export name, slakit\'s and the map (exit 2)', async () => {
    const other = scratch({ 'x.csv': 'Ticket,Prio,Opened,Answered at\nT-1,critical,2026-05-29T16:00:00+02:00,\n' });
    const { code, stderr } = await run(['tickets', join(other, 'x.csv'), '--contract', 'linkando', '--map', join(dir, 'map.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`missing column "Created at" (openedAt, --map ${join(dir, 'map.json')})`);
  });

  it('"__proto__" is a column name like any other (own keys only): the export column "__proto__" is the id', async () => {
    const proto = scratch({ 'p.csv': '__proto__,Prio,Created at,Answered at\nT-9,critical,2026-05-29T16:00:00+02:00,2026-06-01T15:00:00+02:00\n' });
    const { code, json } = await runJson<Tickets>(['tickets', join(proto, 'p.csv'), '--contract', 'linkando', '--map', join(dir, 'proto.json')]);
    expect(code).toBe(0);
    expect(json.tickets[0]).toMatchObject({ id: 'T-9', met: true });
  });
});

describe('a bad --map file is refused before reading (exit 2), naming the key and what was expected', () => {
  const cases: [string, string][] = [
    ['bad-target.json', 'tickets.columns["Created at"]: expected one of id, priority, openedAt, respondedAt, region (the columns of the ticket file (<file.csv>)), got "opened"'],
    ['duplicate.json', 'tickets.columns.Opened: expected a column no other export column is mapped to ("Created at" is mapped to openedAt), got "openedAt"'],
    ['not-string.json', 'tickets.values.priority.Highest: expected a string: the value slakit reads instead, got 1'],
    ['section.json', 'probes: expected a section for an input this command reads: tickets, events, got "probes"'],
    ['not-json.json', 'not valid JSON'],
    ['missing.json', 'no such file'],
  ];
  for (const [file, message] of cases) {
    it(file, async () => {
      const { code, stderr } = await run(['tickets', join(dir, 'export.csv'), '--contract', 'linkando', '--map', join(dir, file)]);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
    });
  }
});
