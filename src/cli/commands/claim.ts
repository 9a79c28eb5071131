import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type ClaimPackData, claimPackOf } from '../../index.js';
import { CliInputError, CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, formatFlag } from '../command.js';
import { escapeHtml } from '../html/escape-html.js';
import { REPORT_CSS } from '../html/report-style.js';
import { formatMoney } from '../money.js';
import { rejectionNotes } from '../render/rows-text.js';
import type { AvailabilityJson } from './availability-report.js';
import { availabilityReport } from './availability-report.js';
import { AVAILABILITY_FILE_FLAGS, AVAILABILITY_OPTIONS, availabilityInputFiles, availabilityInputsFromArgs } from './availability.js';

const HELP = `slakit claim — the claim pack of a period: figures, credits and their rules, deadline, evidence,
clauses, and SHA-256 digests of the definition and every input file, so anyone can re-run and verify it

Usage:
  slakit claim --contract <id|file.json> (--period <p> | --from <iso> --to <iso>) [the inputs of slakit availability]
               [--format text|json|html] [--out <file>]

Takes the flags and input files of \`slakit availability\` (see slakit availability --help); standard
input ("-") is refused: a digest needs a file anyone can read again.
The definition's digest is SHA-256 of its canonical JSON (keys sorted, no spaces), UTF-8; every other
file the command reads (inputs, --map, --maintenance-ics, --series, a --contract file) is digested as
its bytes. The pack also gives the command line that re-runs it (every flag but --out and --format).
Exit codes: 0 all rows used; 1 some rows rejected (pack still written); 2 usage error or unreadable input.
`;

/** A digest of one input file. */
interface FileDigest {
  readonly kind: string;
  readonly file: string;
  readonly sha256: string;
}

/** The JSON output of `slakit claim`: the library's pack plus digests, the command line that re-runs it and the input rows' accounting. */
export interface ClaimPackJson extends ClaimPackData {
  readonly digests: { readonly algorithm: 'sha256'; readonly definition: string; readonly files: readonly FileDigest[] };
  /** The `slakit claim` command line that gives this pack again: every flag as given, sorted, but `--out` and `--format`. */
  readonly rerun: string;
  readonly rejected: AvailabilityJson['rejected'];
  readonly summary: AvailabilityJson['summary'];
}

/**
 * JSON with object keys sorted at every depth and no spaces: the same
 * definition always gives the same bytes (arrays keep their order).
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 of text (UTF-8) or bytes, lower-case hex.
 *
 * @example
 * ```ts
 * sha256Hex('abc'); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Flags whose value names a file the command reads (a digest needs the file: `-` is refused). */
const FILE_FLAGS = ['contract', ...AVAILABILITY_FILE_FLAGS, 'series'] as const;

/** A SHA-256 digest of every file the command reads: the same list `--out` is checked against. */
function fileDigests(args: CommandArgs): FileDigest[] {
  for (const flag of FILE_FLAGS) {
    const value = args.values[flag];
    const given = Array.isArray(value) ? value : [value];
    if (given.some((file) => file === '-' || (flag === 'series' && typeof file === 'string' && file.endsWith('=-')))) {
      throw new CliUsageError(`--${flag} -: slakit claim digests its inputs, so it reads files, not standard input`, 'claim');
    }
  }
  return availabilityInputFiles(args).map(({ path, named }) => {
    try {
      return { kind: named.replace(/^--/, ''), file: path, sha256: sha256Hex(readFileSync(path)) };
    } catch (error) {
      throw new CliInputError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
    }
  });
}

/**
 * The command line that gives the same pack: `slakit claim` and every flag
 * as given but `--out` and `--format`, sorted by name (a repeated flag keeps
 * its order), each value quoted for a POSIX shell when it needs it.
 */
function rerunCommand(args: CommandArgs): string {
  const words = ['slakit', 'claim'];
  for (const flag of Object.keys(args.values).sort()) {
    if (flag === 'out' || flag === 'format' || flag === 'help') continue;
    const value = args.values[flag];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === false) continue;
      if (item === true) words.push(`--${flag}`);
      // A value that starts with "-" would read as a flag: it goes after "=".
      else if (item.startsWith('-')) words.push(`--${flag}=${shellWord(item)}`);
      else words.push(`--${flag}`, shellWord(item));
    }
  }
  return words.join(' ');
}

/** `text` as one POSIX shell word: as is when it holds only safe characters, else in single quotes. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

function money(amountMinor: number | null, currency: string | null): string {
  if (amountMinor === null) return 'no fee given';
  return currency === null ? `${amountMinor} minor units` : formatMoney(amountMinor, currency);
}

function cited(source: { readonly section: string } | null): string {
  return source === null ? '' : ` [${source.section}]`;
}

/**
 * The claim pack for a person: the period, each commitment's figure, each
 * credit with its rule, the total, the deadline, the evidence, the clauses
 * and the digests.
 *
 * @example
 * ```ts
 * console.log(claimText(pack));
 * ```
 */
export function claimText(pack: ClaimPackJson): string {
  const lines = [
    `Claim pack — ${pack.contract.name} (${pack.contract.id})`,
    `Period: ${pack.period.label}, ${pack.period.start} to ${pack.period.end}${pack.nominalPeriod ? ` (asked: ${pack.nominalPeriod.start} to ${pack.nominalPeriod.end})` : ''}`,
    ...(pack.version === null ? [] : [`Version: ${pack.version}`]),
    '',
    'Commitments:',
    ...pack.commitments.map((c) => `  ${c.id}: ${c.availabilityPercent} % (${c.ratio.numerator} / ${c.ratio.denominator} ${c.ratioUnit}) against ${c.target} % — ${c.met ? 'met' : 'MISSED'}${cited(c.source)}`),
    '',
    'Credits:',
    ...(pack.credits.length === 0 ? ['  none'] : pack.credits.map((c) => `  ${c.id} (${c.commitment}): ${money(c.amountMinor, pack.total?.currency ?? null)} — ${c.rule}${cited(c.source)}`)),
    ...(pack.total === null ? [] : [`  total: ${money(pack.total.totalMinor, pack.total.currency)} — ${pack.total.rule}`]),
    '',
    pack.deadline === null ? 'Deadline: the contract states none' : `Deadline: claim by ${pack.deadline.lastDay} (${pack.deadline.zone}; before ${pack.deadline.endsAt}) — ${pack.deadline.rule}${cited(pack.deadline.source)}`,
    '',
    'Evidence the contract requires:',
    ...(pack.evidence.length === 0 ? ['  none stated'] : pack.evidence.map((e) => `  - ${e.description}${cited(e.source)}`)),
    '',
    ...incidentLines(pack),
    '',
    'Clauses cited:',
    ...pack.citations.map((s) => `  ${s.section} (${s.document}): « ${s.quote} »`),
    '',
    'Re-run (same definition and files):',
    `  ${pack.rerun}`,
    '',
    'SHA-256 digests (re-run with the same definition and files to verify):',
    `  definition (canonical JSON): ${pack.digests.definition}`,
    ...pack.digests.files.map((f) => `  ${f.kind} ${f.file}: ${f.sha256}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The incidents of the pack, one line each: when, how long, what counted and what excused it. */
function incidentLines(pack: ClaimPackJson): string[] {
  const recorded = pack.incidents.filter((i) => i.recorded);
  if (recorded.length === 0) return ['Incidents: none recorded in the period'];
  const minutes = (ms: number): string => `${Math.round(ms / 600) / 100} min`;
  return [
    `Incidents (commitment "${recorded[0]?.commitment}"; start and end UTC):`,
    ...recorded.map((i) => `  ${i.start} → ${i.end} (${minutes(i.durationMs)}${i.causes.length > 0 ? `, ${i.causes.join('+')}` : ''}): counted ${minutes(i.countedMs)}, excused ${minutes(i.excusedMs)}${i.excusedBy.length > 0 ? ` by ${i.excusedBy.join(', ')}` : ''}${i.overBudgetMs > 0 ? ` (${minutes(i.overBudgetMs)} over the maintenance budget counted)` : ''}`),
  ];
}

/**
 * The claim pack as one self-contained HTML page.
 *
 * @example
 * ```ts
 * writeFileSync('claim.html', claimHtml(pack));
 * ```
 */
export function claimHtml(pack: ClaimPackJson): string {
  const row = (cells: readonly string[]): string => `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
    `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map(row).join('')}</tbody></table>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`Claim pack — ${pack.contract.name} — ${pack.period.label}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${escapeHtml(`Claim pack — ${pack.contract.name}`)}</h1>
<p>${escapeHtml(`Period ${pack.period.label}: ${pack.period.start} to ${pack.period.end}${pack.version === null ? '' : `, version ${pack.version}`}`)}</p>
<h2>Commitments</h2>
${table(['commitment', 'availability', 'exact', 'target', 'verdict', 'clause'], pack.commitments.map((c) => [c.id, `${c.availabilityPercent} %`, `${c.ratio.numerator} / ${c.ratio.denominator} ${c.ratioUnit}`, `${c.target} %`, c.met ? 'met' : 'missed', c.source?.section ?? '']))}
<h2>Credits</h2>
${table(['credit', 'commitment', 'amount', 'rule', 'clause'], pack.credits.map((c) => [c.id, c.commitment, money(c.amountMinor, pack.total?.currency ?? null), c.rule, c.source?.section ?? '']))}
${pack.total === null ? '' : `<p>${escapeHtml(`Total: ${money(pack.total.totalMinor, pack.total.currency)} — ${pack.total.rule}`)}</p>`}
<h2>Deadline</h2>
<p>${escapeHtml(pack.deadline === null ? 'The contract states none.' : `Claim by ${pack.deadline.lastDay} (${pack.deadline.zone}) — ${pack.deadline.rule}`)}</p>
<h2>Evidence the contract requires</h2>
<ul>${pack.evidence.map((e) => `<li>${escapeHtml(e.description)}</li>`).join('')}</ul>
<h2>Incidents</h2>
${table(['start (UTC)', 'end (UTC)', 'length ms', 'cause', 'counted ms', 'excused ms', 'excused by'], pack.incidents.filter((i) => i.recorded).map((i) => [i.start, i.end, String(i.durationMs), i.causes.join(' + '), String(i.countedMs), String(i.excusedMs), i.excusedBy.join(', ')]))}
<h2>Clauses cited</h2>
<ul>${pack.citations.map((s) => `<li><b>${escapeHtml(s.section)}</b> (${escapeHtml(s.document)}): « ${escapeHtml(s.quote)} »</li>`).join('')}</ul>
<h2>Re-run</h2>
<p><code>${escapeHtml(pack.rerun)}</code></p>
<h2>SHA-256 digests</h2>
${table(['input', 'file', 'sha256'], [['definition', 'canonical JSON', pack.digests.definition], ...pack.digests.files.map((f) => [f.kind, f.file, f.sha256])])}
</body>
</html>
`;
}

/**
 * `slakit claim`: the claim pack of a period.
 *
 * @example
 * ```ts
 * const code = await claimCommand.run(parseCommandArgs(claimCommand, ['--contract', 'aws.json', '--period', '2026-06', '--incidents', 'incidents.csv']), output);
 * ```
 */
export const claimCommand: Command = {
  name: 'claim',
  summary: 'claim pack of a period: figures, credits, deadline, evidence, clauses, SHA-256 digests',
  help: HELP,
  options: AVAILABILITY_OPTIONS,
  inputFiles: availabilityInputFiles,
  async run(args: CommandArgs, output) {
    const format = formatFlag(args, 'claim', ['text', 'json', 'html']);
    const { contract, inputs } = availabilityInputsFromArgs(args, 'claim');
    const digests = { algorithm: 'sha256' as const, definition: sha256Hex(canonicalJson(contract.definition)), files: fileDigests(args) };
    const report = await availabilityReport(contract, inputs, 'claim');
    const pack: ClaimPackJson = { ...claimPackOf(contract, report.report), digests, rerun: rerunCommand(args), rejected: report.json.rejected, summary: report.json.summary };
    if (format === 'json') output.report(`${JSON.stringify(pack, null, 2)}\n`);
    else if (format === 'html') output.report(claimHtml(pack));
    else output.report(claimText(pack));
    output.note(rejectionNotes(report.files));
    return pack.rejected.length > 0 ? EXIT.rejectedRows : EXIT.ok;
  },
};
