import type { SourceRef } from '../../contract/provenance.js';

/** The document's title: what reports name. */
const DOCUMENT = 'Linkando terms of use and Annex 1 SLA';
/** The file of the text every quote is checked against (scripts/check-sources.ts). */
const FILE = '002_409a52764840af8c.txt';

/**
 * Verbatim clause citations from the Linkando terms of use and Annex 1 SLA (`002_409a52764840af8c.txt`),
 * one per computable rule, option and ambiguity the preset has (see the preset's `ambiguities`).
 *
 * Quotes are copied from the seed text (whitespace runs may differ only in
 * length); `scripts/check-sources.ts` verifies each one against the seed.
 *
 * @example
 * ```ts
 * import { linkandoSources } from 'slakit/presets/linkando';
 * console.log(linkandoSources.reactionCritical.quote);
 * ```
 */
export const linkandoSources = {
  /** Calendar `support`: Monday–Friday 08:00–18:00 Europe/Berlin, closed on Rhineland-Palatinate (`DE-RP`) public holidays. */
  supportHours: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Temps de soutien',
    quote: 'Du lundi au vendredi (sauf jours fériés en Rhénanie-Palatinat), de 08h00 à 18h00.',
  },
  /** One support day equals 10 support hours. */
  supportDay: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Temps de soutien',
    quote: "Une journée d'assistance correspond donc à 10 heures de temps.",
  },
  /** Hours outside support time do not count toward reaction times. */
  outsideHoursNotCounted: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Temps de soutien',
    quote: "Toutes les heures en dehors des heures d'assistance ne sont pas prises en compte dans les temps de réaction.",
  },
  /** Reaction times are measured in support time. */
  reactionMeasuredInSupportTime: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Temps de réaction, première réaction et utilisation maximale',
    quote: "Les temps de réaction suivants (mesurés en temps d'assistance) sont convenus dans le service de base",
  },
  /** Reaction target for critical cases: at most 10 support hours. */
  reactionCritical: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Temps de réaction, première réaction et utilisation maximale',
    quote: 'Cas de support critiques : Max. 10 heures (1 jour)',
  },
  /** Reaction target for other cases: at most 30 support hours. */
  reactionOther: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Temps de réaction, première réaction et utilisation maximale',
    quote: 'Autres cas de support : Max. 30 heures (3 jours)',
  },
  /** Reaction target for live-support booking requests: at most 30 support hours. */
  reactionLiveBooking: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Temps de réaction, première réaction et utilisation maximale',
    quote: "Demandes de réservation pour l'assistance en direct : max. 30 heures (3 jours)",
  },
  /** The first reaction (the stop event) confirms receipt, gives a first assessment and the next steps. */
  firstReaction: {
    document: DOCUMENT,
    file: FILE,
    section: "ANNEXE 1 - Accord sur le niveau de service (SLA), Première réaction en cas d'assistance",
    quote: 'Dans les délais de réaction susmentionnés, nous confirmons :',
  },
  /** Critical cases significantly affect use of the product; the list that follows is non-exhaustive ("entre autres"). */
  criticalCategories: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Cas de support critiques',
    quote: "Les cas de support critiques sont des problèmes qui affectent de manière significative l'utilisation du produit Linkando SaaS. Il s'agit entre autres de",
  },
  /** Critical category: service downtime (the SaaS product is unavailable). */
  criticalServiceDowntime: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Cas de support critiques',
    quote: '"Service Downtime", c\'est-à-dire que le produit SaaS n\'est pas disponible.',
  },
  /** Critical category: functional failure of a function needed now or within 2 days. */
  criticalFunctionalFailure: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Cas de support critiques',
    quote: "\"Functional Failure\", c'est-à-dire qu'une fonction partielle n'est pas disponible, mais qu'elle est certainement nécessaire au moment de la déclaration de support ou dans les 2 jours qui suivent.",
  },
  /** Critical category: login failure affecting users broadly (not mere forgotten passwords). */
  criticalLoginFailure: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Cas de support critiques',
    quote: '"Login Failure", c\'est-à-dire que les utilisateurs ne peuvent pas se connecter à la solution dans une large mesure',
  },
  /** Critical category: suspected data breach (unauthorised access to data). */
  criticalDataBreach: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Cas de support critiques',
    quote: "\"Data Breach\", c'est-à-dire qu'il existe un soupçon d'accès non autorisé à des données.",
  },
  /** Critical category: an authorised contact subjectively perceives the case as critical. */
  criticalSubjectivePerception: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Cas de support critiques',
    quote: '"Subjective Perception", c\'est-à-dire qu\'une personne habilitée à fournir une assistance évalue le processus de manière purement subjective comme critique',
  },
  /** The provider may, with reasons, downgrade a subjectively critical case to "other". */
  criticalDowngrade: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Cas de support critiques',
    quote: "nous nous réservons dans ce cas le droit de refuser le cas d'assistance de manière justifiée en tant que cas critique et de l'évaluer comme \"autre cas d'assistance\".",
  },
  /** Other cases: every support case that is not critical. */
  otherCases: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Autres cas de support',
    quote: 'Tous les cas de support qui ne sont pas considérés comme des cas de support critiques.',
  },
  /** Platform availability: at least 98 % (Annex 1). */
  availability: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Disponibilité',
    quote: 'La disponibilité minimale est de 98%.',
  },
  /** The 98 % applies during the contractual operating and service hours (measured on the `support` calendar; no period stated, default monthly). */
  availabilityOperatingHours: {
    document: DOCUMENT,
    file: FILE,
    section: "§2.1 l'étendue des services opérationnels",
    quote: "Si aucune disponibilité n'est réglée dans le SLA, une disponibilité minimale de 98% s'applique pendant les heures d'exploitation et de service convenues par contrat.",
  },
  /** Maintenance periods and announced unplanned maintenance are not counted in availability. */
  maintenanceExcluded: {
    document: DOCUMENT,
    file: FILE,
    section: "§2.1 l'étendue des services opérationnels",
    quote: "Les périodes de maintenance et les périodes pendant lesquelles le contractant effectue des travaux de maintenance non planifiés après un préavis d'au moins six heures ne sont pas prises en compte dans la disponibilité.",
  },
  /** Unplanned maintenance is excused only if announced at least 6 hours before it starts. */
  maintenanceNotice: {
    document: DOCUMENT,
    file: FILE,
    section: "§2.1 l'étendue des services opérationnels",
    quote: "travaux de maintenance non planifiés après un préavis d'au moins six heures",
  },
  /** Maintenance periods are the times outside operating and service hours (so only open time is measured). */
  maintenancePeriods: {
    document: DOCUMENT,
    file: FILE,
    section: '§5.1 services de maintenance',
    quote: "Pendant les périodes qui se situent en dehors des heures d'exploitation et de service (périodes de maintenance)",
  },
  /** Unscheduled maintenance windows are announced on the system blog. */
  maintenanceAnnouncementChannel: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Système de surveillance et de notification',
    quote: 'Fenêtres de maintenance non programmées',
  },
  /** Live support is not part of basic support. */
  liveSupportNotIncluded: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Utilisation maximale',
    quote: "L'assistance en direct n'est pas comprise dans l'assistance de base.",
  },
  /** Live support is billed as consulting at 150 EUR per hour. */
  liveSupportRate: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Utilisation maximale',
    quote: 'Si une assistance en direct est nécessaire, elle sera considérée comme une prestation de conseil et sera fournie séparément, facturée 150 EUR par heure.',
  },
  /** Live support is offered with a maximum availability per month. */
  liveSupportQuota: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Assistance en direct',
    quote: "L'assistance en direct est proposée avec une disponibilité maximale par mois.",
  },
  /** Unused live-support hours expire at the end of the month. */
  liveSupportQuotaExpiry: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Assistance en direct',
    quote: 'Les heures non utilisées expirent à la fin du mois.',
  },
  /** Minimum live-support unit: 30 minutes. */
  liveSupportMinimum: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Assistance en direct',
    quote: "La durée minimale d'une unité d'assistance en direct est de 30 minutes.",
  },
  /** A customer not online within 5 minutes of the appointment is billed the unused (booked) time. */
  liveSupportNoShow: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Assistance en direct',
    quote: "Si le client n'est pas disponible en ligne dans les 5 minutes du rendez-vous convenu, le temps non utilisé sera comptabilisé comme temps utilisé.",
  },
  /** Live support must be booked at least 3 days ahead (default 72 h before the start). */
  liveSupportBookingNotice: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Assistance en direct',
    quote: "L'assistance en direct est proposée sur rendez-vous et doit être réservée au moins 3 jours à l'avance",
  },
  /** Cancellation must be at least 1 day ahead; the day before the appointment suffices (before local midnight of the appointment day). */
  liveSupportCancellation: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Cas de support, catégories : Assistance en direct',
    quote: "annulée au moins 1 jour à l'avance (une annulation la veille du rendez-vous suffit)",
  },
  /** At most 2 support-authorised persons at a time. */
  authorisedContacts: {
    document: DOCUMENT,
    file: FILE,
    section: 'ANNEXE 1 - Accord sur le niveau de service (SLA), Interlocuteurs et accès',
    quote: "Le client peut désigner simultanément jusqu'à deux personnes autorisées à assurer le support.",
  },
  /** The provider notifies (by e-mail, in advance) any planned subcontractor addition or replacement: the start of the deadlines below. */
  subcontractorNotice: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 sous-traitants',
    quote: "LINKANDO informera le client à l'avance (par e-mail) de tout ajout ou remplacement prévu dans la liste des sous-traitants",
  },
  /** Objection to a new subcontractor within 14 calendar days (of the notice, by default). */
  subcontractorObjection: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 sous-traitants',
    quote: "Si le Client a un motif légitime de s'opposer à l'intervention du nouveau sous-traitant, il doit notifier cette opposition à LINKANDO dans un délai de 14 jours.",
  },
  /** A good-faith meeting may be requested within 30 calendar days of the notice. */
  subcontractorMeeting: {
    document: DOCUMENT,
    file: FILE,
    section: '§4 sous-traitants',
    quote: "Dans une période de trente jours à compter de la date de la notification de LINKANDO au Client, informant le Client du nouveau sous-traitant, le Client peut demander que les parties se rencontrent de bonne foi pour discuter d'une solution à l'objection.",
  },
  /** No cap for intent, gross negligence or breach of an essential contractual obligation. */
  liabilityUncapped: {
    document: DOCUMENT,
    file: FILE,
    section: '§12.2 responsabilité',
    quote: "en cas de préméditation, de négligence grave ou de violation d'une obligation essentielle du contrat, dans son intégralité",
  },
  /** Otherwise liability is capped at 2× the annual usage fee per case of damage and per year. */
  liabilityCap: {
    document: DOCUMENT,
    file: FILE,
    section: '§12.2 responsabilité',
    quote: "dans tous les autres cas, la responsabilité est limitée aux dommages auxquels LINKANDO devait typiquement s'attendre, mais limitée à un maximum de deux fois le montant des frais d'utilisation annuels par cas de dommage et par année",
  },
  /** At end of contract, content is made available free of charge as CSV and uploaded documents as ZIP (informational). */
  contentExport: {
    document: DOCUMENT,
    file: FILE,
    section: '§14 obligations à la fin du contrat / reprise des données',
    quote: 'en mettant gratuitement à disposition les contenus du client au format de fichier CSV et les documents téléchargés au format de fichier ZIP.',
  },
} as const satisfies Record<string, SourceRef>;
