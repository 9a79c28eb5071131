import { formatPercent } from '../../index.js';
import { excusedBy } from '../../contract/commitment-incidents.js';
import type { AvailabilityReport, IncidentView } from '../commands/availability-report.js';
import { formatMoney } from '../money.js';
import { rowsText } from './rows-text.js';
import { figureFormula } from './figure-formula.js';
import { table } from './table.js';
import { bothTimes, hoursText, localText } from './time-text.js';

/**
 * The availability report for a person: the period in local time and UTC,
 * the four measures, the availability, each commitment, the credit, the
 * recorded incidents (what counted, what was excused and by what) and the
 * files' row accounting.
 *
 * @example
 * ```ts
 * console.log(availabilityText(await availabilityReport(letsignit(), { period: '2026-03', incidents: 'incidents.csv' })));
 * ```
 */
export function availabilityText(report: AvailabilityReport): string {
  const { json, zone, result, contract } = report;
  const start = Date.parse(json.period.start);
  const end = Date.parse(json.period.end);
  const formula = figureFormula(report);
  const commitments = report.report.commitments.map((c) => [c.id, `${c.availabilityPercent} %`, `${c.target} %`, c.met ? 'met' : 'MISSED', c.metric, c.source ? `${c.source.section}` : '']);
  const lines = [
    `${contract.name}`,
    `Availability for ${report.label} (${zone}), figures of commitment "${json.commitment}"`,
    `  from ${bothTimes(start, zone)}`,
    `  to   ${bothTimes(end, zone)}`,
    '',
    table(
      ['measure', 'time', ''],
      [
        ['measured time |P|', hoursText(json.measuredMs), result.measuredMs === end - start ? 'the whole period' : 'open time of the measured calendar'],
        ['excused downtime |X|', hoursText(json.excusedMs), 'maintenance windows, excluded causes'],
        ['counted downtime |C|', hoursText(json.countedDowntimeMs), 'recorded incidents not excused'],
        ['unmonitored', hoursText(json.unmonitoredMs), 'no probe result: reported, counted as the contract says'],
      ],
      [1],
    ),
    '',
    `  availability = ${formula} = ${formatPercent(report.figure, 4)} %`,
    '',
    'Commitments:',
    table(['commitment', 'availability', 'target', 'verdict', 'metric', 'clause'], commitments, [1]),
    '',
    ...seriesText(report),
    creditText(report),
    '',
    ...incidentsText(report),
    ...(json.notes.length > 0 ? ['Notes:', ...json.notes.map((note) => `  - ${note}`), ''] : []),
    rowsText(report.files),
  ];
  return `${lines.join('\n')}\n`;
}

/** The series commitments: statistic over the period against its bound (nothing when the contract has none). */
function seriesText(report: AvailabilityReport): string[] {
  const series = report.report.seriesCommitments;
  if (series.length === 0) return [];
  const rows = series.map((c) => {
    const unit = c.unit === undefined ? '' : ` ${c.unit}`;
    const statistic = c.statistic === 'mean' ? 'mean' : `p${c.percentile}`;
    const value = c.value === undefined ? 'no point' : `${c.value}${unit}${c.rank === undefined ? '' : ` (rank ${c.rank} of ${c.points})`}`;
    const verdict = c.met === null ? 'not judged' : c.met ? 'met' : 'MISSED';
    return [c.id, `${statistic} of ${c.series}`, value, `${c.comparison === 'at-most' ? '≤' : '≥'} ${c.bound}${unit}`, verdict, c.source ? c.source.section : ''];
  });
  return ['Series commitments:', table(['commitment', 'statistic', 'value', 'bound', 'verdict', 'clause'], rows, [2]), ''];
}

/**
 * What excused an incident's downtime, by rule and window; with the part of
 * it over the maintenance budget, which counts.
 *
 * @example
 * ```ts
 * excusedText(view); // "maintenance: mnt-1 (1 h over the maintenance budget, counted)"
 * ```
 */
export function excusedText(view: IncidentView): string {
  const rules = excusedBy(view.incident).join(', ');
  return view.overBudgetMs === 0 ? rules : `${rules} (${hoursText(view.overBudgetMs)} over the maintenance budget, counted)`;
}

function creditText(report: AvailabilityReport): string {
  const credit = report.report.credit;
  if (credit === null) return 'Service credit: none (the contract has no credit table for this commitment)';
  const amount = credit.amountMinor !== null && credit.currency !== null ? ` = ${formatMoney(credit.amountMinor, credit.currency)}` : ' (give --fee and --currency for the amount)';
  const source = report.report.credits[0]?.tier?.source;
  return `Service credit (fed by "${credit.commitment}"): ${credit.percent} % of ${report.feeShare}${amount}${source ? `\n  ${source.section}: « ${source.quote} »` : ''}`;
}

function incidentsText(report: AvailabilityReport): string[] {
  const { zone } = report;
  const recorded = report.incidents.filter((view) => view.incident.recorded);
  const dropped = report.incidents.length - recorded.length;
  if (report.incidents.length === 0) return ['Incidents: none in the period', ''];
  const rows = recorded.map((view) => [
    localText(view.incident.start, zone),
    localText(view.incident.end, zone),
    hoursText(view.incident.durationMs),
    view.incident.causes.join('+'),
    hoursText(view.countedMs),
    excusedText(view),
  ]);
  return [
    `Incidents recorded: ${recorded.length}${dropped > 0 ? ` (${dropped} shorter than the recording threshold not recorded)` : ''}`,
    table(['start (local)', 'end (local)', 'length', 'cause', 'counted', 'excused by'], rows, [2, 4]),
    '',
  ];
}
