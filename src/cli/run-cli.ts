import { CliUsageError, EXIT, fatalNote } from './cli-error.js';
import { type CliOutput, type Command, parseCommandArgs } from './command.js';
import { availabilityCommand } from './commands/availability.js';
import { budgetCommand } from './commands/budget.js';
import { lintCommand } from './commands/lint.js';
import { diffCommand } from './commands/diff.js';
import { claimCommand } from './commands/claim.js';
import { terminationCommand } from './commands/termination.js';
import { contractsCommand } from './commands/contracts.js';
import { demoCommand } from './commands/demo.js';
import { dueCommand } from './commands/due.js';
import { reconcileCommand } from './commands/reconcile.js';
import { ticketsCommand } from './commands/tickets.js';
import { maintenanceCommand } from './commands/maintenance.js';
import { OutFile, ended, refuseOutOverInput, roomIn } from './out-file.js';
import { packageInfo } from './package-info.js';

/**
 * Every command, in the order `slakit --help` lists them.
 *
 * @example
 * ```ts
 * COMMANDS.map((command) => command.name); // ["contracts", "due", "tickets", "availability", "demo"]
 * ```
 */
export const COMMANDS: readonly Command[] = [contractsCommand, dueCommand, ticketsCommand, reconcileCommand, availabilityCommand, maintenanceCommand, budgetCommand, claimCommand, lintCommand, diffCommand, terminationCommand, demoCommand];

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `slakit ${packageInfo().version} — service-level agreements as code

Usage:
  slakit <command> [flags]
  slakit <command> --help       usage and an example for one command
  slakit --version

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Exit codes: 0 ok; 1 some input rows rejected (report still written); 2 usage or fatal input error.

Example:
  slakit due --contract linkando --priority critical --opened 2026-05-29T16:00:00+02:00
`;
}

/**
 * Run the CLI on `argv` (without `node` and the script), writing through
 * `output`; resolves to the exit code. Usage and fatal input errors are
 * reported on `output.note` and give 2.
 *
 * @example
 * ```ts
 * const code = await runCli(['contracts'], { report: (t) => process.stdout.write(t), note: (t) => process.stderr.write(t) });
 * ```
 */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    output.note(globalHelp());
    return EXIT.fatal;
  }
  if (name === '--version' || name === '-v') {
    output.report(`${packageInfo().version}\n`);
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    output.report(topic ? topic.help : globalHelp());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (command === undefined) throw new CliUsageError(`unknown command "${name}": expected one of ${COMMANDS.map((c) => c.name).join(', ')}`);
    const args = parseCommandArgs(command, rest);
    if (args.values['help'] === true) {
      output.report(command.help);
      return EXIT.ok;
    }
    const out = args.values['out'];
    // `--out -` is standard output, as `-` is standard input for the inputs.
    if (typeof out !== 'string' || out === '-') return await command.run(args, output);
    refuseOutOverInput(out, command.inputFiles?.(args) ?? [], command.name);
    const file = new OutFile(out);
    // Its error (a path that cannot be written) is the command's: roomIn and ended reject with it.
    file.on('error', () => {});
    let code: number;
    try {
      code = await command.run(args, { report: (text) => file.write(text), note: output.note, ready: () => roomIn(file) });
    } catch (error) {
      file.destroy();
      throw error;
    }
    await ended(file);
    output.note(`slakit ${name}: report written to ${out}\n`);
    return code;
  } catch (error) {
    output.note(fatalNote(error, command ? `slakit ${command.name}` : 'slakit', command?.name));
    return EXIT.fatal;
  }
}
