// --claims rows that share an id are one earlier claim: its credited intervals together, one amount.
import { describe, expect, it } from 'vitest';
import { readClaimsFile } from '../../src/cli/inputs/claims-file.js';

const source = (text: string) => ({ name: 'claims.csv', chunks: async function* () { yield text; } });

describe('readClaimsFile', () => {
  it('two rows of C-1 (two credited outages, one amount) are one claim; C-2 is another', async () => {
    const { claims, ledger } = await readClaimsFile(
      source(
        [
          'id,start,end,periodStart,periodEnd,amountMinor',
          'C-1,2026-07-07T10:00:00Z,2026-07-07T10:20:00Z,,,',
          'C-1,2026-07-09T08:00:00Z,2026-07-09T08:05:00Z,2026-07-01T00:00:00Z,2026-08-01T00:00:00Z,672',
          'C-2,2026-07-20T00:00:00Z,2026-07-20T00:01:00Z,,,',
        ].join('\n'),
      ),
    );
    expect(claims).toEqual([
      {
        id: 'C-1',
        creditedDowntime: [
          [Date.parse('2026-07-07T10:00:00Z'), Date.parse('2026-07-07T10:20:00Z')],
          [Date.parse('2026-07-09T08:00:00Z'), Date.parse('2026-07-09T08:05:00Z')],
        ],
        period: { start: Date.parse('2026-07-01T00:00:00Z'), end: Date.parse('2026-08-01T00:00:00Z') },
        amountMinor: 672,
      },
      { id: 'C-2', creditedDowntime: [[Date.parse('2026-07-20T00:00:00Z'), Date.parse('2026-07-20T00:01:00Z')]] },
    ]);
    // 3 rows read, 3 used: grouping drops no row.
    expect(ledger.counts()).toMatchObject({ read: 3, used: 3 });
  });

  it('a second amount for the same id rejects its row, naming the first; read 2 = used 1 + rejected 1', async () => {
    const { claims, ledger } = await readClaimsFile(
      source(['id,start,end,periodStart,periodEnd,amountMinor', 'C-1,,,2026-07-01T00:00:00Z,2026-08-01T00:00:00Z,672', 'C-1,,,2026-07-01T00:00:00Z,2026-08-01T00:00:00Z,100'].join('\n')),
    );
    expect(claims).toEqual([{ id: 'C-1', period: { start: Date.parse('2026-07-01T00:00:00Z'), end: Date.parse('2026-08-01T00:00:00Z') }, amountMinor: 672 }]);
    expect(ledger.counts()).toMatchObject({ read: 2, used: 1 });
    expect(ledger.rejected()[0]?.reason).toMatch(/amountMinor: expected no second amount for claim C-1 \(line 2 gave 672\)/);
  });
});
