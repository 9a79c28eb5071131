import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { lumapps } from '../../presets/lumapps/index.js';
import { letsignit } from '../../presets/letsignit/index.js';
import { EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, stringFlag } from '../command.js';
import { availabilityHtml } from '../html/html-report.js';
import { parseFee } from '../money.js';
import { packageInfo } from '../package-info.js';
import { availabilityText } from '../render/availability-text.js';
import { rejectionNotes } from '../render/rows-text.js';
import { csvSource } from '../csv/csv-source.js';
import { availabilityReport } from './availability-report.js';
import { ticketsReport, ticketsText } from './tickets.js';

const HELP = `slakit demo — run slakit on the sample data shipped with the package

Usage:
  slakit demo [--html <file>]

Runs, on the files in the package's samples/ folder:
  1. Letsignit availability for March 2026 from a month of 5-minute probes (a few failures,
     a slow answer, a monitoring gap), a DDoS incident and an announced maintenance window,
     with a 1,490.00 EUR monthly fee — printed as text, and written as an HTML report;
  2. a LumApps ticket export (EMEA, NAM, LATAM, APAC) judged at 2026-11-30T18:00:00Z.

Flags:
  --html <file>      where to write the HTML report (default: <tmp>/slakit-demo/letsignit-2026-03.html)
  -o, --out <file>   write the text reports there instead of stdout
  -h, --help         this help

Example:
  slakit demo --html march.html
`;

/**
 * Paths of the bundled sample files (in the package's `samples/` folder).
 *
 * @example
 * ```ts
 * sampleFiles().tickets; // ".../samples/lumapps-tickets-2026-11.csv"
 * ```
 */
export function sampleFiles(): { probes: string; incidents: string; maintenance: string; tickets: string } {
  const samples = join(packageInfo().root, 'samples');
  return {
    probes: join(samples, 'letsignit-probes-2026-03.csv'),
    incidents: join(samples, 'letsignit-incidents-2026-03.csv'),
    maintenance: join(samples, 'letsignit-maintenance-2026-03.csv'),
    tickets: join(samples, 'lumapps-tickets-2026-11.csv'),
  };
}

/** `path` relative to the working directory when it lies below it, else absolute. */
function shortPath(path: string): string {
  const short = relative(process.cwd(), path);
  return short === '' || short.startsWith('..') || isAbsolute(short) ? path : short;
}

/**
 * `slakit demo`.
 *
 * @example
 * ```ts
 * const code = await demoCommand.run(parseCommandArgs(demoCommand, ['--html', 'march.html']), output);
 * ```
 */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'run on the bundled sample data: Letsignit probes for a month, a LumApps ticket export',
  help: HELP,
  options: { html: { type: 'string' } },
  inputFiles: () => Object.values(sampleFiles()).map((path) => ({ path, named: "the demo's sample" })),
  async run(args: CommandArgs, output) {
    // Relative to the working directory, so the report names them as a person would type them.
    const files = Object.fromEntries(Object.entries(sampleFiles()).map(([kind, path]) => [kind, shortPath(path)])) as ReturnType<typeof sampleFiles>;
    const htmlPath = stringFlag(args, 'html', 'demo') ?? join(tmpdir(), 'slakit-demo', 'letsignit-2026-03.html');

    const availability = await availabilityReport(letsignit(), {
      period: '2026-03',
      probes: files.probes,
      incidents: files.incidents,
      maintenance: files.maintenance,
      fee: parseFee('1490.00', 'EUR', 'demo'),
    });
    output.report(`$ slakit availability --contract letsignit --period 2026-03 --probes ${files.probes} \\\n    --incidents ${files.incidents} --maintenance ${files.maintenance} --fee 1490.00 --currency EUR\n\n`);
    output.report(availabilityText(availability));
    mkdirSync(dirname(htmlPath), { recursive: true });
    writeFileSync(htmlPath, availabilityHtml(availability, packageInfo().version));
    output.report(`\nHTML report (same figures, with a timeline and the clause behind each number): ${htmlPath}\n\n`);

    const contract = lumapps();
    const tickets = await ticketsReport(csvSource(files.tickets), contract, { now: Date.parse('2026-11-30T18:00:00Z') });
    output.report(`$ slakit tickets ${files.tickets} --contract lumapps --now 2026-11-30T18:00:00Z\n\n`);
    output.report(`${ticketsText(tickets, contract.name, files.tickets)}\n`);
    output.note(rejectionNotes([...availability.files, ...tickets.files]));
    const rejected = availability.json.rejected.length + tickets.json.rejected.length;
    return rejected > 0 ? EXIT.rejectedRows : EXIT.ok;
  },
};
