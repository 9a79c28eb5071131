import { type Contract, type ExplanationSegment, SlaError, type SourceRef, formatInstant, formatLocal } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, formatFlag, stringFlag } from '../command.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, checkRegion, contractFromArgs, contractInputs, readInstant, zoneFromArgs } from '../contract-source.js';
import { bothTimes, hoursText, localText } from '../render/time-text.js';

/** The JSON answer of `slakit due`. */
export interface DueJson {
  readonly contract: string;
  readonly priority: string;
  readonly region: string | null;
  readonly kind: 'contractual' | 'kpi';
  /** Business ms from the opening to the due instant. */
  readonly targetMs: number;
  /** A rule target in words (`end of the next business day`), or `null` for a duration. */
  readonly rule: string | null;
  readonly calendar: string;
  readonly zone: string;
  readonly openedAt: string;
  readonly openedAtLocal: string;
  readonly dueAt: string;
  readonly dueAtLocal: string;
  readonly explanation: string;
  /** Why: the stretches from opening to due, counted or not, and the reason. */
  readonly segments: readonly {
    readonly start: string;
    readonly end: string;
    readonly startLocal: string;
    readonly endLocal: string;
    readonly durationMs: number;
    readonly counted: boolean;
    readonly reason: string;
    readonly detail: string;
  }[];
  readonly source: SourceRef | null;
}

const HELP = `slakit due — when a ticket is due, in the contract's zone and in UTC, and why

Usage:
  slakit due --contract <id> --priority <p> --opened <iso> [--region <r>] [--format text|json]

Flags:
${CONTRACT_HELP}
  -p, --priority <p>             the ticket's priority (see "slakit contracts" for each contract's)
  --opened <iso>                 when the ticket was opened: ISO 8601 with offset or Z
  -r, --region <r>               the customer's region: required for contracts with regional calendars (lumapps)
  -f, --format text|json         default text
  -o, --out <file>               write the answer there instead of stdout
  -h, --help                     this help

Example:
  slakit due --contract linkando --priority critical --opened 2026-05-29T16:00:00+02:00
  # → due Mon 2026-06-01 16:00 +02:00 (2026-06-01T14:00:00.000Z): 2 h on Friday, 8 h on Monday
`;

/**
 * Answer a due question: the contract's due instant, with the stretches of
 * open and closed time that lead to it.
 *
 * @example
 * ```ts
 * dueJson(linkando(), 'critical', toInstant('2026-05-29T16:00:00+02:00'), undefined).dueAt; // "2026-06-01T14:00:00.000Z"
 * ```
 */
export function dueJson(contract: Contract, priority: string, openedAt: number, region: string | undefined): DueJson {
  const answer = contract.due(priority, openedAt, region === undefined ? {} : { region });
  return {
    contract: contract.id,
    priority: answer.priority,
    region: answer.region,
    kind: answer.kind,
    targetMs: answer.targetMs,
    rule: answer.rule,
    calendar: answer.calendar,
    zone: answer.zone,
    openedAt: formatInstant(answer.openedAt),
    openedAtLocal: formatLocal(answer.openedAt, answer.zone),
    dueAt: formatInstant(answer.dueAt),
    dueAtLocal: formatLocal(answer.dueAt, answer.zone),
    explanation: answer.explanation,
    segments: segmentsUntilDue(contract, priority, openedAt, answer.dueAt, region).map((segment) => ({
      start: formatInstant(segment.start),
      end: formatInstant(segment.end),
      startLocal: segment.startLocal,
      endLocal: segment.endLocal,
      durationMs: segment.durationMs,
      counted: segment.counted,
      reason: segment.reason,
      detail: segment.detail,
    })),
    source: answer.source ?? null,
  };
}

/** The clock's explanation of a ticket answered exactly at its due instant (empty when the clock cannot judge it). */
function segmentsUntilDue(contract: Contract, priority: string, openedAt: number, dueAt: number, region: string | undefined): readonly ExplanationSegment[] {
  try {
    const ticket = { id: 'due', priority, openedAt, respondedAt: dueAt, ...(region === undefined ? {} : { region }) };
    return contract.ticket(ticket, dueAt).explanation;
  } catch (error) {
    if (error instanceof SlaError) return [];
    throw error;
  }
}

/**
 * The answer in words: opened and due in local time and UTC, the target,
 * and each stretch of time with what it contributed.
 *
 * @example
 * ```ts
 * console.log(dueText(dueJson(linkando(), 'critical', opened, undefined), 'Linkando'));
 * ```
 */
export function dueText(due: DueJson, contractName: string): string {
  const opened = Date.parse(due.openedAt);
  const dueAt = Date.parse(due.dueAt);
  const lines = [
    `${contractName}`,
    `${due.priority}${due.region ? ` (region ${due.region})` : ''}: ${due.rule === null ? hoursText(due.targetMs) : `${due.rule} (here ${hoursText(due.targetMs)})`} of calendar "${due.calendar}" (${due.zone}), ${due.kind === 'kpi' ? 'a KPI target' : 'a contractual target'}`,
    '',
    `  opened  ${bothTimes(opened, due.zone)}`,
    `  due     ${bothTimes(dueAt, due.zone)}`,
  ];
  if (due.segments.length > 0) {
    lines.push('', 'Why:');
    let counted = 0;
    for (const segment of due.segments) {
      const from = localText(Date.parse(segment.start), due.zone);
      const to = localText(Date.parse(segment.end), due.zone);
      if (segment.counted) counted += segment.durationMs;
      const what = segment.counted ? `counts ${hoursText(segment.durationMs)}` : `does not count (${segment.detail})`;
      lines.push(`  ${from} → ${to}  ${what}`);
    }
    lines.push(`  total counted: ${hoursText(counted)} = the target`);
  } else {
    lines.push('', `Why: ${due.explanation}`);
  }
  if (due.source) lines.push('', `Source: ${due.source.document}, ${due.source.section}:`, `  « ${due.source.quote} »`);
  return `${lines.join('\n')}\n`;
}

/**
 * `slakit due`.
 *
 * @example
 * ```ts
 * const code = await dueCommand.run(parseCommandArgs(dueCommand, ['--contract', 'linkando', '--priority', 'critical', '--opened', '2026-05-29T16:00:00+02:00']), output);
 * ```
 */
export const dueCommand: Command = {
  name: 'due',
  summary: 'when a ticket of a priority opened at an instant is due, and why',
  help: HELP,
  options: {
    ...CONTRACT_OPTIONS,
    priority: { type: 'string', short: 'p' },
    opened: { type: 'string' },
    region: { type: 'string', short: 'r' },
    format: { type: 'string', short: 'f' },
  },
  inputFiles: contractInputs,
  async run(args: CommandArgs, output) {
    const format = formatFlag(args, 'due', ['text', 'json']);
    const contract = contractFromArgs(args, 'due');
    const zone = zoneFromArgs(args, 'due');
    const priority = stringFlag(args, 'priority', 'due', { required: true });
    const openedText = stringFlag(args, 'opened', 'due', { required: true });
    const region = checkRegion(contract, stringFlag(args, 'region', 'due'), 'due', { required: true });
    let due: DueJson;
    try {
      due = dueJson(contract, priority, readInstant(openedText, '--opened', zone), region);
    } catch (error) {
      if (error instanceof SlaError) throw new CliUsageError(error.message, 'due');
      throw error;
    }
    output.report(format === 'json' ? `${JSON.stringify(due, null, 2)}\n` : dueText(due, contract.name));
    return EXIT.ok;
  },
};
