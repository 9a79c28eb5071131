// Every CSV reader of the CLI on hostile bytes (issue 15): random byte strings, and valid
// samples with quotes, NULs, CRs, BOMs and stray bytes inserted, fed in random chunks. A reader
// never throws anything but a CliInputError (fatal: no header, missing column…), never hangs,
// and keeps its books: rows read = used + rejected, every row used is one value produced, every
// rejection at a line of the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliInputError } from '../../src/cli/cli-error.js';
import type { CsvSource } from '../../src/cli/csv/csv-reader.js';
import type { RowLedger } from '../../src/cli/csv/row-ledger.js';
import { readClaimsFile } from '../../src/cli/inputs/claims-file.js';
import { readIncidentFile } from '../../src/cli/inputs/incident-file.js';
import { readMaintenanceFile } from '../../src/cli/inputs/maintenance-file.js';
import { readProbeFile } from '../../src/cli/inputs/probe-file.js';
import { readRequestFile } from '../../src/cli/inputs/request-file.js';
import { readTicketFile } from '../../src/cli/inputs/ticket-file.js';
import { letsignit } from '../../src/presets/letsignit/index.js';
import { lumapps } from '../../src/presets/lumapps/index.js';

const LUMAPPS = lumapps();
const CAUSES = letsignit().incidentCauses();

/** A reader under test: its header, a valid sample, and a run giving its books and how many values it produced. */
interface Reader {
  readonly name: string;
  readonly header: string;
  readonly sample: string;
  read(source: CsvSource): Promise<{ ledger: RowLedger; produced: number }>;
}

const READERS: readonly Reader[] = [
  {
    name: 'tickets',
    header: 'id,priority,region,openedAt,respondedAt',
    sample:
      'id,priority,region,openedAt,respondedAt\r\nLA-1,p1,emea,2026-11-10T17:30:00+01:00,2026-11-12T09:20:00+01:00\n"LA-2, ""quoted""",p2,nam,2026-11-13T15:00:00-05:00,\nLA-3,p1,apac,2026-11-13T15:00:00+08:00,2026-11-14T15:00:00+08:00\n',
    read: async (source) => {
      const { tickets, ledger } = await readTicketFile(source, LUMAPPS, undefined);
      return { ledger, produced: tickets.length };
    },
  },
  {
    name: 'incidents',
    header: 'start,end,cause,id',
    sample:
      'start,end,cause,id\n2026-03-17T15:30:00+01:00,2026-03-17T16:10:00+01:00,ddos,"INC-1 (volumetric DDoS, mitigated)"\r\n2026-03-18T09:00:00+01:00,2026-03-18T09:03:00+01:00,internal,INC-2\n2026-03-19T09:00:00+01:00,2026-03-19T10:00:00+01:00,external-network,\n',
    read: async (source) => {
      const { incidents, ledger } = await readIncidentFile(source, CAUSES);
      return { ledger, produced: incidents.length };
    },
  },
  {
    name: 'probes',
    header: 'at,ok,latencyMs',
    sample: 'at,ok,latencyMs\n2026-02-28T23:00:00Z,true,180\n2026-02-28T23:05:00Z,false,\r\n2026-02-28T23:10:00Z,1,30000.5\n2026-02-28T23:15:00Z,0,12\n',
    read: async (source) => {
      const { series, ledger } = await readProbeFile(source);
      return { ledger, produced: series.at.length };
    },
  },
  {
    name: 'maintenance',
    header: 'start,end,announcedAt,id',
    sample:
      'start,end,announcedAt,id\n2026-03-25T12:00:00+01:00,2026-03-25T12:30:00+01:00,2026-03-20T10:00:00+01:00,MNT-1 (storage upgrade)\n2026-03-26T12:00:00+01:00,2026-03-26T12:30:00+01:00,,"MNT-2, ""db"""\n',
    read: async (source) => {
      const { windows, ledger } = await readMaintenanceFile(source);
      return { ledger, produced: windows.length };
    },
  },
  {
    name: 'incidents with affected',
    header: 'start,end,cause,affected',
    sample: 'start,end,cause,affected\n2026-04-14T08:00:00Z,2026-04-14T18:00:00Z,internal,100\n2026-04-15T08:00:00Z,2026-04-15T09:00:00Z,internal,\r\n',
    read: async (source) => {
      const { incidents, ledger } = await readIncidentFile(source, CAUSES, undefined, 1000);
      return { ledger, produced: incidents.length };
    },
  },
  {
    name: 'requests',
    header: 'at,total,failed',
    sample: 'at,total,failed\n2026-09-10T10:00:00Z,1000,120\r\n2026-09-10T10:01:00Z,1000,50\n2026-09-10T10:02:00Z,0,0\n',
    read: async (source) => {
      const { requests, ledger } = await readRequestFile(source);
      return { ledger, produced: requests.length };
    },
  },
  {
    name: 'claims',
    header: 'id,start,end,periodStart,periodEnd,amountMinor',
    sample:
      'id,start,end,periodStart,periodEnd,amountMinor\nC-1,2026-07-07T10:00:00Z,2026-07-07T10:20:00Z,,,\r\n"C-2, paid",,,2026-07-01T00:00:00Z,2026-08-01T00:00:00Z,500\n',
    read: async (source) => {
      const { claims, ledger } = await readClaimsFile(source);
      return { ledger, produced: claims.length };
    },
  },
];

/** Bytes in memory as a CSV source, cut into chunks at `cuts`. */
function memorySource(bytes: Uint8Array, cuts: readonly number[]): CsvSource {
  const offsets = [...new Set([0, ...cuts.map((cut) => cut % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
  return {
    name: 'fuzz.csv',
    async *chunks() {
      for (let i = 0; i + 1 < offsets.length; i++) yield bytes.subarray(offsets[i], offsets[i + 1]);
    },
  };
}

const HANG_MS = 2000;

/** Run `reader` on `bytes` and check the contract: typed fatal error, or books that balance. */
async function check(reader: Reader, bytes: Uint8Array, cuts: readonly number[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${reader.name}: no answer within ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    const { ledger, produced } = await Promise.race([reader.read(memorySource(bytes, cuts)), hang]);
    const counts = ledger.counts(); // throws if read ≠ used + rejected
    expect(counts.read).toBe(counts.used + counts.rejected);
    expect(produced).toBe(counts.used);
    // A row is at least one line after the header; every rejection names a line of the input.
    const lines = new TextDecoder().decode(bytes).split('\n').length;
    expect(counts.read).toBeLessThanOrEqual(lines - 1);
    for (const row of ledger.rejected()) {
      expect(row.line).toBeGreaterThanOrEqual(2);
      expect(row.line).toBeLessThanOrEqual(lines);
      expect(row.reason).not.toBe('');
    }
  } catch (error) {
    if (!(error instanceof CliInputError)) throw error;
    expect(error.message.startsWith('fuzz.csv')).toBe(true);
  } finally {
    clearTimeout(timer);
  }
}

const encoder = new TextEncoder();
const cutsArb = fc.array(fc.nat({ max: 400 }), { maxLength: 5 });

/** Insertions that break CSV in the usual ways: quotes, NULs, CR, BOMs, separators, any byte. */
const insertionArb = fc.oneof(
  fc.constantFrom('"', '""', '\u0000', '\r', '\r\n', '\n', '\uFEFF', ',', ' ', '"\n', '\ufffd').map((text) => encoder.encode(text)),
  fc.integer({ min: 0, max: 255 }).map((byte) => Uint8Array.of(byte)),
);

const mutationArb = fc.record({ at: fc.nat(), insert: insertionArb, remove: fc.nat({ max: 3 }) });

function mutate(sample: string, mutations: readonly { at: number; insert: Uint8Array; remove: number }[]): Uint8Array {
  let bytes = encoder.encode(sample);
  for (const { at, insert, remove } of mutations) {
    const position = at % (bytes.length + 1);
    const next = new Uint8Array(bytes.length - Math.min(remove, bytes.length - position) + insert.length);
    next.set(bytes.subarray(0, position), 0);
    next.set(insert, position);
    next.set(bytes.subarray(position + remove), position + insert.length);
    bytes = next;
  }
  return bytes;
}

describe.each(READERS)('CSV reader $name on hostile bytes', (reader) => {
  it('random byte strings, alone or after a valid header (1 000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.boolean(), cutsArb, async (body, withHeader, cuts) => {
        const header = withHeader ? encoder.encode(`${reader.header}\n`) : new Uint8Array();
        const bytes = new Uint8Array(header.length + body.length);
        bytes.set(header, 0);
        bytes.set(body, header.length);
        await check(reader, bytes, cuts);
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid sample with quotes, NULs, CRs, BOMs and stray bytes inserted or removed (1 000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 6 }), cutsArb, async (mutations, cuts) => {
        await check(reader, mutate(reader.sample, mutations), cuts);
      }),
      { numRuns: 1000 },
    );
  });

  it('the sample with some line ends replaced by a lone CR never loses a row silently: fatal, or a row rejected (1 000 runs)', async () => {
    const rows = reader.sample.trim().split('\n').length - 1;
    // the positions of the sample's line ends (LF, with the CR of a CRLF)
    const ends = [...reader.sample.matchAll(/\r?\n/g)].map((match) => ({ at: match.index, length: match[0].length }));
    await fc.assert(
      fc.asyncProperty(fc.subarray(ends, { minLength: 1 }), cutsArb, async (chosen, cuts) => {
        let text = reader.sample;
        for (const end of [...chosen].reverse()) text = `${text.slice(0, end.at)}\r${text.slice(end.at + end.length)}`;
        try {
          const { ledger, produced } = await reader.read(memorySource(encoder.encode(text), cuts));
          // the sample's last line end alone may become a CR: csv-parse trims it and every row is used
          if (produced < rows) expect(ledger.counts().rejected).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(CliInputError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the unmutated sample: every row used', async () => {
    const { ledger, produced } = await reader.read(memorySource(encoder.encode(reader.sample), [7, 50]));
    expect(ledger.rejected()).toEqual([]);
    expect(produced).toBe(reader.sample.trim().split('\n').length - 1);
  });
});
