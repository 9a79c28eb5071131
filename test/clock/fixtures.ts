// Calendars and policies of the five contracts' response-time rows (the presets' response-time clauses),
// built here because the presets are written separately.
import { BusinessCalendar } from '../../src/calendar/business-calendar.js';
import { sameHours } from '../../src/calendar/weekly-schedule.js';
import { ResponsePolicy, type ResponsePolicyOptions } from '../../src/clock/response-policy.js';
import { ResponseTimeClock } from '../../src/clock/response-time-clock.js';
import { letsignitSources } from '../../src/presets/letsignit/sources.js';
import { linkandoSources } from '../../src/presets/linkando/sources.js';
import { lumappsSources } from '../../src/presets/lumapps/sources.js';
import { signinappSources } from '../../src/presets/signinapp/sources.js';
import { toInstant } from '../../src/time/instant.js';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** An instant from an ISO string with offset, e.g. `t('2026-06-01T16:00:00+02:00')`. */
export const t = (iso: string): number => toInstant(iso);

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Linkando Annex 1: Mon–Fri 08:00–18:00 Europe/Berlin, closed on Rhineland-Palatinate public holidays. */
export const linkandoSupport = new BusinessCalendar({
  zone: 'Europe/Berlin',
  week: sameHours([...WEEKDAYS], ['08:00-18:00']),
  holidays: 'DE-RP',
  name: 'support',
});

/** Linkando Annex 1 reaction times: critical 10 h, other 30 h, on `support`. */
export function linkandoClock(options: Partial<ResponsePolicyOptions> = {}): ResponseTimeClock {
  return new ResponseTimeClock(
    new ResponsePolicy({
      priorities: {
        critical: { target: { hours: 10 }, calendar: linkandoSupport, source: linkandoSources.reactionCritical },
        other: { target: { hours: 30 }, calendar: linkandoSupport, source: linkandoSources.reactionOther },
        'live-booking': { target: { hours: 30 }, calendar: linkandoSupport, source: linkandoSources.reactionLiveBooking },
      },
      ...options,
    }),
  );
}

/** LumApps §1 NAM: 09:00–18:00 America/New_York, Mon–Fri except US public holidays. */
export const lumappsNam = new BusinessCalendar({
  zone: 'America/New_York',
  week: sameHours([...WEEKDAYS], ['09:00-18:00']),
  holidays: 'US',
  name: 'nam',
});

/** LumApps §4: p1 1 h, p2 4 h, KPIs (not a breach). */
export const lumappsClock = new ResponseTimeClock(
  new ResponsePolicy({
    priorities: {
      p1: { target: { hours: 1 }, calendar: lumappsNam, kind: 'kpi', source: lumappsSources.kpiOnly },
      p2: { target: { hours: 4 }, calendar: lumappsNam, kind: 'kpi', source: lumappsSources.kpiOnly },
    },
  }),
);

/** Letsignit §3: escalation answered within 1 jour ouvrable = 24 h of Mon–Sat, FR holidays, Europe/Paris. */
export const joursOuvrables = BusinessCalendar.joursOuvrables();
export const letsignitClock = new ResponseTimeClock(
  new ResponsePolicy({
    priorities: { escalation: { target: { hours: 24 }, calendar: joursOuvrables, source: letsignitSources.escalationTarget } },
  }),
);

/** Sign In App §1.1: support Mon–Fri 00:00–24:00 Europe/London with GB-ENG holidays; critical 24/7. */
export const signinappSupport = new BusinessCalendar({
  zone: 'Europe/London',
  week: sameHours([...WEEKDAYS], ['00:00-24:00']),
  holidays: 'GB-ENG',
  name: 'support',
});
export const signinappCritical = BusinessCalendar.always('Europe/London', 'critical');

/** Sign In App §1.9: critical 1 h on the 24/7 calendar, severe 2 h and medium 8 h on `support`. */
export function signinappClock(options: Partial<ResponsePolicyOptions> = {}): ResponseTimeClock {
  return new ResponseTimeClock(
    new ResponsePolicy({
      priorities: {
        critical: { target: { hours: 1 }, calendar: signinappCritical, source: signinappSources.responseCritical },
        severe: { target: { hours: 2 }, calendar: signinappSupport, source: signinappSources.responseSevere },
        medium: { target: { hours: 8 }, calendar: signinappSupport },
      },
      ...options,
    }),
  );
}
