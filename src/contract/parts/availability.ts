import { AvailabilityPeriod, type CauseReading, type FiscalYearRule, IncidentCauses } from '../../availability/index.js';
import type { BusinessCalendar } from '../../calendar/business-calendar.js';
import { SlaInputError } from '../../errors.js';
import type { AdHocWindowInput, MaintenanceWindow } from '../../maintenance/index.js';
import { periodContaining } from '../../periods/period-rule.js';
import { type DurationInput, toDurationMs } from '../../time/duration.js';
import { buildStep } from '../build-step.js';
import type { CommitmentDefinition, CommitmentScope, ContractTerms } from '../schema.js';
import { maintenanceWindows } from './maintenance.js';
import { type MeasureContext, type MeasureData, type SeriesMeasure, type TimeMeasure, measureCommitment } from './measure-commitment.js';

type Section = NonNullable<ContractTerms['availability']>;

/** Which commitments a period evaluates, and why the others are skipped. @internal */
export interface CommitmentSelection {
  readonly evaluated: readonly CommitmentDefinition[];
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
}

/**
 * The availability part of one version's terms: its durations checked once,
 * its maintenance rules, its causes, and each commitment's measurement.
 * @internal
 */
export class ContractAvailability {
  readonly section: Section;
  readonly #calendar: (id: string) => BusinessCalendar;
  readonly #prefix: string;
  readonly #recordingThresholdMs: number | undefined;
  readonly #probeIntervalMs: number | undefined;

  constructor(section: Section, calendar: (id: string) => BusinessCalendar, prefix: string) {
    this.section = section;
    this.#calendar = calendar;
    this.#prefix = prefix;
    const threshold = section.recordingThreshold;
    this.#recordingThresholdMs = threshold === undefined ? undefined : buildStep(`${prefix}availability.recordingThreshold`, () => toDurationMs(threshold, 'recordingThreshold'));
    const probes = section.probes;
    this.#probeIntervalMs = probes === undefined ? undefined : buildStep(`${prefix}availability.probes.interval`, () => positiveDurationMs(probes.interval, 'interval'));
    // Build recurring windows once now so that bad rules fail at definition time.
    this.maintenanceWindows([]);
  }

  get commitments(): readonly CommitmentDefinition[] {
    return this.section.commitments;
  }

  /** The fiscal year its commitments are measured over (their start month and labelling), when they all state the same one. */
  get fiscalYear(): FiscalYearRule | undefined {
    const rules = this.section.commitments.flatMap((c) => (typeof c.period === 'object' && 'startMonth' in c.period ? [{ startMonth: c.period.startMonth, labelling: c.period.labelling ?? 'end-year' }] : []));
    const first = rules[0];
    return first !== undefined && rules.every((rule) => rule.startMonth === first.startMonth && rule.labelling === first.labelling) ? first : undefined;
  }

  /** A period named in this section's terms: calendar names in its zone, `FY2026`/`FY2026-Q2` by its fiscal year, `P30D/<end>`, `<from>/<to>` (see `AvailabilityPeriod.parse`). */
  parsePeriod(text: string): AvailabilityPeriod {
    return AvailabilityPeriod.parse(text, this.section.zone, this.fiscalYear);
  }

  maintenanceWindows(adHoc: readonly AdHocWindowInput[]): MaintenanceWindow[] {
    return maintenanceWindows(this.section.maintenance ?? [], this.section.zone, adHoc, this.#prefix);
  }

  incidentCauses(reading: CauseReading): IncidentCauses {
    return IncidentCauses.of({ declared: this.section.causes, excluded: this.section.excludedCauses }, reading);
  }

  /**
   * A calendar month, quarter or year evaluates the commitments measured
   * over that length; a commitment over a period rule (a fiscal quarter) is
   * evaluated over a period with the bounds of one of its periods (a
   * fiscal quarter from July: `2026-Q3` or `FY2027-Q1`); an explicit or
   * rolling period evaluates all; a scope asked keeps only the commitments
   * whose scope has every label asked.
   */
  select(period: AvailabilityPeriod, scope?: CommitmentScope): CommitmentSelection {
    const evaluated: CommitmentDefinition[] = [];
    const skipped: { id: string; reason: string }[] = [];
    const custom = period.kind === 'between' || period.kind === 'rolling';
    for (const commitment of this.section.commitments) {
      const outOfScope = scopeMismatch(commitment.scope, scope);
      if (outOfScope !== undefined) {
        skipped.push({ id: commitment.id, reason: outOfScope });
        continue;
      }
      const rule = commitment.period;
      const name = typeof rule === 'string' ? rule : `${rule.type}${'startMonth' in rule ? ` starting in month ${rule.startMonth}` : ''}`;
      const kind = custom ? 'custom' : period.kind;
      if (custom || (typeof rule === 'string' ? rule === period.kind : sameBounds(periodContaining(rule, period.start, period.zone ?? this.section.zone), period))) {
        evaluated.push(commitment);
      } else {
        skipped.push({ id: commitment.id, reason: `commitment is per ${name}; period ${period.label} is a ${kind}` });
      }
    }
    return { evaluated, skipped };
  }

  /** The calendar a commitment is measured on (its `measuredCalendar`), or undefined when measured round the clock. */
  measuredCalendar(commitment: CommitmentDefinition): BusinessCalendar | undefined {
    return commitment.measuredCalendar === undefined ? undefined : this.#calendar(commitment.measuredCalendar);
  }

  /** Measure one commitment over a period (restricted to a part of it for a pro-rata split). */
  measure(commitment: CommitmentDefinition, data: MeasureData, context: Pick<MeasureContext, 'period' | 'maintenance' | 'maintenanceUsedBeforeMs' | 'restrict' | 'reading'>): TimeMeasure | SeriesMeasure {
    return measureCommitment(commitment, data, {
      ...context,
      section: this.section,
      recordingThresholdMs: this.#recordingThresholdMs,
      probeIntervalMs: this.#probeIntervalMs,
      calendar: this.#calendar,
    });
  }
}

function positiveDurationMs(duration: DurationInput, field: string): number {
  const ms = toDurationMs(duration, field);
  if (ms === 0) throw new SlaInputError(field, duration, 'a positive duration');
  return ms;
}

function sameBounds(a: AvailabilityPeriod, b: AvailabilityPeriod): boolean {
  return a.start === b.start && a.end === b.end;
}

const SCOPE_KEYS = ['plan', 'region', 'service'] as const;

/** Why a commitment's scope is not the one asked, or undefined when it is. */
function scopeMismatch(own: CommitmentScope | undefined, asked: CommitmentScope | undefined): string | undefined {
  if (asked === undefined) return undefined;
  if (asked === null || typeof asked !== 'object') throw new SlaInputError('scope', asked, '{ plan?, region?, service? }');
  for (const key of SCOPE_KEYS) {
    const value = asked[key];
    if (value !== undefined && own?.[key] !== value) return `scope ${key} is ${own?.[key] === undefined ? 'not stated' : `"${own[key]}"`}; the scope asked is ${key} "${value}"`;
  }
  return undefined;
}

