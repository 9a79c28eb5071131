// Arguments (node:util parseArgs, strict), help, version and exit codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, slakit } from './built-cli.js';

beforeAll(ensureBuilt, 300_000);

const COMMANDS = ['contracts', 'due', 'tickets', 'availability', 'demo'];

describe('help and version', () => {
  it.each(COMMANDS)('slakit %s --help: exit 0, usage and an example', (command) => {
    const run = slakit([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`slakit ${command}`);
    expect(run.stdout).toContain('Usage:');
    expect(run.stdout).toMatch(/Example:\n {2}slakit /);
  });

  it('slakit --help lists every command; slakit with no command is a usage error (exit 2)', () => {
    const help = slakit(['--help']);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command} `);
    const none = slakit([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage:');
  });

  it('slakit --version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = slakit(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });
});

describe('usage errors exit 2 and say what is wrong', () => {
  it('an unknown flag (strict parsing)', () => {
    const run = slakit(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-06-01T08:00:00+02:00', '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown flag --colour: slakit due takes --contract,');
    expect(run.stderr).toContain('slakit due --help');
  });

  it('an unknown command', () => {
    const run = slakit(['deu']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "deu"');
  });

  it('an unknown contract names the presets', () => {
    const run = slakit(['due', '--contract', 'acme', '--priority', 'p1', '--opened', '2026-06-01T08:00:00Z']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown contract "acme": expected one of letsignit, sitekiosk, linkando, signinapp, lumapps');
  });

  it('a missing required flag', () => {
    const run = slakit(['due', '--contract', 'linkando', '--opened', '2026-06-01T08:00:00+02:00']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--priority is required');
  });

  it('an --opened without offset names the flag', () => {
    const run = slakit(['due', '--contract', 'linkando', '--priority', 'critical', '--opened', '2026-06-01T08:00']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--opened: expected an ISO 8601 instant with an offset or Z');
  });

  it('lumapps without --region names the regions', () => {
    const run = slakit(['due', '--contract', 'lumapps', '--priority', 'p1', '--opened', '2026-06-01T08:00:00Z']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--region is required for contract lumapps: one of emea, nam, latam, apac');
  });

  it('tickets with an open ticket and no --now: a usage error naming --now', () => {
    const run = slakit(['tickets', join(ROOT, 'samples/lumapps-tickets-2026-11.csv'), '--contract', 'lumapps']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--now is required');
    expect(run.stderr).toContain('LA-1008 on line 9');
  });

  it('a bad --period, --format, or --fee without --currency', () => {
    const base = ['availability', '--contract', 'letsignit'];
    expect(slakit([...base, '--period', '2026-13']).code).toBe(2);
    const format = slakit([...base, '--period', '2026-03', '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be one of text, json, html');
    const fee = slakit([...base, '--period', '2026-03', '--fee', '100']);
    expect(fee.code).toBe(2);
    expect(fee.stderr).toContain('--fee and --currency go together');
  });

  it('a yearly period for monthly-only commitments says why', () => {
    const run = slakit(['availability', '--contract', 'letsignit', '--period', '2026']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no commitment of contract letsignit is measured over such a period');
  });

  it('a preset option with a value the preset does not allow', () => {
    const run = slakit(['contracts', 'letsignit', '--option', 'x=y']);
    expect(run.code).toBe(2); // contracts takes no --option flag: strict parsing
    const bad = slakit(['due', '--contract', 'letsignit', '--option', 'escalation=tomorrow', '--priority', 'escalation', '--opened', '2026-05-03T10:00:00+02:00']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--option escalation=tomorrow: expected one of "jours-ouvrables-24h", "end-of-next-business-day", "jours-ouvres"');
  });
});

describe('preset options and JSON definitions', () => {
  it('Letsignit §3 --option escalation=jours-ouvres: Sat is not a jour ouvré, Sun 10:00 → Tue 00:00 still, Fri 15:00 → Mon 15:00', () => {
    // Jours ouvrés Mon–Fri: Fri 15:00 + 9 h (to 24:00) + Mon 00:00–15:00 = 24 h → Mon 2026-06-01 15:00 Paris = 13:00Z.
    const run = slakit(['due', '--contract', 'letsignit', '--option', 'escalation=jours-ouvres', '--priority', 'escalation', '--opened', '2026-05-29T15:00:00+02:00', '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { dueAt: string }).dueAt).toBe('2026-06-01T13:00:00.000Z');
  });

  it('--contract accepts a JSON definition file (examples/own-contract.json)', () => {
    // Its "normal" priority: Fri 2026-06-05 16:00 Paris → Mon 2026-06-08 17:00 Paris (see examples/own-contract.ts).
    const run = slakit(['due', '--contract', join(ROOT, 'examples/own-contract.json'), '--priority', 'normal', '--opened', '2026-06-05T16:00:00+02:00', '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { dueAt: string }).dueAt).toBe('2026-06-08T15:00:00.000Z');
  });
});

describe('contracts', () => {
  it('lists the five presets with rules and ambiguities', () => {
    const run = slakit(['contracts']);
    expect(run.code).toBe(0);
    for (const id of ['letsignit', 'sitekiosk', 'linkando', 'signinapp', 'lumapps']) expect(run.stdout).toMatch(new RegExp(`^${id} — `, 'm'));
    expect(run.stdout).toContain('--option creditBounds=');
    expect(run.stdout).toContain('maintenance nightly');
  });

  it('--format json gives each preset its priorities, regions and ambiguities', () => {
    const run = slakit(['contracts', 'lumapps', '--format', 'json']);
    const json = JSON.parse(run.stdout) as { id: string; priorities: string[]; regions: string[]; ambiguities: { option: string }[] }[];
    expect(json.map((c) => [c.id, c.priorities, c.regions])).toEqual([['lumapps', ['p1', 'p2'], ['emea', 'nam', 'latam', 'apac']]]);
    expect(json[0]?.ambiguities.length).toBeGreaterThan(0);
  });
});
