// The helpdesk scenarios of issue 10 §1–§2: one calendar, one policy with the four metrics, two tickets
// whose every number is computed by hand in test/clock/metrics.test.ts (and again through the CLI).
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { TicketPolicy, type TicketPolicyOptions } from '../../src/clock/ticket-policy.js';
import type { Ticket } from '../../src/clock/ticket.js';

/** Mon–Fri 09:00–17:00 Europe/Paris (CEST, UTC+2, in June 2026), no holidays. */
export const office = new BusinessCalendar({ zone: 'Europe/Paris', week: sameHours(['mon', 'tue', 'wed', 'thu', 'fri'], ['09:00-17:00']), name: 'office' });

/**
 * p2 targets: first response 1 h, resolution 16 h, next reply 2 h, periodic update 3 h, all business hours.
 * Statuses: new/open run; pending pauses every metric but the periodic update; on-hold pauses resolution and
 * the periodic update (a "pausable update"); solved stops.
 */
export const helpdeskOptions: TicketPolicyOptions = {
  metrics: {
    firstResponse: { priorities: { p2: { target: 'PT1H', calendar: office } } },
    resolution: {
      priorities: { p2: { target: 'PT16H', calendar: office } },
      statuses: { runOn: ['new', 'open'], pauseOn: ['pending', 'on-hold'], stopOn: ['solved'] },
    },
    nextReply: { priorities: { p2: { target: 'PT2H', calendar: office } } },
    periodicUpdate: {
      priorities: { p2: { target: 'PT3H', calendar: office } },
      statuses: { runOn: ['new', 'open', 'pending'], pauseOn: ['on-hold'], stopOn: ['solved'] },
    },
  },
  statuses: { runOn: ['new', 'open', 'on-hold'], pauseOn: ['pending'], stopOn: ['solved'] },
};

export const helpdeskPolicy = new TicketPolicy(helpdeskOptions);

/** Next reply: three customer messages and two pauses (a pending status, then a pause event), Tue–Wed 2026-06-02/03. */
export const nextReplyTicket: Ticket = {
  id: 'NR-1',
  priority: 'p2',
  events: [
    { type: 'open', at: '2026-06-02T09:00:00+02:00' },
    { type: 'message', at: '2026-06-02T09:30:00+02:00', author: 'agent' },
    { type: 'message', at: '2026-06-02T10:00:00+02:00', author: 'customer' },
    { type: 'status', at: '2026-06-02T11:00:00+02:00', status: 'pending' },
    { type: 'status', at: '2026-06-02T14:00:00+02:00', status: 'open' },
    { type: 'message', at: '2026-06-02T14:30:00+02:00', author: 'agent' },
    { type: 'message', at: '2026-06-02T16:00:00+02:00', author: 'customer' },
    { type: 'pause', at: '2026-06-02T16:30:00+02:00' },
    { type: 'resume', at: '2026-06-03T10:00:00+02:00' },
    { type: 'message', at: '2026-06-03T12:00:00+02:00', author: 'agent' },
    { type: 'message', at: '2026-06-03T15:00:00+02:00', author: 'customer' },
  ],
};
/** The instant the next-reply ticket is judged at: Wed 16:00. */
export const NEXT_REPLY_NOW = '2026-06-03T16:00:00+02:00';

/** Periodic update: agent updates, an on-hold stretch, solved, reopened, Thu 2026-06-04 – Mon 06-08. */
export const periodicTicket: Ticket = {
  id: 'PU-1',
  priority: 'p2',
  events: [
    { type: 'open', at: '2026-06-04T09:00:00+02:00' },
    { type: 'message', at: '2026-06-04T10:00:00+02:00', author: 'agent' },
    { type: 'message', at: '2026-06-04T12:00:00+02:00', author: 'agent' },
    { type: 'status', at: '2026-06-04T14:00:00+02:00', status: 'on-hold' },
    { type: 'status', at: '2026-06-04T16:00:00+02:00', status: 'open' },
    { type: 'message', at: '2026-06-05T10:00:00+02:00', author: 'agent' },
    { type: 'status', at: '2026-06-05T11:00:00+02:00', status: 'solved' },
    { type: 'status', at: '2026-06-08T09:30:00+02:00', status: 'open' },
  ],
};
/** The instant the periodic-update ticket is judged at: Mon 13:00. */
export const PERIODIC_NOW = '2026-06-08T13:00:00+02:00';
