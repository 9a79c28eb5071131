import type { AvailabilityReport } from '../commands/availability-report.js';
import type { TicketsReport } from '../commands/tickets-report.js';

/** The rows of the one input file a headline is about: read = used + rejected. */
export interface HeadlineRows {
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsRejected: number;
}

/** The headline of a `slakit tickets` report: the ticket file's rows and the verdicts. */
export interface TicketsHeadline extends HeadlineRows {
  readonly kind: 'tickets';
  /** Tickets judged (the rows used). */
  readonly tickets: number;
  readonly met: number;
  readonly missed: number;
  /** Open and not yet due (running or paused). */
  readonly open: number;
}

/** The headline of a `slakit availability` report: the probe file's rows, the credited commitment's figure and the credit. */
export interface AvailabilityHeadline extends HeadlineRows {
  readonly kind: 'availability';
  /** The commitment the figure and the credit are for (the credit table's, else the first). */
  readonly commitment: string;
  /** Its availability in percent, truncated to 4 decimals, as text (`99.4375`). */
  readonly availabilityPercent: string;
  readonly met: boolean;
  /** The credit in percent of the fee; null when the contract has no credit for the commitment. */
  readonly creditPercent: number | null;
  /** The credit amount in minor units (cents); null without `--fee` or without a credit. */
  readonly creditMinor: number | null;
  readonly currency: string | null;
}

/**
 * What the summary table of several files shows for one file: its rows
 * (read = used + rejected) and the figures a reader looks for first.
 *
 * @example
 * ```ts
 * const figures: FileHeadline = { kind: 'tickets', rowsRead: 14, rowsUsed: 14, rowsRejected: 0, tickets: 14, met: 9, missed: 4, open: 1 };
 * ```
 */
export type FileHeadline = TicketsHeadline | AvailabilityHeadline;

/**
 * The headline of a tickets report: the ticket file's rows (not
 * `--events`) and the tickets met, missed and open.
 *
 * @example
 * ```ts
 * ticketsHeadline(report); // { kind: "tickets", rowsRead: 14, rowsUsed: 14, rowsRejected: 0, tickets: 14, met: 9, missed: 4, open: 1 }
 * ```
 */
export function ticketsHeadline(report: { readonly json: Pick<TicketsReport['json'], 'summary'> }): TicketsHeadline {
  const { summary } = report.json;
  return {
    kind: 'tickets',
    rowsRead: summary.rowsRead,
    rowsUsed: summary.rowsUsed,
    rowsRejected: summary.rowsRejected,
    tickets: summary.total,
    met: summary.met,
    missed: summary.missed,
    open: summary.running + summary.paused,
  };
}

/**
 * The headline of an availability report: the rows of the probe file (of
 * every file read when there is none), the figure of the commitment that
 * feeds the credit, its verdict and the credit.
 *
 * @example
 * ```ts
 * availabilityHeadline(report); // { kind: "availability", rowsRead: 8928, …, commitment: "server", availabilityPercent: "99.4375", met: false, creditPercent: 3, creditMinor: 4470, currency: "EUR" }
 * ```
 */
export function availabilityHeadline(report: AvailabilityReport): AvailabilityHeadline {
  const { json } = report;
  const probes = json.summary.files.find((file) => file.kind === 'probes') ?? json.summary;
  const fed = json.commitments.find((commitment) => commitment.id === json.commitment);
  if (fed === undefined) throw new Error(`availability: commitment ${json.commitment} is not among the report's commitments`);
  return {
    kind: 'availability',
    rowsRead: probes.rowsRead,
    rowsUsed: probes.rowsUsed,
    rowsRejected: probes.rowsRejected,
    commitment: json.commitment,
    availabilityPercent: fed.availabilityPercent,
    met: fed.met,
    creditPercent: json.credit?.percent ?? null,
    creditMinor: json.credit?.amountMinor ?? null,
    currency: json.credit?.currency ?? null,
  };
}
