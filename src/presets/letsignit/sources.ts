import type { SourceRef } from '../../contract/provenance.js';

/** The document's title: what reports name. */
const DOCUMENT = 'Letsignit SLA (Engagement de niveaux de service)';
/** The file of the text every quote is checked against (scripts/check-sources.ts). */
const FILE = '000_b3c9307fe0ff903c.txt';

/**
 * Verbatim clause citations from the Letsignit SLA (`000_b3c9307fe0ff903c.txt`),
 * one per computable rule, option and ambiguity the preset has (see the preset's `ambiguities`).
 *
 * Quotes are copied from the seed text (whitespace runs may differ only in
 * length); `scripts/check-sources.ts` verifies each one against the seed.
 *
 * @example
 * ```ts
 * import { letsignitSources } from 'slakit/presets/letsignit';
 * console.log(letsignitSources.probeInterval.quote);
 * ```
 */
export const letsignitSources = {
  /** Scope: the SLA does not cover features Letsignit labels "bêta" (nor services it does not name). */
  betaExcluded: {
    document: DOCUMENT,
    file: FILE,
    section: 'Engagement de niveaux de service (SLA), préambule',
    quote: "Ce SLA ne s'applique pas aux services non spécifiquement identifiés dans le présent SLA, ni aux fonctionnalités que Letsignit identifie comme «bêta».",
  },
  /** Support hours: Monday–Friday 08:00–23:00, Paris time (no holidays named). */
  supportHours: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 SUPPORT TECHNIQUE',
    quote: 'Le support technique de Letsignit est ouvert du lundi au vendredi de 8h00 à 23h00, heure de Paris.',
  },
  /** Live chat (Intercom) has the same hours: Monday–Friday 08:00–23:00. */
  liveChatHours: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 SUPPORT TECHNIQUE',
    quote: 'Par Intercom (live chat disponible du lundi à vendredi de 8h à 23h)',
  },
  /** Emergency calls outside support hours are handled only with a specific written subscription (default: not subscribed). */
  emergencySupport: {
    document: DOCUMENT,
    file: FILE,
    section: "§1 SUPPORT TECHNIQUE, Support d'urgence",
    quote: "Les appels d'urgence reçus en dehors de ces horaires sont pris en compte uniquement sous réserve d'une souscription spécifique écrite du Client",
  },
  /** Out-of-hours emergency support, for EU customers after 23:00, covers only the incident kinds listed below. */
  emergencyScope: {
    document: DOCUMENT,
    file: FILE,
    section: "§1 SUPPORT TECHNIQUE, Support d'urgence",
    quote: "Le support d'urgence hors horaires d'ouverture incluent pour clients de situés en UE, après 23h00, la prise en compte des incidents suivants :",
  },
  /** Emergency incident kind 1: the customer cannot connect to the service. */
  emergencyCannotConnect: {
    document: DOCUMENT,
    file: FILE,
    section: "§1 SUPPORT TECHNIQUE, Support d'urgence",
    quote: "l'impossibilité de se connecter à votre service",
  },
  /** Emergency incident kind 2: the customer cannot access files or applications. */
  emergencyCannotAccessFiles: {
    document: DOCUMENT,
    file: FILE,
    section: "§1 SUPPORT TECHNIQUE, Support d'urgence",
    quote: "l'impossibilité d'accéder aux fichiers ou aux applications",
  },
  /** All other issues are handled during support hours only. */
  otherIssuesInSupportHours: {
    document: DOCUMENT,
    file: FILE,
    section: '§1 SUPPORT TECHNIQUE, Heures de support technique',
    quote: "Tous les autres problèmes, tels que (mais sans limitation) l'ajout d'un nouvel utilisateur ou de nouvelles configurations ou le dépannage des applications, seront traités pendant les heures d'ouvertures du Support Technique.",
  },
  /** Escalation: the head of technical service answers within 1 jour ouvrable (24 h of the `joursOuvrables` calendar by default). */
  escalationTarget: {
    document: DOCUMENT,
    file: FILE,
    section: '§3 ESCALADE',
    quote: "Le responsable examinera toutes ses questions, mènera une enquête et répondra dans un délai d'un jour ouvrable.",
  },
  /** The escalation deadline is a response deadline, not a resolution deadline. */
  escalationResponseOnly: {
    document: DOCUMENT,
    file: FILE,
    section: '§3 ESCALADE',
    quote: "ce délai de réponse n'impliquera nécessairement pas une résolution du problème.",
  },
  /** Servers are monitored 24/7/365 (basis for measuring server availability round the clock). */
  serverMonitoring: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 DISPONIBILITE DU SERVEUR',
    quote: 'Les Serveurs Letsignit sont surveillés 24 heures sur 24, 7 jours sur 7 et 365 jours par an',
  },
  /** Server availability commitment: 99.95 % (no measurement period stated; default monthly). */
  serverAvailability: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 DISPONIBILITE DU SERVEUR',
    quote: "Pour soutenir cet engagement, Letsignit s'engage à une disponibilité de 99,95%.",
  },
  /** Server downtime counts from the creation of the automatic incident ticket raised by the alert. */
  downtimeStart: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 DISPONIBILITE DU SERVEUR',
    quote: "L'application de la garantie du niveau de service se fait donc à compter de la création de ce ticket d'incident.",
  },
  /** Application servers: 99 % monthly average availability (the default metric for the credit table). */
  applicationAvailability: {
    document: DOCUMENT,
    file: FILE,
    section: "§5 DISPONIBILITE DU SERVEUR D'APPLICATION",
    quote: "Letsignit garantit une disponibilité planifiée mensuelle moyenne de 99% de ses Serveurs d'Applications.",
  },
  /** HTTPS probe of the application web service every 5 minutes. */
  probeInterval: {
    document: DOCUMENT,
    file: FILE,
    section: "§5 DISPONIBILITE DU SERVEUR D'APPLICATION",
    quote: "Letsignit envoie une requête ping au service Web de l'application sur le serveur en récupérant les en-têtes HTTPS toutes les 5 minutes",
  },
  /** Probe timeout: 30 seconds (an answer after 30 s counts as down; exactly 30 000 ms is up). */
  probeTimeout: {
    document: DOCUMENT,
    file: FILE,
    section: "§5 DISPONIBILITE DU SERVEUR D'APPLICATION",
    quote: 'toutes les 5 minutes avec un seuil de 30 secondes',
  },
  /** A probe the application service does not answer marks the server as down. */
  probeDown: {
    document: DOCUMENT,
    file: FILE,
    section: "§5 DISPONIBILITE DU SERVEUR D'APPLICATION",
    quote: "Si le service d'application ne répond pas, le serveur est considéré comme non opérationnel",
  },
  /** Downtimes shorter than 5 minutes are not recorded. */
  recordingThreshold: {
    document: DOCUMENT,
    file: FILE,
    section: "§5 DISPONIBILITE DU SERVEUR D'APPLICATION",
    quote: "Les temps d'arrêt de moins de 5 minutes ne sont pas enregistrés.",
  },
  /** Availability is computed from this probe monitoring. */
  availabilityFromProbes: {
    document: DOCUMENT,
    file: FILE,
    section: "§5 DISPONIBILITE DU SERVEUR D'APPLICATION",
    quote: 'Letsignit calcule la disponibilité du serveur en fonction de ce type de surveillance du serveur.',
  },
  /** Downtime from network unavailability caused by factors outside Letsignit's control is not counted. */
  excludedCauses: {
    document: DOCUMENT,
    file: FILE,
    section: '§6 DISPONIBILITE DU RESEAU',
    quote: "L'indisponibilité des serveurs en raison d'une indisponibilité du réseau n'est pas incluse dans la disponibilité du serveur si cette indisponibilité du réseau est provoquée par des facteurs indépendants de la volonté de Letsignit.",
  },
  /** Cause `external-network`: backbone, office or customer-network problems are outside Letsignit's control. */
  excludedExternalNetwork: {
    document: DOCUMENT,
    file: FILE,
    section: '§6 DISPONIBILITE DU RESEAU',
    quote: 'Les interruptions de service dues à des problèmes sur le réseau principal, sur le bureau ou sur le réseau du client sont hors du contrôle de Letsignit.',
  },
  /** Cause `ddos`: denial-of-service (or similar) attacks are not counted in availability. */
  excludedDdos: {
    document: DOCUMENT,
    file: FILE,
    section: '§6 DISPONIBILITE DU RESEAU',
    quote: 'Les interruptions de service causées par des attaques par déni de service ou des attaques similaires échappent au contrôle de Letsignit et ne sont pas incluses dans les calculs de la disponibilité.',
  },
  /** Downtime during maintenance is not counted in availability. */
  maintenanceExcluded: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE',
    quote: "Dans ce cas, l'indisponibilité du Serveur n'est pas incluse dans les calculs de la disponibilité.",
  },
  /** Maintenance window: nightly 23:00–08:00 Europe/Paris, every night including weekends. */
  maintenanceNightly: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE',
    quote: 'La maintenance est généralement effectuée pendant les heures creuses, de 23h00 à 8h00.',
  },
  /** Maintenance window: the whole third Saturday of each month. */
  maintenanceThirdSaturday: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE',
    quote: 'des opérations de maintenance sont planifiées par Letsignit le troisième samedi du mois',
  },
  /** Maintenance window: ad-hoc ("as needed") announced windows. */
  maintenanceAdHoc: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE',
    quote: 'De plus, des opérations de maintenance sont planifiées par Letsignit le troisième samedi du mois et au besoin.',
  },
  /** Notice of maintenance is best-effort only, so ad-hoc windows need no minimum notice. */
  maintenanceNotice: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE',
    quote: 'Dans la mesure du possible, Letsignit informera le client de ces opérations de maintenance',
  },
  /** Service credit, as a percentage of the monthly fee, is read from the availability table. */
  creditTable: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE',
    quote: "Au cas où l'engagement de disponibilité de service ne serait pas tenu, le Client sera indemnisé forfaitairement sur la base du tableau ci-dessous; l'indemnité est calculée en pourcentage du montant de l'abonnement mensuel (ou équivalent).",
  },
  /** Ambiguity: the table does not say which availability feeds it (default §5 application, option §4 server). */
  creditMetric: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE',
    quote: "Au cas où l'engagement de disponibilité de service ne serait pas tenu",
  },
  /** Credit tier: 99.5 % ≤ A → 0 % (row printed as "99.5% ~ 99.9%"). */
  creditTier0: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    quote: '99.5% ~ 99.9%\t0%',
  },
  /** Credit tier: 99.4 % ≤ A < 99.5 % → 3 %. */
  creditTier3: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    quote: '99.4% ~ 99.5%\t3%',
  },
  /** Credit tier: 99.35 % ≤ A < 99.4 % → 6 %. */
  creditTier6: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    quote: '99.35% ~ 99.4%\t6%',
  },
  /** Credit tier: 99.20 % ≤ A < 99.35 % → 12 %. */
  creditTier12: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    quote: '99.20% ~ 99.35%\t12%',
  },
  /** Credit tier: 99.10 % ≤ A < 99.20 % → 25 %. */
  creditTier25: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    quote: '99.10% ~ 99.20%\t25%',
  },
  /** Credit tier: A < 99.10 % → 50 % (row printed as "99%"). */
  creditTier50: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    quote: '99%\t50%',
  },
  /** Ambiguity: neighbouring rows both name the shared bound (99.4 % is in two rows); default lower bound inclusive. */
  creditSharedBound: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    quote: '99.4% ~ 99.5%\t3%\n99.35% ~ 99.4%\t6%',
  },
  /** Ambiguity: no row for 99.0–99.1 % nor below 99 %; default folds both into the 50 % row. */
  creditGap: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    quote: '99.10% ~ 99.20%\t25%\n99%\t50%',
  },
  /** Total credits are capped at 50 % of the monthly fee. */
  creditCap: {
    document: DOCUMENT,
    file: FILE,
    section: '§7 MAINTENANCE PLANIFIÉE, tableau des pénalités',
    quote: "Le montant total des pénalités payées au Client par Letsignit ne pourra dépasser 50% du montant de l'abonnement mensuel.",
  },
  /** Daily backups, each kept 30 days (day D restorable until the end of D+30). */
  backupRetention: {
    document: DOCUMENT,
    file: FILE,
    section: '§10 INTEGRITE DES DONNEES',
    quote: 'Les sauvegardes sont effectuées quotidiennement et conservées pendant 30 jours.',
  },
  /** After the end of the contract the customer may download its data for 90 calendar days. */
  dataDownload: {
    document: DOCUMENT,
    file: FILE,
    section: '§11 CONSERVATION DES DONNÉES',
    quote: "A la fin ou à l'expiration du contrat Client, Letsignit permettra au Client de télécharger les Données stockées depuis ses Serveurs de production sous quatre-vingt-dix (90) jours.",
  },
  /** A written request for the data on physical media must be made within 15 calendar days of the end date. */
  physicalMediaRequest: {
    document: DOCUMENT,
    file: FILE,
    section: '§11 CONSERVATION DES DONNÉES',
    quote: "Après résiliation ou expiration du contrat Client, le Client peut formuler une demande écrite dans les quinze (15) jours suivant la date de résiliation ou d'expiration afin que Letsignit lui adresse les données sur un support physique",
  },
  /** Personal data is anonymised within 90 calendar days of the end date. */
  anonymisation: {
    document: DOCUMENT,
    file: FILE,
    section: '§11 CONSERVATION DES DONNÉES',
    quote: 'Dans un délai de quatre-vingt-dix (90) jours après résiliation ou après expiration du Contrat, Letsignit anonymisera toutes les données personnelles du Client contenues sur ses Serveurs.',
  },
} as const satisfies Record<string, SourceRef>;
