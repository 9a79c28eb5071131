import type { SourceRef } from '../../contract/provenance.js';

/** The document's title: what reports name. */
const DOCUMENT = 'LumApps support services (Services d’assistance de l’Application LumApps)';
/** The file of the text every quote is checked against (scripts/check-sources.ts). */
const FILE = '004_3f3b3ab98af1c934.txt';

/**
 * Verbatim clause citations from the LumApps support services (`004_3f3b3ab98af1c934.txt`),
 * one per computable rule, option and ambiguity the preset has (see the preset's `ambiguities`).
 *
 * Quotes are copied from the seed text (whitespace runs may differ only in
 * length); `scripts/check-sources.ts` verifies each one against the seed.
 *
 * @example
 * ```ts
 * import { lumappsSources } from 'slakit/presets/lumapps';
 * console.log(lumappsSources.p1Target.quote);
 * ```
 */
export const lumappsSources = {
  /** Scope: customers who bought through a reseller are supported by the reseller; this document does not apply to them. */
  resellerCustomersExcluded: {
    document: DOCUMENT,
    file: FILE,
    section: 'Services d’assistance de l’Application LumApps, note *',
    quote: 'Ce document ne s’applique pas aux clients indirects de LumApps.',
  },
  /** Response time runs from ticket opening by the customer to the first diagnosis by a qualified LumApps person. */
  responseTime: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Définitions, Délai de réponse',
    quote: 'le temps écoulé entre l’ouverture d’un ticket par le Client et le premier diagnostic posé par un membre qualifié de LumApps.',
  },
  /** Region `emea`: 09:00–18:00 French time (Europe/Paris; literal "CET" is an option). */
  businessHoursEmea: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Définitions, Heure Ouvrée',
    quote: 'pour les Clients EMEA : 9 h à 18 h, heure française (CET);',
  },
  /** Regions `nam` and `latam`: 09:00–18:00 North American time (America/New_York; literal "EST" is an option). */
  businessHoursNamLatam: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Définitions, Heure Ouvrée',
    quote: 'pour les Clients NAM et LATAM : de 9 h à 18 h heure de l’Amérique du Nord (EST);',
  },
  /** Region `apac`: 09:00–18:00 Japan time (Asia/Tokyo). */
  businessHoursApac: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Définitions, Heure Ouvrée',
    quote: 'pour les Clients APAC : de 9 h à 18 h, heure du Japon (JST).',
  },
  /** Region `emea`: Monday–Friday except French (`FR`) public holidays. */
  businessDaysEmea: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Définitions, Jour Ouvré',
    quote: 'pour les Clients EMEA : du lundi au vendredi, sauf jours fériés en France ;',
  },
  /** Regions `nam` and `latam`: Monday–Friday except US public holidays. */
  businessDaysNamLatam: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Définitions, Jour Ouvré',
    quote: 'pour les Clients NAM et LATAM : du lundi au vendredi, sauf jours fériés aux Etats-Unis ;',
  },
  /** Region `apac`: Monday–Friday except Japanese (`JP`) public holidays. */
  businessDaysApac: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 Définitions, Jour Ouvré',
    quote: 'pour les Clients APAC : du lundi au vendredi, sauf jours fériés au Japon.',
  },
  /** The support centre is staffed during business days and business hours (the region calendars). */
  supportCentreStaffed: {
    document: DOCUMENT,
    file: FILE,
    section: '§3.B Procédure d’assistance',
    quote: 'LumApps veillera à ce que le Centre d’assistance soit doté des effectifs nécessaires pendant les Jours Ouvrés et Heures Ouvrées.',
  },
  /** The support centre assigns each request one of the §4 priority levels. */
  priorityAssignment: {
    document: DOCUMENT,
    file: FILE,
    section: '§3.D Procédure d’assistance',
    quote: 'Le Centre d’Assistance devra effectuer une enquête préliminaire en affectant à la demande l’un des niveaux de priorité mentionnés au paragraphe 4 ci-dessous.',
  },
  /** LumApps uses best efforts to act on a notification according to its priority level. */
  priorityCommitment: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 Niveaux de Priorité',
    quote: 'LumApps devra mettre tout en œuvre pour intervenir suite à la notification conformément aux niveaux de priorité',
  },
  /** Priority 1 (full stop or degraded mode): acknowledge within 1 business hour of the region calendar. */
  p1Target: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 Niveaux de Priorité',
    quote: 'L’Incident empêche le fonctionnement complet de l’Application ou entraîne une utilisation de l’Application en mode dégradé.Accusé de réception de la notification de l’Incident en l’espace d’une (1) Heure Ouvrée.',
  },
  /** Priority 2 (every other incident): acknowledge within 4 business hours of the region calendar. */
  p2Target: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 Niveaux de Priorité',
    quote: 'Tout Incident ne relevant pas du niveau de priorité 1 ci-dessus, y compris lorsqu’une fonction de l’Application est dégradée sans, toutefois, affecter substantiellement le fonctionnement de l’Application.Accusé de réception de la notification de l’Incident en l’espace de quatre (4) Heures Ouvrées.',
  },
  /** The targets are KPIs: missing them is not a breach of contract (`kpiMissed`, never a credit). */
  kpiOnly: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 Niveaux de Priorité',
    quote: 'ces délais indiqués dans le tableau ci-dessus représentent des indicateurs clés de performances dont le non-respect ne constitue pas une inexécution du Contrat.',
  },
  /** Support excludes the incidents listed below (ticket flag `excluded`). */
  exclusions: {
    document: DOCUMENT,
    file: FILE,
    section: '§2.B Services d’assistance',
    quote: 'Les Services d’assistance excluront (et LumApps ne sera pas tenue de fournir une assistance à ce sujet):',
  },
  /** Exclusion: incidents from breach of the contract or from not applying the Documentation. */
  exclusionContractBreach: {
    document: DOCUMENT,
    file: FILE,
    section: '§2.B Services d’assistance',
    quote: 'les Incidents résultant du non-respect des clauses du Contrat par le Fournisseur, le Client final ou par l’un des Utilisateurs Habilités',
  },
  /** Exclusion: misuse or modification of the services, or incompatible hardware or software. */
  exclusionMisuse: {
    document: DOCUMENT,
    file: FILE,
    section: '§2.B Services d’assistance',
    quote: 'tout Incident résultant d’une mauvaise utilisation ou d’une modification des Services par le Client ou par l’un des Utilisateurs Habilités ou dû à l’association des Services avec du matériel ou des logiciels non compatibles avec LumApps;',
  },
  /** Exclusion: incidents attributable to third-party software the application is integrated with. */
  exclusionThirdPartySoftware: {
    document: DOCUMENT,
    file: FILE,
    section: '§2.B Services d’assistance',
    quote: 'tout Incident imputable à un Logiciel de Tiers auquel l’Application est intégrée;',
  },
  /** Exclusion: no support if Super Administrators are not adequately trained. */
  exclusionUntrainedAdmins: {
    document: DOCUMENT,
    file: FILE,
    section: '§2.B Services d’assistance',
    quote: 'LumApps ne sera pas tenue de fournir des Services d’assistance si les Super Administrateurs ne sont pas formés de manière adéquate et appropriée à l’utilisation de l’Application.',
  },
} as const satisfies Record<string, SourceRef>;
