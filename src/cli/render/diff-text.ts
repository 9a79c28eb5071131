import type { CommitmentJudgement, CreditJudgement, ReadingDifference, RuleDifference, RuleSide, SourceRef } from '../../index.js';
import type { AvailabilityDiffJson, DiffSideJson, TicketDiffJson, TicketSideJson } from '../commands/diff-report.js';
import { formatMoney } from '../money.js';
import { type FileRows, rowsText } from './rows-text.js';
import { table } from './table.js';
import { localText } from './time-text.js';

/**
 * A ticket diff for a person: the two sides, the readings that differ, one
 * line per changed ticket (each side's verdict and due instant in the
 * calendar's local time), why (the rules that differ, with their clauses,
 * once for the tickets they explain), the summary and the rows.
 *
 * @example
 * ```ts
 * console.log(ticketDiffText(output.json, output.files, 'export.csv'));
 * ```
 */
export function ticketDiffText(json: TicketDiffJson, files: readonly FileRows[], file: string): string {
  const rows = json.changes.map((change) => [change.id, priorityOf(change.a, change.b), ...sideCells(change.a), ...sideCells(change.b), change.changed.map((c) => (c === 'metric' ? `metric (${change.metrics.join(', ')})` : c)).join(', ')]);
  return [
    ...header(json.a, json.b, json.readings),
    `Tickets from ${file}, judged at ${json.now ?? '(no ticket)'}`,
    '',
    rows.length === 0 ? 'No ticket changes.' : table(['id', 'priority', 'A verdict', 'A due (local)', 'B verdict', 'B due (local)', 'changed'], rows),
    ...whyText(json.changes.map((change) => ({ id: change.id, rules: change.rules }))),
    '',
    `Summary: ${json.summary.changed} of ${json.summary.compared} ticket(s) change (${json.summary.unchanged} unchanged)`,
    '',
    rowsText(files),
    '',
  ].join('\n');
}

/**
 * An availability diff for a person: the two sides, the readings that
 * differ, one line per changed commitment (each side's figure, verdict and
 * credit), why, the total when it differs, the summary and the rows.
 *
 * @example
 * ```ts
 * console.log(availabilityDiffText(json, files, 'EUR'));
 * ```
 */
export function availabilityDiffText(json: AvailabilityDiffJson, files: readonly FileRows[], currency: string | undefined): string {
  const cells = (side: CommitmentJudgement, credits: readonly (CreditJudgement | null)[]) => commitmentCells(side, credits, currency);
  const rows = json.changes.map((change) => [change.id, ...cells(change.a, change.credits.map((c) => c.a)), ...cells(change.b, change.credits.map((c) => c.b)), change.changed.join(', ')]);
  const total = json.total;
  const money = (t: NonNullable<typeof total>['a']): string => (t === null ? '—' : t.currency === null ? String(t.totalMinor) : formatMoney(t.totalMinor, t.currency));
  return [
    ...header(json.a, json.b, json.readings),
    json.periodB === null
      ? `Period ${json.period.label}: ${json.period.start} to ${json.period.end}`
      : `Period ${json.period.label}: A ${json.period.start} to ${json.period.end}; B ${json.periodB.start} to ${json.periodB.end} (another zone)`,
    '',
    rows.length === 0 ? 'No commitment changes.' : table(['commitment', 'A figure', 'A verdict', 'A credit', 'B figure', 'B verdict', 'B credit', 'changed'], rows),
    ...whyText(json.changes.map((change) => ({ id: change.id, rules: change.rules }))),
    ...(total === null ? [] : ['', `Credits in total (after the cap): A ${money(total.a)}, B ${money(total.b)}`]),
    '',
    `Summary: ${json.summary.changed} of ${json.summary.compared} commitment(s) change (${json.summary.unchanged} unchanged)`,
    '',
    rowsText(files),
    '',
  ].join('\n');
}

function header(a: DiffSideJson, b: DiffSideJson, readings: readonly ReadingDifference[]): string[] {
  const lines = a.name === b.name ? [`${a.name} — what-if: A = ${a.given}, B = ${b.given}`, ''] : [`What-if: A = ${a.given} (${a.name}), B = ${b.given} (${b.name})`, ''];
  if (readings.length === 0) return lines;
  return [
    ...lines,
    'Readings that differ:',
    ...readings.map((r) => `  ${r.option}${r.clause === undefined ? '' : ` (${r.clause})`}: A ${valueText(r.a)}, B ${valueText(r.b)}${r.question === undefined ? '' : ` — ${r.question}`}`),
    '',
  ];
}

function priorityOf(a: TicketSideJson, b: TicketSideJson): string {
  const priorities = [a, b].flatMap((side) => (side.verdict === 'refused' ? [] : [side.priority]));
  return [...new Set(priorities)].join(' → ') || '—';
}

function sideCells(side: TicketSideJson): [string, string] {
  if (side.verdict === 'refused') return ['refused', side.reason];
  return [side.verdict, localText(Date.parse(side.dueAt), side.zone)];
}

function commitmentCells(side: CommitmentJudgement, credits: readonly (CreditJudgement | null)[], currency: string | undefined): [string, string, string] {
  if (!side.evaluated) return ['not evaluated', side.reason, '—'];
  const credit = credits.filter((c): c is CreditJudgement => c !== null).map((c) => creditText(c, currency)).join(' + ') || '—';
  return [`${side.figure} %`, side.met === null ? '—' : side.met ? 'met' : 'MISSED', credit];
}

/** A credit as `3 %`, or `3 % = 44.70 EUR` with a fee. */
function creditText(credit: CreditJudgement, currency: string | undefined): string {
  const percent = credit.tierPercent === null ? (credit.percentOfFee === null ? '' : `${credit.percentOfFee} %`) : `${credit.tierPercent} %`;
  if (credit.amountMinor === null || currency === undefined) return percent || '0';
  return `${percent}${percent ? ' = ' : ''}${formatMoney(credit.amountMinor, currency)}`;
}

/** The rules that differ, each set written once with the ids it explains. */
function whyText(changes: readonly { readonly id: string; readonly rules: readonly RuleDifference[] }[]): string[] {
  const groups = new Map<string, { ids: string[]; rules: readonly RuleDifference[] }>();
  for (const { id, rules } of changes) {
    const key = JSON.stringify(rules);
    const group = groups.get(key) ?? { ids: [], rules };
    group.ids.push(id);
    groups.set(key, group);
  }
  if (groups.size === 0) return [];
  const lines = ['', 'Why (the rules that differ, A then B):'];
  for (const { ids, rules } of groups.values()) {
    lines.push(`  ${ids.join(', ')}:`);
    if (rules.length === 0) lines.push('    no rule of the definitions differs (the calendars\' holidays or the inputs do)');
    for (const rule of rules) lines.push(`    ${ruleText(rule)}`);
  }
  return lines;
}

/** `path: A x; B y [clause]`, the clause written once when both sides cite the same one. */
function ruleText(rule: RuleDifference): string {
  const value = (side: RuleSide): string => ('value' in side ? valueText(side.value) : '(none)');
  const cite = (side: RuleSide): string => (side.source === undefined ? '' : ` [${citation(side.source)}]`);
  if (JSON.stringify(rule.a.source) === JSON.stringify(rule.b.source)) return `${rule.path}: A ${value(rule.a)}; B ${value(rule.b)}${cite(rule.a)}`;
  return `${rule.path}: A ${value(rule.a)}${cite(rule.a)}; B ${value(rule.b)}${cite(rule.b)}`;
}

function citation(source: SourceRef): string {
  const quote = source.quote.length > 60 ? `${source.quote.slice(0, 57)}…` : source.quote;
  return `${source.section}: « ${quote.replace(/\s+/g, ' ')} »`;
}

function valueText(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}
