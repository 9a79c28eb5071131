import {
  type AdHocWindowInput,
  type AvailabilityRatio,
  type AvailabilityResult,
  type CauseReading,
  type CommitmentReport,
  type Contract,
  type ContractAvailabilityReport,
  type Incident,
  type IncidentCauses,
  type Interval,
  type ProbeSeries,
  AvailabilityPeriod,
  SlaError,
  SlaInputError,
  type SourceRef,
  formatInstant,
  maintenanceIntervals,
} from '../../index.js';
import { CliUsageError } from '../cli-error.js';
import { csvSource } from '../csv/csv-source.js';
import type { RejectedRow, RowLedger } from '../csv/row-ledger.js';
import { readIncidentFile } from '../inputs/incident-file.js';
import { readMaintenanceFile } from '../inputs/maintenance-file.js';
import { readProbeFile } from '../inputs/probe-file.js';
import type { Fee } from '../money.js';
import type { FileRows } from '../render/rows-text.js';

/** The input files and fee of `slakit availability`. */
export interface AvailabilityInputs {
  readonly period: string;
  readonly probes?: string | undefined;
  readonly incidents?: string | undefined;
  readonly maintenance?: string | undefined;
  readonly fee?: Fee | undefined;
  /** Zone for date-times written without offset (`--zone`). */
  readonly zone?: string | undefined;
  /** How incident causes are read (`--cause-alias`, `--unknown-causes`): the contract's rule, as in the API. */
  readonly causes?: CauseReading | undefined;
  /** `--no-downtime`: the user states there was no downtime (no probe or incident file is given). */
  readonly noDowntime?: boolean | undefined;
}

/** An interval in the JSON output (ISO 8601 UTC with ms). */
export interface IntervalJson {
  readonly start: string;
  readonly end: string;
}

/** The JSON output of `slakit availability`. */
export interface AvailabilityJson {
  readonly contract: string;
  readonly period: IntervalJson;
  /** The commitment the figures and the credit are computed for (the credit table's, else the first). */
  readonly commitment: string;
  readonly measuredMs: number;
  readonly excusedMs: number;
  readonly countedDowntimeMs: number;
  readonly unmonitoredMs: number;
  /** `ratio` as a number (1 when everything was excused). */
  readonly availability: number;
  /** The exact availability in integer ms, which tiers and commitments are decided on. */
  readonly ratio: AvailabilityRatio;
  readonly commitments: readonly { readonly id: string; readonly target: string; readonly met: boolean }[];
  readonly credit: { readonly percent: number; readonly amountMinor: number | null; readonly currency: string | null } | null;
  readonly incidents: readonly {
    readonly start: string;
    readonly end: string;
    readonly durationMs: number;
    readonly causes: readonly string[];
    readonly ids: readonly string[];
    readonly recorded: boolean;
    readonly reason: string | null;
    readonly countedMs: number;
    readonly excusedMs: number;
    readonly counted: readonly IntervalJson[];
    readonly excused: readonly (IntervalJson & { readonly rule: string; readonly by: string })[];
  }[];
  readonly rejected: readonly (RejectedRow & { readonly file: string })[];
  /** Per input file: rows read = rows used + rows rejected. */
  readonly summary: {
    readonly rowsRead: number;
    readonly rowsUsed: number;
    readonly rowsRejected: number;
    readonly files: readonly { readonly kind: 'probes' | 'incidents' | 'maintenance'; readonly file: string; readonly rowsRead: number; readonly rowsUsed: number; readonly rowsRejected: number }[];
  };
  /** What the engine did with the input (sorting, duplicates, unmonitored time, windows that do not excuse). */
  readonly notes: readonly string[];
}

/** One maintenance window's time inside the period, for the timeline. */
export interface MaintenanceSpan {
  readonly by: string;
  readonly description: string;
  readonly intervals: readonly Interval[];
  readonly source?: SourceRef;
}

/** Everything a renderer needs: the JSON plus the zone, the engine's result, maintenance spans, the files' books. */
export interface AvailabilityReport {
  readonly json: AvailabilityJson;
  readonly contract: Contract;
  readonly zone: string;
  readonly label: string;
  readonly result: AvailabilityResult;
  readonly fed: CommitmentReport;
  readonly report: ContractAvailabilityReport;
  readonly maintenance: readonly MaintenanceSpan[];
  readonly files: readonly FileRows[];
}

/**
 * Read the probe, incident and maintenance files (streaming; probes as typed
 * arrays) and compute the contract's availability for the period.
 *
 * @example
 * ```ts
 * const report = await availabilityReport(letsignit(), { period: '2026-03', incidents: 'incidents.csv' });
 * report.json.credit?.percent;
 * ```
 */
export async function availabilityReport(contract: Contract, inputs: AvailabilityInputs): Promise<AvailabilityReport> {
  const definition = contract.definition.availability;
  if (!definition) throw new CliUsageError(`contract ${contract.id} has no availability commitments`, 'availability');
  let period: AvailabilityPeriod;
  try {
    period = AvailabilityPeriod.parse(inputs.period, definition.zone);
  } catch (error) {
    if (error instanceof SlaError) throw new CliUsageError(`--period: ${error.message}`, 'availability');
    throw error;
  }
  let causes: IncidentCauses;
  try {
    causes = contract.incidentCauses(inputs.causes);
  } catch (error) {
    if (error instanceof SlaInputError) throw new CliUsageError(`--cause-alias ${error.field.replace(/^causeAliases\./, '')}=${String(error.value)}: expected ${error.expected}`, 'availability');
    throw error;
  }
  // Everything the flags decide is checked before a byte of input is read.
  const { evaluated, skipped } = contract.commitmentsFor(period);
  if (evaluated.length === 0) {
    throw new CliUsageError(`--period ${inputs.period}: no commitment of contract ${contract.id} is measured over such a period (${skipped.map((s) => `${s.id}: ${s.reason}`).join('; ')})`, 'availability');
  }
  if (inputs.probes !== undefined && definition.probes === undefined) {
    throw new CliUsageError(`--probes: contract ${contract.id} states no probe rule (interval, timeout); give --incidents instead`, 'availability');
  }
  const observed = inputs.probes !== undefined || inputs.incidents !== undefined;
  if (!observed && inputs.noDowntime !== true) {
    throw new CliUsageError('no downtime observation: give --probes and/or --incidents, or --no-downtime to state that there was no downtime in the period', 'availability');
  }
  if (observed && inputs.noDowntime === true) throw new CliUsageError('--no-downtime contradicts --probes/--incidents: give one or the other', 'availability');
  const fromStdin = [inputs.probes, inputs.incidents, inputs.maintenance].filter((file) => file === '-').length;
  if (fromStdin > 1) throw new CliUsageError('standard input ("-") can feed one input file only', 'availability');
  const files: { kind: 'probes' | 'incidents' | 'maintenance'; ledger: RowLedger }[] = [];
  let series: ProbeSeries | undefined;
  let incidents: Incident[] | undefined;
  let windows: AdHocWindowInput[] | undefined;
  if (inputs.probes !== undefined) {
    const read = await readProbeFile(csvSource(inputs.probes), inputs.zone);
    series = read.series;
    files.push({ kind: 'probes', ledger: read.ledger });
  }
  if (inputs.incidents !== undefined) {
    const read = await readIncidentFile(csvSource(inputs.incidents), causes, inputs.zone);
    incidents = read.incidents;
    files.push({ kind: 'incidents', ledger: read.ledger });
  }
  if (inputs.maintenance !== undefined) {
    const read = await readMaintenanceFile(csvSource(inputs.maintenance), inputs.zone);
    windows = read.windows;
    files.push({ kind: 'maintenance', ledger: read.ledger });
  }

  const report = contract.availability({
    // The text, not the parsed period: the contract skips commitments measured over another length.
    period: inputs.period,
    ...(incidents ? { incidents } : {}),
    // Typed arrays straight from the CSV stream: no object per probe.
    ...(series ? { probes: series } : {}),
    ...(windows ? { maintenance: windows } : {}),
    ...(inputs.fee ? { feeMinor: inputs.fee.amountMinor, currency: inputs.fee.currency } : {}),
    ...inputs.causes,
  });
  const fed = report.commitments.find((c) => c.id === report.credit?.commitment) ?? report.commitments[0];
  if (fed === undefined) throw new Error(`availability: no commitment evaluated for ${inputs.period} although ${evaluated.join(', ')} should be`);
  const result = fed.result;
  const coverage = maintenanceIntervals(contract.maintenanceWindows(windows ?? []), period.start, period.end);
  const maintenance = coverage.byWindow.map((part) => ({
    by: part.by,
    description: part.description,
    intervals: part.intervals.toArray(),
    ...(part.source ? { source: part.source } : {}),
  }));
  const fileRows = files.map(({ ledger }) => {
    const counts = ledger.counts();
    return { file: ledger.file, read: counts.read, used: counts.used, rejected: ledger.rejected() };
  });
  const json: AvailabilityJson = {
    contract: contract.id,
    period: { start: formatInstant(period.start), end: formatInstant(period.end) },
    commitment: fed.id,
    measuredMs: result.measuredMs,
    excusedMs: result.excusedMs,
    countedDowntimeMs: result.countedDowntimeMs,
    unmonitoredMs: result.unmonitoredMs,
    availability: result.availability,
    ratio: result.ratio,
    commitments: report.commitments.map((c) => ({ id: c.id, target: c.target, met: c.met })),
    credit: report.credit === null ? null : { percent: report.credit.percent, amountMinor: report.credit.amountMinor, currency: report.credit.currency },
    incidents: result.incidents.map((incident) => ({
      start: formatInstant(incident.start),
      end: formatInstant(incident.end),
      durationMs: incident.durationMs,
      causes: incident.causes,
      ids: incident.ids,
      recorded: incident.recorded,
      reason: incident.reason ?? null,
      countedMs: incident.countedMs,
      excusedMs: incident.excusedMs,
      counted: incident.counted.map(intervalJson),
      excused: incident.excused.map((part) => ({ ...intervalJson(part), rule: part.rule, by: part.by })),
    })),
    rejected: fileRows.flatMap(({ file, rejected }) => rejected.map((row) => ({ file, ...row }))),
    summary: {
      rowsRead: sum(fileRows.map((f) => f.read)),
      rowsUsed: sum(fileRows.map((f) => f.used)),
      rowsRejected: sum(fileRows.map((f) => f.rejected.length)),
      files: files.map(({ kind }, i) => {
        const rows = fileRows[i] as FileRows;
        return { kind, file: rows.file, rowsRead: rows.read, rowsUsed: rows.used, rowsRejected: rows.rejected.length };
      }),
    },
    notes: [...result.notes, ...report.skipped.map((s) => `commitment ${s.id} not evaluated: ${s.reason}`)],
  };
  if (json.summary.rowsRead !== json.summary.rowsUsed + json.summary.rowsRejected) throw new Error('availability: rows read ≠ used + rejected');
  return { json, contract, zone: definition.zone, label: period.label, result, fed, report, maintenance, files: fileRows };
}

function intervalJson(interval: { readonly start: number; readonly end: number }): IntervalJson {
  return { start: formatInstant(interval.start), end: formatInstant(interval.end) };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
