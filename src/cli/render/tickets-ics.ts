import { type Contract, SlaError, toIcs, toInstant } from '../../index.js';
import { CliInputError } from '../cli-error.js';
import type { TicketsReport } from '../commands/tickets-report.js';

/**
 * `slakit tickets --format ics`: the first-response due instant of every
 * open ticket (no `respondedAt`) as an iCalendar event a team can subscribe
 * to — DTSTART the due instant and no DTEND (a point in time: RFC 5545
 * wants DTEND later than DTSTART), UID `<contract>-<ticket>-due@slakit`,
 * DTSTAMP the instant the tickets were judged at (`--now`). A due instant
 * with milliseconds is written at its whole second before (a reminder never
 * later than the deadline); the description gives the exact instant.
 *
 * @example
 * ```ts
 * output.report(ticketsIcs(report, lumapps()));
 * ```
 */
export function ticketsIcs(report: TicketsReport, contract: Contract): string {
  const floorSecond = (ms: number) => ms - (((ms % 1000) + 1000) % 1000);
  const now = report.json.summary.now;
  const events = report.json.tickets
    .filter((ticket) => ticket.respondedAt === null)
    .map((ticket) => {
      const due = floorSecond(toInstant(ticket.dueAt));
      return {
        uid: `${contract.id}-${ticket.id}-due@slakit`,
        start: due,
        summary: `${ticket.id} (${ticket.priority}): response due`,
        description: `${contract.name}, target ${ticket.target}: opened ${ticket.openedAt}, due ${ticket.dueAt}${ticket.met === false ? ' (overdue)' : ''}`,
      };
    });
  try {
    return toIcs(events, { stamp: now === null ? 0 : floorSecond(toInstant(now)), name: `${contract.name}: response deadlines` });
  } catch (error) {
    if (error instanceof SlaError) throw new CliInputError(`cannot write iCalendar: ${error.message}`);
    throw error;
  }
}
