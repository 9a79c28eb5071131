import { type CalendarDefinition, type CommitmentDefinition, type Contract, type MaintenanceDefinition, isTargetRule, readIcsEvents, targetRuleText } from '../../index.js';
import { CliUsageError, EXIT } from '../cli-error.js';
import { type Command, type CommandArgs, formatFlag } from '../command.js';
import { PRESETS, contractFromFile, definitionDurationMs } from '../contract-source.js';
import { hoursText } from '../render/time-text.js';

const HELP = `slakit contracts — the presets, their rules and their ambiguities

Usage:
  slakit contracts [<id> | <file.json>] [--format text|json]

Lists every preset (or one, or the contract definition in a JSON file): calendars, response priorities and targets, regions,
availability commitments, incident causes, maintenance windows, the credit table,
and each ambiguity with its default reading and the --option that switches it.

Flags:
  -f, --format text|json   default text
  -o, --out <file>         write the list there instead of stdout
  -h, --help               this help

Example:
  slakit contracts letsignit
`;

/**
 * One preset in words: rules, then ambiguities with their options.
 *
 * @example
 * ```ts
 * console.log(contractText(letsignit()));
 * ```
 */
export function contractText(contract: Contract, source: 'preset' | 'file' = 'preset'): string {
  const d = contract.definition;
  const lines = [`${contract.id} — ${contract.name}${d.document ? ` (${d.document})` : ''}`];
  lines.push('  calendars:');
  for (const [id, calendar] of Object.entries(d.calendars)) lines.push(`    ${id}: ${calendarText(calendar)}`);
  if (d.regions) lines.push(`  regions: ${Object.entries(d.regions).map(([id, r]) => `${id} (calendar ${r.calendar})`).join(', ')}`);
  if (d.responses) {
    lines.push('  response priorities:');
    for (const [id, target] of Object.entries(d.responses.priorities)) {
      const calendar = target.calendar === '$region' ? "the ticket's region calendar" : `calendar ${target.calendar}`;
      const value = isTargetRule(target.target) ? targetRuleText(target.target) : hoursText(definitionDurationMs(target.target, id));
      lines.push(`    ${id}: ${value} on ${calendar}${target.kind === 'kpi' ? ' (KPI, not a breach)' : ''}`);
    }
    for (const [metric, definition] of Object.entries(d.responses.metrics ?? {})) {
      if (definition === undefined) continue;
      lines.push(`  ${metric} targets:`);
      for (const [id, target] of Object.entries(definition.priorities)) {
        const value = isTargetRule(target.target) ? targetRuleText(target.target) : hoursText(definitionDurationMs(target.target, id));
        lines.push(`    ${id}: ${value} on ${target.calendar === '$region' ? "the ticket's region calendar" : `calendar ${target.calendar}`}`);
      }
    }
    const statuses = d.responses.statuses;
    if (statuses) lines.push(`  statuses: run on ${statuses.runOn?.join(', ') || '—'}; pause on ${statuses.pauseOn?.join(', ') || '—'}; stop on ${statuses.stopOn?.join(', ') || '—'}`);
  }
  const availability = d.availability;
  if (availability) {
    lines.push(`  availability (${availability.zone}):`);
    for (const c of availability.commitments) lines.push(`    ${c.id}: ${commitmentText(c)}`);
    const causes = contract.incidentCauses();
    lines.push(
      causes.checked
        ? `    incident causes: ${causes.declared.join(', ')} (excluded: ${causes.excluded.join(', ')}; any other label is rejected unless --cause-alias or --unknown-causes count)`
        : '    incident causes: none excluded, every label counts as downtime',
    );
    if (availability.recordingThreshold !== undefined) lines.push(`    incidents shorter than ${hoursText(definitionDurationMs(availability.recordingThreshold, 'recordingThreshold'))} are not recorded`);
    if (availability.probes) lines.push(`    probes every ${hoursText(definitionDurationMs(availability.probes.interval, 'interval'))}${availability.probes.latencyThresholdMs !== undefined ? `, down above ${availability.probes.latencyThresholdMs} ms` : ''}`);
    const budget = availability.maintenanceBudget;
    if (budget) lines.push(`    maintenance budget: at most ${hoursText(definitionDurationMs(budget.budget, 'budget'))} excused per ${budget.per}; the excess counts`);
    for (const window of contract.maintenanceWindows()) {
      lines.push(`    maintenance ${window.id}: ${window.kind === 'ad-hoc' ? `${announcedText(availability.maintenance?.find((rule) => rule.id === window.id))} (slakit availability --maintenance f.csv or --maintenance-ics f.ics)` : window.description}`);
    }
  }
  if (d.penalties) {
    lines.push(`  service credit (fed by ${d.penalties.commitment}${d.penalties.capPercent !== undefined ? `, capped at ${d.penalties.capPercent} %` : ''}):`);
    for (const tier of d.penalties.tiers) {
      const low = tier.min === undefined ? '' : `${tier.min} % ${tier.minInclusive === false ? '<' : '≤'} `;
      const high = tier.max === undefined ? '' : ` ${tier.maxInclusive ? '≤' : '<'} ${tier.max} %`;
      lines.push(`    ${low}A${high}: ${tier.creditPercent} %`);
    }
  }
  const remedies = d.remedies;
  if (remedies?.credits?.length) {
    lines.push('  service credits:');
    for (const credit of remedies.credits) lines.push(`    ${credit.id ?? credit.type}: ${credit.type}${'commitment' in credit && credit.commitment !== undefined ? ` (fed by ${credit.commitment})` : ''}${'capPercent' in credit && credit.capPercent !== undefined ? `, capped at ${String(credit.capPercent)} %` : ''}`);
    if (remedies.total?.capPercent !== undefined) lines.push(`    all credits capped at ${String(remedies.total.capPercent)} % of the fee`);
  }
  for (const right of remedies?.termination ?? []) {
    const what = right.type === 'consecutive-misses' ? `${right.count} missed periods in a row` : right.type === 'misses-in-window' ? `${right.misses} missed of ${right.window} periods` : `a period ${right.comparison === 'at-or-below' ? 'at or below' : 'below'} ${String(right.percent)} %`;
    lines.push(`  termination right ${right.id ?? right.type}: ${what}${right.commitment ? ` (commitment ${right.commitment})` : ''}`);
  }
  const claims = d.claims;
  if (claims?.deadline) lines.push(`  claim deadline: ${claims.deadline.type}${'days' in claims.deadline ? `, ${String(claims.deadline.days)} days` : ''}${'cycles' in claims.deadline ? `, ${String(claims.deadline.cycles)} cycles` : ''}${'months' in claims.deadline ? `, ${String(claims.deadline.months)} months` : ''} (${claims.deadline.zone})`);
  for (const evidence of claims?.evidence ?? []) lines.push(`  claim evidence: ${evidence.description}`);
  if (d.versions?.length) lines.push(`  versions: ${d.versions.map((v, i) => `${v.id ?? `versions[${i}]`} from ${String(v.effectiveFrom)}`).join(', ')}`);
  if (contract.ambiguities.length > 0) {
    lines.push(source === 'preset' ? '  ambiguities (default reading; --option to switch):' : '  ambiguities (default reading; edit the field named to switch):');
    for (const a of contract.ambiguities) {
      lines.push(`    ${a.id} [${a.clause}] ${a.question}`);
      lines.push(`      default: ${a.defaultReading}`);
      lines.push(source === 'preset' ? `      --option ${a.option}=…: ${a.alternatives.join('; ')}` : `      edit ${a.option}: ${a.alternatives.join('; ')}`);
    }
  }
  return lines.join('\n');
}

/** A commitment in words: `≥ 99.9 % per month, 24/7`, or a series' statistic against its bound. */
function commitmentText(c: CommitmentDefinition): string {
  const period = typeof c.period === 'string' ? c.period : c.period.type === 'fiscal-quarter' || c.period.type === 'fiscal-year' ? `${c.period.type} (from month ${c.period.startMonth})` : c.period.type;
  const metric = c.metric;
  if (metric?.type === 'series') {
    const statistic = metric.statistic === 'mean' ? 'mean' : `p${String(metric.percentile)}`;
    return `${statistic} of series "${metric.series}" ${metric.comparison === 'at-least' ? '≥' : '≤'} ${String(metric.bound)}${metric.unit === undefined ? '' : ` ${metric.unit}`} per ${period}`;
  }
  return `≥ ${String(c.target)} % per ${period}${c.measuredCalendar ? `, measured on calendar ${c.measuredCalendar}` : ', 24/7'}`;
}

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const title = (day: string): string => `${day[0]?.toUpperCase()}${day.slice(1)}`;

function calendarText(calendar: CalendarDefinition): string {
  if ('always' in calendar) return `24/7, ${calendar.zone}`;
  // Consecutive days with the same hours read as one run: "Mon–Fri 08:00-18:00".
  const runs: { first: (typeof WEEK)[number]; last: (typeof WEEK)[number]; hours: string }[] = [];
  for (const day of WEEK) {
    const hours = (calendar.week[day] ?? []).join(' ');
    const previous = runs[runs.length - 1];
    if (hours !== '' && previous?.hours === hours && WEEK.indexOf(previous.last) === WEEK.indexOf(day) - 1) previous.last = day;
    else if (hours !== '') runs.push({ first: day, last: day, hours });
  }
  const days = runs.map((run) => `${title(run.first)}${run.last === run.first ? '' : `–${title(run.last)}`} ${run.hours}`);
  const holidays = calendar.holidays?.length ? `, closed on ${calendar.holidays.join(', ')} public holidays` : ', no holidays';
  const closures = calendar.closures?.length ? `; closed on the days of ${calendar.closures.map(closureText).join(', ')}` : '';
  return `${days.join(', ')} (${calendar.zone})${holidays}${closures}`;
}

/** One source of a calendar's `closures`: `{ ics }`, `{ icsFile }` or closures as data. */
type ClosureDefinition = NonNullable<Extract<CalendarDefinition, { readonly week: unknown }>['closures']>[number];

/** One closure source in words: `iCalendar file office-closures.ics`, `the iCalendar feed (Office move, …)`, or `2026-12-24 (3 days, FREQ=YEARLY) "Christmas"`. */
function closureText(closure: ClosureDefinition): string {
  if ('icsFile' in closure) return `iCalendar file ${closure.icsFile}`;
  if ('ics' in closure) {
    // The CLI has read an `icsFile` into `ics`: name the feed by its events (SUMMARY, else UID).
    const names = readIcsEvents(closure.ics).events.map((event) => event.summary ?? event.uid);
    return `the iCalendar feed (${names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`})`;
  }
  const repeat = [closure.days === undefined ? '' : `${closure.days} days`, closure.rrule ?? ''].filter((part) => part !== '').join(', ');
  return `${closure.date}${repeat === '' ? '' : ` (${repeat})`}${closure.summary === undefined ? '' : ` "${closure.summary}"`}`;
}

/** An announced-window (ad-hoc) maintenance rule in words, with its minimum notice. */
function announcedText(rule: MaintenanceDefinition | undefined): string {
  const notice = rule?.type === 'adHoc' && rule.minimumNotice !== undefined ? `, announced at least ${hoursText(definitionDurationMs(rule.minimumNotice, 'minimumNotice'))} before` : '';
  return `announced windows${notice}`;
}

/**
 * `slakit contracts`.
 *
 * @example
 * ```ts
 * const code = await contractsCommand.run(parseCommandArgs(contractsCommand, ['letsignit']), output);
 * ```
 */
export const contractsCommand: Command = {
  name: 'contracts',
  summary: 'list the presets with their rules and ambiguities',
  help: HELP,
  positionals: ['id'],
  options: { format: { type: 'string', short: 'f' } },
  async run(args: CommandArgs, output) {
    const format = formatFlag(args, 'contracts', ['text', 'json']);
    const only = args.positionals[0];
    const fromFile = only !== undefined && !Object.hasOwn(PRESETS, only) && only.toLowerCase().endsWith('.json');
    if (only !== undefined && !fromFile && !Object.hasOwn(PRESETS, only)) {
      throw new CliUsageError(`unknown contract "${only}": expected one of ${Object.keys(PRESETS).join(', ')}, or a contract definition file ending in .json`, 'contracts');
    }
    const contracts = fromFile
      ? [contractFromFile(only)]
      : Object.entries(PRESETS)
          .filter(([id]) => only === undefined || id === only)
          .map(([, preset]) => preset({}));
    if (format === 'json') {
      const json = contracts.map((c) => ({ id: c.id, name: c.name, priorities: c.priorities, regions: c.regions, calendars: c.calendarIds, ambiguities: c.ambiguities, definition: c.definition }));
      output.report(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      output.report(`${contracts.map((contract) => contractText(contract, fromFile ? 'file' : 'preset')).join('\n\n')}\n`);
    }
    return EXIT.ok;
  },
};
