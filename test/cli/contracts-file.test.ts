// slakit contracts <file.json>: a JSON contract described as a preset is, with every part of it
// (metrics, statuses, credits, termination rights, claims, budget) and the field to edit for each ambiguity.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './in-process.js';

const CONTRACTS = join(import.meta.dirname, '..', '..', 'examples', 'contracts');

describe('slakit contracts <file.json>', () => {
  it('msp-p1-p4: the rule target, the resolution metric, the status map, and "edit <field>" for each ambiguity', async () => {
    const { code, stdout } = await run(['contracts', join(CONTRACTS, 'msp-p1-p4.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('    p4: end of the next business day on calendar business');
    expect(stdout).toContain('  resolution targets:\n    p1: 4 h on calendar always');
    expect(stdout).toContain('  statuses: run on new, open, in-progress; pause on —; stop on resolved, closed');
    expect(stdout).toContain('      edit responses.metrics.resolution.priorities.p3.target: ');
    expect(stdout).not.toContain('--option');
  });

  it('slack-2024: the maintenance budget (10 h a year) and the proportional credit; aws: the claim deadline and evidence', async () => {
    const slack = await run(['contracts', join(CONTRACTS, 'slack-2024.json')]);
    expect(slack.stdout).toContain('    maintenance budget: at most 10 h excused per year; the excess counts');
    expect(slack.stdout).toContain('    ten-times: proportional (fed by uptime)');
    const aws = await run(['contracts', join(CONTRACTS, 'aws-ec2-region-2022.json')]);
    expect(aws.stdout).toContain('  claim deadline: end-of-following-cycle, 2 cycles (UTC)');
    expect(aws.stdout).toContain('  claim evidence: the affected resource IDs');
  });

  it('an id that is neither a preset nor a .json file, or a missing file: exit 2, naming it', async () => {
    const unknown = await run(['contracts', 'acme']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown contract "acme": expected one of letsignit, .*or a contract definition file ending in \.json/);
    const missing = await run(['contracts', join(CONTRACTS, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });
});
