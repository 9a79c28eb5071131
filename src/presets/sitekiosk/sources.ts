import type { SourceRef } from '../../contract/provenance.js';

/** The document's title: what reports name. */
const DOCUMENT = 'SiteKiosk Online SLA (PROVISIO, Contrat du niveau de service)';
/** The file of the text every quote is checked against (scripts/check-sources.ts). */
const FILE = '001_f7077658456a0107.txt';

/**
 * Verbatim clause citations from the PROVISIO SiteKiosk Online SLA (`001_f7077658456a0107.txt`),
 * one per computable rule, option and ambiguity the preset has (see the preset's `ambiguities`).
 *
 * Quotes are copied from the seed text (whitespace runs may differ only in
 * length); `scripts/check-sources.ts` verifies each one against the seed.
 *
 * @example
 * ```ts
 * import { sitekioskSources } from 'slakit/presets/sitekiosk';
 * console.log(sitekioskSources.serviceAvailability.quote);
 * ```
 */
export const sitekioskSources = {
  /** Availability of the service and its servers: at least 99.5 %, annual average (default: one figure over the calendar year, Europe/Berlin). */
  serviceAvailability: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Disponibilité du service et sécurité opérationnelle',
    quote: "PROVISIO s'engage à garantir la disponibilité du service et des serveurs associés à au moins 99,5 % en moyenne annuelle.",
  },
  /** Program updates (~quarterly), operational updates (~monthly) and rare major failures may make the service unavailable; by default they count as downtime. */
  permittedUnavailability: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Disponibilité du service et sécurité opérationnelle',
    quote: "Ce n'est que lors des mises à jour du programme (en moyenne une fois par trimestre), des mises à jour opérationnelles (en moyenne une fois par mois), ainsi qu'en cas de dysfonctionnements techniques importants et rares, que les services peuvent être temporairement indisponibles ou disponibles de manière limitée.",
  },
  /** These restrictions concern only the server component and its associated services. */
  serverComponentOnly: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Disponibilité du service et sécurité opérationnelle',
    quote: "Les restrictions décrites ici s'appliquent exclusivement au composant serveur du système et aux services associés (surveillance, création de contenu, publication, etc.).",
  },
  /** Calendar `supportEurope`: phone support Monday–Thursday 09:00–17:00, Friday 09:00–16:00. */
  supportEuropeHours: {
    document: DOCUMENT,
    file: FILE,
    section: '§2 Assistance à la clientèle',
    quote: "Le service d'assistance clientèle est joignable par téléphone dans toute l'Europe du lundi au jeudi de 9 h à 17 h et le vendredi de 9 h à 16 h.",
  },
  /** Calendar `supportEurope` is closed on North Rhine-Westphalia (`DE-NW`) public holidays. */
  supportEuropeHolidays: {
    document: DOCUMENT,
    file: FILE,
    section: '§2 Assistance à la clientèle',
    quote: 'Notre assistance est fermée les jours fériés en Rhénanie-du-Nord-Westphalie, en Allemagne',
  },
  /** Calendar `supportEurope` is also closed on company holidays (user-supplied closure dates). */
  supportEuropeCompanyHolidays: {
    document: DOCUMENT,
    file: FILE,
    section: '§2 Assistance à la clientèle',
    quote: "Notre assistance est fermée les jours fériés en Rhénanie-du-Nord-Westphalie, en Allemagne, et pendant les congés de l'entreprise.",
  },
  /** Calendar `supportNorthAmerica`: phone support Monday–Friday 09:00–17:00 (no zone or holidays stated). */
  supportNorthAmericaHours: {
    document: DOCUMENT,
    file: FILE,
    section: '§2 Assistance à la clientèle',
    quote: "L'assistance clientèle nord-américaine est disponible par téléphone du lundi au vendredi de 9h00 à 17h00.",
  },
  /** Regular technical backups are made (informational). */
  backups: {
    document: DOCUMENT,
    file: FILE,
    section: '§3 Sécurité des données',
    quote: 'Des sauvegardes techniques régulières sont effectuées afin que les nouveaux serveurs puissent accéder aux données existantes après une panne matérielle.',
  },
  /** Data deleted (knowingly or not) cannot be recovered (informational). */
  noRecoveryAfterDeletion: {
    document: DOCUMENT,
    file: FILE,
    section: '§3 Sécurité des données',
    quote: "La récupération après une suppression consciente ou inconsciente des données n'est pas possible.",
  },
} as const satisfies Record<string, SourceRef>;
