// Diagnostics that point somewhere (issue 15, kind 7): a date-time without offset points at
// --zone, a missing --region says it is required, an unknown --option is named with the known
// ones, an unknown flag is named with the command's flags, and --out works for every command.
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../src/cli/cli-error.js';
import { type Command, parseCommandArgs } from '../../src/cli/command.js';
import { availabilityCommand } from '../../src/cli/commands/availability.js';
import { dueCommand } from '../../src/cli/commands/due.js';
import { refuseOutOverInput } from '../../src/cli/out-file.js';
import { COMMANDS } from '../../src/cli/run-cli.js';
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
    // every prototype name (__proto__, __defineGetter__… included) and any name without "=" (issue 15, second pass: any text before the first "=")
    const nameArb = fc.oneof(fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)), fc.string({ minLength: 1, maxLength: 12 }).filter((n) => !n.includes('=')));
    fc.assert(
      fc.property(nameArb.filter((name) => !known.includes(name)), (name) => {
        const args = parseCommandArgs(dueCommand, ['--contract', 'linkando', `--option=${name}=x`]);
        expect(() => contractFromArgs(args, 'due')).toThrow(CliUsageError);
        expect(() => contractFromArgs(args, 'due')).toThrow(`--option ${name}=x: unknown option "${name}" for contract linkando`);
      }),
      { numRuns: 1000 },
    );
  });

  it('--option __proto__=x names the unknown option __proto__ (it said "expects name=value")', async () => {
    const result = await run(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-06-01T08:00:00Z', '--option', '__proto__=x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--option __proto__=x: unknown option "__proto__" for contract linkando: expected one of ${LINKANDO_OPTIONS}`);
  });

  it('--option without a name before "=" (or without "=") still says name=value', async () => {
    for (const item of ['=x', 'x']) {
      const result = await run(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-06-01T08:00:00Z', `--option=${item}`]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--option expects name=value, got "${item}"`);
    }
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

describe('a flag that takes one value, given twice (issue 15, second pass)', () => {
  const DUE = ['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-05-29T16:00:00+02:00'];

  it.each([
    ['--opened', [...DUE, '--opened', '2026-06-01T08:00:00Z'], '--opened is given twice ("2026-05-29T16:00:00+02:00" and "2026-06-01T08:00:00Z")'],
    ['--contract (once as -c)', [...DUE, '-c', 'letsignit'], '--contract is given twice ("linkando" and "letsignit")'],
    ['--priority', [...DUE, '--priority=other'], '--priority is given twice ("critical" and "other")'],
    ['--zone', [...DUE, '--zone', 'UTC', '--zone', 'Europe/Paris'], '--zone is given twice ("UTC" and "Europe/Paris")'],
    ['--format', [...DUE, '--format', 'json', '-f', 'text'], '--format is given twice ("json" and "text")'],
    ['--out', [...DUE, '--out', 'a.txt', '-o', 'b.txt'], '--out is given twice ("a.txt" and "b.txt")'],
    ['--region', ['due', '--contract', 'lumapps', '--priority', 'p1', '--opened', '2026-06-01T08:00:00Z', '--region', 'emea', '--region', 'nam'], '--region is given twice ("emea" and "nam")'],
    ['--period', ['availability', '--contract', 'letsignit', '--period', '2026-03', '--period', '2026-04', '--no-downtime'], '--period is given twice ("2026-03" and "2026-04")'],
    ['--fee', ['availability', '--contract', 'letsignit', '--period', '2026-03', '--no-downtime', '--fee', '10', '--fee', '20', '--currency', 'EUR'], '--fee is given twice ("10" and "20")'],
    ['--now', ['tickets', '-', '--contract', 'lumapps', '--now', '2026-12-01T00:00:00Z', '--now', '2026-12-02T00:00:00Z'], '--now is given twice ("2026-12-01T00:00:00Z" and "2026-12-02T00:00:00Z")'],
  ])('%s: a usage error naming the flag and both values (exit 2), not the last value kept', async (_name, args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${message}: give it once`);
  });

  it('repeatable flags stay repeatable: --option and --cause-alias keep every value in order', () => {
    const due = parseCommandArgs(dueCommand, ['--option', 'availabilityPeriod=quarter', '--option', 'liveBookingNotice=support-hours']);
    expect(due.values['option']).toEqual(['availabilityPeriod=quarter', 'liveBookingNotice=support-hours']);
    const availability = parseCommandArgs(availabilityCommand, ['--cause-alias', 'DDoS=ddos', '--cause-alias', 'Net=external-network']);
    expect(availability.values['cause-alias']).toEqual(['DDoS=ddos', 'Net=external-network']);
  });

  it('a boolean flag given twice loses nothing and is accepted', () => {
    expect(parseCommandArgs(availabilityCommand, ['--no-downtime', '--no-downtime']).values['no-downtime']).toBe(true);
  });

  it('property: any single-value flag of any command given twice is a usage error naming it and both values; given once, its value is kept as given (1 000 runs)', () => {
    const flags = COMMANDS.flatMap((command) => {
      const options = { ...command.options, help: { type: 'boolean' }, out: { type: 'string', short: 'o' } } as Record<string, { type: string; multiple?: boolean; short?: string }>;
      return Object.entries(options)
        .filter(([, option]) => option.type === 'string' && option.multiple !== true)
        .map(([name, option]) => ({ command: command.name, name, short: option.short }));
    });
    // any text, passed as --name=value (so it may start with "-"), as "--name value" when it does not, or with the short form
    const value = fc.string({ minLength: 1, maxLength: 12 }) // an empty value is refused ("--x expects a value");
    const spelled = (flag: { name: string; short: string | undefined }, text: string, form: number): string[] => {
      if (form === 1 && !text.startsWith('-')) return [`--${flag.name}`, text];
      if (form === 2 && flag.short !== undefined && !text.startsWith('-')) return [`-${flag.short}`, text];
      return [`--${flag.name}=${text}`];
    };
    fc.assert(
      fc.property(fc.constantFrom(...flags), value, value, fc.nat(2), fc.nat(2), (flag, first, second, form1, form2) => {
        const command = COMMANDS.find((c) => c.name === flag.command) as Command;
        const once = parseCommandArgs(command, spelled(flag, first, form1));
        expect(once.values[flag.name]).toBe(first);
        let caught: unknown;
        try {
          parseCommandArgs(command, [...spelled(flag, first, form1), ...spelled(flag, second, form2)]);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(CliUsageError);
        expect((caught as CliUsageError).message).toBe(`--${flag.name} is given twice ("${first}" and "${second}"): give it once`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('--fee with a sign (issue 15, second pass)', () => {
  const AVAILABILITY = ['availability', '--contract', 'letsignit', '--period', '2026-03', '--no-downtime', '--currency', 'EUR'];

  it.each([[['--fee', '-5']], [['--fee=-5']]])('%j: says a non-negative amount, got "-5" (it said "--fee expects a value")', async (fee) => {
    const result = await run([...AVAILABILITY, ...fee]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--fee: expected a non-negative amount, a plain decimal such as 1234.56 (no sign, no thousands separator), got "-5"');
  });

  it('a flag after --fee is not taken as its value: "--fee expects a value"', async () => {
    const result = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--no-downtime', '--fee', '--currency', 'EUR']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--fee expects a value');
  });

  it('other values that begin with "-" reach their flag\'s check: --opened -2026-06-01 names --opened and the value', async () => {
    const result = await run(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '-2026-06-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--opened: expected an ISO 8601 instant with an offset or Z');
    expect(result.stderr).toContain('got "-2026-06-01"');
  });
});

describe('UTF-16 input files (issue 15, second pass)', () => {
  it.each([
    ['BE', 'FE FF', Buffer.from([0xfe, 0xff, ...Buffer.from('id,priority,openedAt,respondedAt\n', 'utf16le').swap16()])],
    ['LE', 'FF FE', Buffer.from([0xff, 0xfe, ...Buffer.from('id,priority,openedAt,respondedAt\n', 'utf16le')])],
  ])('UTF-16 %s: exit 2 naming the file and the byte order mark', async (_order, mark, bytes) => {
    const file = join(scratch({ 'export.csv': bytes }), 'export.csv');
    const result = await run(['tickets', file, '--contract', 'lumapps', '--now', '2026-12-01T00:00:00Z']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: UTF-16 text (byte order mark ${mark}): expected UTF-8; save the file as UTF-8`);
    expect(result.stderr).not.toContain('missing column');
  });
});

describe('--out naming an input file (issue 15, second pass)', () => {
  const INCIDENTS = 'start,end,cause\n2026-03-10T10:00:00Z,2026-03-10T14:00:00Z,internal\n';
  const TICKETS = 'id,priority,region,openedAt,respondedAt\nLA-1,p1,emea,2026-11-10T10:00:00Z,2026-11-10T10:30:00Z\n';

  it.each([
    ['the same path', (dir: string) => join(dir, 'incidents.csv'), (dir: string) => join(dir, 'incidents.csv')],
    ['another spelling of it', (dir: string) => join(dir, 'incidents.csv'), (dir: string) => `${dir}/./sub/../incidents.csv`],
    ['a symbolic link to it', (dir: string) => join(dir, 'incidents.csv'), (dir: string) => join(dir, 'link.csv')],
  ])('availability --incidents f --out %s: a usage error naming --out and --incidents; the file is left as it was', async (_name, input, out) => {
    const dir = scratch({ 'incidents.csv': INCIDENTS });
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(dir, 'incidents.csv'), join(dir, 'link.csv'));
    const result = await run(['availability', '--contract', 'letsignit', '--period', '2026-03', '--incidents', input(dir), '--out', out(dir)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--out ${out(dir)} is also an input (--incidents ${input(dir)}): writing the report there would overwrite it; choose another file`);
    expect(readFileSync(join(dir, 'incidents.csv'), 'utf8')).toBe(INCIDENTS);
  });

  it('tickets <file.csv> --out <file.csv> and due --contract x.json --out x.json are refused too', async () => {
    const dir = scratch({ 't.csv': TICKETS, 'c.json': '{}' });
    const tickets = await run(['tickets', join(dir, 't.csv'), '--contract', 'lumapps', '--out', join(dir, 't.csv')]);
    expect(tickets.code).toBe(2);
    expect(tickets.stderr).toContain(`is also an input (<file.csv> ${join(dir, 't.csv')})`);
    expect(readFileSync(join(dir, 't.csv'), 'utf8')).toBe(TICKETS);
    const due = await run(['due', '--contract', join(dir, 'c.json'), '--priority', 'p1', '--opened', '2026-06-01T08:00:00Z', '--out', join(dir, 'c.json')]);
    expect(due.code).toBe(2);
    expect(due.stderr).toContain(`is also an input (--contract ${join(dir, 'c.json')})`);
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe('{}');
  });

  it('a preset id is no file: --contract linkando --out linkando writes the report', async () => {
    const dir = scratch({});
    const out = join(dir, 'linkando');
    const result = await run(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-05-29T16:00:00+02:00', '--out', out]);
    expect(result.code).toBe(0);
    // Fri 16:00 + 10 support hours (Fri 16–18, Mon 08–16) → Mon 2026-06-01 16:00 CEST
    expect(readFileSync(out, 'utf8')).toContain('due     Mon 2026-06-01 16:00 +02:00 (2026-06-01T14:00:00.000Z)');
  });

  it('property: any spelling of an input\'s path (./, dir/.., doubled slashes) given to --out is refused; another name is not (1 000 runs)', () => {
    const dir = scratch({ 'incidents.csv': INCIDENTS, 'other.csv': INCIDENTS });
    mkdirSync(join(dir, 'sub'));
    const inputs = [{ path: join(dir, 'incidents.csv'), named: '--incidents' }];
    const piece = fc.constantFrom('.', 'sub/..', '', './sub/..');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), fc.boolean(), (pieces, same) => {
        const out = [dir, ...pieces, same ? 'incidents.csv' : 'other.csv'].join('/');
        if (same) expect(() => refuseOutOverInput(out, inputs, 'availability')).toThrow(CliUsageError);
        else expect(() => refuseOutOverInput(out, inputs, 'availability')).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
