import type { IncidentExplanation } from '../availability/explanation.js';
import type { CommitmentReport } from './report.js';
import { formatInstant } from '../time/instant.js';

/**
 * One incident of a commitment's figure: the engine's explanation, with
 * the downtime inside maintenance windows that the commitment's
 * maintenance budget did not cover moved from excused to counted.
 *
 * @example
 * ```ts
 * const view: CommitmentIncident = commitmentIncidents(report.commitments[0])[0];
 * view.countedMs; // counted downtime of the incident, ms, over-budget maintenance included
 * ```
 */
export interface CommitmentIncident {
  /** The merged incident and how each part of it was counted or excused. */
  readonly incident: IncidentExplanation;
  /** Counted downtime, ms: the incident's counted parts plus `overBudgetMs`. */
  readonly countedMs: number;
  /** Excused downtime, ms: the incident's excused parts minus `overBudgetMs`. */
  readonly excusedMs: number;
  /** Downtime inside a maintenance window but over the maintenance budget: counted, ms. */
  readonly overBudgetMs: number;
}

/**
 * The incidents behind a commitment's figure, each with its counted and
 * excused downtime once the commitment's maintenance budget is applied: a
 * stretch of downtime inside a window lies in one merged incident, so the
 * ms the budget counted of it are that incident's. Without a budget the
 * figures are the engine's own.
 *
 * @example
 * ```ts
 * const [uptime] = slack.availability({ period: '2026-Q3', incidents, maintenance }).commitments;
 * commitmentIncidents(uptime).map((i) => [i.countedMs, i.overBudgetMs]); // [[3600000, 3600000]]: 11 h in a window, 10 h budget
 * ```
 */
export function commitmentIncidents(commitment: CommitmentReport): CommitmentIncident[] {
  const windows = commitment.maintenanceBudget?.windows ?? [];
  return commitment.result.incidents.map((incident) => {
    let overBudgetMs = 0;
    for (const window of windows) if (window.start < incident.end && window.end > incident.start) overBudgetMs += window.countedMs;
    return { incident, countedMs: incident.countedMs + overBudgetMs, excusedMs: incident.excusedMs - overBudgetMs, overBudgetMs };
  });
}

/**
 * What every report writes of an incident view: its bounds (ISO 8601 UTC),
 * length, causes, ids, whether it was recorded, and its counted, excused
 * and over-budget ms. The one place the availability JSON and the claim
 * pack take them from. @internal
 */
export function incidentFigures({ incident, countedMs, excusedMs, overBudgetMs }: CommitmentIncident) {
  return {
    start: formatInstant(incident.start),
    end: formatInstant(incident.end),
    durationMs: incident.durationMs,
    causes: incident.causes,
    ids: incident.ids,
    recorded: incident.recorded,
    countedMs,
    excusedMs,
    overBudgetMs,
  };
}

/** Each rule that excused part of an incident and its window or cause, once: `maintenance: nightly`. @internal */
export function excusedBy(incident: IncidentExplanation): string[] {
  return [...new Set(incident.excused.map((part) => `${part.rule}: ${part.by}`))];
}
