import { type LintReport, lintContract } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractFromArgs, contractInputs, readInstant, zoneFromArgs } from '../contract-source.js';

const HELP = `slakit lint — contradictions and traps of a contract, each with the clauses involved

Usage:
  slakit lint --contract <id|file.json> [--from <iso>] [--years <n>] [--strict] [--format text|json]

Checks: a commitment stricter than the first credit tier (missed with no credit due); a credit table
paying above the target of the commitment that feeds it; availabilities no tier covers; and, from --from over --years years (default 5): recurring
maintenance windows inside the open time of a commitment's measured calendar, response targets a
calendar cannot reach, recurring windows starting or ending in a DST gap of their zone.
The readings the contract's text leaves open (its ambiguities) are listed as notes: choices the
contract made and named, not faults.

Flags:
${CONTRACT_HELP}
  --from <iso>                   where the checks over time start (without it they are not run)
  --years <n>                    how many years they look at, 1 to 50 (default 5)
  --strict                       count the notes (open readings) as warnings for the exit code
  -f, --format text|json         default text
  -o, --out <file>               write the report there instead of stdout
  -h, --help                     this help

Exit codes: 0 no warning; 1 warnings, or notes with --strict (report written); 2 usage error or a definition slakit refuses
(each problem named with its JSON path).

Example:
  slakit lint --contract letsignit --from 2026-01-01T00:00:00Z
`;

/**
 * \`slakit lint\`: {@link lintContract} on a preset or a definition file.
 *
 * @example
 * ```ts
 * const code = await lintCommand.run(parseCommandArgs(lintCommand, ['--contract', 'letsignit']), output);
 * ```
 */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'contradictions and traps of a contract, with the clauses involved',
  help: HELP,
  options: { ...CONTRACT_OPTIONS, from: { type: 'string' }, years: { type: 'string' }, strict: { type: 'boolean' }, format: { type: 'string', short: 'f' } },
  inputFiles: contractInputs,
  async run(args: CommandArgs, output) {
    const format = formatFlag(args, 'lint', ['text', 'json']);
    const contract = contractFromArgs(args, 'lint');
    const fromText = stringFlag(args, 'from', 'lint');
    const from = fromText === undefined ? undefined : readInstant(fromText, '--from', zoneFromArgs(args, 'lint'));
    const yearsText = stringFlag(args, 'years', 'lint') ?? '5';
    if (!/^\d+$/.test(yearsText) || Number(yearsText) < 1 || Number(yearsText) > 50) throw new CliUsageError(`--years must be a whole number from 1 to 50, got "${yearsText}"`, 'lint');
    const report = lintContract(contract, { ...(from === undefined ? {} : { from }), years: Number(yearsText) });
    output.report(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : lintText(report, contract.name));
    const counted = report.warnings.length + (args.values['strict'] === true ? report.notes.length : 0);
    return counted > 0 ? EXIT.rejectedRows : EXIT.ok;
  },
};

function lintText(report: LintReport, name: string): string {
  const entry = (w: LintReport['warnings'][number]) => [`${w.code} (${w.path}): ${w.message}`, ...w.sources.map((s) => `    ${s.section}: « ${s.quote} »`)];
  const count = `${report.warnings.length === 0 ? 'No warning' : `${report.warnings.length} warning(s)`}${report.notes.length === 0 ? '' : `, ${report.notes.length} note(s) on open readings`}`;
  const notes = report.notes.length === 0 ? [] : ['', 'Notes — readings the text leaves open, and the one this contract takes:', '', ...report.notes.flatMap(entry)];
  return `${[name, count, '', ...report.warnings.flatMap(entry), ...notes, '', ...report.skipped.map((s) => `not checked — ${s}`)].join('\n')}\n`;
}
