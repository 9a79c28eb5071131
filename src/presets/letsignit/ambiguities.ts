import type { Ambiguity } from '../../contract/schema.js';
import { letsignitSources as s } from './sources.js';

/**
 * Every reading the Letsignit SLA leaves open (see docs/ambiguities.md): the clause, the
 * question, the reading taken by default, the option that switches it and
 * the alternatives, with the clause's source.
 *
 * @example
 * ```ts
 * letsignitAmbiguities().map((a) => a.option); // ["supportHolidays", "escalation", …, "excusedTime"]
 * ```
 */
export function letsignitAmbiguities(): Ambiguity[] {
  return [
    {
      id: 'support-holidays',
      clause: '§1 Support',
      question: 'Is the support closed on public holidays? The text names none.',
      defaultReading: 'No holidays: open Monday–Friday 08:00–23:00 Europe/Paris every week.',
      option: 'supportHolidays',
      alternatives: ['FR: closed on French public holidays'],
      source: s.supportHours,
    },
    {
      id: 'escalation-reading',
      clause: '§3 Escalade',
      question: 'What is "un délai d\'un jour ouvrable"?',
      defaultReading: '24 h of the joursOuvrables calendar (Mon–Sat, FR holidays closed): Fri 15:00 → Sat 15:00; Sun 10:00 → Tue 00:00.',
      option: 'escalation',
      alternatives: ['end-of-next-business-day: the end of the first jour ouvrable after the day of receipt', 'jours-ouvres: 24 h of a Mon–Fri calendar (jour ouvré)'],
      source: s.escalationTarget,
    },
    {
      id: 'server-period',
      clause: '§4 Disponibilité du serveur',
      question: 'Over which period is the 99.95 % server commitment measured? The text states none.',
      defaultReading: 'A calendar month in Europe/Paris, 24/7.',
      option: 'serverPeriod',
      alternatives: ['quarter', 'year'],
      source: s.serverAvailability,
    },
    {
      id: 'credit-shared-bound',
      clause: '§7 tableau des pénalités',
      question: 'Neighbouring rows both name their shared bound (99.4 % is in "99.4 ~ 99.5" and in "99.35 ~ 99.4"): which row holds it?',
      defaultReading: 'Lower bound inclusive, upper exclusive: 99.4 % exactly → 3 %.',
      option: 'creditBounds',
      alternatives: ['upper-inclusive: 99.4 % exactly → 6 %'],
      source: s.creditSharedBound,
    },
    {
      id: 'credit-gap',
      clause: '§7 tableau des pénalités',
      question: 'No row covers 99.0–99.1 % nor, explicitly, below 99 % (the last row reads "99%").',
      defaultReading: 'Fold both into the 50 % row (A < 99.10 % → 50 %), which the 50 % cap also implies.',
      option: 'creditGap',
      alternatives: ['extend-25: the 25 % row covers 99.0–99.2 %', 'no-credit: 99.0–99.1 % earns 0 %'],
      source: s.creditGap,
    },
    {
      id: 'credit-top-row',
      clause: '§7 tableau des pénalités',
      question: 'The top row reads "99.5% ~ 99.9%": A ≥ 99.9 % has no row.',
      defaultReading: 'The 0 % row covers every A ≥ 99.5 %.',
      option: 'creditTopRow',
      alternatives: ['as-printed: A ≥ 99.9 % is in no row, so no credit (0 % either way; only the row reported differs)'],
      source: s.creditTier0,
    },
    {
      id: 'credit-metric',
      clause: '§7 tableau des pénalités',
      question: 'Which availability feeds the table: §4 server (99.95 %) or §5 application servers (99 % monthly)?',
      defaultReading: '§5 application availability, the only one stated as monthly.',
      option: 'creditMetric',
      alternatives: ['server: the §4 availability'],
      source: s.creditMetric,
    },
    {
      id: 'unmonitored-time',
      clause: '§5 Disponibilité du serveur d\'application',
      question: 'How does time with no probe result (a gap over 5 min) count?',
      defaultReading: 'Reported separately and counted as up.',
      option: 'unmonitored',
      alternatives: ['down: counted as downtime'],
      source: s.probeInterval,
    },
    {
      id: 'excused-time',
      clause: '§6–§7 exclusions and planned maintenance',
      question: '"Not included in the calculations": is excused time removed from the period or counted as up?',
      defaultReading: 'Removed from the period: (|P| − |X| − |C|) / (|P| − |X|).',
      option: 'excusedTime',
      alternatives: ['count-as-up: (|P| − |C|) / |P|'],
      source: s.maintenanceExcluded,
    },
  ];
}
