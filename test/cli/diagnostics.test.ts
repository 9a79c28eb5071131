// Diagnostics that point somewhere (issue 15, kind 7): a date-time without offset points at
// --zone, a missing --region says it is required, an unknown --option is named with the known
// ones, an unknown flag is named with the command's flags, and --out works for every command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../src/cli/cli-error.js';
import { parseCommandArgs } from '../../src/cli/command.js';
import { dueCommand } from '../../src/cli/commands/due.js';
import { contractFromArgs, readInstant } from '../../src/cli/contract-source.js';
import { SlaInputError } from '../../src/errors.js';
import { scratch } from './built-cli.js';
import { run, runJson } from './in-process.js';

const LINKANDO_OPTIONS = 'availabilityPeriod, liveSupportRoundingMinutes, liveBookingNotice, subcontractorObjectionFrom';

describe('a date-time without offset points at --zone', () => {
  it('due --opened 2026-06-01T08:00:00 (no offset, no --zone): exit 2, names --opened and --zone', async () => {
    const result = await run(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-06-01T08:00:00']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--opened: expected an ISO 8601 instant with an offset or Z');
    expect(result.stderr).toContain('give --zone <IANA zone> to read date-times without offset as local time there');
  });

  it('a ticket row without offset is rejected with the same pointer', async () => {
    const file = join(scratch({ 't.csv': 'id,priority,region,openedAt,respondedAt\nLA-1,p1,emea,2026-11-10T10:00:00,\n' }), 't.csv');
    const { json } = await runJson<{ rejected: { line: number; reason: string }[] }>(['tickets', file, '--contract', 'lumapps']);
    expect(json.rejected).toHaveLength(1);
    expect(json.rejected[0]?.reason).toMatch(/^openedAt: expected .* give --zone <IANA zone> .*, got "2026-11-10T10:00:00"$/);
  });

  it('a date-time that is not one at all gets no --zone hint (it would not help)', () => {
    try {
      readInstant('yesterday', 'openedAt', undefined);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SlaInputError);
      expect((error as SlaInputError).message).not.toContain('--zone');
    }
  });

  it('property: any valid local date-time without offset throws the --zone hint without a zone, and reads as UTC wall time with --zone UTC (1 000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2299, 11, 31) }), (ms) => {
        const text = new Date(ms - (ms % 1000)).toISOString().slice(0, 19); // "YYYY-MM-DDTHH:MM:SS", no offset
        expect(readInstant(text, 'at', 'UTC')).toBe(ms - (ms % 1000));
        expect(() => readInstant(text, 'at', undefined)).toThrow(/give --zone <IANA zone>/);
        expect(readInstant(`${text}Z`, 'at', undefined)).toBe(ms - (ms % 1000));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('--region', () => {
  it('due --contract lumapps without --region: "--region is required" and the regions', async () => {
    const result = await run(['due', '--contract', 'lumapps', '--priority', 'p1', '--opened', '2026-06-01T08:00:00Z']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--region is required for contract lumapps: one of emea, nam, latam, apac');
  });

  it('an unknown region and a region for a contract without regions name --region', async () => {
    const mars = await run(['due', '--contract', 'lumapps', '--priority', 'p1', '--opened', '2026-06-01T08:00:00Z', '--region', 'mars']);
    expect(mars.stderr).toContain('--region: expected one of emea, nam, latam, apac (contract lumapps), got "mars"');
    const linkando = await run(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-06-01T08:00:00Z', '--region', 'emea']);
    expect(linkando.stderr).toContain('--region: contract linkando has no regions');
  });
});

describe('--option', () => {
  it('--option foo=bar names the unknown option foo and lists the known ones', async () => {
    const result = await run(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-06-01T08:00:00Z', '--option', 'foo=bar']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--option foo=bar: unknown option "foo" for contract linkando: expected one of ${LINKANDO_OPTIONS}`);
  });

  it('a known option with a bad value names it as given and the allowed values', async () => {
    const result = await run(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-06-01T08:00:00Z', '--option', 'availabilityPeriod=week']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--option availabilityPeriod=week: expected one of "month", "quarter", "year"');
  });

  it('property: an option name that is not one of the preset\'s (prototype names included) is a usage error naming it (1 000 runs)', () => {
    const known = LINKANDO_OPTIONS.split(', ');
    const nameArb = fc.oneof(fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[A-Za-z]/.test(n))), fc.stringMatching(/^[A-Za-z][\w-]{0,10}$/));
    fc.assert(
      fc.property(nameArb.filter((name) => !known.includes(name)), (name) => {
        const args = parseCommandArgs(dueCommand, ['--contract', 'linkando', '--option', `${name}=x`]);
        expect(() => contractFromArgs(args, 'due')).toThrow(CliUsageError);
        expect(() => contractFromArgs(args, 'due')).toThrow(`--option ${name}=x: unknown option "${name}" for contract linkando`);
      }),
      { numRuns: 1000 },
    );
  });

  it('a preset id that is a prototype name is an unknown contract', async () => {
    const result = await run(['due', '--contract', 'constructor', '--priority', 'p1', '--opened', '2026-06-01T08:00:00Z']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown contract "constructor"');
  });
});

describe('flags', () => {
  it('an unknown flag is named with the command\'s flags (not Node\'s parser text)', async () => {
    const result = await run(['due', '--contract', 'linkando', '--colour']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown flag --colour: slakit due takes --contract, --option, --zone, --priority, --opened, --region, --format, --help, --out');
    expect(result.stderr).not.toContain('positional argument');
  });

  it('a flag without its value', async () => {
    const result = await run(['due', '--contract']);
    expect(result.stderr).toContain('--contract expects a value');
  });

  it.each([
    ['due', ['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-05-29T16:00:00+02:00', '--format', 'json'], '"dueAt": "2026-06-01T14:00:00.000Z"'],
    ['contracts', ['contracts', 'linkando'], 'linkando — '],
  ])('--out writes the report of %s to a file; stdout stays empty', async (_name, args, content) => {
    const out = join(scratch({}), 'report.txt');
    const result = await run([...args, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`report written to ${out}`);
    expect(readFileSync(out, 'utf8')).toContain(content);
  });

  it('--out into a missing directory is an error naming --out (exit 2)', async () => {
    const result = await run(['contracts', 'linkando', '--out', '/nonexistent/dir/report.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out /nonexistent/dir/report.txt: no such directory');
  });
});
