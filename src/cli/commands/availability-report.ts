import {
  type AdHocWindowInput,
  type AvailabilityRatio,
  type AvailabilityResult,
  type CauseReading,
  type CommitmentReport,
  type CommitmentScope,
  type CreditReport,
  type EarlierClaim,
  type ExactRatio,
  type ExactRatioJson,
  type CommitmentIncident,
  commitmentIncidents,
  type RatioUnit,
  type Contract,
  type ContractAvailabilityInput,
  type ContractAvailabilityReport,
  type IncidentCauses,
  type RequestCount,
  type SeriesCommitmentReport,
  type SeriesPoint,
  type WeightedIncident,
  type Interval,
  type ProbeSeries,
  AvailabilityPeriod,
  SlaError,
  SlaInputError,
  type SourceRef,
  formatInstant,
  maintenanceIntervals,
} from '../../index.js';
import { incidentFigures } from '../../contract/commitment-incidents.js';
import { CliUsageError } from '../cli-error.js';
import { readInstant } from '../contract-source.js';
import { type CsvDelimiter, type CsvSource, checkOneStdin, csvSource, withDelimiter, withMapping } from '../csv/csv-source.js';
import type { ImportMappings } from '../imports/import-flags.js';
import type { InputKind as ImportKind } from '../imports/input-kinds.js';
import type { RejectedRow, RowLedger } from '../csv/row-ledger.js';
import { readClaimsFile } from '../inputs/claims-file.js';
import { readIncidentFile } from '../inputs/incident-file.js';
import { readMaintenanceFile } from '../inputs/maintenance-file.js';
import { type MaintenanceIcs, readMaintenanceIcs } from '../inputs/maintenance-ics-file.js';
import { readProbeFile } from '../inputs/probe-file.js';
import { readRequestFile } from '../inputs/request-file.js';
import { readSeriesFile } from '../inputs/series-file.js';
import { type Fee, feeNoun, feeShareText } from '../money.js';
import type { FeeUnit } from '../../remedies/fee-basis.js';
import type { FileRows } from '../render/rows-text.js';

/** The input files and fee of `slakit availability`. */
export interface AvailabilityInputs {
  /** `--period`; absent with `--from`/`--to` alone (an explicit period). */
  readonly period?: string | undefined;
  /** `--from`/`--to`: the explicit period `[from, to)` without `period`, else the service's lifetime that clips it. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly probes?: string | undefined;
  readonly incidents?: string | undefined;
  /** `--requests`: request counts per interval (`at,total,failed`). */
  readonly requests?: string | undefined;
  /** `--series name=file`: a measured series (`at,value`) per name, for series commitments. */
  readonly series?: readonly { readonly name: string; readonly file: string }[] | undefined;
  /** `--claims`: earlier claims (downtime already credited, amounts already paid). */
  readonly claims?: string | undefined;
  /** `--scope`: evaluate only the commitments of this scope. */
  readonly scope?: CommitmentScope | undefined;
  /** `--population`: users in the service, for a weighted commitment. */
  readonly population?: number | undefined;
  readonly maintenance?: string | undefined;
  /** `--maintenance-ics`: announced maintenance windows as iCalendar events. */
  readonly maintenanceIcs?: string | undefined;
  readonly fee?: Fee | undefined;
  /** Zone for date-times written without offset (`--zone`). */
  readonly zone?: string | undefined;
  /** How incident causes are read (`--cause-alias`, `--unknown-causes`): the contract's rule, as in the API. */
  readonly causes?: CauseReading | undefined;
  /** `--no-downtime`: the user states there was no downtime (no probe or incident file is given). */
  readonly noDowntime?: boolean | undefined;
  /** `--delimiter`: the field separator of every input file (detected from each header by default). */
  readonly delimiter?: CsvDelimiter | undefined;
  /** `--profile`, `--map`: how each input's export names its columns and values. */
  readonly imports?: ImportMappings | undefined;
}

/** An interval in the JSON output (ISO 8601 UTC with ms). */
export interface IntervalJson {
  readonly start: string;
  readonly end: string;
}

/** The JSON output of `slakit availability`. */
export interface AvailabilityJson {
  readonly contract: string;
  /** The period measured (clipped to the service's lifetime with `--from`/`--to`). */
  readonly period: IntervalJson;
  /** The period as asked, when `--from`/`--to` clipped it; else null. */
  readonly nominalPeriod: IntervalJson | null;
  /** The commitment the figures and the credit are computed for (the credit table's, else the first). */
  readonly commitment: string;
  readonly measuredMs: number;
  readonly excusedMs: number;
  readonly countedDowntimeMs: number;
  readonly unmonitoredMs: number;
  /** `ratio` as a number (1 when everything was excused). */
  readonly availability: number;
  /**
   * The commitment's final figure (after granularity, maintenance budget,
   * weighting), exact, in `ratioUnit`: integer ms for a downtime figure. A
   * fraction whose terms exceed 2^53 is written reduced by their greatest
   * common divisor; `commitments[].ratio` always has the exact decimal strings.
   */
  readonly ratio: AvailabilityRatio;
  /** The unit of `ratio` (`ms` for downtime and bad request intervals, `user-ms` for weighted downtime…). */
  readonly ratioUnit: RatioUnit;
  /** Every evaluated commitment with its own figures. */
  readonly commitments: readonly CommitmentJson[];
  readonly credit: { readonly percent: number; readonly amountMinor: number | null; readonly currency: string | null } | null;
  /** What `--fee` is for this contract (its credits' `fee.per`; null when no credit reads a fee) and what the credit's percent is a share of, in words. */
  readonly fee: { readonly per: FeeUnit | null; readonly share: string };
  /** Every commitment on a measured series (latency, packet loss) with its statistic, bound and verdict. */
  readonly seriesCommitments: readonly SeriesCommitmentJson[];
  /** Every credit of the period with its rule and clause. */
  readonly credits: readonly CreditJson[];
  /** The credits combined under the contract's cap on the total; null without credits or without a fee. */
  readonly creditTotal: {
    readonly totalMinor: number;
    readonly uncappedTotalMinor: number;
    readonly capped: boolean;
    readonly currency: string | null;
    readonly capPercent: string | null;
    readonly rule: string;
    readonly source: SourceRef | null;
  } | null;
  /** The claim deadline and the evidence the contract asks for; null when it states no claim rules. */
  readonly claim: {
    readonly deadline: { readonly lastDay: string; readonly endsAt: string; readonly zone: string; readonly rule: string; readonly source: SourceRef | null } | null;
    readonly evidence: readonly { readonly id: string; readonly description: string; readonly source: SourceRef | null }[];
    readonly source: SourceRef | null;
  } | null;
  /** The version(s) the period is judged under; null for a contract without versions. */
  readonly version: {
    readonly id: string;
    readonly effectiveFrom: string;
    readonly split: string;
    readonly rule: string;
    readonly parts: readonly { readonly version: string; readonly start: string; readonly end: string; readonly weightMs: number }[];
  } | null;
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
    /** Downtime inside a maintenance window over the commitment's maintenance budget: counted (included in `countedMs`). */
    readonly overBudgetMs: number;
    readonly counted: readonly IntervalJson[];
    readonly excused: readonly (IntervalJson & { readonly rule: string; readonly by: string })[];
  }[];
  readonly rejected: readonly (RejectedRow & { readonly file: string })[];
  /** Per input file: rows read = rows used + rows rejected. */
  readonly summary: {
    readonly rowsRead: number;
    readonly rowsUsed: number;
    readonly rowsRejected: number;
    readonly files: readonly { readonly kind: InputKind; readonly file: string; readonly rowsRead: number; readonly rowsUsed: number; readonly rowsRejected: number }[];
  };
  /** What the engine did with the input (sorting, duplicates, unmonitored time, windows that do not excuse). */
  readonly notes: readonly string[];
}

/** The kinds of input file. */
export type InputKind = 'probes' | 'incidents' | 'requests' | 'series' | 'maintenance' | 'claims';

/** One commitment in the JSON output, with its own figures. */
export interface CommitmentJson {
  readonly id: string;
  readonly target: string;
  readonly met: boolean;
  readonly period: CommitmentReport['period'];
  readonly metric: CommitmentReport['metric'];
  /** Percent truncated to 4 decimals, as text. */
  readonly availabilityPercent: string;
  /** The exact figure, decimal strings, in `ratioUnit`. */
  readonly ratio: ExactRatioJson;
  readonly ratioUnit: RatioUnit;
  /** The margin in `ratioUnit` (negative: the excess), exact, as text. */
  readonly margin: string;
  /** The margin in equivalent ms of total outage, floored. */
  readonly marginMs: number;
  readonly countedDowntimeMs: number;
  readonly baseMs: number;
  readonly granularity: CommitmentReport['granularity'] | null;
  readonly scope: CommitmentReport['scope'] | null;
  readonly version: string | null;
  /** What was done and edge cases met for this commitment, in words (e.g. an announced maintenance window that excuses nothing, and why). */
  readonly notes: readonly string[];
  readonly source: SourceRef | null;
}

/** One series commitment in the JSON output: the statistic over the period against its bound, exact. */
export interface SeriesCommitmentJson {
  readonly id: string;
  readonly series: string;
  readonly statistic: 'mean' | 'percentile';
  readonly percentile: string | null;
  readonly comparison: 'at-most' | 'at-least';
  /** The bound, decimal text, in `unit`. */
  readonly bound: string;
  readonly unit: string | null;
  /** The statistic, exact; null without points. */
  readonly exact: ExactRatioJson | null;
  /** The statistic as a number, for display; null without points. */
  readonly value: number | null;
  /** null without points in the period (nothing to judge). */
  readonly met: boolean | null;
  /** Headroom to the bound, exact (negative when missed); null without points. */
  readonly margin: ExactRatioJson | null;
  readonly points: number;
  /** Points left out: outside the period; inside excused time, of which inside a maintenance window (`maintenance`). */
  readonly ignored: { readonly outsidePeriod: number; readonly excused: number; readonly maintenance: number };
  /** For a percentile: the 1-based nearest rank of the value. */
  readonly rank: number | null;
  readonly scope: CommitmentReport['scope'] | null;
  readonly version: string | null;
  readonly notes: readonly string[];
  readonly source: SourceRef | null;
}

/** One credit in the JSON output, with its rule and clause. */
export interface CreditJson {
  readonly id: string;
  readonly kind: CreditReport['kind'];
  readonly commitment: string;
  readonly amountMinor: number | null;
  readonly paidMinor: number | null;
  /** Percent of the period's fee. */
  readonly percentOfFee: string | null;
  /** The period's fee converted from `--fee` when the contract states its fee per month, quarter or year (minor units, exact); null otherwise. */
  readonly periodFee: string | null;
  readonly tierPercent: number | null;
  /** Earlier claims: downtime already credited (ms) and amounts already paid for this period (minor units); null without `--claims`. */
  readonly claimHistory: CreditReport['claimHistory'] | null;
  readonly capped: boolean;
  readonly belowMinimum: boolean;
  readonly rule: string;
  readonly version: string | null;
  readonly source: SourceRef | null;
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
  /** The fed commitment's final figure, exact (what the headline shows). */
  readonly figure: ExactRatio;
  readonly report: ContractAvailabilityReport;
  readonly maintenance: readonly MaintenanceSpan[];
  readonly files: readonly FileRows[];
  /** The incidents as every format shows them: the engine's, with maintenance over the fed commitment's budget counted. */
  readonly incidents: readonly IncidentView[];
  /** What the credit's percent is a share of, in words: "the monthly fee", or the period's fee converted from it. */
  readonly feeShare: string;
}

/** One incident as the reports show it (see {@link commitmentIncidents}). */
export type IncidentView = CommitmentIncident;

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
export async function availabilityReport(contract: Contract, inputs: AvailabilityInputs, command = 'availability'): Promise<AvailabilityReport> {
  const asked = periodText(inputs, command);
  const causes = checkAvailabilityFlags(contract, inputs, [asked], command);
  const observations = await readObservations(inputs, causes);
  return periodReport(contract, inputs, asked, observations, command);
}

/** The period asked for, as the text the contract reads, the flag it came from, and the service's lifetime. */
export interface AskedPeriod {
  readonly text: string;
  readonly flag: string;
  readonly lifetime?: { from?: string; to?: string };
}

/** What the input files held, read once, with each file's row books. */
export interface Observations {
  readonly files: readonly { readonly kind: InputKind; readonly ledger: RowLedger }[];
  readonly probes?: ProbeSeries;
  readonly incidents?: WeightedIncident[];
  readonly requests?: RequestCount[];
  readonly series?: Record<string, SeriesPoint[]>;
  readonly claims?: EarlierClaim[];
  readonly windows?: AdHocWindowInput[];
  /** `--maintenance-ics`, expanded for each period. */
  readonly ics?: MaintenanceIcs;
}

/**
 * Everything the flags decide, checked before a byte of input is read: each
 * period parses and has a commitment measured over it (with `versus`, on
 * either side: a commitment one side measures over another length is "not
 * evaluated" there), the probe rule, observations each evaluated commitment
 * reads (see {@link checkObserved}), series names, one stdin input. No
 * period (`slakit budget` without `--period`) stands for every commitment.
 * Returns the contract's cause rule with the flags' aliases; with `versus`,
 * the rule of both sides (see {@link eitherSideCauses}).
 */
export function checkAvailabilityFlags(contract: Contract, inputs: AvailabilityInputs, periods: readonly AskedPeriod[], command = 'availability', versus?: Contract): CauseReader {
  const definition = contract.definition.availability;
  if (!definition) throw new CliUsageError(`contract ${contract.id} has no availability commitments`, command);
  for (const asked of periods) {
    try {
      contract.parsePeriod(asked.text);
    } catch (error) {
      if (error instanceof SlaError) throw new CliUsageError(`${asked.flag}: ${error.message}`, command);
      throw error;
    }
  }
  const sides: readonly Side[] = versus === undefined ? [{ contract, label: `contract ${contract.id}` }] : [{ contract, label: `A (${contract.id})` }, { contract: versus, label: `B (${versus.id})` }];
  const causes = versus === undefined ? causesOf(contract, inputs.causes, command) : eitherSideCauses(sides, inputs.causes ?? {}, command);
  for (const asked of periods) {
    const selections = sides.map((side) => ({ side, ...side.contract.commitmentsFor(asked.text) }));
    if (selections.every(({ evaluated }) => evaluated.length === 0)) {
      const why = selections.map(({ side, skipped }) => `${sides.length > 1 ? `${side.label}: ` : ''}${skipped.map((s) => `${s.id}: ${s.reason}`).join('; ')}`).join(' — ');
      throw new CliUsageError(`${asked.flag} ${asked.text}: no commitment of ${sides.map((s) => `contract ${s.contract.id}`).join(' nor of ')} is measured over such a period (${why})`, command);
    }
  }
  if (inputs.probes !== undefined && definition.probes === undefined) {
    throw new CliUsageError(`--probes: contract ${contract.id} states no probe rule (interval, timeout); give --incidents instead`, command);
  }
  const names = seriesNames(contract);
  for (const { name } of inputs.series ?? []) {
    if (!names.includes(name)) {
      const known = names.length === 0 ? `contract ${contract.id} has no series commitment` : `the series of contract ${contract.id} are ${names.map((n) => `"${n}"`).join(', ')}`;
      throw new CliUsageError(`--series ${name}=…: unknown series "${name}" (${known})`, command);
    }
  }
  checkObserved(sides, inputs, periods, command);
  checkAnnouncedWindowsRead(sides.map((side) => side.contract), inputs, command);
  if (inputs.maintenanceIcs !== undefined && command === 'budget') throw new CliUsageError('--maintenance-ics is read by availability, claim and termination; give the windows to budget as --maintenance f.csv', command);
  const files = [inputs.probes, inputs.incidents, inputs.requests, inputs.maintenance, inputs.maintenanceIcs, inputs.claims, ...(inputs.series ?? []).map((s) => s.file)];
  checkOneStdin(files, command);
  return causes;
}

/** How an incident file's `cause` labels are read: one contract's {@link IncidentCauses}, or both sides' in a diff. */
export type CauseReader = Pick<IncidentCauses, 'read'>;

/** The contract's cause rule with the flags' aliases; an alias onto a cause it does not declare is a usage error. */
function causesOf(contract: Contract, reading: CauseReading | undefined, command: string): IncidentCauses {
  try {
    return contract.incidentCauses(reading);
  } catch (error) {
    if (error instanceof SlaInputError) throw new CliUsageError(`--cause-alias ${error.field.replace(/^causeAliases\./, '')}=${String(error.value)}: expected ${error.expected}`, command);
    throw error;
  }
}

/**
 * The cause rule of a diff: each `--cause-alias` applies on the side(s)
 * that declare its cause (a usage error when neither does), and an
 * incident row is read only when both sides read its label — a label one
 * side refuses rejects the row, the reason naming that side. The cause kept
 * is the one an alias gave (else the label), so the library, given no
 * aliases, reads the same cause on both sides.
 */
function eitherSideCauses(sides: readonly Side[], reading: CauseReading, command: string): CauseReader {
  const aliases = Object.entries(reading.causeAliases ?? {});
  const readers = sides.map((side) => {
    const declared = side.contract.incidentCauses().declared;
    const own = aliases.filter(([, cause]) => declared.includes(cause));
    return { side, causes: causesOf(side.contract, { ...reading, causeAliases: Object.fromEntries(own) }, command) };
  });
  for (const [label, cause] of aliases) {
    if (!sides.some((side) => side.contract.incidentCauses().declared.includes(cause))) {
      throw new CliUsageError(`--cause-alias ${label}=${cause}: neither side declares the cause "${cause}" (${sides.map((s) => `${s.label}: ${s.contract.incidentCauses().declared.join(', ')}`).join('; ')})`, command);
    }
  }
  return {
    read(label: unknown, field: string): string {
      let kept: string | undefined;
      for (const { side, causes } of readers) {
        let cause: string;
        try {
          cause = causes.read(label, field);
        } catch (error) {
          if (error instanceof SlaInputError) throw new SlaInputError(error.field, error.value, `on side ${side.label}, ${error.expected}`);
          throw error;
        }
        if (kept === undefined || cause !== label) kept = cause;
      }
      return kept as string;
    },
  };
}

/** One contract a command evaluates, with how its messages name it. */
interface Side {
  readonly contract: Contract;
  readonly label: string;
}

/**
 * Every observation is read by a commitment and every commitment has its
 * observation: a `--requests` file that no evaluated commitment (on any
 * side) measures, or commitments measured in downtime (downtime, weighted)
 * on a side with neither `--probes` nor `--incidents` nor `--no-downtime`,
 * are usage errors naming the flag and the commitments — never a silent
 * 100 %. A side whose commitments are all series or request commitments
 * needs no downtime observation.
 */
function checkObserved(sides: readonly Side[], inputs: AvailabilityInputs, periods: readonly AskedPeriod[], command: string): void {
  const downtimeObserved = inputs.probes !== undefined || inputs.incidents !== undefined;
  const observed = downtimeObserved || inputs.requests !== undefined;
  if (observed && inputs.noDowntime === true) throw new CliUsageError('--no-downtime contradicts --probes/--incidents/--requests: give one or the other', command);
  const read = sides.map((side) => ({ side, metrics: evaluatedMetrics(side.contract, periods) }));
  const list = (metrics: ReadonlyMap<string, ReadonlySet<MetricType>>): string => [...metrics].map(([id, types]) => `${id} (${[...types].join('/')})`).join(', ');
  if (inputs.requests !== undefined && !read.some(({ metrics }) => [...metrics.values()].some((types) => types.has('requests')))) {
    const who = read.map(({ side, metrics }) => `${side.label}: ${list(metrics)}`).join('; ');
    throw new CliUsageError(`--requests ${inputs.requests}: no commitment reads request counts (${who}); give the downtime as --probes and/or --incidents`, command);
  }
  if (inputs.noDowntime === true) return;
  for (const { side, metrics } of read) {
    const downtime = [...metrics].filter(([, types]) => types.has('downtime') || types.has('weighted')).map(([id]) => id);
    if (downtime.length > 0 && !downtimeObserved) {
      const given = inputs.requests === undefined ? '' : ' (--requests holds request counts, not downtime)';
      throw new CliUsageError(`no downtime observation: give --probes and/or --incidents, or --no-downtime to state that there was no downtime in the period — ${side.label} measures ${downtime.join(', ')} in downtime${given}`, command);
    }
    if (downtime.length === 0 && !observed && [...metrics.values()].some((types) => types.has('requests'))) {
      throw new CliUsageError(`no request counts: give --requests, or --no-downtime to state that there was no downtime in the period — ${side.label} measures ${list(metrics)}`, command);
    }
  }
}

type MetricType = 'downtime' | 'requests' | 'weighted' | 'series';

/** The `availability` section of the contract's base terms and of every version's (a version gives its terms in full or as a JSON merge patch, whose arrays replace whole arrays). */
function availabilitySections(contract: Contract): { readonly commitments?: unknown; readonly maintenance?: unknown }[] {
  const sections: { commitments?: unknown; maintenance?: unknown }[] = contract.definition.availability === undefined ? [] : [contract.definition.availability];
  for (const version of (contract.definition.versions ?? []) as readonly { readonly terms?: unknown; readonly patch?: unknown }[]) {
    for (const terms of [version.terms, version.patch]) {
      const section = (terms as { availability?: unknown } | undefined)?.availability;
      if (section !== null && typeof section === 'object') sections.push(section);
    }
  }
  return sections;
}

/** Every commitment definition of the contract, its base terms' and every version's. */
function commitmentDefinitions(contract: Contract): { readonly id: string; readonly metric?: { readonly type?: unknown; readonly series?: unknown } | undefined }[] {
  return availabilitySections(contract).flatMap(({ commitments }) =>
    Array.isArray(commitments) ? (commitments as { id: string; metric?: { type?: unknown; series?: unknown } }[]).filter((c) => typeof c?.id === 'string') : [],
  );
}

/**
 * Announced maintenance windows (`--maintenance`, `--maintenance-ics`) excuse downtime only through an
 * ad-hoc (announced-window) maintenance rule: given to contracts none of whose terms (base or any version)
 * has one, they would excuse nothing without a word, so each such flag is a usage error naming it.
 *
 * @example
 * ```ts
 * checkAnnouncedWindowsRead([contract], { maintenance: 'windows.csv' }, 'availability');
 * ```
 */
export function checkAnnouncedWindowsRead(contracts: readonly Contract[], files: { readonly maintenance?: string | undefined; readonly maintenanceIcs?: string | undefined }, command: string): void {
  const given = [
    ['--maintenance', files.maintenance],
    ['--maintenance-ics', files.maintenanceIcs],
  ].filter(([, file]) => file !== undefined);
  if (given.length === 0) return;
  const announced = (contract: Contract) => availabilitySections(contract).some(({ maintenance }) => Array.isArray(maintenance) && maintenance.some((rule) => (rule as { type?: unknown } | null)?.type === 'adHoc'));
  if (contracts.some(announced)) return;
  const [flag, file] = given[0] as [string, string];
  const names = contracts.map((contract) => `contract ${contract.id}`).join(' nor ');
  throw new CliUsageError(`${flag} ${file}: ${names} excuses no announced maintenance windows (no maintenance rule of type "adHoc"), so the windows would excuse nothing; leave the flag out, or add an adHoc rule to the contract`, command);
}

/** The metric(s) of each commitment evaluated over the periods (every commitment without a period), across versions. */
function evaluatedMetrics(contract: Contract, periods: readonly AskedPeriod[]): Map<string, Set<MetricType>> {
  const evaluated = periods.length === 0 ? undefined : new Set(periods.flatMap((asked) => contract.commitmentsFor(asked.text).evaluated as readonly string[]));
  const metrics = new Map<string, Set<MetricType>>();
  for (const commitment of commitmentDefinitions(contract)) {
    if (evaluated !== undefined && !evaluated.has(commitment.id)) continue;
    const type = (typeof commitment.metric?.type === 'string' ? commitment.metric.type : 'downtime') as MetricType;
    metrics.set(commitment.id, (metrics.get(commitment.id) ?? new Set()).add(type));
  }
  return metrics;
}

/** The names of the series the contract's commitments are measured on (every version's). */
function seriesNames(contract: Contract): string[] {
  const names = new Set<string>();
  for (const { metric } of commitmentDefinitions(contract)) {
    if (metric?.type === 'series' && typeof metric.series === 'string') names.add(metric.series);
  }
  return [...names];
}

/** Read every input file once (streaming; probes as typed arrays). */
export async function readObservations(inputs: AvailabilityInputs, causes: CauseReader): Promise<Observations> {
  const files: { kind: InputKind; ledger: RowLedger }[] = [];
  const csv = (path: string, kind: ImportKind): CsvSource => withMapping(withDelimiter(csvSource(path), inputs.delimiter), inputs.imports?.[kind]);
  const read: { -readonly [K in keyof Observations]: Observations[K] } = { files };
  if (inputs.probes !== undefined) {
    const file = await readProbeFile(csv(inputs.probes, 'probes'), inputs.zone);
    read.probes = file.series;
    files.push({ kind: 'probes', ledger: file.ledger });
  }
  if (inputs.incidents !== undefined) {
    const file = await readIncidentFile(csv(inputs.incidents, 'incidents'), causes, inputs.zone, inputs.population);
    read.incidents = file.incidents;
    files.push({ kind: 'incidents', ledger: file.ledger });
  }
  if (inputs.requests !== undefined) {
    const file = await readRequestFile(csv(inputs.requests, 'requests'), inputs.zone);
    read.requests = file.requests;
    files.push({ kind: 'requests', ledger: file.ledger });
  }
  for (const { name, file: path } of inputs.series ?? []) {
    const file = await readSeriesFile(csv(path, 'series'), inputs.zone);
    read.series = { ...read.series, [name]: file.points };
    files.push({ kind: 'series', ledger: file.ledger });
  }
  if (inputs.maintenance !== undefined) {
    const file = await readMaintenanceFile(csv(inputs.maintenance, 'maintenance'), inputs.zone);
    read.windows = file.windows;
    files.push({ kind: 'maintenance', ledger: file.ledger });
  }
  if (inputs.maintenanceIcs !== undefined) {
    const file = await readMaintenanceIcs(inputs.maintenanceIcs);
    read.ics = file;
    files.push({ kind: 'maintenance', ledger: file.ledger });
  }
  if (inputs.claims !== undefined) {
    const file = await readClaimsFile(csv(inputs.claims, 'claims'), inputs.zone);
    read.claims = file.claims;
    files.push({ kind: 'claims', ledger: file.ledger });
  }
  return read;
}

/**
 * The report of one period from observations already read: the contract's
 * evaluation and its JSON. Every evaluated commitment is measured; the
 * top-level figures are those of the commitment that feeds the credit (or
 * the first), which must be a time commitment: a period measured by series
 * commitments only is a usage error (there is no downtime figure to head the
 * report; the library's `Contract.availability` answers it).
 */
export function periodReport(contract: Contract, inputs: AvailabilityInputs, asked: AskedPeriod, observations: Observations, command = 'availability'): AvailabilityReport {
  const definition = contract.definition.availability;
  if (!definition) throw new CliUsageError(`contract ${contract.id} has no availability commitments`, command);
  const period = contract.parsePeriod(asked.text);
  const { files } = observations;
  const windows = windowsOf(inputs, asked, observations, contract);
  const report = feeNamedAsFlag(command, () => contract.availability(contractInputOf(inputs, asked, observations, contract)), contract.feeUnit);
  const fed = report.commitments.find((c) => c.id === report.credit?.commitment) ?? report.commitments[0];
  if (fed === undefined && inputs.scope !== undefined) {
    throw new CliUsageError(`--scope ${JSON.stringify(inputs.scope)}: no commitment of contract ${contract.id} has this scope (${report.skipped.map((s) => `${s.id}: ${s.reason}`).join('; ')})`, command);
  }
  if (fed === undefined && report.seriesCommitments.length > 0) {
    const ids = report.seriesCommitments.map((c) => c.id).join(', ');
    throw new CliUsageError(`${asked.flag} ${asked.text}: only series commitments (${ids}) are measured over this period; the CLI reports them beside a time commitment only — use the library's Contract.availability({ series }) for them alone`, command);
  }
  if (fed === undefined) throw new Error(`availability: no commitment evaluated for ${asked.text}`);
  const result = fed.result;
  const views = commitmentIncidents(fed);
  const figure = exactRatio(fed.ratio);
  const coverage = maintenanceIntervals(contract.maintenanceWindows(windows ?? []), report.period.start, report.period.end);
  const maintenance = coverage.byWindow.map((part) => ({
    by: part.by,
    description: part.description,
    intervals: part.intervals.toArray(),
    ...(part.source ? { source: part.source } : {}),
  }));
  const fileRows = fileRowsOf(files);
  const feeShare = feeShareText(contract.feeUnit, { ...report.period, zone: definition.zone }, inputs.fee);
  const json: AvailabilityJson = {
    contract: contract.id,
    period: intervalJson(report.period),
    nominalPeriod: report.nominalPeriod === undefined ? null : intervalJson(report.nominalPeriod),
    commitment: fed.id,
    ...topFigures(fed),
    commitments: report.commitments.map(commitmentJson),
    credit: report.credit === null ? null : { percent: report.credit.percent, amountMinor: report.credit.amountMinor, currency: report.credit.currency },
    fee: { per: contract.feeUnit ?? null, share: feeShare },
    seriesCommitments: report.seriesCommitments.map(seriesCommitmentJson),
    credits: report.credits.map(creditJson),
    creditTotal:
      report.creditTotal === null
        ? null
        : {
            totalMinor: report.creditTotal.totalMinor,
            uncappedTotalMinor: report.creditTotal.uncappedTotalMinor,
            capped: report.creditTotal.capped,
            currency: report.creditTotal.currency,
            capPercent: report.creditTotal.capPercent ?? null,
            rule: report.creditTotal.rule,
            source: report.creditTotal.source ?? null,
          },
    claim: report.claim === null ? null : claimJson(report.claim),
    version:
      report.version === null
        ? null
        : {
            id: report.version.id,
            effectiveFrom: formatInstant(report.version.effectiveFrom),
            split: report.version.split,
            rule: report.version.rule,
            parts: report.version.parts.map((part) => ({ version: part.version, start: formatInstant(part.start), end: formatInstant(part.end), weightMs: part.weightMs })),
          },
    incidents: views.map((view) => ({
      ...incidentFigures(view),
      reason: view.incident.reason ?? null,
      counted: view.incident.counted.map(intervalJson),
      excused: view.incident.excused.map((part) => ({ ...intervalJson(part), rule: part.rule, by: part.by })),
    })),
    rejected: fileRows.flatMap(({ file, rejected }) => rejected.map((row) => ({ file, ...row }))),
    summary: rowSummary(files),
    // The fed commitment's notes repeat some of its availability result's (an announced window that excuses nothing is
    // both): each note once, in order of first appearance.
    notes: [...new Set([...result.notes, ...fed.notes, ...report.skipped.map((s) => `commitment ${s.id} not evaluated: ${s.reason}`)])],
  };
  if (json.summary.rowsRead !== json.summary.rowsUsed + json.summary.rowsRejected) throw new Error('availability: rows read ≠ used + rejected');
  return { json, contract, zone: definition.zone, label: period.label, result, fed, figure, report, maintenance, files: fileRows, incidents: views, feeShare };
}

/**
 * The announced maintenance windows of a period: the `--maintenance` rows and the `--maintenance-ics` events
 * expanded over the period (floating times read in `--zone`, else the contract's availability `zone`).
 *
 * @example
 * ```ts
 * windowsOf(inputs, { text: '2026-03', flag: '--period' }, observations, letsignit());
 * ```
 */
export function windowsOf(inputs: AvailabilityInputs, asked: AskedPeriod, observations: Observations, contract: Contract): AdHocWindowInput[] | undefined {
  if (observations.ics === undefined) return observations.windows;
  const period = contract.parsePeriod(asked.text);
  return [...(observations.windows ?? []), ...observations.ics.windowsIn(period.start, period.end, inputs.zone ?? contract.definition.availability?.zone ?? 'UTC')];
}

/**
 * The library's input for a period from the flags and the observations
 * read: what `slakit availability` evaluates, and what `slakit diff`
 * evaluates under two contracts.
 *
 * @example
 * ```ts
 * contract.availability(contractInputOf(inputs, { text: '2026-03', flag: '--period' }, observations, contract));
 * ```
 */
export function contractInputOf(inputs: AvailabilityInputs, asked: AskedPeriod, observations: Observations, contract: Contract): ContractAvailabilityInput {
  const { probes: series, incidents, requests, claims } = observations;
  const windows = windowsOf(inputs, asked, observations, contract);
  return {
    // The text, not the parsed period: the contract skips commitments measured over another length.
    period: asked.text,
    ...(asked.lifetime ? { lifetime: asked.lifetime } : {}),
    ...(incidents ? { incidents } : {}),
    ...(requests ? { requests } : {}),
    ...(observations.series ? { series: observations.series } : {}),
    ...(inputs.population === undefined ? {} : { population: inputs.population }),
    ...(inputs.scope === undefined ? {} : { scope: inputs.scope }),
    // Typed arrays straight from the CSV stream: no object per probe.
    ...(series ? { probes: series } : {}),
    ...(windows ? { maintenance: windows } : {}),
    ...(claims ? { claims } : {}),
    ...(inputs.fee ? { feeMinor: inputs.fee.amountMinor, currency: inputs.fee.currency } : {}),
    ...inputs.causes,
  };
}

/**
 * The JSON `summary` of the files read: rows read = used + rejected, in all
 * and per file (kind, file name) — what `slakit availability`, `slakit
 * budget` and `--side-by-side` write.
 *
 * @example
 * ```ts
 * rowSummary(observations.files); // { rowsRead: 3, rowsUsed: 2, rowsRejected: 1, files: [{ kind: "incidents", file: "june.csv", rowsRead: 3, … }] }
 * ```
 */
export function rowSummary(files: Observations['files']): AvailabilityJson['summary'] {
  const rows = fileRowsOf(files);
  return {
    rowsRead: sum(rows.map((f) => f.read)),
    rowsUsed: sum(rows.map((f) => f.used)),
    rowsRejected: sum(rows.map((f) => f.rejected.length)),
    files: rows.map((row, i) => ({ kind: (files[i] as Observations['files'][number]).kind, file: row.file, rowsRead: row.read, rowsUsed: row.used, rowsRejected: row.rejected.length })),
  };
}

/** The books of each input file read, for the text and JSON reports. */
export function fileRowsOf(files: Observations['files']): FileRows[] {
  return files.map(({ ledger }) => {
    const counts = ledger.counts();
    return { file: ledger.file, read: counts.read, used: counts.used, rejected: ledger.rejected() };
  });
}

/**
 * Run `evaluate`; a missing fee the contract needs (a credit that is a share
 * of the fee, the library's `feeMinor`) is reported as the flags that give
 * it, `--fee` and `--currency`.
 *
 * @example
 * ```ts
 * feeNamedAsFlag('diff', () => contract.availability(input));
 * ```
 */
export function feeNamedAsFlag<T>(command: string, evaluate: () => T, unit?: FeeUnit): T {
  try {
    return evaluate();
  } catch (error) {
    if (error instanceof SlaInputError && error.field === 'feeMinor') {
      throw new CliUsageError(`--fee <amount> --currency <code> are needed: ${error.expected.replace(/^the fee in minor units/, feeNoun(unit))}`, command);
    }
    throw error;
  }
}

/**
 * The period to evaluate from `--period`, `--from` and `--to`: `--period`
 * alone; `--from`/`--to` alone, the explicit period `[from, to)` (both
 * needed); all of them, the period clipped to the service's lifetime.
 */
export function periodText(inputs: AvailabilityInputs, command = 'availability'): AskedPeriod {
  const { period } = inputs;
  // Read here, as every other date-time of the command line: an offset, or --zone for one without (the
  // library would read a local time in the contract's zone, whatever --zone says), each error naming its flag.
  const instant = (text: string | undefined, flag: string): string | undefined => (text === undefined ? undefined : formatInstant(readInstant(text, flag, inputs.zone)));
  const from = instant(inputs.from, '--from');
  const to = instant(inputs.to, '--to');
  if (period !== undefined) {
    if (from === undefined && to === undefined) return { text: period, flag: '--period' };
    return { text: period, flag: '--period', lifetime: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) } };
  }
  if (from === undefined || to === undefined) throw new CliUsageError('give --period, or both --from and --to for an explicit period [from, to)', command);
  return { text: `${from}/${to}`, flag: '--from/--to' };
}

/**
 * The top-level figures of the JSON output for the commitment that feeds the
 * credit: its final figure (after granularity, budget, weighting), not the
 * raw availability of the incidents fed to it.
 */
function topFigures(fed: CommitmentReport): Pick<AvailabilityJson, 'measuredMs' | 'excusedMs' | 'countedDowntimeMs' | 'unmonitoredMs' | 'availability' | 'ratio' | 'ratioUnit'> {
  const figure = exactRatio(fed.ratio);
  const requests = fed.requests;
  const intervals = (count: number): number => (requests === undefined ? 0 : count * requests.intervalMs);
  return {
    measuredMs: fed.result.measuredMs,
    // Maintenance over the budget counts: it is not excused.
    excusedMs: requests === undefined ? fed.result.excusedMs - (fed.maintenanceBudget?.countedMs ?? 0) : intervals(requests.intervals.excused),
    countedDowntimeMs: fed.countedDowntimeMs,
    unmonitoredMs: requests === undefined ? fed.result.unmonitoredMs : intervals(requests.intervals.unmonitored),
    availability: figure.denominator === 0n ? 1 : Number(figure.numerator) / Number(figure.denominator),
    ratio: safeRatio(figure),
    ratioUnit: fed.ratioUnit,
  };
}

function exactRatio(ratio: ExactRatioJson): ExactRatio {
  return { numerator: BigInt(ratio.numerator), denominator: BigInt(ratio.denominator) };
}

/** The ratio in JS numbers: as is when both terms are safe integers, else reduced by their gcd (then the nearest numbers). */
function safeRatio(ratio: ExactRatio): AvailabilityRatio {
  const safe = (value: bigint): boolean => value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER);
  if (safe(ratio.numerator) && safe(ratio.denominator)) return { numerator: Number(ratio.numerator), denominator: Number(ratio.denominator) };
  let [a, b] = [ratio.numerator < 0n ? -ratio.numerator : ratio.numerator, ratio.denominator];
  while (b !== 0n) [a, b] = [b, a % b];
  const divisor = a === 0n ? 1n : a;
  return { numerator: Number(ratio.numerator / divisor), denominator: Number(ratio.denominator / divisor) };
}

function commitmentJson(c: CommitmentReport): CommitmentJson {
  return {
    id: c.id,
    target: c.target,
    met: c.met,
    period: c.period,
    metric: c.metric,
    availabilityPercent: c.availabilityPercent,
    ratio: c.ratio,
    ratioUnit: c.ratioUnit,
    margin: c.margin,
    marginMs: c.marginMs,
    countedDowntimeMs: c.countedDowntimeMs,
    baseMs: c.baseMs,
    granularity: c.granularity ?? null,
    scope: c.scope ?? null,
    version: c.version ?? null,
    notes: c.notes,
    source: c.source ?? null,
  };
}

function seriesCommitmentJson(c: SeriesCommitmentReport): SeriesCommitmentJson {
  return {
    id: c.id,
    series: c.series,
    statistic: c.statistic,
    percentile: c.percentile ?? null,
    comparison: c.comparison,
    bound: c.bound,
    unit: c.unit ?? null,
    exact: c.exact ?? null,
    value: c.value ?? null,
    met: c.met,
    margin: c.margin ?? null,
    points: c.points,
    ignored: c.ignored,
    rank: c.rank ?? null,
    scope: c.scope ?? null,
    version: c.version ?? null,
    notes: c.notes,
    source: c.source ?? null,
  };
}

function creditJson(c: CreditReport): CreditJson {
  return {
    id: c.id,
    kind: c.kind,
    commitment: c.commitment,
    amountMinor: c.amountMinor,
    paidMinor: c.paidMinor,
    percentOfFee: c.percentOfFee ?? null,
    periodFee: c.periodFee ?? null,
    tierPercent: c.tier?.percent ?? null,
    claimHistory: c.claimHistory ?? null,
    capped: c.capped,
    belowMinimum: c.belowMinimum,
    rule: c.rule,
    version: c.version ?? null,
    source: c.source ?? c.tier?.source ?? null,
  };
}

function claimJson(claim: NonNullable<ContractAvailabilityReport['claim']>): NonNullable<AvailabilityJson['claim']> {
  const deadline = claim.deadline;
  return {
    deadline: deadline === null ? null : { lastDay: deadline.lastDay, endsAt: formatInstant(deadline.endsAt), zone: deadline.zone, rule: deadline.rule, source: deadline.source ?? null },
    evidence: claim.evidence.map((e) => ({ id: e.id, description: e.description, source: e.source ?? null })),
    source: claim.source ?? null,
  };
}

function intervalJson(interval: { readonly start: number; readonly end: number }): IntervalJson {
  return { start: formatInstant(interval.start), end: formatInstant(interval.end) };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
